"""Overlaps between sessions: clashes and repeats an enterprise would feel as waste.

Pure functions over `SessionInfo` values, no database: `find_overlaps` for
a period, `overlaps_with` for one new session, `suggest_slots` before a
department posts, `coordination_report` per department and pair.
"""

from services.overlaps.detect import find_overlaps, overlaps_with
from services.overlaps.model import DEFAULT_WINDOW, Overlap, OverlapType, SessionInfo
from services.overlaps.report import ReportRow, coordination_report
from services.overlaps.slots import Slot, suggest_slots
from services.overlaps.titles import SIMILAR_TITLES

__all__ = [
    "DEFAULT_WINDOW",
    "SIMILAR_TITLES",
    "Overlap",
    "OverlapType",
    "ReportRow",
    "SessionInfo",
    "Slot",
    "coordination_report",
    "find_overlaps",
    "overlaps_with",
    "suggest_slots",
]
