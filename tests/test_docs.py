"""The docs cover the public API: every module and every name quotekit exports is in api.rst.

(The docs themselves are built, with warnings as errors, and their doctests run by .ci/run.)
"""

from __future__ import annotations

import pkgutil
from pathlib import Path

import pytest

import quotekit

DOCS = Path(__file__).resolve().parents[1] / "docs"
API = DOCS / "api.rst"

pytestmark = pytest.mark.skipif(not API.is_file(), reason="docs/ not present")


def _modules() -> list[str]:
    return sorted(
        f"quotekit.{m.name}"
        for m in pkgutil.iter_modules(quotekit.__path__)
        if not m.name.startswith("_")
    )


@pytest.mark.parametrize("module", _modules())
def test_every_module_is_in_the_api_reference(module: str) -> None:
    text = API.read_text(encoding="utf-8")
    assert f"automodule:: {module}\n" in text or f".. module:: {module}\n" in text, (
        f"{module} is missing from docs/api.rst"
    )


@pytest.mark.parametrize("name", [n for n in quotekit.__all__ if n != "__version__"])
def test_every_exported_name_is_documented(name: str) -> None:
    text = API.read_text(encoding="utf-8")
    assert f"quotekit.{name}`" in text or f":: quotekit.{name}\n" in text


def test_toctree_lists_every_page() -> None:
    index = (DOCS / "index.rst").read_text(encoding="utf-8")
    for page in ("quickstart", "guide", "testing", "accuracy", "api"):
        assert f"\n   {page}\n" in index
    assert (DOCS / "conf.py").is_file()
