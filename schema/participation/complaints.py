"""Complaints: filed by enterprises, assigned by the coordinator, answered by departments."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

import strawberry
from strawberry.types import Info

from schema.context import Context
from schema.enums import ComplaintCategory, ComplaintStatus
from schema.pagination import DEFAULT_PAGE, After, First, PageInfo, check_first
from schema.participation.registrations import session_key
from schema.participation.types import (
    Complaint,
    ComplaintConnection,
    ComplaintEdge,
    decode_complaint_cursor,
    encode_complaint_cursor,
)
from schema.payloads import INPUT, Payload, transact
from services.calendar.reads import MAX_PAGE
from services.core.db import Transaction
from services.participation import complaints
from services.participation.complaints import (
    MAX_ANSWER,
    MAX_REASON,
    MAX_TEXT,
    PER_DAY,
    ComplaintView,
)


@strawberry.input(
    description="A complaint of the calling enterprise: about a session, a department, or both."
)
class FileComplaintInput:
    session_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="The session it is about (no registration needed); left out, `department` is required.",
    )
    department: str | None = strawberry.field(
        default=None,
        description="Slug of the department it is about; left out, `sessionId` is required.",
    )
    category: ComplaintCategory = strawberry.field(description="What it is about.")
    text: str = strawberry.field(
        description=f"What happened, plain text (no HTML), at most {MAX_TEXT} characters. An enterprise files at most {PER_DAY} a day."
    )
    anonymous: bool = strawberry.field(
        default=False,
        description="true: departments are never shown who filed it (the coordinator is).",
    )


@strawberry.input(description="The department that must answer.")
class AssignComplaintInput:
    complaint_id: strawberry.ID = strawberry.field(description="The complaint.")
    department: str = strawberry.field(description="The department's slug.")


@strawberry.input(description="The assigned department's answer.")
class AnswerComplaintInput:
    complaint_id: strawberry.ID = strawberry.field(description="The complaint.")
    text: str = strawberry.field(description=f"Plain text, at most {MAX_ANSWER} characters.")


@strawberry.input(description="The filer is not satisfied with the answer.")
class ReopenComplaintInput:
    complaint_id: strawberry.ID = strawberry.field(
        description="The enterprise's complaint, answered at most 30 days ago."
    )
    text: str = strawberry.field(description=f"Why, plain text, at most {MAX_TEXT} characters.")


@strawberry.input(description="An answered complaint to close.")
class CloseComplaintInput:
    complaint_id: strawberry.ID = strawberry.field(description="The complaint.")


@strawberry.input(description="A complaint to turn down before any answer.")
class RejectComplaintInput:
    complaint_id: strawberry.ID = strawberry.field(description="The complaint.")
    reason: str = strawberry.field(
        description=f"Why, for the enterprise, plain text, at most {MAX_REASON} characters."
    )


@strawberry.type(description="The complaint after the step.")
class ComplaintPayload(Payload):
    complaint: Complaint | None = strawberry.field(
        default=None, description="As the caller may see it."
    )


@strawberry.type(description="Complaints.")
class ComplaintQueries:
    @strawberry.field(
        description=f"Complaints by the day they came in: every one for the coordinator, the ones assigned to it for a department. `department` narrows to a department's (assigned, or named while unassigned); `first` is at most {MAX_PAGE}."
    )
    async def complaints(
        self,
        info: Info[Context, None],
        status: Annotated[
            ComplaintStatus | None,
            strawberry.argument(description="Only complaints in this status."),
        ] = None,
        department: Annotated[
            str | None, strawberry.argument(description="A department's slug.")
        ] = None,
        first: First = DEFAULT_PAGE,
        after: After = None,
    ) -> ComplaintConnection:
        async with info.context.database.reading() as db:
            page = await complaints.listed(
                db,
                info.context.principal,
                status=status,
                department=department,
                first=check_first(first),
                after_cursor=decode_complaint_cursor(after) if after else None,
            )
        edges = [
            ComplaintEdge(
                cursor=encode_complaint_cursor(complaints.cursor_of(view)), node=Complaint.of(view)
            )
            for view in page.complaints
        ]
        return ComplaintConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None
            ),
            total_count=page.total,
        )

    @strawberry.field(description="The calling enterprise's complaints, oldest first.")
    async def my_complaints(self, info: Info[Context, None]) -> list[Complaint]:
        async with info.context.database.reading() as db:
            found = await complaints.mine(db, info.context.principal)
        return [Complaint.of(view) for view in found]


async def _changed(
    info: Info[Context, None], change: Callable[[Transaction], Awaitable[ComplaintView]]
) -> ComplaintPayload:
    """The complaint as ``change``, run in one transaction, leaves it; or why not."""

    async def work(db: Transaction) -> ComplaintPayload:
        return ComplaintPayload(complaint=Complaint.of(await change(db)))

    return await transact(info, ComplaintPayload, work)


@strawberry.type(description="Complaints.")
class ComplaintMutations:
    @strawberry.mutation(description="File a complaint as the calling enterprise (RECEIVED).")
    async def file_complaint(
        self, info: Info[Context, None], input: Annotated[FileComplaintInput, INPUT]
    ) -> ComplaintPayload:
        return await _changed(
            info,
            lambda db: complaints.file(
                db,
                info.context.principal,
                session_id=(
                    session_key(input.session_id, ("input", "sessionId"))
                    if input.session_id is not None
                    else None
                ),
                department=input.department,
                category=input.category,
                text=input.text,
                anonymous=input.anonymous,
            ),
        )

    @strawberry.mutation(
        description="Name the department that must answer (ASSIGNED); again while none answered (coordinator only)."
    )
    async def assign_complaint(
        self, info: Info[Context, None], input: Annotated[AssignComplaintInput, INPUT]
    ) -> ComplaintPayload:
        principal = info.context.principal
        return await _changed(
            info, lambda db: complaints.assign(db, principal, input.complaint_id, input.department)
        )

    @strawberry.mutation(description="The assigned department answers (ANSWERED).")
    async def answer_complaint(
        self, info: Info[Context, None], input: Annotated[AnswerComplaintInput, INPUT]
    ) -> ComplaintPayload:
        principal = info.context.principal
        return await _changed(
            info, lambda db: complaints.answer(db, principal, input.complaint_id, input.text)
        )

    @strawberry.mutation(
        description="The filing enterprise sends an answered complaint back to the department, within 30 days of the answer (ASSIGNED)."
    )
    async def reopen_complaint(
        self, info: Info[Context, None], input: Annotated[ReopenComplaintInput, INPUT]
    ) -> ComplaintPayload:
        principal = info.context.principal
        return await _changed(
            info, lambda db: complaints.reopen(db, principal, input.complaint_id, input.text)
        )

    @strawberry.mutation(description="Close an answered complaint (CLOSED; coordinator only).")
    async def close_complaint(
        self, info: Info[Context, None], input: Annotated[CloseComplaintInput, INPUT]
    ) -> ComplaintPayload:
        principal = info.context.principal
        return await _changed(info, lambda db: complaints.close(db, principal, input.complaint_id))

    @strawberry.mutation(
        description="Turn a complaint down before any answer, saying why (REJECTED; coordinator only)."
    )
    async def reject_complaint(
        self, info: Info[Context, None], input: Annotated[RejectComplaintInput, INPUT]
    ) -> ComplaintPayload:
        principal = info.context.principal
        return await _changed(
            info, lambda db: complaints.reject(db, principal, input.complaint_id, input.reason)
        )
