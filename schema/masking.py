"""Errors as clients see them: refusals in their language, our own faults as a reference.

A service's ``DomainError`` raised inside a query becomes a GraphQL error with the
refusal's sentence in the caller's language and its code. Errors of the request itself
(syntax, validation, limits) pass unchanged. Anything else is a fault of ours, logged
with a reference the client is given instead; development servers (``CIVICAL_DEBUG=1``)
show those as they are.
"""

from __future__ import annotations

import logging
import uuid

from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from schema.context import Context
from schema.errors import in_place_of, query_error, request_error
from services.core.errors import DomainError, Language, Message

log = logging.getLogger("civical.errors")


def is_internal(error: GraphQLError) -> bool:
    return error.original_error is not None and not isinstance(
        error.original_error, GraphQLError | DomainError
    )


def _is_request_error(error: GraphQLError) -> bool:
    """graphql-core's refusal of the request itself: parse, validation, variable coercion."""
    original = error.original_error
    plain = original is None or isinstance(original, GraphQLError)
    return plain and not (error.extensions or {}).get("code")


def _rewritten(error: GraphQLError) -> bool:
    return (
        is_internal(error)
        or isinstance(error.original_error, DomainError)
        or _is_request_error(error)
    )


class MaskInternalErrors(MaskErrors):
    def __init__(self) -> None:
        super().__init__(should_mask_error=_rewritten)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        context = self.execution_context.context
        language = context.language if isinstance(context, Context) else Language.EN
        if isinstance(error.original_error, DomainError):
            return query_error(error.original_error, language, error)
        if _is_request_error(error):
            said, field = request_error(error.message)
            return in_place_of(error, said.text(language), "BAD_USER_INPUT", field)
        if isinstance(context, Context) and context.reveal_errors:
            return error
        reference = uuid.uuid4().hex[:12]
        # strawberry has logged the traceback just before; this ties it to the reference
        log.error("internal error %s at %s: %r", reference, error.path, error.original_error)
        message = Message(
            f"Internal error (reference {reference}); it has been logged.",
            f"内部错误（编号 {reference}），已记录。",
        )
        return in_place_of(
            error, message.text(language), "INTERNAL_SERVER_ERROR", reference=reference
        )
