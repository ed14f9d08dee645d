"""Matching postings into sessions.

Pure modules read postings (``titles``, ``venue``, ``posting``), compare pairs field by
field (``compare``), weigh the comparisons with a Fellegi–Sunter model learnt from data
(``model``, ``learn``), explain the weights (``explain``) and group postings
(``cluster``). ``placement`` and ``rematch`` are the database side.
"""

from services.matching import text, titles, venue
from services.matching.anchors import Judge
from services.matching.cluster import Verdict, cluster
from services.matching.model import Model, default_model
from services.matching.posting import Posting


def clear_caches() -> None:
    """Forget every memoised reading, so a benchmark can time matching from cold."""
    for cached in (titles.title_features, venue.venue, text.code, text.romanised):
        cached.cache_clear()


__all__ = [
    "Judge",
    "Model",
    "Posting",
    "Verdict",
    "clear_caches",
    "cluster",
    "default_model",
]
