import hashlib
import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
    SESSION_COOKIE_NAME = "session"
    # Fernet.generate_key(): 32 random bytes, urlsafe base64 with padding
    FIELD_ENCRYPTION_KEY = "{{fernet}}"
    WTF_CSRF_SECRET_KEY = "{{alnum:50}}"
    UPLOAD_CHECKSUM = "{{hex:64}}"


token = "{{b64url:44}}"
secret = "{{b64url:44}}"
etag = hashlib.sha1(b"static").hexdigest()
STATIC_VERSION = "{{hex:40}}"
