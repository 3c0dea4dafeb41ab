"""Longest common subsequence matching and edit opcodes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Hashable, List, Sequence, Tuple

Pair = Tuple[int, int]


class Op(Enum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"
    REPLACE = "replace"


@dataclass(frozen=True)
class Opcode:
    """Turn ``a[a_start:a_end]`` into ``b[b_start:b_end]`` using *op*."""

    op: Op
    a_start: int
    a_end: int
    b_start: int
    b_end: int

    @property
    def a_len(self) -> int:
        return self.a_end - self.a_start

    @property
    def b_len(self) -> int:
        return self.b_end - self.b_start


def _common_affixes(a: Sequence[Hashable], b: Sequence[Hashable]) -> Tuple[int, int]:
    limit = min(len(a), len(b))
    prefix = 0
    while prefix < limit and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    return prefix, suffix


def _suffix_table(a: Sequence[Hashable], b: Sequence[Hashable]) -> List[List[int]]:
    rows, cols = len(a), len(b)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        row, below = table[i], table[i + 1]
        for j in range(cols - 1, -1, -1):
            if a[i] == b[j]:
                row[j] = below[j + 1] + 1
            else:
                row[j] = max(below[j], row[j + 1])
    return table


def matching_pairs(a: Sequence[Hashable], b: Sequence[Hashable]) -> List[Pair]:
    """Return index pairs ``(i, j)`` of a longest common subsequence.

    When several subsequences are equally long, deletions from *a* are
    preferred before insertions from *b*.
    """
    prefix, suffix = _common_affixes(a, b)
    pairs = [(k, k) for k in range(prefix)]
    mid_a = a[prefix:len(a) - suffix]
    mid_b = b[prefix:len(b) - suffix]
    table = _suffix_table(mid_a, mid_b)
    i = j = 0
    while i < len(mid_a) and j < len(mid_b):
        if mid_a[i] == mid_b[j]:
            pairs.append((prefix + i, prefix + j))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    tail_a, tail_b = len(a) - suffix, len(b) - suffix
    pairs.extend((tail_a + k, tail_b + k) for k in range(suffix))
    return pairs


def lcs_length(a: Sequence[Hashable], b: Sequence[Hashable]) -> int:
    return len(matching_pairs(a, b))


def lcs(a: Sequence[Hashable], b: Sequence[Hashable]) -> list:
    """Return the elements of a longest common subsequence of *a* and *b*."""
    return [a[i] for i, _ in matching_pairs(a, b)]


def opcodes(a: Sequence[Hashable], b: Sequence[Hashable]) -> List[Opcode]:
    """Describe how to turn *a* into *b* as a list of opcodes."""
    codes: List[Opcode] = []
    i = j = 0
    for mi, mj in matching_pairs(a, b) + [(len(a), len(b))]:
        if i < mi and j < mj:
            codes.append(Opcode(Op.REPLACE, i, mi, j, mj))
        elif i < mi:
            codes.append(Opcode(Op.DELETE, i, mi, j, mj))
        elif j < mj:
            codes.append(Opcode(Op.INSERT, i, mi, j, mj))
        if mi < len(a):
            if codes and codes[-1].op is Op.EQUAL:
                last = codes.pop()
                codes.append(Opcode(Op.EQUAL, last.a_start, mi + 1, last.b_start, mj + 1))
            else:
                codes.append(Opcode(Op.EQUAL, mi, mi + 1, mj, mj + 1))
        i, j = mi + 1, mj + 1
    return codes


def similarity(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Return ``2 * M / (len(a) + len(b))`` where M is the LCS length."""
    total = len(a) + len(b)
    if total == 0:
        return 1.0
    return 2.0 * lcs_length(a, b) / total
