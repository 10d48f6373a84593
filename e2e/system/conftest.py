"""System tests: the real `lore` binary over HTTP only, on SQLite and on PostgreSQL.

Each test gets fresh installations (data directory, database, port). PostgreSQL databases are
created on the throw-away server scripts/with-postgres starts; without one the PostgreSQL cases
are skipped, except under CI=true, where they fail.
"""
import os

import pytest

from lore_harness import postgres
from lore_harness.server import LoreServer


def database_url(kind: str) -> str | None:
    """None for the embedded SQLite default; a new database's URL for PostgreSQL."""
    if kind == "sqlite":
        return None
    if postgres.server_url() is None:
        if os.environ.get("CI") == "true":
            pytest.fail(postgres.unavailable_reason())
        pytest.skip(postgres.unavailable_reason())
    return postgres.create_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request) -> str:
    """Runs a test once on each database."""
    return request.param


@pytest.fixture
def available_databases() -> list[str]:
    """SQLite, and PostgreSQL when a server is there (always under CI=true)."""
    if postgres.server_url() is None and os.environ.get("CI") != "true":
        print(f"PostgreSQL left out: {postgres.unavailable_reason()}")
        return ["sqlite"]
    return ["sqlite", "postgresql"]


@pytest.fixture
def installations():
    """Makes installations on demand (`installations(kind, env={…})`) and destroys them afterwards,
    printing the server logs of a failed test."""
    made: list[LoreServer] = []

    def make(kind: str, prefix: str = "lore-system-", env: dict | None = None) -> LoreServer:
        server = LoreServer(prefix=prefix, database_url=database_url(kind), env=env)
        made.append(server)
        return server

    yield make
    for server in made:
        print(f"---- {server.data_dir} ({server.database_url or 'sqlite'}) server log ----\n{server.log()}")
        server.destroy()
