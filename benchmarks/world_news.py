"""Score quotekit on the hand-written news articles of the test suite, all at once.

The integration tests hold about fifty articles from outside US politics (wire copy, courts,
sport, business, press releases, live blogs; ``tests/fixtures/world_news`` and
``tests/fixtures/genres``), each with hand-written speech-scope gold in a test module
(``tests/integration/test_world_news*.py``, ``test_genres.py``). The tests check each article
on its own; this script adds them up, so a change can be judged by its totals: precision,
recall and F1 of the statements (more than 30% of an expected statement's words covered, one
to one, as the tests score them) and the share of matched statements whose speaker is named
as the gold names it.

Statements on an optional passage count neither way. The figures describe text the rules
were tuned on; an article's first score, taken before any rule was written for it, is the
fairer estimate of unseen text (the closing notes of the issues record those).

Usage::

    python benchmarks/world_news.py            # totals and one line per module
    python benchmarks/world_news.py --articles # and one line per article
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any

import quotekit

TESTS = Path(__file__).resolve().parents[1] / "tests" / "integration"
MODULES = [*sorted(p.stem for p in TESTS.glob("test_world_news*.py")), "test_genres"]


def _gold_of(module: Any) -> tuple[dict[str, Any], Path]:
    """A test module's gold (plain :class:`test_world_news.Gold` values) and its folder."""
    base = importlib.import_module("test_world_news")
    gold = {name: g.plain() if hasattr(g, "plain") else g for name, g in module.GOLD.items()}
    return gold, getattr(module, "FIXTURES", base.FIXTURES)


def main(argv: list[str] | None = None) -> int:
    """Parse every article, score it against its gold and print the totals."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", action="store_true", help="print one line per article")
    ap.add_argument("--model", default=None, help="spaCy pipeline for quotekit.load")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(TESTS))
    base = importlib.import_module("test_world_news")
    parser = quotekit.load(args.model) if args.model else quotekit.load()
    totals = {"expected": 0, "found": 0, "spurious": 0, "wrong": 0, "forbidden": 0}
    print(f"{'module':<28} {'articles':>8} {'expected':>8} {'found':>6} {'spurious':>8} "
          f"{'wrong speaker':>13}")
    for name in MODULES:
        module = importlib.import_module(name)
        gold, folder = _gold_of(module)
        row = dict.fromkeys(totals, 0)
        for article_name, article_gold in sorted(gold.items()):
            text = (folder / article_name).read_text(encoding="utf-8")
            result = base.score(text, article_gold, parser.parse(text))
            counts = {"expected": result.expected, "found": len(result.found),
                      "spurious": len(result.spurious), "wrong": len(result.wrong_speaker),
                      "forbidden": len(result.forbidden)}
            for key, value in counts.items():
                row[key] += value
            if args.articles:
                print(f"  {article_name:<26} {'':>8} {counts['expected']:>8} "
                      f"{counts['found']:>6} {counts['spurious']:>8} {counts['wrong']:>13}")
                for words in result.missed:
                    print(f"      missed: {words}")
                for words in result.spurious:
                    print(f"      spurious: {words[:90]}")
                for words in result.wrong_speaker:
                    print(f"      speaker: {words[:90]}")
        print(f"{name:<28} {len(gold):>8} {row['expected']:>8} {row['found']:>6} "
              f"{row['spurious']:>8} {row['wrong']:>13}")
        for key, value in row.items():
            totals[key] += value
    found, expected = totals["found"], totals["expected"]
    predicted = found + totals["spurious"]
    p = found / predicted if predicted else 0.0
    r = found / expected if expected else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    named = found - totals["wrong"]
    print(f"\nstatements: expected {expected}, found {found}, spurious {totals['spurious']} "
          f"(forbidden {totals['forbidden']}); P {p:.3f} R {r:.3f} F1 {f1:.3f}; "
          f"speaker named as in the gold {named}/{found} = {named / found if found else 0:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
