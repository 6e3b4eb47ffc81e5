"""Evaluate quotekit on PolNeAR (or any gold :func:`quotekit.evaluate.load_gold` reads).

Usage::

    python benchmarks/polnear_eval.py [GOLD_DIR] [--model NAME] [--errors FILE.jsonl]
                                      [--limit N] [--batch-size N] [--json FILE]

GOLD_DIR defaults to ``../shared/data/polnear/dev`` relative to the repository root. Prints
the score table, an error summary and the speed (articles per second); with ``--errors``
writes every error as JSON lines. The named accuracy is reported on ``--named FILE`` (default:
``tests/fixtures/polnear_named_<name of GOLD_DIR>.json`` where it exists, so ``dev`` and
``train`` are scored on their named gold; ``--named none`` turns it off).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO_ROOT.parent / "shared" / "data" / "polnear" / "dev"
FIXTURES = REPO_ROOT / "tests" / "fixtures"

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

__all__ = ["DEFAULT_GOLD", "main", "parse_args"]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD), help="gold folder or file")
    parser.add_argument("--model", default=None, help="spaCy model name for quotekit.load")
    parser.add_argument("--errors", default=None, help="write errors to this JSONL file")
    parser.add_argument("--limit", type=int, default=None, help="score the first N documents")
    parser.add_argument("--batch-size", type=int, default=16, help="batch size for pipe")
    parser.add_argument("--json", default=None, help="write the figures to this JSON file")
    parser.add_argument("--scope", default="speech", choices=("speech", "attribution"),
                        help="what counts as a statement (and the view of the gold)")
    parser.add_argument("--docs", default=None, type=Path,
                        help="keep spaCy's parses in this folder (made on first use) and run "
                             "only quotekit's own stages: a rule change is measured in seconds")
    parser.add_argument("--named", action="append", default=None, metavar="FILE",
                        help="named gold to score (repeatable; default: the fixture of the "
                             "gold folder's split; 'none' for no named figure)")
    return parser.parse_args(argv)


def named_paths(gold: Path, given: list[str] | None) -> list[Path]:
    """The named gold files to score: those given, else the split's fixture if it exists."""
    if given:
        return [Path(p) for p in given if p != "none"]
    default = FIXTURES / f"polnear_named_{gold.name}.json"
    return [default] if default.exists() else []


class _Timed:
    """Wrap a parser so that only the prediction time is measured."""

    def __init__(self, parser: object, batch_size: int) -> None:
        self.parser = parser
        self.batch_size = batch_size
        self.seconds = 0.0

    def pipe(self, texts: list[str]):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        if hasattr(self.parser, "pipe"):
            try:
                results = list(self.parser.pipe(texts, batch_size=self.batch_size))
            except TypeError:
                results = list(self.parser.pipe(texts))
        else:
            results = [self.parser.parse(t) for t in texts]  # type: ignore[attr-defined]
        self.seconds += time.perf_counter() - start
        return iter(results)


class _Cached:
    """Parse with spaCy once, keep the Docs in ``folder`` (a ``DocBin`` per set of texts), and
    run only quotekit's stages on them afterwards."""

    def __init__(self, parser: object, folder: Path) -> None:
        self.parser = parser
        self.folder = folder

    def pipe(self, texts: list[str], batch_size: int = 16):  # type: ignore[no-untyped-def]
        import hashlib

        from _docbin import cached_docs

        import quotekit

        nlp = self.parser.nlp  # type: ignore[attr-defined]
        key = hashlib.sha1("\0".join(texts).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        cache = self.folder / f"{nlp.meta.get('name', 'nlp')}-{key}.spacy"
        for text, doc in zip(texts, cached_docs(nlp, texts, cache, batch_size), strict=True):
            if doc.text != text:
                yield self.parser.parse(text)  # type: ignore[attr-defined]
            else:
                yield quotekit.annotate(doc, scope=self.parser.scope)  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation; return the process exit code."""
    args = parse_args(argv)
    import quotekit
    from quotekit.evaluate import corpus_stats, evaluate, load_gold, load_named

    gold_path = Path(args.gold)
    if not gold_path.exists():
        print(f"no gold at {gold_path}", file=sys.stderr)
        return 2
    docs = load_gold(gold_path)
    if args.limit is not None:
        docs = docs[: args.limit]
    stats = corpus_stats(docs)
    print(
        f"gold: {gold_path} -- {stats['documents']} documents, {stats['attributions']} "
        f"attributions, {stats['scored_units']} scored units "
        f"({stats['share_quoted']:.0%} of attributions quoted)"
    )

    load_start = time.perf_counter()
    parser = quotekit.load(args.model, scope=args.scope)  # type: ignore[attr-defined]
    load_seconds = time.perf_counter() - load_start
    timed = _Timed(_Cached(parser, args.docs) if args.docs else parser, args.batch_size)
    timed.nlp = parser.nlp  # type: ignore[attr-defined]
    named_files = named_paths(gold_path, args.named)
    named = load_named(named_files) if named_files else None
    result = evaluate(docs, timed, scope=args.scope, named=named)

    print()
    print(result.format_table())
    print()
    print(result.error_summary())
    rate = len(docs) / timed.seconds if timed.seconds else float("inf")
    print(
        f"timing: model load {load_seconds:.1f}s; {len(docs)} articles in "
        f"{timed.seconds:.1f}s ({rate:.2f} articles/s)"
    )
    if args.errors:
        Path(args.errors).write_text(result.errors_jsonl(), encoding="utf-8")
        print(f"wrote {len(result.errors)} errors to {args.errors}")
    if args.json:
        data = result.to_dict()
        data["timing"] = {"load_seconds": load_seconds, "parse_seconds": timed.seconds}
        Path(args.json).write_text(json.dumps(data, indent=2), encoding="utf-8")
        print(f"wrote figures to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
