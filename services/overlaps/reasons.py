"""Sentences a department head understands: who is affected, about what, how far apart.

English frame, the departments' own words (titles, topics, sectors, regions)
left as written, so "Both address 增值税 for manufacturing in 石湾镇, 2 days
apart" reads naturally to either side.
"""

from collections.abc import Iterable
from datetime import timedelta

from services.overlaps.model import SessionInfo


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


def span(length: timedelta) -> str:
    """ "45 minutes", "1.5 hours", "3 days": the unit a person would use for that length."""
    minutes = round(length.total_seconds() / 60)
    if minutes < 60:
        return _plural(minutes, "minute")
    if minutes < 24 * 60:
        hours = minutes / 60
        return _plural(int(hours), "hour") if hours.is_integer() else f"{hours:.1f} hours"
    return _plural(round(minutes / (24 * 60)), "day")


def _listing(values: Iterable[str]) -> str:
    return ", ".join(sorted(values))


def audience(sectors: frozenset[str], regions: frozenset[str]) -> str:
    """ "manufacturing in 石湾镇", "all sectors in 石湾镇", "retail", "all enterprises"."""
    if not sectors and not regions:
        return "all enterprises"
    who = _listing(sectors) if sectors else "all sectors"
    return f"{who} in {_listing(regions)}" if regions else who


def _quoted(session: SessionInfo) -> str:
    return f"“{session.title}”"


def conflict(
    a: SessionInfo, b: SessionInfo, sectors: frozenset[str], regions: frozenset[str]
) -> str:
    """Both sessions ask the same enterprises to be in two places at once."""
    together = min(a.end, b.end) - max(a.start, b.start)
    when = "same time" if a.start == b.start else f"starts {span(abs(a.start - b.start))} apart"
    return (
        f"{_quoted(a)} and {_quoted(b)} both reach {audience(sectors, regions)} "
        f"and overlap by {span(together)} ({when})."
    )


def redundant(
    a: SessionInfo,
    b: SessionInfo,
    topics: frozenset[str],
    sectors: frozenset[str],
    regions: frozenset[str],
) -> str:
    """Both sessions tell the same enterprises the same thing within the window."""
    gap = abs(a.start - b.start)
    when = "same time" if not gap else f"{span(gap)} apart"
    if topics:
        subject = f"Both address {' and '.join(sorted(topics))}"
    elif a.title == b.title:
        subject = f"Both are {_quoted(a)}"
    else:
        subject = f"{_quoted(a)} and {_quoted(b)} cover the same subject"
    return f"{subject} for {audience(sectors, regions)}, {when}."
