"""Roman numerals in both directions, and English number words.

Roman numerals cover 1 to 3999 in the standard subtractive notation;
strict parsing rejects malformed numerals with a reason, lenient parsing
also accepts additive forms such as ``IIII``. Number words cover cardinals
and ordinals with magnitude below one trillion.
"""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, Tuple

__all__ = [
    "MAX_ROMAN", "MAX_WORDS", "NumberWordsError", "RomanError", "from_roman", "from_words",
    "is_roman", "ordinal_suffix", "roman_range", "to_ordinal_words", "to_roman", "to_words",
]

MAX_ROMAN = 3999
MAX_WORDS = 10 ** 12 - 1

ROMAN_TABLE: Tuple[Tuple[str, int], ...] = (
    ("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90),
    ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1),
)
SYMBOL_VALUES: Dict[str, int] = {symbol: value for symbol, value in ROMAN_TABLE if len(symbol) == 1}
_SUBTRACTIVE = {symbol for symbol, _ in ROMAN_TABLE if len(symbol) == 2}
_NEVER_REPEATED = {"V", "L", "D"}


class RomanError(ValueError):
    """Raised for numbers outside the Roman range and malformed numerals."""


class NumberWordsError(ValueError):
    """Raised for numbers out of range or text that is not a number in words."""


def _check_int(value: object, error: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise error(f"expected an integer, got {value!r}")
    return value


def to_roman(number: int) -> str:
    """Convert 1..3999 to a Roman numeral."""
    _check_int(number, RomanError)
    if not 1 <= number <= MAX_ROMAN:
        raise RomanError(f"Roman numerals cover 1 to {MAX_ROMAN}, got {number}")
    parts: List[str] = []
    remaining = number
    for symbol, value in ROMAN_TABLE:
        count, remaining = divmod(remaining, value)
        parts.append(symbol * count)
    return "".join(parts)


def _check_structure(numeral: str) -> None:
    run_char, run_length = "", 0
    for index, char in enumerate(numeral):
        run_length = run_length + 1 if char == run_char else 1
        run_char = char
        if char in _NEVER_REPEATED and run_length > 1:
            raise RomanError(f"{char!r} cannot be repeated in {numeral!r}")
        if run_length > 3:
            raise RomanError(f"more than three {char!r} in a row in {numeral!r}")
        if index + 1 < len(numeral):
            following = numeral[index + 1]
            if SYMBOL_VALUES[following] > SYMBOL_VALUES[char]:
                if char + following not in _SUBTRACTIVE:
                    raise RomanError(f"{char!r} cannot precede {following!r} in {numeral!r}")
                if run_length > 1:
                    raise RomanError(f"repeated {char!r} before {following!r} in {numeral!r}")


def _additive_value(numeral: str) -> int:
    total = 0
    for index, char in enumerate(numeral):
        value = SYMBOL_VALUES[char]
        if index + 1 < len(numeral) and SYMBOL_VALUES[numeral[index + 1]] > value:
            total -= value
        else:
            total += value
    return total


def from_roman(text: str, strict: bool = True) -> int:
    """Convert a Roman numeral to an integer.

    In strict mode only the canonical form is accepted (``IV``, not
    ``IIII``); otherwise any numeral built from valid symbols is summed,
    subtracting a symbol that stands before a larger one.
    """
    if not isinstance(text, str):
        raise RomanError(f"expected text, got {type(text).__name__}")
    numeral = text.strip().upper()
    if not numeral:
        raise RomanError("empty Roman numeral")
    bad = [char for char in numeral if char not in SYMBOL_VALUES]
    if bad:
        raise RomanError(f"invalid Roman digit {bad[0]!r} in {numeral!r}")
    if not strict:
        return _additive_value(numeral)
    _check_structure(numeral)
    value = _additive_value(numeral)
    if not 1 <= value <= MAX_ROMAN or to_roman(value) != numeral:
        raise RomanError(f"{numeral!r} is not a canonical Roman numeral")
    return value


def is_roman(text: str) -> bool:
    try:
        from_roman(text)
    except RomanError:
        return False
    return True


def roman_range(start: int, stop: int, step: int = 1) -> Iterator[str]:
    """Yield Roman numerals like ``range(start, stop, step)``."""
    if step == 0:
        raise RomanError("step must not be zero")
    for number in range(start, stop, step):
        yield to_roman(number)


ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SCALES = ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"))

_ORDINAL_IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                      "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
_CARDINAL_IRREGULAR = {ordinal: cardinal for cardinal, ordinal in _ORDINAL_IRREGULAR.items()}


def _below_thousand(number: int, use_and: bool) -> str:
    hundreds, rest = divmod(number, 100)
    words: List[str] = []
    if hundreds:
        words.append(f"{ONES[hundreds]} hundred")
        if rest and use_and:
            words.append("and")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(TENS[tens] + (f"-{ONES[ones]}" if ones else ""))
    elif rest:
        words.append(ONES[rest])
    return " ".join(words)


def to_words(number: int, use_and: bool = False) -> str:
    """Write an integer in English words, e.g. ``"one hundred twenty-three"``.

    With *use_and*, British style inserts "and" before the last tens and
    units (``"one hundred and five"``, ``"two thousand and one"``).
    """
    _check_int(number, NumberWordsError)
    if abs(number) > MAX_WORDS:
        raise NumberWordsError(f"number words cover magnitudes up to {MAX_WORDS}, got {number}")
    if number == 0:
        return "zero"
    if number < 0:
        return "minus " + to_words(-number, use_and)
    groups: List[str] = []
    remaining = number
    for scale, name in SCALES:
        count, remaining = divmod(remaining, scale)
        if count:
            groups.append(f"{_below_thousand(count, use_and)} {name}")
    if remaining:
        if use_and and groups and remaining < 100:
            groups.append("and")
        groups.append(_below_thousand(remaining, use_and))
    return " ".join(groups)


def _ordinal_word(word: str) -> str:
    if word in _ORDINAL_IRREGULAR:
        return _ORDINAL_IRREGULAR[word]
    if word.endswith("y"):
        return word[:-1] + "ieth"
    return word + "th"


def to_ordinal_words(number: int, use_and: bool = False) -> str:
    """Write a non-negative integer as an English ordinal, e.g. ``"twenty-first"``."""
    _check_int(number, NumberWordsError)
    if number < 0:
        raise NumberWordsError("ordinals are defined for non-negative numbers")
    cardinal = to_words(number, use_and)
    head, space, last = cardinal.rpartition(" ")
    prefix, hyphen, unit = last.rpartition("-")
    return head + space + prefix + hyphen + _ordinal_word(unit)


def ordinal_suffix(number: int) -> str:
    """Return ``"1st"``, ``"2nd"``, ``"11th"``, ``"103rd"`` and so on."""
    _check_int(number, NumberWordsError)
    if number < 0:
        raise NumberWordsError("ordinals are defined for non-negative numbers")
    if number % 100 in (11, 12, 13):
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


_WORD_VALUES: Dict[str, int] = {word: value for value, word in enumerate(ONES)}
_WORD_VALUES.update({word: value * 10 for value, word in enumerate(TENS) if word})
_SCALE_VALUES = {name: scale for scale, name in SCALES}
_SPLIT_RE = re.compile(r"[\s,]+")


def _cardinal_token(token: str) -> str:
    if token in _CARDINAL_IRREGULAR:
        return _CARDINAL_IRREGULAR[token]
    if token.endswith("ieth"):
        return token[:-4] + "y"
    if token.endswith("th") and token[:-2] in _WORD_VALUES.keys() | {"hundred"} | _SCALE_VALUES.keys():
        return token[:-2]
    return token


def from_words(text: str) -> int:
    """Parse English number words (cardinal or ordinal) back into an integer."""
    if not isinstance(text, str):
        raise NumberWordsError(f"expected text, got {type(text).__name__}")
    tokens = [t for t in _SPLIT_RE.split(text.strip().lower().replace("-", " ")) if t and t != "and"]
    if not tokens:
        raise NumberWordsError("no number words given")
    sign = 1
    if tokens[0] in ("minus", "negative"):
        sign, tokens = -1, tokens[1:]
    tokens[-1:] = [_cardinal_token(t) for t in tokens[-1:]]
    total = 0
    group = 0
    last_scale = MAX_WORDS + 1
    seen_any = False
    for token in tokens:
        if token in _WORD_VALUES:
            value = _WORD_VALUES[token]
            below_hundred = group % 100
            if value == 0 and len(tokens) > 1:
                raise NumberWordsError(f"'zero' must stand alone in {text!r}")
            fits_after_tens = below_hundred >= 20 and below_hundred % 10 == 0 and value < 10
            if below_hundred and not fits_after_tens:
                raise NumberWordsError(f"misplaced {token!r} in {text!r}")
            group += value
        elif token == "hundred":
            if group == 0 or group >= 10:
                raise NumberWordsError(f"misplaced 'hundred' in {text!r}")
            group *= 100
        elif token in _SCALE_VALUES:
            scale = _SCALE_VALUES[token]
            if group == 0 or scale >= last_scale:
                raise NumberWordsError(f"misplaced {token!r} in {text!r}")
            total += group * scale
            group = 0
            last_scale = scale
        else:
            raise NumberWordsError(f"unknown number word {token!r} in {text!r}")
        seen_any = True
    if not seen_any:
        raise NumberWordsError(f"no number words in {text!r}")
    return sign * (total + group)
