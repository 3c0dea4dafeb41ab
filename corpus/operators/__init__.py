"""Bug-injection operators: realistic mistakes injected into correct Python modules.

Each operator finds the places of a module where a developer could make one kind of mistake
(``off_by_one``, ``missing_statement``, ...) and describes each candidate as a :class:`Mutation`:
position-exact edits of the original text (every other character is kept) and the bug lines of
the mutated file. :func:`generate_mutations` runs them and keeps the candidates that compile;
:func:`combine` merges mutations of different functions into one multi-bug mutation.
"""

from __future__ import annotations

from tflm.corpus.operators.base import Edit, Mutation, Operator, combine
from tflm.corpus.operators.registry import OPERATORS, generate_mutations

__all__ = ["OPERATORS", "Edit", "Mutation", "Operator", "combine", "generate_mutations"]
