"""The background work of a serving process: due imports, and series reaching the rolling horizon."""

from __future__ import annotations

import asyncio
import logging

from services import imports, series
from services.db import Database
from services.importer import Allowlist

log = logging.getLogger("civical.poller")


async def run(database: Database, allowlist: Allowlist, every: float) -> None:
    while True:
        for report in await imports.import_due(database, allowlist):
            log.info("%s", report)
        extended = await series.extend_all(database)
        if extended:
            log.info("extended %d recurring series", extended)
        await asyncio.sleep(every)
