"""Opaque global ids, as the services make them (webhook payloads carry the same ids)."""

from services.core.ids import MAX_KEY, decode, decode_as, encode

__all__ = ["MAX_KEY", "decode", "decode_as", "encode"]
