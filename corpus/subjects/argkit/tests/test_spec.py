import pytest

from argkit import ArgumentError, Option, Positional, SpecError
from argkit.spec import UNBOUNDED


def test_option_dest_prefers_long_name():
    assert Option(("-o", "--output-dir")).dest == "output_dir"
    assert Option(("-x",)).dest == "x"
    assert Option(("-x",)).value_name == "X"
    assert Option(("-x",), metavar="PATH").value_name == "PATH"
    assert Option(("-o", "--out")).display == "-o/--out"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"names": ()}, "at least one name"),
        ({"names": ("output",)}, "invalid option name 'output'"),
        ({"names": ("-ab",)}, "invalid option name '-ab'"),
        ({"names": ("--9",)}, "invalid option name"),
        ({"names": ("-v",), "count": True}, "cannot take a value"),
        ({"names": ("--x",), "required": True, "default": 1}, "--x: a required option cannot have a default"),
    ],
)
def test_option_validation(kwargs, message):
    with pytest.raises(SpecError, match=message):
        Option(**kwargs)


@pytest.mark.parametrize(
    "kwargs, initial",
    [
        ({"takes_value": False, "count": True}, 0),
        ({"takes_value": False, "count": True, "default": 2}, 2),
        ({"takes_value": False}, False),
        ({"repeated": True}, []),
        ({"repeated": True, "default": ("a",)}, ["a"]),
        ({"default": 5}, 5),
        ({}, None),
    ],
)
def test_option_initial(kwargs, initial):
    assert Option(("--x",), **kwargs).initial() == initial


def test_option_convert():
    option = Option(("--n",), type=int, choices=(1, 2))
    assert option.convert("2") == 2
    with pytest.raises(ArgumentError, match="--n: invalid int value 'x'"):
        option.convert("x")
    with pytest.raises(ArgumentError, match=r"--n: invalid choice '3' \(choose from 1, 2\)"):
        option.convert("3")


@pytest.mark.parametrize(
    "nargs, bounds, usage",
    [(1, (1, 1), "F"), (2, (2, 2), "F F"), ("?", (0, 1), "[F]"), ("*", (0, UNBOUNDED), "[F ...]"),
     ("+", (1, UNBOUNDED), "F [F ...]")],
)
def test_positional_bounds_and_usage(nargs, bounds, usage):
    positional = Positional("f", nargs=nargs)
    assert positional.bounds == bounds
    assert positional.usage == usage


@pytest.mark.parametrize("nargs", [0, -1, "x", True, 1.5])
def test_positional_bad_nargs(nargs):
    with pytest.raises(SpecError, match="nargs must be"):
        Positional("f", nargs=nargs)


def test_positional_bad_name():
    with pytest.raises(SpecError, match="invalid positional name 'File'"):
        Positional("File")


def test_positional_build():
    assert Positional("n", type=int).build(["4"]) == 4
    assert Positional("n", nargs="?", default=7).build([]) == 7
    assert Positional("n", nargs="?").build(["a"]) == "a"
    assert Positional("n", nargs=2, type=float).build(["1", "2.5"]) == [1.0, 2.5]
    with pytest.raises(ArgumentError, match="n: invalid choice 'c'"):
        Positional("n", nargs="*", choices=("a", "b")).build(["a", "c"])


def test_error_render():
    error = ArgumentError("bad thing", "usage: prog")
    assert error.render("prog") == "usage: prog\nprog: error: bad thing"
    assert ArgumentError("x").render("p") == "p: error: x"
