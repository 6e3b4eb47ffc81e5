"""Score statement extraction against gold annotations.

Two gold formats are read:

* **brat standoff as PolNeAR ships it**: a folder with ``text/<doc>.txt`` and
  ``attributions/<doc>_<annotator>.ann`` (the first ``.ann`` in sorted order is used when a
  document has several). ``T`` lines give Source, Cue and Content spans (``Attribution``,
  ``Attribution-no-source``, ``Discuss`` and ``Discard`` are not scored); ``E`` lines tie the
  parts of one attribution together, in any order and with any part missing. A Content that no
  ``E`` line references is kept with neither source nor cue.
* **quotekit JSON**: a ``.json`` file holding one article ``{"text": ..., "statements": [...]}``
  (statements as :meth:`quotekit.types.Statement.to_dict` writes them) or a list of articles,
  a ``.jsonl`` file with one article a line, or a folder of such files. A speaker may be a bare
  name string; cue and mention may be null.

Scoring (:func:`evaluate`, :func:`score`) works on *gold units*: every piece of a gold content
(a discontiguous content gives one unit per piece; surrounding whitespace is trimmed and pieces
shorter than 3 characters are ignored). A predicted statement's ``[start, end)`` *matches* a
gold unit at threshold ``t`` when the characters they share are MORE than ``t`` of the gold
unit's characters. Matching is one-to-one and greedy, per document: gold units are taken in
order of ``(start, end)``; each takes, among the still unmatched predictions that pass the
threshold, the one with the earliest start, breaking ties by the largest overlap, then the
earliest end, then the order the predictor returned them in.

Figures are given for all units and separately for *quoted* units (direct or mixed: the gold
content holds a quotation mark; a prediction of kind ``direct`` or ``mixed``) and *indirect*
ones. Matching is done once over all units; for a kind, precision is the share of that kind's
predictions that were matched (to a gold unit of any kind) and recall the share of that kind's
gold units that were matched (by a prediction of any kind). A match thus counts for the gold
unit's kind and for the prediction's kind separately.

The package: :mod:`~quotekit.evaluate.gold` (gold classes and readers, gold units),
:mod:`~quotekit.evaluate.matching` (matching by overlap), :mod:`~quotekit.evaluate.scoring`
(precision, recall, F1, cue and speaker accuracy), :mod:`~quotekit.evaluate.report` (the
result, its table and error summary), :mod:`~quotekit.evaluate.named` (named accuracy on a
hand-checked named gold) and :mod:`~quotekit.evaluate.run` (:func:`score`,
:func:`evaluate`). Everything listed here is importable from ``quotekit.evaluate``.
"""

from __future__ import annotations

from quotekit.evaluate.gold import (
    MIN_UNIT_CHARS as MIN_UNIT_CHARS,
)
from quotekit.evaluate.gold import (
    GoldAttribution,
    GoldDocument,
    GoldUnit,
    gold_kind,
    gold_units,
    has_quote_marks,
)
from quotekit.evaluate.gold import (
    Offsets as Offsets,
)
from quotekit.evaluate.matching import match_units
from quotekit.evaluate.named import NamedRecord, NamedScore, judge_named, load_named, score_named
from quotekit.evaluate.readers import corpus_stats, load_brat, load_gold, load_quotekit_json
from quotekit.evaluate.report import ErrorRecord, EvaluationResult
from quotekit.evaluate.run import (
    Predictor as Predictor,
)
from quotekit.evaluate.run import evaluate, score
from quotekit.evaluate.scoring import GROUPS, PRF, Accuracy

__all__ = [
    "GROUPS",
    "PRF",
    "Accuracy",
    "ErrorRecord",
    "EvaluationResult",
    "GoldAttribution",
    "GoldDocument",
    "GoldUnit",
    "NamedRecord",
    "NamedScore",
    "corpus_stats",
    "evaluate",
    "gold_kind",
    "gold_units",
    "has_quote_marks",
    "judge_named",
    "load_brat",
    "load_gold",
    "load_named",
    "load_quotekit_json",
    "match_units",
    "score",
    "score_named",
]
