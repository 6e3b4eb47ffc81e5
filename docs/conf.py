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
import re
import sys
import types
from doctest import DONT_ACCEPT_TRUE_FOR_1, ELLIPSIS, NORMALIZE_WHITESPACE
from pathlib import Path

import attrs
from sphinx.application import Sphinx

try:
    from sphinx.ext.autodoc import SLOTSATTR as _SLOTSATTR
except ImportError:  # pragma: no cover - other Sphinx versions
    _SLOTSATTR = object()


def regex_word(name: str) -> re.Pattern[str]:
    """A pattern for ``name`` as an entry of a docstring's "Attributes:" section."""
    return re.compile(rf"^\s+{re.escape(name)}:", re.MULTILINE)

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))

import quotekit  # noqa: E402

project = "quotekit"
author = "quotekit developers"
copyright = "quotekit developers"
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
if _have("sphinx_copybutton"):
    # The copy button drops ">>> " and "... " prompts and the outputs, so that a copied
    # example runs as pasted.
    extensions.append("sphinx_copybutton")
    copybutton_prompt_text = r">>> |\.\.\. |\$ "
    copybutton_prompt_is_regexp = True
    copybutton_only_copy_prompt_lines = True

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
autodoc_preserve_defaults = False
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


_documenting: list[type] = []


def _note_class(app: Sphinx, what: str, name: str, obj: object, options: object,
                lines: list[str]) -> None:
    # autodoc processes a class's docstring just before it goes through the class's members.
    if what == "class" and isinstance(obj, type):
        _documenting[:] = [obj]


def _skip_described_attrs_fields(app: Sphinx, what: str, name: str, obj: object, skip: bool,
                                 options: object) -> bool | None:
    # A field of a slotted attrs class that its class docstring already describes (under
    # "Attributes:") would otherwise be listed a second time, bare.
    owner = _documenting[0] if _documenting else None
    if (what == "class" and owner is not None and attrs.has(owner)
            and (obj is _SLOTSATTR or isinstance(obj, types.MemberDescriptorType))
            and name in attrs.fields_dict(owner)
            and regex_word(name).search(owner.__doc__ or "")):
        return True
    return None


def setup(app: Sphinx) -> None:
    """Fill the optional entries of the table of contents."""
    app.connect("source-read", _fill_toctree)
    app.connect("autodoc-process-docstring", _note_class)
    app.connect("autodoc-skip-member", _skip_described_attrs_fields)
    app.connect("env-get-outdated", _reread_index)
