"""Enterprises and their private feed subscriptions.

An enterprise registers itself (or the coordinator registers it) and gets a token;
with it, it subscribes to filtered feeds. Each subscription's URL carries a token of
its own, stored only as a digest, so a feed URL can be revoked without touching the
enterprise's token or its other feeds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.auth import (
    Principal,
    Role,
    TokenOwner,
    digest,
    new_token,
    replace_token,
    require_owner,
)
from services.calendar import CalendarFilter
from services.clock import now
from services.errors import DomainError, ErrorCode
from services.models import Enterprise, Subscription
from services.validation import KINDS, MAX_AUDIENCE_VALUES, MAX_TOPICS, Collector

MAX_SUBSCRIPTIONS = 50
FETCH_RECORDING_INTERVAL = timedelta(minutes=1)
_USER_AGENT_LIMIT = 300


async def create_enterprise(
    db: AsyncSession,
    principal: Principal,
    *,
    name: str,
    sectors: Sequence[str],
    regions: Sequence[str],
) -> tuple[Enterprise, str]:
    """Anyone may register an enterprise (enterprises do not log in elsewhere); its token shows once."""
    check = Collector(("input",))
    clean_name = check.line("name", name, 200, required=True)
    clean_sectors = check.tags("sectors", sectors, MAX_AUDIENCE_VALUES)
    clean_regions = check.tags("regions", regions, MAX_AUDIENCE_VALUES)
    check.raise_if_any()
    if principal.role is Role.ENTERPRISE:
        raise DomainError.single(ErrorCode.FORBIDDEN, "An enterprise cannot register another one.")
    token = new_token()
    enterprise = Enterprise(
        name=clean_name or "",
        sectors=clean_sectors,
        regions=clean_regions,
        token_hash=digest(token),
        created_at=now(),
    )
    db.add(enterprise)
    await db.flush()
    return enterprise, token


async def rotate_token(
    db: AsyncSession, principal: Principal, enterprise_id: int | None
) -> tuple[Enterprise, str]:
    """A new token for an enterprise (its own, or any the coordinator names); the old one stops at once."""
    wanted = enterprise_id if enterprise_id is not None else principal.enterprise_id
    enterprise = await db.get(Enterprise, wanted) if wanted is not None else None
    require_owner(
        principal,
        enterprise.id if enterprise else None,
        owner_role=Role.ENTERPRISE,
        what="enterprise",
    )
    assert enterprise is not None
    return enterprise, replace_token(db, TokenOwner.ENTERPRISE, enterprise)


def _enterprise_of(principal: Principal) -> int:
    if principal.enterprise_id is None:
        raise DomainError.single(
            ErrorCode.UNAUTHENTICATED, "Subscriptions need an enterprise token."
        )
    return principal.enterprise_id


def subscription_filter(subscription: Subscription) -> CalendarFilter:
    return CalendarFilter(
        kinds=tuple(subscription.kinds),
        topics=tuple(subscription.topics),
        sectors=tuple(subscription.sectors),
        regions=tuple(subscription.regions),
        departments=tuple(subscription.departments),
    )


async def subscribe(
    db: AsyncSession, principal: Principal, wanted: CalendarFilter
) -> tuple[Subscription, str]:
    """A new private feed; sectors and regions left out default to the enterprise's own."""
    enterprise = await db.get(Enterprise, _enterprise_of(principal))
    assert enterprise is not None
    check = Collector(("input", "filter"))
    kinds = check.tags("kinds", wanted.kinds, len(KINDS))
    fields = {
        "topics": check.tags("topics", wanted.topics, MAX_TOPICS),
        "sectors": check.tags("sectors", wanted.sectors, MAX_AUDIENCE_VALUES) or enterprise.sectors,
        "regions": check.tags("regions", wanted.regions, MAX_AUDIENCE_VALUES) or enterprise.regions,
        "departments": check.tags("departments", wanted.departments, MAX_AUDIENCE_VALUES),
    }
    check.raise_if_any()
    active = await db.scalars(
        select(Subscription.id).where(
            Subscription.enterprise_id == enterprise.id, Subscription.revoked_at.is_(None)
        )
    )
    if len(active.all()) >= MAX_SUBSCRIPTIONS:
        raise DomainError.single(
            ErrorCode.TOO_MANY, f"An enterprise has at most {MAX_SUBSCRIPTIONS} active feeds."
        )
    token = new_token()
    subscription = Subscription(
        enterprise_id=enterprise.id,
        token_hash=digest(token),
        kinds=kinds,
        created_at=now(),
        **fields,
    )
    db.add(subscription)
    await db.flush()
    return subscription, token


async def revoke_subscription(
    db: AsyncSession, principal: Principal, subscription_id: int
) -> Subscription:
    """Its feed URL stops working at once (410 Gone); the record stays for the enterprise to see."""
    subscription = await _owned_subscription(db, principal, subscription_id)
    if subscription.revoked_at is None:
        subscription.revoked_at = now()
    return subscription


async def rotate_feed_token(
    db: AsyncSession, principal: Principal, subscription_id: int
) -> tuple[Subscription, str]:
    """A new URL for the same feed (a leaked one, say); the old URL answers 410 Gone at once."""
    subscription = await _owned_subscription(db, principal, subscription_id)
    if subscription.revoked_at is not None:
        raise DomainError.single(
            ErrorCode.INVALID, "This feed was revoked; subscribe again.", ("input", "id")
        )
    return subscription, replace_token(db, TokenOwner.FEED, subscription)


async def _owned_subscription(
    db: AsyncSession, principal: Principal, subscription_id: int
) -> Subscription:
    subscription = await db.get(Subscription, subscription_id)
    owner = subscription.enterprise_id if subscription else None
    require_owner(principal, owner, owner_role=Role.ENTERPRISE, what="subscription")
    assert subscription is not None
    return subscription


async def my_subscriptions(db: AsyncSession, principal: Principal) -> Sequence[Subscription]:
    enterprise_id = _enterprise_of(principal)
    rows = await db.scalars(
        select(Subscription)
        .where(Subscription.enterprise_id == enterprise_id)
        .order_by(Subscription.id)
    )
    return rows.all()


async def subscription_by_token(db: AsyncSession, token: str) -> Subscription | None:
    return await db.scalar(select(Subscription).where(Subscription.token_hash == digest(token)))


def fetch_worth_recording(subscription: Subscription, user_agent: str | None) -> bool:
    """Record a fetch when the client changed or a minute passed: enough to answer "does my
    calendar update?", without a write for every poll of every calendar app."""
    agent = (user_agent or "")[:_USER_AGENT_LIMIT] or None
    last = subscription.last_fetched_at
    return (
        agent != subscription.last_user_agent
        or last is None
        or now() - last >= FETCH_RECORDING_INTERVAL
    )


async def record_fetch(db: AsyncSession, subscription_id: int, user_agent: str | None) -> None:
    subscription = await db.get(Subscription, subscription_id)
    assert subscription is not None
    subscription.last_fetched_at = now()
    subscription.last_user_agent = (user_agent or "")[:_USER_AGENT_LIMIT] or None
