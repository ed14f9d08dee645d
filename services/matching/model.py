"""How much each comparison level says for or against "one session": a Fellegi–Sunter model.

For every field and level, ``m`` is how often a pair that *is* one session lands
there and ``u`` how often a pair that is not; a level's weight is log2(m/u) and a
pair's score is the prior log-odds plus the weights of its levels. So "same room"
is worth what it is worth in *this* county's data, not a constant fitted to one
generator. A level where one side says nothing of the field (``compare.UNSAID``)
weighs nothing, as splink weighs a null comparison.

The parameters are estimated three ways, all here:
- from labelled pairs (``from_labels``): the counts, smoothed;
- without labels, by expectation–maximisation over a store's candidate pairs
  (``expectation_maximisation``), which is how a county's own postings teach it;
- both at once: a coordinator's decisions (merge, split, dismiss) are labelled pairs
  that stay fixed while EM estimates the rest.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from services.matching.compare import LEVELS, UNSAID, Field

FIELDS = tuple(Field)
_SMOOTHING = 0.5  # pseudo-count per level: an unseen level is rare, never impossible
_FLOOR = 1e-4
DEFAULTS = Path(__file__).with_name("defaults.json")

Levels = Mapping[Field, str]
Matrix = npt.NDArray[np.int16]


def encode(comparisons: Iterable[Levels]) -> Matrix:
    """Comparison levels as a (pairs × fields) matrix of level indices."""
    index = {field: {level: i for i, level in enumerate(LEVELS[field])} for field in FIELDS}
    rows = [[index[field][levels[field]] for field in FIELDS] for levels in comparisons]
    return np.array(rows, dtype=np.int16).reshape(len(rows), len(FIELDS))


@dataclass(frozen=True, slots=True)
class Model:
    """Prior log2-odds of a match among candidate pairs, and m and u per field and level."""

    prior: float
    m: Mapping[Field, Sequence[float]]
    u: Mapping[Field, Sequence[float]]
    # log2(m/u) per field and level, worked out once: a rematch scores every candidate pair
    _table: Mapping[Field, Mapping[str, float]] = dataclass_field(
        init=False, repr=False, compare=False
    )
    # scores by levels: a store's hundreds of thousands of pairs fall on a few thousand
    _scores: dict[tuple[tuple[Field, str], ...], float] = dataclass_field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        table = {
            f: {
                level: 0.0 if UNSAID.get(f) == level else math.log2(self.m[f][i] / self.u[f][i])
                for i, level in enumerate(LEVELS[f])
            }
            for f in FIELDS
        }
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_scores", {})

    def weight(self, field: Field, level: str) -> float:
        return self._table[field][level]

    def weights(self, levels: Levels) -> dict[Field, float]:
        return {f: self._table[f][levels[f]] for f in FIELDS}

    def score(self, levels: Levels) -> float:
        key = tuple(levels.items())
        found = self._scores.get(key)
        if found is None:
            table = self._table
            found = self._scores[key] = self.prior + math.fsum(table[f][levels[f]] for f in FIELDS)
        return found

    def scores(self, matrix: Matrix) -> npt.NDArray[np.float64]:
        """Scores of many encoded pairs at once."""
        total = np.full(len(matrix), self.prior)
        for column, field in enumerate(FIELDS):
            table = np.fromiter(map(self._table[field].__getitem__, LEVELS[field]), np.float64)
            total += table[matrix[:, column]]
        return total

    def to_json(self) -> str:
        """m and u by field and level name, so a model written by another version is told apart."""

        def named(table: Mapping[Field, Sequence[float]]) -> dict[str, dict[str, float]]:
            return {
                f.value: {level: round(x, 6) for level, x in zip(LEVELS[f], table[f], strict=True)}
                for f in FIELDS
            }

        return json.dumps(
            {"prior": round(self.prior, 4), "m": named(self.m), "u": named(self.u)}, indent=1
        )

    @classmethod
    def from_json(cls, text: str) -> Model:
        """Raises ``OutdatedModel`` for a model learnt on other comparison levels than these."""
        data = json.loads(text)

        def table(name: str) -> dict[Field, tuple[float, ...]]:
            found = {}
            for f in FIELDS:
                shares = data[name].get(f.value)
                if not isinstance(shares, dict) or tuple(shares) != LEVELS[f]:
                    raise OutdatedModel(f"{f.value}: levels {shares!r} are not {LEVELS[f]}")
                found[f] = tuple(float(shares[level]) for level in LEVELS[f])
            return found

        return cls(prior=float(data["prior"]), m=table("m"), u=table("u"))


class OutdatedModel(ValueError):
    """A stored model whose fields or levels are not this version's."""


def _distribution(
    matrix: Matrix,
    weights: npt.NDArray[np.float64],
    column: int,
    field: Field,
    prior: Sequence[float] | None = None,
    strength: float = 0.0,
) -> tuple[float, ...]:
    """Level shares of the weighted pairs, smoothed; with a prior, ``strength`` pairs' worth of
    it is added, so little data moves a known model little."""
    counts: npt.NDArray[np.float64] = np.bincount(
        matrix[:, column], weights=weights, minlength=len(LEVELS[field])
    ).astype(np.float64)
    counts += _SMOOTHING
    if prior is not None:
        counts += strength * np.asarray(prior, dtype=np.float64)
    shares = np.maximum(counts / counts.sum(), _FLOOR)
    return tuple(float(x) for x in shares / shares.sum())


def _fit(
    matrix: Matrix,
    probability: npt.NDArray[np.float64],
    u: Mapping[Field, Sequence[float]] | None = None,
    prior: Model | None = None,
    strength: float = 0.0,
) -> Model:
    """The model whose m (and u, unless given) are the level shares of pairs weighted by
    ``probability``, pulled towards ``prior`` by ``strength`` pairs' worth."""
    share = float(np.clip(probability.mean(), 1e-6, 1 - 1e-6)) if len(probability) else 0.5
    u = u or {f: _distribution(matrix, 1 - probability, c, f) for c, f in enumerate(FIELDS)}
    m = {
        f: _distribution(matrix, probability, c, f, prior.m[f] if prior else None, strength)
        for c, f in enumerate(FIELDS)
    }
    if prior is None:
        m = {f: _unseen_say_nothing(matrix[:, c], f, m[f], u[f]) for c, f in enumerate(FIELDS)}
    return Model(prior=math.log2(share / (1 - share)), m=m, u=u)


def _unseen_say_nothing(
    column: npt.NDArray[np.int16], field: Field, m: Sequence[float], u: Sequence[float]
) -> tuple[float, ...]:
    """A level no pair showed weighs nothing (m = u), rather than what smoothing alone would
    give it: the ratio of non-matches to matches, a strong and baseless sign of a match."""
    seen = np.bincount(column, minlength=len(LEVELS[field])) > 0
    unseen_u = sum(share for share, was in zip(u, seen, strict=True) if not was)
    seen_m = sum(share for share, was in zip(m, seen, strict=True) if was)
    scale = (1 - unseen_u) / seen_m if seen_m else 1.0
    return tuple(
        share * scale if was else u_share for share, u_share, was in zip(m, u, seen, strict=True)
    )


def unmatched_shares(matrix: Matrix) -> dict[Field, tuple[float, ...]]:
    """u estimated as the level shares of all candidate pairs: almost all of them are
    different sessions, so the few matches among them barely move the shares."""
    everyone = np.ones(len(matrix))
    return {f: _distribution(matrix, everyone, c, f) for c, f in enumerate(FIELDS)}


def from_labels(matrix: Matrix, labels: Sequence[bool]) -> Model:
    """m and u counted on labelled candidate pairs."""
    return _fit(matrix, np.asarray(labels, dtype=np.float64))


def expectation_maximisation(
    matrix: Matrix,
    start: Model,
    *,
    known: Mapping[int, bool] | None = None,
    iterations: int = 30,
    tolerance: float = 1e-5,
    strength: float = 0.0,
) -> Model:
    """m and the prior that best explain unlabelled candidate pairs, from ``start``.

    u is held at the level shares of all candidate pairs (nearly all are different
    sessions). ``known`` maps rows to decided answers (a coordinator's merge or split),
    held fixed. ``strength`` keeps m near ``start``'s, as that many pairs would.
    Conditional independence of the fields is assumed, as in every Fellegi–Sunter model.
    """
    model = start
    u = unmatched_shares(matrix)
    fixed_rows = np.fromiter((known or {}).keys(), dtype=np.int64)
    fixed_values = np.fromiter(((known or {}).values()), dtype=np.float64)
    previous = None
    for _ in range(iterations):
        probability = 1 / (1 + np.exp2(-model.scores(matrix)))
        probability[fixed_rows] = fixed_values
        model = _fit(matrix, probability, u, start, strength)
        if previous is not None and np.max(np.abs(probability - previous)) < tolerance:
            break
        previous = probability
    return model


def probability(score: float) -> float:
    """A log2-odds score as the probability of one session, for people to read."""
    return 1 / (1 + 2 ** min(-score, 1000.0))


def default_model() -> Model:
    """The model shipped with civical, until a county's own data refines it."""
    return Model.from_json(DEFAULTS.read_text(encoding="utf-8"))
