import pytest

from inireader import Document, MISSING, loads
from inireader.document import clean_value, normalize_key
from inireader.errors import ConversionError, IniError, NoOptionError, NoSectionError


def test_get_falls_back_to_defaults(doc):
    assert doc.get("paths", "port") == "8080"
    assert doc.get("server", "port") == "8080"


def test_options_lists_own_then_inherited(doc):
    assert doc.options("server") == ["host", "timeout", "debug", "tags", "port", "url"]
    assert doc.options("DEFAULT") == ["host", "port", "url"]


def test_typed_getters(doc):
    assert doc.get_int("server", "port") == 8080
    assert doc.get_float("server", "timeout") == 2.5
    assert doc.get_bool("server", "debug") is True
    assert doc.get_list("server", "tags") == ["web", "api", "internal"]


def test_get_list_with_custom_separator():
    document = loads("[s]\npath = /a;/b;;/c\n")
    assert document.get_list("s", "path", separator=";") == ["/a", "/b", "/c"]


@pytest.mark.parametrize("getter", ["get", "get_int", "get_float", "get_bool", "get_list"])
def test_fallback_for_missing_key(doc, getter):
    sentinel = object()
    assert getattr(doc, getter)("server", "absent", fallback=sentinel) is sentinel


@pytest.mark.parametrize("getter", ["get", "get_int", "get_bool"])
def test_fallback_for_missing_section(doc, getter):
    assert getattr(doc, getter)("nowhere", "x", fallback=None) is None


def test_missing_key_without_fallback(doc):
    with pytest.raises(NoOptionError, match="no option 'absent' in section 'server'") as info:
        doc.get_int("server", "absent")
    assert (info.value.section, info.value.key) == ("server", "absent")


def test_missing_section_without_fallback(doc):
    with pytest.raises(NoSectionError, match="no section 'nowhere'") as info:
        doc.get("nowhere", "x")
    assert info.value.section == "nowhere"


def test_conversion_failure_is_not_swallowed_by_fallback(doc):
    with pytest.raises(ConversionError, match="invalid integer: 'example.org'"):
        doc.get_int("server", "host", fallback=0)


def test_items_are_interpolated(doc):
    assert doc.items("server") == {
        "host": "example.org",
        "timeout": "2.5",
        "debug": "yes",
        "tags": "web, api,\ninternal",
        "port": "8080",
        "url": "http://example.org:8080",
    }


def test_as_dict_covers_every_section():
    document = loads("[DEFAULT]\nx = 1\n[a]\n[b]\ny = ${x}2\n")
    assert document.as_dict() == {"a": {"x": "1"}, "b": {"y": "12", "x": "1"}}


def test_set_and_overwrite_keeps_comments(doc):
    doc.set("server", "Debug", " no ")
    entry = doc.section("server").entries["debug"]
    assert entry.value == "no"
    assert entry.comments == []
    server = doc.section("server")
    server.set("host", "a", comments=["# c"])
    server.set("host", "b")
    assert server.entries["host"].comments == ["# c"]
    assert server.entries["host"].value == "b"


def test_section_container_protocol(doc):
    server = doc.section("server")
    assert "HOST" in server
    assert 5 not in server
    assert len(server) == 4
    assert server.remove(" Host ") is True
    assert server.remove("host") is False
    assert len(server) == 3


def test_add_and_remove_sections():
    document = Document()
    section = document.add_section("  new ")
    assert section.name == "new"
    assert document.has_section("new")
    assert document.remove_section("new") is True
    assert document.remove_section("new") is False
    assert document.section_names() == []


@pytest.mark.parametrize(
    "name, message",
    [
        ("", "invalid section name ''"),
        ("a]", "invalid section name 'a]'"),
        ("a\nb", "invalid section name 'a\\nb'"),
        ("DEFAULT", "the DEFAULT section always exists"),
        ("server", "section 'server' already exists"),
    ],
)
def test_add_section_errors(doc, name, message):
    with pytest.raises(IniError) as info:
        doc.add_section(name)
    assert str(info.value) == message


@pytest.mark.parametrize(
    "key, expected",
    [("  Key ", "key"), ("a.b-c", "a.b-c")],
)
def test_normalize_key(key, expected):
    assert normalize_key(key) == expected


@pytest.mark.parametrize("key", ["", "   ", "a=b", "a:b", "a\nb", "[x", "#x", ";x"])
def test_normalize_key_rejects(key):
    with pytest.raises(IniError):
        normalize_key(key)


def test_clean_value_strips_lines():
    assert clean_value("  a \n  b  ") == "a\nb"


@pytest.mark.parametrize("value", ["a\n\nb", "a\n# c", "a\n;c"])
def test_clean_value_rejects_unwritable_lines(value):
    with pytest.raises(IniError, match="cannot be represented"):
        clean_value(value)


def test_clean_value_requires_str():
    with pytest.raises(TypeError, match="values must be strings, got int"):
        clean_value(3)


def test_missing_sentinel_repr():
    assert repr(MISSING) == "MISSING"


def test_raw_get_skips_interpolation(doc):
    assert doc.get("paths", "data", raw=True) == "${root}/data"
