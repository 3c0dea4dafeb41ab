"""The parser: option lookup, token scanning and positional assignment."""

from __future__ import annotations

import difflib
import re
from typing import Any, Callable, Sequence

from argkit.errors import ArgumentError, HelpRequested, SpecError
from argkit.formatting import format_help, format_usage
from argkit.spec import UNBOUNDED, Option, Positional

_NEGATIVE_NUMBER = re.compile(r"-\d+(\.\d+)?")


class ParseResult:
    """Parsed values with attribute access; ``sub`` holds a subcommand's result."""

    def __init__(self, values: dict[str, Any], command: str | None = None, sub: "ParseResult | None" = None) -> None:
        self.values = values
        self.command = command
        self.sub = sub

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["values"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def __contains__(self, name: object) -> bool:
        return name in self.values

    @property
    def command_path(self) -> tuple[str, ...]:
        """The chain of subcommand names that were selected."""
        path: list[str] = []
        current: ParseResult | None = self
        while current is not None and current.command is not None:
            path.append(current.command)
            current = current.sub
        return tuple(path)

    def __repr__(self) -> str:
        return f"ParseResult({self.values!r}, command={self.command!r})"


class Parser:
    """Declarative parser for one command (and, recursively, its subcommands)."""

    def __init__(self, prog: str, description: str = "", add_help: bool = True, summary: str = "") -> None:
        self.prog = prog
        self.description = description
        self.summary = summary or description.split("\n", 1)[0]
        self.options: list[Option] = []
        self.positionals: list[Positional] = []
        self.subcommands: dict[str, Parser] = {}
        self._by_name: dict[str, Option] = {}
        self._help_option: Option | None = None
        if add_help:
            self._help_option = self._register(Option(("-h", "--help"), takes_value=False, help="show this help and exit"))

    def _register(self, option: Option) -> Option:
        for name in option.names:
            if name in self._by_name:
                raise SpecError(f"duplicate option name {name}")
        if any(existing.dest == option.dest for existing in self.options):
            raise SpecError(f"duplicate destination {option.dest!r}")
        self.options.append(option)
        self._by_name.update((name, option) for name in option.names)
        return option

    def add_flag(self, *names: str, help: str = "", count: bool = False) -> Option:
        """Add a boolean flag, or a counting flag such as ``-v -v``."""
        return self._register(Option(names, takes_value=False, count=count, help=help))

    def add_option(
        self,
        *names: str,
        type: Callable[[str], Any] = str,
        default: Any = None,
        required: bool = False,
        repeated: bool = False,
        choices: Sequence[Any] | None = None,
        metavar: str | None = None,
        help: str = "",
    ) -> Option:
        """Add an option taking a value."""
        option = Option(
            names, type=type, default=default, required=required, repeated=repeated,
            choices=choices, metavar=metavar, help=help,
        )
        return self._register(option)

    def add_positional(self, name: str, nargs: int | str = 1, type: Callable[[str], Any] = str,
                       default: Any = None, choices: Sequence[Any] | None = None, help: str = "") -> Positional:
        """Add a positional argument."""
        if self.subcommands:
            raise SpecError("a parser with subcommands cannot take positionals")
        positional = Positional(name, nargs=nargs, type=type, default=default, choices=choices, help=help)
        if any(existing.name == name for existing in self.positionals):
            raise SpecError(f"duplicate positional {name!r}")
        if positional.bounds[1] == UNBOUNDED and any(p.bounds[1] == UNBOUNDED for p in self.positionals):
            raise SpecError("only one positional may take an unbounded number of values")
        self.positionals.append(positional)
        return positional

    def add_subcommand(self, name: str, description: str = "", help: str = "") -> "Parser":
        """Add a subcommand and return its parser."""
        if self.positionals:
            raise SpecError("a parser with positionals cannot have subcommands")
        if not re.fullmatch(r"[a-z][a-z0-9-]*", name):
            raise SpecError(f"invalid command name {name!r}")
        if name in self.subcommands:
            raise SpecError(f"duplicate command {name!r}")
        sub = Parser(f"{self.prog} {name}", description, add_help=self._help_option is not None, summary=help)
        self.subcommands[name] = sub
        return sub

    def format_usage(self) -> str:
        return format_usage(self)

    def format_help(self) -> str:
        return format_help(self)

    def error(self, message: str) -> ArgumentError:
        return ArgumentError(message, self.format_usage())

    def _lookup(self, name: str) -> Option:
        option = self._by_name.get(name)
        if option is not None:
            return option
        close = difflib.get_close_matches(name, list(self._by_name), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise self.error(f"unknown option {name}{hint}")

    def _apply(self, option: Option, raw: str | None, values: dict[str, Any], seen: set[str]) -> None:
        if option is self._help_option:
            raise HelpRequested(self.format_help())
        if option.count:
            values[option.dest] += 1
        elif not option.takes_value:
            values[option.dest] = True
        elif option.dest in seen and not option.repeated:
            raise self.error(f"option {option.display} given more than once")
        else:
            try:
                value = option.convert(raw)
            except ArgumentError as exc:
                raise self.error(exc.message) from None
            if option.repeated:
                values[option.dest].append(value)
            else:
                values[option.dest] = value
        seen.add(option.dest)

    def _next_value(self, option: Option, tokens: Sequence[str], index: int) -> str:
        if index >= len(tokens):
            raise self.error(f"option {option.display} expects a value")
        candidate = tokens[index]
        if candidate == "--" or (candidate.startswith("-") and not _NEGATIVE_NUMBER.fullmatch(candidate)):
            raise self.error(f"option {option.display} expects a value")
        return candidate

    def parse(self, argv: Sequence[str]) -> ParseResult:
        """Parse ``argv`` (without the program name)."""
        tokens = list(argv)
        values = {option.dest: option.initial() for option in self.options if option is not self._help_option}
        seen: set[str] = set()
        loose: list[str] = []
        sub_result: ParseResult | None = None
        command: str | None = None
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token == "--":
                loose.extend(tokens[index + 1:])
                break
            if token.startswith("--"):
                name, equals, attached = token.partition("=")
                option = self._lookup(name)
                if option.takes_value and not equals:
                    index += 1
                    attached = self._next_value(option, tokens, index)
                elif not option.takes_value and equals:
                    raise self.error(f"option {option.display} does not take a value")
                self._apply(option, attached if option.takes_value else None, values, seen)
            elif token.startswith("-") and len(token) > 1 and not _NEGATIVE_NUMBER.fullmatch(token):
                index = self._parse_cluster(tokens, index, values, seen)
            elif self.subcommands:
                sub = self.subcommands.get(token)
                if sub is None:
                    raise self.error(f"unknown command {token!r} (choose from {', '.join(self.subcommands)})")
                command = token
                sub_result = sub.parse(tokens[index + 1:])
                break
            else:
                loose.append(token)
            index += 1
        if self.subcommands and command is None:
            if loose:
                raise self.error(f"unknown command {loose[0]!r} (choose from {', '.join(self.subcommands)})")
            raise self.error(f"missing command (choose from {', '.join(self.subcommands)})")
        missing = [option.display for option in self.options if option.required and option.dest not in seen]
        if missing:
            raise self.error("missing required option(s): " + ", ".join(missing))
        values.update(self._assign_positionals(loose))
        return ParseResult(values, command, sub_result)

    def _parse_cluster(self, tokens: list[str], index: int, values: dict[str, Any], seen: set[str]) -> int:
        token = tokens[index]
        for position in range(1, len(token)):
            option = self._lookup("-" + token[position])
            if option.takes_value:
                rest = token[position + 1:]
                if not rest:
                    index += 1
                    rest = self._next_value(option, tokens, index)
                self._apply(option, rest, values, seen)
                break
            self._apply(option, None, values, seen)
        return index

    def _assign_positionals(self, loose: list[str]) -> dict[str, Any]:
        bounds = [positional.bounds for positional in self.positionals]
        assigned: dict[str, Any] = {}
        cursor = 0
        for number, positional in enumerate(self.positionals):
            minimum, maximum = bounds[number]
            reserved = sum(low for low, _ in bounds[number + 1:])
            remaining = len(loose) - cursor
            available = remaining - reserved
            take = available if maximum == UNBOUNDED else min(maximum, available)
            take = max(take, min(minimum, remaining))
            if take < minimum:
                raise self.error(f"missing value for {positional.name.upper()}")
            try:
                assigned[positional.name] = positional.build(loose[cursor:cursor + take])
            except ArgumentError as exc:
                raise self.error(exc.message) from None
            cursor += take
        if cursor < len(loose):
            raise self.error("unexpected argument(s): " + " ".join(loose[cursor:]))
        return assigned
