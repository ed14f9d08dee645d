"""The public calendar page for enterprises: the agenda, sessions, subscribing by QR code."""

from web.public.pages import PublicPages

__all__ = ["PublicPages"]
