from dataclasses import dataclass, field, fields

import pytest

from dataserde import SerdeConfig, field_key, serde, serde_field
from dataserde.config import config_of, convert_case, serialized_fields


@pytest.mark.parametrize(
    "style, expected",
    [
        ("snake_case", "order_line_id"),
        ("camelCase", "orderLineId"),
        ("PascalCase", "OrderLineId"),
        ("kebab-case", "order-line-id"),
        ("SCREAMING_SNAKE_CASE", "ORDER_LINE_ID"),
    ],
)
def test_convert_case(style, expected):
    assert convert_case("order_line_id", style) == expected


def test_convert_case_single_word_and_underscores():
    assert convert_case("name", "camelCase") == "name"
    assert convert_case("_private__value", "camelCase") == "privateValue"
    assert convert_case("__", "PascalCase") == "__"


def test_unknown_style_rejected():
    with pytest.raises(ValueError, match="unknown rename_all style 'Title'"):
        SerdeConfig(rename_all="Title")


def test_serde_decorator_forms():
    @serde
    @dataclass
    class Plain:
        a: int

    @serde(rename_all="kebab-case", omit_none=True)
    @dataclass
    class Styled:
        some_value: int

    assert config_of(Plain) == SerdeConfig()
    assert config_of(Styled) == SerdeConfig(rename_all="kebab-case", omit_none=True)
    assert field_key(Styled, fields(Styled)[0]) == "some-value"


def test_config_not_inherited_through_dict_lookup():
    @serde(rename_all="camelCase")
    @dataclass
    class Base:
        a_b: int

    @dataclass
    class Child(Base):
        c_d: int = 0

    assert [key for _, key in serialized_fields(Child)] == ["a_b", "c_d"]
    assert [key for _, key in serialized_fields(Base)] == ["aB"]


def test_serde_rejects_non_dataclass():
    with pytest.raises(TypeError, match="only decorate dataclasses, not Thing"):
        @serde
        class Thing:
            pass


def test_serde_field_metadata():
    extra = serde_field(name="ID", metadata={"doc": "x"}, default=0)
    assert dict(extra.metadata) == {"doc": "x", "serde_name": "ID"}
    assert extra.default == 0
    with pytest.raises(ValueError, match="must not be empty"):
        serde_field(name="")
    with pytest.raises(ValueError, match="skipped fields need a default"):
        serde_field(skip=True)


def test_serialized_fields_skip_and_collision():
    @dataclass
    class Skipping:
        a: int
        b: int = serde_field(skip=True, default=1)
        c: list = serde_field(name="C", default_factory=list)

    assert [(f.name, key) for f, key in serialized_fields(Skipping)] == [("a", "a"), ("c", "C")]

    @dataclass
    class Clash:
        a: int
        b: int = field(default=0, metadata={"serde_name": "a"})

    with pytest.raises(TypeError, match="fields 'a' and 'b' both serialize as 'a'"):
        serialized_fields(Clash)
