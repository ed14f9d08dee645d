"""Matching postings into sessions: pure functions, no database.

`Posting.build` normalises a posting once; `compare` scores two postings;
`decide` places one new posting among existing sessions; `cluster`
partitions a whole set for a rematch.
"""

from services.matching import normalise, venue
from services.matching.cluster import Decision, Verdict, cluster, decide
from services.matching.posting import Posting, posting
from services.matching.score import (
    CANDIDATE_THRESHOLD,
    CANDIDATE_WINDOW,
    MERGE_THRESHOLD,
    Match,
    compare,
)


def clear_caches() -> None:
    """Forget every memoised normalisation, so a benchmark can time building from cold."""
    for cached in (
        normalise.title_features, normalise.code_point, normalise._run_points, normalise._stem,
        normalise._wording, venue.venue_features, venue._address, venue._romanise,
    ):  # fmt: skip
        cached.cache_clear()


__all__ = [
    "CANDIDATE_THRESHOLD",
    "CANDIDATE_WINDOW",
    "MERGE_THRESHOLD",
    "Decision",
    "Match",
    "Posting",
    "Verdict",
    "clear_caches",
    "cluster",
    "compare",
    "decide",
    "posting",
]
