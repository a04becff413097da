from qiskit_ibm_runtime import QiskitRuntimeService, SamplerV2 as Sampler
import time

ibm_token = '{{hex:128}}'
ibm_cloud_api = ''
ibm_cloud_crn = ''

service = QiskitRuntimeService(channel='ibm_quantum', token=ibm_token)
# service = QiskitRuntimeService(channel='ibm_cloud', token=ibm_cloud_api, instance=ibm_cloud_crn)
print("service created successfully!")

backend = service.backend("ibm_kyiv")

from qiskit import QuantumCircuit, transpile
from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager
from qiskit.circuit import ParameterVector

qc = QuantumCircuit(2)
qc.h(0)
qc.cx(0, 1)
qc.measure_all()
