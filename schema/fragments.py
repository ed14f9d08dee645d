"""Objects of an answer completed once per version and selection, then reused as bytes.

A calendar page of 500 sessions is 13,000 fields to execute; after a write inside its
window, only one session differs. A resolver may hand the executor a ``Deferred``
object instead of a built one: a key and the stamp of the version it must show. The
executor looks for that object's rendering under (selection, object, stamp, language)
and splices the cached JSON bytes into the answer (``orjson.Fragment``) without
building or executing anything; on a miss it builds the object (the ``Deferred``
batches those loads), completes it as graphql-core would, and keeps the bytes.

A rendering also depends on what every object shows beside its own rows (department
names, and anything a write could not place): it is kept with the version of those
parts it was made at, and is not used once they move.

Building a missed object is lean too. graphql-core spends most of a page's time on
bookkeeping per field (resolve info, awaitable checks, error paths), which fields that
are plain attributes of plain leaves and objects never need. When every field of a
selection is one (no arguments, no resolver, no abstract type, no middleware), the
executor completes it with a plan made once per selection: read the attribute,
serialise the leaf as its scalar or enum would. Anything else, or any value the plan
did not expect (a null where none may be), goes through graphql-core, which also
reports the error as it always would.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

import orjson
from graphql import (
    GraphQLField,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    Visitor,
    print_ast,
    visit,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.language import FragmentSpreadNode, Node, VariableNode
from graphql.pyutils import AwaitableOrValue, Path, Undefined
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.field import StrawberryField

from services.core.caches import ByteLRU
from services.core.errors import Language
from services.core.metrics import RENDERINGS

_HIT, _MISS = RENDERINGS.labels("HIT"), RENDERINGS.labels("MISS")


class Deferred(ABC):
    """An object of an answer that is built only when no rendering of it is cached."""

    @property
    @abstractmethod
    def identity(self) -> Hashable:
        """Which object, among all of every type (the type's name and the object's key)."""

    @property
    @abstractmethod
    def stamp(self) -> int:
        """The version of the object the answer must show."""

    @abstractmethod
    async def build(self) -> tuple[object, int]:
        """The object itself, and the stamp of the version it was read at."""


@dataclass(frozen=True, slots=True)
class Rendering:
    stamp: int
    beside: int  # the version of what objects show beside their own rows
    body: bytes


Renderings = ByteLRU[tuple[str, Hashable, Language], Rendering]  # one per process


@dataclass(frozen=True, slots=True)
class RenderingUse:
    """The renderings a request may use: those made at ``beside`` in its ``language``."""

    renderings: Renderings
    beside: int
    language: Language


class _Uses(Visitor):
    """The fragments and variables a selection uses."""

    def __init__(self) -> None:
        super().__init__()
        self.fragments: set[str] = set()
        self.variables: set[str] = set()

    def enter_fragment_spread(self, node: FragmentSpreadNode, *_args: Any) -> None:
        self.fragments.add(node.name.value)

    def enter_variable(self, node: VariableNode, *_args: Any) -> None:
        self.variables.add(node.name.value)


class _NotPlain(Exception):
    """A value a plan did not expect: graphql-core completes the object instead."""


Complete = Callable[[Any, GraphQLResolveInfo[Any]], Any]


def _not_null(inner: Complete) -> Complete:
    def complete(value: Any, info: GraphQLResolveInfo[Any]) -> Any:
        completed = None if value is None else inner(value, info)
        if completed is None:
            raise _NotPlain
        return completed

    return complete


def _nullable(inner: Complete) -> Complete:
    def complete(value: Any, info: GraphQLResolveInfo[Any]) -> Any:
        return None if value is None or value is Undefined else inner(value, info)

    return complete


def _list_of(inner: Complete) -> Complete:
    def complete(value: Any, info: GraphQLResolveInfo[Any]) -> Any:
        if isinstance(value, str | bytes | dict) or not hasattr(value, "__iter__"):
            raise _NotPlain
        return [inner(item, info) for item in value]

    return complete


def _leaf(leaf: GraphQLLeafType) -> Complete:
    serialize = leaf.serialize

    def complete(value: Any, _info: GraphQLResolveInfo[Any]) -> Any:
        serialized = serialize(value)
        if serialized is None or serialized is Undefined:
            raise _NotPlain
        return serialized

    return complete


def _as_it_is(value: Any, _info: GraphQLResolveInfo[Any]) -> Any:
    return value


def _attribute(field: GraphQLField) -> Callable[[Any], Any] | None:
    """How to read a field that is a plain attribute (strawberry's basic field, read with
    ``getattr``); None for a field with a resolver of its own."""
    definition = field.extensions.get("strawberry-definition")
    if (
        getattr(field.resolve, "_is_default", False)
        and isinstance(definition, StrawberryField)
        and definition.default_resolver is getattr
    ):
        return attrgetter(definition.python_name)
    return None


class FragmentExecution(StrawberryGraphQLCoreExecutionContext):
    """graphql-core's execution, completing ``Deferred`` objects from cached renderings."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._selections: dict[int, tuple[FieldDetailsList, str | None]] = {}
        self._plans: dict[tuple[str, int], tuple[FieldDetailsList, Complete | None]] = {}

    def complete_object_value(
        self,
        return_type: GraphQLObjectType,
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        path: Path,
        result: Any,
        position_context: Any,
    ) -> AwaitableOrValue[Any]:
        if not isinstance(result, Deferred):
            return super().complete_object_value(
                return_type, field_details_list, info, path, result, position_context
            )
        use: RenderingUse | None = getattr(self.context_value, "renderings", None)
        selection = self._selection(return_type, field_details_list)
        key = None
        if use is not None and selection is not None:
            key = (selection, result.identity, use.language)
            found = use.renderings.get(key)
            if found is not None and found.stamp == result.stamp and found.beside == use.beside:
                _HIT.inc()
                return orjson.Fragment(found.body)
        _MISS.inc()
        complete = super().complete_object_value

        async def built() -> Any:
            value, stamp = await result.build()
            errors = len(self.collected_errors.errors)
            plan = self._plan(return_type, field_details_list)
            try:
                completed = None if plan is None else plan(value, info)
            except Exception:  # anything unplanned: graphql-core completes it, errors and all
                completed = None
            if completed is None:
                completed = complete(
                    return_type, field_details_list, info, path, value, position_context
                )
            if self.is_awaitable(completed):
                completed = await completed
            if key is None or use is None or len(self.collected_errors.errors) != errors:
                return completed  # an error anywhere meanwhile: nothing is kept
            body = orjson.dumps(completed)
            use.renderings.put(key, Rendering(stamp, use.beside, body), len(body) + len(key[0]))
            return orjson.Fragment(body)

        return built()

    def _plan(
        self, object_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> Complete | None:
        """How to complete this selection of this type without graphql-core's machinery;
        None when a field of it needs that machinery."""
        key = (object_type.name, id(field_details_list))
        memo = self._plans.get(key)
        if memo is None:
            memo = self._plans[key] = (
                field_details_list,
                self._new_plan(object_type, field_details_list),
            )
        return memo[1]

    def _new_plan(
        self, object_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> Complete | None:
        if self.middleware_manager is not None and self.middleware_manager.middlewares:
            return None
        collected = self.collect_subfields(object_type, field_details_list)
        if collected.new_defer_usages:
            return None
        steps: list[tuple[str, Callable[[Any], Any], Complete]] = []
        for response_key, details in collected.grouped_field_set.items():
            name = details[0].node.name.value
            if name == "__typename":
                steps.append((response_key, lambda _source: object_type.name, _as_it_is))
                continue
            field = object_type.fields.get(name)
            if field is None or any(detail.node.arguments for detail in details):
                return None
            read = _attribute(field)
            complete = self._completion(field.type, details)
            if read is None or complete is None:
                return None
            steps.append((response_key, read, complete))
        is_type_of = object_type.is_type_of

        def plan(source: Any, info: GraphQLResolveInfo[Any]) -> dict[str, Any]:
            if is_type_of is not None and is_type_of(source, info) is not True:
                raise _NotPlain
            return {key: complete(read(source), info) for key, read, complete in steps}

        return plan

    def _completion(self, output: GraphQLOutputType, details: FieldDetailsList) -> Complete | None:
        if isinstance(output, GraphQLNonNull):
            inner = self._completion(output.of_type, details)
            return None if inner is None else _not_null(inner)
        if isinstance(output, GraphQLList):
            inner = self._completion(output.of_type, details)
            return None if inner is None else _nullable(_list_of(inner))
        if isinstance(output, GraphQLLeafType):
            return _nullable(_leaf(output))
        if isinstance(output, GraphQLObjectType):
            nested = self._plan(output, details)
            return None if nested is None else _nullable(nested)
        return None  # interfaces and unions: graphql-core resolves their types

    def _selection(
        self, return_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> str | None:
        """The selection as text, with the fragments and variable values it uses: what the
        rendering depends on besides the object. None for selections it cannot name
        (deferred parts, fragment arguments), which are never cached."""
        memo = self._selections.get(id(field_details_list))
        if memo is not None:
            return memo[1]
        text = self._selection_text(return_type, field_details_list)
        self._selections[id(field_details_list)] = (field_details_list, text)  # keeps the id taken
        return text

    def _selection_text(
        self, return_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> str | None:
        parts = [return_type.name]
        uses = _Uses()
        pending: list[Node] = []
        for details in field_details_list:
            if details.defer_usage is not None or details.fragment_variable_values is not None:
                return None
            if details.node.selection_set is None:
                return None
            pending.append(details.node.selection_set)
            parts.append(print_ast(details.node.selection_set))
        seen: set[str] = set()
        while pending:
            visit(pending.pop(), uses)
            for name in sorted(uses.fragments - seen):
                seen.add(name)
                definition = self.fragment_definitions.get(name)
                if definition is not None:
                    pending.append(definition)
                    parts.append(print_ast(definition))
        values = self.variable_values.coerced
        used = {name: values.get(name) for name in sorted(uses.variables)}
        parts.append(orjson.dumps(used, default=str).decode())
        return "\n".join(parts)
