"""Frameworks with many principles: the validator's limits, its linear checks, and documents
that lay out every framework it accepts (issue 15).

With about 50 principles, ``export --pdf`` and ``report --pdf`` failed with "Flowable <BarChart …>
too large"; the duplicate check was quadratic.
"""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from workshop.cli import main
from workshop.domain.framework import framework_from_dict, load_framework
from workshop.domain.vocabulary import (
    FRAMEWORK_MAX_FOCUS_AREAS,
    FRAMEWORK_MAX_ITEMS,
    FRAMEWORK_MAX_PRINCIPLES,
    FRAMEWORK_MAX_TEXT,
)
from workshop.errors import FrameworkError


def framework_data(principles: int, areas: int = 0, *, title: str = "Prinsipp") -> dict:
    return {
        "id": "stor",
        "version": 1,
        "name": {"nb": "Stort rammeverk", "en": "Large framework"},
        "principles": [
            {
                "number": n,
                "title": {"nb": f"{title} {n}", "en": f"Principle {n}"},
                "text": {"nb": f"Tekst {n}.", "en": f"Text {n}."},
            }
            for n in range(1, principles + 1)
        ],
        "focus_areas": [
            {
                "id": f"f{i}",
                "title": {"nb": f"Område {i}", "en": f"Area {i}"},
                "principles": [1 + i % principles],
            }
            for i in range(1, areas + 1)
        ],
    }


def toml_of(data: dict) -> str:
    def text(d):
        return "{ " + ", ".join(f'{k} = "{v}"' for k, v in d.items()) + " }"

    lines = [f'id = "{data["id"]}"', "version = 1", f"name = {text(data['name'])}"]
    for p in data["principles"]:
        lines += ["[[principles]]", f"number = {p['number']}"]
        lines += [f"title = {text(p['title'])}", f"text = {text(p['text'])}"]
    for fa in data["focus_areas"]:
        lines += ["[[focus_areas]]", f'id = "{fa["id"]}"', f"title = {text(fa['title'])}"]
        lines.append(f"principles = {fa['principles']}")
    return "\n".join(lines) + "\n"


def test_the_validator_accepts_64_and_the_upper_limit():
    assert len(framework_from_dict(framework_data(64, 20)).principles) == 64
    top = framework_from_dict(framework_data(FRAMEWORK_MAX_PRINCIPLES, FRAMEWORK_MAX_FOCUS_AREAS))
    assert len(top.principles) == FRAMEWORK_MAX_PRINCIPLES
    assert len(top.focus_areas) == FRAMEWORK_MAX_FOCUS_AREAS


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (framework_data(FRAMEWORK_MAX_PRINCIPLES + 1), "has more than 200"),
        (framework_data(3, FRAMEWORK_MAX_FOCUS_AREAS + 1), "has more than 100"),
        (framework_data(3, title="x" * 300), "is longer than 200 characters"),
    ],
    ids=["principles", "focus areas", "title"],
)
def test_the_validator_has_upper_limits(data, problem):
    with pytest.raises(FrameworkError) as caught:
        framework_from_dict(data, "big.toml")
    message = caught.value.message("en")
    assert problem in message
    assert "\n" not in message


def test_long_texts_and_lists_are_refused():
    data = framework_data(2)
    data["principles"][0]["text"]["en"] = "y" * (FRAMEWORK_MAX_TEXT + 1)
    with pytest.raises(FrameworkError, match="longer than 2000"):
        framework_from_dict(data)
    data = framework_data(2)
    data["principles"][1]["keywords"] = {"nb": ["ord"] * (FRAMEWORK_MAX_ITEMS + 1), "en": ["w"]}
    with pytest.raises(FrameworkError, match="has more than 200"):
        framework_from_dict(data)


def test_a_huge_snapshot_is_refused_quickly_and_a_long_duplicate_is_not_echoed():
    """27,000 principles took 16 s to check (a quadratic duplicate search): now the count is
    refused at once. A duplicate focus area id of 5,000 characters is named, not repeated."""
    with pytest.raises(FrameworkError, match="has more than"):
        framework_from_dict(framework_data(27_000))
    data = framework_data(3, 2)
    long_id = "å" * 5000
    data["focus_areas"] = [dict(data["focus_areas"][0], id="a" * 90) for _ in range(2)]
    data["focus_areas"][0]["id"] = data["focus_areas"][1]["id"] = long_id[:100]
    with pytest.raises(FrameworkError) as caught:
        framework_from_dict(data)
    assert len(caught.value.message("en")) < 200
    data["focus_areas"][0]["id"] = long_id
    with pytest.raises(FrameworkError) as caught:
        framework_from_dict(data)
    assert len(caught.value.message("en")) < 200


def cli(*args: str) -> None:
    assert main(list(args)) == 0


@pytest.mark.parametrize("count", [64, FRAMEWORK_MAX_PRINCIPLES])
def test_minutes_and_report_lay_out_any_accepted_framework(tmp_path, capsys, count):
    framework = tmp_path / "stor.toml"
    framework.write_text(toml_of(framework_data(count, 30)), encoding="utf-8")
    assert len(load_framework(framework).principles) == count
    library = str(tmp_path / "lib.sqlite")
    capsys.readouterr()
    cli("--library", library, "new", "focus-group", "--title", "Mange prinsipp",
        "--date", "2026-03-04", "--framework", str(framework))  # fmt: skip
    session = capsys.readouterr().out.strip()
    rows = ["text;principles"] + [f"Innspill {n};{n}" for n in range(1, count + 1)]
    rows += [f"Enda et innspill {n};{n}" for n in range(1, count + 1, 3)]
    csv = tmp_path / "notes.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    cli("--library", library, "import", session, str(csv))
    minutes, report = tmp_path / "minutes.pdf", tmp_path / "report.pdf"
    cli("--library", library, "export", session, "--pdf", str(minutes))
    cli("--library", library, "report", "--from", "2026-01-01", "--to", "2026-12-31",
        "--pdf", str(report))  # fmt: skip
    for path in (minutes, report):
        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
        # every principle's bar is there: its number and title, once in the chart
        for n in (1, count // 2, count):
            assert re.search(rf"\b{n}\s*Prinsipp {n}\b", text), (path.name, n)
