"""Service enums as GraphQL enums: the same classes, registered with strawberry, so values
are never copied by hand; each value gets the description the schema shows."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TypeVar

import strawberry

from services.cohosting.invitations import InvitationStatus
from services.cohosting.record import CohostingDecisionKind
from services.core.auth import Role
from services.core.errors import ErrorCode
from services.core.kinds import EventKind, Status
from services.core.live import UpdateKind
from services.notifications.kinds import DeliveryStatus, WebhookEvent, WebhookFormat

E = TypeVar("E", bound=Enum)


def graphql_enum(source: type[E], description: str, values: Mapping[E, str]) -> type[E]:
    strawberry.enum(source, description=description)
    for value in source.__strawberry_definition__.values:  # type: ignore[attr-defined]
        value.description = values[source[value.name]]
    return source


graphql_enum(
    EventKind,
    "What an event is for.",
    {
        EventKind.TRAINING: "培训 Training: teaching how to do something.",
        EventKind.PUBLICITY: "政策宣讲 Publicity: making a policy known.",
    },
)
graphql_enum(
    Status,
    "Whether a posting or session still takes place.",
    {Status.CONFIRMED: "It takes place.", Status.CANCELLED: "It was called off."},
)
graphql_enum(
    Role,
    "What kind of caller a bearer token makes.",
    {
        Role.ANONYMOUS: "No token: reads what is public.",
        Role.COORDINATOR: "The county's coordinator.",
        Role.DEPARTMENT: "A department's token.",
        Role.ENTERPRISE: "An enterprise's token.",
    },
)
graphql_enum(
    UpdateKind,
    "What changed on the calendar.",
    {
        UpdateKind.CHANGED: "A session was posted, changed or cancelled.",
        UpdateKind.MERGED: "Postings or sessions became one session.",
        UpdateKind.OVERLAP: "A change left two sessions overlapping.",
    },
)
graphql_enum(
    ErrorCode,
    "Stable machine-readable reason a request was refused.",
    {
        ErrorCode.REQUIRED: "A required field is missing or empty.",
        ErrorCode.INVALID: "A value is not acceptable.",
        ErrorCode.TOO_LONG: "A text is longer than allowed.",
        ErrorCode.TOO_MANY: "A list has more entries than allowed.",
        ErrorCode.INVALID_URL: "Not an http or https URL.",
        ErrorCode.INVALID_TIMEZONE: "Not an IANA time zone.",
        ErrorCode.END_BEFORE_START: "The end is not after the start.",
        ErrorCode.TAKEN: "The name is in use already.",
        ErrorCode.NOT_FOUND: "No such record of the caller's.",
        ErrorCode.FORBIDDEN: "The caller may not do this.",
        ErrorCode.UNAUTHENTICATED: "This needs another kind of token, or a token at all.",
        ErrorCode.STALE_SEQUENCE: "The record changed since the caller read it.",
        ErrorCode.CANCELLED: "The event is cancelled; restore it first.",
        ErrorCode.FORBIDDEN_ADDRESS: "The URL leads to an address that is not public.",
        ErrorCode.INVALID_RECURRENCE: "The recurrence rule cannot be used.",
        ErrorCode.BAD_USER_INPUT: "An argument of a query is out of range.",
    },
)

graphql_enum(
    InvitationStatus,
    "Where an invitation to co-host stands.",
    {
        InvitationStatus.PENDING: "Waiting for the invited department's answer.",
        InvitationStatus.ACCEPTED: "The invited department co-hosts the session.",
        InvitationStatus.DECLINED: "The invited department said no.",
        InvitationStatus.WITHDRAWN: "The inviting department took it back.",
        InvitationStatus.EXPIRED: "Nobody answered before the session started.",
    },
)
graphql_enum(
    CohostingDecisionKind,
    "A department's own decision about a session.",
    {
        CohostingDecisionKind.JOINED: "It joined the session as a co-host.",
        CohostingDecisionKind.LEFT: "It took its posting out of the session; it stays out.",
    },
)
graphql_enum(
    WebhookEvent,
    "What a webhook can be told of.",
    {
        WebhookEvent.INVITATION: "A host invited your department to co-host (or withdrew it).",
        WebhookEvent.INVITATION_ANSWERED: "Your invitation was accepted or declined.",
        WebhookEvent.MERGED: "Your posting now shares a session with another department's.",
        WebhookEvent.CONFLICT: "Another department's new posting runs at the same time as yours, for the same enterprises.",
    },
)
graphql_enum(
    WebhookFormat,
    "How a webhook is sent.",
    {
        WebhookFormat.GENERIC: "JSON, signed: X-Civical-Signature is sha256= and the HMAC-SHA256 of the body with the webhook's secret.",
        WebhookFormat.WECOM: "A WeCom (企业微信) group robot's markdown message.",
        WebhookFormat.DINGTALK: "A DingTalk (钉钉) group robot's markdown message.",
    },
)
graphql_enum(
    DeliveryStatus,
    "Where a webhook delivery stands.",
    {
        DeliveryStatus.PENDING: "Not taken yet; tried again with back-off.",
        DeliveryStatus.DELIVERED: "The receiver took it.",
        DeliveryStatus.FAILED: "Given up after 12 attempts over about two hours.",
    },
)

__all__ = [
    "CohostingDecisionKind",
    "DeliveryStatus",
    "ErrorCode",
    "EventKind",
    "InvitationStatus",
    "Role",
    "Status",
    "UpdateKind",
    "WebhookEvent",
    "WebhookFormat",
]
