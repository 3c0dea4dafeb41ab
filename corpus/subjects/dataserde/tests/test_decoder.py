import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, Optional, Union

import pytest

from dataserde import SerdeError, from_dict, to_dict
from dataserde.decoder import INVALID, Decoder


def test_decode_order(models, order_data):
    order = from_dict(models.Order, order_data)
    assert order.number == 7
    assert order.customer.first_name == "Ada"
    assert order.customer.birth_date == dt.date(1815, 12, 10)
    assert order.customer.address == models.Address("1 St James's Sq", "London", None)
    assert order.customer.email == "ada@example.org"
    assert order.lines == [models.Line("A-1", 2, Decimal("9.99")), models.Line("B-2", 3, Decimal("4"))]
    assert order.color is models.Color.GREEN
    assert order.priority is models.Priority.HIGH
    assert order.placed_at == dt.datetime(2024, 3, 1, 10, 30, tzinfo=dt.timezone.utc)
    assert order.note is None
    assert order.cache == {}


def test_round_trip(models, order_data):
    order = from_dict(models.Order, order_data)
    assert from_dict(models.Order, to_dict(order)) == order


def test_errors_collected_with_paths(models, order_data):
    order_data["lines"][0]["quantity"] = "two"
    order_data["lines"][1]["price"] = "free"
    order_data["customer"]["birthDate"] = "yesterday"
    del order_data["customer"]["lastName"]
    order_data["color"] = "blue"
    with pytest.raises(SerdeError) as info:
        from_dict(models.Order, order_data)
    assert info.value.paths == [
        "customer.last_name",
        "customer.birth_date",
        "lines[0].quantity",
        "lines[1].price",
        "color",
    ]
    assert str(info.value.errors[0]) == "customer.last_name: missing required field 'lastName'"
    assert info.value.errors[2].message == "cannot parse 'two' as int"


def test_unknown_fields_denied_by_config(models, order_data):
    order_data["extra"] = 1
    with pytest.raises(SerdeError, match="extra: unexpected field"):
        from_dict(models.Order, order_data)


def test_strict_override(models, customer_data):
    customer_data["nickname"] = "A"
    assert from_dict(models.Customer, customer_data).first_name == "Ada"
    with pytest.raises(SerdeError, match="nickname: unexpected field"):
        from_dict(models.Customer, customer_data, strict=True)


def test_strict_false_overrides_deny_unknown(models, order_data):
    order_data["extra"] = 1
    assert from_dict(models.Order, order_data, strict=False).number == 7


def test_post_init_value_error_reported(models, order_data):
    order_data["number"] = 0
    with pytest.raises(SerdeError) as info:
        from_dict(models.Order, order_data)
    assert str(info.value) == "<root>: invalid Order: order number must be positive"


def test_root_must_be_mapping(models):
    with pytest.raises(SerdeError, match="<root>: expected object for Address, got list"):
        from_dict(models.Address, [])


def test_from_dict_requires_dataclass_type(models):
    with pytest.raises(TypeError, match="expects a dataclass type"):
        from_dict(models.Address("a", "b"), {})


def test_existing_instance_passes_through(models):
    address = models.Address("a", "b")
    assert Decoder().decode(models.Address, address, "") is address


@dataclass
class Mixed:
    any_value: Any
    number_or_text: Union[int, str]
    flag_or_none: Optional[bool]
    mode: Literal["r", "w"]
    pair: tuple[int, str]
    many: tuple[float, ...]
    scores: dict[str, int]
    raw: list = field(default_factory=list)
    new_style: "int | None" = None


@pytest.fixture
def mixed_data():
    return {
        "any_value": object,
        "number_or_text": "12",
        "flag_or_none": "yes",
        "mode": "w",
        "pair": [1, "a"],
        "many": ["1.5", 2],
        "scores": {"x": "3"},
        "raw": [1, "b"],
        "new_style": "4",
    }


def test_decode_mixed_types(mixed_data):
    result = from_dict(Mixed, mixed_data)
    assert result == Mixed(object, 12, True, "w", (1, "a"), (1.5, 2.0), {"x": 3}, [1, "b"], 4)


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("number_or_text", [1], "number_or_text: value [1] does not match any of int | str"),
        ("flag_or_none", "maybe", "flag_or_none: expected bool, got str 'maybe'"),
        ("mode", "x", "mode: 'x' is not one of 'r', 'w'"),
        ("pair", [1], "pair: expected 2 items, got 1"),
        ("pair", [1, None], "pair[1]: value must not be null"),
        ("many", "12", "many: expected array, got str"),
        ("many", {"a": 1}, "many: expected array, got dict"),
        ("scores", [1], "scores: expected object, got list"),
        ("scores", {"x": "high"}, "scores.x: cannot parse 'high' as int"),
        ("new_style", 2.5, "new_style: expected int, got non-integral float 2.5"),
    ],
)
def test_decode_mixed_errors(mixed_data, key, value, message):
    mixed_data[key] = value
    with pytest.raises(SerdeError) as info:
        from_dict(Mixed, mixed_data)
    assert str(info.value) == message


def test_literal_is_type_exact():
    @dataclass
    class Flagged:
        level: Literal[1, 2]

    assert from_dict(Flagged, {"level": 2}).level == 2
    with pytest.raises(SerdeError, match="True is not one of 1, 2"):
        from_dict(Flagged, {"level": True})


def test_none_type_and_unsupported_type():
    decoder = Decoder()
    assert decoder.decode(type(None), None, "x") is None
    assert decoder.decode(type(None), 1, "x") is INVALID
    assert [str(error) for error in decoder.errors] == ["x: expected null, got int"]
    with pytest.raises(TypeError, match="unsupported field type complex at y"):
        decoder.decode(complex, 1, "y")


def test_unparameterized_containers():
    decoder = Decoder()
    assert decoder.decode(dict, {"a": 1}, "") == {"a": 1}
    assert decoder.decode(list[Any], (1, 2), "") == [1, 2]
    assert repr(INVALID) == "<invalid>"


def test_dict_with_invalid_keys_drops_entry():
    decoder = Decoder()
    result = decoder.decode(dict[int, str], {"1": "a", "b": "c"}, "m")
    assert result == {1: "a"}
    assert [str(error) for error in decoder.errors] == ["m.b: cannot parse 'b' as int"]


def test_serde_error_requires_errors():
    with pytest.raises(ValueError):
        SerdeError([])


def test_init_false_field_ignored_on_input():
    @dataclass
    class Total:
        a: int
        total: int = field(init=False, default=0)

        def __post_init__(self):
            self.total = self.a * 2

    assert from_dict(Total, {"a": 2, "total": 99}).total == 4
