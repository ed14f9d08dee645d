"""The README's walkthrough, run as written against a real server, on an empty calendar and
after ``--demo``: a new user's first commands must work whichever way they started."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api import ADMIN_TOKEN
from tests.process import ROOT, serving

pytestmark = pytest.mark.slow

README = (ROOT / "README.md").read_text(encoding="utf-8")
_CALL = re.compile(
    r"curl -s \S+ (?:-H \"Authorization: Bearer \$(\w+)\" )?-H 'Content-Type: application/json' -d '(\{.*?\})'",
    re.S,
)


def _calls(section: str) -> list[tuple[str | None, dict[str, Any]]]:
    """Each curl of the section's first code block: whose token it sends, and its body."""
    block = README.split(section, 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [(who, json.loads(body)) for who, body in _CALL.findall(block)]


def _walk(base: str) -> None:
    tokens: dict[str, str] = {"ADMIN": ADMIN_TOKEN}
    names = iter(("TAX", None, None, "COMPANY", None))
    calls = _calls("## A session with curl") + _calls("### Subscribing as an enterprise")
    assert len(calls) == 5, "the walkthrough's five calls"
    for (who, body), keeps in zip(calls, names, strict=True):
        headers = {"Authorization": f"Bearer {tokens[who]}"} if who else {}
        answer = httpx.post(f"{base}/graphql", json=body, headers=headers, timeout=30).json()
        assert "errors" not in answer, answer
        (result,) = answer["data"].values()
        assert not result.get("userErrors"), result
        if keeps:
            tokens[keeps] = result["token"]
        if "totalCount" in result:
            assert result["totalCount"] >= 1


@pytest.mark.parametrize("demo", [False, True], ids=["empty", "demo"])
def test_the_walkthrough_works_as_written(tmp_path: Path, demo: bool) -> None:
    args = ("--demo",) if demo else ()
    with serving(tmp_path / "readme.sqlite3", *args, CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (base, _):
        _walk(base)
