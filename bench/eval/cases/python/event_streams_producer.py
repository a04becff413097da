from confluent_kafka import Producer

BROKERS = "broker-0-{{lower:16}}.kafka.svc04.us-south.eventstreams.cloud.ibm.com:9093"

conf = {
    "bootstrap.servers": BROKERS,
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "PLAIN",
    "sasl.username": "token",
    "sasl.password": "{{ibmKey}}",
    "client.id": "kiosk-{{hex:8}}",
}

producer = Producer(conf)
