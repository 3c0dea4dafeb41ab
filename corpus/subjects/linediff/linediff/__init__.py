"""Line-based diffs: LCS matching, unified diff output and patch application."""

from .errors import DiffError, PatchConflictError, PatchParseError
from .lcs import Op, Opcode, lcs, lcs_length, matching_pairs, opcodes, similarity
from .patching import FilePatch, apply_hunks, apply_patch, parse_patch
from .unified import (
    DiffStat,
    Hunk,
    build_hunk,
    diff_hunks,
    diff_stat,
    diff_text,
    format_hunks,
    group_opcodes,
    unified_diff,
)

__all__ = [
    "DiffError", "DiffStat", "FilePatch", "Hunk", "Op", "Opcode", "PatchConflictError",
    "PatchParseError", "apply_hunks", "apply_patch", "build_hunk", "diff_hunks", "diff_stat",
    "diff_text", "format_hunks", "group_opcodes", "lcs", "lcs_length", "matching_pairs",
    "opcodes", "parse_patch", "similarity", "unified_diff",
]
