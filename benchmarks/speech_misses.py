"""What the speech scope misses on PolNeAR, by what the missed gold content is.

    python benchmarks/speech_misses.py [GOLD_DIR] [--docs CACHE_DIR]

Scores quotekit as ``quotekit eval GOLD_DIR`` does (speech scope, the speech view of the gold,
overlap 0.3) and sorts every required gold unit no prediction matched into one of five kinds:

* another piece of an attribution whose other piece is matched (PolNeAR splits a quotation
  sentence by sentence, or around a fronted phrase; the matcher gives a statement one piece);
* quoted words with no clause (a scare quote, a title, a name: no statement by design);
* an unquoted noun phrase (the object of praise or criticism, a topic, "a request for
  comment": mostly no statement by design);
* a quoted clause, and an unquoted clause: what a rule could still find.

The last two kinds bound what rules can add: with every one of them found and nothing else,
recall would be (matches + clauses) / required.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

__all__ = ["main"]

KINDS = (
    "another piece of a matched attribution",
    "quoted words, no clause",
    "unquoted noun phrase",
    "quoted clause",
    "unquoted clause",
)


def _kind(unit, doc, matched_attributions: set[int]) -> str:  # type: ignore[no-untyped-def]
    span = doc.char_span(unit.start, unit.end, alignment_mode="expand")
    clause = span is not None and any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in span)
    if id(unit.attribution) in matched_attributions and len(unit.attribution.content) > 1:
        return KINDS[0]
    if not clause:
        return KINDS[1] if unit.kind == "quoted" else KINDS[2]
    return KINDS[3] if unit.kind == "quoted" else KINDS[4]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared/data/polnear/dev"))
    ap.add_argument("--docs", type=Path, help="directory for a cache of spaCy's parses")
    args = ap.parse_args(argv)

    from _docbin import cached_docs

    import quotekit
    from quotekit.evaluate.gold import gold_units
    from quotekit.evaluate.matching import match_units
    from quotekit.evaluate.readers import load_gold
    from quotekit.evaluate.scope import optional_attributions

    gold = load_gold(args.gold)
    parser = quotekit.load()
    texts = [g.text for g in gold]
    if args.docs is not None:
        key = hashlib.sha1("\0".join(texts).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        name = parser.nlp.meta.get("name", "nlp")
        docs = cached_docs(parser.nlp, texts, args.docs / f"{name}-{key}.spacy")
    else:
        docs = list(parser.nlp.pipe(texts))
    optional = optional_attributions(gold, "speech", parser.nlp)
    kinds: Counter[str] = Counter()
    required = matched = 0
    for g, doc, skip in zip(gold, docs, optional, strict=True):
        article = quotekit.annotate(doc)
        units = gold_units(g)
        found = match_units(units, [(s.start, s.end) for s in article.statements], 0.3)
        hit = {id(units[ui].attribution) for ui in found}
        for ui, unit in enumerate(units):
            if id(unit.attribution) in skip:
                continue
            required += 1
            if ui in found:
                matched += 1
            else:
                kinds[_kind(unit, doc, hit)] += 1
    missed = required - matched
    print(f"{args.gold}: {required} required gold units, {matched} matched "
          f"(R {matched / required:.3f}), {missed} missed")
    for kind in KINDS:
        print(f"  {kinds[kind]:6d}  {kind}")
    clauses = kinds[KINDS[3]] + kinds[KINDS[4]]
    print(f"recall with every missed clause found: {(matched + clauses) / required:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
