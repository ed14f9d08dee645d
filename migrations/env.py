"""Alembic environment: migrations run on the connection civical hands over at start-up."""

from alembic import context
from sqlalchemy import Connection

from services.core.models import Base


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations(context.config.attributes["connection"])
