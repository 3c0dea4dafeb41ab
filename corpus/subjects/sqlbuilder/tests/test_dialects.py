import pytest

from sqlbuilder import ANSI, MYSQL, POSTGRES, BuilderError, Dialect
from sqlbuilder.dialects import Context


@pytest.mark.parametrize(
    "dialect, name, expected",
    [
        (ANSI, "users", '"users"'),
        (ANSI, "public.users.id", '"public"."users"."id"'),
        (ANSI, 'odd"name', '"odd""name"'),
        (ANSI, "u.*", '"u".*'),
        (ANSI, "*", "*"),
        (MYSQL, "order", "`order`"),
        (MYSQL, "a`b.c", "`a``b`.`c`"),
    ],
)
def test_quote(dialect, name, expected):
    assert dialect.quote(name) == expected


@pytest.mark.parametrize("name", ["", "a..b", "*.x", "a."])
def test_quote_rejects(name):
    with pytest.raises(BuilderError):
        ANSI.quote(name)


@pytest.mark.parametrize(
    "dialect, expected",
    [(ANSI, ["?", "?", "?"]), (POSTGRES, ["$1", "$2", "$3"]), (MYSQL, ["%s", "%s", "%s"])],
)
def test_context_binds_in_order(dialect, expected):
    ctx = Context(dialect)
    assert [ctx.bind(value) for value in ("a", 2, None)] == expected
    assert ctx.params == ["a", 2, None]


@pytest.mark.parametrize(
    "kwargs, message",
    [({"placeholder": "named"}, "unknown placeholder style 'named'"), ({"quote_char": "''"}, "single character")],
)
def test_dialect_validation(kwargs, message):
    with pytest.raises(BuilderError, match=message):
        Dialect("x", **kwargs)
