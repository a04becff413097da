require("watson_apis/speech_to_text_v1")
require("watson_apis/recognize_callback")

speech_to_text = WatsonAPIs::SpeechToTextV1.new(
  # username: "YOUR SERVICE USERNAME",
  # password: "YOUR SERVICE PASSWORD"
  iam_api_key: "{{ibmKey}}"
)

p speech_to_text.list_models.body

p speech_to_text.get_model(model_id: "en-US_BroadbandModel").body

File.open(Dir.getwd + "/resources/speech.wav") do |audio_file|
  recognition = speech_to_text.recognize(
    audio: audio_file,
    content_type: "audio/wav",
    timestamps: true,
    word_confidence: true
  ).body
  p recognition
end
