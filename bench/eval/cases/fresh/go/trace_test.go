package trace_test

import (
	"testing"

	"github.com/IBM-Cloud/ibm-cloud-cli-sdk/bluemix/trace"
	"github.com/stretchr/testify/assert"
)

type sanitizeTest struct {
	input, expected string
}

func TestSanitize(t *testing.T) {
	tests := []sanitizeTest{
		{
			input:    "Authorization: Bearer {{jwt:ibm-user#t}}",
			expected: "Authorization: [PRIVATE DATA HIDDEN]",
		},
		{
			input:    "X-Auth-Token: the-auth-token",
			expected: "X-Auth-Token: [PRIVATE DATA HIDDEN]",
		},
		{
			input:    "grant_type=password&password=my-password",
			expected: "grant_type=password&password=[PRIVATE DATA HIDDEN]",
		},
		{
			input:    "grant_type=refresh_token&refresh_token={{jwt:ibm-user#t}}",
			expected: "grant_type=refresh_token&refresh_token=[PRIVATE DATA HIDDEN]",
		},
		{
			input:    "apikey=my-api-key&grant_type=urn:ibm:params:oauth:grant-type:apikey",
			expected: "apikey=[PRIVATE DATA HIDDEN]&grant_type=urn:ibm:params:oauth:grant-type:apikey",
		},
		{
			input:    "passcode=the-one-time-code",
			expected: "passcode=[PRIVATE DATA HIDDEN]",
		},
		{
			input:    `{"access_token":"the-access-token","refresh_token":"the-refresh-token"}`,
			expected: `{"access_token":"[PRIVATE DATA HIDDEN]","refresh_token":"[PRIVATE DATA HIDDEN]"}`,
		},
	}

	for _, test := range tests {
		assert.Equal(t, test.expected, trace.Sanitize(test.input))
	}
}
