"""Shared fixtures. Qt runs offscreen; every test gets its own library and user folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep tests away from the real user data, config and library; fix the language to bokmål."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("LANGUAGE", "nb_NO")
    monkeypatch.delenv("WORKSHOP_LIBRARY", raising=False)
    monkeypatch.delenv("WORKSHOP_DEBUG", raising=False)


@pytest.fixture
def library_path(tmp_path) -> Path:
    return tmp_path / "library.sqlite"


# --- PostgreSQL: a real server, started by .ci/with-postgres -------------------------------------

from tests.postgres import (  # noqa: E402
    NO_POSTGRES,
    admin_connection,
    database_url,
    drop_database,
    empty_team_database,
)

BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    """A test module with ``LIBRARY_BACKENDS = BACKENDS`` runs its ``lib`` tests on both."""
    backends = getattr(metafunc.module, "LIBRARY_BACKENDS", None)
    if backends and "lib" in metafunc.fixturenames and "library_path" not in metafunc.fixturenames:
        metafunc.parametrize("library_backend", backends, indirect=True)


@pytest.fixture
def library_backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_admin() -> str:
    """The URL of a superuser on the throwaway server (skips without one)."""
    url = os.environ.get("VERKSTED_TEST_POSTGRES")
    if not url:
        pytest.skip(NO_POSTGRES)
    return url


@pytest.fixture
def new_database(postgres_admin):
    """``new_database()``: the URL of a new, empty database, dropped after the test."""
    import uuid

    made = []

    def make() -> str:
        name = f"verksted_test_{uuid.uuid4().hex[:12]}"
        with admin_connection(postgres_admin) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return database_url(postgres_admin, name)

    yield make
    for name in made:
        drop_database(postgres_admin, name)


@pytest.fixture(scope="session")
def _shared_team_database(postgres_admin):
    """One database for the both-backends tests of a run; emptied before each of them."""
    import uuid

    from workshop.store.db import Library

    name = f"verksted_shared_{uuid.uuid4().hex[:12]}"
    with admin_connection(postgres_admin) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = database_url(postgres_admin, name)
    Library.open(url).close()  # the schema, once
    yield url
    drop_database(postgres_admin, name)


@pytest.fixture
def lib(request, library_backend):
    from workshop.store.db import Library

    if library_backend == "postgresql":
        url = request.getfixturevalue("_shared_team_database")
        empty_team_database(url)
        library = Library.open(url)
    else:
        library = Library.open(request.getfixturevalue("library_path"))
    yield library
    library.close()


@pytest.fixture
def session_id(lib) -> str:
    """A politician workshop with the default framework."""
    from datetime import date

    from workshop.services.sessions import create_session

    return create_session(
        lib,
        "politician-workshop",
        "Politikerverksted om innovasjon",
        session_date=date(2026, 3, 4),
        place="Gran rådhus",
        facilitators=["Kari Nordmann"],
        participants={"Politikere": 20, "Administrasjon": 5},
    )


@pytest.fixture
def demo_session(lib) -> str:
    from workshop.services.demo import create_demo

    return create_demo(lib)


@pytest.fixture(scope="session")
def _chromium():
    from tests.browser import browser_skip_reason, chromium

    reason = browser_skip_reason()
    if reason:
        pytest.skip(reason)
    with chromium() as driver:
        yield driver


@pytest.fixture
def browser(_chromium):
    """The suite's one headless chromium (``tests/browser.py``), skipped with the reason where
    chromium, chromedriver or selenium is missing; each test gets it at the desktop size, in
    the light scheme, on an empty page."""
    from tests.browser import reset

    reset(_chromium)
    yield _chromium
    reset(_chromium)


@pytest.fixture
def axe(browser):
    """The browser, where axe-core is installed too; skipped with the reason where it is not."""
    from tests.browser import axe_skip_reason

    reason = axe_skip_reason()
    if reason:
        pytest.skip(reason)
    return browser


@pytest.fixture
def library_arg(lib, request) -> str:
    """What ``--library`` takes to reach ``lib``: its file, or the team library's URL."""
    return str(lib.path) if lib.path else request.getfixturevalue("_shared_team_database")
