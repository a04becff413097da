# --- 追加パッケージ ---
# pip install duckduckgo-search readability-lxml beautifulsoup4 lxml requests

import os
import re
import gradio as gr
import requests
from bs4 import BeautifulSoup
from readability import Document
from duckduckgo_search import DDGS

from ibm_watsonx_ai.foundation_models import Model
from ibm_watsonx_ai.metanames import GenTextParamsMetaNames

os.environ["WATSONX_APIKEY"] = "{{ibmKey}}"
os.environ["WATSONX_PROJECT_ID"] = "{{uuid}}"

def initialize_model():
    parameters = {
        GenTextParamsMetaNames.DECODING_METHOD: "sample",
        GenTextParamsMetaNames.MIN_NEW_TOKENS: 50,
        GenTextParamsMetaNames.MAX_NEW_TOKENS: 512,
        GenTextParamsMetaNames.TEMPERATURE: 0.7,
        GenTextParamsMetaNames.TOP_K: 50,
        GenTextParamsMetaNames.TOP_P: 0.9,
    }
    model = Model(
        model_id="meta-llama/llama-4-maverick-17b-128e-instruct-fp8",
        params=parameters,
        credentials={"apikey": os.getenv("WATSONX_APIKEY"),
                     "url": "https://us-south.ml.cloud.ibm.com"},
        project_id=os.getenv("WATSONX_PROJECT_ID"),
    )
    return model

model = initialize_model()

UA = {"User-Agent": "Mozilla/5.0"}

def chat_function(message, history):
    try:
        return model.generate_text(prompt=message)
    except Exception as e:
        return f"Error occurred: {str(e)}"

demo = gr.ChatInterface(
    fn=chat_function,
    title="Llamaチャット（/web で検索対応）",
    theme="soft",
)

demo.launch(share=False)
