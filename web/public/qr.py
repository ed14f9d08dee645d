"""A feed address as a QR code, so a phone subscribes by scanning it."""

from __future__ import annotations

import io

import segno


def qr_svg(text: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(
        buffer, kind="svg", scale=4, dark="#000", light="#fff", xmldecl=False, svgclass=None,
        lineclass=None, title=text,
    )  # fmt: skip
    return buffer.getvalue()
