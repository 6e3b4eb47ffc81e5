"""Profile quotekit's own stages (:func:`quotekit.annotate`) on already parsed Docs.

Parses the texts once with spaCy, then runs :func:`quotekit.annotate` on the Docs under
pyinstrument (``pip install 'quotekit[bench]'``) and prints the call tree. ``--long K``
profiles one article repeated K times instead (for growth that is not linear).

Usage::

    python benchmarks/profile_stages.py --max-words 30000
    python benchmarks/profile_stages.py --long 16 --html profile.html
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import DEFAULT_POLNEAR, load_texts

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR)
    ap.add_argument("--model", default=None)
    ap.add_argument("--max-words", type=int, default=30_000)
    ap.add_argument("--long", type=int, default=0, help="profile the first text repeated K times")
    ap.add_argument("--repeat", type=int, default=3, help="annotate passes under the profiler")
    ap.add_argument("--html", type=Path, default=None, help="also write pyinstrument's HTML")
    args = ap.parse_args(argv)

    from pyinstrument import Profiler

    import quotekit
    from quotekit.model import skipped_components

    parser = quotekit.load(args.model)
    texts, source = load_texts(args.polnear, args.max_words)
    if args.long:
        texts = ["\n\n".join([texts[0]] * args.long)]
        source = f"first text x{args.long}"
    docs = list(parser.nlp.pipe(texts, disable=skipped_components(parser.nlp)))
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(args.repeat):
        for doc in docs:
            quotekit.annotate(doc)
    profiler.stop()
    print(f"# {source}: {sum(len(t.split()) for t in texts):,} words x {args.repeat}")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    if args.html:
        args.html.write_text(profiler.output_html(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
