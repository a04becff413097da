// https://cloud.ibm.com/docs/account?topic=account-iamtoken_from_apikey#response-curl

import fetch from "node-fetch";
import Configuration from "../configuration";

const WATSONX_KEY = `watsonx.apiKey`;
const WATSONX_ACCESS_TOKEN = `watsonx.accessToken`;

export function getWatsonXAccessToken() {
  return Configuration.getSecret(WATSONX_ACCESS_TOKEN);
}
