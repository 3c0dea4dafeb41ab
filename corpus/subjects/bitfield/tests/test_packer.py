import pytest

from bitfield import BitLayout, Field, FieldDefinitionError, FieldValueError, UnknownFieldError


def test_offsets_and_width(header):
    assert header.width == 16
    assert [header.offset(name) for name in ("version", "kind", "_pad", "offset")] == [0, 3, 5, 8]
    assert header.names == ["version", "kind", "offset"]
    assert header.byte_length == 2


def test_masks(header):
    assert header.mask("version") == 0b111
    assert header.mask("kind") == 0b11000
    assert header.mask("offset") == 0xFF00


def test_pack_defaults(header):
    assert header.pack() == 1


def test_pack_values(header):
    word = header.pack(version=5, kind=2, offset=3)
    assert word == (3 << 8) | (2 << 3) | 5
    assert header.pack({"version": 5}, kind=2, offset=3) == word


def test_pack_negative_signed(header):
    word = header.pack(offset=-1)
    assert word == 0xFF01
    assert header.pack(offset=-128) == 0x8001


def test_unpack_round_trip(header):
    values = {"version": 7, "kind": 3, "offset": -100}
    assert header.unpack(header.pack(values)) == values


def test_unpack_ignores_reserved_bits(header):
    assert header.unpack(0b11100000) == {"version": 0, "kind": 0, "offset": 0}


@pytest.mark.parametrize(
    "values",
    [{"version": 8}, {"kind": -1}, {"offset": 128}, {"offset": -129}, {"version": 1.0}, {"kind": True}],
)
def test_pack_out_of_range(header, values):
    with pytest.raises(FieldValueError):
        header.pack(values)


def test_pack_unknown_and_reserved(header):
    with pytest.raises(UnknownFieldError):
        header.pack(colour=1)
    with pytest.raises(FieldValueError, match="reserved"):
        header.pack(_pad=1)


@pytest.mark.parametrize("word", [-1, 1 << 16, "7", False])
def test_bad_words(header, word):
    with pytest.raises(FieldValueError):
        header.unpack(word)


def test_get(header):
    word = header.pack(version=2, kind=1, offset=-5)
    assert header.get(word, "offset") == -5
    assert header.get(word, "kind") == 1
    with pytest.raises(UnknownFieldError):
        header.get(word, "nope")
    with pytest.raises(FieldValueError):
        header.get(-1, "kind")
    with pytest.raises(FieldValueError):
        header.get(1 << 16, "kind")


def test_replace(header):
    word = header.pack(version=2, kind=1, offset=-5)
    changed = header.replace(word, kind=3, offset=10)
    assert header.unpack(changed) == {"version": 2, "kind": 3, "offset": 10}
    assert header.replace(word) == word
    with pytest.raises(FieldValueError):
        header.replace(word, kind=4)
    with pytest.raises(FieldValueError, match="reserved"):
        header.replace(word, _pad=1)
    with pytest.raises(UnknownFieldError):
        header.replace(word, colour=1)
    with pytest.raises(FieldValueError, match="does not fit in 16 bits"):
        header.replace(1 << 16, kind=1)


def test_bytes(header):
    data = header.pack_bytes(version=1, offset=-2)
    assert data == b"\xfe\x01"
    assert header.pack_bytes(version=1, offset=-2, byteorder="little") == b"\x01\xfe"
    assert header.unpack_bytes(data) == {"version": 1, "kind": 0, "offset": -2}
    assert header.unpack_bytes(b"\x01\xfe", byteorder="little")["offset"] == -2
    with pytest.raises(FieldValueError, match="expected 2 bytes"):
        header.unpack_bytes(b"\x00")


def test_total_width_padding():
    layout = BitLayout(("a", 4), ("b", 4, True), total_width=12)
    assert layout.width == 12
    assert layout.byte_length == 2
    assert layout.unpack(0xF00 | 0x8F) == {"a": 15, "b": -8}


def test_total_width_too_small():
    with pytest.raises(FieldDefinitionError, match="need 8 bits"):
        BitLayout(("a", 4), ("b", 4), total_width=7)


def test_describe_and_repr(header):
    assert header.describe(header.pack(version=3, kind=1, offset=-4)) == "offset=-4 kind=1 version=3"
    assert repr(header) == "BitLayout(version:u3, kind:u2, _pad:u3, offset:s8; width=16)"


@pytest.mark.parametrize(
    "args",
    [("bad name", 3), ("9lives", 2), (3, 3), ("x", 0), ("x", 2.5), ("x", True), ("x", 1, True)],
)
def test_invalid_fields(args):
    with pytest.raises(FieldDefinitionError):
        Field(*args)


def test_invalid_default():
    with pytest.raises(FieldValueError):
        Field("x", 2, default=4)


@pytest.mark.parametrize(
    "field, minimum, maximum",
    [(Field("u", 4), 0, 15), (Field("s", 4, signed=True), -8, 7), (Field("b", 1), 0, 1)],
)
def test_field_ranges(field, minimum, maximum):
    assert (field.min_value, field.max_value) == (minimum, maximum)


def test_field_encode_decode():
    field = Field("s", 4, signed=True)
    assert field.encode(-3) == 0b1101
    assert field.decode(0b1101) == -3
    assert field.decode(0b0111) == 7
    assert Field("u", 4).decode(0b1101) == 13


def test_duplicate_and_empty_layouts():
    with pytest.raises(FieldDefinitionError, match="duplicate"):
        BitLayout(("a", 1), ("a", 2))
    with pytest.raises(FieldDefinitionError, match="at least one"):
        BitLayout()


def test_unknown_offset_and_field(header):
    with pytest.raises(UnknownFieldError):
        header.offset("zzz")
    with pytest.raises(KeyError):
        header.field("zzz")
    assert header.field("kind").width == 2


def test_unpack_zero(header):
    assert header.unpack(0) == {"version": 0, "kind": 0, "offset": 0}
    assert header.get(0, "offset") == 0


def test_get_ignores_neighbouring_bits(header):
    word = (1 << 5) | (1 << 3) | 0b110
    assert header.get(word, "kind") == 1
    assert header.get(word, "version") == 6


def test_total_width_equal_to_fields():
    assert BitLayout(("a", 4), total_width=4).width == 4


@pytest.mark.parametrize("width, length", [(1, 1), (8, 1), (9, 2), (64, 8), (72, 9)])
def test_layout_byte_length(width, length):
    assert BitLayout(("a", width)).byte_length == length


def test_smallest_signed_field():
    field = Field("s", 2, signed=True)
    assert (field.min_value, field.max_value) == (-2, 1)
    assert field.decode(0b10) == -2


def test_fields_are_immutable():
    import dataclasses

    field = Field("x", 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        field.width = 4
