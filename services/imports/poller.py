"""The background work of a serving process: due imports, and series reaching the rolling horizon."""

from __future__ import annotations

import asyncio
import logging

from services.core.db import Database
from services.imports import Allowlist, runs
from services.postings import series

log = logging.getLogger("civical.poller")


async def run(database: Database, allowlist: Allowlist, every: float) -> None:
    """Work, sleep, repeat; a failed round (the database away, say) is logged and retried."""
    while True:
        try:
            await _round(database, allowlist)
        except Exception:
            log.exception("background round failed; trying again in %.0f s", every)
        await asyncio.sleep(every)


async def _round(database: Database, allowlist: Allowlist) -> None:
    for report in await runs.import_due(database, allowlist):
        log.info("%s", report)
    extended = await series.extend_all(database)
    if extended:
        log.info("extended %d recurring series", extended)
