package vpc

import "testing"

func TestNewClient(t *testing.T) {
	tests := []struct {
		name      string
		envVars   map[string]string
		wantError bool
	}{
		{
			name: "valid configuration",
			envVars: map[string]string{
				"VPC_API_KEY":      "test-vpc-key",
				"IBMCLOUD_API_KEY": "test-ibm-key",
				"IBMCLOUD_REGION":  "us-south",
			},
			wantError: false,
		},
		{
			name: "valid configuration with custom VPC URL",
			envVars: map[string]string{
				"VPC_URL":          "https://custom.vpc.url/v1",
				"VPC_API_KEY":      "test-vpc-key",
				"IBMCLOUD_API_KEY": "test-ibm-key",
				"IBMCLOUD_REGION":  "us-south",
			},
			wantError: false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.envVars {
				t.Setenv(k, v)
			}
		})
	}
}
