"""Enterprises: register once, then subscribe to private, filtered feeds."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.types import Info

from schema import ids
from schema.cache import reads_unrecorded
from schema.calendar import CalendarFilter
from schema.context import Context
from schema.enums import EventKind
from schema.payloads import Payload, key_of, transact
from services.core.db import Transaction
from services.enterprises import accounts, subscriptions
from services.enterprises.accounts import EnterpriseView
from services.enterprises.subscriptions import SubscriptionView


@strawberry.type(description="A company that subscribes to sessions.")
class Enterprise:
    id: strawberry.ID
    name: str
    sectors: list[str]
    regions: list[str]

    @classmethod
    def of(cls, view: EnterpriseView) -> Enterprise:
        return cls(
            id=strawberry.ID(ids.encode("Enterprise", view.key)),
            name=view.name,
            sectors=list(view.sectors),
            regions=list(view.regions),
        )


@strawberry.type(description="What a subscription's feed shows.")
class SubscriptionFilter:
    kinds: list[EventKind]
    topics: list[str]
    sectors: list[str]
    regions: list[str]
    departments: list[str]


@strawberry.type(
    description="A private feed. Its URL carries a token that civical keeps only as a digest."
)
class Subscription:
    id: strawberry.ID
    feed_url: str | None = strawberry.field(
        description="The https feed URL, to add to a calendar app. Only in the subscribe payload: it is not stored."
    )
    webcal_url: str | None = strawberry.field(
        description="The same feed as a webcal:// link. Only in the subscribe payload."
    )
    filter: SubscriptionFilter
    created_at: datetime
    revoked_at: datetime | None
    last_fetched_at: datetime | None = strawberry.field(
        description="When a calendar app last fetched the feed (to the minute)."
    )
    last_user_agent: str | None = strawberry.field(
        description="The app that fetched it last, as its User-Agent says."
    )

    @classmethod
    def of(cls, view: SubscriptionView, base_url: str) -> Subscription:
        feed_url = f"{base_url}/feeds/s/{view.token}.ics" if view.token else None
        return cls(
            id=strawberry.ID(ids.encode("Subscription", view.key)),
            feed_url=feed_url,
            webcal_url=feed_url and "webcal://" + feed_url.split("://", 1)[1],
            filter=SubscriptionFilter(
                kinds=[EventKind(kind) for kind in view.kinds],
                topics=list(view.topics),
                sectors=list(view.sectors),
                regions=list(view.regions),
                departments=list(view.departments),
            ),
            created_at=view.created_at,
            revoked_at=view.revoked_at,
            last_fetched_at=view.last_fetched_at,
            last_user_agent=view.last_user_agent,
        )


@strawberry.input
class CreateEnterpriseInput:
    name: str = strawberry.field(description="At most 200 characters.")
    sectors: list[str] = strawberry.field(
        default_factory=list, description="The enterprise's sectors; default filter of its feeds."
    )
    regions: list[str] = strawberry.field(
        default_factory=list, description="Where it operates; default filter of its feeds."
    )


@strawberry.input
class SubscribeInput:
    filter: CalendarFilter = strawberry.field(
        default_factory=CalendarFilter,
        description="Sectors and regions left empty default to the enterprise's own.",
    )


@strawberry.input
class RevokeSubscriptionInput:
    id: strawberry.ID


@strawberry.input
class RotateFeedTokenInput:
    id: strawberry.ID = strawberry.field(description="The subscription whose feed URL to replace.")


@strawberry.input
class RotateEnterpriseTokenInput:
    enterprise_id: strawberry.ID | None = strawberry.field(
        default=None, description="An enterprise leaves it out; the coordinator names one."
    )


@strawberry.type
class CreateEnterprisePayload(Payload):
    enterprise: Enterprise | None = None
    token: str | None = strawberry.field(
        default=None, description="The enterprise's bearer token, shown this once."
    )


@strawberry.type
class RotateEnterpriseTokenPayload(CreateEnterprisePayload):
    pass


@strawberry.type
class SubscribePayload(Payload):
    subscription: Subscription | None = None


@strawberry.type
class RevokeSubscriptionPayload(Payload):
    subscription: Subscription | None = None


@strawberry.type
class RotateFeedTokenPayload(Payload):
    subscription: Subscription | None = strawberry.field(
        default=None, description="With its new feedUrl and webcalUrl, shown this once."
    )


@strawberry.type
class EnterpriseQueries:
    @strawberry.field(description="The calling enterprise's subscriptions, revoked ones included.")
    async def my_subscriptions(self, info: Info[Context, None]) -> list[Subscription]:
        reads_unrecorded(info)
        async with info.context.database.reading() as db:
            found = await subscriptions.my_subscriptions(db, info.context.principal)
        return [Subscription.of(view, info.context.base_url()) for view in found]


@strawberry.type
class EnterpriseMutations:
    @strawberry.mutation(
        description="Register an enterprise (anyone may). Its token is shown once."
    )
    async def create_enterprise(
        self, info: Info[Context, None], input: CreateEnterpriseInput
    ) -> CreateEnterprisePayload:
        async def work(db: Transaction) -> CreateEnterprisePayload:
            view, token = await accounts.create_enterprise(
                db,
                info.context.principal,
                name=input.name,
                sectors=input.sectors,
                regions=input.regions,
            )
            return CreateEnterprisePayload(enterprise=Enterprise.of(view), token=token)

        return await transact(info, CreateEnterprisePayload, work)

    @strawberry.mutation(
        description="Replace an enterprise's token; the old one stops at once (feed URLs are not touched)."
    )
    async def rotate_enterprise_token(
        self, info: Info[Context, None], input: RotateEnterpriseTokenInput
    ) -> RotateEnterpriseTokenPayload:
        async def work(db: Transaction) -> RotateEnterpriseTokenPayload:
            key = (
                key_of("Enterprise", input.enterprise_id, ("input", "enterpriseId"))
                if input.enterprise_id
                else None
            )
            view, token = await accounts.rotate_token(db, info.context.principal, key)
            return RotateEnterpriseTokenPayload(enterprise=Enterprise.of(view), token=token)

        return await transact(info, RotateEnterpriseTokenPayload, work)

    @strawberry.mutation(description="A new private feed for the calling enterprise.")
    async def subscribe(self, info: Info[Context, None], input: SubscribeInput) -> SubscribePayload:
        async def work(db: Transaction) -> SubscribePayload:
            view = await subscriptions.subscribe(
                db, info.context.principal, input.filter.to_service()
            )
            return SubscribePayload(subscription=Subscription.of(view, info.context.base_url()))

        return await transact(info, SubscribePayload, work)

    @strawberry.mutation(description="Stop a feed: its URL answers 410 Gone from now on.")
    async def revoke_subscription(
        self, info: Info[Context, None], input: RevokeSubscriptionInput
    ) -> RevokeSubscriptionPayload:
        async def work(db: Transaction) -> RevokeSubscriptionPayload:
            key = key_of("Subscription", input.id, ("input", "id"))
            view = await subscriptions.revoke_subscription(db, info.context.principal, key)
            return RevokeSubscriptionPayload(
                subscription=Subscription.of(view, info.context.base_url())
            )

        return await transact(info, RevokeSubscriptionPayload, work)

    @strawberry.mutation(
        description="A new URL for a feed, same filter; the old URL answers 410 Gone from now on."
    )
    async def rotate_feed_token(
        self, info: Info[Context, None], input: RotateFeedTokenInput
    ) -> RotateFeedTokenPayload:
        async def work(db: Transaction) -> RotateFeedTokenPayload:
            key = key_of("Subscription", input.id, ("input", "id"))
            view = await subscriptions.rotate_feed_token(db, info.context.principal, key)
            return RotateFeedTokenPayload(
                subscription=Subscription.of(view, info.context.base_url())
            )

        return await transact(info, RotateFeedTokenPayload, work)
