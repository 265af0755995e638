"""The phone page: static files from ``resources/participant`` and its texts in both languages.

The page is a thin client over the JSON API. Its texts come from the message catalogue
(``phone_ui_*``), so they are complete in bokmål and English like every other message.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from functools import cache

from workshop.i18n import LANGUAGE_NAMES, LANGUAGES, normalise_language, t
from workshop.paths import resource

# Every text the page shows; sent to it as JSON, keyed without the prefix.
PAGE_KEYS = (
    "phone_ui_title",
    "phone_ui_room",
    "phone_ui_connecting",
    "phone_ui_connected",
    "phone_ui_offline",
    "phone_ui_gone",
    "phone_ui_waiting",
    "phone_ui_step",
    "phone_ui_note_label",
    "phone_ui_note_hint",
    "phone_ui_chars_left",
    "phone_ui_send",
    "phone_ui_sent",
    "phone_ui_queued",
    "phone_ui_unsent",
    "phone_ui_rejected",
    "phone_ui_votes_left",
    "phone_ui_add_dot",
    "phone_ui_remove_dot",
    "phone_ui_my_dots",
    "phone_ui_total",
    "phone_ui_no_notes",
    "phone_ui_rate_legend",
    "phone_ui_rated",
    "phone_ui_language",
    "phone_ui_write_more",
)
PREFIX = "phone_ui_"

ASSETS = {
    "app.js": ("app.js", "text/javascript; charset=utf-8"),
    "app.css": ("app.css", "text/css; charset=utf-8"),
    "icon.svg": ("../icons/verksted.svg", "image/svg+xml"),
}


@dataclass(frozen=True, slots=True)
class Asset:
    body: bytes
    content_type: str


def page_language(accept_language: str | None) -> str:
    """bokmål, nynorsk or English from a browser's Accept-Language, by its order of preference
    (``no`` is bokmål; a phone asking for none of them gets bokmål)."""
    best: tuple[float, int, str] | None = None
    for index, part in enumerate((accept_language or "").split(",")):
        pieces = part.strip().split(";")
        code = pieces[0].strip().lower()
        if not code or code == "*":
            continue
        quality = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        base = code.split("-")[0]
        if base not in ("nb", "nn", "no", "en") or quality <= 0:
            continue
        candidate = (-quality, index, normalise_language(base))
        if best is None or candidate < best:
            best = candidate
    return best[2] if best else "nb"


@cache
def strings(language: str) -> bytes:
    """The page's texts as JSON for one language."""
    return json.dumps(
        {key.removeprefix(PREFIX): t(key, language) for key in PAGE_KEYS},
        ensure_ascii=False,
    ).encode()


@cache
def asset(name: str) -> Asset | None:
    entry = ASSETS.get(name)
    if entry is None:
        return None
    path, content_type = entry
    return Asset(resource("participant", *path.split("/")).read_bytes(), content_type)


@cache
def _template() -> str:
    return resource("participant", "index.html").read_text(encoding="utf-8")


def render_index(language: str, base: str, room_code: str) -> bytes:
    """index.html with its language, paths and first texts filled in (all escaped)."""
    values = {
        "lang": language,
        "base": base,
        "title": t("phone_ui_title", language),
        "room": t("phone_ui_room", language, code=room_code),
        "connecting": t("phone_ui_connecting", language),
        "waiting": t("phone_ui_waiting", language),
        "languages": t("phone_ui_language", language),
        "label": t("phone_ui_note_label", language),
        "hint": t("phone_ui_note_hint", language),
        "send": t("phone_ui_send", language),
        "rate_legend": t("phone_ui_rate_legend", language),
    }
    for lang in LANGUAGES:
        values[f"name_{lang}"] = LANGUAGE_NAMES[lang]
        values[f"pressed_{lang}"] = "true" if lang == language else "false"
    text = _template()
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", html.escape(value, quote=True))
    return text.encode()
