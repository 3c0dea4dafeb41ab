"""The ``tflm`` command group and the one place where errors become messages and exit statuses.

Commands live in their own modules and import the heavy parts of tflm inside their functions, so
``tflm --help`` stays instant.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from tflm import __version__
from tflm.errors import EXIT_USAGE, TflmError

EXIT_INTERRUPTED = 130


class TflmGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TflmError as exc:
            click.echo(f"tflm: error: {exc.message}", err=True)
            if exc.hint:
                click.echo(exc.hint, err=True)
            ctx.exit(exc.exit_status)
        except KeyboardInterrupt:
            click.echo("tflm: interrupted; the project was left as it was.", err=True)
            ctx.exit(EXIT_INTERRUPTED)


@click.group(cls=TflmGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tflm")
def cli() -> None:
    """tflm: probabilistic fault localization for Python test suites."""


def _register() -> None:
    from tflm.cli.corpus import corpus
    from tflm.cli.evaluate import evaluate
    from tflm.cli.localize import localize
    from tflm.cli.train import train

    cli.add_command(localize)
    cli.add_command(evaluate)
    cli.add_command(corpus)
    cli.add_command(train)


_register()


def main(argv: list[str] | None = None) -> None:
    try:
        code = cli.main(args=argv, prog_name="tflm", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("tflm: interrupted.", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code if exc.exit_code else EXIT_USAGE)
    sys.exit(code if isinstance(code, int) else 0)
