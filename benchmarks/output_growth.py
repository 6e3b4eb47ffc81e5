"""How the size of quotekit's output grows with the statements of one speaker.

One speaker's statements each named the speaker with all of the speaker's mentions (issue 15
item 13: 50 / 200 / 800 statements gave 133 KB / 1.9 MB / 29.9 MB of JSON Lines). The script
parses a text of N attributed quotations by one person ("“Line 7 is here,” Lee Hart said.",
one a line, after an introduction), at 100 and 800 by default, and prints the bytes of
``Article.to_dict()`` as JSON and of each writer's output, with the ratio of the largest size
to the smallest: linear growth shows as a ratio near 8 (800 / 100), quadratic near 64.

Usage::

    python benchmarks/output_growth.py                  # 100 and 800 statements
    python benchmarks/output_growth.py --sizes 50 200 800
"""

from __future__ import annotations

import argparse
import io
import json
import sys

import quotekit
from quotekit.io import Document, make_writer

__all__ = ["FORMATS", "main", "make", "sizes"]

#: The writer formats measured beside ``Article.to_dict()``.
FORMATS = ("jsonl", "csv", "html", "markdown")


def make(n: int) -> str:
    """A text of ``n`` attributed quotations by one person."""
    lines = ["Lee Hart, the mayor of Riverton, spoke on Monday."]
    lines += [f"“Line {i} is here,” Lee Hart said." for i in range(n)]
    return "\n".join(lines) + "\n"


def sizes(article: quotekit.Article) -> dict[str, int]:
    """Bytes of ``article`` as ``Article.to_dict()`` JSON and in each of :data:`FORMATS`."""
    out = {"to_dict": len(json.dumps(article.to_dict(), ensure_ascii=False).encode())}
    document = Document(name="growth.txt", text=article.text)
    for fmt in FORMATS:
        stream = io.StringIO()
        writer = make_writer(fmt, stream)
        writer.write(document, article)
        writer.close()
        out[fmt] = len(stream.getvalue().encode())
    return out


def main(argv: list[str] | None = None) -> int:
    """Print one row per size and the growth ratio; exit 1 when JSON grows 10.5x or more."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[100, 800])
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: quotekit.load())")
    args = ap.parse_args(argv)
    parser = quotekit.load(args.model)
    columns = ("to_dict", *FORMATS)
    print(f"{'statements':>10}{'speakers':>9}" + "".join(f"{c:>12}" for c in columns))
    rows = []
    for n in args.sizes:
        article = parser.parse(make(n))
        row = sizes(article)
        rows.append(row)
        print(f"{len(article.statements):>10}{len(article.speakers):>9}"
              + "".join(f"{row[c]:>12,}" for c in columns))
    first, last = rows[0], rows[-1]
    ratios = {c: last[c] / first[c] for c in columns}
    print(f"{'ratio':>19}" + "".join(f"{ratios[c]:>12.1f}" for c in columns))
    limit = 10.5 * (args.sizes[-1] / args.sizes[0]) / 8
    bad = [c for c in ("to_dict", "jsonl") if ratios[c] >= limit]
    if bad:
        print(f"grows faster than linear: {', '.join(bad)} (ratio >= {limit:.1f})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
