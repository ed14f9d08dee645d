"""What the access log learns from GraphQL: the operation's name, for the request's one line."""

from __future__ import annotations

from collections.abc import Iterator

from strawberry.extensions import SchemaExtension

from schema.context import Context


class NameTheOperation(SchemaExtension):
    """Leave the operation's name (``anonymous`` for an unnamed one) where the access log reads it."""

    def on_operation(self) -> Iterator[None]:
        yield
        context = self.execution_context.context
        if isinstance(context, Context):
            context.request.state.operation = self.execution_context.operation_name or "anonymous"
