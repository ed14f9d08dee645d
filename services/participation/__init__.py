"""Enterprises taking part: seats at sessions, ratings after them, complaints that get answered.

Pure parts: ``kinds`` (the closed lists), ``lifecycle`` (which step a complaint may take),
``workdays`` (answer deadlines), ``tally`` (the report's arithmetic). Database parts:
``registrations``, ``evaluations``, ``complaints``, ``figures`` (what a session shows of
them), ``merges`` (they follow a session merged into another) and ``report``.
"""
