"""Run the heptaract leap circuit on IBM Quantum.

Runs the depth-2, 7 x Rx(pi) leap circuit on a real IBM backend and
reports P(|1111111>) with raw counts.

SETUP (one time):
  pip install qiskit qiskit-ibm-runtime
  # Get a free token at https://quantum.cloud.ibm.com  (Open plan)
  # Then either paste it below, or save it once with:
  #   from qiskit_ibm_runtime import QiskitRuntimeService
  #   QiskitRuntimeService.save_account(channel="ibm_quantum_platform", token="YOUR_TOKEN")

RUN:
  python3 heptaract_hardware.py
"""

import numpy as np
from qiskit import QuantumCircuit, transpile
from qiskit_ibm_runtime import QiskitRuntimeService, SamplerV2 as Sampler

N = 7
SHOTS = 4096
TOKEN = ""   # <-- optional: paste your token here, or use save_account() above

# --- connect ---
if TOKEN:
    service = QiskitRuntimeService(channel="ibm_quantum_platform", token=TOKEN)
else:
    service = QiskitRuntimeService()
backend = service.least_busy(operational=True, simulator=False)
