from datetime import datetime

import pytest

from vending import ProductLine, Sale, SalesReport


def make_sale(hour, minute, code, name, price, paid=None):
    return Sale(datetime(2024, 3, 1, hour, minute), "A1", code, name, price, paid or price)


@pytest.fixture
def report():
    return SalesReport(
        [
            make_sale(14, 5, "P7", "Chips", 85, 100),
            make_sale(9, 0, "C1", "Cola", 120, 200),
            make_sale(9, 45, "C1", "Cola", 120),
            make_sale(14, 59, "W2", "Water", 60),
            make_sale(15, 0, "P7", "Chips", 85),
            make_sale(16, 0, "P7", "Chips", 85),
        ]
    )


def test_totals(report):
    assert len(report) == 6
    assert report.total_revenue == 555
    assert report.change_given == 95
    assert report.sales[0].code == "C1"


def test_by_product(report):
    assert report.by_product() == [
        ProductLine("P7", "Chips", 3, 255),
        ProductLine("C1", "Cola", 2, 240),
        ProductLine("W2", "Water", 1, 60),
    ]
    assert report.by_product()[0].average_price == 85.0


def test_by_product_ties_sorted_by_code():
    rep = SalesReport([make_sale(9, 0, "Z1", "Zed", 50), make_sale(9, 1, "A1", "Aye", 50)])
    assert [line.code for line in rep.by_product()] == ["A1", "Z1"]


def test_best_seller(report):
    assert report.best_seller().code == "P7"
    assert SalesReport([]).best_seller() is None


def test_by_hour(report):
    assert report.by_hour() == {9: 240, 14: 145, 15: 85, 16: 85}


def test_between(report):
    window = report.between(datetime(2024, 3, 1, 9, 45), datetime(2024, 3, 1, 15, 0))
    assert [s.price for s in window.sales] == [120, 85, 60]
    with pytest.raises(ValueError):
        report.between(datetime(2024, 3, 2), datetime(2024, 3, 1))


def test_render(report):
    assert report.render() == (
        "PRODUCT  UNITS  REVENUE\n"
        "Chips        3     2.55\n"
        "Cola         2     2.40\n"
        "Water        1     0.60\n"
        "TOTAL        6     5.55"
    )


def test_render_empty():
    assert SalesReport([]).render() == "PRODUCT  UNITS  REVENUE\nTOTAL        0     0.00"


def test_machine_report(machine, clock):
    machine.buy("C1", [100, 20])
    clock.advance(hours=2)
    machine.buy("P7", [100])
    rep = machine.report()
    assert rep.total_revenue == 205
    assert rep.by_hour() == {9: 120, 11: 85}
