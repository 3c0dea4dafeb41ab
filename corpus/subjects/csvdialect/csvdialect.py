"""A from-scratch CSV reader and writer with dialects and simple sniffing."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum
from typing import Any, Iterable, Iterator, Mapping, Sequence

NEWLINES = "\r\n"


class CsvError(Exception):
    """Malformed CSV data or an impossible write request."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message if line is None else f"line {line}: {message}")
        self.line = line


class DialectError(CsvError, ValueError):
    """A dialect was configured inconsistently."""


class QuoteStyle(Enum):
    MINIMAL = "minimal"
    ALL = "all"
    NONNUMERIC = "nonnumeric"
    NONE = "none"


def _single_char(name: str, value: str | None, optional: bool) -> None:
    if value is None:
        if not optional:
            raise DialectError(f"{name} is required")
        return
    if not isinstance(value, str) or len(value) != 1:
        raise DialectError(f"{name} must be a single character, got {value!r}")
    if value in NEWLINES:
        raise DialectError(f"{name} must not be a line break")


@dataclass(frozen=True)
class Dialect:
    """How fields are separated, quoted and terminated."""

    delimiter: str = ","
    quotechar: str | None = '"'
    escapechar: str | None = None
    doublequote: bool = True
    quoting: QuoteStyle = QuoteStyle.MINIMAL
    lineterminator: str = "\r\n"
    skipinitialspace: bool = False
    strict: bool = False

    def __post_init__(self) -> None:
        _single_char("delimiter", self.delimiter, optional=False)
        _single_char("quotechar", self.quotechar, optional=True)
        _single_char("escapechar", self.escapechar, optional=True)
        if self.quotechar is None and self.quoting is not QuoteStyle.NONE:
            raise DialectError("quotechar is required unless quoting is NONE")
        specials = [char for char in (self.delimiter, self.quotechar, self.escapechar) if char is not None]
        if len(set(specials)) != len(specials):
            raise DialectError("delimiter, quotechar and escapechar must differ")
        if not self.lineterminator:
            raise DialectError("lineterminator must not be empty")

    def replace(self, **changes: Any) -> "Dialect":
        return dataclasses.replace(self, **changes)


EXCEL = Dialect()
EXCEL_TAB = Dialect(delimiter="\t")
UNIX = Dialect(lineterminator="\n", quoting=QuoteStyle.ALL)


class _State(Enum):
    START_RECORD = 1
    START_FIELD = 2
    IN_FIELD = 3
    IN_QUOTED = 4
    QUOTE_IN_QUOTED = 5
    ESCAPED = 6
    ESCAPED_IN_QUOTED = 7


class _RowBuilder:
    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self.row: list[Any] = []
        self.chars: list[str] = []
        self.quoted = False

    def end_field(self, line: int) -> None:
        text = "".join(self.chars)
        value: Any = text
        if self.dialect.quoting is QuoteStyle.NONNUMERIC and not self.quoted and text:
            try:
                value = float(text)
            except ValueError:
                raise CsvError(f"could not convert {text!r} to float", line) from None
        self.row.append(value)
        self.chars = []
        self.quoted = False

    def end_row(self, line: int) -> list[Any]:
        self.end_field(line)
        row, self.row = self.row, []
        return row


def iter_rows(text: str, dialect: Dialect = EXCEL) -> Iterator[list[Any]]:
    """Yield the rows of ``text``. Blank lines between records are skipped."""
    state = _State.START_RECORD
    builder = _RowBuilder(dialect)
    quotechar = dialect.quotechar if dialect.quoting is not QuoteStyle.NONE else None
    line = record_line = 1
    index = 0
    while index < len(text):
        char = text[index]
        index += 1
        if char in NEWLINES:
            if char == "\r" and text.startswith("\n", index):
                char = "\r\n"
                index += 1
            line += 1
            if state in (_State.IN_QUOTED, _State.ESCAPED_IN_QUOTED):
                builder.chars.append(char)
                state = _State.IN_QUOTED
            elif state is _State.ESCAPED:
                builder.chars.append(char)
                state = _State.IN_FIELD
            elif state is not _State.START_RECORD:
                yield builder.end_row(record_line)
                state = _State.START_RECORD
            continue
        if state in (_State.START_RECORD, _State.START_FIELD):
            if state is _State.START_RECORD:
                record_line = line
            if char == quotechar:
                builder.quoted = True
                state = _State.IN_QUOTED
            elif char == dialect.escapechar:
                state = _State.ESCAPED
            elif char == dialect.delimiter:
                builder.end_field(line)
                state = _State.START_FIELD
            elif char == " " and dialect.skipinitialspace:
                state = _State.START_FIELD
            else:
                builder.chars.append(char)
                state = _State.IN_FIELD
        elif state is _State.IN_FIELD:
            if char == dialect.delimiter:
                builder.end_field(line)
                state = _State.START_FIELD
            elif char == dialect.escapechar:
                state = _State.ESCAPED
            elif char == quotechar and dialect.strict:
                raise CsvError(f"{quotechar!r} inside unquoted field", line)
            else:
                builder.chars.append(char)
        elif state is _State.IN_QUOTED:
            if char == dialect.escapechar:
                state = _State.ESCAPED_IN_QUOTED
            elif char == quotechar:
                state = _State.QUOTE_IN_QUOTED if dialect.doublequote else _State.IN_FIELD
            else:
                builder.chars.append(char)
        elif state is _State.QUOTE_IN_QUOTED:
            if char == quotechar:
                builder.chars.append(char)
                state = _State.IN_QUOTED
            elif char == dialect.delimiter:
                builder.end_field(line)
                state = _State.START_FIELD
            elif dialect.strict:
                raise CsvError(f"{dialect.delimiter!r} expected after {quotechar!r}", line)
            else:
                builder.chars.append(char)
                state = _State.IN_FIELD
        else:
            builder.chars.append(char)
            state = _State.IN_QUOTED if state is _State.ESCAPED_IN_QUOTED else _State.IN_FIELD
    if state in (_State.IN_QUOTED, _State.ESCAPED_IN_QUOTED):
        raise CsvError("unexpected end of data inside quoted field", record_line)
    if state is _State.ESCAPED:
        raise CsvError("unexpected end of data after escape character", line)
    if state is not _State.START_RECORD:
        yield builder.end_row(record_line)


def read_rows(text: str, dialect: Dialect = EXCEL) -> list[list[Any]]:
    return list(iter_rows(text, dialect))


def iter_records(
    text: str,
    dialect: Dialect = EXCEL,
    fieldnames: Sequence[str] | None = None,
    restkey: str | None = None,
    restval: Any = None,
) -> Iterator[dict[str, Any]]:
    """Yield one dict per row, keyed by ``fieldnames`` or by the header row.

    Short rows are padded with ``restval``; surplus values of long rows are
    collected in a list under ``restkey``, or rejected when it is None.
    """
    rows = iter_rows(text, dialect)
    if fieldnames is None:
        header = next(rows, None)
        if header is None:
            return
        fieldnames = [str(name) for name in header]
    names = list(fieldnames)
    if len(set(names)) != len(names):
        duplicates = sorted({name for name in names if names.count(name) > 1})
        raise CsvError(f"duplicate field names: {', '.join(duplicates)}")
    for number, row in enumerate(rows, start=1):
        record = {name: (row[index] if index < len(row) else restval) for index, name in enumerate(names)}
        if len(row) > len(names):
            if restkey is None:
                raise CsvError(f"record {number} has {len(row)} fields, expected at most {len(names)}")
            record[restkey] = row[len(names):]
        yield record


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _escape(text: str, dialect: Dialect, specials: str) -> str:
    if dialect.escapechar is None:
        return text
    escaped = specials + dialect.escapechar
    return "".join(dialect.escapechar + char if char in escaped else char for char in text)


def format_field(value: Any, dialect: Dialect = EXCEL, only_field: bool = False) -> str:
    """Render a single value according to the dialect's quoting rules."""
    text = "" if value is None else str(value)
    quotechar = dialect.quotechar
    specials = dialect.delimiter + NEWLINES + (quotechar or "")
    if dialect.quoting is QuoteStyle.NONE:
        if dialect.escapechar is None and any(char in specials for char in text):
            raise CsvError(f"need an escapechar to write {text!r} without quoting")
        return _escape(text, dialect, specials)
    if dialect.quoting is QuoteStyle.ALL:
        needs_quotes = True
    elif dialect.quoting is QuoteStyle.NONNUMERIC:
        needs_quotes = not _is_number(value)
    else:
        needs_quotes = (
            any(char in specials for char in text)
            or text != text.strip(" ")
            or (only_field and text == "")
        )
    if not needs_quotes:
        return _escape(text, dialect, "")
    if dialect.doublequote:
        body = _escape(text, dialect, "").replace(quotechar, quotechar * 2)
    elif dialect.escapechar is None:
        raise CsvError("need an escapechar when doublequote is disabled")
    else:
        body = _escape(text, dialect, quotechar)
    return f"{quotechar}{body}{quotechar}"


def format_row(values: Sequence[Any], dialect: Dialect = EXCEL) -> str:
    only_field = len(values) == 1
    fields = [format_field(value, dialect, only_field) for value in values]
    return dialect.delimiter.join(fields) + dialect.lineterminator


def write_rows(rows: Iterable[Sequence[Any]], dialect: Dialect = EXCEL) -> str:
    return "".join(format_row(row, dialect) for row in rows)


def write_records(
    records: Iterable[Mapping[str, Any]],
    fieldnames: Sequence[str],
    dialect: Dialect = EXCEL,
    header: bool = True,
    restval: Any = "",
    ignore_extra: bool = False,
) -> str:
    """Write dicts as rows in ``fieldnames`` order, optionally preceded by a header."""
    names = list(fieldnames)
    if not names:
        raise CsvError("fieldnames must not be empty")
    lines = [format_row(names, dialect)] if header else []
    for number, record in enumerate(records, start=1):
        extra = [key for key in record if key not in names]
        if extra and not ignore_extra:
            raise CsvError(f"record {number} has unknown fields: {', '.join(map(str, extra))}")
        lines.append(format_row([record.get(name, restval) for name in names], dialect))
    return "".join(lines)


def _split_records(sample: str, quotechar: str) -> list[str]:
    """Split ``sample`` into non-blank records, ignoring line breaks inside quotes."""
    records: list[str] = []
    current: list[str] = []
    inside = False
    for char in sample.replace("\r\n", "\n").replace("\r", "\n"):
        if char == quotechar:
            inside = not inside
        if char == "\n" and not inside:
            records.append("".join(current))
            current = []
        else:
            current.append(char)
    records.append("".join(current))
    return [record for record in records if record.strip()]


def _count_outside_quotes(record: str, char: str, quotechar: str) -> int:
    count = 0
    inside = False
    for current in record:
        if current == quotechar:
            inside = not inside
        elif current == char and not inside:
            count += 1
    return count


def _guess_quotechar(sample: str, delimiters: str) -> str:
    starts = "\n" + delimiters
    for candidate in ('"', "'"):
        if sample.startswith(candidate) or any(f"{start}{candidate}" in sample for start in starts):
            return candidate
    return '"'


def sniff(sample: str, delimiters: str = ",;\t|:") -> Dialect:
    """Guess the dialect of ``sample``.

    The delimiter is the candidate that occurs the same, non-zero number of
    times on every record, preferring more occurrences and then the order of
    ``delimiters``.
    """
    if not delimiters:
        raise ValueError("at least one candidate delimiter is required")
    quotechar = _guess_quotechar(sample, delimiters)
    records = _split_records(sample, quotechar)
    if not records:
        raise CsvError("cannot sniff an empty sample")
    best: tuple[int, str] | None = None
    for candidate in delimiters:
        counts = {_count_outside_quotes(record, candidate, quotechar) for record in records}
        if len(counts) == 1:
            count = counts.pop()
            if count > 0 and (best is None or count > best[0]):
                best = (count, candidate)
    if best is None:
        raise CsvError("could not determine delimiter")
    delimiter = best[1]
    pieces = [piece for record in records for piece in record.split(delimiter)[1:]]
    skipinitialspace = bool(pieces) and all(piece.startswith(" ") for piece in pieces)
    lineterminator = "\r\n" if "\r\n" in sample else "\n"
    return Dialect(
        delimiter=delimiter,
        quotechar=quotechar,
        lineterminator=lineterminator,
        skipinitialspace=skipinitialspace,
    )


def _looks_numeric(text: Any) -> bool:
    if _is_number(text):
        return True
    try:
        float(text)
    except ValueError:
        return False
    return True


def has_header(sample: str, dialect: Dialect | None = None) -> bool:
    """Guess whether the first row of ``sample`` is a header.

    Each column votes: a numeric column under a non-numeric name, or a column
    of fixed-width values under a name of another width, suggests a header.
    """
    rows = read_rows(sample, dialect or sniff(sample))[:21]
    if len(rows) < 2:
        return False
    header, body = rows[0], rows[1:]
    votes = 0
    for column, name in enumerate(header):
        values = [row[column] for row in body if column < len(row)]
        if not values:
            continue
        if all(_looks_numeric(value) for value in values):
            votes += -1 if _looks_numeric(name) else 1
            continue
        widths = {len(str(value)) for value in values}
        if len(widths) == 1:
            votes += -1 if len(str(name)) in widths else 1
    return votes > 0
