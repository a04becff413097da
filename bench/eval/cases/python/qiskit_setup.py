# --*-- coding:utf-8 --*--
# @File: ibm_setup.py

import os

from qiskit_ibm_runtime import QiskitRuntimeService

# ============================================================
# Fill these with your real token and instance for testing
TOKEN = "{{ibmKey}}"
INSTANCE = "crn:v1:bluemix:public:quantum-computing:us-east:a/{{hex:32}}:{{uuid}}::"   # e.g., "ibm-q/open/main"

# ============================================================

def save_runtime_account():
    """
    Save IBM Quantum / Runtime account information locally.
    """
    QiskitRuntimeService.save_account(
        channel="ibm_quantum_platform",
        token=TOKEN,
        instance=INSTANCE,
        overwrite=True,
    )


def cloud_service():
    return QiskitRuntimeService(channel="ibm_cloud", token="{{ibmKey}}", instance=INSTANCE)


def from_env():
    token = os.getenv("QISKIT_IBM_TOKEN") or os.getenv("IBM_QUANTUM_TOKEN")
    return QiskitRuntimeService(channel="ibm_cloud", token=token)


# Save an IBM Quantum account and set it as your default account.
QiskitRuntimeService.save_account(channel="ibm_quantum", token="<MY_IBM_QUANTUM_TOKEN>", set_as_default=True)
