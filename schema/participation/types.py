"""Registrations, evaluations and complaints as GraphQL types, built once from the services' views."""

from __future__ import annotations

import base64
import binascii
from datetime import date, datetime

import strawberry
from strawberry.types import Info

from schema import ids
from schema.calendar import Session
from schema.context import Context
from schema.enterprises import Enterprise
from schema.enums import (
    ComplaintAction,
    ComplaintCategory,
    ComplaintStatus,
    RegistrationStatus,
    Role,
)
from schema.pagination import PageInfo, forged_cursor
from schema.postings.types import Department, local
from services.core.validation import DEFAULT_TIMEZONE, storable
from services.participation.complaints import ComplaintView, Cursor, StepView
from services.participation.evaluations import EvaluationView
from services.participation.registrations import RegistrationView
from services.postings.views import DepartmentView


def _department(view: DepartmentView | None) -> Department | None:
    return Department.of(view) if view is not None else None


@strawberry.type(description="An enterprise's seats at a session.")
class Registration:
    id: strawberry.ID = strawberry.field(description="Opaque; pass it to `cancelRegistration`.")
    status: RegistrationStatus = strawberry.field(description="REGISTERED or CANCELLED.")
    attendees: int = strawberry.field(description="Seats it holds (while REGISTERED).")
    contact_name: str = strawberry.field(description="Whom the hosts call.")
    contact_phone: str = strawberry.field(description="The contact's phone, as written.")
    enterprise: Enterprise = strawberry.field(description="The enterprise that registered.")
    session: Session = strawberry.field(
        description="The session; after a merge, the one it was merged into."
    )
    created_at: datetime = strawberry.field(description="When it first registered (UTC).")
    updated_at: datetime = strawberry.field(description="When it last changed (UTC).")

    @classmethod
    def of(cls, view: RegistrationView) -> Registration:
        return cls(
            id=strawberry.ID(ids.encode("Registration", view.key)),
            status=view.status,
            attendees=view.attendees,
            contact_name=view.contact_name,
            contact_phone=view.contact_phone,
            enterprise=Enterprise.of(view.enterprise),
            session=Session.of(view.session),
            created_at=view.created_at,
            updated_at=view.updated_at,
        )


@strawberry.type(description="A registration and where it stands in the list.")
class RegistrationEdge:
    cursor: str = strawberry.field(
        description="Pass as `after` for the registrations after this one."
    )
    node: Registration = strawberry.field(description="The registration.")


@strawberry.type(description="A page of a session's registrations, oldest first.")
class RegistrationConnection:
    edges: list[RegistrationEdge] = strawberry.field(description="This page.")
    page_info: PageInfo = strawberry.field(description="Whether more pages follow.")
    total_count: int = strawberry.field(
        description="Registrations in all pages, cancelled ones too."
    )

    @strawberry.field(description="The registrations of `edges`, without cursors.")
    def nodes(self) -> list[Registration]:
        return [edge.node for edge in self.edges]


@strawberry.type(
    description="One enterprise's rating of a session. Hosts read it without the enterprise's name or time."
)
class Evaluation:
    rating: int = strawberry.field(description="How good it was, 1 to 5.")
    usefulness: int = strawberry.field(description="How useful it was, 1 to 5.")
    comment: str | None = strawberry.field(description="What the enterprise wrote, plain text.")
    enterprise: Enterprise | None = strawberry.field(
        description="Who rated: shown to the coordinator and the enterprise itself, null for hosts."
    )
    evaluated_at: datetime | None = strawberry.field(
        description="When it was last rated (UTC): null for hosts, as a time could name the enterprise."
    )
    session_key: strawberry.Private[int]

    @strawberry.field(description="The session rated.")
    async def session(self, info: Info[Context, None]) -> Session | None:
        return await info.context.session_loader.load(self.session_key)

    @classmethod
    def of(cls, view: EvaluationView) -> Evaluation:
        return cls(
            rating=view.rating,
            usefulness=view.usefulness,
            comment=view.comment,
            enterprise=Enterprise.of(view.enterprise) if view.enterprise else None,
            evaluated_at=view.evaluated_at,
            session_key=view.session_key,
        )


@strawberry.type(description="An evaluation and where it stands in the list.")
class EvaluationEdge:
    cursor: str = strawberry.field(
        description="Pass as `after` for the evaluations after this one."
    )
    node: Evaluation = strawberry.field(description="The evaluation.")


@strawberry.type(description="A page of a session's evaluations.")
class EvaluationConnection:
    edges: list[EvaluationEdge] = strawberry.field(description="This page.")
    page_info: PageInfo = strawberry.field(description="Whether more pages follow.")
    total_count: int = strawberry.field(description="Evaluations in all pages.")

    @strawberry.field(description="The evaluations of `edges`, without cursors.")
    def nodes(self) -> list[Evaluation]:
        return [edge.node for edge in self.edges]


@strawberry.type(description="Who took a step.")
class ComplaintActor:
    role: Role = strawberry.field(description="The coordinator, a department or the enterprise.")
    department: Department | None = strawberry.field(description="The department, when one acted.")
    enterprise: Enterprise | None = strawberry.field(
        description="The enterprise, when it acted and the caller may know it: never for a department reading an anonymous complaint."
    )


@strawberry.type(description="One step of a complaint's life, kept with who took it and when.")
class ComplaintStep:
    action: ComplaintAction = strawberry.field(description="What was done.")
    status: ComplaintStatus = strawberry.field(description="The complaint's status after it.")
    at: datetime = strawberry.field(
        description="When, in the county's zone; for a department reading an anonymous complaint, the filer's steps show only their day (00:00)."
    )
    actor: ComplaintActor = strawberry.field(description="Who took it.")
    assigned_to: Department | None = strawberry.field(
        description="The department it was assigned to, for an ASSIGNED step."
    )
    text: str | None = strawberry.field(
        description="The answer, the reason for rejecting, or what the enterprise added when reopening."
    )

    @classmethod
    def of(cls, view: StepView) -> ComplaintStep:
        return cls(
            action=view.action,
            status=view.status,
            at=local(view.at, DEFAULT_TIMEZONE),
            actor=ComplaintActor(
                role=view.actor.role,
                department=_department(view.actor.department),
                enterprise=Enterprise.of(view.actor.enterprise) if view.actor.enterprise else None,
            ),
            assigned_to=_department(view.assigned_to),
            text=view.text,
        )


@strawberry.type(
    description="An enterprise's complaint about a session, a department or both. Departments never learn who filed an anonymous one."
)
class Complaint:
    id: strawberry.ID = strawberry.field(
        description="Opaque and random: it says nothing of when or by whom it was filed."
    )
    status: ComplaintStatus = strawberry.field(description="Where it stands.")
    category: ComplaintCategory = strawberry.field(description="What it is about.")
    text: str = strawberry.field(description="What the enterprise wrote, plain text.")
    anonymous: bool = strawberry.field(
        description="Filed anonymously: departments are never shown the filer."
    )
    session: Session | None = strawberry.field(description="The session it is about, if any.")
    department: Department | None = strawberry.field(
        description="The department it is about, if named."
    )
    assigned_department: Department | None = strawberry.field(
        description="The department that must answer it, once assigned."
    )
    enterprise: Enterprise | None = strawberry.field(
        description="The enterprise that filed it; null for a department reading an anonymous complaint."
    )
    received_at: datetime = strawberry.field(
        description="When it came in, in the county's zone; for a department reading an anonymous complaint, only the day (00:00)."
    )
    answer: str | None = strawberry.field(description="The latest answer.")
    answered_at: datetime | None = strawberry.field(description="When the latest answer came.")
    rejection_reason: str | None = strawberry.field(description="Why the coordinator rejected it.")
    answer_due_at: datetime | None = strawberry.field(
        description="While it awaits an answer: when the answer becomes late, the end of the 15th working day (Monday to Friday) after it came in or was reopened."
    )
    reopenable_until: datetime | None = strawberry.field(
        description="Once answered: until when the enterprise may reopen it (30 days after the answer)."
    )
    steps: list[ComplaintStep] = strawberry.field(description="Its every step, first to last.")

    @classmethod
    def of(cls, view: ComplaintView) -> Complaint:
        def shown(moment: datetime | None) -> datetime | None:
            return local(moment, DEFAULT_TIMEZONE) if moment else None

        return cls(
            id=strawberry.ID(view.reference),
            status=view.status,
            category=view.category,
            text=view.text,
            anonymous=view.anonymous,
            session=Session.of(view.session) if view.session else None,
            department=_department(view.department),
            assigned_department=_department(view.assigned_department),
            enterprise=Enterprise.of(view.filer) if view.filer else None,
            received_at=local(view.received_at, DEFAULT_TIMEZONE),
            answer=view.answer,
            answered_at=shown(view.answered_at),
            rejection_reason=view.rejection_reason,
            answer_due_at=shown(view.answer_due_at),
            reopenable_until=shown(view.reopenable_until),
            steps=[ComplaintStep.of(step) for step in view.steps],
        )


@strawberry.type(description="A complaint and where it stands in the list.")
class ComplaintEdge:
    cursor: str = strawberry.field(description="Pass as `after` for the complaints after this one.")
    node: Complaint = strawberry.field(description="The complaint.")


@strawberry.type(description="A page of complaints, by the day they came in.")
class ComplaintConnection:
    edges: list[ComplaintEdge] = strawberry.field(description="This page.")
    page_info: PageInfo = strawberry.field(description="Whether more pages follow.")
    total_count: int = strawberry.field(description="Complaints in all pages.")

    @strawberry.field(description="The complaints of `edges`, without cursors.")
    def nodes(self) -> list[Complaint]:
        return [edge.node for edge in self.edges]


def encode_complaint_cursor(cursor: Cursor) -> str:
    day, reference = cursor
    return base64.urlsafe_b64encode(f"{day.isoformat()}|{reference}".encode()).decode()


def decode_complaint_cursor(cursor: str) -> Cursor:
    try:
        text, _, reference = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
        day = date.fromisoformat(text)
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise forged_cursor() from error
    if not reference or not storable(reference):
        raise forged_cursor()
    return day, reference
