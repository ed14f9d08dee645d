"""What departments send: one ``input`` per mutation, named after it."""

from __future__ import annotations

from datetime import datetime

import strawberry

from schema.enums import EventKind
from services.core.validation import RawEvent
from services.postings.post import Recurrence


@strawberry.input(description="Who an event is for. Leave a list empty to mean everyone.")
class AudienceInput:
    sectors: list[str] = strawberry.field(
        default_factory=list,
        description="At most 50 GB/T 4754 sections, each as its code, Chinese or English name, or a synonym (see `sectors`); stored as codes.",
    )
    regions: list[str] = strawberry.field(
        default_factory=list,
        description="At most 50 towns or streets, each as its code, name or a synonym (see `regions`); before the county registers any, kept as written.",
    )


@strawberry.input(description="A new department.")
class CreateDepartmentInput:
    slug: str = strawberry.field(description="1–63 lowercase letters, digits or hyphens; unique.")
    name: str = strawberry.field(description="At most 200 characters.")


@strawberry.input(description="A repeating event: an RFC 5545 RRULE and the dates it skips.")
class RecurrenceInput:
    rrule: str = strawberry.field(
        description='e.g. "FREQ=WEEKLY;BYDAY=TU;COUNT=10"; occurrences within 12 months are posted.'
    )
    exdates: list[datetime] = strawberry.field(
        default_factory=list, description="Starts of occurrences that do not take place."
    )

    def to_service(self) -> Recurrence:
        return Recurrence(self.rrule, tuple(self.exdates))


@strawberry.input(description="An event as a department announces it.")
class PostEventInput:
    kind: EventKind = strawberry.field(description="Training or publicity.")
    title: str = strawberry.field(
        description="At most 200 characters; NFC-normalised, control and format characters (such as bidirectional overrides) removed."
    )
    start: datetime = strawberry.field(
        description="ISO 8601 with offset; without one it is read in `timezone`."
    )
    end: datetime = strawberry.field(description="After `start`; an event lasts at most 31 days.")
    external_id: str | None = strawberry.field(
        default=None,
        description="The department's own id. Posting the same externalId again updates that event.",
    )
    description: str | None = strawberry.field(
        default=None, description="At most 10,000 characters."
    )
    timezone: str = strawberry.field(default="Asia/Shanghai", description="An IANA time zone.")
    location: str | None = strawberry.field(default=None, description="At most 500 characters.")
    online_url: str | None = strawberry.field(default=None, description="http or https.")
    topics: list[str] = strawberry.field(
        default_factory=list,
        description="At most 20, each a topic's name or synonym (see `topics`); a new one is kept and listed for the coordinator to review.",
    )
    audience: AudienceInput | None = strawberry.field(
        default=None, description="Who it is for; left out, everyone."
    )
    capacity: int | None = strawberry.field(
        default=None, description="Seats offered, 1 to 1,000,000."
    )
    registration_url: str | None = strawberry.field(default=None, description="http or https.")
    recurrence: RecurrenceInput | None = strawberry.field(
        default=None,
        description="Makes the event a series: one posting per occurrence, each matched on its own.",
    )
    department: str | None = strawberry.field(
        default=None,
        description="Slug of the department posted for: required of the coordinator, optional for a department.",
    )

    def raw(self) -> RawEvent:
        audience = self.audience or AudienceInput()
        return RawEvent(
            kind=self.kind.value,
            title=self.title,
            description=self.description,
            start=self.start,
            end=self.end,
            timezone=self.timezone,
            location=self.location,
            online_url=self.online_url,
            topics=self.topics,
            sectors=audience.sectors,
            regions=audience.regions,
            capacity=self.capacity,
            registration_url=self.registration_url,
        )


@strawberry.input(
    description="Fields left out keep their value; a null clears an optional field. Each field is checked as in `PostEventInput`; a cancelled event is refused (CANCELLED) until `restoreEvent`."
)
class UpdateEventInput:
    id: strawberry.ID = strawberry.field(description="The event.")
    expected_sequence: int | None = strawberry.field(
        default=None,
        description="The `sequence` you read; the update is refused if the event has changed since.",
    )
    kind: EventKind | None = strawberry.field(default=strawberry.UNSET, description="A new kind.")
    title: str | None = strawberry.field(default=strawberry.UNSET, description="A new title.")
    description: str | None = strawberry.field(
        default=strawberry.UNSET, description="A new description."
    )
    start: datetime | None = strawberry.field(default=strawberry.UNSET, description="A new start.")
    end: datetime | None = strawberry.field(default=strawberry.UNSET, description="A new end.")
    timezone: str | None = strawberry.field(
        default=strawberry.UNSET, description="A new IANA time zone."
    )
    location: str | None = strawberry.field(default=strawberry.UNSET, description="A new place.")
    online_url: str | None = strawberry.field(
        default=strawberry.UNSET, description="A new online link."
    )
    topics: list[str] | None = strawberry.field(
        default=strawberry.UNSET, description="Replaces the topics."
    )
    audience: AudienceInput | None = strawberry.field(
        default=strawberry.UNSET, description="Replaces the audience."
    )
    capacity: int | None = strawberry.field(default=strawberry.UNSET, description="A new capacity.")
    registration_url: str | None = strawberry.field(
        default=strawberry.UNSET, description="A new registration link."
    )

    def changes(self) -> dict[str, object]:
        """The fields the client sent, under their storage names."""
        sent = {
            name: getattr(self, name)
            for name in (
                "title",
                "description",
                "start",
                "end",
                "timezone",
                "location",
                "online_url",
                "topics",
                "capacity",
                "registration_url",
            )
            if getattr(self, name) is not strawberry.UNSET
        }
        if self.kind is not strawberry.UNSET:
            sent["kind"] = self.kind.value if self.kind else None
        if self.audience is not strawberry.UNSET:
            audience = self.audience or AudienceInput()
            sent["sectors"], sent["regions"] = audience.sectors, audience.regions
        return sent


@strawberry.input(description="The event to cancel.")
class CancelEventInput:
    id: strawberry.ID = strawberry.field(description="The event.")
    expected_sequence: int | None = strawberry.field(
        default=None, description="The `sequence` you read; refused if the event changed since."
    )


@strawberry.input(description="The cancelled event to bring back.")
class RestoreEventInput:
    id: strawberry.ID = strawberry.field(description="The event.")
    expected_sequence: int | None = strawberry.field(
        default=None, description="The `sequence` you read; refused if the event changed since."
    )


@strawberry.input(description="Fields left out keep their value.")
class UpdateDepartmentInput:
    slug: str = strawberry.field(description="The department (its slug does not change).")
    name: str | None = strawberry.field(default=None, description="A new full name.")
    disabled: bool | None = strawberry.field(
        default=None,
        description="true: its token is refused from now on (its postings and sessions stay); false: it works again.",
    )
