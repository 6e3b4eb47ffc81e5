"""Shared test set-up: the whole suite uses the quotekit pytest plugin's fixtures.

The plugin (:mod:`quotekit.pytest_plugin`) is registered by the ``pytest11`` entry point when
quotekit is installed; it is listed here as well when it is not (plugin autoloading disabled,
or an old install without the entry point), so ``quotekit_parser`` (session-scoped: the spaCy
pipeline is loaded once for the whole suite), ``quotekit_parse`` and ``quotekit_model`` are
always there. ``pytester`` lets tests run pytest on small downstream test files.

Other shared fixtures: ``polnear_dir`` (the PolNeAR corpus, skipping when it is absent),
``seed_texts`` (the seed articles as ``{file name: text}``), and for the command-line tests
``runner`` (a click ``CliRunner``) and ``cli_parser`` (the CLI uses the session's parser).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

REPO_ROOT = Path(__file__).resolve().parents[1]
#: PolNeAR lives beside the repository, in shared/data/polnear/{train,dev}; never in it.
POLNEAR_DIR = REPO_ROOT.parent / "shared" / "data" / "polnear"
SEEDS_DIR = REPO_ROOT / "seeds"


def _plugin_autoloaded() -> bool:
    if os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD"):
        return False
    return any(ep.value == "quotekit.pytest_plugin" for ep in entry_points(group="pytest11"))


pytest_plugins = ["pytester"] + ([] if _plugin_autoloaded() else ["quotekit.pytest_plugin"])


@pytest.fixture(scope="session")
def polnear_dir() -> Path:
    """The PolNeAR corpus folder (with train/ and dev/); the test is skipped when absent."""
    if not POLNEAR_DIR.is_dir():
        pytest.skip(f"PolNeAR not found at {POLNEAR_DIR}")
    return POLNEAR_DIR


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The seed articles of seeds/*.txt as ``{file name: text}``, in name order."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))}


@pytest.fixture()
def cli_parser(quotekit_parser: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The CLI uses the session's parser for the default model (no second load)."""
    import quotekit.parser

    monkeypatch.setitem(quotekit.parser._shared, (None, "speech"), quotekit_parser)
    yield


@pytest.fixture()
def runner() -> CliRunner:
    """A CliRunner keeping standard error apart (click >= 8.2 always does)."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()
