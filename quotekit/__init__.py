"""quotekit: who said what in news text.

>>> import quotekit
>>> parser = quotekit.load()                       # doctest: +SKIP
>>> article = parser.parse(text)                   # doctest: +SKIP
>>> [(s.speaker.name, s.content) for s in article] # doctest: +SKIP

The public names are imported on first use (PEP 562), so ``import quotekit`` (and pytest's
loading of the ``quotekit`` plugin) does not import spaCy until a parser is needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from quotekit.model import ModelNotFoundError
    from quotekit.parser import Parser, annotate, extract, load
    from quotekit.registry import SpeakerRegistry
    from quotekit.render import render_html
    from quotekit.types import Article, Cue, Evidence, Quotation, Span, Speaker, Statement

__all__ = [
    "Article",
    "Cue",
    "Evidence",
    "ModelNotFoundError",
    "Parser",
    "Quotation",
    "Span",
    "Speaker",
    "SpeakerRegistry",
    "Statement",
    "__version__",
    "annotate",
    "extract",
    "load",
    "render_html",
]
__version__ = "0.1.0"

#: Where each public name lives; imported when first looked up.
_LAZY: dict[str, str] = {
    "ModelNotFoundError": "quotekit.model",
    "Parser": "quotekit.parser",
    "annotate": "quotekit.parser",
    "extract": "quotekit.parser",
    "load": "quotekit.parser",
    "render_html": "quotekit.render",
    "SpeakerRegistry": "quotekit.registry",
    "Article": "quotekit.types",
    "Cue": "quotekit.types",
    "Evidence": "quotekit.types",
    "Quotation": "quotekit.types",
    "Span": "quotekit.types",
    "Speaker": "quotekit.types",
    "Statement": "quotekit.types",
}


def __getattr__(name: str) -> Any:
    """Import a public name (or a submodule, ``quotekit.parser``) on first use."""
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    if name.startswith("__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        return importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as err:
        if err.name != f"{__name__}.{name}":
            raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
