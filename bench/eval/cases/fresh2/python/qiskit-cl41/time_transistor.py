"""
cl(4,1) TIME TRANSISTOR - IBM Q hardware submission
Tests: Clifford(c=0,pi/2) -> QCMI=0 (TIME FROZEN)
       Non-Clifford(c=pi/4) -> QCMI>0 (TIME FLOWING)
"""
import numpy as np
from qiskit import QuantumCircuit, transpile
from qiskit_ibm_runtime import QiskitRuntimeService, SamplerV2
from qiskit_aer import AerSimulator

TOKEN = '{{ibmKey}}'

def cl41_qcmi_circuits(c_tune, shots=10000):
    """
    6-qubit QCMI circuit: R0,R1(ref) + Q0,Q2(sys) + E1,E2(env).
    """
    circuits = []
    labels = []
    bases = [(0,0), (0,1), (1,0), (1,1)]  # (R0_basis, R1_basis): 0=X, 1=Y

    for b0, b1 in bases:
        qc = QuantumCircuit(6, 2)
        qc.h([0, 1])
        qc.cx(0, 2)
        qc.cx(1, 4)
        qc.rzz(c_tune, 2, 3)       # Q0-E1 (tunable)
        qc.rzz(np.pi/2, 3, 4)      # E1-Q2 (Clifford lock)
        if b0 == 0: qc.h(0)
        else: qc.sdg(0); qc.h(0)
        if b1 == 0: qc.h(1)
        else: qc.sdg(1); qc.h(1)
        qc.measure([0, 1], [0, 1])
        circuits.append(qc)
        labels.append(f'c{c_tune/np.pi:.3f}pi_b{b0}{b1}')

    return circuits, labels

# ================================================================
# IBM Q submission
# ================================================================
try:
    service = QiskitRuntimeService(channel='ibm_cloud', token=TOKEN)
    backends = service.backends()
    # Pick smallest available
    backend = sorted(backends, key=lambda b: b.num_qubits)[0]
    print(f"Backend: {backend.name} ({backend.num_qubits} qubits)")

    for c_label, c_val in [('pi/4 FLOW', np.pi/4), ('pi/2 FROZEN', np.pi/2)]:
        circuits, labels = cl41_qcmi_circuits(c_val)
        sampler = SamplerV2(mode=backend)
        job = sampler.run(circuits, shots=2000)
        print(f"\nc={c_label}: job_id={job.job_id()}")

except Exception as e:
    print(f"IBM Q error: {e}")
