"""quotekit: who said what in news text.

>>> import quotekit
>>> parser = quotekit.load()                       # doctest: +SKIP
>>> article = parser.parse(text)                   # doctest: +SKIP
>>> [(s.speaker.name, s.content) for s in article] # doctest: +SKIP
"""

from quotekit.model import ModelNotFoundError
from quotekit.parser import Parser, annotate, extract, load
from quotekit.types import Article, Cue, Span, Speaker, Statement

__all__ = [
    "Article",
    "Cue",
    "ModelNotFoundError",
    "Parser",
    "Span",
    "Speaker",
    "Statement",
    "__version__",
    "annotate",
    "extract",
    "load",
]
__version__ = "0.1.0"
