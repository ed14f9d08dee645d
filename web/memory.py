"""Garbage collection suited to a server that runs for months.

Python's collector is tuned for scripts: a young collection every 700 new container
objects, and full collections that walk every object alive, start-up's included (the
schema, the ORM's mappers, every imported module). A calendar page builds thousands
of objects per answer, so with the defaults a read pays for several collections, and
a full one walks the whole heap. After start-up everything alive lives as long as the
process: ``gc.freeze`` moves it out of the collector's sight, and young collections
come less often. ``bench/gc_tuning.py`` measures the effect.
"""

from __future__ import annotations

import gc

THRESHOLDS = (50_000, 20, 100)  # young, middle, old: chosen by bench/gc_tuning.py


def settle_after_start_up(thresholds: tuple[int, int, int] = THRESHOLDS) -> None:
    """Collect what start-up left behind, freeze the rest, and collect less often."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*thresholds)
