import { WatsonxAI } from "@langchain/community/llms/watsonx_ai";

// IBM_CLOUD_API_KEY can be generated via https://cloud.ibm.com/iam/apikeys
const model = new WatsonxAI({
  ibmCloudApiKey: "{{ibmKey}}",
  projectId: "{{uuid}}",
  modelParameters: { max_new_tokens: 100 },
});

const res = await model.invoke("What would be a good company name for a company that makes colorful socks?");
console.log({ res });
