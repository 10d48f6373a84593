"""A fresh PostgreSQL database per Lore installation, on the throw-away server that
`scripts/with-postgres` starts (`LORE_TEST_DATABASE_URL`; scripts/python-tests runs pytest under it).
"""
import os
import subprocess
import urllib.parse
import uuid


def server_url() -> str | None:
    """The throw-away server's URL, or None when the tests do not run under scripts/with-postgres."""
    return os.environ.get("LORE_TEST_DATABASE_URL") or None


def unavailable_reason() -> str:
    return "no PostgreSQL server: run under scripts/with-postgres (scripts/python-tests does)"


def create_database(prefix: str = "lore_system") -> str:
    """Creates an empty database on the server and answers its URL, as an operator would set
    `DATABASE_URL` for a new installation."""
    base = server_url()
    if base is None:
        raise RuntimeError(unavailable_reason())
    parts = urllib.parse.urlsplit(base)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    # scripts/with-postgres puts its server's binaries first on PATH.
    subprocess.run(["createdb", "-h", parts.hostname, "-p", str(parts.port), "-U", parts.username or "lore", name],
                   check=True, capture_output=True, text=True)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, ""))
