"""How refusals reach clients: ``userErrors`` for mutations, GraphQL errors for queries.

Either way a refusal carries the path of the offending input, a sentence in the
caller's language and a stable code; the services' ``DomainError`` is the one source.
"""

from __future__ import annotations

import re

import strawberry
from graphql import GraphQLError

from schema.enums import ErrorCode
from services.core.errors import DomainError, Language, Message


@strawberry.type(description="Why a mutation was refused. A refused mutation stores nothing.")
class UserError:
    field: list[str] | None = strawberry.field(
        description='Path of the offending input field, e.g. ["input", "end"]; null when the whole request is refused.'
    )
    message: str = strawberry.field(
        description="A sentence for a person, in the language `Accept-Language` asks for (Chinese or English)."
    )
    code: ErrorCode = strawberry.field(description="A stable code for programs.")


def user_errors(error: DomainError, language: Language) -> list[UserError]:
    return [
        UserError(
            field=list(problem.field) if problem.field else None,
            message=problem.message.text(language),
            code=problem.code,
        )
        for problem in error.problems
    ]


def query_error(refusal: DomainError, language: Language, error: GraphQLError) -> GraphQLError:
    """A query's refusal as the GraphQL error in its place, code in ``extensions.code``."""
    problem = refusal.problems[0]
    field = list(problem.field) if problem.field else None
    return in_place_of(error, problem.message.text(language), problem.code.value, field)


def in_place_of(
    error: GraphQLError, message: str, code: str, field: list[str] | None = None, **more: object
) -> GraphQLError:
    """The error a client is shown instead of ``error``: where it was, what to say, its code
    (and the input at fault) in ``extensions``."""
    extensions: dict[str, object] = {"code": code, **more}
    if field:
        extensions["field"] = field
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions=extensions,
    )


_VARIABLE = re.compile(
    r"Variable '\$(\w+)' (?:of required type '[^']*' was not provided|got invalid value [^;]*|has invalid value)(?: at \.?([\w.\[\]]+))?(?:: (.*))?",
    re.S,
)
_SCALAR = re.compile(
    r"(?:Expected value of type '(\w+)!?', found [^;]*?; )?Value cannot represent an? (\w+): (\".*?\"|\S+?)\.(?: .*)?$",
    re.S,
)
_REQUIRED = re.compile(
    r"Expected value of type '(\w+)!?' to include required field '(\w+)'.*", re.S
)
_NOT_PROVIDED = re.compile(r"Variable '\$(\w+)' of required type '([^']*)' was not provided\.")
_EXPLANATIONS = {
    "DateTime": Message(
        "a date-time with an offset (ISO 8601, e.g. 2027-03-05T09:30:00+08:00)",
        "带时区偏移的日期时间（ISO 8601，例如 2027-03-05T09:30:00+08:00）",
    ),
    "Date": Message("a date (ISO 8601, e.g. 2027-03-05)", "日期（ISO 8601，例如 2027-03-05）"),
    "Int": Message("a whole number", "整数"),
    "Float": Message("a number", "数字"),
    "Boolean": Message("true or false", "true 或 false"),
    "String": Message("a text", "文本"),
    "ID": Message("an id", "编号"),
}


def request_error(text: str) -> tuple[Message, list[str] | None]:
    """A sentence in both languages for what graphql-core says of a request it refused, and
    the path of the offending input where it names one.

    Coercion messages are rewritten so that no library's exception text (``invalid literal
    for int()``) and no echo of the request (a Python dict of the input) reaches the caller;
    other messages (an unknown field, a depth limit) are about the document, for its
    developer, and keep graphql-core's words with a Chinese lead.
    """
    variable = _VARIABLE.match(text)
    path: list[str] | None = None
    detail = text
    if variable:
        path = [variable[1], *(variable[2] or "").replace("[", ".").replace("]", "").split(".")]
        path = [part for part in path if part]
        detail = variable[3] or ""
        missing = _NOT_PROVIDED.match(text)
        if missing:
            return Message(
                f"The variable ${missing[1]} ({missing[2]}) is required.",
                f"缺少必填的变量 ${missing[1]}（{missing[2]}）。",
            ), [missing[1]]
    required = _REQUIRED.match(detail)
    if required:
        field = [*(path or []), required[2]]
        shown = ".".join(field)
        return Message(f"{shown} is required.", f"{shown} 为必填项。"), field
    scalar = _SCALAR.search(detail)
    if scalar:
        kind = _EXPLANATIONS.get(scalar[2], Message(scalar[2], scalar[2]))
        where = ".".join(path) if path else None
        value = scalar[3]
        return Message(
            f"{where or 'A value'} must be {kind.en}, not {value}.",
            f"{where or '值'} 须为{kind.zh}，而不是 {value}。",
        ), path
    return Message(text, f"请求无效：{text}"), path
