"""A real PostgreSQL server for the test session (a pytest plugin, registered in conftest.py).

The server is the installed PostgreSQL (``initdb``/``pg_ctl`` from PATH or
/usr/lib/postgresql/<version>/bin), run as the ``postgres`` user when we are root (initdb refuses
root), with its data directory and unix socket in a fresh temporary directory, listening on
127.0.0.1 and a free port with trust authentication, and stopped at the end of the session.
Without the binaries the PostgreSQL tests skip with a message, unless ``CLIO_REQUIRE_POSTGRES=1``
(set by .ci/run), in which case they fail.

Fixtures: ``postgres_server`` (session; the server's base URL) and ``postgres_url`` (a new, empty
database per test).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SEARCH_DIRS = tuple(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True))
REQUIRE_ENV = "CLIO_REQUIRE_POSTGRES"
START_TIMEOUT_S = 60


@dataclass(frozen=True, slots=True)
class PostgresServer:
    host: str
    port: int
    user: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"


def _find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for folder in SEARCH_DIRS:
        if (folder / name).is_file():
            return str(folder / name)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresUnavailable(Exception):
    """No PostgreSQL binaries (or no user to run them as) on this machine."""


def _as_server_user(command: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as ``postgres`` when we are root."""
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser") or "/usr/sbin/runuser"
    return [runuser, "-u", "postgres", "--", *command]


def _run(command: list[str], log: Path) -> None:
    done = subprocess.run(
        _as_server_user(command), capture_output=True, text=True, timeout=START_TIMEOUT_S, check=False
    )
    if done.returncode != 0:
        details = (done.stderr or done.stdout).strip()
        if log.exists():
            details += "\n" + log.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"{' '.join(command[:2])} failed: {details}")


@contextlib.contextmanager
def running_server(*, fsync: bool = False) -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server in a temporary directory, stopped and deleted on exit.

    ``fsync`` is off by default: tests need speed, not durability across power cuts.
    """
    initdb, pg_ctl = _find_binary("initdb"), _find_binary("pg_ctl")
    if not (initdb and pg_ctl):
        raise PostgresUnavailable("no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin")
    owner = None
    if os.geteuid() == 0:
        import pwd

        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable("we run as root and there is no 'postgres' user to run it as") from None
    root = Path(tempfile.mkdtemp(prefix="clio-pg-"))
    data, sockets, log = root / "data", root / "sockets", root / "server.log"
    sockets.mkdir()
    if owner is not None:
        for path in (root, sockets):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    user = "postgres"
    durability = "on" if fsync else "off"
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c fsync={durability} -c max_connections=50"
    )
    try:
        _run(
            [
                initdb,
                "-D",
                str(data),
                "-U",
                user,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            ],
            log,
        )
        _run(
            [
                pg_ctl,
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(log),
                "-w",
                "-t",
                str(START_TIMEOUT_S),
                "start",
            ],
            log,
        )
        yield PostgresServer("127.0.0.1", port, user)
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                _as_server_user([pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"]),
                capture_output=True,
                timeout=START_TIMEOUT_S,
                check=False,
            )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    with contextlib.ExitStack() as stack:
        try:
            server = stack.enter_context(running_server())
        except PostgresUnavailable as exc:
            if os.environ.get(REQUIRE_ENV) == "1":
                pytest.fail(f"PostgreSQL is required ({REQUIRE_ENV}=1) but {exc}", pytrace=False)
            pytest.skip(f"PostgreSQL tests skipped: {exc} (install postgresql-15 to run them)")
        except RuntimeError as exc:
            pytest.fail(f"cannot start PostgreSQL: {exc}", pytrace=False)
        yield server


_database_numbers = itertools.count(1)


@contextlib.contextmanager
def fresh_database(server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty database on ``server``, dropped on exit."""
    from sqlalchemy import create_engine, text

    name = f"clio_test_{os.getpid()}_{next(_database_numbers)}"
    admin = create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.url(name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new, empty database on the session's server for one test."""
    with fresh_database(postgres_server) as url:
        yield url
