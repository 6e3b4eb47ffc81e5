"""Measure the precision behind quotekit's confidences (``quotekit/data/confidence.tsv``).

    python benchmarks/learn_confidence.py [GOLD_DIR] [--limit N] [--min-count 20] [--write]

Parses the gold texts (PolNeAR train by default: all 840 articles, or the first ``--limit``),
matches the predictions to the gold units with the evaluation's own matching
(:func:`quotekit.evaluate.match_units`, overlap > 0.3, one-to-one) and prints, for every
``Evidence.rule`` and every ``Evidence.speaker`` strategy seen, how many predictions it made,
the precision measured and the table's current value where a row has that key:

* a rule (stage ``rule``): the share of its predictions that matched a gold unit;
* a speaker strategy (stage ``speaker``): among its predictions with a speaker that matched
  a gold unit whose gold names a source, the share whose speaker is right
  (:func:`quotekit.evaluate.scoring.speaker_correct`: the mention overlaps the gold source).
  A strategy's factor scales only statements it gave a speaker; the others take the
  ``default unresolved`` row, which this script does not measure.

Rows the run did not measure (descriptive keys, the ``default`` row, keys no prediction
used) are listed and left alone; a measured key without a row is printed, never added.
Without ``--write`` nothing is changed.

``--write`` rewrites the ``value`` of every ``rule`` and ``speaker`` row whose key was
measured over at least ``--min-count`` predictions (for a strategy: judged predictions),
keeping every other row, the comments and the notes as they are. **Writing changes
quotekit's output**: every statement's confidence comes from this table. The values in it
today are the hand-set ones of the old code, kept byte for byte by the redesign of issue
#12; relearning them belongs to a later issue. After writing, rerun and review: the snapshot
(``python benchmarks/snapshot.py compare ...``: it will differ, so a new baseline is needed),
``quotekit eval`` on PolNeAR dev, and the test suite (tests and docs that show confidences).
Only the training split is used to learn; the dev split stays for measuring.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from quotekit.evaluate import GoldDocument, gold_units, load_gold, match_units
from quotekit.evaluate.scoring import speaker_correct
from quotekit.types import Statement

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "quotekit" / "data" / "confidence.tsv"
HEADER = "stage\tkey\tvalue\tnote"
#: The matching threshold: a prediction covers MORE than this share of a gold unit.
THRESHOLD = 0.3
#: The stages this script measures (the ``default`` row is not).
MEASURED_STAGES = ("rule", "speaker")

Key = tuple[str, str]  # (stage, key)


# --------------------------------------------------------------------------------------------
# The table: read, and rewrite values in place
# --------------------------------------------------------------------------------------------


def _data_fields(line: str) -> list[str] | None:
    """The tab-separated fields of a data row, or None for a comment, blank or header line."""
    if not line.strip() or line.lstrip().startswith("#") or line.rstrip("\r") == HEADER:
        return None
    return line.rstrip("\r").split("\t")


def read_values(text: str) -> dict[Key, str]:
    """``{(stage, key): value}`` of the table's data rows, values as written."""
    values: dict[Key, str] = {}
    for line in text.split("\n"):
        fields = _data_fields(line)
        if fields is not None and len(fields) >= 3:
            values[(fields[0].strip(), fields[1].strip())] = fields[2].strip()
    return values


def format_value(value: float) -> str:
    """A measured value as the table writes it: three places, trailing zeros dropped."""
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def rewrite(text: str, new: Mapping[Key, float]) -> str:
    """``text`` with the value of each row keyed in ``new`` replaced; every other byte kept."""
    out = []
    for line in text.split("\n"):
        fields = _data_fields(line)
        if fields is not None and len(fields) >= 3:
            key = (fields[0].strip(), fields[1].strip())
            if key in new:
                ending = "\r" if line.endswith("\r") else ""
                fields[2] = format_value(new[key])
                line = "\t".join(fields) + ending
        out.append(line)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------------


@attrs.define
class Tally:
    """What one rule or strategy did.

    Attributes:
        count: Its predictions.
        judged: Those its precision is measured over (a rule: all; a strategy: those with a
            speaker matched to a gold unit whose gold names a source).
        right: Those judged right (matched; speaker right).
    """

    count: int = 0
    judged: int = 0
    right: int = 0

    @property
    def precision(self) -> float | None:
        """``right / judged``, or None when nothing was judged."""
        return self.right / self.judged if self.judged else None


def measure_document(tallies: dict[Key, Tally], doc: GoldDocument,
                     statements: Sequence[Statement]) -> None:
    """Add one document's predictions to ``tallies`` (keyed ``("rule", Evidence.rule)`` and
    ``("speaker", Evidence.speaker)``)."""
    units = gold_units(doc)
    matching = match_units(units, [(s.start, s.end) for s in statements], THRESHOLD)
    unit_of = {pi: units[ui] for ui, pi in matching.items()}
    for pi, statement in enumerate(statements):
        evidence = statement.evidence
        rule = tallies.setdefault(("rule", evidence.rule), Tally())
        rule.count += 1
        rule.judged += 1
        rule.right += pi in unit_of
        if evidence.speaker is None:
            continue
        strategy = tallies.setdefault(("speaker", evidence.speaker), Tally())
        strategy.count += 1
        unit = unit_of.get(pi)
        if unit is None or statement.speaker is None:  # no speaker: the default row applies
            continue
        verdict = speaker_correct(unit.attribution, statement)
        if verdict is not None:
            strategy.judged += 1
            strategy.right += verdict


def measure(docs: Sequence[GoldDocument],
            predictions: Iterable[Sequence[Statement]]) -> dict[Key, Tally]:
    """Tallies over every document (``predictions[i]`` is for ``docs[i]``)."""
    tallies: dict[Key, Tally] = {}
    for doc, statements in zip(docs, predictions, strict=True):
        measure_document(tallies, doc, statements)
    return tallies


def learned(tallies: Mapping[Key, Tally], min_count: int) -> dict[Key, float]:
    """The values ``--write`` would write: every key judged at least ``min_count`` times."""
    return {key: t.precision for key, t in tallies.items()
            if t.judged >= min_count and t.precision is not None}


def write_table(path: Path, tallies: Mapping[Key, Tally], min_count: int) -> int:
    """Rewrite the values of ``path``'s rows that :func:`learned` measured; return how many
    (rows of other keys, comments and notes are kept; no row is added)."""
    text = path.read_text(encoding="utf-8")
    current = read_values(text)
    new = {k: v for k, v in learned(tallies, min_count).items() if k in current}
    path.write_text(rewrite(text, new), encoding="utf-8")
    return len(new)


# --------------------------------------------------------------------------------------------
# Report and command line
# --------------------------------------------------------------------------------------------


def report(tallies: Mapping[Key, Tally], current: Mapping[Key, str], min_count: int) -> str:
    """The table printed: one line per rule and strategy, most predictions first."""
    lines = []
    for stage in MEASURED_STAGES:
        lines.append(f"{stage:<8} {'key':<44}{'count':>7}{'judged':>8}{'right':>7}"
                     f"{'precision':>10}{'table':>7}  write")
        keys = sorted((k for k in tallies if k[0] == stage),
                      key=lambda k: (-tallies[k].count, k[1]))
        for key in keys:
            t = tallies[key]
            measured = "  n/a" if t.precision is None else f"{t.precision:.3f}"
            write = "-" if t.judged < min_count or t.precision is None else \
                "yes" if key in current else "no row"
            lines.append(f"{'':<8} {key[1]:<44}{t.count:>7}{t.judged:>8}{t.right:>7}"
                         f"{measured:>10}{current.get(key, '-'):>7}  {write}")
        lines.append("")
    unmeasured = [f"{stage} {key}={value}" for (stage, key), value in current.items()
                  if (stage, key) not in tallies]
    lines.append("table rows not measured (kept): " + (", ".join(unmeasured) or "(none)"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Parse, measure, print; with ``--write``, rewrite the table's measured values."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared/data/polnear/train"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--min-count", type=int, default=20)
    ap.add_argument("--model", default=None)
    ap.add_argument("--table", default=str(TABLE))
    ap.add_argument("--write", action="store_true",
                    help="rewrite the measured values (changes quotekit's output)")
    args = ap.parse_args(argv)

    import quotekit

    docs = load_gold(args.gold)[: args.limit]
    parser = quotekit.load(args.model)
    predictions = ([*a.statements] for a in parser.pipe([d.text for d in docs]))
    tallies = measure(docs, predictions)
    table = Path(args.table)
    text = table.read_text(encoding="utf-8")
    print(f"{len(docs)} documents from {args.gold}; overlap > {THRESHOLD}; "
          f"--min-count {args.min_count}\n")
    print(report(tallies, read_values(text), args.min_count))
    if args.write:
        written = write_table(table, tallies, args.min_count)
        print(f"\nwrote {written} values to {table}; rerun the snapshot, quotekit eval and "
              "the tests (see this script's docstring)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
