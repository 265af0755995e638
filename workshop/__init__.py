"""Verksted – run workshops and citizen-participation sessions and write their minutes."""

APP_NAME = "Verksted"


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package when first asked for: importing the
    package metadata machinery takes longer than most commands (an export, a note) need."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("verksted")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        version = "0.1.0"
    globals()["__version__"] = version
    return version
