"""The enterprises' outbox: notices written in the transaction of the change they tell, then
sent to each enterprise's webhook until it takes them.

At least once, and exactly once as far as a receiver can tell: every attempt of a notice
carries the same delivery id and the same signed bytes, so a receiver that remembers the
ids it took drops a repeat (which happens only when a process dies between the receiver
taking a notice and that being recorded). Claims are conditional updates under a lease, so
several processes share the outbox safely.

What goes over the wire: JSON with ``id``, ``event``, ``createdAt``, ``summary`` in both
languages and the facts, with ``X-Civical-Event``, ``X-Civical-Delivery`` and
``X-Civical-Signature: sha256=<HMAC of the body>``.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import random
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.clock import now
from services.core.db import Database
from services.core.errors import Message
from services.core.models import EnterpriseDelivery, EnterpriseWebhook
from services.imports import Allowlist, FetchError, check_url, guarded_transport

log = logging.getLogger("civical.webhooks")

EVENT = "REGISTERED_SESSION_CHANGED"
PENDING, DELIVERED, FAILED = "PENDING", "DELIVERED", "FAILED"
USER_AGENT = "civical-webhooks/0.1"
TIMEOUT = 10.0  # seconds for one attempt, connecting to the last byte of the answer
LEASE = timedelta(seconds=20)  # longer than an attempt: a live sender never loses its claim
FIRST_RETRY, LAST_RETRY = 2.0, 3600.0  # seconds, doubling after each failure
MAX_ATTEMPTS = 12  # about two hours of trying before a notice is given up as FAILED
BATCH = 50
_HOOKS = "civical.enterprise_webhooks"  # per transaction: each enterprise's webhook, read once


def sign(secret: str, body: bytes) -> str:
    """The X-Civical-Signature value: ``sha256=`` and the hex HMAC-SHA256 of the body."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def _webhook(db: AsyncSession, enterprise_id: int) -> EnterpriseWebhook | None:
    known: dict[int, EnterpriseWebhook | None] = db.info.setdefault(_HOOKS, {})
    if enterprise_id not in known:
        known[enterprise_id] = await db.scalar(
            select(EnterpriseWebhook).where(EnterpriseWebhook.enterprise_id == enterprise_id)
        )
    return known[enterprise_id]


def forget_webhooks(db: AsyncSession) -> None:
    """After a webhook changed in this transaction, read them afresh."""
    db.info.pop(_HOOKS, None)


async def tell(
    db: AsyncSession, enterprise_id: int, summary: Message, facts: Mapping[str, object]
) -> None:
    """Tell an enterprise, through its webhook if it has one, once the transaction commits."""
    webhook = await _webhook(db, enterprise_id)
    if webhook is None:
        return
    moment = now()
    db.add(
        EnterpriseDelivery(
            delivery_id=str(uuid.uuid4()),
            webhook_id=webhook.id,
            event=EVENT,
            payload={"summary": {"en": summary.en, "zh": summary.zh}, **facts},
            status=PENDING,
            attempts=0,
            next_attempt_at=moment,
            created_at=moment,
        )
    )


@dataclass(frozen=True, slots=True)
class _Claimed:
    key: int
    webhook: int
    url: str
    attempts: int
    body: bytes
    headers: dict[str, str]


def _due(moment: datetime) -> Any:
    return and_(
        EnterpriseDelivery.status == PENDING,
        EnterpriseDelivery.next_attempt_at <= moment,
        or_(EnterpriseDelivery.leased_until.is_(None), EnterpriseDelivery.leased_until <= moment),
    )


def _letter(delivery: EnterpriseDelivery, secret: str) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(
        {
            "id": delivery.delivery_id,
            "event": delivery.event,
            "createdAt": delivery.created_at.isoformat(),
            **delivery.payload,
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    return body, {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": USER_AGENT,
        "X-Civical-Event": delivery.event,
        "X-Civical-Delivery": delivery.delivery_id,
        "X-Civical-Signature": sign(secret, body),
    }


async def _claim(database: Database) -> list[_Claimed]:
    """Due notices, each leased to this caller so that other processes' rounds skip it."""
    moment = now()
    async with database.reading() as db:
        due = (
            await db.scalars(
                select(EnterpriseDelivery.id)
                .where(_due(moment))
                .order_by(EnterpriseDelivery.next_attempt_at, EnterpriseDelivery.id)
                .limit(BATCH)
            )
        ).all()
    if not due:
        return []
    claimed = []
    async with database.writing(bump_version=False) as db:
        for key in due:
            won = await db.execute(
                update(EnterpriseDelivery)
                .where(EnterpriseDelivery.id == key, _due(moment))
                .values(leased_until=moment + LEASE)
            )
            if won.rowcount:  # type: ignore[attr-defined]
                claimed.append(key)
        rows = await db.execute(
            select(EnterpriseDelivery, EnterpriseWebhook)
            .join(EnterpriseWebhook, EnterpriseWebhook.id == EnterpriseDelivery.webhook_id)
            .where(EnterpriseDelivery.id.in_(claimed))
            .order_by(EnterpriseDelivery.id)
        )
        return [
            _Claimed(
                delivery.id,
                hook.id,
                hook.url,
                delivery.attempts,
                *_letter(delivery, hook.secret),
            )
            for delivery, hook in rows
        ]


async def _send(client: httpx.AsyncClient, claimed: _Claimed) -> tuple[int | None, str | None]:
    """One attempt: the receiver's status and why it failed (None: it took the notice)."""
    try:
        check_url(claimed.url)
        async with asyncio.timeout(TIMEOUT):
            response = await client.post(claimed.url, content=claimed.body, headers=claimed.headers)
    except TimeoutError:
        return None, f"no answer within {TIMEOUT:.0f} s"
    except FetchError as error:
        return None, error.message.en
    except httpx.HTTPError as error:
        return None, f"{type(error).__name__}: {error}"[:500]
    if 200 <= response.status_code < 300:
        return response.status_code, None
    return response.status_code, f"HTTP {response.status_code}"


def retry_delay(attempts: int) -> timedelta:
    """After the n-th failed attempt: 2 s, 4 s, 8 s … up to an hour, ±20% so notices that
    failed together do not all come back together."""
    return timedelta(
        seconds=min(FIRST_RETRY * 2 ** (attempts - 1), LAST_RETRY) * random.uniform(0.8, 1.2)
    )


def _outcome(
    claimed: _Claimed, status: int | None, error: str | None, moment: datetime
) -> dict[str, object]:
    attempts = claimed.attempts + 1
    values: dict[str, object] = {
        "attempts": attempts,
        "last_status_code": status,
        "last_error": error,
        "leased_until": None,
    }
    if error is None:
        return values | {"status": DELIVERED, "delivered_at": moment}
    if attempts >= MAX_ATTEMPTS:
        return values | {"status": FAILED}
    return values | {"next_attempt_at": moment + retry_delay(attempts)}


async def deliver_due(database: Database, client: httpx.AsyncClient) -> int:
    """Send one batch of due notices and record how each went; how many were claimed.

    Each receiver gets its notices one after the other, in the order of the changes, while
    receivers are sent to at once; a notice tried again comes after later ones, which is
    why each carries the session's ``sequence``."""
    claimed = await _claim(database)
    if not claimed:
        return 0
    by_webhook: dict[int, list[_Claimed]] = {}
    for item in claimed:
        by_webhook.setdefault(item.webhook, []).append(item)

    async def in_order(items: list[_Claimed]) -> list[tuple[_Claimed, int | None, str | None]]:
        return [(item, *await _send(client, item)) for item in items]

    rounds = await asyncio.gather(*(in_order(items) for items in by_webhook.values()))
    moment = now()
    async with (
        database.writing() as db
    ):  # myWebhook shows how each went: cached reads must learn it
        for item, status, error in (outcome for done in rounds for outcome in done):
            if error is not None:
                log.warning("enterprise webhook delivery %s: %s", item.key, error)
            await db.execute(
                update(EnterpriseDelivery)
                .where(EnterpriseDelivery.id == item.key)
                .values(**_outcome(item, status, error, moment))
            )
    return len(claimed)


async def run(database: Database, allowlist: Allowlist, every: float) -> None:
    """Send what is due (batch after batch while they come full), sleep, repeat; a failed
    round (the database away, say) is logged and tried again."""
    async with httpx.AsyncClient(
        transport=guarded_transport(allowlist),
        follow_redirects=False,
        trust_env=False,
        timeout=TIMEOUT,
    ) as client:
        while True:
            try:
                while await deliver_due(database, client) == BATCH:
                    pass
            except Exception:
                log.exception("enterprise webhook round failed; trying again in %.1f s", every)
            await asyncio.sleep(every)
