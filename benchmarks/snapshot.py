"""Write (or compare against) a snapshot of quotekit's output on a fixed set of texts.

A refactor that must change no output is checked with this script: take a snapshot before
moving a line, then compare after each step; the comparison must print no difference.

The texts are the seed articles, every PolNeAR dev article and the first 300 PolNeAR train
articles in sorted order (skipped, with a note, where ``../shared/data/polnear`` is absent).
Each line of the snapshot is one article's ``Article.to_dict()`` as canonical JSON (sorted
keys), prefixed by its file name, so the comparison is byte for byte.

Usage::

    python benchmarks/snapshot.py write /tmp/snapshot-before.jsonl
    python benchmarks/snapshot.py compare /tmp/snapshot-before.jsonl   # exit 1 on a difference

``--docs DIR`` keeps spaCy's parses in ``DIR`` (a ``DocBin``, made on first use) and runs only
quotekit's own stages on them (``quotekit.annotate``): seconds instead of a minute, for the
checks between steps. The final check is a run without it (the whole ``Parser.pipe`` path).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import quotekit

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
TRAIN_ARTICLES = 300


def texts() -> Iterator[tuple[str, str]]:
    """(name, text) of every snapshot text, in a fixed order."""
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seeds/{path.name}", path.read_text(encoding="utf-8")
    if not POLNEAR.is_dir():
        print(f"note: {POLNEAR} is absent; the snapshot holds the seeds only", file=sys.stderr)
        return
    for path in sorted((POLNEAR / "dev" / "text").glob("*.txt")):
        yield f"dev/{path.name}", path.read_text(encoding="utf-8")
    for path in sorted((POLNEAR / "train" / "text").glob("*.txt"))[:TRAIN_ARTICLES]:
        yield f"train/{path.name}", path.read_text(encoding="utf-8")


def articles(model: str | None, docs: Path | None) -> Iterator[tuple[str, quotekit.Article]]:
    """(name, Article) of every snapshot text."""
    parser = quotekit.load(model)
    items = list(texts())
    if docs is None:
        yield from zip((n for n, _ in items), parser.pipe(t for _, t in items), strict=True)
        return
    from _docbin import cached_docs

    cache = docs / "snapshot.spacy"
    parsed = cached_docs(parser.nlp, [t for _, t in items], cache)
    for (name, text), doc in zip(items, parsed, strict=True):
        if doc.text != text:
            raise SystemExit(f"{cache} is stale ({name} differs): delete it")
        yield name, quotekit.annotate(doc)


def lines(model: str | None, docs: Path | None = None) -> Iterator[str]:
    """One canonical JSON line per snapshot text."""
    for name, article in articles(model, docs):
        yield name + "\t" + json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=("write", "compare"))
    ap.add_argument("snapshot", type=Path, help="the snapshot file (JSON Lines)")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: quotekit.load())")
    ap.add_argument("--docs", type=Path, default=None,
                    help="keep spaCy's parses here and run only quotekit's stages on them")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    current = list(lines(args.model, args.docs))
    if args.action == "write":
        args.snapshot.write_text("\n".join(current) + "\n", encoding="utf-8")
        print(f"wrote {len(current)} articles to {args.snapshot} "
              f"in {time.perf_counter() - started:.0f} s")
        return 0
    before = args.snapshot.read_text(encoding="utf-8").splitlines()
    changed = [b.split("\t", 1)[0] for b, c in zip(before, current, strict=False) if b != c]
    if len(before) != len(current):
        print(f"article count differs: {len(before)} in the snapshot, {len(current)} now")
    for name in changed[:20]:
        print(f"differs: {name}")
    if changed or len(before) != len(current):
        print(f"{len(changed)} of {len(before)} articles differ")
        return 1
    print(f"identical: {len(current)} articles ({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
