import asyncio
import opuslib
import pyaudio
import ssl
import websockets
from enum import Enum

DEPLOYMENT_UUID: str = "{{uuid}}"
IAM_API_KEY: str = "{{ibmKey}}"

SAMPLE_RATE: int = 24000
CHANNELS: int = 1 # Mono only
FRAME_SIZE: int = 1920 # 20ms of audio

class PacketType(Enum):
    HANDSHAKE = 0
    AUDIO = 1
    TEXT = 2
    CONTROL = 3
    METADATA = 4
    ERROR = 5
    PING = 6
