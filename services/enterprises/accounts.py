"""Enterprises' accounts: anyone may register one, and its token is shown once."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.auth import (
    Principal,
    Role,
    TokenOwner,
    digest,
    new_token,
    replace_token,
    require_owner,
)
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Enterprise
from services.core.validation import Collector
from services.vocabularies import store as vocabularies
from services.vocabularies.checks import audience_terms
from services.vocabularies.terms import Facet

MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class EnterpriseView:
    key: int
    name: str
    sectors: tuple[str, ...]
    regions: tuple[str, ...]
    disabled: bool
    created_at: datetime

    @classmethod
    def of(cls, row: Enterprise) -> EnterpriseView:
        return cls(
            key=row.id,
            name=row.name,
            sectors=tuple(row.sectors),
            regions=tuple(row.regions),
            disabled=row.disabled,
            created_at=row.created_at,
        )


@dataclass(frozen=True, slots=True)
class EnterprisePage:
    enterprises: list[EnterpriseView]
    total: int
    has_next: bool


async def _unique_name(
    db: AsyncSession, name: str, field: tuple[str, ...], own: int | None
) -> None:
    """One enterprise per registered name (company names are unique in the register); case
    and width do not make another company."""
    wanted = unicodedata.normalize("NFKC", name).casefold()
    for key, existing in await db.execute(select(Enterprise.id, Enterprise.name)):
        if key != own and unicodedata.normalize("NFKC", existing).casefold() == wanted:
            raise DomainError.single(
                ErrorCode.TAKEN,
                Message(
                    f"An enterprise {existing!r} is registered already.",
                    f"企业 {existing!r} 已经注册。",
                ),
                field,
            )


async def create_enterprise(
    db: AsyncSession,
    principal: Principal,
    *,
    name: str,
    sectors: Sequence[str],
    regions: Sequence[str],
) -> tuple[EnterpriseView, str]:
    """Anyone may register an enterprise (enterprises do not log in elsewhere); its token shows once."""
    if principal.role is Role.ENTERPRISE:
        raise DomainError.single(
            ErrorCode.FORBIDDEN,
            Message("An enterprise cannot register another one.", "企业不能再注册其他企业。"),
        )
    vocabulary = await vocabularies.load(db)
    check = Collector(("input",))
    clean_name = check.line("name", name, MAX_NAME, required=True)
    clean_sectors = audience_terms(check, "sectors", sectors, Facet.SECTOR, vocabulary)
    clean_regions = audience_terms(check, "regions", regions, Facet.REGION, vocabulary)
    check.raise_if_any()
    assert clean_name is not None
    await _unique_name(db, clean_name, ("input", "name"), None)
    await vocabularies.remember(db, vocabulary, topics=(), regions=clean_regions)
    token = new_token()
    enterprise = Enterprise(
        name=clean_name,
        sectors=clean_sectors,
        regions=clean_regions,
        token_hash=digest(token),
        disabled=False,
        created_at=now(),
    )
    db.add(enterprise)
    await db.flush()
    return EnterpriseView.of(enterprise), token


async def rotate_token(
    db: AsyncSession, principal: Principal, enterprise_id: int | None
) -> tuple[EnterpriseView, str]:
    """A new token for an enterprise (its own, or any the coordinator names); the old one stops at once."""
    wanted = enterprise_id if enterprise_id is not None else principal.enterprise_id
    enterprise = await db.get(Enterprise, wanted) if wanted is not None else None
    require_owner(
        principal,
        enterprise.id if enterprise else None,
        owner_role=Role.ENTERPRISE,
        what=Message("enterprise", "企业"),
    )
    assert enterprise is not None
    token = replace_token(db, TokenOwner.ENTERPRISE, enterprise)
    return EnterpriseView.of(enterprise), token


async def list_enterprises(
    db: AsyncSession, principal: Principal, *, first: int, after: int | None
) -> EnterprisePage:
    """Every enterprise, oldest first, a page at a time (the coordinator's)."""
    principal.require_coordinator()
    total = (await db.execute(select(func.count()).select_from(Enterprise))).scalar_one()
    query = select(Enterprise).order_by(Enterprise.id).limit(first + 1)
    if after is not None:
        query = query.where(Enterprise.id > after)
    rows = (await db.scalars(query)).all()
    return EnterprisePage(
        [EnterpriseView.of(row) for row in rows[:first]], total, has_next=len(rows) > first
    )


async def update_enterprise(
    db: AsyncSession,
    principal: Principal,
    enterprise_id: int,
    *,
    name: str | None,
    disabled: bool | None,
) -> EnterpriseView:
    """Rename an enterprise, or disable it: its token is refused and its feeds answer 403
    until it is enabled again (the coordinator's)."""
    principal.require_coordinator()
    enterprise = await db.get(Enterprise, enterprise_id)
    if enterprise is None:
        raise DomainError.single(
            ErrorCode.NOT_FOUND, Message("No such enterprise.", "没有这个企业。"), ("input", "id")
        )
    if name is not None:
        check = Collector(("input",))
        clean_name = check.line("name", name, MAX_NAME, required=True)
        check.raise_if_any()
        assert clean_name is not None
        await _unique_name(db, clean_name, ("input", "name"), enterprise.id)
        enterprise.name = clean_name
    if disabled is not None:
        enterprise.disabled = disabled
    return EnterpriseView.of(enterprise)


async def enterprise(db: AsyncSession, enterprise_id: int) -> EnterpriseView | None:
    row = await db.get(Enterprise, enterprise_id)
    return EnterpriseView.of(row) if row else None
