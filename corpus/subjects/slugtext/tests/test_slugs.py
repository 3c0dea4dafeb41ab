import pytest

from slugtext import SlugError, Slugifier, slugify, unique_slug


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hello World", "hello-world"),
        ("  Hello,   World!  ", "hello-world"),
        ("Hello, Wörld! Ça va?", "hello-woerld-ca-va"),
        ("Don't stop", "dont-stop"),
        ("rock 'n' roll", "rock-n-roll"),
        ("Fish & Chips", "fish-and-chips"),
        ("100% Organic", "100-percent-organic"),
        ("Привет мир", "privet-mir"),
        ("---", ""),
        ("", ""),
    ],
)
def test_slugify_defaults(text, expected):
    assert slugify(text) == expected


def test_slugify_separator_and_case():
    assert slugify("Hello Big World", separator="_", lowercase=False) == "Hello_Big_World"


def test_empty_separator():
    assert slugify("a b c", separator="") == "abc"


def test_replacements_applied_first():
    assert slugify("C++ and C#", replacements=[("C++", "cpp"), ("C#", "csharp")]) == "cpp-and-csharp"


def test_stopwords_removed(short_slugifier):
    assert short_slugifier.tokens("The Art of War") == ["art", "war"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The quick brown fox", "quick-brown"),
        ("quick brown", "quick-brown"),
        ("abcdefgh ijkl", "abcdefgh"),
        ("abcdefghijklmnopq", "abcdefghijkl"),
    ],
)
def test_max_length_word_boundary(short_slugifier, text, expected):
    assert short_slugifier(text) == expected


def test_max_length_hard_cut():
    assert slugify("one two three", max_length=6, word_boundary=False) == "one-tw"
    assert slugify("one two three", max_length=4, word_boundary=False) == "one"


def test_max_length_hard_cut_empty_separator():
    assert slugify("one two three", separator="", max_length=5, word_boundary=False) == "onetw"


@pytest.mark.parametrize(
    "options",
    [{"separator": "x"}, {"separator": "-1"}, {"max_length": -1}],
)
def test_invalid_slugifier(options):
    with pytest.raises(SlugError):
        Slugifier(**options)


def test_non_string_input():
    with pytest.raises(SlugError, match="expected text"):
        slugify(42)


def test_slugifier_is_reusable():
    slug = Slugifier(separator=".")
    assert [slug("A B"), slug("C d")] == ["a.b", "c.d"]


def test_unique_slug_free(taken_slugs):
    assert unique_slug("new", taken_slugs) == "new"


def test_unique_slug_suffix(taken_slugs):
    assert unique_slug("post", taken_slugs) == "post-4"
    assert unique_slug("other", taken_slugs) == "other-2"


def test_unique_slug_custom_start(taken_slugs):
    assert unique_slug("post", taken_slugs, separator="_", start=1) == "post_1"


def test_unique_slug_limit(taken_slugs):
    with pytest.raises(SlugError, match="after 2 attempts"):
        unique_slug("post", taken_slugs, limit=2)
    assert unique_slug("post", taken_slugs, limit=3) == "post-4"


def test_unique_slug_empty():
    with pytest.raises(SlugError):
        unique_slug("", set())
