"""Enterprises' private feeds.

With its token an enterprise subscribes to filtered feeds. Each subscription's URL
carries a token of its own, stored only as a digest, so a feed URL can be revoked
without touching the enterprise's token or its other feeds.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.reads import CalendarFilter
from services.core.auth import (
    Principal,
    Role,
    TokenOwner,
    digest,
    new_token,
    replace_token,
    require_owner,
    retired,
)
from services.core.clock import now
from services.core.db import Database
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Enterprise, Subscription
from services.core.validation import Collector
from services.vocabularies.checks import checked_filter

MAX_SUBSCRIPTIONS = 50
MAX_FEED_NAME = 200
FETCH_RECORDING_INTERVAL = timedelta(minutes=1)
_USER_AGENT_LIMIT = 300

log = logging.getLogger("civical.feeds")


@dataclass(frozen=True, slots=True)
class SubscriptionView:
    key: int
    name: str | None
    kinds: tuple[str, ...]
    topics: tuple[str, ...]
    sectors: tuple[str, ...]
    regions: tuple[str, ...]
    departments: tuple[str, ...]
    created_at: datetime
    revoked_at: datetime | None
    last_fetched_at: datetime | None
    last_user_agent: str | None
    token: str | None = None  # only right after it was made: it is not stored

    @classmethod
    def of(cls, row: Subscription, token: str | None = None) -> SubscriptionView:
        return cls(
            key=row.id,
            name=row.name,
            kinds=tuple(row.kinds),
            topics=tuple(row.topics),
            sectors=tuple(row.sectors),
            regions=tuple(row.regions),
            departments=tuple(row.departments),
            created_at=row.created_at,
            revoked_at=row.revoked_at,
            last_fetched_at=row.last_fetched_at,
            last_user_agent=row.last_user_agent,
            token=token,
        )


def _enterprise_of(principal: Principal) -> int:
    if principal.enterprise_id is None:
        raise DomainError.single(
            ErrorCode.UNAUTHENTICATED,
            Message("Subscriptions need an enterprise token.", "订阅需要企业令牌。"),
        )
    return principal.enterprise_id


def _filter(subscription: Subscription) -> CalendarFilter:
    return CalendarFilter(
        kinds=tuple(subscription.kinds),
        topics=tuple(subscription.topics),
        sectors=tuple(subscription.sectors),
        regions=tuple(subscription.regions),
        departments=tuple(subscription.departments),
    )


async def subscribe(
    db: AsyncSession, principal: Principal, wanted: CalendarFilter, name: str | None = None
) -> SubscriptionView:
    """A new private feed; sectors and regions left out default to the enterprise's own.
    ``name`` is what calendar apps call it (X-WR-CALNAME)."""
    enterprise = await db.get(Enterprise, _enterprise_of(principal))
    assert enterprise is not None
    check = Collector(("input",))
    clean_name = check.line("name", name, MAX_FEED_NAME) if name is not None else None
    check.raise_if_any()
    checked = await checked_filter(db, wanted, ("input", "filter"))
    fields = {
        "kinds": list(checked.kinds),
        "topics": list(checked.topics),
        "sectors": list(checked.sectors) or enterprise.sectors,
        "regions": list(checked.regions) or enterprise.regions,
        "departments": list(checked.departments),
    }
    active = await db.scalars(
        select(Subscription.id).where(
            Subscription.enterprise_id == enterprise.id, Subscription.revoked_at.is_(None)
        )
    )
    if len(active.all()) >= MAX_SUBSCRIPTIONS:
        raise DomainError.single(
            ErrorCode.TOO_MANY,
            Message(
                f"An enterprise has at most {MAX_SUBSCRIPTIONS} active feeds.",
                f"一个企业最多有 {MAX_SUBSCRIPTIONS} 个有效订阅。",
            ),
        )
    token = new_token()
    subscription = Subscription(
        enterprise_id=enterprise.id,
        token_hash=digest(token),
        name=clean_name,
        created_at=now(),
        **fields,
    )
    db.add(subscription)
    await db.flush()
    return SubscriptionView.of(subscription, token)


async def revoke_subscription(
    db: AsyncSession, principal: Principal, subscription_id: int
) -> SubscriptionView:
    """Its feed URL stops working at once (410 Gone); the record stays for the enterprise to see."""
    subscription = await _owned_subscription(db, principal, subscription_id)
    if subscription.revoked_at is None:
        subscription.revoked_at = now()
    return SubscriptionView.of(subscription)


async def rotate_feed_token(
    db: AsyncSession, principal: Principal, subscription_id: int
) -> SubscriptionView:
    """A new URL for the same feed (a leaked one, say); the old URL answers 410 Gone at once."""
    subscription = await _owned_subscription(db, principal, subscription_id)
    if subscription.revoked_at is not None:
        raise DomainError.single(
            ErrorCode.INVALID,
            Message("This feed was revoked; subscribe again.", "此订阅已撤销，请重新订阅。"),
            ("input", "id"),
        )
    token = replace_token(db, TokenOwner.FEED, subscription)
    return SubscriptionView.of(subscription, token)


async def _owned_subscription(
    db: AsyncSession, principal: Principal, subscription_id: int
) -> Subscription:
    subscription = await db.get(Subscription, subscription_id)
    owner = subscription.enterprise_id if subscription else None
    require_owner(
        principal, owner, owner_role=Role.ENTERPRISE, what=Message("subscription", "订阅")
    )
    assert subscription is not None
    return subscription


async def my_subscriptions(db: AsyncSession, principal: Principal) -> list[SubscriptionView]:
    enterprise_id = _enterprise_of(principal)
    rows = await db.scalars(
        select(Subscription)
        .where(Subscription.enterprise_id == enterprise_id)
        .order_by(Subscription.id)
    )
    return [SubscriptionView.of(row) for row in rows]


class FeedAccess(Enum):
    OPEN = "OPEN"
    NOT_FOUND = "NOT_FOUND"
    DISABLED = "DISABLED"  # the coordinator disabled its enterprise
    REVOKED = "REVOKED"  # revokeSubscription stopped it
    MOVED = "MOVED"  # rotateFeedToken gave it a new URL


@dataclass(frozen=True, slots=True)
class PrivateFeed:
    access: FeedAccess
    wanted: CalendarFilter = field(default_factory=CalendarFilter)
    name: str | None = None
    enterprise: int | None = None  # whose registrations the feed carries besides its filter


async def open_private_feed(
    database: Database, token: str, user_agent: str | None, client: str
) -> PrivateFeed:
    """What a private feed URL shows, noting the fetch for ``mySubscriptions``.

    Refusals of revoked and replaced URLs are logged with the client, for an operator
    who wonders where a leaked URL is still used.
    """
    async with database.reading() as db:
        found = await db.scalar(
            select(Subscription).where(Subscription.token_hash == digest(token))
        )
        replaced = None if found else await retired(db, token)
        owner = await db.get(Enterprise, found.enterprise_id) if found else None
        disabled = owner is not None and owner.disabled
    if replaced is not None and replaced.owner_role == TokenOwner.FEED:
        log.warning(
            "refused a replaced URL of feed %s (replaced %s) from %s",
            replaced.owner_id,
            replaced.retired_at.isoformat(timespec="seconds"),
            client,
        )
        return PrivateFeed(FeedAccess.MOVED)
    if found is None:
        return PrivateFeed(FeedAccess.NOT_FOUND)
    if found.revoked_at is not None:
        log.warning(
            "refused revoked feed %s of enterprise %s from %s",
            found.id,
            found.enterprise_id,
            client,
        )
        return PrivateFeed(FeedAccess.REVOKED)
    if disabled:
        return PrivateFeed(FeedAccess.DISABLED)
    if _fetch_worth_recording(found, user_agent):
        async with database.writing(bump_version=False) as db:
            await _record_fetch(db, found.id, user_agent)
    return PrivateFeed(FeedAccess.OPEN, _filter(found), found.name, found.enterprise_id)


def _fetch_worth_recording(subscription: Subscription, user_agent: str | None) -> bool:
    """Record a fetch when the client changed or a minute passed: enough to answer "does my
    calendar update?", without a write for every poll of every calendar app."""
    agent = (user_agent or "")[:_USER_AGENT_LIMIT] or None
    last = subscription.last_fetched_at
    return (
        agent != subscription.last_user_agent
        or last is None
        or now() - last >= FETCH_RECORDING_INTERVAL
    )


async def _record_fetch(db: AsyncSession, subscription_id: int, user_agent: str | None) -> None:
    subscription = await db.get(Subscription, subscription_id)
    assert subscription is not None
    subscription.last_fetched_at = now()
    subscription.last_user_agent = (user_agent or "")[:_USER_AGENT_LIMIT] or None
