"""Matching postings into sessions: pure functions, no database.

`Posting.build` normalises a posting once; `compare` scores two postings;
`decide` places one new posting among existing sessions; `cluster`
partitions a whole set for a rematch.
"""

from services.matching.cluster import Decision, Verdict, cluster, decide
from services.matching.posting import Posting, posting
from services.matching.score import (
    CANDIDATE_THRESHOLD,
    CANDIDATE_WINDOW,
    MERGE_THRESHOLD,
    Match,
    compare,
)

__all__ = [
    "CANDIDATE_THRESHOLD",
    "CANDIDATE_WINDOW",
    "MERGE_THRESHOLD",
    "Decision",
    "Match",
    "Posting",
    "Verdict",
    "cluster",
    "compare",
    "decide",
    "posting",
]
