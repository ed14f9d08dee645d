"""The closed lists a posting's fields draw from, stored as their values."""

from enum import StrEnum


class EventKind(StrEnum):
    TRAINING = "TRAINING"  # 培训: teaching how to do something
    PUBLICITY = "PUBLICITY"  # 政策宣讲: making a policy known


class Status(StrEnum):
    CONFIRMED = "CONFIRMED"
    CANCELLED = "CANCELLED"
