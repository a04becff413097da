package monitoring

import (
	"net/http"
	"strings"
)

const endpoint = "https://eu-de.monitoring.cloud.ibm.com/api/v2/events"

func Post(body string) (*http.Response, error) {
	req, err := http.NewRequest("POST", endpoint, strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer {{uuid}}")
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}
