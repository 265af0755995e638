"""CSV import: encodings and delimiters Excel writes, aliases, and all-or-nothing refusal."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from workshop.errors import ImportFileError
from workshop.services.agenda import step_id_at
from workshop.services.csv_import import import_csv
from workshop.services.notes import list_notes
from workshop.store.models import Note, NotePrinciple

# The service tests run on a SQLite library and on a team library (PostgreSQL).
LIBRARY_BACKENDS = ("sqlite", "postgresql")


def _write(tmp_path, content: str | bytes, name: str = "innspill.csv"):
    path = tmp_path / name
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def _stored(lib, session_id):
    return [
        (n.text, list(n.principles), n.group, n.step_position) for n in list_notes(lib, session_id)
    ]


def test_utf8_comma_file(lib, session_id, tmp_path):
    path = _write(
        tmp_path,
        "text,principles,group,step\n"
        'Mer lys på torget,"3,7",Politikere,2\n'
        "Bedre busstilbud,3 7,Administrasjon,\n"
        "Kafé på biblioteket,,,\n",
    )
    result = import_csv(lib, session_id, path)
    assert (result.imported, result.skipped_empty) == (3, 0)
    assert _stored(lib, session_id) == [
        ("Mer lys på torget", [3, 7], "Politikere", 2),
        ("Bedre busstilbud", [3, 7], "Administrasjon", None),
        ("Kafé på biblioteket", [], "", None),
    ]
    assert [n.id for n in list_notes(lib, session_id)] == result.note_ids
    assert [n.seq for n in list_notes(lib, session_id)] == [1, 2, 3]


def test_utf8_bom_semicolon_file_with_norwegian_headers(lib, session_id, tmp_path):
    path = _write(
        tmp_path,
        "\ufeffTekst;Prinsipper;Gruppe;Steg\r\n"
        'Æ, ø og å i teksten;"3;7";Innbyggere;3\r\n'
        "Ungdomsråd;10;Politikere;1\r\n",
    )
    result = import_csv(lib, session_id, path)
    assert result.imported == 2
    assert _stored(lib, session_id) == [
        ("Æ, ø og å i teksten", [3, 7], "Innbyggere", 3),
        ("Ungdomsråd", [10], "Politikere", 1),
    ]
    note = list_notes(lib, session_id)[0]
    assert note.step_id == step_id_at(lib, session_id, 3)
    with lib.read() as s:
        assert {n.device_id for n in s.scalars(select(Note))} == {lib.device_id}
        assert {p.device_id for p in s.scalars(select(NotePrinciple))} == {lib.device_id}


def test_windows_1252_file(lib, session_id, tmp_path):
    content = "tekst;prinsipper\nBlåbær og rødgrøt – 5 €;4\nÆØÅ æøå;\n"
    raw = content.encode("cp1252")
    assert raw.decode("cp1252") == content
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    result = import_csv(lib, session_id, _write(tmp_path, raw))
    assert result.imported == 2
    assert [n.text for n in list_notes(lib, session_id)] == [
        "Blåbær og rødgrøt – 5 €",
        "ÆØÅ æøå",
    ]


def test_undecodable_file_is_refused(lib, session_id, tmp_path):
    path = _write(tmp_path, b"text\n\x81\x8d\x8f\n")
    with pytest.raises(ImportFileError) as exc:
        import_csv(lib, session_id, path)
    assert exc.value.key == "csv_encoding"
    assert list_notes(lib, session_id) == []


def test_empty_rows_are_skipped_and_counted(lib, session_id, tmp_path):
    path = _write(tmp_path, "tekst;gruppe\n\nFørste;A\n;\n  ;  \nAndre;B\n\n")
    result = import_csv(lib, session_id, path)
    assert (result.imported, result.skipped_empty) == (2, 4)
    assert _stored(lib, session_id) == [("Første", [], "A", None), ("Andre", [], "B", None)]


def test_multiline_quoted_text_keeps_its_newline(lib, session_id, tmp_path):
    path = _write(
        tmp_path,
        'text;principles\r\n"Første linje\r\nandre linje";2\r\n"Sier ""hei""; og går";\r\n',
    )
    import_csv(lib, session_id, path)
    assert _stored(lib, session_id) == [
        ("Første linje\nandre linje", [2], "", None),
        ('Sier "hei"; og går', [], "", None),
    ]


def test_text_is_trimmed_and_extra_columns_ignored(lib, session_id, tmp_path):
    path = _write(tmp_path, "id,text,colour\n1,  Idé med mellomrom  ,blue\n")
    import_csv(lib, session_id, path)
    note = list_notes(lib, session_id)[0]
    assert (note.text, note.colour) == ("Idé med mellomrom", "yellow")


def test_import_appends_after_existing_notes(lib, session_id, tmp_path):
    from workshop.services.notes import add_note

    add_note(lib, session_id, "fra før")
    import_csv(lib, session_id, _write(tmp_path, "text\nny\n"))
    assert [(n.seq, n.text) for n in list_notes(lib, session_id)] == [(1, "fra før"), (2, "ny")]


BAD_FILES = [
    pytest.param("text;principles\nOK;3\nOK;4\nFeil;11\n", 4, "csv_bad_principle", id="p11"),
    pytest.param("text;principles\nOK;3\nFeil;x\nOK;4\n", 3, "csv_bad_principle", id="px"),
    pytest.param("text;principles\nFeil;0\n", 2, "csv_bad_principle", id="p0"),
    pytest.param('text,principles\nOK,1\nFeil,"3,12"\n', 3, "csv_bad_principle", id="p3_12"),
    pytest.param("text;step\nOK;1\nOK;9\nFeil;99\n", 4, "csv_bad_step", id="step99"),
    pytest.param("text;step\nOK;1\nFeil;to\n", 3, "csv_bad_step", id="step_word"),
    pytest.param("text;step\nFeil;0\n", 2, "csv_bad_step", id="step0"),
    pytest.param("text;group\nOK;A\n;A\nOK;B\n", 3, "csv_text_empty", id="empty_text"),
    pytest.param("text;group\nOK;A\n  ;A\n", 3, "csv_text_empty", id="blank_text"),
    pytest.param("text\nOK\nOK\nOK\nOK\n" + "y" * 5001 + "\n", 6, "csv_text_too_long", id="long"),
    pytest.param("text;group\nOK;A\nFeil;B;ekstra\n", 3, "csv_extra_cells", id="extra"),
    pytest.param("text;group\nOK;" + "g" * 101 + "\n", 2, "csv_bad_group", id="group"),
    pytest.param('text;principles\n"To\nlinjer";1\nFeil;11\n', 4, "csv_bad_principle", id="ml"),
]


@pytest.mark.parametrize(("content", "line", "key"), BAD_FILES)
def test_bad_cell_refuses_the_whole_file(lib, session_id, tmp_path, content, line, key):
    from workshop.services.notes import add_note

    add_note(lib, session_id, "fra før")
    before = _stored(lib, session_id)
    path = _write(tmp_path, content)
    with pytest.raises(ImportFileError) as exc:
        import_csv(lib, session_id, path)
    assert exc.value.key == key
    assert exc.value.params["line"] == line
    assert f"line {line}:" in exc.value.message("en")
    assert f"linje {line}:" in exc.value.message("nb")
    assert str(path) in exc.value.message("en")
    assert "nothing was imported" in exc.value.message("en")
    assert _stored(lib, session_id) == before
    assert len(list_notes(lib, session_id, include_deleted=True)) == 1


def test_text_of_exactly_5000_characters_is_accepted(lib, session_id, tmp_path):
    text = "z" * 5000
    import_csv(lib, session_id, _write(tmp_path, f"text\n{text}\n"))
    assert [n.text for n in list_notes(lib, session_id)] == [text]


@pytest.mark.parametrize(
    ("content", "key"),
    [
        pytest.param("principles;group\n3;A\n", "csv_no_text_column", id="no_text_column"),
        pytest.param("", "csv_no_header", id="empty"),
        pytest.param("\ufeff", "csv_no_header", id="only_bom"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "csv_not_text", id="binary"),
    ],
)
def test_unusable_files_are_refused(lib, session_id, tmp_path, content, key):
    path = _write(tmp_path, content)
    with pytest.raises(ImportFileError) as exc:
        import_csv(lib, session_id, path)
    assert exc.value.key == key
    assert str(path) in exc.value.message("nb")
    assert list_notes(lib, session_id) == []


def test_missing_file_and_folder_are_refused(lib, session_id, tmp_path):
    for path in (tmp_path / "finnes-ikke.csv", tmp_path):
        with pytest.raises(ImportFileError) as exc:
            import_csv(lib, session_id, path)
        assert exc.value.key == "csv_not_found"
        assert exc.value.message("en") == f"File not found: {path}"
    assert list_notes(lib, session_id) == []


def test_unknown_session_is_refused(lib, tmp_path):
    from workshop.errors import NotFoundError

    with pytest.raises(NotFoundError):
        import_csv(lib, "0" * 36, _write(tmp_path, "text\nhei\n"))


def test_single_column_file_keeps_commas_and_semicolons_in_the_text(lib, session_id, tmp_path):
    path = _write(tmp_path, 'tekst\r\nHei, verden\r\nTo; tre\r\n"Sitert, med ""anførsel"""\r\n\r\n')
    result = import_csv(lib, session_id, path)
    assert (result.imported, result.skipped_empty) == (3, 1)
    assert [n.text for n in list_notes(lib, session_id)] == [
        "Hei, verden",
        "To; tre",
        'Sitert, med "anførsel"',
    ]
