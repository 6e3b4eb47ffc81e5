"""Sphinx configuration of the quotekit documentation.

Build:    sphinx-build -W --keep-going -b html docs docs/_build/html
Doctests: sphinx-build -W --keep-going -b doctest docs docs/_build/doctest

The build never uses the network: intersphinx is only switched on for inventories found on
disk (see ``LOCAL_INVENTORIES``). Pages that other parts of the project add to docs/ (the CLI
reference, output formats, performance) join the table of contents when their file exists.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from doctest import DONT_ACCEPT_TRUE_FOR_1, ELLIPSIS, NORMALIZE_WHITESPACE
from pathlib import Path

from sphinx.application import Sphinx

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))

import quotekit  # noqa: E402

project = "quotekit"
author = "quotekit developers"
copyright = "quotekit developers"  # noqa: A001
release = version = quotekit.__version__


def _have(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
if _have("sphinx_autodoc_typehints"):
    extensions.append("sphinx_autodoc_typehints")
if _have("myst_parser"):
    extensions.append("myst_parser")
if _have("sphinx_click"):
    extensions.append("sphinx_click")

source_suffix = {".rst": "restructuredtext"}
if "myst_parser" in extensions:
    source_suffix[".md"] = "markdown"
    myst_enable_extensions = ["colon_fence", "deflist"]
    myst_heading_anchors = 3

root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "README.md"]
templates_path: list[str] = []

# -- intersphinx, offline only ------------------------------------------------------------------
#: Where an objects.inv may already be on disk (Debian's python3-doc, or a folder named by
#: QUOTEKIT_DOCS_INVENTORIES holding <name>.inv files). Nothing is ever fetched.
LOCAL_INVENTORIES: dict[str, tuple[str, list[Path]]] = {
    "python": ("https://docs.python.org/3", [
        Path(f"/usr/share/doc/python{sys.version_info.major}.{sys.version_info.minor}/html"
             "/objects.inv"),
        Path("/usr/share/doc/python3-doc/html/objects.inv"),
    ]),
    "attrs": ("https://www.attrs.org/en/stable", []),
    "spacy": ("https://spacy.io/api", []),
}
_inv_dir = os.environ.get("QUOTEKIT_DOCS_INVENTORIES")
intersphinx_mapping: dict[str, tuple[str, str]] = {}
for _name, (_url, _paths) in LOCAL_INVENTORIES.items():
    _candidates = [*_paths, *([Path(_inv_dir) / f"{_name}.inv"] if _inv_dir else [])]
    _found = next((p for p in _candidates if p.is_file()), None)
    if _found is not None:
        intersphinx_mapping[_name] = (_url, str(_found))
if intersphinx_mapping:
    extensions.append("sphinx.ext.intersphinx")
    intersphinx_timeout = 1

# -- autodoc ------------------------------------------------------------------------------------
autodoc_default_options = {
    "members": True,
    "undoc-members": False,
    "show-inheritance": True,
    "member-order": "bysource",
}
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_preserve_defaults = True
autoclass_content = "class"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True
napoleon_attr_annotations = False
typehints_fully_qualified = False
always_document_param_types = False
typehints_defaults = None
# Types from libraries without an offline inventory (spaCy, attrs) stay plain text.
nitpicky = False
suppress_warnings = [
    # sphinx-autodoc-typehints cannot always evaluate annotations of third-party types
    "sphinx_autodoc_typehints.forward_reference",
    "sphinx_autodoc_typehints.guarded_import",
]

# -- doctest ------------------------------------------------------------------------------------
# One pipeline for every page's examples: quotekit.testing.shared_parser loads it once.
doctest_global_setup = """
import quotekit
from quotekit.testing import shared_parser
parser = shared_parser()
"""
doctest_default_flags = (
    ELLIPSIS | NORMALIZE_WHITESPACE | DONT_ACCEPT_TRUE_FOR_1
)
doctest_test_doctest_blocks = "default"

# -- HTML ---------------------------------------------------------------------------------------
html_theme = "furo" if _have("furo") else "alabaster"
html_title = f"quotekit {release}"
html_static_path = ["_static"] if (DOCS / "_static").is_dir() else []
html_show_sourcelink = False

# -- pages others add: included in the toctree when they exist --------------------------------
#: ``.. optional-pages::`` placeholder line in index.rst -> these pages, in this order, if present.
OPTIONAL_PAGES = ["cli", "formats", "output-formats", "output_formats", "performance"]
_MINE = {"index", "quickstart", "guide", "testing", "accuracy", "api"}
_MARKER = "   @optional-pages@"


def _present_pages() -> list[str]:
    suffixes = tuple(source_suffix)
    found = {p.stem for p in DOCS.iterdir() if p.is_file() and p.suffix in suffixes}
    pages = [p for p in OPTIONAL_PAGES if p in found]
    # Any other top-level page someone adds comes after them, so that none is left out.
    pages += sorted(found - _MINE - set(pages) - {"README"})
    return pages


def _fill_toctree(app: Sphinx, docname: str, source: list[str]) -> None:
    if docname != root_doc or _MARKER not in source[0]:
        return
    entries = "\n".join(f"   {page}" for page in _present_pages())
    source[0] = source[0].replace(_MARKER, entries)


def _reread_index(app: Sphinx, env: object, added: set[str], changed: set[str],
                  removed: set[str]) -> list[str]:
    # The index's toctree depends on which pages exist: read it again on every build.
    return [root_doc]


def setup(app: Sphinx) -> None:
    """Fill the optional entries of the table of contents."""
    app.connect("source-read", _fill_toctree)
    app.connect("env-get-outdated", _reread_index)
