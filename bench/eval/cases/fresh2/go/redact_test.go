package logging

import (
	"strings"
	"testing"
)

func TestRedactSecrets(t *testing.T) {
	tests := []struct {
		name        string
		input       string
		contains    []string
		notContains []string
	}{
		{
			name:        "redact Bearer token",
			input:       "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.test.signature",
			contains:    []string{"<REDACTED>"},
			notContains: []string{"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"},
		},
		{
			name:        "redact IAM token in JSON",
			input:       `{"iam_token": "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.test"}`,
			contains:    []string{"<REDACTED>"},
			notContains: []string{"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"},
		},
		{
			name:        "redact long alphanumeric strings",
			input:       "Error with token: abcdefghijklmnopqrstuvwxyz1234567890ABCDEF",
			contains:    []string{"<REDACTED>"},
			notContains: []string{"abcdefghijklmnopqrstuvwxyz1234567890ABCDEF"},
		},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RedactSecrets(tt.input)
			for _, want := range tt.contains {
				if !strings.Contains(got, want) {
					t.Errorf("RedactSecrets() = %q, want it to contain %q", got, want)
				}
			}
			for _, unwanted := range tt.notContains {
				if strings.Contains(got, unwanted) {
					t.Errorf("RedactSecrets() = %q, must not contain %q", got, unwanted)
				}
			}
		})
	}
}
