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


@pytest.fixture
def lib(library_path):
    from workshop.store.db import Library

    library = Library.open(library_path)
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
