package iamidentity_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/resource"
)

func testAccCheckIbmIamApiKeyConfigBasic(name string, iamID string) string {
	return fmt.Sprintf(`

		resource "ibm_iam_api_key" "iam_api_key" {
			name = "%s"
			iam_id = "%s"
		}
	`, name, iamID)
}

func testAccCheckIbmIamApiKeyConfig(name string, iamID string, description string, accountID string, apikey string, storeValue string, entityLock string) string {
	return fmt.Sprintf(`

		resource "ibm_iam_api_key" "iam_api_key" {
			name = "%s"
			iam_id = "%s"
			description = "%s"
			account_id = "%s"
			apikey = "%s"
			store_value = %s
			entity_lock = "%s"
		}
	`, name, iamID, description, accountID, apikey, storeValue, entityLock)
}

func TestAccIbmIamApiKeyImport(t *testing.T) {
	resource.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			resource.TestStep{
				ResourceName:      "ibm_iam_api_key.iam_api_key",
				ImportState:       true,
				ImportStateVerify: true,
			},
		},
	})
}
