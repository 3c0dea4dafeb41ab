import pytest

from inireader import Interpolator, loads
from inireader.errors import (
    InterpolationCycleError,
    InterpolationMissingError,
    InterpolationSyntaxError,
)


def test_same_section_reference(doc):
    assert doc.get("paths", "data") == "/srv/data"


def test_cross_section_reference(doc):
    assert doc.get("paths", "logs") == "example.org/logs"


def test_default_value_uses_requesting_section(doc):
    assert doc.get("server", "url") == "http://example.org:8080"
    assert doc.get("paths", "url") == "http://localhost:8080"
    assert doc.get("DEFAULT", "url") == "http://localhost:8080"


def test_dollar_escape(doc):
    assert doc.get("paths", "price") == "$5"


def test_chained_references():
    document = loads("[a]\nx = ${y}!\ny = ${b:z}?\n[b]\nz = end\n")
    assert document.get("a", "x") == "end?!"


def test_reference_whitespace_and_case_are_ignored():
    document = loads("[a]\nkey = v\nout = ${ KEY }|${ a : Key }\n")
    assert document.get("a", "out") == "v|v"


def test_repeated_reference_is_not_a_cycle():
    document = loads("[a]\nx = 1\ny = ${x}${x}\n")
    assert document.get("a", "y") == "11"


@pytest.mark.parametrize(
    "text, key, chain",
    [
        ("[a]\nx = ${x}\n", "x", ["a:x", "a:x"]),
        ("[a]\nx = ${y}\ny = ${z}\nz = ${x}\n", "x", ["a:x", "a:y", "a:z", "a:x"]),
        ("[a]\nx = ${b:y}\n[b]\ny = ${a:x}\n", "x", ["a:x", "b:y", "a:x"]),
        ("[a]\nw = ${x}\nx = ${y}\ny = ${x}\n", "w", ["a:x", "a:y", "a:x"]),
    ],
)
def test_cycles_are_detected(text, key, chain):
    document = loads(text)
    with pytest.raises(InterpolationCycleError) as info:
        document.get("a", key)
    assert info.value.chain == chain
    assert str(info.value) == "interpolation cycle: " + " -> ".join(chain)


@pytest.mark.parametrize(
    "value, message",
    [
        ("${nothing}", "a:v refers to missing ${a:nothing}"),
        ("${zz:k}", "a:v refers to missing ${zz:k}"),
        ("${other}", "a:other refers to missing ${a:deeper}"),
    ],
)
def test_missing_references(value, message):
    document = loads(f"[a]\nv = {value}\nother = ${{deeper}}\n")
    with pytest.raises(InterpolationMissingError) as info:
        document.get("a", "v")
    assert str(info.value) == message


@pytest.mark.parametrize(
    "value, message",
    [
        ("cost $5", "'$' must be followed by '$' or '{' at offset 5 in 'cost $5'"),
        ("end $", "'$' must be followed by '$' or '{' at offset 4 in 'end $'"),
        ("${open", "unclosed reference at offset 0 in '${open'"),
        ("${}", "malformed reference ${}"),
        ("${s:}", "malformed reference ${s:}"),
        ("${:k}", "malformed reference ${:k}"),
    ],
)
def test_syntax_errors(value, message):
    document = loads(f"[a]\nv = {value}\n")
    with pytest.raises(InterpolationSyntaxError) as info:
        document.get("a", "v")
    assert str(info.value) == message


def test_expand_arbitrary_text(doc):
    interpolator = Interpolator(doc)
    assert interpolator.expand("${host}/${paths:root}$$", "server") == "example.org//srv$"
    assert interpolator.expand("", "server") == ""


def test_expand_missing_reports_section(doc):
    with pytest.raises(InterpolationMissingError, match=r"server refers to missing \$\{server:nope\}"):
        Interpolator(doc).expand("${nope}", "server")
