import streamlit as st
from ibm_watson import LanguageTranslatorV3
from ibm_cloud_sdk_core.authenticators import IAMAuthenticator, authenticator

api_key = '{{ibmKey}}'
url = 'https://api.au-syd.language-translator.watson.cloud.ibm.com/instances/{{uuid}}'


authenticator = IAMAuthenticator(apikey=api_key)

langtranslator = LanguageTranslatorV3(
    version='2018-05-01', authenticator=authenticator
)

langtranslator.set_service_url(url)

st.title("Language-Translator")
st.subheader("Made by a student")

option = st.selectbox(
    "Which language would you like to translate to?",
    ("en-fr", "en-de", "en-es", "en-hi"),
)

text = st.text_area("Enter text")
if st.button("Translate"):
    translation = langtranslator.translate(text=text, model_id=option).get_result()
    st.write(translation["translations"][0]["translation"])
