"""Demand control: what one GraphQL document may ask for, checked before anything runs.

The depth and alias rules are built once, here: strawberry's validation cache is keyed
by the rule classes, and limiter extensions made per request would each bring new
classes, so no document would ever be found validated in the cache.
"""

from collections.abc import Callable

from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)

MAX_DEPTH = 10
MAX_ALIASES = 30
MAX_TOKENS = 5_000

_RULES = (
    *QueryDepthLimiter(max_depth=MAX_DEPTH).validation_rules,
    *MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules,
)

LIMITS: list[Callable[[], SchemaExtension]] = [
    lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
    lambda: AddValidationRules(list(_RULES)),
]
