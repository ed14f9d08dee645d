"""The schema is the API's documentation and its contract.

``schema.graphql`` is committed, so a change to the API shows in review; this fails when
it differs from the schema the server serves (``python -m schema.printed > schema.graphql``
writes it again). Every type, field, argument, input field and enum value is described.
"""

from __future__ import annotations

from pathlib import Path

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    build_schema,
)

from schema import schema
from schema.printed import printed

COMMITTED = Path(__file__).resolve().parent.parent / "schema.graphql"


def test_the_committed_schema_is_the_served_one() -> None:
    assert COMMITTED.exists(), (
        "schema.graphql is missing: python -m schema.printed > schema.graphql"
    )
    assert COMMITTED.read_text(encoding="utf-8") == printed(), (
        "schema.graphql differs from the served schema: python -m schema.printed > schema.graphql"
    )


def undescribed() -> list[str]:
    served = build_schema(schema.as_str())
    missing: list[str] = []
    for name, named in served.type_map.items():
        if name.startswith("__") or name in {"String", "Int", "Float", "Boolean", "ID"}:
            continue
        if not named.description:
            missing.append(f"type {name}")
        if isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
            for field_name, field in named.fields.items():
                if not field.description:
                    missing.append(f"field {name}.{field_name}")
                missing += [
                    f"argument {name}.{field_name}({arg})"
                    for arg, argument in field.args.items()
                    if not argument.description
                ]
        elif isinstance(named, GraphQLInputObjectType):
            missing += [
                f"input field {name}.{field_name}"
                for field_name, field in named.fields.items()
                if not field.description
            ]
        elif isinstance(named, GraphQLEnumType):
            missing += [
                f"enum value {name}.{value}"
                for value, defined in named.values.items()
                if not defined.description
            ]
    return missing


def test_every_type_field_argument_and_enum_value_is_described() -> None:
    missing = undescribed()
    assert missing == [], f"{len(missing)} without a description:\n" + "\n".join(missing)


def test_the_root_types_have_their_usual_names() -> None:
    served = build_schema(schema.as_str())
    assert served.subscription_type is not None
    assert served.subscription_type.name == "Subscription"
    assert "calendarUpdates" in served.subscription_type.fields
    assert "FeedSubscription" in served.type_map
