import pytest

from inireader import Document, dump, dumps, load, loads


def test_round_trip_preserves_everything(doc, sample_text):
    text = dumps(doc)
    again = loads(text)
    assert again.as_dict() == doc.as_dict()
    assert again.defaults.comments == ["# global defaults"]
    assert again.section("server").comments == ["; primary server"]
    assert dumps(again) == text


def test_exact_output(doc):
    assert dumps(doc) == (
        "# global defaults\n"
        "[DEFAULT]\n"
        "host = localhost\n"
        "port = 8080\n"
        "url = http://${host}:${port}\n"
        "\n"
        "; primary server\n"
        "[server]\n"
        "host = example.org\n"
        "timeout = 2.5\n"
        "debug = yes\n"
        "tags = web, api,\n"
        "    internal\n"
        "\n"
        "[paths]\n"
        "root = /srv\n"
        "data = ${root}/data\n"
        "logs = ${server:host}/logs\n"
        "price = $$5\n"
    )


def test_colon_delimiter_and_custom_indent():
    document = loads("[s]\n# about k\nk = a\n  b\nempty =\n")
    assert dumps(document, delimiter=":", indent="\t") == "[s]\n# about k\nk : a\n\tb\nempty :\n"


def test_empty_document():
    assert dumps(Document()) == ""


def test_defaults_omitted_when_empty():
    document = Document()
    document.add_section("only")
    assert dumps(document) == "[only]\n"


def test_trailing_comments_are_written_last():
    document = loads("[s]\na = 1\n# end\n")
    assert dumps(document) == "[s]\na = 1\n\n# end\n"


def test_document_with_only_comments():
    document = loads("# just a note\n")
    assert dumps(document) == "# just a note\n"


def test_programmatic_document_round_trip():
    document = Document()
    document.add_section("db")
    document.set("db", "hosts", "a\nb\nc")
    document.set("DEFAULT", "retries", "3")
    again = loads(dumps(document))
    assert again.get_list("db", "hosts") == ["a", "b", "c"]
    assert again.get_int("db", "retries") == 3


@pytest.mark.parametrize(
    "options, message",
    [
        ({"delimiter": "-"}, "delimiter must be '=' or ':'"),
        ({"indent": ""}, "indent must be non-empty horizontal whitespace"),
        ({"indent": "xx"}, "indent must be non-empty horizontal whitespace"),
        ({"indent": " \n"}, "indent must be non-empty horizontal whitespace"),
    ],
)
def test_dumps_option_validation(doc, options, message):
    with pytest.raises(ValueError) as info:
        dumps(doc, **options)
    assert str(info.value) == message


def test_file_round_trip(tmp_path, doc):
    path = tmp_path / "settings.ini"
    dump(doc, path, delimiter=":")
    assert path.read_text(encoding="utf-8").startswith("# global defaults\n[DEFAULT]\nhost : localhost\n")
    assert load(path).as_dict() == doc.as_dict()
