"""The message catalogue: complete in every language, and every key the code uses exists."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import workshop
from workshop.domain.vocabulary import ACTION_STATUSES, SESSION_STATUSES
from workshop.i18n import LANGUAGES, normalise_language, system_language, t
from workshop.messages import MESSAGES

PACKAGE = Path(workshop.__file__).resolve().parent
KEY_PATTERN = re.compile(
    r"(?:cli|pdf|csv|problem|library|backup|status|action|file|note|session|ref|title|template"
    r"|principle|focus_area|step|colour|group|cluster|participants|language)_[a-z_]+"
)
# Keys built at run time: t(f"status_{status}"), t("action_" + …), t("backup_" + kind)
COMPUTED_KEYS = (
    [f"status_{s}" for s in SESSION_STATUSES]
    + [f"action_{s.replace('-', '_')}" for s in ACTION_STATUSES]
    + [f"backup_{k}" for k in ("daily", "pre_upgrade", "pre_restore")]
)
# Functions whose first positional argument is a message key; ``fail`` and ``Command`` take it
# second.
KEY_FIRST = {"t", "h", "tf", "empty"}  # tf, empty: the HTML minutes' wrappers of t
KEY_SECOND = {"fail", "Command"}  # Command(): a CLI sub-command and its help key


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def _source_files() -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).parts
        if rel[0] == "ui" or rel[:2] == ("store", "migrations") or path.name == "messages.py":
            continue
        files.append(path)
    return files


def _func_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _error_names() -> set[str]:
    """Every VerkstedError class: their first argument is a message key."""
    import workshop.cli
    import workshop.domain.validation
    import workshop.services.csv_import
    import workshop.store.db  # noqa: F401 - import so every subclass is defined
    from workshop.errors import VerkstedError

    names, todo = set(), [VerkstedError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


ERRORS = _error_names()


def _is_error(name: str) -> bool:
    return name in ERRORS


class _KeyCollector(ast.NodeVisitor):
    """Message keys used in calls, with the keyword arguments each call passes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.uses: list[tuple[str, set[str] | None, str]] = []  # key, keywords, where
        self.prefixes: set[str] = set()
        self.string_vars: dict[str, set[str]] = {}

    def visit_Assign(self, node: ast.Assign) -> None:
        # ``label = "a" if cond else "b"`` followed by ``t(label, ...)``
        values = _constant_strings(node.value)
        if values:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.string_vars.setdefault(target.id, set()).update(values)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _func_name(node)
        index = None
        if name in KEY_FIRST or (name and _is_error(name)):
            index = 0
        elif name in KEY_SECOND:
            index = 1
        if index is not None and len(node.args) > index:
            arg = node.args[index]
            keywords: set[str] | None = {k.arg for k in node.keywords if k.arg}
            if any(k.arg is None for k in node.keywords):
                keywords = None  # **kwargs: cannot check statically
            where = f"{self.path.relative_to(PACKAGE)}:{node.lineno}"
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                self.uses.append((arg.value, keywords, where))
            elif isinstance(arg, ast.Name) and arg.id in self.string_vars:
                for value in self.string_vars[arg.id]:
                    self.uses.append((value, keywords, where))
            elif isinstance(arg, ast.JoinedStr) and isinstance(arg.values[0], ast.Constant):
                self.prefixes.add(arg.values[0].value)
            elif isinstance(arg, ast.BinOp) and isinstance(arg.left, ast.Constant):
                self.prefixes.add(arg.left.value)
            elif name in KEY_FIRST | KEY_SECOND and not _forwarded_key(arg):
                raise AssertionError(f"unrecognised message key expression at {where}")
        self.generic_visit(node)


def _forwarded_key(arg: ast.expr) -> bool:
    """A key passed on by a helper (``t(key)`` in ``h``, ``problem_key`` in the Checker)."""
    if isinstance(arg, ast.Name):
        return arg.id in ("key", "problem_key")
    return isinstance(arg, ast.Attribute) and arg.attr.endswith("key")


def _constant_strings(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value} if KEY_PATTERN.fullmatch(node.value) else set()
    if isinstance(node, ast.IfExp):
        body, orelse = _constant_strings(node.body), _constant_strings(node.orelse)
        return body | orelse if body and orelse else set()
    return set()


@pytest.fixture(scope="module")
def collected() -> tuple[list[tuple[str, set[str] | None, str]], set[str]]:
    uses, prefixes = [], set()
    for path in _source_files():
        collector = _KeyCollector(path)
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        uses.extend(collector.uses)
        prefixes |= collector.prefixes
    return uses, prefixes


def test_every_entry_has_every_language_with_the_same_placeholders():
    assert LANGUAGES == ("nb", "nn", "en")
    assert len(MESSAGES) > 100
    missing = sorted(
        f"{key}: {lang}" for key, e in MESSAGES.items() for lang in LANGUAGES if lang not in e
    )
    assert missing == [], "add the text in these languages to workshop/messages.py"
    for key, entry in MESSAGES.items():
        assert set(entry) == set(LANGUAGES), key
        for lang in LANGUAGES:
            assert entry[lang].strip(), (key, lang)
            assert _placeholders(entry[lang]) == _placeholders(entry["en"]), (key, lang)
        params = {name: "X" for name in _placeholders(entry["en"])}
        for lang in LANGUAGES:
            rendered = t(key, lang, **params) if params else t(key, lang)
            assert rendered == entry[lang].format(**params), (key, lang)
            assert "{" not in rendered and "}" not in rendered, (key, lang)


def test_languages_really_differ():
    same = [k for k, e in MESSAGES.items() if e["nb"] == e["en"]]
    assert len(same) < 5, same  # e.g. "{n} min" may be equal; wholesale copies may not


# Words that mark a text as bokmål: a nynorsk text containing one was copied, not translated.
BOKMAL_ONLY = re.compile(
    r"\b(ikke|hva|hvordan|hvem|hvilke[nt]?|noen|noe|fra|mye|bare|ennå|være|ble|jeg|dere|hvis|"
    r"deltakere|deltakerne|innspill|innspillene|lapper|lappene|sikkerhetskopi\w*|finnes|"
    r"navn|tall|antall|skrev|lagret|slettet|endret)\b",
    re.IGNORECASE,
)


def test_nynorsk_is_translated_not_copied():
    """Nynorsk uses nynorsk words, and most entries differ from bokmål."""
    bokmal_words = sorted(
        f"{key}: {m.group(0)!r} in {e['nn']!r}"
        for key, e in MESSAGES.items()
        if (m := BOKMAL_ONLY.search(e["nn"]))
    )
    assert bokmal_words == []
    same = [k for k, e in MESSAGES.items() if e["nn"] == e["nb"]]
    assert len(same) < len(MESSAGES) / 2, same  # many short labels are alike; most texts differ
    for key in ("cli_saved", "session_not_found", "note_too_long", "pdf_by_principle"):
        assert MESSAGES[key]["nn"] != MESSAGES[key]["nb"], key


def test_every_key_used_in_calls_exists(collected):
    uses, _ = collected
    keys = {key for key, _, _ in uses}
    # the scanner itself must see the keys it is meant to see
    for sample in (
        "cli_imported",
        "cli_help_library",
        "pdf_participants_actual",
        "pdf_participants_planned",
        "problem_missing",
        "library_not_verksted",
        "csv_bad_principle",
        "ref_too_short",
        "note_too_long",
        "cli_bad_date",
    ):
        assert sample in keys, sample
    assert len(keys) > 100
    missing = sorted({(key, where) for key, _, where in uses if key not in MESSAGES})
    assert missing == []


def test_calls_pass_every_placeholder(collected):
    uses, _ = collected
    problems = []
    for key, keywords, where in uses:
        if key not in MESSAGES or keywords is None:
            continue
        needed = _placeholders(MESSAGES[key]["en"])
        if key == "file_invalid":
            needed -= {"problem"}  # rendered from the problem key by the error itself
        if needed - keywords:
            problems.append((where, key, sorted(needed - keywords)))
    assert problems == []


def test_every_catalogue_entry_is_used():
    """No dead entries: each key appears as a literal somewhere (GUI included) or is computed."""
    literals = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name == "messages.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
    assert sorted(set(MESSAGES) - literals - set(COMPUTED_KEYS)) == []


def test_every_key_literal_in_the_code_exists():
    """Any string literal shaped like a message key is one (table and column names aside)."""
    not_keys = {
        "principle_text",  # a paragraph style name
        "step_title",  # a CSV column
        "participants_actual",  # demo file keys and session fields
        "participants_planned",
        "note_principles",  # table and column names
        "note_focus_areas",
        "action_notes",
        "library_info",
        "library_id",
        "session_changes",
        "note_versions",
        "note_votes",
        "table_name",
        "row_key",
        "session_id",
        "note_id",
        "action_id",
        "step_id",
        "cluster_id",
        "template_id",
        "template_name",
        "session_title",  # a JSON field of `workshop actions --json`
    }
    found = set()
    for path in _source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and KEY_PATTERN.fullmatch(node.value)
            ):
                found.add(node.value)
    assert len(found) > 100
    assert sorted(found - set(MESSAGES) - not_keys) == []


def test_computed_keys_exist(collected):
    _, prefixes = collected
    assert prefixes == {"status_", "action_", "backup_"}
    assert "status_planned" in COMPUTED_KEYS and "action_in_progress" in COMPUTED_KEYS
    assert len(COMPUTED_KEYS) == 10
    for key in COMPUTED_KEYS:
        assert key in MESSAGES, key


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("nb_NO.UTF-8", "nb"),
        ("nb_NO", "nb"),
        ("nb-NO", "nb"),
        ("nb", "nb"),
        ("nn", "nn"),
        ("nn_NO.UTF-8", "nn"),
        ("nn-NO", "nn"),
        ("no", "nb"),
        ("no_NO", "nb"),
        ("NB_no", "nb"),
        ("en_GB", "en"),
        ("en_US.UTF-8", "en"),
        ("en", "en"),
        ("C", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        ("de_DE", "en"),
        ("", "nb"),
        (None, "nb"),
    ],
)
def test_normalise_language(code, language):
    assert normalise_language(code) == language


def test_system_language_reads_the_environment(monkeypatch):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert system_language() == "nb"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert system_language() == "en"
    monkeypatch.setenv("LC_ALL", "nb_NO.UTF-8")
    assert system_language() == "nb"
    monkeypatch.setenv("LANGUAGE", "en_US:nb")
    assert system_language() == "en"
    monkeypatch.setenv("LANGUAGE", "nn_NO:en")
    assert system_language() == "nn"


def test_t_uses_the_given_or_the_system_language(monkeypatch):
    assert t("cli_imported", "en", n=2, skipped=1) == "imported 2 notes, skipped 1 empty rows"
    assert t("cli_imported", "nb", n=2, skipped=1) == (
        "importerte 2 lapper, hoppet over 1 tomme rader"
    )
    assert t("cli_imported", "nn", n=2, skipped=1) == (
        "importerte 2 lappar, hoppa over 1 tomme rader"
    )
    monkeypatch.setenv("LANGUAGE", "nn_NO")
    assert t("cli_saved") == "Lagra."
    monkeypatch.setenv("LANGUAGE", "nb_NO")
    assert t("cli_saved") == "Lagret."
    monkeypatch.setenv("LANGUAGE", "en_GB")
    assert t("cli_saved") == "Saved."
    assert t("cli_saved", "de") == "Saved."  # unknown language falls back to the system's


def test_localised_falls_back_from_nynorsk_to_bokmal():
    from workshop.i18n import localised

    assert localised({"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}, "nn") == "Nynorsk"
    assert localised({"nb": "Bokmål", "en": "English"}, "nn") == "Bokmål"
    assert localised({"nb": "Bokmål", "nn": "", "en": "English"}, "nn") == "Bokmål"
    assert localised({"nb": "Bokmål", "en": "English"}, "en") == "English"
    assert localised({"nb": "", "nn": "", "en": ""}, "nn") == ""
