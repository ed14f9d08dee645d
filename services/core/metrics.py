"""What civical counts, for ``/metrics`` in Prometheus' text format.

The series live in prometheus_client's default registry, one per process. Several
processes (``serve --workers N``) share them through ``PROMETHEUS_MULTIPROC_DIR``,
which prometheus_client reads when this module is imported.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

REQUESTS = Counter(
    "civical_http_requests", "HTTP requests answered.", ["route", "method", "status"]
)
LATENCY = Histogram(
    "civical_http_request_duration_seconds",
    "Time from a request's arrival to the end of its response.",
    ["route", "method"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
MATCHES = Counter(
    "civical_matching_decisions",
    "Postings placed by matching: MERGE joined a session, CANDIDATE and NEW started one.",
    ["verdict"],
)
FEED_RENDERS = Counter(
    "civical_feed_renders",
    "Feeds asked of the renderer: RENDERED were built, CACHED came from the feed cache,"
    " SHARED waited for a render of the same feed already running.",
    ["result"],
)
READS = Counter(
    "civical_read_cache",
    "GraphQL requests: HIT answered from cached bytes, SHARED given the answer of the same"
    " question being computed, MISS computed, UNCACHED not a query (or versions unknown).",
    ["result"],
)
RENDERINGS = Counter(
    "civical_renderings",
    "Objects of answers (calendar sessions): HIT spliced in from a cached rendering, MISS built.",
    ["result"],
)
CACHED_BYTES = Gauge(
    "civical_cached_bytes",
    "Bytes each cache keeps: answers, renderings (of calendar sessions), feeds, feed_blocks.",
    ["cache"],
    multiprocess_mode="livesum",
)
IMPORT_RUNS = Counter("civical_import_runs", "Feed source imports, by outcome.", ["status"])
RATE_LIMITED = Counter(
    "civical_rate_limited", "Requests refused with 429, by the limit they hit.", ["limit"]
)
REFUSED_TOKENS = Counter(
    "civical_refused_tokens",
    "Bearer tokens refused with 401: REVOKED were replaced by rotation, UNKNOWN never existed.",
    ["kind"],
)
