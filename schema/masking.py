"""Internal errors reach clients as a reference, not as a stack's last words.

Errors a resolver raises on purpose (``GraphQLError``: refusals, bad input) and
errors of the request itself (syntax, validation, limits) pass unchanged; anything
else is a fault of ours, logged with a reference the client is given instead.
Development servers (``CIVICAL_DEBUG=1``) show every error as it is.
"""

from __future__ import annotations

import logging
import uuid

from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from schema.context import Context

log = logging.getLogger("civical.errors")


def is_internal(error: GraphQLError) -> bool:
    return error.original_error is not None and not isinstance(error.original_error, GraphQLError)


class MaskInternalErrors(MaskErrors):
    def __init__(self) -> None:
        super().__init__(should_mask_error=is_internal)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        context = self.execution_context.context
        if isinstance(context, Context) and context.reveal_errors:
            return error
        reference = uuid.uuid4().hex[:12]
        # strawberry has logged the traceback just before; this ties it to the reference
        log.error("internal error %s at %s: %r", reference, error.path, error.original_error)
        return GraphQLError(
            f"Internal error (reference {reference}); it has been logged.",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={"code": "INTERNAL_SERVER_ERROR", "reference": reference},
        )
