"""How quotekit's running time grows with input size on pathological inputs.

For each shape of hostile input the script parses it at 1x, 4x and 16x its base size and
prints the time of spaCy's parse, of quotekit's own stages (:func:`quotekit.annotate`) and
in total, with the ratio to the 1x time. Linear growth shows as ratios near 4 and 16;
quadratic growth as ratios near 16 and 256 (small sizes are dominated by fixed costs, so
ratios under 4/16 are normal).

Shapes (the 16x size is the one named in issue 8, except where noted):

* ``marks-straight``: 10,000 straight ``"`` in a row.
* ``marks-mixed``: 10,000 quote marks of every kind in a row, with apostrophes.
* ``unclosed``: a 100,000-character quotation that never closes.
* ``long-token``: one 100,000-character token with quote marks inside (no spaces).
* ``lines``: 50,000 one-line paragraphs, each with a short attributed quote.
* ``quotes-paragraph``: ``'"a" ' * n`` in one paragraph, 16x = 20,000 one-word quotations
  (issue 15 item 16: 28 s when each looked back over all the earlier ones).
* ``article``: the seed articles repeated (16x = 1.25 MB by default, past spaCy's
  ``max_length`` of 1,000,000 so it is parsed in pieces; ``--full`` makes 16x = 5 MB).

Usage::

    python benchmarks/scaling.py                       # every shape
    python benchmarks/scaling.py --shapes lines unclosed
    python benchmarks/scaling.py --shapes quotes-paragraph
    python benchmarks/scaling.py --scale 0.25          # quicker: every size divided by 4
    python benchmarks/scaling.py --full                # the 5 MB article (slow)
    python benchmarks/scaling.py --memory 2 5          # peak memory of a 2 MB and a 5 MB
                                                       # article, each in its own process

``--memory`` parses the ``article`` shape at each size (in MB) with ``Parser.parse`` in a
fresh process and prints its peak resident memory (issue 15 item 15: a 1.1 MB article took
3.7 GB before long texts were parsed in pieces), the time and the statements.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import quotekit
from quotekit.pipeline.quotes import QUOTE_MARKS

__all__ = ["SHAPES", "main", "make", "measure"]

_SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_MIXED = "".join(sorted(QUOTE_MARKS)) + "'’"


def _marks_straight(n: int) -> str:
    return '"' * n


def _marks_mixed(n: int) -> str:
    return (_MIXED * (n // len(_MIXED) + 1))[:n]


def _unclosed(n: int) -> str:
    head = "The minister said “"
    body = "we will not stop, whatever they say about it, "
    return head + (body * (n // len(body) + 1))[: n - len(head)]


def _long_token(n: int) -> str:
    unit = "ab“c”d'e\"f«g»h"
    return (unit * (n // len(unit) + 1))[:n]


def _lines(n: int) -> str:
    return "".join(
        f"“Line {i} is here,” Lee said.\n" if i % 2 else f"Kim said the plan {i} works.\n"
        for i in range(n)
    )


def _quotes_paragraph(n: int) -> str:
    return '"a" ' * n


def _article(n: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(_SEEDS.glob("*.txt"))]
    unit = "\n\n".join(texts) + "\n\n"
    return (unit * (n // len(unit) + 1))[:n]


#: name -> (maker from a size, base size (1x), unit of the size)
SHAPES: dict[str, tuple[Callable[[int], str], int, str]] = {
    "marks-straight": (_marks_straight, 625, "marks"),
    "marks-mixed": (_marks_mixed, 625, "marks"),
    "unclosed": (_unclosed, 6_250, "chars"),
    "long-token": (_long_token, 6_250, "chars"),
    "lines": (_lines, 3_125, "lines"),
    "quotes-paragraph": (_quotes_paragraph, 1_250, "quotes"),
    "article": (_article, 78_125, "chars"),
}


def make(shape: str, size: int) -> str:
    """Return the input text of ``shape`` at ``size`` (marks, characters or lines)."""
    return SHAPES[shape][0](size)


def measure(parser: quotekit.Parser, text: str) -> tuple[float, float, int]:
    """Parse ``text``; return (spaCy seconds, quotekit seconds, number of statements)."""
    t0 = time.perf_counter()
    doc = parser._doc(text)
    t1 = time.perf_counter()
    article = quotekit.annotate(doc)
    t2 = time.perf_counter()
    assert doc.text == text
    for s in article.statements:
        assert text[s.start:s.end] == s.content
    return t1 - t0, t2 - t1, len(article.statements)


def _peak_child(megabytes: float, model: str | None) -> None:
    """In a child process: parse the article of ``megabytes`` MB, print its figures as JSON."""
    parser = quotekit.load(model)
    parser.parse("Warm-up: “Hello,” he said.")
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text = make("article", int(megabytes * 1_000_000))
    started = time.perf_counter()
    article = parser.parse(text)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"chars": len(text), "loaded_mb": loaded, "peak_mb": peak,
                      "seconds": seconds, "statements": len(article.statements)}))


def memory(sizes: list[float], model: str | None) -> None:
    """Print the peak memory of parsing the article shape at each size (MB), one process
    each."""
    print(f"{'MB':>6}{'chars':>11}{'model MB':>10}{'peak MB':>9}{'seconds':>9}"
          f"{'s per MB':>9}{'stmts':>8}")
    for mb in sizes:
        cmd = [sys.executable, __file__, "--peak-child", str(mb)]
        if model:
            cmd += ["--model", model]
        out = json.loads(subprocess.run(cmd, check=True, capture_output=True,
                                        text=True).stdout.splitlines()[-1])
        print(f"{mb:>6}{out['chars']:>11,}{out['loaded_mb']:>10.0f}{out['peak_mb']:>9.0f}"
              f"{out['seconds']:>9.1f}{out['seconds'] / mb:>9.1f}{out['statements']:>8}",
              flush=True)


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print one table row per shape and size."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--memory", nargs="+", type=float, default=None, metavar="MB",
                    help="peak memory of the article shape at these sizes (MB)")
    ap.add_argument("--peak-child", type=float, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--shapes", nargs="*", default=list(SHAPES), choices=list(SHAPES))
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    ap.add_argument("--full", action="store_true", help="article: 16x = 5 MB")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: best installed)")
    args = ap.parse_args(argv)
    if args.peak_child is not None:
        _peak_child(args.peak_child, args.model)
        return
    if args.memory:
        memory(args.memory, args.model)
        return

    parser = quotekit.load(args.model)
    parser.parse("Warm-up: “Hello,” he said.")
    print(f"{'shape':<15}{'x':>4}{'size':>10} {'unit':<6}{'chars':>10}{'spacy s':>9}"
          f"{'quotekit s':>11}{'total s':>9}{'ratio':>7}{'qk ratio':>9}{'stmts':>7}")
    for name in args.shapes:
        maker, base, unit = SHAPES[name]
        if name == "article" and args.full:
            base = 5_000_000 // 16
        base = max(1, int(base * args.scale))
        first: tuple[float, float] | None = None
        for factor in (1, 4, 16):
            text = maker(base * factor)
            spacy_s, qk_s, n = measure(parser, text)
            total = spacy_s + qk_s
            if first is None:
                first = (total, qk_s)
            ratio = total / first[0] if first[0] else float("nan")
            qk_ratio = qk_s / first[1] if first[1] else float("nan")
            print(f"{name:<15}{factor:>3}x{base * factor:>10} {unit:<6}{len(text):>10}"
                  f"{spacy_s:>9.2f}{qk_s:>11.3f}{total:>9.2f}{ratio:>7.1f}{qk_ratio:>9.1f}"
                  f"{n:>7}", flush=True)


if __name__ == "__main__":
    main()
