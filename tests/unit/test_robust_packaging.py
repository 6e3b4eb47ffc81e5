"""Packaging and CI (issue 15 items 17, 18): the docs extra alone builds the docs, and CI
installs Chromium so that the browser tests of tests/integration/test_render.py run instead
of skipping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _extra(name: str) -> list[str]:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [re.split(r"[<>=!\[; ]", req, maxsplit=1)[0].lower()
            for req in project["optional-dependencies"][name]]


def test_docs_extra_has_what_the_api_page_imports() -> None:
    api = (REPO / "docs" / "api.rst").read_text(encoding="utf-8")
    assert "quotekit.pytest_plugin" in api  # imported by autodoc: it imports pytest
    assert "pytest" in _extra("docs")


def test_ci_installs_chromium_where_it_can() -> None:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"apt-get install [^\n]*\\\n\s*--no-install-recommends chromium", script)
    assert 'id -u)" = 0' in script and "command -v apt-get" in script
    # once installed, a missing browser is a failure, not a skip
    assert "export QUOTEKIT_REQUIRE_BROWSER=1" in script
    assert script.index("chromium") < script.index("python -m pytest")
    render_tests = (REPO / "tests" / "integration" / "test_render.py").read_text(encoding="utf-8")
    assert "QUOTEKIT_REQUIRE_BROWSER" in render_tests
