import pytest

from templite import FILTERS, Markup, Template, Undefined, register
from templite.filters import default, first, join, last, length, title, truncate


@pytest.mark.parametrize(
    "source, expected",
    [
        ("{{ 'MiXed'|upper }}", "MIXED"),
        ("{{ 'MiXed'|lower }}", "mixed"),
        ("{{ 'hello  wORLD'|title }}", "Hello  World"),
        ("{{ '  pad  '|trim }}", "pad"),
        ("{{ 'abc'|length }}", "3"),
        ("{{ 'a-b-c'|replace('-', '+') }}", "a+b+c"),
        ("{{ 12|upper }}", "12"),
    ],
)
def test_text_filters(source, expected):
    assert Template(source).render() == expected


def test_length_of_collections_and_undefined():
    assert length([1, 2]) == 2
    assert length({"a": 1}) == 1
    assert length(Undefined("x")) == 0


@pytest.mark.parametrize(
    "value, expected",
    [(Undefined("x"), "fb"), (None, "fb"), ("", "fb"), (0, 0), (False, False), ("v", "v")],
)
def test_default(value, expected):
    assert default(value, "fb") == expected


def test_default_without_argument():
    assert default(None) == ""


def test_join():
    assert join([1, "b", 2.5]) == "1, b, 2.5"
    assert join([], "|") == ""
    with pytest.raises(TypeError, match="join expects a sequence, not a string"):
        join("abc")


def test_first_and_last():
    assert first([3, 4]) == 3
    assert last([3, 4]) == 4
    assert first("xy") == "x"
    assert last(iter([1, 2, 3])) == 3
    assert isinstance(first([]), Undefined)
    assert isinstance(last([]), Undefined)


@pytest.mark.parametrize(
    "text, size, expected",
    [
        ("short", 10, "short"),
        ("exactly10!", 10, "exactly10!"),
        ("this is long", 10, "this is..."),
        ("abcdef", 3, "..."),
    ],
)
def test_truncate(text, size, expected):
    assert truncate(text, size) == expected


@pytest.mark.parametrize("size", [2, "5"])
def test_truncate_rejects_bad_size(size):
    with pytest.raises(ValueError, match="size must be an integer of at least 3"):
        truncate("abc", size)


def test_title_of_empty_words():
    assert title(" a ") == " A "


@pytest.mark.parametrize("value", [True, None, [1]])
def test_text_filters_reject_non_text(value):
    with pytest.raises(TypeError):
        title(value)


def test_escape_and_safe_filters():
    assert Template("{{ x|escape }}").render(x="<b>") == "&lt;b&gt;"
    assert Template("{{ x|escape|escape }}").render(x="&") == "&amp;"
    assert Template("{{ x|safe }}").render(x="<b>") == "<b>"
    already = Markup("<i>")
    assert FILTERS["safe"](already) is already


def test_register_adds_builtin_filter():
    @register("shout_test")
    def shout(value):
        return str(value) + "!"

    try:
        assert Template("{{ 'hi'|shout_test }}").render() == "hi!"
    finally:
        del FILTERS["shout_test"]


def test_template_specific_filters_do_not_leak():
    template = Template("{{ x|double }}", filters={"double": lambda value: value * 2})
    assert template.render(x=4) == "8"
    assert "double" not in FILTERS
