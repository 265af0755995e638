"""Verksted – run workshops and citizen-participation sessions and write their minutes."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("verksted")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"

APP_NAME = "Verksted"
