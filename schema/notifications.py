"""Webhooks: where a department is told of invitations, merges and conflicts, an enterprise of
changes to the sessions it registered for, and how it went."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from schema import ids
from schema.context import Context
from schema.enums import DeliveryStatus, WebhookEvent, WebhookFormat
from schema.pagination import (
    DEFAULT_PAGE,
    After,
    First,
    PageInfo,
    check_first,
    decode_cursor,
    encode_cursor,
    page_info,
)
from schema.payloads import INPUT, Payload, answer, key_of, transact
from services.core.db import Transaction
from services.notifications import webhooks
from services.notifications.webhooks import DeliveryView, WebhookView


@strawberry.type(description="Where a department or an enterprise wants to be told of events.")
class Webhook:
    id: strawberry.ID = strawberry.field(description="Opaque; pass it to `removeWebhook`.")
    url: str = strawberry.field(
        description="The receiver, with query values cut to their last 4 characters (robots' URLs carry their key)."
    )
    format: WebhookFormat = strawberry.field(description="How deliveries are sent.")
    events: list[WebhookEvent] = strawberry.field(description="What it is told of.")
    created_at: datetime = strawberry.field(description="When it was added (UTC).")

    @classmethod
    def of(cls, view: WebhookView) -> Webhook:
        return cls(
            id=strawberry.ID(ids.encode("Webhook", view.key)),
            url=view.url,
            format=view.format,
            events=list(view.events),
            created_at=view.created_at,
        )


@strawberry.type(description="One notification on its way to one webhook.")
class WebhookDelivery:
    id: strawberry.ID = strawberry.field(description="Opaque.")
    delivery_id: str = strawberry.field(
        description="Sent as X-Civical-Delivery with every attempt: receivers drop a repeat by it."
    )
    event: WebhookEvent = strawberry.field(description="What it tells.")
    status: DeliveryStatus = strawberry.field(description="PENDING, DELIVERED or FAILED.")
    attempts: int = strawberry.field(description="Attempts made so far.")
    last_status_code: int | None = strawberry.field(
        description="The HTTP status of the last attempt; null when none came back."
    )
    last_error: str | None = strawberry.field(
        description="Why the last attempt failed; null when it succeeded."
    )
    created_at: datetime = strawberry.field(description="When the change was committed (UTC).")
    next_attempt_at: datetime | None = strawberry.field(
        description="When it is tried next, while PENDING (UTC)."
    )
    delivered_at: datetime | None = strawberry.field(description="When the receiver took it (UTC).")
    webhook: Webhook = strawberry.field(description="Where it goes.")

    @classmethod
    def of(cls, view: DeliveryView) -> WebhookDelivery:
        return cls(
            id=strawberry.ID(ids.encode("WebhookDelivery", view.key)),
            delivery_id=view.delivery_id,
            event=view.event,
            status=view.status,
            attempts=view.attempts,
            last_status_code=view.last_status_code,
            last_error=view.last_error,
            created_at=view.created_at,
            next_attempt_at=view.next_attempt_at,
            delivered_at=view.delivered_at,
            webhook=Webhook.of(view.webhook),
        )


@strawberry.type(description="A delivery and where it stands in the list.")
class WebhookDeliveryEdge:
    cursor: str = strawberry.field(description="Pass as `after` for older deliveries.")
    node: WebhookDelivery = strawberry.field(description="The delivery.")


@strawberry.type(description="A page of deliveries, newest first.")
class WebhookDeliveryConnection:
    edges: list[WebhookDeliveryEdge] = strawberry.field(description="This page.")
    page_info: PageInfo = strawberry.field(description="Whether older deliveries follow.")

    @strawberry.field(description="The deliveries of `edges`, without cursors.")
    def nodes(self) -> list[WebhookDelivery]:
        return [edge.node for edge in self.edges]


@strawberry.input(description="A new webhook of the caller's department or enterprise.")
class AddWebhookInput:
    url: str = strawberry.field(
        description="http or https, at most 2,000 characters; private and loopback addresses are refused (as for feed sources)."
    )
    format: WebhookFormat = strawberry.field(description="GENERIC, WECOM or DINGTALK.")
    events: list[WebhookEvent] = strawberry.field(
        description="What to be told of; at least one. A department: INVITATION, INVITATION_ANSWERED, MERGED, CONFLICT; an enterprise: REGISTERED_SESSION_CHANGED."
    )
    department: str | None = strawberry.field(
        default=None,
        description="Slug: required of the coordinator, optional for a department, refused for an enterprise (whose webhooks are its own).",
    )


@strawberry.input(description="The webhook to remove.")
class RemoveWebhookInput:
    id: strawberry.ID = strawberry.field(description="The webhook.")


@strawberry.type(description="The new webhook, and its secret.")
class AddWebhookPayload(Payload):
    webhook: Webhook | None = strawberry.field(default=None, description="The webhook.")
    secret: str | None = strawberry.field(
        default=None,
        description="GENERIC only: the key of the HMAC-SHA256 signature in X-Civical-Signature, shown this once.",
    )


@strawberry.type(description="The webhook removed; deliveries not yet made are dropped.")
class RemoveWebhookPayload(Payload):
    removed_id: strawberry.ID | None = strawberry.field(
        default=None, description="The removed webhook's id."
    )


@strawberry.type
class NotificationQueries:
    @strawberry.field(
        description="The caller's webhooks: its department's or enterprise's (every one for the coordinator)."
    )
    async def webhooks(self, info: Info[Context, None]) -> list[Webhook]:
        async with info.context.database.reading() as db:
            found = await webhooks.list_webhooks(db, info.context.principal)
        return [Webhook.of(view) for view in found]

    @strawberry.field(
        description=f"Deliveries to the caller's webhooks (its department's or enterprise's), newest first (every one for the coordinator). `first` is at most 500 (default {DEFAULT_PAGE})."
    )
    async def webhook_deliveries(
        self, info: Info[Context, None], first: First = DEFAULT_PAGE, after: After = None
    ) -> WebhookDeliveryConnection:
        async with info.context.database.reading() as db:
            page = await webhooks.deliveries(
                db,
                info.context.principal,
                first=check_first(first),
                after=decode_cursor(after) if after else None,
            )
        edges = [
            WebhookDeliveryEdge(
                cursor=encode_cursor(view.created_at, view.key), node=WebhookDelivery.of(view)
            )
            for view in page.deliveries
        ]
        return WebhookDeliveryConnection(
            edges=edges,
            page_info=page_info(edges, page.has_next),
        )


@strawberry.type
class NotificationMutations:
    @strawberry.mutation(
        description="Add a webhook for the caller's department or enterprise; an unsafe address is refused and nothing is stored."
    )
    async def add_webhook(
        self, info: Info[Context, None], input: Annotated[AddWebhookInput, INPUT]
    ) -> AddWebhookPayload:
        async def add() -> AddWebhookPayload:
            view, secret = await webhooks.add_webhook(
                info.context.database, info.context.principal, info.context.allowlist,
                url=input.url, form=input.format, events=input.events, department=input.department,
            )  # fmt: skip
            return AddWebhookPayload(webhook=Webhook.of(view), secret=secret)

        return await answer(info, AddWebhookPayload, add)

    @strawberry.mutation(
        description="Remove one of the caller's webhooks (its department's or enterprise's)."
    )
    async def remove_webhook(
        self, info: Info[Context, None], input: Annotated[RemoveWebhookInput, INPUT]
    ) -> RemoveWebhookPayload:
        async def work(db: Transaction) -> RemoveWebhookPayload:
            key = key_of("Webhook", input.id, ("input", "id"))
            await webhooks.remove_webhook(db, info.context.principal, key)
            return RemoveWebhookPayload(removed_id=input.id)

        return await transact(info, RemoveWebhookPayload, work)
