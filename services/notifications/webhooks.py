"""Webhooks: where a department or an enterprise wants to be told, and how its deliveries went.

A webhook URL is chosen by whoever adds it, so the import's address guard applies: only
http(s), and only public addresses (or those ``CIVICAL_IMPORT_ALLOWLIST`` opens), checked
when it is added and again on every connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from sqlalchemy import ColumnElement, delete, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.auth import Principal, Role, require_owner
from services.core.clock import now
from services.core.db import Database
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Department, Notification, Webhook, WebhookDelivery
from services.core.validation import MAX_URL, clean_line
from services.imports import Allowlist, FetchError, check_address
from services.notifications.kinds import (
    TOLD_OF,
    DeliveryStatus,
    Recipient,
    RecipientKind,
    WebhookEvent,
    WebhookFormat,
)
from services.notifications.outbox import forget_webhooks, webhooks_of
from services.notifications.signing import new_secret
from services.postings import departments

MAX_WEBHOOKS = 10  # per recipient
_KEPT = 4  # characters of a secret query value that a listing shows
_OWNERS = {RecipientKind.DEPARTMENT: Role.DEPARTMENT, RecipientKind.ENTERPRISE: Role.ENTERPRISE}
_KIND_NAMES = {
    RecipientKind.DEPARTMENT: Message("A department", "部门"),
    RecipientKind.ENTERPRISE: Message("An enterprise", "企业"),
}
_NEEDS_TOKEN = Message(
    "Webhooks need a department's or an enterprise's token.", "回调地址需要部门或企业令牌。"
)


@dataclass(frozen=True, slots=True)
class WebhookView:
    key: int
    url: str  # query values cut to their last characters: robots' URLs carry their key
    format: WebhookFormat
    events: tuple[WebhookEvent, ...]
    created_at: datetime


@dataclass(frozen=True, slots=True)
class DeliveryView:
    key: int
    delivery_id: str
    event: WebhookEvent
    status: DeliveryStatus
    attempts: int
    last_status_code: int | None
    last_error: str | None
    created_at: datetime
    next_attempt_at: datetime | None  # None once delivered or given up
    delivered_at: datetime | None
    webhook: WebhookView


@dataclass(frozen=True, slots=True)
class DeliveryPage:
    deliveries: list[DeliveryView]
    has_next: bool


def shown_url(url: str) -> str:
    """The URL with each query value cut to its last characters, e.g. ``key=…a1b2``."""
    parts = urlsplit(url)
    query = "&".join(
        f"{quote(name)}=…{quote(value[-_KEPT:])}" for name, value in parse_qsl(parts.query)
    )
    return urlunsplit(parts._replace(query=query, fragment=""))


def _view(row: Webhook) -> WebhookView:
    return WebhookView(
        key=row.id,
        url=shown_url(row.url),
        format=WebhookFormat(row.format),
        events=tuple(WebhookEvent(event) for event in row.events),
        created_at=row.created_at,
    )


async def _recipient(db: AsyncSession, principal: Principal, slug: str | None) -> Recipient:
    """The caller's department or enterprise, or the department the coordinator names."""
    field = ("input", "department")
    if principal.role is Role.ENTERPRISE and principal.enterprise_id is not None:
        if slug is not None:
            raise DomainError.single(
                ErrorCode.FORBIDDEN,
                Message(
                    "An enterprise adds only its own webhooks.", "企业只能添加本企业的回调地址。"
                ),
                field,
            )
        return Recipient.enterprise(principal.enterprise_id)
    if principal.role is Role.DEPARTMENT and principal.department_id is not None:
        own = await db.get(Department, principal.department_id)
        if own is not None and slug is not None and slug != own.slug:
            raise DomainError.single(
                ErrorCode.FORBIDDEN,
                Message(
                    "A department adds only its own webhooks.", "部门只能添加本部门的回调地址。"
                ),
                field,
            )
        return Recipient.department(principal.department_id)
    if principal.role is Role.COORDINATOR:
        named = await departments.by_slug(db, slug)
        if named is None:
            raise DomainError.single(
                ErrorCode.NOT_FOUND if slug else ErrorCode.REQUIRED,
                Message("Name the department whose webhook it is.", "请写明回调地址所属的部门。"),
                field,
            )
        return Recipient.department(named.id)
    raise DomainError.single(ErrorCode.UNAUTHENTICATED, _NEEDS_TOKEN)


def _told_of(recipient: Recipient, events: Sequence[WebhookEvent]) -> None:
    """Refuse events this kind of recipient is never told of."""
    if all(event in TOLD_OF[recipient.kind] for event in events):
        return
    names, who = ", ".join(sorted(TOLD_OF[recipient.kind])), _KIND_NAMES[recipient.kind]
    raise DomainError.single(
        ErrorCode.INVALID,
        Message(f"{who.en} can be told of {names} only.", f"{who.zh}只能订阅 {names}。"),
        ("input", "events"),
    )


def _checked(url: str, events: Sequence[WebhookEvent]) -> str:
    url = clean_line(url)
    if not events:
        raise DomainError.single(
            ErrorCode.REQUIRED,
            Message("Name at least one event to be told of.", "请至少选择一种通知事件。"),
            ("input", "events"),
        )
    if len(url) > MAX_URL:
        raise DomainError.single(
            ErrorCode.TOO_LONG,
            Message(f"url is at most {MAX_URL} characters.", f"网址最多 {MAX_URL} 个字符。"),
            ("input", "url"),
        )
    return url


async def add_webhook(
    database: Database,
    principal: Principal,
    allowlist: Allowlist,
    *,
    url: str,
    form: WebhookFormat,
    events: Sequence[WebhookEvent],
    department: str | None,
) -> tuple[WebhookView, str | None]:
    """A new webhook, and the secret that signs its deliveries (GENERIC only), shown this once.

    The address is checked before anything is stored, outside the transaction, since it
    may wait on DNS.
    """
    url = _checked(url, events)
    try:
        await check_address(url, allowlist)
    except FetchError as error:
        code = (
            ErrorCode.FORBIDDEN_ADDRESS
            if error.code == "FORBIDDEN_ADDRESS"
            else ErrorCode.INVALID_URL
        )
        raise DomainError.single(code, error.message, ("input", "url")) from error

    async def add(db: AsyncSession) -> tuple[WebhookView, str | None]:
        recipient = await _recipient(db, principal, department)
        _told_of(recipient, events)
        mine = await webhooks_of(db, recipient)
        if len(mine) >= MAX_WEBHOOKS:
            raise DomainError.single(
                ErrorCode.TOO_MANY,
                Message(
                    f"A department or an enterprise has at most {MAX_WEBHOOKS} webhooks.",
                    f"每个部门或企业最多 {MAX_WEBHOOKS} 个回调地址。",
                ),
            )
        secret = new_secret() if form is WebhookFormat.GENERIC else None
        row = Webhook(
            recipient_kind=recipient.kind.value,
            recipient_id=recipient.key,
            url=url,
            format=form.value,
            events=list(dict.fromkeys(event.value for event in events)),
            secret=secret,
            created_at=now(),
        )
        db.add(row)
        await db.flush()
        forget_webhooks(db)
        return _view(row), secret

    return await database.transact(add)


def _owner(principal: Principal, row: Webhook | None) -> None:
    """The coordinator, or the department or enterprise whose webhook it is."""
    if row is None:  # nobody's: refused as another's would be
        owner, role = (
            None,
            Role.ENTERPRISE if principal.role is Role.ENTERPRISE else Role.DEPARTMENT,
        )
    else:
        owner, role = row.recipient_id, _OWNERS[RecipientKind(row.recipient_kind)]
    require_owner(principal, owner, owner_role=role, what=Message("webhook", "回调地址"))


async def remove_webhook(db: AsyncSession, principal: Principal, webhook_id: int) -> None:
    """Stop telling this webhook anything; deliveries not yet made are dropped with it."""
    row = await db.get(Webhook, webhook_id)
    _owner(principal, row)
    await db.execute(delete(WebhookDelivery).where(WebhookDelivery.webhook_id == webhook_id))
    await db.execute(delete(Webhook).where(Webhook.id == webhook_id))
    forget_webhooks(db)


def _visible(principal: Principal) -> list[ColumnElement[bool]]:
    """Conditions on webhooks the caller may see: its own, or every one for the coordinator."""
    if principal.role is Role.COORDINATOR:
        return []
    kind = next((kind for kind, role in _OWNERS.items() if role is principal.role), None)
    if kind is None or principal.key is None:
        raise DomainError.single(ErrorCode.UNAUTHENTICATED, _NEEDS_TOKEN)
    return [Webhook.recipient_kind == kind.value, Webhook.recipient_id == principal.key]


async def list_webhooks(db: AsyncSession, principal: Principal) -> list[WebhookView]:
    rows = await db.scalars(select(Webhook).where(*_visible(principal)).order_by(Webhook.id))
    return [_view(row) for row in rows]


async def deliveries(
    db: AsyncSession, principal: Principal, *, first: int, after: tuple[datetime, int] | None
) -> DeliveryPage:
    """The caller's deliveries, newest first."""
    query = (
        select(WebhookDelivery, Webhook, Notification.event)
        .join(Webhook, Webhook.id == WebhookDelivery.webhook_id)
        .join(Notification, Notification.id == WebhookDelivery.notification_id)
        .where(*_visible(principal))
    )
    if after is not None:
        query = query.where(tuple_(WebhookDelivery.created_at, WebhookDelivery.id) < tuple_(*after))
    rows = (
        await db.execute(
            query.order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc()).limit(
                first + 1
            )
        )
    ).all()
    return DeliveryPage(
        [
            DeliveryView(
                key=delivery.id,
                delivery_id=delivery.delivery_id,
                event=WebhookEvent(event),
                status=DeliveryStatus(delivery.status),
                attempts=delivery.attempts,
                last_status_code=delivery.last_status_code,
                last_error=delivery.last_error,
                created_at=delivery.created_at,
                next_attempt_at=delivery.next_attempt_at
                if delivery.status == DeliveryStatus.PENDING
                else None,
                delivered_at=delivery.delivered_at,
                webhook=_view(hook),
            )
            for delivery, hook, event in rows[:first]
        ],
        len(rows) > first,
    )
