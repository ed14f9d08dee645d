"""Settings read from the environment, so one build runs anywhere."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///civical.sqlite3"


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    admin_token: str | None = None
    public_url: str | None = None
    import_allowlist: str = ""
    poll_seconds: float = 0.0  # 0: no background polling (one-shot commands, tests)

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            database_url=os.environ.get("CIVICAL_DATABASE_URL") or DEFAULT_DATABASE_URL,
            admin_token=os.environ.get("CIVICAL_ADMIN_TOKEN") or None,
            public_url=os.environ.get("CIVICAL_PUBLIC_URL") or None,
            import_allowlist=os.environ.get("CIVICAL_IMPORT_ALLOWLIST", ""),
            poll_seconds=float(os.environ.get("CIVICAL_IMPORT_POLL_SECONDS") or 60),
        )
