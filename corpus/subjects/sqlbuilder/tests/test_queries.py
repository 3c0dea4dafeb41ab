import pytest

from sqlbuilder import MYSQL, POSTGRES, BuilderError, col, delete, fn, insert, raw, select, update


def test_select_all_defaults():
    assert select().from_("users").build() == ('SELECT * FROM "users"', [])
    assert select().build() == ("SELECT *", [])


def test_select_full_query(users_query, active):
    query = (
        users_query.join("orders", on=col("o.user_id") == col("u.id"), alias="o", kind="left")
        .where(active)
        .where((col("u.age") >= 18) | col("u.vip").is_not_null())
        .group_by("u.id", "u.name")
        .having(fn("count", col("o.id")) > 2)
        .order_by("-u.name", "u.id")
        .limit(10)
        .offset(20)
    )
    sql, params = query.build(POSTGRES)
    assert sql == (
        'SELECT "u"."id", "u"."name" FROM "users" AS "u" '
        'LEFT JOIN "orders" AS "o" ON "o"."user_id" = "u"."id" '
        'WHERE "active" = $1 AND ("u"."age" >= $2 OR "u"."vip" IS NOT NULL) '
        'GROUP BY "u"."id", "u"."name" HAVING COUNT("o"."id") > $3 '
        'ORDER BY "u"."name" DESC, "u"."id" ASC LIMIT $4 OFFSET $5'
    )
    assert params == [True, 18, 2, 10, 20]


def test_builders_are_immutable(users_query):
    filtered = users_query.where(col("id") == 1)
    assert users_query.conditions == ()
    assert users_query.build()[0] == 'SELECT "u"."id", "u"."name" FROM "users" AS "u"'
    assert filtered.build()[1] == [1]


def test_distinct_cross_join_and_expressions():
    query = (
        select(col("a.x").as_("x"), fn("count", "*").as_("n"), raw("42"))
        .distinct()
        .from_("a")
        .join("b", kind="cross")
        .order_by(fn("count", "*"))
    )
    assert query.build(MYSQL) == (
        "SELECT DISTINCT `a`.`x` AS `x`, COUNT(*) AS `n`, 42 FROM `a` CROSS JOIN `b` ORDER BY COUNT(*) ASC",
        [],
    )


def test_inner_join_and_left_join_helper():
    query = (
        select("*")
        .from_("a")
        .join("b", on=col("b.a_id") == col("a.id"))
        .left_join("c", on=col("c.b_id") == col("b.id"), alias="cc")
    )
    assert query.build()[0] == (
        'SELECT * FROM "a" INNER JOIN "b" ON "b"."a_id" = "a"."id" LEFT JOIN "c" AS "cc" ON "c"."b_id" = "b"."id"'
    )


@pytest.mark.parametrize(
    "build, message",
    [
        (lambda: select().from_("a").join("b", kind="outer", on=col("x") == 1), "unknown join kind 'OUTER'"),
        (lambda: select().from_("a").join("b"), "CROSS joins take no ON condition"),
        (lambda: select().from_("a").join("b", on=col("x") == 1, kind="cross"), "CROSS joins take no ON"),
        (lambda: select().from_("a").having(col("x") == 1).build(), "HAVING requires GROUP BY"),
        (lambda: select().join("b", on=col("x") == 1).build(), "JOIN requires a FROM table"),
        (lambda: select().limit(-1), "limit must be a non-negative integer, got -1"),
        (lambda: select().offset(1.5), "offset must be a non-negative integer"),
        (lambda: select().limit(True), "limit must be a non-negative integer"),
        (lambda: select().paginate(0, 10), "at least 1"),
        (lambda: select().paginate(1, 0), "at least 1"),
    ],
)
def test_select_errors(build, message):
    with pytest.raises(BuilderError, match=message):
        build()


@pytest.mark.parametrize("page, per_page, limit, offset", [(1, 10, 10, 0), (3, 25, 25, 50)])
def test_paginate(page, per_page, limit, offset):
    assert select().from_("t").paginate(page, per_page).build() == ('SELECT * FROM "t" LIMIT ? OFFSET ?', [limit, offset])


def test_limit_zero_and_offset_only():
    assert select().from_("t").limit(0).build() == ('SELECT * FROM "t" LIMIT ?', [0])
    assert select().from_("t").offset(5).build() == ('SELECT * FROM "t" OFFSET ?', [5])


def test_insert_single_and_multi_row():
    single = insert("users").values({"name": "Ann", "age": 30}).returning("id")
    assert single.build(POSTGRES) == ('INSERT INTO "users" ("name", "age") VALUES ($1, $2) RETURNING "id"', ["Ann", 30])
    multi = insert("users").values({"name": "A", "age": 1}, {"age": 2, "name": "B"}).values({"name": "C", "age": raw("DEFAULT")})
    assert multi.build() == (
        'INSERT INTO "users" ("name", "age") VALUES (?, ?), (?, ?), (?, DEFAULT)',
        ["A", 1, "B", 2, "C"],
    )


@pytest.mark.parametrize(
    "query, message",
    [
        (insert("t"), "at least one row"),
        (insert("t").values({}), "must not be empty"),
        (insert("t").values({"a": 1}, {"a": 1, "b": 2}), "row 2 has different columns than row 1"),
        (insert("t").values({"a": 1}, {"a": 1}, {"b": 1}), "row 3 has different columns"),
    ],
)
def test_insert_errors(query, message):
    with pytest.raises(BuilderError, match=message):
        query.build()


def test_update():
    query = update("accounts").set({"balance": raw('"balance" - 10')}, status="debited").where(col("id") == 7).returning("balance")
    assert query.build(POSTGRES) == (
        'UPDATE "accounts" SET "balance" = "balance" - 10, "status" = $1 WHERE "id" = $2 RETURNING "balance"',
        ["debited", 7],
    )


def test_update_set_merges_and_overrides():
    query = update("t").set(a=1, b=2).set({"a": 3}).where(col("id") == 1)
    assert query.build() == ('UPDATE "t" SET "a" = ?, "b" = ? WHERE "id" = ?', [3, 2, 1])


def test_update_requires_where_and_assignments():
    with pytest.raises(BuilderError, match="refusing UPDATE without WHERE"):
        update("t").set(a=1).build()
    with pytest.raises(BuilderError, match="at least one assignment"):
        update("t").where(col("id") == 1).build()
    assert update("t").set(a=1).allow_all_rows().build() == ('UPDATE "t" SET "a" = ?', [1])


def test_delete():
    query = delete("sessions").where(col("expires") < 100, col("user_id").in_([1, 2]))
    assert query.build(MYSQL) == ("DELETE FROM `sessions` WHERE `expires` < %s AND `user_id` IN (%s, %s)", [100, 1, 2])
    with pytest.raises(BuilderError, match="refusing DELETE without WHERE; call allow_all_rows"):
        delete("sessions").build()
    assert delete("sessions").allow_all_rows().build() == ('DELETE FROM "sessions"', [])
