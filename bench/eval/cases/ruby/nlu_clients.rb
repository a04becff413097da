require "ibm_watson/authenticators"
require "ibm_watson/natural_language_understanding_v1"

class IBMWatsonClients

  include IBMWatson

  NLU_APIKEY = Rails.application.credentials.NLU_IAM_KEY
  NLU_URL = Rails.application.credentials.NLU_URL
  #keep the key like this for now until we know watson is working
  PI_APIKEY = "{{ibmKey}}"

  def nlu_client
    nlu_authenticator = Authenticators::IamAuthenticator.new(
        apikey: NLU_APIKEY
    )
    nlu = NaturalLanguageUnderstandingV1.new(
        version: "2019-07-12",
        authenticator: nlu_authenticator
    )
    nlu.service_url = NLU_URL
    nlu
  end
end
