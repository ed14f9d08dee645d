"""Signatures receivers check: HMAC-SHA256 of the exact body bytes, keyed by the webhook's secret."""

from __future__ import annotations

import hashlib
import hmac
import secrets

SIGNATURE_HEADER = "X-Civical-Signature"
DELIVERY_HEADER = "X-Civical-Delivery"
EVENT_HEADER = "X-Civical-Event"
_PREFIX = "sha256="


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def sign(secret: str, body: bytes) -> str:
    """The signature header's value: ``sha256=`` and the hex HMAC-SHA256 of ``body``."""
    return _PREFIX + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, signature: str) -> bool:
    """What a receiver does with the header (in constant time); the README shows the same."""
    return hmac.compare_digest(sign(secret, body), signature)
