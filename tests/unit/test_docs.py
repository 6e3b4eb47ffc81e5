"""The docs cover the public API, and only it: every name of ``quotekit.__all__`` is on the
API page, and no module of ``quotekit.pipeline`` (the stages, internals) is.

(The docs themselves are built, with warnings as errors, and their doctests run by .ci/run.)
"""

from __future__ import annotations

import pkgutil
import re
from pathlib import Path

import pytest

import quotekit
import quotekit.pipeline

DOCS = Path(__file__).resolve().parents[2] / "docs"
API = DOCS / "api.rst"

pytestmark = pytest.mark.skipif(not API.is_file(), reason="docs/ not present")


def _api() -> str:
    return API.read_text(encoding="utf-8")


def _automodule_documents(text: str, module: str, name: str) -> bool:
    """Whether ``.. automodule:: module`` on the page documents ``name`` (its ``:members:``
    are all of ``__all__``, or a list naming it, and ``:exclude-members:`` leave it)."""
    m = re.search(rf"^\.\. automodule:: {re.escape(module)}\n((?:   :.*\n)*)", text, re.M)
    if m is None:
        return False
    options = dict(re.findall(r"^   :([\w-]+):(.*)$", m.group(1), re.M))
    if "members" not in options:
        return False
    listed = {n.strip() for n in options["members"].split(",") if n.strip()}
    excluded = {n.strip() for n in options.get("exclude-members", "").split(",")}
    return (not listed or name in listed) and name not in excluded


@pytest.mark.parametrize("name", quotekit.__all__)
def test_every_exported_name_is_documented(name: str) -> None:
    text = _api()
    if name == "__version__":
        assert "``quotekit.__version__``" in text
        return
    assert f"quotekit.{name}`" in text, f"quotekit.{name} is not in the API page's table"
    module = getattr(quotekit, name).__module__
    assert f":: quotekit.{name}\n" in text or _automodule_documents(text, module, name), (
        f"quotekit.{name} (from {module}) is not documented on the API page"
    )


def _pipeline_modules() -> list[str]:
    found = ["quotekit.pipeline"]
    found += [m.name for m in pkgutil.walk_packages(quotekit.pipeline.__path__,
                                                    prefix="quotekit.pipeline.")]
    return found


@pytest.mark.parametrize("module", _pipeline_modules())
def test_no_pipeline_module_is_on_the_api_page(module: str) -> None:
    text = _api()
    assert not re.search(rf"(automodule|module|autofunction|autoclass)::\s+"
                         rf"{re.escape(module)}(\s|\.)", text), (
        f"{module} is an internal stage; it belongs on the architecture page, not the API page"
    )


def test_toctree_lists_every_page() -> None:
    index = (DOCS / "index.rst").read_text(encoding="utf-8")
    for page in ("quickstart", "guide", "testing", "accuracy", "api"):
        assert f"\n   {page}\n" in index
    assert (DOCS / "conf.py").is_file()
