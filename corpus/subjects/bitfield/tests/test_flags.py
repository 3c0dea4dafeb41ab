import pytest

from bitfield import BitSet, FieldDefinitionError, FieldValueError, FlagSet, UnknownFieldError


def test_bits(perms):
    assert [perms.bit(name) for name in perms.names] == [1, 2, 4, 8]
    assert perms.all == 15
    assert len(perms) == 4


def test_encode_iterable(perms):
    assert perms.encode(["read", "exec"]) == 5
    assert perms.encode([]) == 0
    assert perms.encode(("WRITE", "write")) == 2


def test_encode_text(perms):
    assert perms.encode("read|write") == 3
    assert perms.parse("read, admin") == 9
    assert perms.parse(" exec + Read ") == 5


@pytest.mark.parametrize("text", ["", "none", "  NONE "])
def test_parse_none(perms, text):
    assert perms.parse(text) == 0


def test_parse_unknown(perms):
    with pytest.raises(UnknownFieldError):
        perms.parse("read|delete")


@pytest.mark.parametrize("value, expected", [(0, []), (5, ["read", "exec"]), (15, ["read", "write", "exec", "admin"]), (8, ["admin"])])
def test_decode(perms, value, expected):
    assert perms.decode(value) == expected


def test_decode_unknown_bits(perms):
    with pytest.raises(FieldValueError, match="0x11"):
        perms.decode(17)
    assert perms.decode(17, strict=False) == ["read"]


@pytest.mark.parametrize("value", [-1, 1.0, "3", True])
def test_decode_bad_values(perms, value):
    with pytest.raises(FieldValueError):
        perms.decode(value)


def test_format_round_trip(perms):
    assert perms.format(6) == "write|exec"
    assert perms.format(0) == "none"
    assert perms.parse(perms.format(11)) == 11
    assert perms.format(32 | 2, strict=False) == "write"


def test_has_add_remove_toggle(perms):
    value = perms.encode(["read"])
    assert perms.has(value, "read")
    assert not perms.has(value, "write")
    value = perms.add(value, "write", "admin")
    assert value == 11
    assert perms.remove(value, "read", "exec") == 10
    assert perms.toggle(value, "read", "exec") == 14


def test_operations_validate(perms):
    with pytest.raises(FieldValueError):
        perms.add(16, "read")
    with pytest.raises(UnknownFieldError):
        perms.has(1, "root")


def test_to_bitset(perms):
    assert perms.to_bitset(9) == BitSet(4, [0, 3])


def test_contains_and_repr(perms):
    assert "Read" in perms
    assert "root" not in perms
    assert 1 not in perms
    assert repr(perms) == "FlagSet(read, write, exec, admin)"


@pytest.mark.parametrize("names", [(), ("a", "A"), ("ok", "not ok"), ("x", 3)])
def test_invalid_definitions(names):
    with pytest.raises(FieldDefinitionError):
        FlagSet(*names)


@pytest.mark.parametrize(
    "call",
    [
        lambda f: f.format(17),
        lambda f: f.has(16, "read"),
        lambda f: f.remove(16, "read"),
        lambda f: f.toggle(16, "read"),
        lambda f: f.to_bitset(16),
    ],
)
def test_unknown_bits_rejected_by_default(perms, call):
    with pytest.raises(FieldValueError):
        call(perms)


def test_unknown_flag_error_keeps_spelling(perms):
    with pytest.raises(UnknownFieldError) as info:
        perms.bit("ROOT")
    assert info.value.args == ("ROOT",)


def test_negative_value_rejected_even_when_lenient(perms):
    with pytest.raises(FieldValueError):
        perms.decode(-1, strict=False)
