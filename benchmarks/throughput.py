"""Throughput of quotekit next to spaCy's own ``nlp.pipe``, measured side by side in one run.

Figures (issue 7), each printed with its target:

* ``ratio``: quotekit ``Parser.pipe`` words/s over raw spaCy ``nlp.pipe`` words/s, same texts,
  same pipeline, one process (target >= 0.90).
* ``stages``: quotekit's own stages alone (:func:`quotekit.annotate` on already parsed Docs),
  words/s on one core (target >= 50,000).
* ``n_process``: words/s with ``n_process=2`` over ``n_process=1``, for spaCy and quotekit
  (target >= 1.7), beside this machine's own ceiling: two busy pure-Python processes over one.
* ``rss``: peak RSS after 10,000 streamed articles over peak RSS after 1,000 (target <= 1.10),
  measured in a fresh process on short articles (each text cut to its first ``--rss-words``
  words, cycling) so that 10,000 articles stay affordable.
* ``growth``: time on one long article at 16x its length over 1x (target <= 20, i.e. linear),
  for the whole parse and for quotekit's own stages.

How the throughput figures are taken: a core of a virtual machine changes speed by up to 1.8x
over tens of seconds (a pinned pure-Python loop shows it), so a ratio of two runs far apart in
time measures the machine, not the code. The texts are cut into ``--rounds`` slices. On each
slice, in one process, raw spaCy and quotekit take turns on ``--chunk`` texts at a time (so
both meet the same moments of the machine); then both run the whole slice with
``--n-process`` workers, back to back. Each slice gives its own paired ratios, and their median
is the figure judged; the ratio of the totals over all slices (wall clock and CPU time) is
printed beside it. Before each slice one short text is parsed untimed by both: the first
one-process run after a worker pool is slow, and that must not count against either.

Texts: PolNeAR train + dev from ``../shared/data/polnear`` (``--polnear DIR``), or the seed
articles repeated when that folder is absent. Raw spaCy runs the same loaded pipeline with
quotekit's own component (``quotekit_paragraphs``) disabled.

Usage::

    python benchmarks/throughput.py                              # every text (slow)
    python benchmarks/throughput.py --max-words 120000 --json throughput.json
    python benchmarks/throughput.py --quick                      # a smoke run in ~2 minutes
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

__all__ = ["load_texts", "machine_ceiling", "main", "measure_rss"]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POLNEAR = ROOT.parent / "shared" / "data" / "polnear"


def load_texts(polnear: Path, max_words: int | None = None) -> tuple[list[str], str]:
    """Return the benchmark texts and where they come from.

    PolNeAR train + dev texts in file-name order when ``polnear`` exists, else the seed
    articles repeated 50 times. ``max_words`` keeps the first texts up to that many words.
    """
    files = sorted((polnear / "train" / "text").glob("*.txt"))
    files += sorted((polnear / "dev" / "text").glob("*.txt"))
    if files:
        texts = [f.read_text(encoding="utf-8") for f in files]
        source = f"PolNeAR train+dev ({len(files)} texts)"
    else:
        seeds = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "seeds").glob("*.txt"))]
        texts = seeds * 50
        source = f"seeds x50 ({len(seeds)} seed texts; PolNeAR absent)"
    if max_words is not None:
        kept: list[str] = []
        total = 0
        for text in texts:
            if total >= max_words:
                break
            kept.append(text)
            total += len(text.split())
        source += f", first {len(kept)} texts"
        texts = kept
    return texts, source


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def _slices(texts: list[str], rounds: int) -> list[list[str]]:
    size = max(1, -(-len(texts) // rounds))
    return [texts[i:i + size] for i in range(0, len(texts), size)]


def _paired(slower: list[float], faster: list[float]) -> dict[str, float]:
    """Median, low and high of the slice-by-slice ratios ``slower[i] / faster[i]``."""
    ratios = sorted(a / b for a, b in zip(slower, faster, strict=True))
    return {"median": round(statistics.median(ratios), 3), "low": round(ratios[0], 3),
            "high": round(ratios[-1], 3), "slices": len(ratios)}


def _spin(n: int) -> int:
    """A CPU-bound pure-Python loop, the unit of work for :func:`machine_ceiling`."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_ceiling(n_process: int, rounds: int = 8, n: int = 3_000_000) -> dict[str, float]:
    """What ``n_process`` busy processes get over one on this machine, with no quotekit at all.

    One process runs ``n_process`` loops in a row, then a pool runs them side by side; the two
    alternate ``rounds`` times and the paired ratios are summarised as in :func:`_paired`. On a
    virtual machine whose CPUs share a physical core, or slow down when both are busy, this is
    well below ``n_process`` and bounds every parallel speed-up measured here.
    """
    import multiprocessing

    one: list[float] = []
    many: list[float] = []
    with multiprocessing.get_context().Pool(n_process) as pool:
        pool.map(_spin, [10] * n_process)
        for _ in range(rounds):
            one.append(_timed(lambda: [_spin(n) for _ in range(n_process)])[0])
            many.append(_timed(lambda: pool.map(_spin, [n] * n_process))[0])
    return _paired(one, many)


def _timed(run: Any) -> tuple[float, float]:
    """Run ``run()`` and return (wall seconds, CPU seconds of this process)."""
    w, c = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - w, time.process_time() - c


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure_rss(model: str | None, polnear: Path, articles: int, words: int,
                checkpoint: int = 1000) -> dict[str, Any]:
    """Stream ``articles`` short articles through ``Parser.pipe`` and record the RSS.

    Runs in the calling process, which should be a fresh one (the peak RSS is the process's).
    """
    import quotekit

    texts, _ = load_texts(polnear)
    short = [" ".join(t.split()[:words]) for t in texts]

    def cycled() -> Iterator[str]:
        for n in range(articles):
            yield short[n % len(short)]

    parser = quotekit.load(model)
    out: dict[str, Any] = {"articles": articles, "words_per_article": words, "points": []}
    start = time.perf_counter()
    statements = 0
    for n, article in enumerate(parser.pipe(cycled(), batch_size=64), 1):
        statements += len(article.statements)
        if n == checkpoint or n == articles or n % 2500 == 0:
            out["points"].append({"articles": n, "peak_rss_mb": round(_peak_rss_mb(), 1),
                                  "rss_mb": round(_rss_mb(), 1),
                                  "seconds": round(time.perf_counter() - start, 1)})
    out["statements"] = statements
    return out


def _growth(parser: Any, text: str, factor: int, repeats: int = 3) -> dict[str, Any]:
    """Time on one article ``factor`` times as long over time on the article itself.

    The 1x time is the mean of ``factor`` parses in a row, so both sides are timed over the
    same stretch of seconds (a single short timing on a virtual machine says more about the
    moment than about the code); the two alternate ``repeats`` times and the median ratio is
    kept, for the whole parse and for quotekit's own stages on the parsed Doc.
    """
    from quotekit import annotate

    long = "\n\n".join([text] * factor)
    parser.parse(text)  # warm-up
    doc, long_doc = parser._doc(text), parser._doc(long)

    def small() -> None:
        for _ in range(factor):
            parser.parse(text)

    def small_stages() -> None:
        for _ in range(factor):
            annotate(doc)

    parse: list[tuple[float, float]] = []
    stages: list[tuple[float, float]] = []
    for i in range(repeats):
        pairs = [(small, lambda: parser.parse(long), parse),
                 (small_stages, lambda: annotate(long_doc), stages)]
        for one, big, out in pairs:
            if i % 2 == 0:
                t1, tk = _timed(one)[0] / factor, _timed(big)[0]
            else:
                tk, t1 = _timed(big)[0], _timed(one)[0] / factor
            out.append((t1, tk))
    return {
        "base_words": len(text.split()), "factor": factor, "repeats": repeats,
        "1x": {"parse_s": round(statistics.median(t for t, _ in parse), 3),
               "stages_s": round(statistics.median(t for t, _ in stages), 4)},
        f"{factor}x": {"parse_s": round(statistics.median(t for _, t in parse), 3),
                       "stages_s": round(statistics.median(t for _, t in stages), 4)},
        "parse_ratio": round(statistics.median(k / o for o, k in parse), 2),
        "stages_ratio": round(statistics.median(k / o for o, k in stages), 2),
        "parse_ratios": [round(k / o, 2) for o, k in parse],
        "stages_ratios": [round(k / o, 2) for o, k in stages],
    }


def _measure_slices(runs: dict[str, Any], texts: list[str], args: argparse.Namespace,
                    console: Console) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) seconds of every run in ``runs`` on every slice of ``texts``."""
    n = args.n_process
    # (wall, CPU) seconds of every run on every slice: the paired figures compare runs made
    # next to each other in time (a core here changes speed over tens of seconds)
    per_slice: dict[str, list[tuple[float, float]]] = {k: [] for k in runs}
    done = 0
    for i, part in enumerate(_slices(texts, args.rounds)):
        done += _words(part)
        # untimed: the first one-process run after a worker pool is slow (the main process's
        # pages were shared with the forked workers), and that must not count against
        # whichever of spaCy and quotekit happens to come first
        shortest = [min(part, key=len)]
        runs["raw1"](shortest)
        runs["qk1"](shortest)
        # one process: spaCy and quotekit take turns on a few texts at a time, so both meet
        # the same moments of a core that changes speed
        slice_time = {"raw1": (0.0, 0.0), "qk1": (0.0, 0.0)}
        for j in range(0, len(part), args.chunk):
            sub = part[j:j + args.chunk]
            for key in ("raw1", "qk1") if (i + j // args.chunk) % 2 == 0 else ("qk1", "raw1"):
                wall, cpu = _timed(lambda key=key, sub=sub: runs[key](sub))
                slice_time[key] = (slice_time[key][0] + wall, slice_time[key][1] + cpu)
        # n processes: one call each on the whole slice, right after, in alternating order
        for key in (["raw2", "qk2"] if i % 2 == 0 else ["qk2", "raw2"]) if n > 1 else []:
            slice_time[key] = _timed(lambda key=key, part=part: runs[key](part))
        for key, times in slice_time.items():
            per_slice[key].append(times)
        console.print(f"  round {i + 1}: " + ", ".join(
            f"{k} {done / sum(w for w, _c in t):,.0f} w/s" for k, t in per_slice.items() if t))
    return per_slice


def _own_stages(nlp: Any, args: argparse.Namespace) -> dict[str, Any]:
    """quotekit's own stages on Docs already parsed by the same pipeline (best CPU time)."""
    from quotekit import annotate
    from quotekit.model import skipped_components

    stage_texts, _ = load_texts(args.polnear, args.stage_words)
    docs = list(nlp.pipe(stage_texts, batch_size=args.batch_size,
                         disable=skipped_components(nlp)))
    stage_words = _words(stage_texts)
    best = min(_timed(lambda: [annotate(d) for d in docs])[1] for _ in range(args.repeat))
    return {"words": stage_words, "cpu_seconds": round(best, 3),
            "words_per_s": round(stage_words / best, 1)}


def _streamed_rss(args: argparse.Namespace, console: Console) -> dict[str, Any]:
    """Peak RSS while streaming ``--rss-articles`` articles, measured in a fresh process."""
    console.print(f"  streaming {args.rss_articles:,} articles in a fresh process ...")
    cmd = [sys.executable, __file__, "--rss-child", "--rss-articles",
           str(args.rss_articles), "--rss-words", str(args.rss_words),
           "--polnear", str(args.polnear)]
    if args.model:
        cmd += ["--model", args.model]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    rss: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    points = {p["articles"]: p for p in rss["points"]}
    first = points.get(1000) or rss["points"][0]
    last = rss["points"][-1]
    rss["ratio"] = round(last["peak_rss_mb"] / first["peak_rss_mb"], 3)
    return rss


def run(args: argparse.Namespace, console: Console) -> dict[str, Any]:
    """Run every measurement and return the results (also the JSON written by ``--json``)."""
    import quotekit
    from quotekit.model import skipped_components

    texts, source = load_texts(args.polnear, args.max_words)
    words = _words(texts)
    parser = quotekit.load(args.model)
    nlp = parser.nlp
    raw_disable = [*skipped_components(nlp),
                   *(n for n in nlp.pipe_names if n.startswith("quotekit"))]
    res: dict[str, Any] = {
        "texts": source, "n_texts": len(texts), "words": words,
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "components_run": [n for n in nlp.pipe_names if n not in skipped_components(nlp)],
        "raw_components_run": [n for n in nlp.pipe_names if n not in raw_disable],
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, python "
                   f"{platform.python_version()}",
        "load_average_start": list(os.getloadavg()),
    }
    console.print(f"[bold]{source}[/]: {words:,} words; pipeline {res['components_run']}")
    # warm-up
    list(nlp.pipe(texts[:4], disable=raw_disable))
    list(parser.pipe(texts[:4]))

    bs = args.batch_size

    def pbs(part: list[str]) -> int:
        """Batch size for the worker processes: at least four batches per worker in a slice,
        so that the workers share the slice evenly (one batch of 32 and one of 3 would not)."""
        return max(1, min(bs, len(part) // (4 * args.n_process)))

    n = args.n_process
    # each measured run, given the texts: spaCy or quotekit, in one process or in n
    runs: dict[str, Any] = {
        "raw1": lambda p: sum(1 for _ in nlp.pipe(p, batch_size=bs, disable=raw_disable)),
        "qk1": lambda p: sum(1 for _ in parser.pipe(p, batch_size=bs)),
        "raw2": lambda p: sum(1 for _ in nlp.pipe(p, batch_size=pbs(p), disable=raw_disable,
                                                  n_process=n)),
        "qk2": lambda p: sum(1 for _ in parser.pipe(p, batch_size=pbs(p), n_process=n)),
    }
    per_slice = _measure_slices(runs, texts, args, console)
    totals = {k: (sum(w for w, _c in t), sum(c for _w, c in t)) for k, t in per_slice.items()}
    walls = {k: [w for w, _c in t] for k, t in per_slice.items()}
    for key, (wall, cpu) in totals.items():
        if wall:
            res[key] = {"seconds": round(wall, 2), "cpu_seconds": round(cpu, 2),
                        "words_per_s": round(words / wall, 1),
                        "slice_seconds": [round(t, 3) for t in walls[key]]}
    res["ratio_wall"] = round(totals["raw1"][0] / totals["qk1"][0], 3)
    res["ratio_cpu"] = round(totals["raw1"][1] / totals["qk1"][1], 3)
    res["ratio_paired"] = _paired(walls["raw1"], walls["qk1"])
    if n > 1:
        res["n_process"] = n
        res["speedup_raw"] = round(totals["raw1"][0] / totals["raw2"][0], 3)
        res["speedup_quotekit"] = round(totals["qk1"][0] / totals["qk2"][0], 3)
        res["speedup_raw_paired"] = _paired(walls["raw1"], walls["raw2"])
        res["speedup_quotekit_paired"] = _paired(walls["qk1"], walls["qk2"])
        res["machine_ceiling"] = machine_ceiling(n)

    res["stages"] = _own_stages(nlp, args)
    res["growth"] = _growth(parser, texts[0], 16, args.growth_repeats)
    res["load_average_end"] = list(os.getloadavg())

    if args.rss_articles:
        res["rss"] = _streamed_rss(args, console)
    return res


def _report(res: dict[str, Any], console: Console) -> None:
    table = Table(title=f"quotekit throughput: {res['texts']}, {res['words']:,} words, "
                        f"{res['model']}")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    table.add_column("met")

    def row(name: str, value: float, target: str, ok: bool, fmt: str = "{:,.2f}") -> None:
        table.add_row(name, fmt.format(value), target, "[green]yes[/]" if ok else "[red]no[/]")

    for key, label in (("raw1", "raw spaCy nlp.pipe, n_process=1"),
                       ("qk1", "quotekit Parser.pipe, n_process=1"),
                       ("raw2", f"raw spaCy nlp.pipe, n_process={res.get('n_process')}"),
                       ("qk2", f"quotekit Parser.pipe, n_process={res.get('n_process')}")):
        if key in res:
            table.add_row(f"{label} (words/s)", f"{res[key]['words_per_s']:,.0f}", "", "")
    def spread(p: dict[str, float]) -> str:
        return f" ({p['low']:.2f}-{p['high']:.2f} over {p['slices']})"

    pr = res["ratio_paired"]
    row("quotekit / spaCy, median of paired slices" + spread(pr), pr["median"], ">= 0.90",
        pr["median"] >= 0.9)
    table.add_row("quotekit / spaCy, all slices (wall clock / CPU time)",
                  f"{res['ratio_wall']:.2f} / {res['ratio_cpu']:.2f}", "", "")
    st = res["stages"]["words_per_s"]
    row("quotekit's own stages alone (words/s, 1 core)", st, ">= 50,000", st >= 50000,
        "{:,.0f}")
    if "speedup_quotekit" in res:
        n = res["n_process"]
        sr, sq = res["speedup_raw_paired"], res["speedup_quotekit_paired"]
        table.add_row(f"spaCy n_process={n} / 1, median of paired slices" + spread(sr),
                      f"{sr['median']:.2f}", "(reference)", "")
        mc = res["machine_ceiling"]
        table.add_row(f"this machine: {n} busy pure-Python processes / 1" + spread(mc),
                      f"{mc['median']:.2f}", "(ceiling)", "")
        row(f"quotekit n_process={n} / 1, median of paired slices" + spread(sq),
            sq["median"], ">= 1.7", sq["median"] >= 1.7)
        table.add_row(f"n_process={n} / 1, all slices (spaCy / quotekit)",
                      f"{res['speedup_raw']:.2f} / {res['speedup_quotekit']:.2f}", "", "")
    if "rss" in res:
        rss = res["rss"]
        for p in rss["points"]:
            table.add_row(f"peak RSS after {p['articles']:,} articles (MB)",
                          f"{p['peak_rss_mb']:,.1f}", "", "")
        row(f"peak RSS {rss['points'][-1]['articles']:,} / 1,000 articles", rss["ratio"],
            "<= 1.10", rss["ratio"] <= 1.10, "{:.3f}")
    g = res["growth"]
    row(f"parse time, one article 16x / 1x ({g['base_words']} words), median of "
        f"{g['repeats']}", g["parse_ratio"], "<= 20", g["parse_ratio"] <= 20)
    row(f"quotekit's own stages, 16x / 1x, median of {g['repeats']}", g["stages_ratio"],
        "<= 20", g["stages_ratio"] <= 20)
    console.print(table)
    console.print(f"load average: start {res['load_average_start']}, "
                  f"end {res['load_average_end']} ({res['machine']})")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR)
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: quotekit's)")
    ap.add_argument("--max-words", type=int, default=None,
                    help="keep the first texts up to this many words (default: all)")
    ap.add_argument("--stage-words", type=int, default=150_000,
                    help="words parsed once for the stages-alone figure")
    ap.add_argument("--rounds", type=int, default=4,
                    help="slices of the texts; spaCy and quotekit alternate on each")
    ap.add_argument("--repeat", type=int, default=3, help="repeats of the stages-alone run")
    ap.add_argument("--chunk", type=int, default=2,
                    help="texts per turn when spaCy and quotekit alternate in one process")
    ap.add_argument("--growth-repeats", type=int, default=5,
                    help="alternating 1x/16x timings for the growth figure (median kept)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--rss-articles", type=int, default=10_000,
                    help="articles streamed for the RSS figure (0 to skip)")
    ap.add_argument("--rss-words", type=int, default=40,
                    help="words kept of each text in the RSS run")
    ap.add_argument("--quick", action="store_true",
                    help="smoke run: 20,000 words, 1,200 short articles")
    ap.add_argument("--json", type=Path, default=None, help="write the results here")
    ap.add_argument("--rss-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.rss_child:
        print(json.dumps(measure_rss(args.model, args.polnear, args.rss_articles,
                                     args.rss_words)))
        return 0
    if args.quick:
        args.max_words = args.max_words or 20_000
        args.stage_words = min(args.stage_words, 20_000)
        args.rss_articles = min(args.rss_articles, 1_200)
        args.rounds = 2
    console = Console()
    res = run(args, console)
    _report(res, console)
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
        console.print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
