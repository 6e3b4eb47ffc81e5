"""Shared by the command-line tests: ``run`` invokes the CLI in-process.

The fixtures it goes with (``runner``, and ``cli_parser``, which makes the CLI use the
session's parser) are in ``tests/conftest.py``; ``tests/`` is on ``sys.path`` because that
``conftest.py`` lives there, so a test module imports ``from cli_support import run``.
"""

from __future__ import annotations

from click.testing import CliRunner, Result

from quotekit import cli

__all__ = ["run"]


def run(runner: CliRunner, *args: str, input: str | bytes | None = None) -> Result:
    """Invoke ``quotekit ARGS`` in-process."""
    return runner.invoke(cli.main, list(args), input=input, catch_exceptions=False)
