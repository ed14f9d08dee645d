"""Typed storage models.

Times are stored as UTC with the posting's IANA zone beside them: comparisons happen
in UTC, rendering in the zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite has no time zone support of its own)."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; attach a zone first")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]


class StringList(TypeDecorator[list[str]]):
    """A JSON list of strings, never NULL."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: list[str] | None, dialect: Dialect) -> list[str]:
        return list(value or [])

    def process_result_value(self, value: Any, dialect: Dialect) -> list[str]:
        return list(value or [])


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, list[str]: StringList}


class Department(Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    disabled: Mapped[bool] = mapped_column(
        Boolean, default=False, doc="Its token is refused; its postings and sessions stay."
    )
    created_at: Mapped[datetime]


class Session(Base):
    """One real-world occurrence on the merged calendar, derived from its postings."""

    __tablename__ = "sessions"
    __table_args__ = (
        Index("ix_sessions_start_id", "start", "id"),
        # Partial: "merged_into_id IS NULL" (every live session) must not look selective to the
        # planner, or it walks all sessions instead of the start index.
        Index(
            "ix_sessions_merged_into_id",
            "merged_into_id",
            sqlite_where=text("merged_into_id IS NOT NULL"),
            postgresql_where=text("merged_into_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    start: Mapped[datetime]
    end: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64))
    location: Mapped[str | None] = mapped_column(String(500))
    online_url: Mapped[str | None] = mapped_column(String(2000))
    registration_url: Mapped[str | None] = mapped_column(String(2000))
    topics: Mapped[list[str]]
    sectors: Mapped[list[str]]
    regions: Mapped[list[str]]
    hosts: Mapped[list[str]] = mapped_column(
        doc="Slugs of the posting departments, earliest first."
    )
    status: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    title_override: Mapped[str | None] = mapped_column(String(200), doc="A coordinator's title.")
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id"), doc="Set when merged away: the surviving session."
    )
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    stamp: Mapped[int] = mapped_column(
        BigInteger,
        default=0,
        server_default="0",
        doc="Rises with every write that changes the session or any of its postings (a bulk"
        " write that does not name its sessions retires every rendering instead).",
    )


class SessionTag(Base):
    """Topics, sectors, regions and hosts of a session, one row each, so filters use an index.

    A session whose audience names no sector (or region) is open to all; it carries
    the tag ``*`` for that facet so one indexed lookup finds it too.
    """

    __tablename__ = "session_tags"
    __table_args__ = (Index("ix_session_tags_facet_value", "facet", "value"),)

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    facet: Mapped[str] = mapped_column(String(8), primary_key=True)
    value: Mapped[str] = mapped_column(String(100), primary_key=True)


class Event(Base):
    """A posting: what one department said. Matching never rewrites it."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("department_id", "external_id", name="uq_events_department_external"),
        Index("ix_events_start", "start"),
        Index("ix_events_session_id", "session_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    external_id: Mapped[str] = mapped_column(String(200))
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"))
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    start: Mapped[datetime]
    end: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64))
    location: Mapped[str | None] = mapped_column(String(500))
    online_url: Mapped[str | None] = mapped_column(String(2000))
    topics: Mapped[list[str]]
    sectors: Mapped[list[str]]
    regions: Mapped[list[str]]
    capacity: Mapped[int | None] = mapped_column(Integer)
    registration_url: Mapped[str | None] = mapped_column(String(2000))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16))
    pinned: Mapped[bool] = mapped_column(
        Boolean, default=False, doc="A coordinator placed it: automatic matching never moves it."
    )
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("feed_sources.id"), index=True, doc="The ICS feed it was imported from."
    )
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("series.id"), index=True, doc="The recurring series it is an occurrence of."
    )
    building: Mapped[str | None] = mapped_column(
        String(100),
        index=True,
        doc="Its building as matching spells it: when the store learns that building's other "
        "name, the building's postings are matched again.",
    )
    judged: Mapped[int | None] = mapped_column(
        Integer,
        index=True,
        doc="The stage of the store's learning at which it was last grouped: postings grouped "
        "at an earlier stage are grouped again, a few with each posting placed.",
    )
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class KeepApart(Base):
    """Two postings a coordinator declared different sessions (a split or a dismissed candidate)."""

    __tablename__ = "keep_apart"

    low_event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), primary_key=True)
    high_event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), primary_key=True)
    created_at: Mapped[datetime]


class DuplicateCandidate(Base):
    """Two postings that are probably, not surely, one session: for a coordinator to decide."""

    __tablename__ = "duplicate_candidates"
    __table_args__ = (UniqueConstraint("low_event_id", "high_event_id", name="uq_candidates_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    low_event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    high_event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[str]]
    start: Mapped[datetime] = mapped_column(index=True)
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]


class Enterprise(Base):
    __tablename__ = "enterprises"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sectors: Mapped[list[str]]
    regions: Mapped[list[str]]
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    disabled: Mapped[bool] = mapped_column(
        Boolean, default=False, doc="Its token is refused and its feeds answer 403."
    )
    created_at: Mapped[datetime]


class Subscription(Base):
    """An enterprise's private feed: a filter, and the digest of the token in its URL."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str | None] = mapped_column(String(200), doc="The feed's name in calendar apps.")
    kinds: Mapped[list[str]]
    topics: Mapped[list[str]]
    sectors: Mapped[list[str]]
    regions: Mapped[list[str]]
    departments: Mapped[list[str]]
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    last_fetched_at: Mapped[datetime | None]
    last_user_agent: Mapped[str | None] = mapped_column(String(300))


class FeedSource(Base):
    """An ICS feed a department already publishes, pulled on a schedule."""

    __tablename__ = "feed_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    default_kind: Mapped[str] = mapped_column(String(16))
    default_topics: Mapped[list[str]]
    default_sectors: Mapped[list[str]]
    default_regions: Mapped[list[str]]
    status: Mapped[str] = mapped_column(String(16))
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified_header: Mapped[str | None] = mapped_column(String(100))
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_zh: Mapped[str | None] = mapped_column(Text, doc="last_error in Chinese.")
    problems: Mapped[list[dict[str, str | None]]] = mapped_column(
        JSON, doc="What the last import could not read: key (None for the file) and message."
    )
    pending_removal: Mapped[str | None] = mapped_column(
        String(64), doc="Digest of a shrunken key set awaiting a confirming fetch."
    )
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_fetched_at: Mapped[datetime | None]
    next_fetch_at: Mapped[datetime] = mapped_column(index=True)
    created_at: Mapped[datetime]


class Series(Base):
    """A recurring event posted with an RRULE, expanded into occurrence postings over a rolling horizon."""

    __tablename__ = "series"
    __table_args__ = (
        UniqueConstraint("department_id", "external_id", name="uq_series_department_external"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    external_id: Mapped[str] = mapped_column(String(200))
    rrule: Mapped[str] = mapped_column(String(500))
    exdates: Mapped[list[str]]
    template: Mapped[dict[str, object]] = mapped_column(
        JSON, doc="The posted fields of the first occurrence."
    )
    expanded_until: Mapped[datetime]
    created_at: Mapped[datetime]


class RetiredToken(Base):
    """A token replaced by rotation, kept as its digest so that a later use is logged for what it is."""

    __tablename__ = "retired_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner_role: Mapped[str] = mapped_column(String(16))
    owner_id: Mapped[int]
    retired_at: Mapped[datetime]


class Region(Base):
    """A town or street of the county, as the coordinator registered it (``reviewed``), or a
    name a posting used before any was registered, kept for the coordinator to review."""

    __tablename__ = "regions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    code: Mapped[str | None] = mapped_column(String(32), unique=True)
    synonyms: Mapped[list[str]]
    reviewed: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class Topic(Base):
    """A policy topic the coordinator keeps (``reviewed``), or one a posting introduced."""

    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    synonyms: Mapped[list[str]]
    reviewed: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class SectorSynonym(Base):
    """A coordinator's word for a GB/T 4754 section, beside the built-in ones."""

    __tablename__ = "sector_synonyms"

    synonym: Mapped[str] = mapped_column(String(100), primary_key=True)
    sector: Mapped[str] = mapped_column(String(1))
    created_at: Mapped[datetime]


class Secret(Base):
    """Server-wide secrets, such as the coordinator token's hash when none is configured."""

    __tablename__ = "secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class DataVersion(Base):
    """One row whose counter every write bumps in its own transaction.

    Answers that no time bucket describes key on it, so a write anywhere retires them in every
    process; its row lock also makes writers commit in the order of their versions.
    """

    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


class MatchModel(Base):
    """A matching model learnt from this store's own postings by ``rematch``.

    The newest row is the one in force; without any, the model shipped with civical is.
    """

    __tablename__ = "match_models"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parameters: Mapped[str] = mapped_column(
        Text, doc="The model as JSON (see services.matching.model)."
    )
    pairs: Mapped[int] = mapped_column(Integer, doc="Candidate pairs it was estimated on.")
    labelled: Mapped[int] = mapped_column(Integer, doc="Of those, pairs a coordinator decided.")
    fitted_at: Mapped[datetime]


class MatchAnchor(Base):
    """How often this store's candidate pairs, and its surely-identical postings, showed each
    level of a field (see services.matching.anchors): what the store teaches the model about
    its departments' habits."""

    __tablename__ = "match_anchors"

    among: Mapped[str] = mapped_column(String(8), primary_key=True, doc='"pairs" or "twins".')
    field: Mapped[str] = mapped_column(String(16), primary_key=True)
    level: Mapped[str] = mapped_column(String(24), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class VenueSighting(Base):
    """A day on which two spellings of a building named its one room holding one session
    (``agrees``), or two sessions at once (see services.matching.aliases): what teaches the
    store that its 科创中心 is the 高新区孵化大楼. Two whole places as written, room and all
    (spelt beginning "@"), are kept alike: what teaches it that one room is written two ways."""

    __tablename__ = "venue_sightings"

    low: Mapped[str] = mapped_column(String(100), primary_key=True)
    # found by either spelling: the primary key finds the lower, this index the higher
    high: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)
    day: Mapped[int] = mapped_column(Integer, primary_key=True, doc="Days since 2000-01-01.")
    agrees: Mapped[bool] = mapped_column(Boolean, primary_key=True)


class Invitation(Base):
    """A host of a session asking another department to co-host it instead of running a twin."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"), index=True)
    from_department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    to_department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    message: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), doc="PENDING until answered or withdrawn.")
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id"), doc="The invited department's posting, once it accepted."
    )
    created_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]


class CohostingDecision(Base):
    """A department joining a session, or leaving one, by its own decision: the coordinator's record."""

    __tablename__ = "cohosting_decisions"
    __table_args__ = (Index("ix_cohosting_decisions_start", "start", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), doc="JOINED or LEFT.")
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id"), doc="The session joined, or the one left."
    )
    invitation_id: Mapped[int | None] = mapped_column(ForeignKey("invitations.id"))
    others: Mapped[list[str]] = mapped_column(
        doc="Slugs of the session's other hosts at the time of the decision."
    )
    start: Mapped[datetime] = mapped_column(doc="The session's start at the time.")
    created_at: Mapped[datetime]


class Webhook(Base):
    """Where a recipient (a department, later an enterprise too) wants to be told of events."""

    __tablename__ = "webhooks"
    __table_args__ = (Index("ix_webhooks_recipient", "recipient_kind", "recipient_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient_kind: Mapped[str] = mapped_column(String(16))
    recipient_id: Mapped[int]
    url: Mapped[str] = mapped_column(String(2000))
    format: Mapped[str] = mapped_column(String(16))
    events: Mapped[list[str]]
    secret: Mapped[str | None] = mapped_column(
        String(100), doc="The HMAC key of GENERIC webhooks: kept, since every delivery is signed."
    )
    created_at: Mapped[datetime]


class Notification(Base):
    """The outbox: an event for a recipient, written in the transaction that made it happen."""

    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint(
            "recipient_kind", "recipient_id", "dedup_key", name="uq_notifications_once"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient_kind: Mapped[str] = mapped_column(String(16))
    recipient_id: Mapped[int]
    event: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, object]] = mapped_column(JSON)
    dedup_key: Mapped[str | None] = mapped_column(
        String(200), doc="Set for facts told once per recipient (a conflict, say)."
    )
    created_at: Mapped[datetime]


class WebhookDelivery(Base):
    """One notification on its way to one webhook, tried again with back-off until it arrives."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        Index("ix_webhook_deliveries_webhook", "webhook_id", "id"),
        Index(
            "ix_webhook_deliveries_due",
            "next_attempt_at",
            sqlite_where=text("status = 'PENDING'"),
            postgresql_where=text("status = 'PENDING'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[str] = mapped_column(
        String(36), unique=True, doc="Sent with every attempt, so receivers can drop repeats."
    )
    notification_id: Mapped[int] = mapped_column(ForeignKey("notifications.id"), index=True)
    webhook_id: Mapped[int] = mapped_column(ForeignKey("webhooks.id"))
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    leased_until: Mapped[datetime | None] = mapped_column(
        doc="A worker is sending it until then; after a crash another takes it up."
    )
    last_attempt_at: Mapped[datetime | None]
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class ReadVersion(Base):
    """When a time bucket (a UTC day) or a named part of the data last changed: the data
    version of the write that changed it. Cached answers key on the buckets they read."""

    __tablename__ = "read_versions"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    changed_at: Mapped[int] = mapped_column(BigInteger, index=True)


class Registration(Base):
    """An enterprise's seats at a session; registering again updates the same row.

    A merge moves it to the surviving session (``services.participation.merges``), so it
    always names a session that takes place or was cancelled, never one merged away.
    """

    __tablename__ = "registrations"
    __table_args__ = (
        UniqueConstraint("enterprise_id", "session_id", name="uq_registrations_enterprise_session"),
        Index("ix_registrations_session_status", "session_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"))
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"))
    attendees: Mapped[int] = mapped_column(Integer)
    contact_name: Mapped[str] = mapped_column(String(100))
    contact_phone: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(
        String(16), doc="REGISTERED, or CANCELLED by the enterprise."
    )
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Evaluation(Base):
    """One enterprise's rating of a session it registered for, after it ended; again updates it."""

    __tablename__ = "evaluations"
    __table_args__ = (
        UniqueConstraint("enterprise_id", "session_id", name="uq_evaluations_enterprise_session"),
        Index("ix_evaluations_session", "session_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"))
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"))
    rating: Mapped[int] = mapped_column(Integer)
    usefulness: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Complaint(Base):
    """An enterprise's complaint about a session, a department or both, and where it stands.

    ``reference`` is its public id: random, so that ids shown to a department say nothing
    of the order complaints came in (nor, so, of who filed an anonymous one).
    """

    __tablename__ = "complaints"
    __table_args__ = (Index("ix_complaints_received_on", "received_on", "reference"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    anonymous: Mapped[bool] = mapped_column(Boolean)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id"), index=True, doc="The department it is about."
    )
    category: Mapped[str] = mapped_column(String(24))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    assigned_department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id"), index=True, doc="The department that must answer it."
    )
    received_at: Mapped[datetime]
    received_on: Mapped[date] = mapped_column(
        Date, doc="The county's calendar day it came in: what a department is shown of when."
    )
    first_answered_at: Mapped[datetime | None] = mapped_column(doc="Counted by the report.")
    answered_at: Mapped[datetime | None] = mapped_column(doc="The latest answer.")
    answer: Mapped[str | None] = mapped_column(Text, doc="The latest answer.")
    rejection_reason: Mapped[str | None] = mapped_column(Text)


class ComplaintTransition(Base):
    """One step of a complaint's life: what was done, by whom, when, and what they wrote."""

    __tablename__ = "complaint_transitions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), doc="The complaint's status after the step.")
    actor_role: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[int | None] = mapped_column(
        doc="The department or enterprise that acted; None for the coordinator."
    )
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id"), doc="The department a complaint was assigned to."
    )
    text: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime]
