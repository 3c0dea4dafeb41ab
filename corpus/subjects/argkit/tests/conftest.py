import pytest

from argkit import Parser


@pytest.fixture
def copy_parser():
    parser = Parser("copy", description="Copy files somewhere.\nMore details here.")
    parser.add_flag("-v", "--verbose", count=True, help="more output")
    parser.add_flag("-f", "--force", help="overwrite")
    parser.add_option("-o", "--output", default="out", help="target dir")
    parser.add_option("-j", "--jobs", type=int, default=1, metavar="N")
    parser.add_option("--exclude", repeated=True, help="skip pattern")
    parser.add_option("--mode", choices=("fast", "safe"), default="safe")
    parser.add_positional("sources", nargs="+", help="files to copy")
    parser.add_positional("dest", help="destination")
    return parser


@pytest.fixture
def git_parser():
    parser = Parser("git")
    parser.add_flag("--dry-run")
    remote = parser.add_subcommand("remote", help="manage remotes")
    add = remote.add_subcommand("add", help="add a remote")
    add.add_option("-t", "--track", repeated=True)
    add.add_positional("name")
    add.add_positional("url")
    remote.add_subcommand("list")
    commit = parser.add_subcommand("commit", help="record changes")
    commit.add_option("-m", "--message", required=True)
    commit.add_flag("-a", "--all")
    return parser
