"""Opaque global ids: clients treat them as strings, the server reads type and key back.

Made here, not in the GraphQL layer, because other doors (webhook payloads) name the same
objects by the same ids.
"""

from __future__ import annotations

import base64
import binascii

MAX_KEY = 2**31 - 1  # the largest key an Integer primary key holds on every backend


def encode(type_name: str, key: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{key}".encode()).decode().rstrip("=")


def decode(global_id: str) -> tuple[str, int] | None:
    """(type name, key), or None for anything that is not an id this server made."""
    try:
        text = base64.urlsafe_b64decode(global_id + "=" * (-len(global_id) % 4)).decode()
        type_name, _, key = text.partition(":")
        if not (type_name and key.isdigit()) or int(key) > MAX_KEY:
            return None
        return type_name, int(key)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def decode_as(type_name: str, global_id: str) -> int | None:
    decoded = decode(global_id)
    return decoded[1] if decoded and decoded[0] == type_name else None
