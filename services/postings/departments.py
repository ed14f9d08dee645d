"""Departments: created by the coordinator, each with its own bearer token."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
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
from services.core.models import Department
from services.core.validation import Collector, storable, validate_department
from services.postings.views import DepartmentView


async def create_department(
    db: AsyncSession, principal: Principal, *, slug: str, name: str
) -> tuple[DepartmentView, str]:
    """A new department and its token, which is shown this once and stored only as a digest."""
    principal.require_coordinator()
    slug, name = validate_department(slug, name)
    if await db.scalar(select(Department.id).where(Department.slug == slug)) is not None:
        raise DomainError.single(
            ErrorCode.TAKEN,
            Message(f"A department {slug!r} exists already.", f"部门 {slug!r} 已存在。"),
            ("input", "slug"),
        )
    token = new_token()
    department = Department(
        slug=slug, name=name, token_hash=digest(token), disabled=False, created_at=now()
    )
    db.add(department)
    await db.flush()
    return DepartmentView.of(department), token


async def by_slug(db: AsyncSession, slug: str | None) -> Department | None:
    """The department a client names, if any; text no slug can be is never looked up."""
    if not slug or not storable(slug):
        return None
    return await db.scalar(select(Department).where(Department.slug == slug))


async def named(db: AsyncSession, slug: str) -> DepartmentView | None:
    found = await by_slug(db, slug)
    return DepartmentView.of(found) if found else None


async def list_departments(db: AsyncSession) -> list[DepartmentView]:
    rows = await db.scalars(select(Department).order_by(Department.slug))
    return [DepartmentView.of(row) for row in rows]


async def department(db: AsyncSession, department_id: int) -> DepartmentView | None:
    row = await db.get(Department, department_id)
    return DepartmentView.of(row) if row else None


async def departments_by_id(db: AsyncSession, ids: Sequence[int]) -> dict[int, DepartmentView]:
    """One view per department, for a read to share among everything it shows of each."""
    rows = await db.execute(
        select(Department.id, Department.slug, Department.name, Department.disabled).where(
            Department.id.in_(set(ids))
        )
    )
    return {row.id: DepartmentView.of(row) for row in rows}


async def rotate_token(
    db: AsyncSession, principal: Principal, slug: str | None
) -> tuple[DepartmentView, str]:
    """A new token for a department (its own, or any the coordinator names); the old one stops at once."""
    if principal.role is Role.DEPARTMENT and slug is None:
        department = await db.get(Department, principal.department_id)
    else:
        department = await by_slug(db, slug)
        owner = department.id if department else None
        require_owner(
            principal, owner, owner_role=Role.DEPARTMENT, what=Message("department", "部门")
        )
    assert department is not None
    return DepartmentView.of(department), replace_token(db, TokenOwner.DEPARTMENT, department)


async def update_department(
    db: AsyncSession,
    principal: Principal,
    slug: str,
    *,
    name: str | None,
    disabled: bool | None,
) -> DepartmentView:
    """Rename a department, or disable it: its token is refused from then on, while its
    postings and sessions stay on the calendar (the coordinator's)."""
    principal.require_coordinator()
    department = await by_slug(db, slug)
    if department is None:
        raise DomainError.single(
            ErrorCode.NOT_FOUND,
            Message(f"No department {slug!r}.", f"没有部门 {slug!r}。"),
            ("input", "slug"),
        )
    if name is not None:
        check = Collector(("input",))
        clean_name = check.line("name", name, 200, required=True)
        check.raise_if_any()
        assert clean_name is not None
        department.name = clean_name
    if disabled is not None:
        department.disabled = disabled
    return DepartmentView.of(department)
