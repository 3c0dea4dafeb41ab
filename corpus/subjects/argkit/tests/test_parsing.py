import pytest

from argkit import ArgumentError, HelpRequested, Parser, SpecError


def test_defaults(copy_parser):
    result = copy_parser.parse(["a.txt", "dst"])
    assert result.values == {
        "verbose": 0, "force": False, "output": "out", "jobs": 1, "exclude": [], "mode": "safe",
        "sources": ["a.txt"], "dest": "dst",
    }
    assert result.command is None
    assert result.command_path == ()


def test_mixed_options_and_positionals(copy_parser):
    result = copy_parser.parse(["-vv", "a", "--jobs=4", "b", "-o", "target", "--exclude", "*.o", "--exclude=*.a", "-v", "dst"])
    assert result.verbose == 3
    assert result.jobs == 4
    assert result.output == "target"
    assert result.exclude == ["*.o", "*.a"]
    assert result.sources == ["a", "b"]
    assert result.dest == "dst"


def test_short_cluster_with_attached_value(copy_parser):
    result = copy_parser.parse(["-fvj8", "x", "y"])
    assert (result.force, result.verbose, result.jobs) == (True, 1, 8)
    result = copy_parser.parse(["-fj", "3", "x", "y"])
    assert result.jobs == 3


def test_negative_numbers_are_values():
    parser = Parser("calc")
    parser.add_option("--offset", type=float)
    parser.add_positional("numbers", nargs="*", type=int)
    result = parser.parse(["--offset", "-1.5", "-3", "4"])
    assert result.offset == -1.5
    assert result.numbers == [-3, 4]


def test_terminator(copy_parser):
    result = copy_parser.parse(["-f", "--", "-v", "--jobs", "dst"])
    assert result.force is True
    assert result.verbose == 0
    assert result.sources == ["-v", "--jobs"]
    assert result.dest == "dst"


def test_single_dash_is_positional(copy_parser):
    assert copy_parser.parse(["-", "dst"]).sources == ["-"]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["dst"], "missing value for DEST"),
        ([], "missing value for SOURCES"),
        (["--verbos", "a", "b"], r"unknown option --verbos \(did you mean --verbose\?\)"),
        (["--zzz"], "unknown option --zzz$"),
        (["-q"], "unknown option -q"),
        (["-o"], "option -o/--output expects a value"),
        (["-o", "-v"], "option -o/--output expects a value"),
        (["--output", "--", "x"], "option -o/--output expects a value"),
        (["--force=yes"], "option -f/--force does not take a value"),
        (["-o", "a", "--output", "b"], "option -o/--output given more than once"),
        (["--jobs", "many"], "invalid int value 'many'"),
        (["--mode", "slow"], "invalid choice 'slow'"),
    ],
)
def test_errors(copy_parser, argv, message):
    with pytest.raises(ArgumentError, match=message) as info:
        copy_parser.parse(argv)
    assert info.value.usage.startswith("usage: copy ")


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["a"], {"first": "a", "middle": None, "rest": [], "last": None}),
        (["a", "b"], {"first": "a", "middle": "b", "rest": [], "last": None}),
        (["a", "b", "c", "d"], {"first": "a", "middle": "b", "rest": ["c", "d"], "last": None}),
    ],
)
def test_optional_and_star_positionals(argv, expected):
    parser = Parser("p")
    parser.add_positional("first")
    parser.add_positional("middle", nargs="?")
    parser.add_positional("rest", nargs="*")
    parser.add_positional("last", nargs="?")
    assert parser.parse(argv).values == expected


def test_fixed_count_positionals_reserve_trailing():
    parser = Parser("p")
    parser.add_positional("items", nargs="*")
    parser.add_positional("pair", nargs=2, type=int)
    assert parser.parse(["x", "y", "1", "2"]).values == {"items": ["x", "y"], "pair": [1, 2]}
    assert parser.parse(["1", "2"]).values == {"items": [], "pair": [1, 2]}
    with pytest.raises(ArgumentError, match="missing value for PAIR"):
        parser.parse(["1"])


def test_positional_conversion_error_carries_usage():
    parser = Parser("p")
    parser.add_positional("count", type=int)
    with pytest.raises(ArgumentError, match="count: invalid int value 'x'") as info:
        parser.parse(["x"])
    assert info.value.usage == "usage: p [-h] COUNT"


def test_unexpected_extra_arguments():
    parser = Parser("p")
    parser.add_positional("one")
    with pytest.raises(ArgumentError, match="unexpected argument\\(s\\): b c"):
        parser.parse(["a", "b", "c"])


def test_required_option():
    parser = Parser("p")
    parser.add_option("--name", required=True)
    parser.add_option("-k", required=True)
    with pytest.raises(ArgumentError, match="missing required option\\(s\\): --name, -k"):
        parser.parse([])
    assert parser.parse(["--name", "x", "-k", "y"]).values == {"name": "x", "k": "y"}


def test_help_requested(copy_parser):
    with pytest.raises(HelpRequested) as info:
        copy_parser.parse(["a", "-h"])
    assert info.value.text == copy_parser.format_help()


def test_help_can_be_disabled():
    parser = Parser("p", add_help=False)
    parser.add_flag("-h", help="human readable")
    assert parser.parse(["-h"]).h is True


def test_result_access(copy_parser):
    result = copy_parser.parse(["a", "b"])
    assert result["dest"] == "b"
    assert "dest" in result
    assert "help" not in result
    with pytest.raises(AttributeError):
        result.nonexistent
    assert repr(result).startswith("ParseResult({'verbose': 0")


@pytest.mark.parametrize(
    "build, message",
    [
        (lambda p: (p.add_flag("-x"), p.add_flag("-x")), "duplicate option name -x"),
        (lambda p: (p.add_flag("--out-dir"), p.add_option("-d", "--out_dir")), "invalid option name"),
        (lambda p: p.add_flag("--all-"), "invalid option name '--all-'"),
        (lambda p: p.add_flag("--a--b"), "invalid option name '--a--b'"),
        (lambda p: (p.add_option("--all"), p.add_flag("-z", "--all")), "duplicate option name --all"),
        (lambda p: (p.add_flag("--x-y"), p.add_flag("--x_y")), "invalid option name"),
        (lambda p: (p.add_positional("a"), p.add_positional("a")), "duplicate positional 'a'"),
        (lambda p: (p.add_positional("a", "*"), p.add_positional("b", "+")), "only one positional"),
        (lambda p: (p.add_positional("a"), p.add_subcommand("run")), "cannot have subcommands"),
        (lambda p: (p.add_subcommand("run"), p.add_positional("a")), "cannot take positionals"),
        (lambda p: (p.add_subcommand("run"), p.add_subcommand("run")), "duplicate command 'run'"),
        (lambda p: p.add_subcommand("Run"), "invalid command name 'Run'"),
    ],
)
def test_spec_errors(build, message):
    with pytest.raises(SpecError, match=message):
        build(Parser("p"))


def test_duplicate_destination():
    parser = Parser("p")
    parser.add_flag("-x")
    with pytest.raises(SpecError, match="duplicate destination 'x'"):
        parser.add_option("--x")
