"""Principle suggestions: Norwegian-aware matching, learning from tagged notes, CLI, quality."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import select

from workshop.cli import main
from workshop.domain.framework import framework_from_dict, load_default_framework
from workshop.domain.vocabulary import SUGGESTION
from workshop.errors import NotFoundError
from workshop.services.notes import add_note, get_note, set_notes_deleted
from workshop.services.sessions import create_session, set_session_deleted
from workshop.services.suggest import (
    STOP_WORDS,
    Suggester,
    Suggestion,
    normalise,
    stem,
    suggest_for_note,
    tokenise,
)
from workshop.services.tags import set_tags
from workshop.store.models import NotePrinciple

NOTES_FILE = Path(__file__).resolve().parents[1] / "data" / "suggest-notes.toml"
# The target is 0.7 (tests/benchmarks/bench_suggest.py reports it); these floors sit just below
# the measured figures so that a regression fails.
RECALL_FLOOR_WITH_HISTORY = 0.67
RECALL_FLOOR_KEYWORDS = 0.58
PRECISION_FLOOR_WITH_HISTORY = 0.6


def small_framework(**keywords: list[str]):
    """Principles 1–3 with the given bokmål keywords (``p1=[...]``), English left empty."""
    return framework_from_dict(
        {
            "id": "test-framework",
            "name": {"nb": "Test", "en": "Test"},
            "principles": [
                {
                    "number": n,
                    "title": {"nb": f"Prinsipp {n}", "en": f"Principle {n}"},
                    "text": {"nb": f"Tekst {n}", "en": f"Text {n}"},
                    "keywords": {"nb": keywords.get(f"p{n}", []), "en": []},
                }
                for n in (1, 2, 3)
            ],
        }
    )


def numbers(suggestions: list[Suggestion]) -> list[int]:
    return [s.principle for s in suggestions]


# --- normalisation and stemming --------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("innbyggerne", "innbygger"),
        ("innbyggere", "innbygger"),
        ("brukerne", "bruker"),
        ("bruke", "bruk"),  # the verb stays apart from the users
        ("tjenestene", "tjenest"),
        ("tjenester", "tjenest"),
        ("digitalisering", "digitaliser"),
        ("digitaliserer", "digitaliser"),
        ("forventninger", "forventn"),
        ("åpenheten", "åpen"),
        ("anerkjennelse", "anerkjenn"),
        ("hyggelige", "hygge"),
        ("vanlige", "vanlig"),  # too short for -lig: not "van" like "vane"
        ("ungdommene", "ungdom"),
        ("sykehjemmet", "sykehjem"),
        ("bussen", "buss"),
        ("buss", "buss"),
        ("spares", "spar"),
        ("mål", "mål"),
        ("ting", "ting"),
    ],
)
def test_stem(word, expected):
    assert stem(word) == expected


def test_normalise_folds_case_width_and_accents_but_keeps_æøå():
    assert normalise("IDÉMYLDRING") == "idemyldring"
    assert normalise("ＡＰＰ") == "app"  # NFKC
    assert normalise("Blåbær på Grønland") == "blåbær på grønland"


def test_tokenise_splits_on_non_letters_and_flags_stop_words():
    tokens = tokenise("SFO-plass på nett, 24/7!")
    assert [t.word for t in tokens] == ["sfo", "plass", "på", "nett", "24", "7"]
    assert [t.stop for t in tokens] == [False, False, True, False, True, True]
    assert tokens[0].surface == "SFO"
    assert {"og", "i", "på", "ikke", "det"} <= STOP_WORDS


# --- matching ----------------------------------------------------------------------------------


def test_keyword_matches_inflected_forms_and_gives_the_words_as_reasons():
    sg = Suggester(small_framework(p1=["innbygger", "involvere"], p2=["teknologi"]))
    [s] = sg.suggest("Involverer vi innbyggerne nok?")
    assert s.principle == 1
    assert s.reasons == ("Involverer", "innbyggerne")
    assert 0 < s.score < 1


def test_nynorsk_notes_match_the_nynorsk_keywords_of_the_default_framework():
    sg = Suggester(load_default_framework())
    [first, *_] = sg.suggest("Vi må lytte meir til innbyggjarane før vi bestemmer noko")
    assert first.principle == 7
    assert "innbyggjarane" in first.reasons
    [first, *_] = sg.suggest("Samarbeid med frivilligheita og lag og foreiningar")
    assert first.principle == 9
    assert "frivilligheita" in first.reasons


def test_keyword_starting_or_ending_a_compound_matches():
    sg = Suggester(small_framework(p1=["buss"], p2=["digital"], p3=["samarbeid"]))
    assert sg.suggest("Flere bussavgangene til Jaren")[0].reasons == ("bussavgangene",)
    assert numbers(sg.suggest("Et digitaliseringsprosjekt for skolene")) == [2]
    assert numbers(sg.suggest("Mer kultursamarbeidet i regionen")) == [3]
    # a compound counts a little less than the word itself
    assert sg.suggest("bussavgangene")[0].score < sg.suggest("buss")[0].score
    # short keywords do not match inside other words
    assert Suggester(small_framework(p1=["app"])).suggest("applaus og happening") == []


def test_the_longest_keyword_on_a_word_wins():
    sg = Suggester(small_framework(p1=["nett"], p2=["nettverk"]))
    assert numbers(sg.suggest("Et nettverk for gründere")) == [2]
    assert numbers(sg.suggest("Søknad på nettsiden")) == [1]


def test_multi_word_keyword_matches_as_a_phrase():
    sg = Suggester(small_framework(p1=["på tvers"], p2=["tvers igjennom"]))
    [s] = sg.suggest("Vi må jobbe mer på tvers av etatene")
    assert (s.principle, s.reasons) == (1, ("på tvers",))
    assert sg.suggest("Det står på veggen") == []  # a stop word alone never matches


def test_one_typo_in_a_long_keyword_still_matches():
    sg = Suggester(load_default_framework())
    assert 7 in numbers(sg.suggest("Innbygerne må bli hørt"))  # innbyggerne, one g missing


def test_principle_titles_and_texts_count_less_than_keywords():
    fw = framework_from_dict(
        {
            "id": "t",
            "name": {"nb": "T", "en": "T"},
            "principles": [
                {
                    "number": 1,
                    "title": {"nb": "Gevinster", "en": "Benefits"},
                    "text": {"nb": "Vi tar ut gevinster.", "en": "We realise benefits."},
                },
                {
                    "number": 2,
                    "title": {"nb": "Annet", "en": "Other"},
                    "text": {"nb": "Noe annet.", "en": "Something else."},
                    "keywords": {"nb": ["gevinst"], "en": []},
                },
            ],
        }
    )
    ranked = Suggester(fw).suggest("Hvilke gevinster ga det?")
    assert numbers(ranked) == [2, 1]
    assert ranked[0].score > ranked[1].score


def test_at_most_three_best_first_and_exclude_and_limit():
    sg = Suggester(load_default_framework())
    text = (
        "Innbyggerne vil ha en app, samarbeid på tvers med frivillige, måle effekten, "
        "tørre å prøve og feile, og mer kommunikasjon"
    )
    found = sg.suggest(text)
    assert len(found) == 3
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    assert all(s.score > 0 and s.reasons for s in found)
    without = sg.suggest(text, exclude=[found[0].principle])
    assert found[0].principle not in numbers(without)
    assert numbers(without)[:2] == numbers(found)[1:]
    assert len(sg.suggest(text, limit=1)) == 1
    assert len(sg.suggest(text, limit=5)) == 5


def test_nothing_found_and_deterministic():
    sg = Suggester(load_default_framework())
    assert sg.suggest("") == []
    assert sg.suggest("xyz qwerty 123") == []
    text = "Pilotprosjekt med velferdsteknologi i hjemmetjenesten"
    assert sg.suggest(text) == Suggester(load_default_framework()).suggest(text)


def test_english_notes_are_understood():
    sg = Suggester(load_default_framework())
    assert numbers(sg.suggest("We should involve residents early"))[0] == 7
    assert numbers(sg.suggest("Measure the impact before and after"))[0] == 10


# --- learning ----------------------------------------------------------------------------------

FRESH = "Kollektivtilbudet til Jaren er for dårlig"  # no keyword of the framework in it


def _add(lib, session_id, text, principles=()):
    return add_note(lib, session_id, text, principles=principles)


def test_learn_adds_one_example_incrementally():
    sg = Suggester(load_default_framework())
    assert sg.suggest(FRESH) == []
    sg.learn("Bedre kollektivtilbud på kveldstid", [9])
    sg.learn("Kollektivtilbud og gang- og sykkelveier", [9, 99])  # unknown numbers are ignored
    [s] = sg.suggest(FRESH, language="en")
    assert s.principle == 9
    assert s.reasons == ("earlier notes: “Kollektivtilbudet”",)
    assert sg.learned_words > 0


def test_history_from_the_library_changes_the_ranking(lib, session_id):
    keywords_only = Suggester.from_library(lib, load_default_framework())
    assert keywords_only.learned_words == 0
    text = "Skape et bedre kollektivtilbud"
    assert numbers(keywords_only.suggest(text)) == [3]  # "skape": a word of principle 3's text
    for note in ("Bedre kollektivtilbud til Brandbu", "Kollektivtilbudet må henge sammen"):
        _add(lib, session_id, note, principles=[9])
    _add(lib, session_id, "Kollektivtilbud på kveldstid", principles=[9])
    learned = Suggester.from_library(lib, load_default_framework())
    ranked = learned.suggest(text)
    assert numbers(ranked) == [9, 3]
    assert ranked[0].reasons == ("tidligere lapper: «kollektivtilbud»",)


def test_deleted_notes_hidden_sessions_and_accepted_suggestions_are_not_learned(lib, session_id):
    deleted = _add(lib, session_id, "Snøbrøyting av fortauene", principles=[3])
    set_notes_deleted(lib, session_id, [deleted], True)
    suggested = _add(lib, session_id, "Gatelys langs skoleveien")
    set_tags(lib, session_id, {suggested: True}, principles=[3], source=SUGGESTION)
    hidden = create_session(lib, "library-evening", "Skjult økt")
    _add(lib, hidden, "Hundeparken i sentrum", principles=[3])
    set_session_deleted(lib, hidden, True)
    other_fw = create_session(
        lib, "library-evening", "Annet rammeverk", framework=small_framework(p1=["x"])
    )
    _add(lib, other_fw, "Lekeplassen ved skolen", principles=[3])
    _add(lib, session_id, "Isfiske på Randsfjorden", principles=[3])  # the one that counts

    sg = Suggester.from_library(lib, load_default_framework())
    for text in ("snøbrøyting", "gatelys", "hundeparken", "lekeplassen"):
        assert sg.suggest(text) == [], text
    assert numbers(sg.suggest("isfiske")) == [3]


# --- one note ----------------------------------------------------------------------------------


def test_suggest_for_note_uses_the_session_and_leaves_out_its_principles(lib, session_id):
    note_id = _add(lib, session_id, "Involver innbyggerne og brukerne tidlig", principles=[7])
    before = get_note(lib, session_id, note_id)
    assert 7 not in numbers(suggest_for_note(lib, session_id, note_id))
    untagged = _add(lib, session_id, "Involver innbyggerne og brukerne tidlig")
    sg = Suggester.from_library(lib, load_default_framework())
    found = suggest_for_note(lib, session_id, untagged, suggester=sg)
    assert numbers(found)[0] == 7
    assert get_note(lib, session_id, note_id).principles == before.principles  # never applied
    other = create_session(lib, "library-evening", "Annen økt")
    with pytest.raises(NotFoundError):
        suggest_for_note(lib, other, note_id)


def test_accept_suggestion_tags_the_note_as_a_suggestion(lib, session_id):
    note_id = _add(lib, session_id, "En app for å melde feil på veien")
    [first, *_] = suggest_for_note(lib, session_id, note_id)
    set_tags(lib, session_id, {note_id: True}, principles=[first.principle], source=SUGGESTION)
    assert get_note(lib, session_id, note_id).principles == (first.principle,)
    with lib.read() as s:
        sources = set(
            s.scalars(select(NotePrinciple.source).where(NotePrinciple.note_id == note_id))
        )
    assert sources == {"suggestion"}
    assert first.principle not in numbers(suggest_for_note(lib, session_id, note_id))


# --- command line ------------------------------------------------------------------------------


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_cli_suggest_json(library_path, capsys):
    code, out, err = run(
        capsys,
        "--library",
        str(library_path),
        "suggest",
        "Vi må involvere innbyggerne og samarbeide på tvers med frivillige, kanskje en app?",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert isinstance(data, list) and 1 <= len(data) <= 3
    for item in data:
        assert set(item) == {"principle", "score", "reasons"}
        assert isinstance(item["principle"], int) and 0 < item["score"] < 1
        assert item["reasons"] and all(isinstance(r, str) for r in item["reasons"])
    assert [i["score"] for i in data] == sorted((i["score"] for i in data), reverse=True)
    assert {7, 9, 8} == {i["principle"] for i in data}


def test_cli_suggest_text_uses_the_library_history(lib, session_id, library_path, capsys):
    _add(lib, session_id, "Bedre kollektivtilbud på kveldstid", principles=[9])
    code, out, err = run(capsys, "--library", str(library_path), "suggest", FRESH)
    assert code == 0, err
    [line] = out.splitlines()
    assert line.startswith("P9  Samarbeid på tvers")
    assert line.endswith("(tidligere lapper: «Kollektivtilbudet»)")


def test_cli_suggest_nothing_found(library_path, capsys):
    code, out, err = run(capsys, "--library", str(library_path), "suggest", "xyz", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, err = run(capsys, "--library", str(library_path), "suggest", "xyz")
    assert (code, out) == (0, "")
    assert err.strip() == "Ingen forslag: teksten ligner ikke på noe prinsipp."


def test_cli_suggest_refuses_an_empty_text(library_path, capsys):
    code, out, err = run(capsys, "--library", str(library_path), "suggest", "  ", "--json")
    assert (code, out) == (1, "")
    assert err == "workshop: Skriv teksten det skal foreslås prinsipper for\n"


def test_cli_suggest_with_another_framework(library_path, tmp_path, capsys):
    path = tmp_path / "fw.toml"
    path.write_text(
        'id = "test"\nname = { nb = "Test", en = "Test" }\n'
        '[[principles]]\nnumber = 1\ntitle = { nb = "Trafikk", en = "Traffic" }\n'
        'text = { nb = "Om trafikk.", en = "About traffic." }\n'
        'keywords = { nb = ["buss"], en = ["bus"] }\n',
        encoding="utf-8",
    )
    args = ["suggest", "Bussen går for sjelden", "--framework", str(path), "--json"]
    code, out, err = run(capsys, "--library", str(library_path), *args)
    assert code == 0, err
    assert json.loads(out) == [{"principle": 1, "score": 0.632, "reasons": ["Bussen"]}]


# --- quality -----------------------------------------------------------------------------------


def load_tagged() -> list[dict]:
    with NOTES_FILE.open("rb") as f:
        return tomllib.load(f)["notes"]


def test_the_tagged_notes_are_a_fair_data_set():
    notes = load_tagged()
    assert len(notes) >= 90
    assert len({n["text"] for n in notes}) == len(notes)
    for n in notes:
        assert 1 <= len(n["principles"]) <= 2 and set(n["principles"]) <= set(range(1, 11))
        assert n["split"] in ("tune", "eval")
    tune = [n for n in notes if n["split"] == "tune"]
    assert 0.4 <= len(tune) / len(notes) <= 0.6
    for p in range(1, 11):
        tagged = [n for n in notes if p in n["principles"]]
        assert len(tagged) >= 6, p
        assert 3 <= sum(n["split"] == "tune" for n in tagged) <= len(tagged) - 3, p


def quality(sg: Suggester, notes: list[dict]) -> tuple[float, float]:
    found = total = first = 0
    for n in notes:
        top = numbers(sg.suggest(n["text"]))
        found += len(set(top) & set(n["principles"]))
        total += len(n["principles"])
        first += bool(top) and top[0] in n["principles"]
    return found / total, first / len(notes)


def test_quality_floor_on_the_evaluation_half(lib, session_id):
    notes = load_tagged()
    held_out = [n for n in notes if n["split"] == "eval"]
    recall, _ = quality(Suggester(load_default_framework()), held_out)
    assert recall >= RECALL_FLOOR_KEYWORDS

    for n in notes:  # a library where the tuning half was tagged by hand before
        if n["split"] == "tune":
            _add(lib, session_id, n["text"], principles=n["principles"])
    sg = Suggester.from_library(lib, load_default_framework())
    recall, precision = quality(sg, held_out)
    assert recall >= RECALL_FLOOR_WITH_HISTORY
    assert precision >= PRECISION_FLOOR_WITH_HISTORY
