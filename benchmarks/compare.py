"""quotekit beside textacy's ``direct_quotations`` on the same gold, in the same run.

    python benchmarks/compare.py [GOLD_DIR] [--model NAME] [--json FILE]

Both tools get the same spaCy Docs (parsed once, by quotekit's pipeline), and both are scored by
:func:`quotekit.evaluate.score`. textacy extracts direct quotations only, so its figures for
indirect contents are zero by construction; the fair comparison is the "quoted" row. textacy is
not a dependency of quotekit: ``pip install textacy`` to run this script (textacy raises on some
unbalanced quote marks; such documents count as having no textacy predictions, and the script
says how many there were).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _textacy_statements(doc, textacy_triples):  # type: ignore[no-untyped-def]
    from quotekit.types import Cue, Span, Statement

    out = []
    for triple in textacy_triples.direct_quotations(doc):
        content = triple.content
        start, end = content.start_char, content.end_char
        text = doc.text
        # textacy's content span includes the quote marks; quotekit's convention excludes them
        while start < end and text[start] in "\"“”'‘’«»":
            start += 1
        while end > start and text[end - 1] in "\"“”'‘’«»":
            end -= 1
        speaker = triple.speaker[0] if triple.speaker else None
        cue = triple.cue[0] if triple.cue else None
        out.append(Statement(
            content=text[start:end], start=start, end=end, kind="direct",
            cue=Cue(cue.text, cue.idx, cue.idx + len(cue.text), cue.lemma_) if cue else None,
            mention=Span(speaker.text, speaker.idx, speaker.idx + len(speaker.text))
            if speaker else None,
            evidence="textacy:direct_quotations",
        ))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared/data/polnear/dev"))
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", help="write both tools' figures to this file")
    args = ap.parse_args(argv)

    try:
        from textacy.extract import triples as textacy_triples
    except ImportError:
        sys.exit("textacy is not installed: pip install textacy")
    import quotekit
    from quotekit.evaluate import load_gold, score

    gold = load_gold(args.gold)
    parser = quotekit.load(args.model)
    t0 = time.perf_counter()
    docs = list(parser.nlp.pipe((g.text for g in gold), batch_size=16))
    parse_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    ours = [quotekit.annotate(d) for d in docs]
    ours_s = time.perf_counter() - t0

    theirs, failures = [], 0
    t0 = time.perf_counter()
    for d in docs:
        try:
            theirs.append(_textacy_statements(d, textacy_triples))
        except Exception:  # textacy raises on unbalanced quote marks
            failures += 1
            theirs.append([])
    theirs_s = time.perf_counter() - t0

    results = {"quotekit": score(gold, ours), "textacy": score(gold, theirs)}
    print(f"gold: {args.gold} -- {len(gold)} documents; spaCy parse {parse_s:.1f}s, "
          f"quotekit's stages {ours_s:.1f}s, textacy {theirs_s:.1f}s; textacy raised on "
          f"{failures} documents\n")
    rows = [("F1 quoted @0.3", "quoted", 0.3), ("F1 quoted @0.8", "quoted", 0.8),
            ("F1 all @0.3", "all", 0.3), ("F1 all @0.8", "all", 0.8),
            ("precision quoted @0.3", "quoted", 0.3), ("recall quoted @0.3", "quoted", 0.3)]
    print(f"{'figure':<26}{'quotekit':>10}{'textacy':>10}")
    for label, group, thr in rows:
        attr = "precision" if label.startswith("precision") else \
            "recall" if label.startswith("recall") else "f1"
        vals = [getattr(results[k], attr)(thr, group) for k in ("quotekit", "textacy")]
        print(f"{label:<26}{vals[0]:>10.3f}{vals[1]:>10.3f}")
    for label, key in (("speaker accuracy (quoted)", "speaker_accuracy"),
                       ("cue accuracy (quoted)", "cue_accuracy")):
        vals = [getattr(results[k], key)["quoted"].value for k in ("quotekit", "textacy")]
        print(f"{label:<26}" + "".join(f"{v:>10.3f}" if v is not None else f"{'-':>10}"
                                       for v in vals))
    if args.json:
        Path(args.json).write_text(json.dumps(
            {k: v.to_dict() for k, v in results.items()} | {"textacy_failures": failures},
            indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
