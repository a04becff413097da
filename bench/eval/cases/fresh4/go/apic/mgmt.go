package apic

import "net/http"

const mgmtURL = "https://eu.{{apic}}.ibmcloud.com/v1/me"

func Me(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", mgmtURL, nil)
	req.SetBasicAuth("ops@acme.example", "{{pass:12}}")
	return http.DefaultClient.Do(req)
}

func MeWithToken(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", mgmtURL, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}
