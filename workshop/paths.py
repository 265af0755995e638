"""Where Verksted finds its resources and keeps its files.

Resources are plain files shipped as package data. From a wheel or a PyInstaller bundle they sit
at ``workshop/resources``; from a source checkout at ``<repo>/resources``. This module is the only
place that knows the difference.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from workshop import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "frameworks").is_dir():
            return candidate
    raise FileNotFoundError("Verksted resources not found next to the workshop package")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def fonts_dir() -> Path:
    return resource("fonts")


def frameworks_dir() -> Path:
    return resource("frameworks")


def templates_dir() -> Path:
    return resource("templates")


def translations_dir() -> Path:
    return resource("translations")


def migrations_dir() -> Path:
    return _PACKAGE_DIR / "store" / "migrations"


def real_path(path: Path | str) -> Path:
    """The file a path leads to, links followed: a library opened through a symbolic link is
    locked, backed up and purged where it really is, as when it is opened by its own name."""
    return Path(path).expanduser().resolve()


def own_data_dir() -> Path:
    """Verksted's own data folder (the default library's): Verksted keeps it private."""
    from platformdirs import user_data_path

    return real_path(user_data_path(APP_NAME, appauthor=False))


def default_library_path() -> Path:
    """``$WORKSHOP_LIBRARY`` if set, else ``library.sqlite`` in the user data dir."""
    env = os.environ.get("WORKSHOP_LIBRARY")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite"


def user_cache_dir() -> Path:
    """Where Verksted keeps what it can make again (the parsed fonts): nothing is lost with it."""
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def user_templates_dir() -> Path:
    """Where a user can drop template files of their own."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "templates"
