"""The shipped Innovasjonsplakaten framework, broken framework files, and session snapshots."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from workshop.domain.framework import (
    DEFAULT_FRAMEWORK_ID,
    default_framework_path,
    framework_from_dict,
    load_default_framework,
    load_framework,
)
from workshop.errors import FrameworkError, InvalidInputError
from workshop.services.notes import add_note, list_notes
from workshop.services.sessions import create_session, get_session, session_framework

# A copy of Gran kommune's published strategy text, kept with the tests.
STRATEGY_MD = Path(__file__).resolve().parents[1] / "data" / "innovasjonsstrategi-gran-2017.md"

LINKED_AREAS = {
    "aktive-innovasjonspolitikere": (5,),
    "utvikling-og-kompetansebygging": (2,),
}


def charter_sentences() -> dict[int, str]:
    """The ten sentences of the "Innovasjonsplakaten" list in the strategy document."""
    lines = STRATEGY_MD.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "## **Innovasjonsplakaten**")
    sentences: dict[int, str] = {}
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            break
        match = re.match(r"^- (\d+)\. (.*)$", line.strip())
        if match:
            text = match.group(2).strip()
            text = text.removesuffix("**").strip()
            sentences[int(match.group(1))] = text
    return sentences


# --- the shipped framework ---


def test_charter_parser_reads_ten_sentences():
    sentences = charter_sentences()
    assert sorted(sentences) == list(range(1, 11))
    assert sentences[5] == (
        "Vi i Gran viser hverandre tillit og aksepterer risiko ved prøving og feiling."
    )
    assert all(not s.endswith("*") for s in sentences.values())


def test_default_framework_has_ten_numbered_principles():
    fw = load_default_framework()
    assert fw.id == DEFAULT_FRAMEWORK_ID
    assert default_framework_path().name == f"{DEFAULT_FRAMEWORK_ID}.toml"
    assert fw.principle_numbers == tuple(range(1, 11))
    assert fw.name["nb"] == "Innovasjonsplakaten – Gran kommune"


def test_principle_texts_are_verbatim_from_the_strategy():
    fw = load_default_framework()
    sentences = charter_sentences()
    for p in fw.principles:
        assert p.text["nb"] == sentences[p.number], f"principle {p.number}"
        assert p.title["nb"].strip()
        assert p.text["en"].strip()
        assert p.title["en"].strip()


def test_the_default_framework_is_written_in_nynorsk_too():
    """Nynorsk in the file itself (not the fallback to bokmål) for every text."""
    import tomllib

    data = tomllib.loads(default_framework_path().read_text(encoding="utf-8"))
    tables = [data["name"], data["source"]]
    for p in data["principles"]:
        tables += [p["title"], p["text"], p["keywords"]]
    for fa in data["focus_areas"]:
        tables += [fa["title"], fa["theme"], fa["focus"]]
    assert all("nn" in table and table["nn"] for table in tables)
    fw = load_default_framework()
    assert fw.principle(7).title["nn"] == "Brukarperspektivet"
    assert fw.principle(5).text["nn"] == (
        "Vi i Gran viser kvarandre tillit og aksepterer risiko ved prøving og feiling."
    )
    assert sum(p.text["nn"] != p.text["nb"] for p in fw.principles) == 10
    for fa in fw.focus_areas:
        assert len(fa.focus["nn"]) == len(fa.focus["nb"]), fa.id


def test_every_principle_has_keywords_in_every_language():
    fw = load_default_framework()
    for p in fw.principles:
        for lang in ("nb", "nn", "en"):
            assert p.keywords[lang], f"principle {p.number} has no {lang} keywords"
            assert all(k == k.lower() and k.strip() for k in p.keywords[lang])


def test_focus_areas_and_their_linked_principles():
    fw = load_default_framework()
    assert len(fw.focus_areas) == 10
    assert len(set(fw.focus_area_ids)) == 10
    assert set(LINKED_AREAS) <= set(fw.focus_area_ids)
    for fa in fw.focus_areas:
        assert fa.principles == LINKED_AREAS.get(fa.id, ()), fa.id
        assert fa.title["nb"].strip() and fa.title["en"].strip()
        assert fa.focus["nb"], fa.id
        assert len(fa.focus["nb"]) == len(fa.focus["en"]), fa.id


def test_lookup_by_number_and_id():
    fw = load_default_framework()
    assert fw.principle(7).title["nb"] == "Brukerperspektivet"
    assert fw.focus_area("aktive-innovasjonspolitikere").principles == (5,)
    with pytest.raises(KeyError):
        fw.principle(11)
    with pytest.raises(KeyError):
        fw.focus_area("nope")


def test_to_dict_round_trip_is_equal():
    fw = load_default_framework()
    assert framework_from_dict(fw.to_dict()) == fw
    # also through JSON, the way the snapshot is stored in the library
    assert framework_from_dict(json.loads(json.dumps(fw.to_dict()))) == fw
    assert framework_from_dict(fw.to_dict()).to_dict() == fw.to_dict()


# --- broken files ---


def principle_toml(number: int, *, text: str | None = None) -> str:
    text_line = (
        text
        if text is not None
        else f'text = {{ nb = "Tekst nummer {number}.", en = "Text number {number}." }}'
    )
    return (
        "[[principles]]\n"
        f"number = {number}\n"
        f'title = {{ nb = "Prinsipp {number}", en = "Principle {number}" }}\n'
        f"{text_line}\n"
        f'keywords = {{ nb = ["ord{number}"], en = ["word{number}"] }}\n'
    )


def focus_area_toml(area_id: str, principles: list[int]) -> str:
    return (
        "[[focus_areas]]\n"
        f'id = "{area_id}"\n'
        f'title = {{ nb = "Område {area_id}", en = "Area {area_id}" }}\n'
        f"principles = {principles}\n"
    )


HEAD = (
    'id = "test-framework"\nversion = 1\nname = { nb = "Testrammeverk", en = "Test framework" }\n'
)


def framework_toml(principles: list[str], areas: list[str] = ()) -> str:
    return HEAD + "\n".join(principles) + "\n" + "\n".join(areas)


def write(tmp_path: Path, text: str, name: str = "framework.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_test_file_loads(tmp_path):
    path = write(
        tmp_path,
        framework_toml(
            [principle_toml(1), principle_toml(2), principle_toml(3)],
            [focus_area_toml("a", [1, 3]), focus_area_toml("b", [])],
        ),
    )
    fw = load_framework(path)
    assert fw.principle_numbers == (1, 2, 3)
    assert fw.focus_area("a").principles == (1, 3)
    # no nynorsk in the file: nynorsk shows the bokmål text
    assert fw.principle(2).text == {
        "nb": "Tekst nummer 2.",
        "nn": "Tekst nummer 2.",
        "en": "Text number 2.",
    }


def test_optional_fields_survive_the_round_trip(tmp_path):
    """No keywords, theme, focus or source: the snapshot must still read back."""
    path = write(
        tmp_path,
        HEAD
        + '[[principles]]\nnumber = 1\ntitle = { nb = "T", en = "T" }\n'
        + 'text = { nb = "Tekst.", en = "Text." }\n'
        + '[[focus_areas]]\nid = "a"\ntitle = { nb = "A", en = "A" }\n',
    )
    fw = load_framework(path)
    assert fw.source is None
    assert fw.principle(1).keywords == {"nb": [], "nn": [], "en": []}
    assert fw.focus_area("a").theme == {"nb": "", "nn": "", "en": ""}
    assert framework_from_dict(json.loads(json.dumps(fw.to_dict()))) == fw


def load_error(path: Path) -> FrameworkError:
    with pytest.raises(FrameworkError) as info:
        load_framework(path)
    return info.value


def test_invalid_toml(tmp_path):
    path = write(tmp_path, HEAD + "[[principles]]\nnumber = 1\ntitle = { nb = \n")
    err = load_error(path)
    assert err.key == "file_not_toml"
    msg = err.message("en")
    assert msg.startswith(f"{path}: not valid TOML (")
    assert "line 6" in msg


def test_missing_principles(tmp_path):
    path = write(tmp_path, HEAD)
    err = load_error(path)
    assert err.key == "file_invalid"
    assert err.message("en") == f"{path}: error in /: “principles” is missing"
    assert err.message("nb") == f"{path}: feil i /: «principles» mangler"


def test_empty_principles_list(tmp_path):
    path = write(tmp_path, HEAD + "principles = []\n")
    assert load_error(path).message("en") == f"{path}: error in principles: “principles” is empty"


def test_principle_without_norwegian_text(tmp_path):
    broken = principle_toml(2, text='text = { en = "Only English." }')
    path = write(tmp_path, framework_toml([principle_toml(1), broken, principle_toml(3)]))
    err = load_error(path)
    assert err.message("en") == f"{path}: error in principles[2].text: “nb” is missing"
    assert err.message("nb") == f"{path}: feil i principles[2].text: «nb» mangler"


def test_principle_with_blank_norwegian_text(tmp_path):
    broken = principle_toml(1, text='text = { nb = "  ", en = "Text." }')
    path = write(tmp_path, framework_toml([broken]))
    assert load_error(path).message("en") == f"{path}: error in principles[1].text: “nb” is empty"


def test_duplicate_principle_number(tmp_path):
    path = write(
        tmp_path, framework_toml([principle_toml(1), principle_toml(2), principle_toml(2)])
    )
    assert load_error(path).message("en") == (
        f"{path}: error in principles[3]: “number” = 2 appears twice"
    )


def test_principle_number_must_be_positive(tmp_path):
    path = write(tmp_path, framework_toml([principle_toml(0)]))
    assert load_error(path).message("en") == (
        f"{path}: error in principles[1]: “number” must be a whole number from 1 to 999, not 0"
    )


def test_focus_area_linking_unknown_principle(tmp_path):
    path = write(
        tmp_path,
        framework_toml(
            [principle_toml(n) for n in range(1, 11)],
            [focus_area_toml("ok", [10]), focus_area_toml("bad", [2, 11])],
        ),
    )
    assert load_error(path).message("en") == (
        f"{path}: error in focus_areas[2]: refers to a principle that does not exist: 11"
    )


def test_non_utf8_file(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(
        HEAD.encode()
        + principle_toml(1, text='text = { nb = "Bl\xe5b\xe6r.", en = "Blueberries." }').encode(
            "latin-1"
        )
    )
    err = load_error(path)
    assert err.key == "file_not_utf8"
    assert err.message("en") == f"{path}: the file is not saved as UTF-8"


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.toml"
    err = load_error(path)
    assert err.key == "file_not_found"
    assert err.message("en") == f"File not found: {path}"
    assert err.message("nb") == f"Finner ikke filen {path}"


def test_directory_instead_of_file(tmp_path):
    path = tmp_path / "folder.toml"
    path.mkdir()
    err = load_error(path)
    assert err.key == "file_is_folder"
    assert err.message("en") == f"Cannot read {path}: it is a folder, not a file"


def test_str_of_error_is_english_even_with_norwegian_system_language(tmp_path):
    path = write(tmp_path, HEAD)
    with pytest.raises(FrameworkError, match="“principles” is missing"):
        load_framework(path)


# --- a custom framework used for a session, kept as a snapshot ---


def custom_framework(tmp_path: Path) -> Path:
    return write(
        tmp_path,
        framework_toml(
            [principle_toml(1), principle_toml(2), principle_toml(3)],
            [focus_area_toml("samarbeid", [1, 2])],
        ),
        name="custom.toml",
    )


def test_custom_framework_is_snapshotted_into_the_session(lib, tmp_path):
    path = custom_framework(tmp_path)
    original = load_framework(path)
    session_id = create_session(lib, "focus-group", "X", framework=path)

    assert get_session(lib, session_id).framework_id == "test-framework"
    assert session_framework(lib, session_id) == original
    assert session_framework(lib, session_id).principle_numbers == (1, 2, 3)

    # Changing the file afterwards does not change the session's framework.
    changed = framework_toml(
        [
            principle_toml(1, text='text = { nb = "Endret.", en = "Changed." }'),
            principle_toml(2),
            principle_toml(3),
            principle_toml(4),
        ],
        [focus_area_toml("samarbeid", [4])],
    )
    path.write_text(changed, encoding="utf-8")
    assert load_framework(path).principle_numbers == (1, 2, 3, 4)

    snapshot = session_framework(lib, session_id)
    assert snapshot == original
    assert snapshot.principle(1).text["nb"] == "Tekst nummer 1."
    assert snapshot.focus_area("samarbeid").principles == (1, 2)

    # Tagging follows the snapshot, not the file: 3 is valid, 4 is not.
    note_id = add_note(lib, session_id, "Innspill", principles=[3], focus_areas=["samarbeid"])
    with pytest.raises(InvalidInputError) as info:
        add_note(lib, session_id, "Annet", principles=[4])
    assert info.value.key == "principle_unknown"
    assert info.value.message("en") == "Principle 4 does not exist (valid: 1–3)"
    notes = list_notes(lib, session_id)
    assert [(n.id, n.principles, n.focus_areas) for n in notes] == [(note_id, (3,), ("samarbeid",))]


def test_default_session_uses_the_default_framework(lib, session_id):
    assert session_framework(lib, session_id) == load_default_framework()
