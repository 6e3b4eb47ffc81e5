"""The ``quotekit`` pytest plugin: fixtures for testing code that finds who said what.

Installing quotekit registers this plugin (entry point ``pytest11``), so any test suite can
ask for these fixtures by name:

``quotekit_parser``
    The :class:`~quotekit.Parser`, loaded once for the whole test session.
``quotekit_parse``
    A function that turns a text into an :class:`~quotekit.Article` (results are cached, so
    several tests can parse the same text at the cost of one).
``quotekit_model``
    The name of the spaCy pipeline in use (None for the best installed one).

Choose the pipeline with ``pytest --quotekit-model en_core_web_lg`` or with the ini setting
``quotekit_model = en_core_web_lg``; the command line wins. Assertion helpers live in
:mod:`quotekit.testing`.

Loading this plugin does not import spaCy; the pipeline is loaded when a test first asks for
``quotekit_parser`` or ``quotekit_parse``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

import pytest

from quotekit.testing import shared_parser

if TYPE_CHECKING:  # pragma: no cover
    from quotekit.parser import Parser
    from quotekit.types import Article

__all__ = [
    "pytest_addoption",
    "pytest_report_header",
    "quotekit_model",
    "quotekit_parse",
    "quotekit_parser",
]

_OPTION = "--quotekit-model"
_INI = "quotekit_model"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--quotekit-model`` and the ini setting ``quotekit_model``."""
    group = parser.getgroup("quotekit", "quotekit (who said what)")
    group.addoption(
        _OPTION,
        action="store",
        dest="quotekit_model",
        default=None,
        metavar="NAME",
        help="spaCy pipeline for the quotekit fixtures (package name or path); "
        "default: the ini setting quotekit_model, else the best installed English pipeline.",
    )
    parser.addini(
        _INI,
        help="spaCy pipeline for the quotekit fixtures (overridden by --quotekit-model).",
        default="",
    )


def _configured_model(config: pytest.Config) -> str | None:
    name = config.getoption("quotekit_model", default=None) or config.getini(_INI)
    name = str(name).strip() if name else ""
    return name or None


def pytest_report_header(config: pytest.Config) -> str | None:
    """Name the quotekit pipeline in pytest's header when one is chosen."""
    model = _configured_model(config)
    return f"quotekit model: {model}" if model else None


@pytest.fixture(scope="session")
def quotekit_model(pytestconfig: pytest.Config) -> str | None:
    """Name of the spaCy pipeline the quotekit fixtures use, or None for the default.

    Set by ``--quotekit-model NAME`` or the ini setting ``quotekit_model``.
    """
    return _configured_model(pytestconfig)


@pytest.fixture(scope="session")
def quotekit_parser(quotekit_model: str | None) -> Parser:
    """The quotekit Parser, with its spaCy pipeline loaded once per test session.

    Use ``quotekit_parser.parse(text)`` for an Article, ``quotekit_parser.nlp`` for the spaCy
    pipeline. The pipeline is chosen with --quotekit-model or the ini setting quotekit_model.
    """
    return shared_parser(quotekit_model)


@pytest.fixture(scope="session")
def quotekit_parse(quotekit_parser: Parser) -> Callable[[str], Article]:
    """A function text -> Article that parses with the session's quotekit_parser.

    Results are cached by text (Articles are immutable), so tests may parse the same text
    freely. Pair it with the helpers of quotekit.testing, e.g.
    ``assert_statement(quotekit_parse(text), speaker="Lopez", kind="direct")``.
    """

    @lru_cache(maxsize=512)
    def parse(text: str) -> Article:
        return quotekit_parser.parse(text)

    return parse
