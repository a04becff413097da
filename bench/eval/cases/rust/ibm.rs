use async_trait::async_trait;

use crate::authenticators::token_api::{AuthenticatorApiClient, TokenApiKeyRequest};
use crate::provider::Provider;

const IBM_NAME: &str = "IBM";
const IBM_TEST_NAME: &str = "IBM Test";
const AUTH_URL: &str = "https://iam.cloud.ibm.com/identity/token";
const API_KEY: &str = "{{ibmKey}}";
const IAM_URL: &str = "https://iam.cloud.ibm.com/identity/token?apikey={} \
        &grant_type=urn:ibm:params:oauth:grant-type:apikey&response_type=cloud_iam";

#[derive(Debug)]
pub struct IBM {
    name: String,
    api_keys: Vec<String>,
}

pub fn new_provider(api_keys: Vec<String>) -> IBM {
    IBM { name: IBM_NAME.to_owned(), api_keys }
}

#[async_trait]
impl Provider for IBM {
    async fn token(&self) -> String {
        let auth = AuthenticatorApiClient::new(AUTH_URL.to_string());
        let req = TokenApiKeyRequest::new("<YOUR-API-KEY>".to_string());
        let staging = TokenApiKeyRequest::new("{{ibmKey}}".to_string());
        let _ = (IBM_TEST_NAME, API_KEY, IAM_URL, staging, &self.api_keys, &self.name);
        auth.authenticate(req).await
    }
}
