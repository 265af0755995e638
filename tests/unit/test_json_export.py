"""The JSON export is documented: a ``format`` and ``version`` key, and a JSON Schema shipped in
the package (``verksted-export.schema.json``) that every export here is validated against. Empty
values follow one rule everywhere: an absent or empty text is null, never "" (an empty group was
"" while an empty cluster was null)."""

from __future__ import annotations

import json
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.cli import main
from workshop.export.tabular import JSON_FORMAT, JSON_VERSION, minutes_json, write_json
from workshop.paths import resource
from workshop.services.minutes import build_minutes

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_NAME = "verksted-export.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource(SCHEMA_NAME).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def empty_texts(value, where="") -> list[str]:
    """Every place in the document that holds "" (the rule says null)."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in empty_texts(v, f"{where}/{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in empty_texts(v, f"{where}/{i}")]
    return [where] if value == "" else []


def check(document: dict, validator) -> None:
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    assert document["format"] == JSON_FORMAT == "verksted-minutes"
    assert document["version"] == JSON_VERSION == 1
    assert empty_texts(document) == []


def test_the_schema_ships_in_the_package():
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["workshop.resources"]
    assert any(fnmatch(SCHEMA_NAME, pattern) for pattern in package_data)
    assert resource(SCHEMA_NAME).is_file()
    assert '"JSON export schema": paths.resource("verksted-export.schema.json")' in (
        ROOT / ".ci" / "bundle"
    ).read_text(encoding="utf-8")  # the installed wheel is checked for it in CI


@pytest.mark.parametrize("anonymous", [False, True])
def test_the_demo_export_follows_the_schema(lib, demo_session, validator, anonymous):
    document = minutes_json(build_minutes(lib, demo_session, anonymous=anonymous))
    check(document, validator)
    assert document["notes"] and document["actions"] and document["clusters"]
    if anonymous:
        assert document["session"]["facilitators"] == []
        assert all(n["author"] is None for n in document["notes"])


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_command_line_export_follows_the_schema(lib, demo_session, tmp_path, validator,
                                                    library_path, language):  # fmt: skip
    target = tmp_path / "minutes.json"
    lib.close()
    args = ["--library", str(library_path), "export", demo_session, "--json", str(target)]
    assert main([*args, "--language", language]) == 0
    check(json.loads(target.read_text(encoding="utf-8")), validator)


def test_an_empty_session_follows_the_schema_and_uses_null(lib, session_id, validator):
    document = minutes_json(build_minutes(lib, session_id))
    check(document, validator)
    assert document["notes"] == document["actions"] == document["clusters"] == []
    assert document["session"]["archive_ref"] is None  # not given: null, not ""


def test_empty_group_and_empty_cluster_are_both_null(lib, session_id, validator):
    from workshop.services.notes import add_note

    add_note(lib, session_id, "Uten gruppe og klynge")
    [note] = minutes_json(build_minutes(lib, session_id))["notes"]
    assert note["group"] is None
    assert note["cluster"] is None
    assert note["step_title"] is None and note["step"] is None


def test_photos_and_ratings_follow_the_schema(lib, session_id, validator, tmp_path):
    from PIL import Image

    from workshop.services.attachments import add_photo
    from workshop.services.evaluation import add_ratings

    photo = tmp_path / "wall.png"
    Image.new("RGB", (64, 48), "white").save(photo)
    add_photo(lib, session_id, photo)
    add_ratings(lib, session_id, [5, 4, 4])
    document = minutes_json(build_minutes(lib, session_id))
    check(document, validator)
    assert document["attachments"][0]["caption"] is None
    assert document["evaluation"]["ratings"]["n"] == 3


def test_a_note_from_a_phone_follows_the_schema(lib, session_id, validator):
    from workshop.services.notes import add_note

    add_note(lib, session_id, "Skrevet på laptopen")
    add_note(lib, session_id, "Sendt fra en mobil", origin="phone")
    document = minutes_json(build_minutes(lib, session_id))
    check(document, validator)
    assert [n["origin"] for n in document["notes"]] == [None, "phone"]


texts = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=0,
    max_size=30,
)


@settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(notes=st.lists(st.tuples(texts, texts, st.sampled_from([[], [1], [2, 7]])), max_size=5))
def test_any_captured_notes_follow_the_schema(lib, session_id, validator, notes, tmp_path):
    from workshop.errors import InvalidInputError
    from workshop.services.notes import add_note

    for text, group, principles in notes:
        try:
            add_note(lib, session_id, text, group=group, principles=principles)
        except InvalidInputError:
            continue  # an empty text: refused as the capture line refuses it
    target = tmp_path / "any.json"
    write_json(build_minutes(lib, session_id), target)
    check(json.loads(target.read_text(encoding="utf-8")), validator)
