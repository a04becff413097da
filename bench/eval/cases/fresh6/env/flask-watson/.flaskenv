# .flaskenv has public flask environment variables, such as api URLs, versions, ...  commented api keys are found in .env

# Watson Assistant
ASSISTANT_VERSION=2020-04-01
ASSISTANT_URL=https://api.us-south.assistant.watson.cloud.ibm.com/instances/{{uuid}}/v2/assistants/{{uuid#a}}/sessions

# Watson Speech to Text
SPEECH_TO_TEXT_URL=https://api.us-south.speech-to-text.watson.cloud.ibm.com/instances/{{uuid#s}}
SPEECH_TO_TEXT_MODEL=en-US_BroadbandModel
