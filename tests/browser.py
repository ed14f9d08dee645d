"""Headless Chromium (Debian's package) for the tests that drive pages, never a downloaded one."""

from __future__ import annotations

import os
import shutil
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]  # fmt: skip


def require_chromium() -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is required under CI (Debian package chromium).")
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    return CHROMIUM


class OnlyTheServer:
    """A Playwright route handler that lets requests reach the server (and data: URLs) and
    aborts, and remembers, any other: an intranet has no CDN."""

    def __init__(self, base: str) -> None:
        self.allowed = (base, base.replace("http", "ws", 1), "data:")
        self.elsewhere: list[str] = []

    def __call__(self, route: Any) -> None:
        url: str = route.request.url
        if url.startswith(self.allowed):
            route.continue_()
        else:
            self.elsewhere.append(url)
            route.abort()
