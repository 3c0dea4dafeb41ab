import pytest

from slugtext import DEFAULT_TABLE, extend_table, transliterate, transliterate_char


@pytest.mark.parametrize(
    "text, expected",
    [
        ("plain ascii 123", "plain ascii 123"),
        ("Grüße", "Gruesse"),
        ("ÄÖÜ", "AeOeUe"),
        ("Ærøskøbing", "Aeroskobing"),
        ("Łódź", "Lodz"),
        ("crème brûlée", "creme brulee"),
        ("Щука", "Shchuka"),
        ("объём", "obyom"),
        ("Tom & Jerry", "Tom  and  Jerry"),
        ("it\u2019s \u201cok\u201d", "it's \"ok\""),
        ("", ""),
    ],
)
def test_transliterate(text, expected):
    assert transliterate(text) == expected


def test_unmappable_character_dropped():
    assert transliterate("a\u4e2db") == "ab"


def test_ligature_decomposes():
    assert transliterate("\ufb01ne") == "fine"


def test_transliterate_char_requires_single_char():
    with pytest.raises(ValueError, match="single character"):
        transliterate_char("ab")


def test_custom_table_replaces_default():
    assert transliterate("ä&", table={"&": "+"}) == "a+"


def test_extend_table():
    table = extend_table({"ä": "a", "ж": "j"})
    assert transliterate("ÄжЖü", table) == "AjJue"
    assert DEFAULT_TABLE["ä"] == "ae"


@pytest.mark.parametrize("extra", [{"ab": "x"}, {"x": "é"}])
def test_extend_table_validation(extra):
    with pytest.raises(ValueError):
        extend_table(extra)
