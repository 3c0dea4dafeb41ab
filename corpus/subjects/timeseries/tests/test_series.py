import pytest

from timeseries import EmptySeriesError, MissingValueError, OrderError, Point, TimeSeries, TimeSeriesError


def test_construction_from_tuples_and_points():
    series = TimeSeries([(0, 1.5), Point(2, None), (5, -1)])
    assert series.timestamps == [0, 2, 5]
    assert series.values == [1.5, None, -1]
    assert series[1].is_missing
    assert not series[0].is_missing
    assert len(series) == 3


@pytest.mark.parametrize("points", [[(1, 0), (1, 0)], [(2, 0), (1, 0)], [(0, 0), (5, 0), (3, 0)]])
def test_order_is_enforced(points):
    with pytest.raises(OrderError, match="strictly increasing"):
        TimeSeries(points)


def test_from_unsorted_and_mapping():
    expected = TimeSeries([(1, "a"), (2, "b"), (3, "c")])
    assert TimeSeries.from_unsorted([(3, "c"), (1, "a"), (2, "b")]) == expected
    assert TimeSeries.from_mapping({2: "b", 3: "c", 1: "a"}) == expected
    with pytest.raises(OrderError):
        TimeSeries.from_unsorted([(1, 0), (1, 2)])


def test_from_values():
    series = TimeSeries.from_values([7, 8], start=100, step=0.5)
    assert series.timestamps == [100, 100.5]
    with pytest.raises(TimeSeriesError, match="step must be positive"):
        TimeSeries.from_values([1], step=0)


def test_start_end_and_missing(gappy):
    assert gappy.start == 0
    assert gappy.end == 10
    assert gappy.missing_count == 3


def test_empty_series_bounds():
    with pytest.raises(EmptySeriesError, match="at least 1 points, has 0"):
        TimeSeries().start
    with pytest.raises(EmptySeriesError):
        TimeSeries().end


def test_equality_and_repr(ramp):
    assert ramp == TimeSeries.from_values([1, 2, 3, 4, 5, 6], step=10)
    assert ramp != ramp.shift(1)
    assert ramp != [1, 2]
    assert repr(ramp) == "<TimeSeries 'ramp' n=6>"
    assert repr(TimeSeries()) == "<TimeSeries n=0>"


def test_iteration(ramp):
    assert [p.value for p in ramp] == [1, 2, 3, 4, 5, 6]
    assert ramp[-1] == Point(50, 6)


def test_value_at(ramp, gappy):
    assert ramp.value_at(20) == 3
    assert gappy.value_at(1) is None
    with pytest.raises(KeyError):
        ramp.value_at(25)
    with pytest.raises(KeyError):
        ramp.value_at(60)


@pytest.mark.parametrize(
    "start, end, inclusive, expected",
    [(10, 30, False, [10, 20]), (10, 30, True, [10, 20, 30]), (15, 16, False, []), (-5, 0, True, [0]), (45, 99, False, [50])],
)
def test_between(ramp, start, end, inclusive, expected):
    window = ramp.between(start, end, inclusive_end=inclusive)
    assert window.timestamps == expected
    assert window.name == "ramp"


def test_append(ramp):
    longer = ramp.append(60, 7)
    assert longer.values[-1] == 7
    assert len(ramp) == 6
    with pytest.raises(OrderError):
        ramp.append(50, 0)


def test_map_dropna_shift(gappy):
    doubled = gappy.map_values(lambda v: v * 2)
    assert doubled.values == [2.0, None, None, 8.0, None]
    assert gappy.dropna().timestamps == [0, 3]
    assert gappy.shift(-1).timestamps == [-1, 0, 1, 2, 9]


def test_complete_values(ramp, gappy):
    assert ramp.complete_values("x") == [1, 2, 3, 4, 5, 6]
    with pytest.raises(MissingValueError, match="smooth found a missing value at t=1") as info:
        gappy.complete_values("smooth")
    assert info.value.timestamp == 1


def test_points_order_by_timestamp():
    assert sorted([Point(3, 1), Point(1, 5)]) == [Point(1, 5), Point(3, 1)]
