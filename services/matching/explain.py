"""Reasons a person can check: each comparison's level and what it weighed.

"same room +6.1", "titles 12% −1.3", "start 30 min apart +0.4": the weight is the
evidence, in bits, that the county's own data gives that level, so a coordinator
sees both what matched and how much it counted.
"""

from __future__ import annotations

from services.matching.compare import Comparison, Field
from services.matching.model import Model

_SAYINGS: dict[Field, dict[str, str]] = {
    Field.TITLE: {
        "same": "same subject",
        "foreign": "titles in different languages",
        "foreign-shared": "titles in different languages, a name in common",
        "empty": "a title with no subject",
    },
    Field.SUBJECT: {
        "shared": "a policy subject in common",
        "tagged": "one's subject among the other's topics",
        "disjoint": "other policy subjects",
        "unknown": "a subject the glossary does not know",
    },
    Field.TOPICS: {
        "shared": "shared topic",
        "related": "related topics",
        "unrelated": "unrelated topics",
        "missing": "a posting without topics",
    },
    Field.VENUE: {
        "same-code": "same online meeting",
        "same-room": "same room",
        "same-building": "same building",
        "similar-place": "similar place",
        "unclear-place": "places that cannot be compared",
        "room-only": "same room number",
        "both-online": "both online",
        "other-room": "another room of the building",
        "other-code": "another online meeting",
        "other-place": "another place",
        "online-onsite": "online and on site",
        "missing": "a posting without a place",
    },
    Field.TIME: {
        "same": "same time",
        "same-start": "same start",
        "same-end": "same end",
        "close": "times mostly overlap",
        "partial": "times partly overlap",
        "shifted": "starts hours apart",
        "apart": "times apart",
    },
    Field.KIND: {"same": "same kind", "different": "different kinds"},
    Field.SECTORS: {
        "shared": "shared sectors",
        "open": "open to all sectors",
        "disjoint": "different sectors",
    },
    Field.REGIONS: {
        "compatible": "regions that do not differ",
        "disjoint": "different regions",
    },
    Field.DEPARTMENT: {"different": "another department", "same": "same department"},
    Field.QUALIFIERS: {
        "same": "same series, class or special audience",
        "one-side": "a qualifier on one side only",
        "none": "no qualifiers",
    },
    Field.FORMAT: {
        "same": "same format",
        "overlap": "formats partly alike",
        "different": "another format",
        "unknown": "a format not said",
    },
}


def _saying(field: Field, level: str, comparison: Comparison) -> str:
    if field is Field.TITLE and level in ("high", "middle", "low", "none"):
        return f"titles {comparison.title_similarity or 0:.0%}"
    return _SAYINGS[field][level]


def reasons(model: Model, comparison: Comparison) -> tuple[str, ...]:
    """Each field's level with its weight, strongest evidence first; a contradiction or the
    physical rule leads when there is one."""
    weights = model.weights(comparison.levels)
    found = sorted(
        (
            (weight, _saying(field, comparison.levels[field], comparison))
            for field, weight in weights.items()
        ),
        key=lambda item: -abs(item[0]),
    )
    said = tuple(f"{text} {'+' if weight >= 0 else '−'}{abs(weight):.1f}" for weight, text in found)
    if comparison.contradiction is not None:
        return (comparison.contradiction, *said)
    if comparison.same_place_and_time:
        return ("one room (or meeting) at one time", *said)
    return said
