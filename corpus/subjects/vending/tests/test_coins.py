import pytest

from vending import (
    ChangeUnavailableError,
    CoinBox,
    InsufficientCoinsError,
    InvalidCoinError,
    bounded_change,
    format_money,
    greedy_change,
    make_change,
)


@pytest.mark.parametrize(
    "cents, text",
    [(0, "0.00"), (5, "0.05"), (150, "1.50"), (1234, "12.34"), (-75, "-0.75")],
)
def test_format_money(cents, text):
    assert format_money(cents) == text


def test_greedy_uses_largest_coins():
    assert greedy_change(185, {100: 3, 50: 3, 20: 3, 10: 3, 5: 3}) == {100: 1, 50: 1, 20: 1, 10: 1, 5: 1}


def test_greedy_respects_counts():
    assert greedy_change(60, {50: 0, 20: 3}) == {20: 3}


def test_greedy_fails_where_solution_exists():
    assert greedy_change(60, {50: 1, 20: 3}) is None
    assert bounded_change(60, {50: 1, 20: 3}) == {20: 3}


def test_bounded_prefers_fewest_coins():
    assert bounded_change(30, {25: 1, 10: 3, 1: 5}) == {10: 3}


def test_bounded_skips_empty_denominations_and_fails():
    assert bounded_change(15, {10: 0, 20: 2}) is None


def test_make_change_falls_back():
    assert make_change(80, {50: 1, 20: 4}) == {20: 4}


def test_make_change_zero_and_negative():
    assert make_change(0, {}) == {}
    with pytest.raises(ValueError):
        make_change(-5, {5: 1})


def test_make_change_impossible():
    with pytest.raises(ChangeUnavailableError) as info:
        make_change(15, {10: 5, 20: 1})
    assert info.value.amount == 15
    assert str(info.value) == "cannot make change for 15"


def test_coinbox_totals(coinbox):
    assert coinbox.total == 200 + 100 + 100 + 50 + 20
    assert coinbox.coin_count == 18
    assert coinbox.denominations == (200, 100, 50, 20, 10, 5)
    assert coinbox.count(200) == 0


@pytest.mark.parametrize("denoms", [[], [0, 5], [-5], [2.5]])
def test_coinbox_bad_denominations(denoms):
    with pytest.raises(ValueError):
        CoinBox(denominations=denoms)


def test_coinbox_rejects_unknown_coins(coinbox):
    with pytest.raises(InvalidCoinError):
        coinbox.add(3)
    with pytest.raises(InvalidCoinError) as info:
        coinbox.add_many({10: 1, 7: 2})
    assert info.value.value == 7
    assert coinbox.count(10) == 5
    with pytest.raises(InvalidCoinError):
        coinbox.count(1)
    with pytest.raises(ValueError):
        coinbox.add(10, -1)


def test_coinbox_remove_all_or_nothing(coinbox):
    with pytest.raises(InsufficientCoinsError, match="need 3 x 100, only 2 held"):
        coinbox.remove({50: 1, 100: 3})
    assert coinbox.count(50) == 2
    coinbox.remove({50: 2, 100: 2})
    assert coinbox.count(50) == 0
    assert coinbox.count(100) == 0
    with pytest.raises(ValueError):
        coinbox.remove({10: -1})


def test_coinbox_can_change(coinbox):
    assert coinbox.can_change(95) is True
    assert coinbox.can_change(3) is False


def test_coinbox_empty(coinbox):
    taken = coinbox.empty()
    assert taken == {100: 2, 50: 2, 20: 5, 10: 5, 5: 4}
    assert coinbox.total == 0
    assert coinbox.snapshot() == {200: 0, 100: 0, 50: 0, 20: 0, 10: 0, 5: 0}
