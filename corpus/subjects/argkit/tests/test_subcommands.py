import pytest

from argkit import ArgumentError, HelpRequested


def test_nested_subcommands(git_parser):
    result = git_parser.parse(["--dry-run", "remote", "add", "-t", "main", "--track", "dev", "origin", "git@x"])
    assert result.values == {"dry_run": True}
    assert result.command_path == ("remote", "add")
    assert result.sub.command == "add"
    assert result.sub.sub.values == {"track": ["main", "dev"], "name": "origin", "url": "git@x"}


def test_leaf_subcommand_without_options(git_parser):
    result = git_parser.parse(["remote", "list"])
    assert result.command_path == ("remote", "list")
    assert result.sub.sub.values == {}


def test_parent_options_stop_at_command(git_parser):
    with pytest.raises(ArgumentError, match="unknown option --dry-run") as info:
        git_parser.parse(["commit", "-m", "x", "--dry-run"])
    assert info.value.usage.startswith("usage: git commit ")


def test_commit_required_message(git_parser):
    result = git_parser.parse(["commit", "-am", "fix bug"])
    assert result.sub.values == {"message": "fix bug", "all": True}
    with pytest.raises(ArgumentError, match="missing required option\\(s\\): -m/--message"):
        git_parser.parse(["commit", "-a"])


@pytest.mark.parametrize(
    "argv, message",
    [
        ([], "missing command \\(choose from remote, commit\\)"),
        (["--dry-run"], "missing command"),
        (["push"], "unknown command 'push' \\(choose from remote, commit\\)"),
        (["--", "remote"], "unknown command 'remote'"),
        (["remote"], "missing command \\(choose from add, list\\)"),
    ],
)
def test_command_errors(git_parser, argv, message):
    with pytest.raises(ArgumentError, match=message):
        git_parser.parse(argv)


def test_subcommand_help(git_parser):
    with pytest.raises(HelpRequested) as info:
        git_parser.parse(["remote", "add", "--help"])
    assert info.value.text.startswith("usage: git remote add [-h] [-t TRACK ...] NAME URL\n")
