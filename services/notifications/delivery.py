"""Sending the outbox: claim what is due, post it, record what the receiver said.

At least once, and exactly once as far as a receiver can tell: every attempt of a delivery
carries the same delivery id (and the same bytes), so a receiver that remembers the ids it
took drops a repeat. A repeat happens only when the process dies after the receiver took a
delivery and before that was recorded; the lease then runs out and another round sends it
again. Claims are conditional updates, so several processes share the outbox safely.
"""

from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.clock import now
from services.core.db import Database
from services.core.errors import Language
from services.core.models import Notification, Webhook, WebhookDelivery
from services.imports import Allowlist, FetchError, check_url, guarded_transport
from services.notifications.formats import Letter, refusal, render
from services.notifications.kinds import DeliveryStatus, WebhookEvent, WebhookFormat

log = logging.getLogger("civical.webhooks")

TIMEOUT = 10.0  # seconds for one attempt, connecting to the last byte of the answer
LEASE = timedelta(seconds=20)  # longer than an attempt: a live worker never loses its claim
FIRST_RETRY = 2.0  # seconds after the first failure; doubling after each one
LAST_RETRY = 3600.0
MAX_ATTEMPTS = 12  # about 2 hours of trying before a delivery is given up as FAILED
BATCH = 50
AT_ONCE = 8  # webhooks sent to concurrently: a slow receiver does not hold up the others
PENDING, DELIVERED, FAILED = (status.value for status in DeliveryStatus)


@dataclass(frozen=True, slots=True)
class Claimed:
    key: int
    webhook: int
    url: str
    form: WebhookFormat
    secret: str | None
    attempts: int
    letter: Letter


@dataclass(frozen=True, slots=True)
class Attempt:
    status_code: int | None
    error: str | None  # None: the receiver took it


def retry_delay(attempts: int) -> timedelta:
    """After the n-th failed attempt: 2 s, 4 s, 8 s … up to an hour, with ±20% jitter so
    deliveries that failed together do not all come back together."""
    base = min(FIRST_RETRY * 2 ** (attempts - 1), LAST_RETRY)
    return timedelta(seconds=base * random.uniform(0.8, 1.2))


def _due(moment: datetime) -> Any:
    return and_(
        WebhookDelivery.status == PENDING,
        WebhookDelivery.next_attempt_at <= moment,
        or_(WebhookDelivery.leased_until.is_(None), WebhookDelivery.leased_until <= moment),
    )


async def claim(database: Database, limit: int = BATCH) -> list[Claimed]:
    """Due deliveries, each leased to this caller so that concurrent rounds skip it."""
    moment = now()
    async with database.reading() as db:
        due = (
            await db.scalars(
                select(WebhookDelivery.id)
                .where(_due(moment))
                .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)
                .limit(limit)
            )
        ).all()
    if not due:
        return []
    async with database.writing(bump_version=False) as db:
        claimed = []
        for key in due:
            result = await db.execute(
                update(WebhookDelivery)
                .where(WebhookDelivery.id == key, _due(moment))
                .values(leased_until=moment + LEASE)
            )
            if result.rowcount:  # type: ignore[attr-defined]
                claimed.append(key)
        return await _letters(db, claimed)


async def _letters(db: AsyncSession, keys: list[int]) -> list[Claimed]:
    rows = await db.execute(
        select(WebhookDelivery, Webhook, Notification)
        .join(Webhook, Webhook.id == WebhookDelivery.webhook_id)
        .join(Notification, Notification.id == WebhookDelivery.notification_id)
        .where(WebhookDelivery.id.in_(keys))
        .order_by(WebhookDelivery.id)
    )
    return [
        Claimed(
            key=delivery.id,
            webhook=hook.id,
            url=hook.url,
            form=WebhookFormat(hook.format),
            secret=hook.secret,
            attempts=delivery.attempts,
            letter=Letter(
                delivery.delivery_id,
                WebhookEvent(notification.event),
                notification.created_at,
                notification.payload,
            ),
        )
        for delivery, hook, notification in rows
    ]


async def send(client: httpx.AsyncClient, claimed: Claimed, language: Language) -> Attempt:
    """One attempt; never raises for anything the receiver or the network does."""
    outgoing = render(claimed.letter, claimed.form, secret=claimed.secret, language=language)
    try:
        check_url(claimed.url)
        async with asyncio.timeout(TIMEOUT):
            response = await client.post(
                claimed.url, content=outgoing.body, headers=outgoing.headers
            )
    except TimeoutError:
        return Attempt(None, f"no answer within {TIMEOUT:.0f} s")
    except FetchError as error:
        return Attempt(None, error.message.en)
    except httpx.HTTPError as error:
        return Attempt(None, f"{type(error).__name__}: {error}"[:500])
    return Attempt(
        response.status_code, refusal(claimed.form, response.status_code, response.content)
    )


def _outcome(claimed: Claimed, attempt: Attempt, moment: datetime) -> dict[str, object]:
    """The columns an attempt changes; a failure is tried again later, up to ``MAX_ATTEMPTS``."""
    attempts = claimed.attempts + 1
    values: dict[str, object] = {
        "attempts": attempts,
        "last_attempt_at": moment,
        "last_status_code": attempt.status_code,
        "last_error": attempt.error,
        "leased_until": None,
    }
    if attempt.error is None:
        return values | {"status": DELIVERED, "delivered_at": moment}
    if attempts >= MAX_ATTEMPTS:
        return values | {"status": FAILED}
    return values | {"next_attempt_at": moment + retry_delay(attempts)}


async def record(database: Database, outcomes: list[tuple[Claimed, Attempt]]) -> None:
    """A round's outcomes, in one transaction (one commit for the batch, not one each)."""
    moment = now()
    async with database.writing() as db:
        for claimed, attempt in outcomes:
            await db.execute(
                update(WebhookDelivery)
                .where(WebhookDelivery.id == claimed.key)
                .values(**_outcome(claimed, attempt, moment))
            )


def delivery_client(allowlist: Allowlist) -> httpx.AsyncClient:
    """The client a worker sends with for its whole life: connections and TLS set up once,
    every connection to an address the guard allows."""
    return httpx.AsyncClient(
        transport=guarded_transport(allowlist),
        follow_redirects=False,
        trust_env=False,
        timeout=TIMEOUT,
    )


async def deliver_due(database: Database, sender: httpx.AsyncClient, language: Language) -> int:
    """Send one batch of due deliveries; how many were claimed (a full batch: call again).

    Each webhook gets its deliveries one after the other, in the order of the changes,
    while webhooks are sent to at once; a delivery tried again comes after later ones
    (which is why notices about a session carry its ``sequence``)."""
    claimed = await claim(database)
    if not claimed:
        return 0
    gate = asyncio.Semaphore(AT_ONCE)
    by_webhook: dict[int, list[Claimed]] = {}
    for item in claimed:
        by_webhook.setdefault(item.webhook, []).append(item)

    async def in_order(items: list[Claimed]) -> list[tuple[Claimed, Attempt]]:
        outcomes = []
        async with gate:
            for item in items:
                attempt = await send(sender, item, language)
                if attempt.error is not None:
                    log.warning("webhook %s delivery %s: %s", item.webhook, item.key, attempt.error)
                outcomes.append((item, attempt))
        return outcomes

    rounds = await asyncio.gather(*(in_order(items) for items in by_webhook.values()))
    await record(database, [outcome for done in rounds for outcome in done])
    return len(claimed)
