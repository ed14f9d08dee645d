"""What a store's own postings teach about how its departments write.

Three things the shipped defaults cannot know, counted as postings arrive:

- **how often each level occurs at all** among the store's candidate pairs (postings
  whose times meet). Nearly all such pairs are different sessions, so these shares are
  the store's u: "titles 20% alike" is common in a county of look-alike titles and rare
  in another, and what is common there says less;
- **how its surely-identical postings are written.** Some pairs are one session in
  every county ever seen: the same numbered or special session ("第1期", "石湾镇专场")
  under the same subject in one time slot (``twins``). Whether co-hosts write the same
  room, whether one department posts a session twice, whether co-hosts share topic
  words, kinds, audiences and formats varies by county; the twins' levels of those
  fields move the model's m towards the county's habits;
- **how many of its pairs are one session at all.** A county whose departments co-host
  often has many duplicates among postings at one hour, a month of distinct sessions
  has almost none, and the same evidence means more where duplicates are common. The
  weight of evidence of every pair compared is kept (in half-bit bins), and the prior
  is the share of one-session pairs that best explains them, by expectation–maximisation
  with m and u held.

The model in force is the shipped one with both moved towards the counts (``adapt``),
each count weighed against a prior worth a fixed number of pairs. Where twins surely
name different rooms often (three in ten, by a lower bound, so a few early twins do not
decide), a county's rooms are not reliable, and the physical rule (one room, one
session at a time) is not applied there.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from services.matching.compare import HABITS, LEVELS, Comparison, Field
from services.matching.model import FIELDS, Model

ADAPTED = (
    Field.VENUE,
    Field.DEPARTMENT,
    Field.TOPICS,
    Field.KIND,
    Field.SECTORS,
    Field.REGIONS,
    Field.FORMAT,
)
TWIN_PRIOR = 10.0  # the shipped m counts as this many twins
PAIR_PRIOR = 2000.0  # the shipped u counts as this many candidate pairs
UNRELIABLE_ROOMS = 0.3  # share of twins naming two rooms past which rooms are not evidence
_ENOUGH = 5  # twins with rooms on both sides before their rooms are judged
_SURE = 1.5  # standard errors: how sure the share of twins in two rooms must be
_ROUNDS = 30  # of expectation-maximisation for the prior
# The store's learning advances a stage each time its candidate pairs grow by a twelfth
# (eight stages to a doubling), and each posting placed groups again the neighbourhoods of
# up to two postings last grouped at an earlier stage: three arrival orders of the
# generator then agree on 1.000 of pairs (0.992 before), of `county_banner` on 1.000
# (0.982). Coarser stages, a doubling each, changed nothing; four postings grouped again
# instead of two, little more.
_STAGES_PER_DOUBLING = 8
AGAIN_PER_POSTING = 2

PRIOR_PAIRS = 200.0  # the shipped prior counts as this many pairs
_BIN = 0.5  # bits of evidence per bin
_FURTHEST = 30.0  # evidence beyond this many bits is binned here

TWINS, PAIRS, EVIDENCE = "twins", "pairs", "evidence"
Anchors = Counter[tuple[str, str, str]]  # (among, field, level) -> pairs seen


def count(comparisons: Iterable[Comparison]) -> Anchors:
    """Every field's levels among these candidate pairs, and the adapted fields' among twins."""
    combinations: Counter[tuple[tuple[Field, str], ...]] = Counter()
    found: Anchors = Counter()
    for comparison in comparisons:
        combinations[tuple(comparison.levels.items())] += 1  # far fewer than pairs
        if comparison.twins:
            found.update((TWINS, field.value, comparison.levels[field]) for field in ADAPTED)
    for levels, pairs in combinations.items():
        for field, level in levels:
            found[PAIRS, field.value, level] += pairs
    return found


def weigh(comparisons: Iterable[Comparison], model: Model) -> Anchors:
    """Each pair's weight of evidence under the model in force, binned. The prior is the
    share of one-session pairs among those the evidence decides, so the pairs of physical
    rules are left out; the rules of a department's habits (one department's sessions for
    other towns or subjects) stay in, for the evidence says the same of nearly all of them,
    and leaving them out would raise the store's share of duplicates."""
    found: Anchors = Counter()
    for comparison in comparisons:
        if comparison.contradiction is None or comparison.contradiction in HABITS:
            evidence = model.score(comparison.levels) - model.prior
            binned = round(max(-_FURTHEST, min(_FURTHEST, evidence)) / _BIN) * _BIN
            found[EVIDENCE, "", f"{binned:g}"] += 1
    return found


@dataclass(frozen=True, slots=True)
class Judge:
    """The model in force, whether rooms are evidence in this store, and how far its
    learning has come: the weights move as the store grows, so a neighbourhood grouped at
    an earlier stage is grouped again (``AGAIN_PER_POSTING``), and where postings end does
    not depend on the order they arrived in."""

    model: Model
    rooms_reliable: bool = True
    stage: int = 0


def _towards(
    shipped: tuple[float, ...] | list[float], seen: list[int], prior: float
) -> tuple[float, ...]:
    total = sum(seen)
    if not total:
        return tuple(shipped)
    return tuple(
        (n + prior * share) / (total + prior) for n, share in zip(seen, shipped, strict=True)
    )


def adapt(model: Model, anchors: Mapping[tuple[str, str, str], int]) -> Judge:
    """The model with u moved towards the store's candidate pairs, the adapted fields' m
    towards what its twins show, and the prior towards the store's share of duplicates."""

    def seen(among: str, field: Field) -> list[int]:
        return [anchors.get((among, field.value, level), 0) for level in LEVELS[field]]

    u = {
        field: _towards(list(model.u[field]), seen(PAIRS, field), PAIR_PRIOR)
        if field in ADAPTED
        else tuple(model.u[field])
        for field in FIELDS
    }
    m = {
        field: _towards(list(model.m[field]), seen(TWINS, field), TWIN_PRIOR)
        if field in ADAPTED
        else tuple(model.m[field])
        for field in FIELDS
    }
    same_room = anchors.get((TWINS, Field.VENUE.value, "same-room"), 0)
    other_room = anchors.get((TWINS, Field.VENUE.value, "other-room"), 0)
    judged = same_room + other_room
    reliable = judged < _ENOUGH or _surely_at_least(other_room, judged) < UNRELIABLE_ROOMS
    evidence = {float(level): n for (among, _, level), n in anchors.items() if among == EVIDENCE}
    stage = int(_STAGES_PER_DOUBLING * math.log2(1 + sum(seen(PAIRS, Field.KIND))))
    return Judge(Model(_prior(model.prior, evidence), m, u), reliable, stage)


def _surely_at_least(hits: int, trials: int) -> float:
    """The share of hits the counts make sure of (Wilson's lower bound, ``_SURE`` standard
    errors): four twins in two rooms of five say the rooms are unreliable, two of five
    (a parallel class co-hosts took for one) do not yet."""
    share = hits / trials
    spread = _SURE * math.sqrt(share * (1 - share) / trials + _SURE**2 / (4 * trials**2))
    return (share + _SURE**2 / (2 * trials) - spread) / (1 + _SURE**2 / trials)


def _prior(shipped: float, evidence: Mapping[float, int]) -> float:
    """The log2-odds of one session among the store's pairs that best explains their
    evidence, pulled towards the shipped prior by ``PRIOR_PAIRS`` pairs' worth."""
    if not evidence:
        return shipped
    weights = np.fromiter(evidence.keys(), dtype=np.float64)
    counts = np.fromiter(evidence.values(), dtype=np.float64)
    pulled = PRIOR_PAIRS / (1 + 2**-shipped)
    share = 1 / (1 + 2**-shipped)
    for _ in range(_ROUNDS):
        posterior = 1 / (1 + np.exp2(-(math.log2(share / (1 - share)) + weights)))
        share = float((counts @ posterior + pulled) / (counts.sum() + PRIOR_PAIRS))
        share = min(max(share, 1e-6), 1 - 1e-6)
    return math.log2(share / (1 - share))
