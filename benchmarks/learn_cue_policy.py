"""Learn which reporting verbs, with which kind of complement, introduce attributed content.

Runs quotekit with every cue candidate kept (no policy) over an annotated corpus (PolNeAR
train by default), matches each indirect candidate to the gold contents (overlap > 0.3,
one-to-one), and writes the precision of each (cue lemma, complement kind) pair seen at least
``--min-count`` times to ``quotekit/data/cue_policy.tsv``, which the parser reads.

    python benchmarks/learn_cue_policy.py [GOLD_DIR] [--min-count 3] [--cache DOCBIN]

Two precisions are written for each pair: ``precision``, against every gold attribution (the
``attribution`` scope, PolNeAR's own), and ``speech``, in the speech view of the gold
(:mod:`quotekit.evaluate.scope`: a candidate matched to an attribution whose gold cue reports no
speech or writing is neither right nor wrong, and is not counted). The ``speech`` scope reads the
second column.

Only the training split is used to learn; the dev split stays for measuring.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from quotekit.types import Evidence

ROOT = Path(__file__).resolve().parents[1]
_INDIRECT_RULE = re.compile(r"indirect:[\w-]+")
_CUE = re.compile(r"(?P<lemma>[^+]+)\+(?P<ctype>[\w-]+)")


def cue_key(evidence: Evidence) -> tuple[str, str] | None:
    """``(lemma, complement kind)`` of an indirect rule's cue ("say+ccomp"), or None."""
    if evidence.cue is None or not _INDIRECT_RULE.fullmatch(evidence.rule):
        return None
    m = _CUE.fullmatch(evidence.cue)
    return None if m is None else (m["lemma"], m["ctype"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared/data/polnear/train"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--cache", help="a spaCy DocBin of the gold texts, in sorted file order")
    ap.add_argument("--model", default=None)
    ap.add_argument("--output", default=str(ROOT / "quotekit/data/cue_policy.tsv"))
    args = ap.parse_args(argv)

    import spacy
    from spacy.tokens import DocBin

    import quotekit
    from quotekit.evaluate import gold_units, load_gold, match_units
    from quotekit.evaluate.scope import optional_attributions

    gold = load_gold(args.gold)
    if args.cache:
        vocab = spacy.blank("en").vocab
        docs = list(DocBin().from_disk(args.cache).get_docs(vocab))
    else:
        parser = quotekit.load(args.model)
        docs = list(parser.nlp.pipe((g.text for g in gold), batch_size=16))
    if len(docs) != len(gold) or any(d.text != g.text for d, g in zip(docs, gold, strict=True)):
        sys.exit("the cached Docs do not match the gold texts")
    optional = optional_attributions(gold, "speech", quotekit.load(args.model).nlp)

    seen: Counter[tuple[str, str]] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    speech_seen: Counter[tuple[str, str]] = Counter()
    speech_hits: Counter[tuple[str, str]] = Counter()
    for doc, g, opt in zip(docs, gold, optional, strict=True):
        article = quotekit.annotate(doc, cue_policy=None, scope="attribution")
        preds = list(article.statements)
        units = gold_units(g)
        matching = match_units(units, [(s.start, s.end) for s in preds], 0.3)
        unit_of = {p: u for u, p in matching.items()}
        for n, s in enumerate(preds):
            key = cue_key(s.evidence)
            if key is None:
                continue
            seen[key] += 1
            hits[key] += n in unit_of
            if n in unit_of and id(units[unit_of[n]].attribution) in opt:
                continue  # the speech view: neither right nor wrong
            speech_seen[key] += 1
            speech_hits[key] += n in unit_of

    rows = sorted((k for k, n in seen.items() if n >= args.min_count))
    lines = [
        "# quotekit cue policy, learned by benchmarks/learn_cue_policy.py on the PolNeAR",
        "# training split (rerun it after changing reporting_verbs.tsv, phrasal_verbs.tsv,",
        "# noun_cues.tsv or the cue rules; never edit this file by hand): for each",
        "# reporting verb lemma and complement kind, how many indirect candidates the parser",
        "# found and what share of them matched an annotated content (overlap > 0.3):",
        "# precision against every annotated attribution (the attribution scope), speech in",
        "# the speech view of the gold (quotekit.evaluate.scope; the speech scope reads it).",
        "lemma\tcomplement\tcount\tprecision\tspeech",
    ]

    def ratio(num: int, den: int) -> str:
        return f"{num / den:.3f}" if den else "-"

    lines += [f"{lemma}\t{ctype}\t{seen[(lemma, ctype)]}\t"
              f"{ratio(hits[(lemma, ctype)], seen[(lemma, ctype)])}\t"
              f"{ratio(speech_hits[(lemma, ctype)], speech_seen[(lemma, ctype)])}"
              for lemma, ctype in rows]
    Path(args.output).write_text("\n".join(lines) + "\n", encoding="utf-8")
    total, good = sum(seen.values()), sum(hits.values())
    print(f"{len(gold)} documents, {total} indirect candidates, {good} matched "
          f"({good / max(total, 1):.3f}); {len(rows)} pairs written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
