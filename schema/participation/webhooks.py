"""An enterprise's webhook: told when a session it registered for moves, is cancelled or merges."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from schema.context import Context
from schema.payloads import INPUT, Payload, transact
from services.core.db import Transaction
from services.participation import webhooks
from services.participation.outbox import EVENT, MAX_ATTEMPTS
from services.participation.webhooks import SHOWN_DELIVERIES, WebhookView


@strawberry.type(description="One notice on its way to the enterprise's webhook.")
class EnterpriseDelivery:
    delivery_id: str = strawberry.field(
        description="Sent as X-Civical-Delivery with every attempt: a receiver drops a repeat by it."
    )
    event: str = strawberry.field(description=f"What it tells: `{EVENT}`.")
    status: str = strawberry.field(
        description=f"PENDING, DELIVERED, or FAILED after {MAX_ATTEMPTS} attempts."
    )
    attempts: int = strawberry.field(description="Attempts made so far.")
    last_status_code: int | None = strawberry.field(
        description="The HTTP status of the last attempt; null when none came back."
    )
    last_error: str | None = strawberry.field(description="Why the last attempt failed.")
    created_at: datetime = strawberry.field(description="When the change was committed (UTC).")
    delivered_at: datetime | None = strawberry.field(description="When the receiver took it (UTC).")


@strawberry.type(
    description="Where the enterprise is told of changes to the sessions it registered for: signed JSON POSTs."
)
class EnterpriseWebhook:
    url: str = strawberry.field(description="The receiver.")
    created_at: datetime = strawberry.field(description="When it was set (UTC).")
    deliveries: list[EnterpriseDelivery] = strawberry.field(
        description=f"The latest {SHOWN_DELIVERIES} notices, newest first."
    )

    @classmethod
    def of(cls, view: WebhookView) -> EnterpriseWebhook:
        return cls(
            url=view.url,
            created_at=view.created_at,
            deliveries=[
                EnterpriseDelivery(
                    delivery_id=item.delivery_id,
                    event=item.event,
                    status=item.status,
                    attempts=item.attempts,
                    last_status_code=item.last_status_code,
                    last_error=item.last_error,
                    created_at=item.created_at,
                    delivered_at=item.delivered_at,
                )
                for item in view.deliveries
            ],
        )


@strawberry.input(description="The calling enterprise's webhook.")
class SetEnterpriseWebhookInput:
    url: str | None = strawberry.field(
        description="http or https, at most 2,000 characters, not a private address; null removes the webhook."
    )


@strawberry.type(description="The webhook, and the secret its notices are signed with.")
class SetEnterpriseWebhookPayload(Payload):
    webhook: EnterpriseWebhook | None = strawberry.field(
        default=None, description="Null once removed."
    )
    secret: str | None = strawberry.field(
        default=None,
        description="The HMAC-SHA256 key of X-Civical-Signature (`sha256=` and the hex digest of the body), shown this once.",
    )


@strawberry.type(description="The enterprise's webhook.")
class WebhookQueries:
    @strawberry.field(description="The calling enterprise's webhook, with its latest notices.")
    async def my_webhook(self, info: Info[Context, None]) -> EnterpriseWebhook | None:
        async with info.context.database.reading() as db:
            view = await webhooks.my_webhook(db, info.context.principal)
        return EnterpriseWebhook.of(view) if view else None


@strawberry.type(description="The enterprise's webhook.")
class WebhookMutations:
    @strawberry.mutation(
        description="Where the calling enterprise is told when a session it registered for moves, is cancelled, comes back or merges; replaces the one before (with a new secret)."
    )
    async def set_enterprise_webhook(
        self, info: Info[Context, None], input: Annotated[SetEnterpriseWebhookInput, INPUT]
    ) -> SetEnterpriseWebhookPayload:
        async def work(db: Transaction) -> SetEnterpriseWebhookPayload:
            view, secret = await webhooks.set_webhook(
                db, info.context.principal, info.context.allowlist, input.url
            )
            return SetEnterpriseWebhookPayload(
                webhook=EnterpriseWebhook.of(view) if view else None, secret=secret
            )

        return await transact(info, SetEnterpriseWebhookPayload, work)
