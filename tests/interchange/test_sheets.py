"""Reading spreadsheets as people make them: encodings, delimiters, headers, XLSX and ODS."""

from __future__ import annotations

import pytest

from casetracker.domain.errors import ValidationError
from casetracker.interchange import sheets
from casetracker.interchange.columns import CANONICAL, guess_mapping, signature

ROWS = [["Қалиолла Сейтқазыұлы", "в лагере", "весна 2018"], ["Иван", "освобождён", "12.04.2019"]]


def _csv(path, text: str, encoding: str):
    path.write_bytes(text.encode(encoding))
    return sheets.open_sheet(path)


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("cp1251", ";"), ("utf-16", "\t")],
)
def test_encodings_and_delimiters(tmp_path, encoding, delimiter):
    rows = ROWS if encoding != "cp1251" else [["Калиолла", "в лагере", "весна 2018"]]
    text = "\r\n".join(delimiter.join(r) for r in [["ФИО", "Статус", "Дата"], *rows]) + "\r\n"
    sheet = _csv(tmp_path / "list.csv", text, encoding)
    assert sheet.headers == ["ФИО", "Статус", "Дата"]
    assert [cells for _, cells in sheet.rows()] == rows
    assert sheet.delimiter == delimiter


def test_quoted_newlines_trailing_columns_and_blank_rows(tmp_path):
    text = 'name;notes;;\n"A";"line one\nline two";;\n;;;\n"B";x;;\n'
    sheet = _csv(tmp_path / "x.csv", text, "utf-8")
    assert sheet.headers == ["name", "notes"]
    assert list(sheet.rows()) == [(2, ["A", "line one\nline two"]), (4, ["B", "x"])]


def test_headers_guessed_in_three_languages():
    assert guess_mapping(["ФИО", "Пол", "Год рождения", "Статус", "Заявитель", "Телефон"]) == {
        0: "name", 1: "sex", 2: "birth_year", 3: "status", 4: "reporter_name", 5: "reporter_phone"
    }  # fmt: skip
    assert guess_mapping(["Аты-жөні", "Жынысы", "Туған жылы", "Ұлты"]) == {
        0: "name", 1: "sex", 2: "birth_year", 3: "ethnicity"
    }  # fmt: skip
    assert guess_mapping(["Full name", "Gender", "Date of birth", "Notes", "Unrelated"]) == {
        0: "name", 1: "sex", 2: "birth_year", 3: "notes"
    }  # fmt: skip
    assert guess_mapping(list(CANONICAL)) == dict(enumerate(CANONICAL))
    assert signature(["ФИО", "Пол"]) == signature([" фио ", "ПОЛ"]) != signature(["Пол", "ФИО"])


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_xlsx_and_ods_write_then_read(tmp_path, fmt):
    path = tmp_path / f"x.{fmt}"
    rows = [["CT-0001", "=cmd|' /C calc'!A0", "1975"], ["CT-0002", "two\nlines", ""]]
    sheets.WRITERS[fmt](path, ["ref", "name", "birth_year"], rows)
    sheet = sheets.open_sheet(path)
    assert sheet.headers == ["ref", "name", "birth_year"]
    assert [cells for _, cells in sheet.rows()] == [rows[0], [*rows[1][:2], ""]]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("x.pdf", b"%PDF", "cannot read .pdf"),
        ("x.xlsx", b"not a zip", "not a readable XLSX"),
        ("x.ods", b"not a zip", "not a readable ODS"),
        ("x.csv", b"", "no header row"),
        ("x.csv", b"\x00\x01\x02binary", "not a text"),
    ],
)
def test_unreadable_files_are_one_clear_error(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ValidationError, match=message):
        sheet = sheets.open_sheet(path)
        list(sheet.rows())
