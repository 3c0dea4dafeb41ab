import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from dataserde import to_dict
from dataserde.encoder import encode


def test_to_dict_full_order(models):
    customer = models.Customer("Ada", "Lovelace", dt.date(1815, 12, 10), models.Address("Sq", "London"))
    order = models.Order(
        number=3,
        customer=customer,
        lines=[models.Line("A", 2, Decimal("1.50"))],
        color=models.Color.GREEN,
        priority=models.Priority.HIGH,
        placed_at=dt.datetime(2024, 1, 2, 3, 4, 5),
        cache={"x": 1},
    )
    assert to_dict(order) == {
        "number": 3,
        "customer": {
            "firstName": "Ada",
            "lastName": "Lovelace",
            "birthDate": "1815-12-10",
            "address": {"street": "Sq", "city": "London", "postcode": None},
            "e-mail": "",
            "tags": [],
        },
        "lines": [{"sku": "A", "quantity": 2, "price": "1.50"}],
        "color": "green",
        "priority": 2,
        "placed_at": "2024-01-02T03:04:05",
    }


def test_omit_none_only_affects_configured_class(models):
    address = models.Address("Sq", "London")
    assert to_dict(address) == {"street": "Sq", "city": "London", "postcode": None}


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, None),
        (True, True),
        (1.25, 1.25),
        ((1, 2), [1, 2]),
        ({3, 1, 2}, [1, 2, 3]),
        (frozenset({"b", "a"}), ["a", "b"]),
        ({1: "a", "k": [dt.date(2020, 5, 6)]}, {"1": "a", "k": ["2020-05-06"]}),
        (Decimal("0.10"), "0.10"),
    ],
)
def test_encode_values(value, expected):
    assert encode(value) == expected


def test_encode_enum_keys_and_nested_enum_value():
    class Key(enum.Enum):
        A = "a"

    class Wrapped(enum.Enum):
        W = Decimal("2.5")

    assert encode({Key.A: Wrapped.W}) == {"a": "2.5"}


@pytest.mark.parametrize("key", [True, 1.5, (1,)])
def test_encode_rejects_bad_keys(key):
    with pytest.raises(TypeError, match="dict keys must be str, int or enum"):
        encode({"outer": {key: 1}})


def test_encode_error_names_path():
    @dataclass
    class Box:
        items: list = field(default_factory=list)

    with pytest.raises(TypeError, match=r"items\[1\]: cannot serialize object"):
        to_dict(Box([1, object()]))
    with pytest.raises(TypeError, match="<root>: cannot serialize bytes"):
        encode(b"x")


@pytest.mark.parametrize("bad", [3, dict, {"a": 1}])
def test_to_dict_requires_instance(bad):
    with pytest.raises(TypeError, match="expects a dataclass instance"):
        to_dict(bad)


def test_init_false_fields_are_encoded():
    @dataclass
    class Total:
        a: int
        b: int
        total: int = field(init=False)

        def __post_init__(self):
            self.total = self.a + self.b

    assert to_dict(Total(1, 2)) == {"a": 1, "b": 2, "total": 3}
