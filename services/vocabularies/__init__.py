"""Shared vocabularies: GB/T 4754 sectors (built in), the county's regions and its topics.

``sections`` and ``terms`` are pure; ``store`` keeps the coordinator's entries and
rewrites stored values when an entry changes; ``checks`` makes what callers send canonical.
"""
