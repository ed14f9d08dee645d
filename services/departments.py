"""Departments: created by the coordinator, each with its own bearer token."""

from __future__ import annotations

from collections.abc import Sequence

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
from services.clock import now
from services.errors import DomainError, ErrorCode
from services.models import Department
from services.validation import storable, validate_department


async def create_department(
    db: AsyncSession, principal: Principal, *, slug: str, name: str
) -> tuple[Department, str]:
    """A new department and its token, which is shown this once and stored only as a digest."""
    principal.require_coordinator()
    slug, name = validate_department(slug, name)
    if await db.scalar(select(Department.id).where(Department.slug == slug)) is not None:
        raise DomainError.single(
            ErrorCode.TAKEN, f"A department {slug!r} exists already.", ("input", "slug")
        )
    token = new_token()
    department = Department(slug=slug, name=name, token_hash=digest(token), created_at=now())
    db.add(department)
    await db.flush()
    return department, token


async def by_slug(db: AsyncSession, slug: str | None) -> Department | None:
    """The department a client names, if any; text no slug can be is never looked up."""
    if not slug or not storable(slug):
        return None
    return await db.scalar(select(Department).where(Department.slug == slug))


async def list_departments(db: AsyncSession) -> Sequence[Department]:
    return (await db.scalars(select(Department).order_by(Department.slug))).all()


async def departments_by_id(db: AsyncSession, ids: Sequence[int]) -> dict[int, Department]:
    rows = await db.scalars(select(Department).where(Department.id.in_(set(ids))))
    return {department.id: department for department in rows}


async def rotate_token(
    db: AsyncSession, principal: Principal, slug: str | None
) -> tuple[Department, str]:
    """A new token for a department (its own, or any the coordinator names); the old one stops at once."""
    if principal.role is Role.DEPARTMENT and slug is None:
        department = await db.get(Department, principal.department_id)
    else:
        department = await by_slug(db, slug)
        owner = department.id if department else None
        require_owner(principal, owner, owner_role=Role.DEPARTMENT, what="department")
    assert department is not None
    return department, replace_token(db, TokenOwner.DEPARTMENT, department)
