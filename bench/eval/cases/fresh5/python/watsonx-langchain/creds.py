# https://heidloff.net/article/watsonx-langchain/

import os
from typing import Any, List, Mapping, Optional, Dict
from langchain.llms.base import LLM
from ibm_watson_machine_learning.foundation_models import Model

project_id = os.getenv("WATSON_PROJECT_ID", None)
creds = {
    "url": "https://us-south.ml.cloud.ibm.com",
    "apikey": os.getenv("WATSON_API_KEY", "{{ibmKey}}")
}
