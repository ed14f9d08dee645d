"""Registering from a session's page: the form's answer goes through the service GraphQL's
``register`` uses, as the enterprise whose token the form carries.

A plain HTML form, so a phone in a WeChat browser with scripts off can register; the
token is typed, never kept in a cookie, so no other site can register on a reader's behalf.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs

from services.core.auth import CoordinatorKey, principal_for
from services.core.db import Database
from services.core.errors import DomainError, ErrorCode, Message
from services.participation.registrations import RegistrationView, register

_NOT_A_NUMBER = Message("Attendees is a whole number.", "参加人数须为整数。")


@dataclass(frozen=True, slots=True)
class RegistrationForm:
    token: str
    attendees: int
    contact_name: str
    contact_phone: str

    @classmethod
    def parse(cls, body: bytes) -> RegistrationForm:
        """The form's fields from an urlencoded body; a missing field is empty, and
        ``register`` says what is wrong with each."""
        fields = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)

        def field(name: str) -> str:
            return (fields.get(name) or [""])[0].strip()

        try:
            attendees = int(field("attendees") or "0")
        except ValueError:
            raise DomainError.single(ErrorCode.INVALID, _NOT_A_NUMBER, ("attendees",)) from None
        return cls(field("token"), attendees, field("contact_name"), field("contact_phone"))


async def register_by_form(
    database: Database, coordinator: CoordinatorKey, session_key: int, form: RegistrationForm
) -> RegistrationView:
    """Seats for the form's enterprise at the session; raises what ``register`` raises, and
    ``InvalidToken`` for a token that is nobody's."""
    async with database.writing() as db:
        principal = await principal_for(db, form.token or None, coordinator)
        return await register(
            db,
            principal,
            session_key,
            attendees=form.attendees,
            contact_name=form.contact_name,
            contact_phone=form.contact_phone,
        )
