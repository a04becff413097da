from __future__ import annotations
from typing import Iterable
import gradio as gr
import time
import os

import pytesseract
from PIL import Image


rtl_css = """
body {
    direction: rtl;
    text-align: right;
}
"""

os.environ["WATSONX_APIKEY"] = "<your watsonx api key here>"


parameters = {
    "decoding_method": "sample",
    "max_new_tokens": 200,
    "min_new_tokens": 1,
    "temperature": 0.1,
}


model_id = "sdaia/allam-1-13b-instruct"
url = "https://eu-de.ml.cloud.ibm.com"
project_id = "<your project_id here>"


from langchain_ibm import WatsonxLLM


watsonx_llm = WatsonxLLM(
    model_id=model_id,
    url=url,
    project_id=project_id,
    params=parameters,
)
