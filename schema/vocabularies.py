"""Shared vocabularies: sectors (GB/T 4754 sections), the county's regions, its topics."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from schema import ids
from schema.context import Context
from schema.payloads import INPUT, Payload, key_of, transact
from services.core.db import Transaction
from services.vocabularies import store
from services.vocabularies.store import SectorView, TermChange, TermView
from services.vocabularies.terms import Facet


@strawberry.type(
    description="A section of the national industry classification (GB/T 4754-2017), the sectors audiences and filters name."
)
class Sector:
    code: str = strawberry.field(
        description="The section's letter, A to T: what postings, filters and feeds store and return."
    )
    name: str = strawberry.field(description="Its Chinese name, as the standard writes it.")
    name_en: str = strawberry.field(description="Its English name.")
    synonyms: list[str] = strawberry.field(
        description="Other words accepted for it: built in, then the coordinator's."
    )

    @classmethod
    def of(cls, view: SectorView) -> Sector:
        return cls(
            code=view.code, name=view.name, name_en=view.name_en, synonyms=list(view.synonyms)
        )


@strawberry.type(description="A town or street of the county.")
class Region:
    id: strawberry.ID = strawberry.field(description="Opaque; pass it back as it is.")
    name: str = strawberry.field(description="What postings, filters and feeds store and return.")
    code: str | None = strawberry.field(description="The county's code for it, if any.")
    synonyms: list[str] = strawberry.field(description="Other names accepted for it.")
    reviewed: bool = strawberry.field(
        description="False for a name postings used before the coordinator registered any region."
    )

    @classmethod
    def of(cls, view: TermView) -> Region:
        return cls(
            id=strawberry.ID(ids.encode("Region", view.key)),
            name=view.name,
            code=view.code,
            synonyms=list(view.synonyms),
            reviewed=view.reviewed,
        )


@strawberry.type(description="A policy topic sessions are about.")
class Topic:
    id: strawberry.ID = strawberry.field(description="Opaque; pass it back as it is.")
    name: str = strawberry.field(description="What postings, filters and feeds store and return.")
    synonyms: list[str] = strawberry.field(description="Other names accepted for it.")
    reviewed: bool = strawberry.field(
        description="False for a topic a posting introduced that the coordinator has not yet kept or merged."
    )

    @classmethod
    def of(cls, view: TermView) -> Topic:
        return cls(
            id=strawberry.ID(ids.encode("Topic", view.key)),
            name=view.name,
            synonyms=list(view.synonyms),
            reviewed=view.reviewed,
        )


Reviewed = Annotated[
    bool | None,
    strawberry.argument(
        description="true: only the coordinator's entries; false: only those awaiting review; left out: all."
    ),
]


@strawberry.input(description="Another word for a sector.")
class AddSectorSynonymInput:
    sector: str = strawberry.field(description="The sector: its code or any accepted name.")
    synonym: str = strawberry.field(
        description="The new word, e.g. `electronics` for C; values stored in it become the code."
    )


@strawberry.input(description="A town or street to register.")
class CreateRegionInput:
    name: str = strawberry.field(description="At most 100 characters; unique.")
    code: str | None = strawberry.field(default=None, description="The county's code, if any.")
    synonyms: list[str] = strawberry.field(
        default_factory=list, description="Other names accepted for it (at most 50)."
    )


@strawberry.input(description="Fields left out keep their value.")
class UpdateRegionInput:
    id: strawberry.ID = strawberry.field(description="The region.")
    name: str | None = strawberry.field(
        default=None, description="A new name; the old one stays a synonym, stored values follow."
    )
    code: str | None = strawberry.field(default=None, description="A new code.")
    synonyms: list[str] | None = strawberry.field(
        default=None, description="Replaces the synonyms."
    )


@strawberry.input(description="A topic to keep.")
class CreateTopicInput:
    name: str = strawberry.field(description="At most 100 characters; unique.")
    synonyms: list[str] = strawberry.field(
        default_factory=list, description="Other names accepted for it (at most 50)."
    )


@strawberry.input(description="Fields left out keep their value.")
class UpdateTopicInput:
    id: strawberry.ID = strawberry.field(description="The topic.")
    name: str | None = strawberry.field(
        default=None, description="A new name; the old one stays a synonym, stored values follow."
    )
    synonyms: list[str] | None = strawberry.field(
        default=None, description="Replaces the synonyms."
    )


@strawberry.input(description="Topics that are one.")
class MergeTopicsInput:
    topics: list[strawberry.ID] = strawberry.field(
        description="The topics to fold in; their names and synonyms become the target's synonyms."
    )
    into: strawberry.ID = strawberry.field(description="The topic that remains.")


@strawberry.type(description="The sector and its synonyms now.")
class AddSectorSynonymPayload(Payload):
    sector: Sector | None = strawberry.field(default=None, description="The sector.")


@strawberry.type(description="The region after the change.")
class RegionPayload(Payload):
    region: Region | None = strawberry.field(default=None, description="The region.")


@strawberry.type(description="The topic after the change.")
class TopicPayload(Payload):
    topic: Topic | None = strawberry.field(default=None, description="The topic.")


@strawberry.type
class VocabularyQueries:
    @strawberry.field(
        description="The 20 GB/T 4754 sections with the names and synonyms an input may use for each."
    )
    async def sectors(self, info: Info[Context, None]) -> list[Sector]:
        async with info.context.database.reading() as db:
            return [Sector.of(view) for view in await store.list_sectors(db)]

    @strawberry.field(
        description="The county's towns and streets, by name; with none reviewed, any region is accepted as written."
    )
    async def regions(self, info: Info[Context, None], reviewed: Reviewed = None) -> list[Region]:
        async with info.context.database.reading() as db:
            found = await store.list_terms(db, Facet.REGION, reviewed)
        return [Region.of(view) for view in found]

    @strawberry.field(description="The county's topics, by name, kept and awaiting review.")
    async def topics(self, info: Info[Context, None], reviewed: Reviewed = None) -> list[Topic]:
        async with info.context.database.reading() as db:
            found = await store.list_terms(db, Facet.TOPIC, reviewed)
        return [Topic.of(view) for view in found]


@strawberry.type
class VocabularyMutations:
    @strawberry.mutation(description="Another word inputs may use for a sector (coordinator only).")
    async def add_sector_synonym(
        self, info: Info[Context, None], input: Annotated[AddSectorSynonymInput, INPUT]
    ) -> AddSectorSynonymPayload:
        async def work(db: Transaction) -> AddSectorSynonymPayload:
            view = await store.add_sector_synonym(
                db, info.context.principal, sector=input.sector, synonym=input.synonym
            )
            return AddSectorSynonymPayload(sector=Sector.of(view))

        return await transact(info, AddSectorSynonymPayload, work)

    @strawberry.mutation(
        description="Register a town or street (coordinator only); from the first one on, regions are checked."
    )
    async def create_region(
        self, info: Info[Context, None], input: Annotated[CreateRegionInput, INPUT]
    ) -> RegionPayload:
        return await _region(info, None, TermChange(input.name, input.code, input.synonyms))

    @strawberry.mutation(
        description="Rename a region, set its code or synonyms (coordinator only)."
    )
    async def update_region(
        self, info: Info[Context, None], input: Annotated[UpdateRegionInput, INPUT]
    ) -> RegionPayload:
        return await _region(info, input.id, TermChange(input.name, input.code, input.synonyms))

    @strawberry.mutation(description="Keep a topic, with its synonyms (coordinator only).")
    async def create_topic(
        self, info: Info[Context, None], input: Annotated[CreateTopicInput, INPUT]
    ) -> TopicPayload:
        return await _topic(info, None, TermChange(input.name, None, input.synonyms))

    @strawberry.mutation(
        description="Rename a topic or set its synonyms; an unreviewed topic is kept (coordinator only)."
    )
    async def update_topic(
        self, info: Info[Context, None], input: Annotated[UpdateTopicInput, INPUT]
    ) -> TopicPayload:
        return await _topic(info, input.id, TermChange(input.name, None, input.synonyms))

    @strawberry.mutation(
        description="Fold topics into one; every posting and feed naming them names it (coordinator only)."
    )
    async def merge_topics(
        self, info: Info[Context, None], input: Annotated[MergeTopicsInput, INPUT]
    ) -> TopicPayload:
        async def work(db: Transaction) -> TopicPayload:
            sources = [key_of("Topic", topic, ("input", "topics")) for topic in input.topics]
            into = key_of("Topic", input.into, ("input", "into"))
            view = await store.merge_topics(db, info.context.principal, sources, into)
            return TopicPayload(topic=Topic.of(view))

        return await transact(info, TopicPayload, work)


async def _saved(
    db: Transaction, info: Info[Context, None], facet: Facet, id: str | None, change: TermChange
) -> TermView:
    """A new region or topic (``id`` None), or the one ``id`` names, changed."""
    principal = info.context.principal
    if id is None:
        return await store.create_term(db, principal, facet, change)
    key = key_of("Region" if facet is Facet.REGION else "Topic", id, ("input", "id"))
    return await store.update_term(db, principal, facet, key, change)


async def _region(info: Info[Context, None], id: str | None, change: TermChange) -> RegionPayload:
    async def work(db: Transaction) -> RegionPayload:
        return RegionPayload(region=Region.of(await _saved(db, info, Facet.REGION, id, change)))

    return await transact(info, RegionPayload, work)


async def _topic(info: Info[Context, None], id: str | None, change: TermChange) -> TopicPayload:
    async def work(db: Transaction) -> TopicPayload:
        return TopicPayload(topic=Topic.of(await _saved(db, info, Facet.TOPIC, id, change)))

    return await transact(info, TopicPayload, work)
