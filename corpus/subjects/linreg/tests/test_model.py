import math

import pytest

from linreg import (
    DimensionMismatchError,
    InsufficientDataError,
    LinearRegression,
    NotFittedError,
    SingularDesignError,
)


@pytest.fixture
def model(noisy_rows, noisy_y):
    return LinearRegression().fit(noisy_rows, noisy_y)


def test_coefficients(model):
    coefficients = model.coefficients
    assert list(coefficients) == ["intercept", "x1", "x2"]
    assert coefficients["intercept"] == pytest.approx(65 / 48)
    assert coefficients["x1"] == pytest.approx(27 / 16)
    assert coefficients["x2"] == pytest.approx(51 / 16)
    assert model.intercept == pytest.approx(65 / 48)


def test_residuals_and_sums(model):
    assert model.residuals == pytest.approx([-5 / 12, 7 / 12, -1 / 6, -1 / 6, 7 / 12, -5 / 12])
    assert model.sse == pytest.approx(13 / 12)
    assert model.sst == pytest.approx(384.708333333333)
    assert math.fsum(model.residuals) == pytest.approx(0.0, abs=1e-9)


def test_fitted_values(model, noisy_y):
    fitted = model.fitted_values
    assert [f + r for f, r in zip(fitted, model.residuals)] == pytest.approx(noisy_y)


def test_r_squared(model):
    assert model.r_squared == pytest.approx(0.9971840138633163)
    assert model.adjusted_r_squared == pytest.approx(0.9953066897721939)


def test_counts(model):
    assert model.n_observations == 6
    assert model.n_parameters == 3
    assert model.degrees_of_freedom == 3
    assert model.residual_variance == pytest.approx(13 / 36)


def test_standard_errors_and_t(model):
    errors = model.standard_errors
    assert errors["intercept"] == pytest.approx(0.5802248526473418)
    assert errors["x1"] == pytest.approx(0.25656879447098846)
    assert errors["x2"] == pytest.approx(0.25656879447098846)
    tvalues = model.t_statistics
    assert tvalues["x1"] == pytest.approx(6.57718333782326)
    assert tvalues["x2"] == pytest.approx(12.4235685269996)


def test_predict(model):
    assert model.predict([[0, 0], [1, 1]]) == pytest.approx([65 / 48, 65 / 48 + 78 / 16])


def test_predict_width_mismatch(model):
    with pytest.raises(DimensionMismatchError, match="expected rows with 2 values"):
        model.predict([[1, 2, 3]])


def test_exact_fit_without_noise():
    rows = [[0, 0], [1, 0], [0, 1], [1, 1], [2, 3]]
    y = [2 + 3 * a - b for a, b in rows]
    model = LinearRegression().fit(rows, y, names=["a", "b"])
    assert model.coefficients == pytest.approx({"intercept": 2.0, "a": 3.0, "b": -1.0})
    assert model.r_squared == pytest.approx(1.0)
    assert model.standard_errors["a"] == pytest.approx(0.0, abs=1e-6)


def test_without_intercept():
    model = LinearRegression(fit_intercept=False).fit([[1], [2], [3]], [2, 4, 7])
    assert list(model.coefficients) == ["x1"]
    assert model.coefficients["x1"] == pytest.approx(31 / 14)
    assert model.intercept == 0.0
    assert model.sst == 69.0
    sse = (2 - 31 / 14) ** 2 + (4 - 62 / 14) ** 2 + (7 - 93 / 14) ** 2
    assert model.r_squared == pytest.approx(1 - sse / 69)
    assert model.adjusted_r_squared == pytest.approx(1 - (sse / 69) * 3 / 2)


def test_constant_response_has_unit_r_squared():
    model = LinearRegression().fit([[1], [2], [3]], [5, 5, 5])
    assert model.sst == 0.0
    assert model.r_squared == 1.0


def test_saturated_model_has_no_dof():
    model = LinearRegression().fit([[1], [3]], [2, 6])
    assert model.coefficients == pytest.approx({"intercept": 0.0, "x1": 2.0})
    assert model.degrees_of_freedom == 0
    with pytest.raises(InsufficientDataError, match="degrees of freedom"):
        model.standard_errors
    with pytest.raises(InsufficientDataError):
        model.adjusted_r_squared


def test_collinear_columns():
    with pytest.raises(SingularDesignError, match="linearly dependent"):
        LinearRegression().fit([[1, 2], [2, 4], [3, 6], [4, 8]], [1, 2, 3, 4])


@pytest.mark.parametrize(
    "rows, y, names, message",
    [
        ([[1], [2]], [1, 2, 3], None, "X has 2 rows but y has 3 values"),
        ([[1, 2], [2, 3]], [1, 2], ["a"], "1 names given for 2 columns"),
        ([[1, 2], [3]], [1, 2], None, "row 1 has width 1"),
        ([], [], None, "no rows"),
    ],
)
def test_fit_dimension_errors(rows, y, names, message):
    with pytest.raises(DimensionMismatchError, match=message):
        LinearRegression().fit(rows, y, names=names)


def test_too_few_observations():
    with pytest.raises(InsufficientDataError, match="2 observations cannot identify 3 parameters"):
        LinearRegression().fit([[1, 2], [3, 5]], [1, 2])


@pytest.mark.parametrize(
    "action",
    [
        lambda m: m.coefficients,
        lambda m: m.intercept,
        lambda m: m.predict([[1]]),
        lambda m: m.residuals,
        lambda m: m.n_observations,
        lambda m: m.sst,
        lambda m: m.predict_records([{}]),
    ],
)
def test_not_fitted(action):
    with pytest.raises(NotFittedError, match="fit"):
        action(LinearRegression())


def test_predict_records_requires_design(model):
    with pytest.raises(NotFittedError, match="fit_design"):
        model.predict_records([{"x1": 1, "x2": 2}])


def test_summary(model):
    lines = model.summary(digits=2).splitlines()
    assert lines[0] == "term           estimate       std.err           t"
    assert lines[1] == "intercept          1.35          0.58        2.33"
    assert lines[2] == "x1                 1.69          0.26        6.58"
    assert lines[3] == "x2                 3.19          0.26       12.42"
    assert lines[4] == "R-squared: 1.00  adjusted: 1.00"



def test_t_statistics_of_exact_fit():
    rising = LinearRegression().fit([[0], [1], [2], [3]], [1, 3, 5, 7])
    assert rising.t_statistics == {"intercept": math.inf, "x1": math.inf}
    falling = LinearRegression().fit([[0], [1], [2]], [0, -2, -4])
    tvalues = falling.t_statistics
    assert math.isnan(tvalues["intercept"])
    assert tvalues["x1"] == -math.inf
