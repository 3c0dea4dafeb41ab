import pytest

from slugtext import (
    humanize,
    split_words,
    to_camel,
    to_constant,
    to_kebab,
    to_pascal,
    to_snake,
    to_title,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("parseHTTPResponse2xx", ["parse", "HTTP", "Response", "2", "xx"]),
        ("hello_world", ["hello", "world"]),
        ("Hello-World  again", ["Hello", "World", "again"]),
        ("XMLParser", ["XML", "Parser"]),
        ("already", ["already"]),
        ("ÜberCool", ["Ueber", "Cool"]),
        ("", []),
        ("__", []),
    ],
)
def test_split_words(text, expected):
    assert split_words(text) == expected


@pytest.mark.parametrize(
    "func, expected",
    [
        (to_snake, "get_http_response_code"),
        (to_kebab, "get-http-response-code"),
        (to_constant, "GET_HTTP_RESPONSE_CODE"),
        (to_pascal, "GetHttpResponseCode"),
        (to_camel, "getHttpResponseCode"),
    ],
)
def test_conversions(func, expected):
    assert func("getHTTPResponse code") == expected


def test_acronyms():
    assert to_pascal("xml http request", acronyms=["http", "XML"]) == "XMLHTTPRequest"
    assert to_camel("http_server_url", acronyms=["url", "http"]) == "httpServerURL"


def test_camel_empty():
    assert to_camel("") == ""
    assert to_pascal("") == ""


@pytest.mark.parametrize(
    "text, expected",
    [("author_id", "Author"), ("id", "Id"), ("firstName", "First name"), ("", "")],
)
def test_humanize(text, expected):
    assert humanize(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the lord of the rings", "The Lord of the Rings"),
        ("the lord of the rings: the return of the king",
         "The Lord of the Rings: The Return of the King"),
        ("a step-by-step guide to iPhone with NASA", "A Step-by-Step Guide to iPhone with NASA"),
        ("what is it for", "What Is It For"),
        ("war AND peace", "War AND Peace"),
        ("war AnD peace", "War AnD Peace"),
        ("\"the\" best of times", "\"The\" Best of Times"),
        ("this and (that) or the other", "This and (That) or the Other"),
        ("Lord Of The Rings", "Lord of the Rings"),
        ("one", "One"),
        ("", ""),
    ],
)
def test_to_title(text, expected):
    assert to_title(text) == expected


def test_to_title_custom_small_words():
    assert to_title("lord of rings", small_words={"rings"}) == "Lord Of Rings"
    assert to_title("x rings y", small_words={"rings"}) == "X rings Y"
