"""Learning a store's model from its own postings, and from its coordinator's decisions.

Expectation–maximisation over the store's candidate pairs estimates how often each
comparison level occurs among pairs that are one session (m). u is the level shares of
all candidate pairs (nearly all of them are different sessions); what a coordinator
decided (a merge keeps its postings together, a split or a dismissed candidate keeps
two apart) enters as pairs with a known answer. The model it starts from is kept as a
prior worth ``PRIOR_PAIRS`` pairs, so a small or lopsided store moves it little.
"""

from __future__ import annotations

from collections.abc import Mapping

from services.matching.compare import Comparison
from services.matching.model import Model, encode, expectation_maximisation

PRIOR_PAIRS = 2_000.0


def learn(
    comparisons: Mapping[tuple[int, int], Comparison],
    start: Model,
    *,
    decided: Mapping[tuple[int, int], bool] | None = None,
) -> Model:
    """The model that explains these candidate pairs best, starting from ``start``."""
    pairs = list(comparisons)
    if not pairs:
        return start
    row_of = {pair: row for row, pair in enumerate(pairs)}
    known = {row_of[pair]: same for pair, same in (decided or {}).items() if pair in row_of}
    matrix = encode(comparisons[pair].levels for pair in pairs)
    return expectation_maximisation(matrix, start, known=known, strength=PRIOR_PAIRS)
