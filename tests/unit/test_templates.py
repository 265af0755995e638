"""The shipped session templates, user templates and broken template files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workshop.domain.templates import (
    get_template,
    load_template,
    load_templates,
    template_dirs,
)
from workshop.domain.vocabulary import STEP_KINDS
from workshop.errors import FrameworkError, NotFoundError
from workshop.paths import templates_dir, user_templates_dir

REQUIRED_IDS = {
    "politician-workshop",
    "focus-group",
    "user-interview",
    "case-discussion",
    "library-evening",
    "popup-stand",
    "creative-workshop",
    "ad-hoc-committee",
}

USER_TEMPLATE = """\
id = "my-own-meeting"
name = { nb = "Mitt eget møte", en = "My own meeting" }
groups = { nb = ["Alle"], en = ["Everyone"] }

[[steps]]
kind = "intro"
minutes = 5
title = { nb = "Start", en = "Start" }
prompt = { nb = "Si hei.", en = "Say hello." }
question = { nb = "", en = "" }

[[steps]]
kind = "discuss"
minutes = 30
title = { nb = "Snakk", en = "Talk" }
prompt = { nb = "", en = "" }
question = { nb = "Hva tenker dere?", en = "What do you think?" }
"""


def test_all_required_templates_are_shipped():
    templates = load_templates()
    assert set(templates) >= REQUIRED_IDS
    shipped = {p.stem for p in templates_dir().glob("*.toml")}
    assert shipped >= REQUIRED_IDS


@pytest.mark.parametrize("path", sorted(templates_dir().glob("*.toml")), ids=lambda p: p.stem)
def test_shipped_template_is_valid_and_named_after_its_id(path: Path):
    tpl = load_template(path)
    assert path.name == f"{tpl.id}.toml"
    assert tpl.path == str(path)
    assert tpl.name["nb"].strip() and tpl.name["en"].strip()
    assert tpl.steps
    for step in tpl.steps:
        assert step.kind in STEP_KINDS
        assert 0 <= step.minutes <= 24 * 60
        assert step.title["nb"].strip() and step.title["en"].strip()
        # a question is either missing in both languages or present in both
        assert bool(step.question["nb"].strip()) == bool(step.question["en"].strip())
    assert len(tpl.groups["nb"]) == len(tpl.groups["en"])
    assert tpl.total_minutes == sum(s.minutes for s in tpl.steps)


def text_tables(data, where="/"):
    """Every ``{nb = …, en = …}`` table of parsed TOML, with where it is."""
    if isinstance(data, dict):
        if "nb" in data and "en" in data:
            yield where, data
        for key, value in data.items():
            yield from text_tables(value, f"{where}{key}/")
    elif isinstance(data, list):
        for i, value in enumerate(data, start=1):
            yield from text_tables(value, f"{where}{i}/")


@pytest.mark.parametrize("path", sorted(templates_dir().glob("*.toml")), ids=lambda p: p.stem)
def test_shipped_template_has_nynorsk_everywhere(path: Path):
    """Every text of a shipped template is written in nynorsk too (not left to the fallback)."""
    import tomllib

    tables = list(text_tables(tomllib.loads(path.read_text(encoding="utf-8"))))
    assert len(tables) > 10
    for where, table in tables:
        assert "nn" in table, where
        assert bool(table["nn"]) == bool(table["nb"]), where  # empty exactly where bokmål is
        if isinstance(table["nb"], list):
            assert len(table["nn"]) == len(table["nb"]), where
    tpl = load_template(path)
    differs = [s for s in tpl.steps if s.prompt["nn"] and s.prompt["nn"] != s.prompt["nb"]]
    assert len(differs) >= len([s for s in tpl.steps if s.prompt["nb"]]) - 1, path.stem


def test_a_template_without_nynorsk_shows_bokmal_in_nynorsk():
    tpl = load_template_text(USER_TEMPLATE)
    assert tpl.name == {"nb": "Mitt eget møte", "nn": "Mitt eget møte", "en": "My own meeting"}
    assert tpl.to_dict("nn")["steps"][1]["question"] == "Hva tenker dere?"


def test_nynorsk_texts_of_a_template_are_used_and_checked(tmp_path):
    text = USER_TEMPLATE.replace(
        'name = { nb = "Mitt eget møte", en',
        'name = { nb = "Mitt eget møte", nn = "Mitt eige møte", en',
    ).replace('groups = { nb = ["Alle"], en', 'groups = { nb = ["Alle"], nn = ["Alle saman"], en')
    tpl = load_template_text(text)
    assert tpl.to_dict("nn")["name"] == "Mitt eige møte"
    assert tpl.groups["nn"] == ["Alle saman"]
    for broken, problem in (
        ('nn = "Mitt eige møte"', 'nn = ""'),
        ('nn = ["Alle saman"]', 'nn = ["Alle", "saman"]'),
        ('nn = "Mitt eige møte"', "nn = 3"),
    ):
        with pytest.raises(FrameworkError):
            load_template_text(text.replace(broken, problem), tmp_path)


def load_template_text(text: str, directory: Path | None = None):
    directory = directory or Path(os.environ["XDG_DATA_HOME"])
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "template-under-test.toml"
    path.write_text(text, encoding="utf-8")
    return load_template(path)


def test_politician_workshop_asks_the_strategy_questions():
    tpl = get_template("politician-workshop")
    questions = [s.question["nb"] for s in tpl.steps]
    assert any("Hva har vi fått til?" in q for q in questions)
    assert any("Hvor skal vi legge innovasjonstrykket?" in q for q in questions)
    assert "evaluate" in [s.kind for s in tpl.steps]
    assert tpl.steps[0].kind == "intro"
    assert tpl.steps[-1].kind == "wrap-up"


def test_popup_stand_has_an_open_ended_step():
    tpl = get_template("popup-stand")
    assert any(s.minutes == 0 for s in tpl.steps)


def test_to_dict_in_each_language():
    tpl = get_template("politician-workshop")
    nb, en = tpl.to_dict("nb"), tpl.to_dict("en")
    nn = tpl.to_dict("nn")
    assert nn["name"] == "Politikarverkstad"
    assert nn["steps"][1]["question"] == "Kva har vi fått til?"
    assert nn["groups"] == ["Politikarar", "Administrasjon"]
    assert "kommunedirektøren" in nn["audience"]
    assert nb["id"] == en["id"] == "politician-workshop"
    assert nb["name"] == "Politikerverksted"
    assert en["name"] == "Politician workshop"
    assert nb["total_minutes"] == tpl.total_minutes == 95
    assert [s["kind"] for s in nb["steps"]] == [s.kind for s in tpl.steps]
    assert nb["steps"][1]["question"] == "Hva har vi fått til?"
    assert en["steps"][1]["question"] == "What have we achieved?"


def test_user_templates_dir_is_isolated_under_xdg_data_home():
    assert str(user_templates_dir()).startswith(os.environ["XDG_DATA_HOME"])
    assert template_dirs() == [templates_dir(), user_templates_dir()]


def test_user_template_is_listed():
    directory = user_templates_dir()
    directory.mkdir(parents=True)
    (directory / "my-own-meeting.toml").write_text(USER_TEMPLATE, encoding="utf-8")

    templates = load_templates()
    assert set(templates) >= REQUIRED_IDS | {"my-own-meeting"}
    tpl = get_template("my-own-meeting")
    assert tpl.path == str(directory / "my-own-meeting.toml")
    assert [s.kind for s in tpl.steps] == ["intro", "discuss"]
    assert tpl.total_minutes == 35
    assert tpl.groups == {"nb": ["Alle"], "nn": ["Alle"], "en": ["Everyone"]}  # nn: as nb


def test_user_template_overrides_a_shipped_one_by_id():
    directory = user_templates_dir()
    directory.mkdir(parents=True)
    text = USER_TEMPLATE.replace('id = "my-own-meeting"', 'id = "focus-group"')
    (directory / "local-focus-group.toml").write_text(text, encoding="utf-8")
    assert get_template("focus-group").name["nb"] == "Mitt eget møte"


def test_broken_user_template_names_the_file():
    directory = user_templates_dir()
    directory.mkdir(parents=True)
    path = directory / "broken.toml"
    path.write_text(USER_TEMPLATE.replace('kind = "discuss"', 'kind = "dance"'), encoding="utf-8")
    with pytest.raises(FrameworkError) as info:
        load_templates()
    assert info.value.message("en") == (
        f"{path}: error in steps[2]: unknown step kind “dance” (valid: {', '.join(STEP_KINDS)})"
    )


def test_user_template_that_is_not_toml_names_the_file():
    directory = user_templates_dir()
    directory.mkdir(parents=True)
    path = directory / "notes.toml"
    path.write_text("this is not = = toml\n", encoding="utf-8")
    with pytest.raises(FrameworkError) as info:
        load_templates()
    assert info.value.key == "file_not_toml"
    assert info.value.message("en").startswith(f"{path}: not valid TOML (")


RANGE = "minutes must be between 0 and 1440, not"
BROKEN_FIELDS = [
    ("minutes = 30", "minutes = 2000", "steps[2]", f"{RANGE} 2000"),
    ("minutes = 30", "minutes = -1", "steps[2]", f"{RANGE} -1"),
    ("minutes = 30", 'minutes = "30"', "steps[2]", "“minutes” has the wrong type (expected int)"),
    (
        "minutes = 30",
        "minutes = true",
        "steps[2]",
        "“minutes” has the wrong type (expected integer)",
    ),
    ('id = "my-own-meeting"\n', "", "/", "“id” is missing"),
    (
        'title = { nb = "Start", en = "Start" }',
        'title = { nb = "Start" }',
        "steps[1].title",
        "“en” is missing",
    ),
    (
        'groups = { nb = ["Alle"], en = ["Everyone"] }',
        'groups = { nb = ["Alle"], en = [] }',
        "/.groups",
        "the lists differ in length between the languages",
    ),
]


@pytest.mark.parametrize(("old", "new", "where", "problem"), BROKEN_FIELDS)
def test_broken_template_fields(tmp_path, old, new, where, problem):
    assert old in USER_TEMPLATE
    path = tmp_path / "t.toml"
    path.write_text(USER_TEMPLATE.replace(old, new), encoding="utf-8")
    with pytest.raises(FrameworkError) as info:
        load_template(path)
    assert info.value.message("en") == f"{path}: error in {where}: {problem}"


def test_template_without_steps(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text(USER_TEMPLATE.split("[[steps]]")[0] + "steps = []\n", encoding="utf-8")
    with pytest.raises(FrameworkError) as info:
        load_template(path)
    assert info.value.message("en") == f"{path}: error in steps: “steps” is empty"


def test_unknown_template_id():
    with pytest.raises(NotFoundError) as info:
        get_template("nope")
    err = info.value
    assert err.key == "template_not_found"
    assert err.params["template"] == "nope"
    known = err.params["known"].split(", ")
    assert set(known) >= REQUIRED_IDS
    assert known == sorted(known)
    assert err.message("en").startswith("Unknown template “nope”. Available: ")
    assert err.message("nb").startswith("Ukjent mal «nope». Tilgjengelige: ")


def test_missing_template_dirs_are_skipped(tmp_path):
    assert load_templates([tmp_path / "missing"]) == {}
    with pytest.raises(NotFoundError):
        get_template("focus-group", [tmp_path / "missing"])
