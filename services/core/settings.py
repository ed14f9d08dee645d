"""Settings read from the environment, so one build runs anywhere."""

from __future__ import annotations

import os
from dataclasses import dataclass

from services.core.errors import Language, negotiate

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///civical.sqlite3"


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    admin_token: str | None = None
    public_url: str | None = None
    import_allowlist: str = ""
    poll_seconds: float = 0.0  # 0: no background polling (one-shot commands, tests)
    webhook_seconds: float = 0.0  # how often webhooks due are sent; 0: never (one-shot commands)
    rate_limit_per_ip: str = ""  # e.g. "1200/minute"; empty: no limit (tests, benchmarks)
    rate_limit_per_token: str = ""
    rate_limit_storage: str = ""  # a `limits` storage URI shared by processes; empty: in memory
    reveal_errors: bool = False  # True: internal errors reach clients as they are (development)
    language: Language = Language.ZH  # for callers whose Accept-Language names neither language

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            database_url=os.environ.get("CIVICAL_DATABASE_URL") or DEFAULT_DATABASE_URL,
            admin_token=os.environ.get("CIVICAL_ADMIN_TOKEN") or None,
            public_url=os.environ.get("CIVICAL_PUBLIC_URL") or None,
            import_allowlist=os.environ.get("CIVICAL_IMPORT_ALLOWLIST", ""),
            poll_seconds=float(os.environ.get("CIVICAL_IMPORT_POLL_SECONDS") or 60),
            webhook_seconds=float(os.environ.get("CIVICAL_WEBHOOK_POLL_SECONDS") or 1),
            rate_limit_per_ip=_limit("CIVICAL_RATE_LIMIT_IP", "1200/minute"),
            rate_limit_per_token=_limit("CIVICAL_RATE_LIMIT_TOKEN", "600/minute"),
            rate_limit_storage=os.environ.get("CIVICAL_RATE_LIMIT_STORAGE", ""),
            reveal_errors=os.environ.get("CIVICAL_DEBUG", "").lower() in ("1", "true", "yes"),
            language=negotiate(os.environ.get("CIVICAL_LANGUAGE"), Language.ZH),
        )


def _limit(variable: str, default: str) -> str:
    """A rate limit from the environment; ``off`` (or ``none``) turns it off."""
    value = os.environ.get(variable) or default
    return "" if value.strip().lower() in ("off", "none", "0") else value
