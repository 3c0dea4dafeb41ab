import pytest

from linreg import ColumnKind, ColumnSpec, DesignBuilder, DesignError, LinearRegression


@pytest.fixture
def design(records):
    return DesignBuilder().numeric("size").categorical("color").build(records)


def test_column_names(design):
    assert design.column_names == ["intercept", "size", "color[green]", "color[red]"]
    assert design.shape == (6, 4)


def test_rows(design):
    assert design.rows == [
        [1.0, 1.0, 0.0, 1.0],
        [1.0, 2.0, 0.0, 0.0],
        [1.0, 3.0, 1.0, 0.0],
        [1.0, 4.0, 0.0, 1.0],
        [1.0, 5.0, 0.0, 0.0],
        [1.0, 6.0, 1.0, 0.0],
    ]


def test_column_lookup(design):
    assert design.column("color[green]") == [0.0, 0.0, 1.0, 0.0, 0.0, 1.0]
    assert design.column("intercept") == [1.0] * 6
    with pytest.raises(DesignError, match="no column named 'color'"):
        design.column("color")


def test_reference_level_and_no_intercept(records):
    design = DesignBuilder(intercept=False).categorical("color", reference="red").build(records)
    assert design.column_names == ["color[blue]", "color[green]"]
    assert design.specs[0].levels == ("red", "blue", "green")
    assert design.rows[0] == [0.0, 0.0]
    assert design.rows[1] == [1.0, 0.0]


def test_explicit_levels_keep_order(records):
    design = DesignBuilder().categorical("color", levels=["red", "green", "blue", "purple"]).build(records)
    assert design.column_names == ["intercept", "color[green]", "color[blue]", "color[purple]"]
    assert design.rows[2] == [1.0, 1.0, 0.0, 0.0]


def test_transform_new_records(design):
    assert design.transform([{"size": 10, "color": "red"}]) == [[1.0, 10.0, 0.0, 1.0]]
    assert design.encode_record({"size": 0, "color": "blue"}) == [1.0, 0.0, 0.0, 0.0]


@pytest.mark.parametrize(
    "record, message",
    [
        ({"size": 1}, "missing field 'color'"),
        ({"size": 1, "color": "pink"}, "unknown level 'pink' for field 'color'"),
        ({"size": "big", "color": "red"}, "'size' must be numeric, got 'big'"),
        ({"size": True, "color": "red"}, "must be numeric"),
    ],
)
def test_encode_errors(design, record, message):
    with pytest.raises(DesignError, match=message):
        design.encode_record(record)


def test_numeric_levels_are_stringified():
    design = DesignBuilder().categorical("grade").build([{"grade": 2}, {"grade": 1}, {"grade": 2}])
    assert design.column_names == ["intercept", "grade[2]"]
    assert design.rows == [[1.0, 1.0], [1.0, 0.0], [1.0, 1.0]]


@pytest.mark.parametrize(
    "configure, records, message",
    [
        (lambda b: b.numeric("a").numeric("a"), [{"a": 1}], "declared twice"),
        (lambda b: b.numeric(""), [{"a": 1}], "must not be empty"),
        (lambda b: b.categorical("c", levels=["x", "x"]), [{"c": "x"}], "duplicate levels"),
        (lambda b: b.categorical("c"), [{"c": "x"}, {"c": "x"}], "at least two levels"),
        (lambda b: b.categorical("c", reference="z"), [{"c": "x"}, {"c": "y"}], "reference level 'z'"),
        (lambda b: b.numeric("a"), [], "no records"),
    ],
)
def test_builder_errors(configure, records, message):
    with pytest.raises(DesignError, match=message):
        configure(DesignBuilder()).build(records)


def test_empty_design_without_intercept():
    with pytest.raises(DesignError, match="no columns"):
        DesignBuilder(intercept=False).build([{"a": 1}])


def test_intercept_only_design():
    design = DesignBuilder().build([{}, {}])
    assert design.rows == [[1.0], [1.0]]


def test_column_spec_output_names():
    assert ColumnSpec("x", ColumnKind.NUMERIC).output_names == ["x"]
    assert ColumnSpec("c", ColumnKind.CATEGORICAL, ("a", "b", "c")).output_names == ["c[b]", "c[c]"]


def test_fit_design_and_predict_records(design, records):
    model = LinearRegression().fit_design(design, [r["y"] for r in records])
    assert model.fit_intercept is False
    assert model.coefficients == pytest.approx(
        {"intercept": 0.0, "size": 2.0, "color[green]": 3.0, "color[red]": 1.0}, abs=1e-9
    )
    assert model.predict_records([{"size": 10, "color": "green"}]) == pytest.approx([23.0])
    assert model.r_squared == pytest.approx(1.0)
