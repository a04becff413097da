window.watsonAssistantChatOptions = {
  integrationID: "{{uuid}}", // The ID of this integration.
  region: "us-south", // The region your integration is hosted in.
  serviceInstanceID: "{{uuid}}", // The ID of your service instance.
  onLoad: async (instance) => { await instance.render(); }
};

const script = document.createElement('script');
script.src = "https://web-chat.global.assistant.watson.appdomain.cloud/versions/latest/WatsonAssistantChatEntry.js";
script.integrity = "sha384-{{b64bytes:48}}";
script.nonce = "{{b64bytes:32}}";
script.crossOrigin = "anonymous";
document.head.appendChild(script);

export const cspHash = "'sha256-{{b64bytes:32}}'";
