"""The transactional outbox: notifications written in the transaction of the change they tell.

A notification is stored only for a recipient with a webhook that asked for its event, with
one delivery per such webhook; if the change rolls back, so do they, and once it commits
nothing can lose them: the worker finds them in the table whatever happened to the process.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.clock import now
from services.core.errors import Message
from services.core.models import Notification, Webhook, WebhookDelivery
from services.notifications.kinds import DeliveryStatus, Recipient, RecipientKind, WebhookEvent

_HOOKS = "civical.webhooks"  # per transaction: each recipient's webhooks, read once
_LISTENING = "civical.listening"  # per transaction: the events some webhook asked for, per kind


async def webhooks_of(db: AsyncSession, recipient: Recipient) -> Sequence[Webhook]:
    return (
        await db.scalars(
            select(Webhook)
            .where(
                Webhook.recipient_kind == recipient.kind.value,
                Webhook.recipient_id == recipient.key,
            )
            .order_by(Webhook.id)
        )
    ).all()


async def _webhooks(db: AsyncSession, recipient: Recipient) -> Sequence[Webhook]:
    known: dict[Recipient, Sequence[Webhook]] = db.info.setdefault(_HOOKS, {})
    if recipient not in known:
        known[recipient] = await webhooks_of(db, recipient)
    return known[recipient]


async def anyone_listens(db: AsyncSession, kind: RecipientKind, event: WebhookEvent) -> bool:
    """Whether any recipient of the kind has a webhook for the event, read once per
    transaction: a bulk change (a rematch merging thousands of sessions) then composes no
    notice that nobody would be sent."""
    known: dict[RecipientKind, frozenset[str]] = db.info.setdefault(_LISTENING, {})
    if kind not in known:
        rows = await db.scalars(select(Webhook.events).where(Webhook.recipient_kind == kind.value))
        known[kind] = frozenset(name for events in rows for name in events)
    return event.value in known[kind]


def forget_webhooks(db: AsyncSession) -> None:
    """After webhooks changed in this transaction, read them afresh."""
    db.info.pop(_HOOKS, None)
    db.info.pop(_LISTENING, None)


async def notify(
    db: AsyncSession,
    recipient: Recipient,
    event: WebhookEvent,
    summary: Message,
    facts: Mapping[str, object],
    *,
    once: str | None = None,
) -> None:
    """Tell ``recipient`` of ``event`` through each of its webhooks that asked for it.

    ``summary`` is the sentence a person reads; ``facts`` what a program reads. With
    ``once`` the same fact (a conflict between two sessions, say) is told only the first time.
    """
    wanted = [hook for hook in await _webhooks(db, recipient) if event.value in hook.events]
    if not wanted:
        return
    if once is not None:
        told = await db.scalar(
            select(Notification.id).where(
                Notification.recipient_kind == recipient.kind.value,
                Notification.recipient_id == recipient.key,
                Notification.dedup_key == once,
            )
        )
        if told is not None:
            return
    moment = now()
    notification = Notification(
        recipient_kind=recipient.kind.value,
        recipient_id=recipient.key,
        event=event.value,
        payload={"summary": {"en": summary.en, "zh": summary.zh}, **facts},
        dedup_key=once,
        created_at=moment,
    )
    db.add(notification)
    await db.flush()
    db.add_all(
        WebhookDelivery(
            delivery_id=str(uuid.uuid4()),
            notification_id=notification.id,
            webhook_id=hook.id,
            status=DeliveryStatus.PENDING.value,
            attempts=0,
            next_attempt_at=moment,
            created_at=moment,
        )
        for hook in wanted
    )
