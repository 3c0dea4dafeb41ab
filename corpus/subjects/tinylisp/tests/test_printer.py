import pytest

from tinylisp.datatypes import Lambda, Primitive, Symbol
from tinylisp.environment import Environment
from tinylisp.printer import to_string
from tinylisp.reader import read


@pytest.mark.parametrize(
    "value, expected",
    [
        (True, "#t"),
        (False, "#f"),
        (0, "0"),
        (-12, "-12"),
        (2.5, "2.5"),
        (1e20, "1e+20"),
        (Symbol("abc"), "abc"),
        ("hi", '"hi"'),
        ('a"b\\c\nd\te', '"a\\"b\\\\c\\nd\\te"'),
        ([], "()"),
        ([1, [2, Symbol("x")], "s"], '(1 (2 x) "s")'),
        ([Symbol("quote"), Symbol("x")], "'x"),
        (["quote", 1], '("quote" 1)'),
        ([Symbol("quote"), 1, 2], "(quote 1 2)"),
    ],
)
def test_readable_output(value, expected):
    assert to_string(value) == expected


def test_display_mode_leaves_strings_raw():
    assert to_string(["a b", [Symbol("quote"), "c"]], readable=False) == "(a b 'c)"


@pytest.mark.parametrize("source", ['(1 "two" (three 4.5) #t #f)', "'(a 'b)", '"tab\\there"'])
def test_round_trip(source):
    assert to_string(read(source)) == source


def test_procedures():
    env = Environment()
    assert to_string(Lambda([], None, [1], env)) == "#<lambda>"
    assert to_string(Lambda([], None, [1], env, name="f")) == "#<lambda f>"
    assert to_string(Primitive("car", len)) == "#<primitive car>"


def test_unprintable_value():
    with pytest.raises(TypeError, match="cannot print dict"):
        to_string({})
