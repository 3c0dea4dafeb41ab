import pytest

from slugtext import InflectionError, pluralize, quantify, singularize

PAIRS = [
    ("quiz", "quizzes"),
    ("ox", "oxen"),
    ("mouse", "mice"),
    ("louse", "lice"),
    ("matrix", "matrices"),
    ("vertex", "vertices"),
    ("box", "boxes"),
    ("church", "churches"),
    ("dish", "dishes"),
    ("city", "cities"),
    ("query", "queries"),
    ("day", "days"),
    ("hive", "hives"),
    ("wife", "wives"),
    ("wolf", "wolves"),
    ("half", "halves"),
    ("analysis", "analyses"),
    ("datum", "data"),
    ("medium", "media"),
    ("tomato", "tomatoes"),
    ("bus", "buses"),
    ("status", "statuses"),
    ("alias", "aliases"),
    ("octopus", "octopi"),
    ("axis", "axes"),
    ("testis", "testes"),
    ("glass", "glasses"),
    ("car", "cars"),
    ("movie", "movies"),
    ("objective", "objectives"),
    ("person", "people"),
    ("child", "children"),
    ("tooth", "teeth"),
    ("cactus", "cacti"),
]


@pytest.mark.parametrize("singular, plural", PAIRS)
def test_pluralize(singular, plural):
    assert pluralize(singular) == plural


@pytest.mark.parametrize("singular, plural", PAIRS)
def test_singularize(singular, plural):
    assert singularize(plural) == singular


@pytest.mark.parametrize("word", ["fish", "sheep", "news", "information", "Series"])
def test_uncountable_unchanged(word):
    assert pluralize(word) == word
    assert singularize(word) == word


@pytest.mark.parametrize(
    "word, expected",
    [("Child", "Children"), ("CHILD", "CHILDREN"), ("Box", "Boxes"), ("A", "As")],
)
def test_case_preserved(word, expected):
    assert pluralize(word) == expected


@pytest.mark.parametrize(
    "word, expected",
    [("sales_person", "sales_people"), ("user-account", "user-accounts"), ("red fox", "red foxes")],
)
def test_compound_last_part(word, expected):
    assert pluralize(word) == expected
    assert singularize(expected) == word


def test_already_plural_irregular_kept():
    assert pluralize("people") == "people"
    assert singularize("person") == "person"


def test_singular_already_singular():
    assert singularize("class") == "class"
    assert singularize("crisis") == "crisis"


def test_empty_and_separator_only():
    assert pluralize("") == ""
    assert singularize("user_") == "user_"


def test_non_string():
    with pytest.raises(InflectionError):
        pluralize(None)


@pytest.mark.parametrize(
    "count, word, expected",
    [(1, "apples", "1 apple"), (0, "apple", "0 apples"), (-1, "box", "-1 box"),
     (3, "person", "3 people"), (2, "sheep", "2 sheep")],
)
def test_quantify(count, word, expected):
    assert quantify(count, word) == expected


def test_custom_rules(inflector):
    inflector.add_plural(r"(cod)ex$", r"\1ices")
    inflector.add_singular(r"(cod)ices$", r"\1ex")
    assert inflector.pluralize("codex") == "codices"
    assert inflector.singularize("codices") == "codex"


def test_custom_irregular_and_uncountable(inflector):
    inflector.add_irregular("Cow", "Kine")
    inflector.add_uncountable("Bison")
    assert inflector.pluralize("cow") == "kine"
    assert inflector.singularize("Kine") == "Cow"
    assert inflector.pluralize("bison") == "bison"
    assert "bison" in inflector.uncountables
    assert pluralize("cow") == "cows"


def test_invalid_rules(inflector):
    with pytest.raises(InflectionError, match="invalid rule"):
        inflector.add_plural("(unclosed", "x")
    with pytest.raises(InflectionError):
        inflector.add_irregular(" ", "x")
