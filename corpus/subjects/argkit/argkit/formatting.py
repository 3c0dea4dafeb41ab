"""Usage and help text generation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from argkit.spec import Option

if TYPE_CHECKING:
    from argkit.parsing import Parser

MAX_LABEL_WIDTH = 24


def option_usage(option: Option) -> str:
    """The fragment describing ``option`` in the usage line."""
    name = option.names[0]
    text = f"{name} {option.value_name}" if option.takes_value else name
    if option.repeated:
        text += " ..."
    return text if option.required else f"[{text}]"


def option_label(option: Option) -> str:
    """The left column of an option's help row."""
    names = ", ".join(sorted(option.names, key=len))
    return f"{names} {option.value_name}" if option.takes_value else names


def option_detail(option: Option) -> str:
    """The right column of an option's help row."""
    parts = [option.help] if option.help else []
    if option.choices is not None:
        parts.append("choices: " + ", ".join(str(choice) for choice in option.choices))
    if option.required:
        parts.append("required")
    elif option.takes_value and option.default is not None:
        parts.append(f"default: {option.default}")
    return " ".join(f"({part})" if index else part for index, part in enumerate(parts)) if parts else ""


def format_usage(parser: "Parser") -> str:
    """One-line usage summary."""
    pieces = [f"usage: {parser.prog}"]
    pieces.extend(option_usage(option) for option in parser.options)
    pieces.extend(positional.usage for positional in parser.positionals)
    if parser.subcommands:
        pieces.append("{" + ",".join(parser.subcommands) + "} ...")
    return " ".join(pieces)


def _rows(rows: list[tuple[str, str]], width: int) -> list[str]:
    lines = []
    for label, detail in rows:
        if not detail:
            lines.append(f"  {label}")
        elif len(label) > width:
            lines.append(f"  {label}")
            lines.append(" " * (width + 4) + detail)
        else:
            lines.append(f"  {label.ljust(width)}  {detail}")
    return lines


def format_help(parser: "Parser") -> str:
    """Full help: usage, description and one aligned section per argument kind."""
    sections = {
        "positional arguments": [(positional.name.upper(), positional.help) for positional in parser.positionals],
        "options": [(option_label(option), option_detail(option)) for option in parser.options],
        "commands": [(name, sub.summary) for name, sub in parser.subcommands.items()],
    }
    labels = [len(label) for rows in sections.values() for label, _ in rows]
    width = min(MAX_LABEL_WIDTH, max(labels, default=0))
    blocks = [format_usage(parser)]
    if parser.description:
        blocks.append(parser.description)
    blocks.extend(
        "\n".join([f"{title}:"] + _rows(rows, width)) for title, rows in sections.items() if rows
    )
    return "\n\n".join(blocks) + "\n"
