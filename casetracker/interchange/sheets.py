"""Spreadsheets as people make them: CSV (any of the usual encodings and delimiters), XLSX, ODS.

Everything is read into the same shape, a `Sheet` of text cells, so that column mapping and
validation never care where a row came from. CSV decoding is sniffed, not asked: volunteers do
not know whether Excel saved "UTF-8", "UTF-8 with BOM" or "Windows-1251", and a Russian-locale
Excel writes semicolons. Trailing empty columns and rows (Excel's formatting debris) are dropped.

Rows are re-read from the file for every pass (`Sheet.rows()`), so a 100,000-row file is never
held twice in memory.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from casetracker.domain.errors import ValidationError

FORMATS = ("csv", "xlsx", "ods")
#: More cells than this in one row means a broken or hostile file, not a case list.
MAX_COLUMNS = 200
MAX_FILE_BYTES = 500 * 1024 * 1024
csv.field_size_limit(10 * 1024 * 1024)


def format_of(path: Path, explicit: str | None = None) -> str:
    """The format from `explicit` or the file name; refuses what we cannot read."""
    fmt = (explicit or path.suffix.lstrip(".")).lower()
    fmt = {"tsv": "csv", "txt": "csv"}.get(fmt, fmt)
    if fmt not in FORMATS:
        raise ValidationError("format", f"cannot read .{fmt} files (use CSV, XLSX or ODS)")
    return fmt


# -- CSV decoding ------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name): BOMs first, then strict UTF-8, then Cyrillic or Western Windows."""
    for bom, name in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    cyrillic = data.decode("cp1251", errors="replace")
    high = [ch for ch in cyrillic if ord(ch) > 127]
    if high and sum("\u0400" <= ch <= "\u04ff" for ch in high) / len(high) >= 0.6:
        return cyrillic, "cp1251"
    return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: the most frequent of ; , tab | outside quotes."""
    header = []
    quoted = False
    for ch in text[:65536]:
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            if header:
                break
            continue
        elif not quoted:
            header.append(ch)
    counts = {d: header.count(d) for d in (";", ",", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# -- The sheet ---------------------------------------------------------------------------------


@dataclass
class Sheet:
    """Headers plus a way to iterate the data rows (1-based row numbers as the user sees them)."""

    path: Path
    fmt: str
    headers: list[str]
    _rows: Callable[[], Iterator[list[str]]] = field(repr=False)
    encoding: str = ""
    delimiter: str = ""
    first_data_row: int = 2  # the header is row 1 in every spreadsheet program

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells padded to the header width) for every non-empty data row."""
        width = len(self.headers)
        for number, cells in enumerate(self._rows(), start=self.first_data_row):
            cells = _trim(cells)
            if not cells:
                continue
            if len(cells) < width:
                cells = cells + [""] * (width - len(cells))
            yield number, cells

    def preview(self, limit: int = 20) -> list[tuple[int, list[str]]]:
        result = []
        for item in self.rows():
            result.append(item)
            if len(result) >= limit:
                break
        return result


def _trim(cells: Sequence[object]) -> list[str]:
    out = [c.strip() if type(c) is str else _cell_text(c) for c in cells[: MAX_COLUMNS + 50]]
    while out and not out[-1]:
        out.pop()
    return out


def _cell_text(value: object) -> str:
    """Spreadsheet cell values as the text a person sees (1975.0 is 1975, a date is ISO)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").strip()


def _header(cells: list[str], path: Path) -> list[str]:
    headers = _trim(cells)
    if not headers:
        raise ValidationError("file", f"{path.name} has no header row")
    if len(headers) > MAX_COLUMNS:
        raise ValidationError(
            "file", f"{path.name} has {len(headers)} columns (at most {MAX_COLUMNS})"
        )
    return headers


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError("file", f"{path.name} is larger than {MAX_FILE_BYTES >> 20} MB")
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", f"cannot read {path}: {exc.strerror or exc}") from None


def _open_csv(path: Path) -> Sheet:
    text, encoding = decode(_read_bytes(path))
    if "\x00" in text[:4096]:
        raise ValidationError("file", f"{path.name} is not a text (CSV) file")
    delimiter = sniff_delimiter(text)

    def rows() -> Iterator[list[str]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            next(reader, None)
            yield from reader
        except csv.Error as exc:
            raise ValidationError("file", f"{path.name}: {exc}") from None

    try:
        first = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    except csv.Error as exc:
        raise ValidationError("file", f"{path.name}: {exc}") from None
    return Sheet(path, "csv", _header(first, path), rows, encoding, delimiter)


def _open_xlsx(path: Path) -> Sheet:
    import openpyxl  # local: only needed for spreadsheets, and it is slow to import

    def workbook():
        try:
            return openpyxl.load_workbook(path, read_only=True, data_only=True)
        except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise ValidationError(
                "file", f"{path.name} is not a readable XLSX file ({exc})"
            ) from None

    def rows() -> Iterator[list[str]]:
        wb = workbook()
        try:
            it = wb.worksheets[0].iter_rows(values_only=True)
            next(it, None)
            for row in it:
                yield list(row)
        finally:
            wb.close()

    wb = workbook()
    try:
        if not wb.worksheets:
            raise ValidationError("file", f"{path.name} has no sheet")
        first = next(wb.worksheets[0].iter_rows(values_only=True, max_row=1), ())
    finally:
        wb.close()
    return Sheet(path, "xlsx", _header(list(first), path), rows)


def _ods_rows(path: Path) -> Iterator[list[str]]:
    from odf import opendocument, table, text  # local, as openpyxl above
    from odf.namespaces import TABLENS

    try:
        doc = opendocument.load(str(path))
    except Exception as exc:  # odfpy raises many kinds for a damaged file
        raise ValidationError("file", f"{path.name} is not a readable ODS file ({exc})") from None
    sheets = doc.spreadsheet.getElementsByType(table.Table)
    if not sheets:
        raise ValidationError("file", f"{path.name} has no sheet")
    for row in sheets[0].getElementsByType(table.TableRow):
        cells: list[str] = []
        for cell in row.childNodes:
            if cell.qname[1] not in ("table-cell", "covered-table-cell"):
                continue
            repeat = int(cell.attributes.get((TABLENS, "number-columns-repeated"), 1) or 1)
            value = "\n".join(
                "".join(_node_text(n) for n in p.childNodes) for p in cell.getElementsByType(text.P)
            )
            cells.extend([value.strip()] * min(repeat, MAX_COLUMNS + 1 - len(cells)))
            if len(cells) > MAX_COLUMNS:
                break
        repeat_rows = int(row.attributes.get((TABLENS, "number-rows-repeated"), 1) or 1)
        trimmed = _trim(cells)
        # LibreOffice ends a sheet with ~a million repeated empty rows: keep the numbering right
        # for the ordinary few, without walking the million.
        for _ in range(min(repeat_rows, 1_000 if not trimmed else 10_000)):
            yield trimmed


def _node_text(node) -> str:
    if node.nodeType == node.TEXT_NODE:
        return str(node.data)
    if getattr(node, "qname", (None, None))[1] == "s":
        return " "
    return "".join(_node_text(n) for n in node.childNodes)


def _open_ods(path: Path) -> Sheet:
    it = _ods_rows(path)
    first = next(it, [])

    def rows() -> Iterator[list[str]]:
        again = _ods_rows(path)
        next(again, None)
        yield from again

    return Sheet(path, "ods", _header(first, path), rows)


_OPENERS: dict[str, Callable[[Path], Sheet]] = {
    "csv": _open_csv,
    "xlsx": _open_xlsx,
    "ods": _open_ods,
}


def open_sheet(path: Path, fmt: str | None = None) -> Sheet:
    """Open a spreadsheet file for reading; raises ValidationError with a one-line reason."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", f"no such file: {path}")
    return _OPENERS[format_of(path, fmt)](path)


# -- Writing -----------------------------------------------------------------------------------


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """UTF-8 with a BOM (so Excel shows Cyrillic and Arabic right), comma-separated."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows(rows)


def write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Cases")

    def text_cell(value: str) -> WriteOnlyCell:
        # Always a string cell: "1975" stays text, and "=..." typed in a note is never a formula.
        cell = WriteOnlyCell(ws, value=str(value))
        cell.data_type = "s"
        return cell

    ws.append([text_cell(h) for h in headers])
    for row in rows:
        ws.append([text_cell(value) for value in row])
    wb.save(path)


def write_ods(path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    sheet = Table(name="Cases")
    for values in (headers, *rows):
        tr = TableRow()
        for value in values:
            cell = TableCell(valuetype="string")
            for line in str(value).split("\n"):
                cell.addElement(P(text=line))
            tr.addElement(cell)
        sheet.addElement(tr)
    doc.spreadsheet.addElement(sheet)
    doc.save(str(path))


WRITERS: dict[str, Callable[[Path, Sequence[str], Iterable[Sequence[str]]], None]] = {
    "csv": write_csv,
    "xlsx": write_xlsx,
    "ods": write_ods,
}
