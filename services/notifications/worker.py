"""The background delivery of a serving process: the outbox, emptied every few seconds."""

from __future__ import annotations

import asyncio
import logging

from services.core.db import Database
from services.core.errors import Language
from services.imports import Allowlist
from services.notifications.delivery import BATCH, deliver_due, delivery_client

log = logging.getLogger("civical.webhooks")


async def run(database: Database, allowlist: Allowlist, language: Language, every: float) -> None:
    """Send what is due (batch after batch while batches come full), sleep, repeat; a failed
    round (the database away, say) is logged and tried again."""
    async with delivery_client(allowlist) as sender:
        while True:
            try:
                while await deliver_due(database, sender, language) == BATCH:
                    pass
            except Exception:
                log.exception("webhook round failed; trying again in %.1f s", every)
            await asyncio.sleep(every)
