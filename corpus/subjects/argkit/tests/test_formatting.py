from argkit import Parser
from argkit.formatting import option_detail, option_label, option_usage
from argkit.spec import Option


def test_usage_line(copy_parser):
    assert copy_parser.format_usage() == (
        "usage: copy [-h] [-v] [-f] [-o OUTPUT] [-j N] [--exclude EXCLUDE ...] [--mode MODE] "
        "SOURCES [SOURCES ...] DEST"
    )


def test_usage_with_subcommands(git_parser):
    assert git_parser.format_usage() == "usage: git [-h] [--dry-run] {remote,commit} ..."
    commit = git_parser.subcommands["commit"]
    assert commit.format_usage() == "usage: git commit [-h] -m MESSAGE [-a]"


def test_full_help(copy_parser):
    assert copy_parser.format_help() == (
        "usage: copy [-h] [-v] [-f] [-o OUTPUT] [-j N] [--exclude EXCLUDE ...] [--mode MODE] "
        "SOURCES [SOURCES ...] DEST\n"
        "\n"
        "Copy files somewhere.\nMore details here.\n"
        "\n"
        "positional arguments:\n"
        "  SOURCES              files to copy\n"
        "  DEST                 destination\n"
        "\n"
        "options:\n"
        "  -h, --help           show this help and exit\n"
        "  -v, --verbose        more output\n"
        "  -f, --force          overwrite\n"
        "  -o, --output OUTPUT  target dir (default: out)\n"
        "  -j, --jobs N         default: 1\n"
        "  --exclude EXCLUDE    skip pattern\n"
        "  --mode MODE          choices: fast, safe (default: safe)\n"
    )


def test_help_with_commands(git_parser):
    assert git_parser.format_help() == (
        "usage: git [-h] [--dry-run] {remote,commit} ...\n"
        "\n"
        "options:\n"
        "  -h, --help  show this help and exit\n"
        "  --dry-run\n"
        "\n"
        "commands:\n"
        "  remote      manage remotes\n"
        "  commit      record changes\n"
    )
    remote = git_parser.subcommands["remote"]
    assert remote.format_help().endswith("commands:\n  add         add a remote\n  list\n")


def test_minimal_help():
    assert Parser("p", add_help=False).format_help() == "usage: p\n"
    assert Parser("p", description="Does things.\nDetails.").summary == "Does things."


def test_long_labels_wrap_to_next_line():
    parser = Parser("p", add_help=False)
    parser.add_option("--a-very-long-option-name", metavar="VALUE", help="long one")
    parser.add_flag("-s", help="short")
    assert parser.format_help() == (
        "usage: p [--a-very-long-option-name VALUE] [-s]\n"
        "\n"
        "options:\n"
        "  --a-very-long-option-name VALUE\n"
        "                            long one\n"
        "  -s                        short\n"
    )


def test_option_fragments():
    required = Option(("--name", "-n"), required=True, help="who")
    assert option_usage(required) == "--name NAME"
    assert option_label(required) == "-n, --name NAME"
    assert option_detail(required) == "who (required)"
    assert option_detail(Option(("-q",), takes_value=False)) == ""
    assert option_detail(Option(("--n",), default=0)) == "default: 0"
