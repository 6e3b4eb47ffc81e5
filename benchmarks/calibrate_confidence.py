"""Learn the confidence calibration of each scope (``quotekit/data/calibration.tsv``).

    python benchmarks/calibrate_confidence.py [GOLD_DIR] [--cache DOCBIN] [--write]

Runs quotekit in each scope over an annotated corpus (PolNeAR train by default), with the
current calibration switched off, so that every statement carries its *raw* confidence (the
rule's times the speaker strategy's factor, :mod:`quotekit.pipeline.confidence`). A statement
is *right* when it matches a gold content (overlap > 0.3, the evaluation's one-to-one matching)
and its speaker is not judged wrong; in the speech scope a statement matched to an optional
gold attribution (a belief, a plan: :mod:`quotekit.evaluate.scope`) is left out. An isotonic
regression (scikit-learn's ``IsotonicRegression``, increasing) of right on raw confidence gives
each scope a monotone map, so calibrated confidences sort statements as the raw ones did and
say how often statements of that confidence were right. The map's knots are printed with the
precision of each confidence band before and after; ``--write`` stores them (which changes
every statement's confidence: rerun ``quotekit eval`` on dev in both scopes and the tests).

Needs ``pip install scikit-learn`` (the ``bench`` extra). Only the training split is used to
learn; the dev split stays for measuring (``quotekit eval --scope ...`` prints its bands).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "quotekit" / "data" / "calibration.tsv"
HEADER = [
    "# quotekit confidence calibration, learned by benchmarks/calibrate_confidence.py on the",
    "# PolNeAR training split (never edit by hand; rerun it after changing a rule, a speaker",
    "# strategy, confidence.tsv or the cue policy): for each scope, the knots of a monotone",
    "# map from a statement's raw confidence (rule times speaker factor) to the share of",
    "# statements of that raw confidence that were right (matched, speaker not wrong).",
    "# Read by quotekit/pipeline/confidence.py (linear between knots).",
    "scope\traw\tcalibrated",
]


def samples(gold: Sequence, docs: Sequence, scope: str, nlp: object) -> tuple[list, list]:
    """(raw confidences, right 0/1) of every statement counted in ``scope``, judged as
    ``quotekit eval`` judges its confidence bands."""
    from quotekit.evaluate.run import judged_statements
    from quotekit.evaluate.scope import optional_attributions
    from quotekit.parser import annotate
    from quotekit.pipeline import confidence

    optional = optional_attributions(gold, scope, nlp)  # type: ignore[arg-type]
    xs: list[float] = []
    ys: list[int] = []
    with mock.patch.object(confidence, "calibration", lambda: {}):
        for g, doc, opt in zip(gold, docs, optional, strict=True):
            statements = annotate(doc, scope=scope).statements
            for s, right in judged_statements(g, statements, opt):
                xs.append(s.confidence)
                ys.append(int(right))
    return xs, ys


def bands(xs: Sequence[float], ys: Sequence[int]) -> str:
    """Precision in each confidence band (those of ``quotekit eval``)."""
    from quotekit.evaluate.scoring import CONFIDENCE_BANDS, band_label

    out = []
    for label, _lo, _hi in CONFIDENCE_BANDS:
        picked = [y for x, y in zip(xs, ys, strict=True) if band_label(x) == label]
        share = f"{sum(picked) / len(picked):.3f}" if picked else "n/a"
        out.append(f"{label} {share} (n={len(picked)})")
    return "  ".join(out)


def fit(xs: Sequence[float], ys: Sequence[int]) -> list[tuple[float, float]]:
    """The knots of the isotonic fit (rounded; repeated values merged)."""
    from sklearn.isotonic import IsotonicRegression

    model = IsotonicRegression(increasing=True, out_of_bounds="clip", y_min=0.0, y_max=1.0)
    model.fit(xs, ys)
    knots: list[tuple[float, float]] = []
    for x, y in zip(model.X_thresholds_, model.y_thresholds_, strict=True):
        point = (round(float(x), 3), round(float(y), 3))
        if knots and knots[-1][0] == point[0]:
            knots[-1] = (point[0], max(knots[-1][1], point[1]))
        else:
            knots.append(point)
    return knots


def main(argv: list[str] | None = None) -> int:
    """Learn, print, and with ``--write`` store the calibration."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared/data/polnear/train"))
    ap.add_argument("--cache", help="a spaCy DocBin of the gold texts, in sorted file order")
    ap.add_argument("--model", default=None)
    ap.add_argument("--write", action="store_true", help="store the knots in calibration.tsv")
    args = ap.parse_args(argv)

    from spacy.tokens import DocBin

    import quotekit
    from quotekit.evaluate import load_gold
    from quotekit.pipeline.confidence import interpolate

    parser = quotekit.load(args.model)
    gold = load_gold(args.gold)
    if args.cache:
        docs = list(DocBin().from_disk(args.cache).get_docs(parser.nlp.vocab))
    else:
        docs = list(parser.nlp.pipe((g.text for g in gold), batch_size=16))
    if len(docs) != len(gold) or any(d.text != g.text for d, g in zip(docs, gold, strict=True)):
        sys.exit("the cached Docs do not match the gold texts")
    lines = list(HEADER)
    for scope in ("speech", "attribution"):
        xs, ys = samples(gold, docs, scope, parser.nlp)
        knots = fit(xs, ys)
        knot_x, knot_y = [k[0] for k in knots], [k[1] for k in knots]
        calibrated = [interpolate(x, knot_x, knot_y) for x in xs]
        print(f"{scope}: {len(xs)} statements, {sum(ys)} right")
        print(f"  raw        {bands(xs, ys)}")
        print(f"  calibrated {bands(calibrated, ys)}")
        print("  knots " + " ".join(f"{x:g}:{y:g}" for x, y in knots))
        lines += [f"{scope}\t{x:.3f}\t{y:.3f}" for x, y in knots]
    if args.write:
        TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
