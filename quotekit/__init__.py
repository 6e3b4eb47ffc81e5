"""quotekit: who said what in news text."""

from quotekit.types import Article, Cue, Speaker, Span, Statement

__all__ = ["Article", "Cue", "Speaker", "Span", "Statement"]
__version__ = "0.1.0"
