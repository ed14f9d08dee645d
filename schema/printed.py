"""The served schema in SDL, as committed in ``schema.graphql``: ``python -m schema.printed > schema.graphql``."""

from __future__ import annotations

from schema import schema


def printed() -> str:
    return schema.as_str() + "\n"


if __name__ == "__main__":
    print(printed(), end="")
