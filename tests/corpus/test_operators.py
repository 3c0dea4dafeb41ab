"""Each bug operator on a small realistic module: the exact mutant text and its exact bug lines."""

from __future__ import annotations

import ast
import textwrap

import pytest

from tflm.corpus.operators import OPERATORS, Mutation, generate_mutations

PATH = "pkg/mod.py"


def code(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def mutants(source: str, operator: str) -> list[Mutation]:
    found = generate_mutations(PATH, source, [operator])
    assert all(m.operator == operator and m.file == PATH for m in found)
    return found


def expect(source: str, operator: str, old: str, new: str, lines: tuple[int, ...]) -> Mutation:
    """The one mutant of ``operator`` turning the first ``old`` into ``new``, with bug ``lines``.

    Matching the whole mutated text also proves every other character was kept.
    """
    assert source.count(old) >= 1, old
    wanted = source.replace(old, new, 1)
    matches = [m for m in mutants(source, operator) if m.apply(source) == wanted]
    assert len(matches) == 1, [m.description for m in mutants(source, operator)]
    mutation = matches[0]
    assert mutation.bug_lines == lines
    ast.parse(wanted)
    return mutation


def produces(source: str, operator: str, old: str, new: str) -> bool:
    wanted = source.replace(old, new, 1)
    return any(m.apply(source) == wanted for m in mutants(source, operator))


def test_at_least_eighteen_kinds_with_names_and_descriptions() -> None:
    assert len(OPERATORS) >= 18
    for name, operator in OPERATORS.items():
        assert operator.name == name
        assert len(operator.description) > 20


# -- off_by_one ------------------------------------------------------------------------------

WINDOWS = code(
    """
    def window_sums(values, width):
        sums = []
        for start in range(len(values) - width + 1):
            sums.append(sum(values[start:start + width]))
        return sums


    def last(items):
        return items[len(items) - 1]


    def pairs(items):
        return [(items[i], items[i + 1]) for i in range(len(items) - 1)]
    """
)


def test_off_by_one_range_bound() -> None:
    mutation = expect(
        WINDOWS, "off_by_one", "range(len(values) - width + 1)", "range(len(values) - width)", (3,)
    )
    assert mutation.scope == "window_sums"
    assert not mutation.omission
    assert "range stop" in mutation.description


def test_off_by_one_slice_bound_and_index() -> None:
    expect(WINDOWS, "off_by_one", "start:start + width]", "start:start + width + 1]", (4,))
    expect(WINDOWS, "off_by_one", "values[start:", "values[start + 1:", (4,))
    expect(WINDOWS, "off_by_one", "items[len(items) - 1]", "items[len(items)]", (9,))
    expect(WINDOWS, "off_by_one", "items[i + 1]", "items[i]", (13,))
    expect(WINDOWS, "off_by_one", "(items[i],", "(items[i - 1],", (13,))


def test_off_by_one_len_minus_one_anywhere() -> None:
    source = code(
        """
        def bisect(items, target):
            lo, hi = 0, len(items) - 1
            while lo <= hi:
                mid = (lo + hi) // 2
                if items[mid] < target:
                    lo = mid + 1
                else:
                    hi = mid - 1
            return lo
        """
    )
    expect(source, "off_by_one", "len(items) - 1", "len(items)", (2,))
    expect(source, "off_by_one", "items[mid]", "items[mid + 1]", (5,))
    expect(source, "comparison_boundary", "lo <= hi", "lo < hi", (3,))


# -- comparisons -----------------------------------------------------------------------------

CHECKS = code(
    """
    def classify(value, low, high, seen):
        if value < low or value >= high:
            return "out"
        if value == low:
            return "edge"
        if value is None or value not in seen:
            return "new"
        return "in"
    """
)


def test_comparison_boundary() -> None:
    expect(CHECKS, "comparison_boundary", "value < low", "value <= low", (2,))
    expect(CHECKS, "comparison_boundary", "value >= high", "value > high", (2,))
    assert len(mutants(CHECKS, "comparison_boundary")) == 2


def test_comparison_equality() -> None:
    expect(CHECKS, "comparison_equality", "value == low", "value != low", (4,))
    expect(CHECKS, "comparison_equality", "value is None", "value is not None", (6,))
    expect(CHECKS, "comparison_equality", "value not in seen", "value in seen", (6,))


def test_comparison_in_a_multi_line_condition_names_the_line_of_the_operator() -> None:
    source = code(
        """
        def inside(x, low, high):
            return (
                low <= x
                and x < high
            )
        """
    )
    expect(source, "comparison_boundary", "x < high", "x <= high", (4,))
    expect(source, "boolean_operator", "and x", "or x", (4,))


# -- arithmetic ------------------------------------------------------------------------------

STATS = code(
    """
    def mean(values):
        total = sum(values)
        return total / len(values)


    def label(name, count):
        return "item " + name + "s" * count


    def midpoint(low, high):
        return low + (high - low) // 2
    """
)


def test_arithmetic_operator_sensible_pairs() -> None:
    expect(STATS, "arithmetic_operator", "total / len", "total // len", (3,))
    expect(STATS, "arithmetic_operator", "total / len", "total * len", (3,))
    expect(STATS, "arithmetic_operator", "(high - low)", "(high + low)", (11,))
    expect(STATS, "arithmetic_operator", "low) // 2", "low) / 2", (11,))
    expect(STATS, "arithmetic_operator", "low) // 2", "low) % 2", (11,))


def test_arithmetic_operator_leaves_string_concatenation_and_repetition_alone() -> None:
    assert all(m.bug_lines != (7,) for m in mutants(STATS, "arithmetic_operator"))


def test_augmented_assignment() -> None:
    source = code(
        """
        def tally(items):
            count = 0
            for item in items:
                count += item.weight
            return count
        """
    )
    expect(source, "augmented_assignment", "count += item", "count = item", (4,))
    expect(source, "augmented_assignment", "count += item", "count -= item", (4,))


# -- boolean logic and conditions ------------------------------------------------------------

GUARDS = code(
    """
    def visible(items, limit, show_hidden=False):
        shown = []
        for item in items:
            if item.hidden and not show_hidden:
                continue
            elif len(shown) >= limit:
                break
            if item.score > 0:
                item.rank = len(shown)
                shown.append(item)
        return [item for item in shown if item.name] if shown else None
    """
)


def test_boolean_operator() -> None:
    expect(GUARDS, "boolean_operator", "hidden and not", "hidden or not", (4,))
    source = "def ok(checks):\n    return all(check() for check in checks)\n"
    expect(source, "boolean_operator", "all(", "any(", (2,))


def test_negate_condition_on_if_elif_ternary_and_filter() -> None:
    expect(GUARDS, "negate_condition", "if item.hidden and not show_hidden:", "if not (item.hidden and not show_hidden):", (4,))
    expect(GUARDS, "negate_condition", "elif len(shown) >= limit", "elif not len(shown) >= limit", (6,))
    expect(GUARDS, "negate_condition", "if item.name]", "if not item.name]", (11,))
    expect(GUARDS, "negate_condition", "if shown else", "if not shown else", (11,))


def test_negate_condition_removes_an_existing_not() -> None:
    source = "def check(flag):\n    if not flag:\n        return 1\n    return 2\n"
    expect(source, "negate_condition", "if not flag", "if flag", (2,))


def test_drop_condition_operand() -> None:
    expect(GUARDS, "drop_condition", "item.hidden and not show_hidden", "item.hidden", (4,))
    expect(GUARDS, "drop_condition", "item.hidden and not show_hidden", "not show_hidden", (4,))


def test_drop_condition_guard_dedents_the_body() -> None:
    old = "        if item.score > 0:\n            item.rank = len(shown)\n            shown.append(item)\n"
    new = "        item.rank = len(shown)\n        shown.append(item)\n"
    mutation = expect(GUARDS, "drop_condition", old, new, (8, 9))
    assert "guard" in mutation.description


def test_drop_condition_in_a_parenthesized_multi_line_condition() -> None:
    source = code(
        """
        def ready(job):
            if (job.started
                    and not job.failed
                    and job.steps):
                return True
            return False
        """
    )
    expect(source, "drop_condition", "not job.failed\n            and ", "", (3,))
    expect(source, "drop_condition", "\n            and job.steps", "", (3,))


# -- names -----------------------------------------------------------------------------------

BOUNDS = code(
    """
    def clamp(value: float, low: float, high: float, label: str) -> float:
        span = high - low
        if value < low:
            return low
        margin = span / 10
        result = min(value, high - margin)
        return result
    """
)


def test_wrong_variable_same_kind_and_bound() -> None:
    expect(BOUNDS, "wrong_variable", "if value < low", "if value < high", (3,))
    expect(BOUNDS, "wrong_variable", "span = high - low", "span = high - value", (2,))
    found = mutants(BOUNDS, "wrong_variable")
    texts = [m.apply(BOUNDS).splitlines() for m in found]
    # 'margin' is assigned on line 5: it is never used before, nor is the str 'label'.
    assert not any("margin" in lines[2] or "margin" in lines[1] for lines in texts)
    assert not any("label" in line for lines in texts for line in lines[1:])


def test_wrong_variable_uses_loop_variables_of_the_same_loop_nest() -> None:
    source = code(
        """
        def grid(rows, cols):
            cells = []
            for i in range(rows):
                for j in range(cols):
                    cells.append(i * cols + j)
            return cells
        """
    )
    expect(source, "wrong_variable", "append(i * cols", "append(j * cols", (5,))


def test_wrong_key_of_the_same_mapping() -> None:
    source = code(
        """
        def describe(config):
            host = config["host"]
            port = config.get("port", 80)
            return f"{host}:{port}"


        def user(config):
            return config["user"]
        """
    )
    expect(source, "wrong_key_or_attribute", 'config["host"]', 'config["port"]', (2,))
    expect(source, "wrong_key_or_attribute", 'config.get("port"', 'config.get("user"', (3,))


def test_wrong_attribute_of_the_same_class() -> None:
    source = code(
        """
        class Box:
            def __init__(self, width: int, height: int, name: str) -> None:
                self.width = width
                self.height = height
                self.name = name

            def area(self) -> int:
                return self.width * self.height
        """
    )
    expect(source, "wrong_key_or_attribute", "self.width * self", "self.height * self", (8,))
    texts = [m.apply(source) for m in mutants(source, "wrong_key_or_attribute")]
    assert not any("self.name *" in text or "* self.name" in text for text in texts)


SCALES = code(
    """
    def clamp(value: int, low: int, high: int) -> int:
        return max(low, min(value, high))


    def scaled(value: int, low: int, high: int, label: str) -> str:
        return render(label, clamp(value, low, high))
    """
)


def test_swap_arguments_of_the_same_kind() -> None:
    source = SCALES
    expect(source, "swap_arguments", "clamp(value, low, high)", "clamp(value, high, low)", (6,))
    texts = [m.apply(source) for m in mutants(source, "swap_arguments")]
    assert not any("max(min(" in text for text in texts)  # max() does not care about order
    assert not any("render(clamp(" in text for text in texts)  # a str and an int


# -- constants and defaults ------------------------------------------------------------------


def test_wrong_constant_integers_flags_and_keys() -> None:
    source = code(
        '''
        def paginate(items, record):
            """Split into pages of 20 items."""
            size = 20
            strict = True
            name = record["title"]
            return [items[i : i + size] for i in range(0, len(items), size)], strict, name
        '''
    )
    expect(source, "wrong_constant", "size = 20", "size = 21", (3,))
    expect(source, "wrong_constant", "size = 20", "size = 19", (3,))
    expect(source, "wrong_constant", "strict = True", "strict = False", (4,))
    expect(source, "wrong_constant", '"title"', '"titles"', (5,))
    assert all(m.bug_lines != (2,) for m in mutants(source, "wrong_constant"))


def test_wrong_default_value() -> None:
    source = code(
        """
        def join_words(words, sep=", ", limit=10, strict=False):
            return sep.join(words[:limit])
        """
    )
    mutation = expect(source, "wrong_default_value", "limit=10", "limit=11", (1,))
    assert mutation.scope == "join_words"
    expect(source, "wrong_default_value", "strict=False", "strict=True", (1,))
    expect(source, "wrong_default_value", 'sep=", "', 'sep=","', (1,))


def test_mutable_default_argument() -> None:
    source = code(
        """
        def collect(item, into=None):
            \"\"\"Append ``item`` to ``into`` (a new list by default).\"\"\"
            if into is None:
                into = []
            into.append(item)
            return into
        """
    )
    old = "into=None):\n    \"\"\"Append ``item`` to ``into`` (a new list by default).\"\"\"\n    if into is None:\n        into = []\n"
    new = "into=[]):\n    \"\"\"Append ``item`` to ``into`` (a new list by default).\"\"\"\n"
    mutation = expect(source, "mutable_default_argument", old, new, (1,))
    assert mutation.scope == "collect"
    assert not mutation.omission


def test_mutable_default_argument_in_a_multi_line_signature() -> None:
    source = code(
        """
        def collect(
            item,
            into: list | None = None,
        ):
            if into is None:
                into = list()
            into.append(item)
            return into
        """
    )
    old = "= None,\n):\n    if into is None:\n        into = list()\n"
    new = "= list(),\n):\n"
    expect(source, "mutable_default_argument", old, new, (1, 3))
    with_else = source.replace("list()\n", "list()\n    else:\n        into = list(into)\n")
    assert not mutants(with_else, "mutable_default_argument")  # not the None-check pattern


# -- statements ------------------------------------------------------------------------------

ORDERS = code(
    """
    def total(orders):
        seen = set()
        amount = 0
        for order in orders:
            if order.id in seen:
                continue
            seen.add(order.id)
            amount += order.amount
        return amount


    def single(flag):
        if flag:
            flag.clear()
        return flag
    """
)


def test_missing_statement_is_an_omission_with_the_neighbour_lines() -> None:
    old = "        seen.add(order.id)\n"
    mutation = expect(ORDERS, "missing_statement", old, "", (5, 7))
    assert mutation.omission
    # The update at the end of the loop body: the statement before, and the one after the loop.
    mutation = expect(ORDERS, "missing_statement", "        amount += order.amount\n", "", (7, 8))
    # The first statement of the function: the def line, and the next statement.
    expect(ORDERS, "missing_statement", "    seen = set()\n", "", (1, 2))


def test_missing_statement_never_empties_a_block() -> None:
    texts = [m.apply(ORDERS) for m in mutants(ORDERS, "missing_statement")]
    assert all("flag.clear()" in text for text in texts)


def test_missing_or_wrong_return() -> None:
    source = code(
        """
        def pick(first: int, second: int, prefer_first: bool) -> int:
            if prefer_first:
                return first
            best = max(first, second)
            return best
        """
    )
    expect(source, "missing_return_or_wrong_return", "return first", "return None", (3,))
    expect(source, "missing_return_or_wrong_return", "return first", "return second", (3,))
    expect(source, "missing_return_or_wrong_return", "return first", "first", (3,))
    expect(source, "missing_return_or_wrong_return", "return best", "best", (5,))
    expect(source, "missing_return_or_wrong_return", "return best", "return first", (5,))


def test_early_exit_in_loop() -> None:
    expect(ORDERS, "early_exit_in_loop", "continue", "break", (6,))


# -- exceptions ------------------------------------------------------------------------------

LOOKUP = code(
    """
    def lookup(table, key, default=None):
        if key is None:
            raise ValueError("key must not be None")
        try:
            return table[key]
        except (KeyError, IndexError):
            return default


    def parse(text):
        try:
            value = int(text)
        except ValueError:
            raise TypeError(text) from None
        return value
    """
)


def test_exception_handling_catches_a_sibling_or_drops_one() -> None:
    expect(LOOKUP, "exception_handling", "except (KeyError, IndexError)", "except (AttributeError, IndexError)", (6,))
    expect(LOOKUP, "exception_handling", "except (KeyError, IndexError)", "except (IndexError)", (6,))
    expect(LOOKUP, "exception_handling", "except (KeyError, IndexError)", "except (KeyError)", (6,))


def test_exception_handling_swallows_in_a_handler() -> None:
    expect(LOOKUP, "exception_handling", "        return default\n", "        pass\n", (7,))


def test_exception_handling_removes_a_validating_raise_as_an_omission() -> None:
    old = '    if key is None:\n        raise ValueError("key must not be None")\n'
    mutation = expect(LOOKUP, "exception_handling", old, "", (1, 2))
    assert mutation.omission
    assert mutation.scope == "lookup"


def test_exception_handling_skips_raise_from() -> None:
    texts = [m.apply(LOOKUP) for m in mutants(LOOKUP, "exception_handling")]
    assert all("raise TypeError(text) from None" in text for text in texts)


# -- strings ---------------------------------------------------------------------------------

TEXTS = code(
    """
    def normalize(line):
        words = line.strip().lower().split()
        if words and words[0].startswith("#"):
            return ""
        return ", ".join(words)


    def header(name, size):
        return "{} ({})".format(name, size)
    """
)


def test_string_method_siblings() -> None:
    expect(TEXTS, "string_method", ".strip()", ".lstrip()", (2,))
    expect(TEXTS, "string_method", ".strip()", ".rstrip()", (2,))
    expect(TEXTS, "string_method", ".lower()", ".upper()", (2,))
    expect(TEXTS, "string_method", ".split()", '.split(" ")', (2,))
    expect(TEXTS, "string_method", ".startswith(", ".endswith(", (3,))


def test_string_method_join_separator_and_format_order() -> None:
    expect(TEXTS, "string_method", '", ".join', '",".join', (5,))
    expect(TEXTS, "string_method", ".format(name, size)", ".format(size, name)", (9,))


@pytest.mark.parametrize("operator", sorted(OPERATORS))
def test_every_operator_produces_a_mutant_on_some_sample(operator: str) -> None:
    sources = [WINDOWS, CHECKS, STATS, GUARDS, BOUNDS, SCALES, ORDERS, LOOKUP, TEXTS]
    extra = "def f(x, y=None):\n    if y is None:\n        y = {}\n    y[x] = 1\n    return y\n"
    assert any(mutants(source, operator) for source in sources + [extra])
