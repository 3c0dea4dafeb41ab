import pytest

from inireader import DEFAULT_SECTION, loads
from inireader.errors import (
    DuplicateKeyError,
    DuplicateSectionError,
    MissingSectionError,
    ParseError,
)


def test_sections_in_order(doc):
    assert doc.section_names() == ["server", "paths"]
    assert list(doc) == ["server", "paths"]


def test_both_delimiters(doc):
    assert doc.get_raw("server", "host") == "example.org"
    assert doc.get_raw("server", "timeout") == "2.5"


def test_continuation_lines_join_with_newline(doc):
    assert doc.get_raw("server", "tags") == "web, api,\ninternal"


def test_comments_attach_to_following_item(doc):
    assert doc.defaults.comments == ["# global defaults"]
    assert doc.section("server").comments == ["; primary server"]


def test_entry_line_numbers(doc):
    assert doc.section("server").entries["timeout"].line == 10


def test_first_delimiter_wins():
    document = loads("[s]\nurl = http://x:80\ntime: 12:30 = noon\n")
    assert document.get_raw("s", "url") == "http://x:80"
    assert document.get_raw("s", "time") == "12:30 = noon"


def test_keys_are_case_insensitive():
    document = loads("[s]\nName = v\n")
    assert document.section("s").keys() == ["name"]
    assert document.get_raw("s", "NAME") == "v"


def test_empty_value_and_value_on_next_line():
    document = loads("[s]\nempty =\nlate =\n  first\n  second\n")
    assert document.get_raw("s", "empty") == ""
    assert document.get_raw("s", "late") == "first\nsecond"


def test_blank_line_ends_continuation():
    with pytest.raises(ParseError, match="line 4: unexpected indented line"):
        loads("[s]\na = 1\n\n  more\n")


def test_comment_ends_continuation():
    document = loads("[s]\na = 1\n  # note\nb = 2\n")
    assert document.get_raw("s", "a") == "1"
    assert document.section("s").entries["b"].comments == ["# note"]


def test_trailing_comments():
    document = loads("[s]\na = 1\n# bye\n; end\n")
    assert document.trailing_comments == ["# bye", "; end"]


def test_empty_text():
    document = loads("")
    assert document.section_names() == []
    assert document.defaults.entries == {}


def test_section_name_is_stripped_and_case_sensitive():
    document = loads("[ Alpha ]\n[alpha]\n")
    assert document.section_names() == ["Alpha", "alpha"]


@pytest.mark.parametrize(
    "text, error, message",
    [
        ("a = 1\n", MissingSectionError, "line 1: key 'a' appears before any section header"),
        ("[s]\n[s]\n", DuplicateSectionError, "line 2: duplicate section 's'"),
        ("[DEFAULT]\n[DEFAULT]\n", DuplicateSectionError, "line 2: duplicate section 'DEFAULT'"),
        ("[s]\nA = 1\na = 2\n", DuplicateKeyError, "line 3: duplicate key 'a' in section 's'"),
        ("[s\n", ParseError, "line 1: section header must end with ']': '[s'"),
        ("[  ]\n", ParseError, "line 1: empty section name"),
        ("[a]b]\n", ParseError, "line 1: invalid section name 'a]b'"),
        ("[s]\njust words\n", ParseError, "line 2: expected 'key = value', got 'just words'"),
        ("[s]\n= 1\n", ParseError, "line 2: empty key"),
        ("[s]\n[k = 1\n", ParseError, "line 2: section header must end with ']': '[k = 1'"),
        ("  indented = 1\n", ParseError, "line 1: unexpected indented line"),
    ],
)
def test_parse_errors(text, error, message):
    with pytest.raises(error) as info:
        loads(text)
    assert type(info.value) is error
    assert str(info.value) == message


def test_parse_error_line_attribute():
    with pytest.raises(ParseError) as info:
        loads("[s]\n\n\nbad\n")
    assert info.value.line == 4


def test_default_section_collects_defaults(doc):
    assert doc.section(DEFAULT_SECTION).keys() == ["host", "port", "url"]
    assert DEFAULT_SECTION in doc
    assert "server" in doc
    assert "missing" not in doc
