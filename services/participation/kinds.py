"""The closed lists of taking part, stored as their values."""

from enum import StrEnum


class RegistrationStatus(StrEnum):
    REGISTERED = "REGISTERED"
    CANCELLED = "CANCELLED"  # by the enterprise; registering again brings it back


class ComplaintCategory(StrEnum):
    DUPLICATE_SESSIONS = "DUPLICATE_SESSIONS"  # called to the same thing twice
    SCHEDULING = "SCHEDULING"  # clashes, short notice, inconvenient times
    CONTENT = "CONTENT"  # what was taught or announced
    CONDUCT = "CONDUCT"  # how the enterprise was treated
    OTHER = "OTHER"


class ComplaintStatus(StrEnum):
    RECEIVED = "RECEIVED"  # filed, waiting for the coordinator to assign it
    ASSIGNED = "ASSIGNED"  # a department must answer it
    ANSWERED = "ANSWERED"
    CLOSED = "CLOSED"
    REJECTED = "REJECTED"  # with a reason, by the coordinator


class ComplaintAction(StrEnum):
    FILED = "FILED"
    ASSIGNED = "ASSIGNED"
    ANSWERED = "ANSWERED"
    REOPENED = "REOPENED"
    CLOSED = "CLOSED"
    REJECTED = "REJECTED"
