"""An enterprise's webhook: where it is told of changes to the sessions it registered for.

One per enterprise; setting another URL replaces it (with a new secret), setting none
removes it with the notices not yet sent.
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.auth import Principal
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import EnterpriseDelivery, EnterpriseWebhook
from services.core.validation import Collector
from services.imports import Allowlist, FetchError, check_url
from services.imports.fetch import is_public
from services.participation.access import enterprise_of
from services.participation.outbox import forget_webhooks

SHOWN_DELIVERIES = 20
_FIELD = ("input", "url")


@dataclass(frozen=True, slots=True)
class DeliveryView:
    delivery_id: str
    event: str
    status: str
    attempts: int
    last_status_code: int | None
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None


@dataclass(frozen=True, slots=True)
class WebhookView:
    url: str
    created_at: datetime
    deliveries: tuple[DeliveryView, ...]  # the latest first


def _checked(url: str, allowlist: Allowlist) -> str:
    """An http(s) URL that is not, on its face, a private address (names are checked again on
    every connection, by the guarded transport that sends)."""
    check = Collector(("input",))
    cleaned = check.url("url", url)
    check.raise_if_any()
    assert cleaned is not None
    try:
        check_url(cleaned)
    except FetchError as error:
        raise DomainError.single(ErrorCode.INVALID_URL, error.message, _FIELD) from error
    host = urlsplit(cleaned).hostname or ""
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return cleaned
    if not is_public(address) and not allowlist.permits(host, address):
        raise DomainError.single(
            ErrorCode.FORBIDDEN_ADDRESS,
            Message(f"{host} is not a public address.", f"{host} 不是公网地址。"),
            _FIELD,
        )
    return cleaned


async def set_webhook(
    db: AsyncSession, principal: Principal, allowlist: Allowlist, url: str | None
) -> tuple[WebhookView | None, str | None]:
    """The calling enterprise's webhook, and the secret that signs its notices, shown this
    once; ``url`` None removes it."""
    enterprise_id = enterprise_of(principal)
    cleaned = _checked(url, allowlist) if url else None
    old = await db.scalar(
        select(EnterpriseWebhook).where(EnterpriseWebhook.enterprise_id == enterprise_id)
    )
    if old is not None:
        await db.execute(delete(EnterpriseDelivery).where(EnterpriseDelivery.webhook_id == old.id))
        await db.delete(old)
        await db.flush()
    forget_webhooks(db)
    if cleaned is None:
        return None, None
    secret = "whsec_" + secrets.token_urlsafe(32)
    webhook = EnterpriseWebhook(
        enterprise_id=enterprise_id, url=cleaned, secret=secret, created_at=now()
    )
    db.add(webhook)
    await db.flush()
    return WebhookView(webhook.url, webhook.created_at, ()), secret


async def my_webhook(db: AsyncSession, principal: Principal) -> WebhookView | None:
    """The calling enterprise's webhook with its latest notices and how they went."""
    enterprise_id = enterprise_of(principal)
    webhook = await db.scalar(
        select(EnterpriseWebhook).where(EnterpriseWebhook.enterprise_id == enterprise_id)
    )
    if webhook is None:
        return None
    rows = await db.scalars(
        select(EnterpriseDelivery)
        .where(EnterpriseDelivery.webhook_id == webhook.id)
        .order_by(EnterpriseDelivery.id.desc())
        .limit(SHOWN_DELIVERIES)
    )
    return WebhookView(
        webhook.url,
        webhook.created_at,
        tuple(
            DeliveryView(
                row.delivery_id,
                row.event,
                row.status,
                row.attempts,
                row.last_status_code,
                row.last_error,
                row.created_at,
                row.delivered_at,
            )
            for row in rows
        ),
    )
