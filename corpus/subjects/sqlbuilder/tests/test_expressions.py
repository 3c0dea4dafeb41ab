import pytest

from sqlbuilder import ANSI, POSTGRES, BuilderError, Column, Func, Raw, and_, col, fn, not_, or_, raw
from sqlbuilder.dialects import Context


def render(expression, dialect=ANSI):
    ctx = Context(dialect)
    return expression.render(ctx), ctx.params


@pytest.mark.parametrize(
    "condition, sql, params",
    [
        (col("age") == 30, '"age" = ?', [30]),
        (col("age") != 30, '"age" <> ?', [30]),
        (col("age") < 30, '"age" < ?', [30]),
        (col("age") <= 30, '"age" <= ?', [30]),
        (col("age") > 30, '"age" > ?', [30]),
        (col("age") >= 30, '"age" >= ?', [30]),
        (col("deleted_at") == None, '"deleted_at" IS NULL', []),  # noqa: E711
        (col("deleted_at") != None, '"deleted_at" IS NOT NULL', []),  # noqa: E711
        (col("x").is_null(), '"x" IS NULL', []),
        (col("x").is_not_null(), '"x" IS NOT NULL', []),
        (col("name").like("A%"), '"name" LIKE ?', ["A%"]),
        (col("id").in_([1, 2, 3]), '"id" IN (?, ?, ?)', [1, 2, 3]),
        (col("id").not_in((4,)), '"id" NOT IN (?)', [4]),
        (col("id").in_([]), "1 = 0", []),
        (col("id").not_in([]), "1 = 1", []),
        (col("n").between(1, 9), '"n" BETWEEN ? AND ?', [1, 9]),
        (col("a.x") == col("b.y"), '"a"."x" = "b"."y"', []),
        (col("ts") > raw("NOW()"), '"ts" > NOW()', []),
    ],
)
def test_comparisons(condition, sql, params):
    assert render(condition) == (sql, params)


def test_and_or_nesting():
    condition = (col("a") == 1) & ((col("b") == 2) | (col("c") == 3)) & (col("d") == 4)
    assert render(condition, POSTGRES) == ('"a" = $1 AND ("b" = $2 OR "c" = $3) AND "d" = $4', [1, 2, 3, 4])


def test_or_flattening_and_not():
    condition = or_(col("a") == 1, or_(col("b") == 2, col("c") == 3))
    assert render(condition) == ('"a" = ? OR "b" = ? OR "c" = ?', [1, 2, 3])
    negated = ~((col("a") == 1) | (col("b") == 2))
    assert render(negated) == ('NOT ("a" = ? OR "b" = ?)', [1, 2])
    assert not_(negated) is negated.inner
    assert render(not_(negated)) == ('"a" = ? OR "b" = ?', [1, 2])


def test_single_condition_junction_unwraps():
    single = col("a") == 1
    assert and_(single) is single
    assert render(and_(and_(single, col("b") == 2), col("c") == 3)) == ('"a" = ? AND "b" = ? AND "c" = ?', [1, 2, 3])


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: and_(), "AND needs at least one condition"),
        (lambda: or_(col("a")), "expected a condition, got Column"),
        (lambda: not_("a = 1"), "expected a condition, got str"),
        (lambda: col(""), "invalid column name ''"),
        (lambda: col("a..b"), "invalid column name"),
        (lambda: raw("  "), "must not be empty"),
        (lambda: fn("COUNT(x"), "invalid function name"),
    ],
)
def test_expression_errors(call, message):
    with pytest.raises(BuilderError, match=message):
        call()


def test_functions_and_aliases():
    ctx = Context(ANSI)
    assert fn("count", "*").render(ctx) == "COUNT(*)"
    assert fn("coalesce", col("nick"), "anon").as_("display").render_selectable(ctx) == 'COALESCE("nick", ?) AS "display"'
    assert ctx.params == ["anon"]
    assert Func("max", col("score")).render_selectable(ctx) == 'MAX("score")'
    assert col("name").as_("n").render_selectable(ctx) == '"name" AS "n"'
    assert Raw("1").as_("one").render_selectable(ctx) == '1 AS "one"'


def test_function_comparisons():
    assert render(fn("count", "*") > 5) == ("COUNT(*) > ?", [5])
    assert render(fn("sum", col("x")) < 5) == ('SUM("x") < ?', [5])
    assert render(fn("avg", col("x")) >= 2.5) == ('AVG("x") >= ?', [2.5])


def test_column_star_argument_is_not_confused():
    assert render(fn("count", col("id"))) == ('COUNT("id")', [])


def test_columns_are_unhashable():
    with pytest.raises(TypeError):
        hash(Column("a"))
