"""Enterprises: register once, then subscribe to private, filtered feeds."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from schema import ids
from schema.cache import reads_unrecorded
from schema.calendar import CalendarFilter
from schema.context import Context
from schema.enums import EventKind
from schema.pagination import DEFAULT_PAGE, After, First, PageInfo, check_first, key_after
from schema.payloads import INPUT, Payload, key_of, transact
from services.calendar.reads import MAX_PAGE
from services.core.db import Transaction
from services.enterprises import accounts, subscriptions
from services.enterprises.accounts import EnterpriseView
from services.enterprises.subscriptions import SubscriptionView


@strawberry.type(description="A company that subscribes to sessions.")
class Enterprise:
    id: strawberry.ID = strawberry.field(description="Opaque; pass it back as it is.")
    name: str = strawberry.field(description="Its registered name; unique.")
    sectors: list[str] = strawberry.field(
        description="Its sectors as GB/T 4754 codes: the default sectors of its feeds."
    )
    regions: list[str] = strawberry.field(
        description="Where it operates: the default regions of its feeds."
    )
    disabled: bool = strawberry.field(
        description="True when the coordinator disabled it: its token is refused, its feeds answer 403."
    )
    created_at: datetime = strawberry.field(description="When it registered (UTC).")

    @classmethod
    def of(cls, view: EnterpriseView) -> Enterprise:
        return cls(
            id=strawberry.ID(ids.encode("Enterprise", view.key)),
            name=view.name,
            sectors=list(view.sectors),
            regions=list(view.regions),
            disabled=view.disabled,
            created_at=view.created_at,
        )


@strawberry.type(description="Every enterprise and its place in the list.")
class EnterpriseEdge:
    cursor: str = strawberry.field(
        description="Pass as `after` for the enterprises after this one."
    )
    node: Enterprise = strawberry.field(description="The enterprise.")


@strawberry.type(description="A page of enterprises, oldest first.")
class EnterpriseConnection:
    edges: list[EnterpriseEdge] = strawberry.field(description="The enterprises of this page.")
    page_info: PageInfo = strawberry.field(description="Whether more pages follow.")
    total_count: int = strawberry.field(description="Enterprises in all pages.")


@strawberry.type(description="What a private feed shows.")
class FeedFilter:
    kinds: list[EventKind] = strawberry.field(description="Kinds shown; empty: all.")
    topics: list[str] = strawberry.field(description="Topics shown; empty: all.")
    sectors: list[str] = strawberry.field(description="Sector codes shown; empty: all.")
    regions: list[str] = strawberry.field(description="Regions shown; empty: all.")
    departments: list[str] = strawberry.field(
        description="Slugs of hosting departments shown; empty: all."
    )


@strawberry.type(
    description="An enterprise's private feed. Its URL carries a token that civical keeps only as a digest."
)
class FeedSubscription:
    id: strawberry.ID = strawberry.field(description="Opaque; pass it back as it is.")
    name: str | None = strawberry.field(
        description="What calendar apps call the feed (X-WR-CALNAME); null: civical's default."
    )
    feed_url: str | None = strawberry.field(
        description="The https feed URL, to add to a calendar app. Only in the subscribe payload: it is not stored."
    )
    webcal_url: str | None = strawberry.field(
        description="The same feed as a webcal:// link. Only in the subscribe payload."
    )
    filter: FeedFilter = strawberry.field(description="What the feed shows.")
    created_at: datetime = strawberry.field(description="When it was made (UTC).")
    revoked_at: datetime | None = strawberry.field(
        description="When `revokeSubscription` stopped it; null while it works."
    )
    last_fetched_at: datetime | None = strawberry.field(
        description="When a calendar app last fetched the feed (to the minute)."
    )
    last_user_agent: str | None = strawberry.field(
        description="The app that fetched it last, as its User-Agent says."
    )

    @classmethod
    def of(cls, view: SubscriptionView, base_url: str) -> FeedSubscription:
        feed_url = f"{base_url}/feeds/s/{view.token}.ics" if view.token else None
        return cls(
            id=strawberry.ID(ids.encode("Subscription", view.key)),
            name=view.name,
            feed_url=feed_url,
            webcal_url=feed_url and "webcal://" + feed_url.split("://", 1)[1],
            filter=FeedFilter(
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


@strawberry.input(description="A new enterprise.")
class CreateEnterpriseInput:
    name: str = strawberry.field(
        description="Its registered name, at most 200 characters; one enterprise per name."
    )
    sectors: list[str] = strawberry.field(
        default_factory=list,
        description="The enterprise's sectors, in any form `sectors` accepts; default filter of its feeds.",
    )
    regions: list[str] = strawberry.field(
        default_factory=list,
        description="Where it operates, in any form `regions` accepts; default filter of its feeds.",
    )


@strawberry.input(description="A new private feed.")
class SubscribeInput:
    filter: CalendarFilter = strawberry.field(
        default_factory=CalendarFilter,
        description="Sectors and regions left empty default to the enterprise's own; unknown values are refused.",
    )
    name: str | None = strawberry.field(
        default=None,
        description="What calendar apps call the feed (X-WR-CALNAME), at most 200 characters.",
    )


@strawberry.input(description="The feed to stop.")
class RevokeSubscriptionInput:
    id: strawberry.ID = strawberry.field(description="The subscription.")


@strawberry.input(description="The feed to give a new URL.")
class RotateFeedTokenInput:
    id: strawberry.ID = strawberry.field(description="The subscription whose feed URL to replace.")


@strawberry.input(description="Whose token to replace.")
class RotateEnterpriseTokenInput:
    enterprise_id: strawberry.ID | None = strawberry.field(
        default=None, description="An enterprise leaves it out; the coordinator names one."
    )


@strawberry.input(description="Fields left out keep their value.")
class UpdateEnterpriseInput:
    id: strawberry.ID = strawberry.field(description="The enterprise.")
    name: str | None = strawberry.field(default=None, description="A new registered name.")
    disabled: bool | None = strawberry.field(
        default=None,
        description="true: its token is refused and its feeds answer 403; false: they work again.",
    )


@strawberry.type(description="The new enterprise, and its token.")
class CreateEnterprisePayload(Payload):
    enterprise: Enterprise | None = strawberry.field(default=None, description="The enterprise.")
    token: str | None = strawberry.field(
        default=None, description="The enterprise's bearer token, shown this once."
    )


@strawberry.type(description="The enterprise, and its new token.")
class RotateEnterpriseTokenPayload(CreateEnterprisePayload):
    pass


@strawberry.type(description="The enterprise after the change.")
class UpdateEnterprisePayload(Payload):
    enterprise: Enterprise | None = strawberry.field(default=None, description="The enterprise.")


@strawberry.type(description="The new private feed.")
class SubscribePayload(Payload):
    subscription: FeedSubscription | None = strawberry.field(
        default=None, description="With its feedUrl and webcalUrl, shown this once."
    )


@strawberry.type(description="The stopped feed.")
class RevokeSubscriptionPayload(Payload):
    subscription: FeedSubscription | None = strawberry.field(
        default=None, description="The subscription, with `revokedAt` set."
    )


@strawberry.type(description="The feed with its new URL.")
class RotateFeedTokenPayload(Payload):
    subscription: FeedSubscription | None = strawberry.field(
        default=None, description="With its new feedUrl and webcalUrl, shown this once."
    )


@strawberry.type(description="Enterprises and their feeds.")
class EnterpriseQueries:
    @strawberry.field(description="The calling enterprise's subscriptions, revoked ones included.")
    async def my_subscriptions(self, info: Info[Context, None]) -> list[FeedSubscription]:
        reads_unrecorded(info)
        async with info.context.database.reading() as db:
            found = await subscriptions.my_subscriptions(db, info.context.principal)
        return [FeedSubscription.of(view, info.context.base_url()) for view in found]

    @strawberry.field(
        description=f"Every registered enterprise, oldest first (coordinator only); `first` is at most {MAX_PAGE}."
    )
    async def enterprises(
        self, info: Info[Context, None], first: First = DEFAULT_PAGE, after: After = None
    ) -> EnterpriseConnection:
        async with info.context.database.reading() as db:
            page = await accounts.list_enterprises(
                db,
                info.context.principal,
                first=check_first(first),
                after=key_after("Enterprise", after),
            )
        edges = [
            EnterpriseEdge(cursor=ids.encode("Enterprise", view.key), node=Enterprise.of(view))
            for view in page.enterprises
        ]
        return EnterpriseConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None
            ),
            total_count=page.total,
        )


@strawberry.type(description="Enterprises and their feeds.")
class EnterpriseMutations:
    @strawberry.mutation(
        description="Register an enterprise (anyone may). Its token is shown once."
    )
    async def create_enterprise(
        self, info: Info[Context, None], input: Annotated[CreateEnterpriseInput, INPUT]
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
        self, info: Info[Context, None], input: Annotated[RotateEnterpriseTokenInput, INPUT]
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
    async def subscribe(
        self, info: Info[Context, None], input: Annotated[SubscribeInput, INPUT]
    ) -> SubscribePayload:
        async def work(db: Transaction) -> SubscribePayload:
            view = await subscriptions.subscribe(
                db, info.context.principal, input.filter.to_service(), input.name
            )
            return SubscribePayload(subscription=FeedSubscription.of(view, info.context.base_url()))

        return await transact(info, SubscribePayload, work)

    @strawberry.mutation(description="Stop a feed: its URL answers 410 Gone from now on.")
    async def revoke_subscription(
        self, info: Info[Context, None], input: Annotated[RevokeSubscriptionInput, INPUT]
    ) -> RevokeSubscriptionPayload:
        async def work(db: Transaction) -> RevokeSubscriptionPayload:
            key = key_of("Subscription", input.id, ("input", "id"))
            view = await subscriptions.revoke_subscription(db, info.context.principal, key)
            return RevokeSubscriptionPayload(
                subscription=FeedSubscription.of(view, info.context.base_url())
            )

        return await transact(info, RevokeSubscriptionPayload, work)

    @strawberry.mutation(
        description="A new URL for a feed, same filter; the old URL answers 410 Gone from now on."
    )
    async def rotate_feed_token(
        self, info: Info[Context, None], input: Annotated[RotateFeedTokenInput, INPUT]
    ) -> RotateFeedTokenPayload:
        async def work(db: Transaction) -> RotateFeedTokenPayload:
            key = key_of("Subscription", input.id, ("input", "id"))
            view = await subscriptions.rotate_feed_token(db, info.context.principal, key)
            return RotateFeedTokenPayload(
                subscription=FeedSubscription.of(view, info.context.base_url())
            )

        return await transact(info, RotateFeedTokenPayload, work)

    @strawberry.mutation(
        description="Rename an enterprise, or disable it: its token is refused and its feeds answer 403 (coordinator only)."
    )
    async def update_enterprise(
        self, info: Info[Context, None], input: Annotated[UpdateEnterpriseInput, INPUT]
    ) -> UpdateEnterprisePayload:
        async def work(db: Transaction) -> UpdateEnterprisePayload:
            key = key_of("Enterprise", input.id, ("input", "id"))
            view = await accounts.update_enterprise(
                db, info.context.principal, key, name=input.name, disabled=input.disabled
            )
            return UpdateEnterprisePayload(enterprise=Enterprise.of(view))

        return await transact(info, UpdateEnterprisePayload, work)
