"""Result classes: small frozen, slotted ``attrs`` classes that every stage returns.

Every class serialises to plain JSON-ready dicts with ``to_dict`` and reads them back with
``from_dict``, so ``Statement.from_dict(s.to_dict()) == s`` holds for any statement. Every other
serialisation lives here too: the flat statement record (:meth:`Statement.to_record`, the
columns :data:`RECORD_COLUMNS`, used by :mod:`quotekit.dask`), the CSV row that is a selection
of it (:meth:`Statement.to_row`, :data:`CSV_COLUMNS`, used by the CSV writer and
:meth:`Article.to_frame`) and the one-line summary (:meth:`Article.summary`).
"""

from quotekit._evidence import Evidence
from quotekit.types._article import Article, Quotation
from quotekit.types._common import (
    CSV_COLUMNS,
    CUE_KINDS,
    KINDS,
    RECORD_COLUMNS,
    SEPARATOR,
    SPEAKER_KINDS,
    Cue,
    Span,
)
from quotekit.types._speaker import Speaker
from quotekit.types._statement import Statement

__all__ = [
    "CSV_COLUMNS",
    "CUE_KINDS",
    "KINDS",
    "RECORD_COLUMNS",
    "SEPARATOR",
    "SPEAKER_KINDS",
    "Article",
    "Cue",
    "Evidence",
    "Quotation",
    "Span",
    "Speaker",
    "Statement",
]


# documented, pickled and shown under their public home
for _cls in (Article, Cue, Quotation, Span, Speaker, Statement):
    _cls.__module__ = __name__
del _cls
