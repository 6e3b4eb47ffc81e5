"""Learn (and measure) the experimental pronoun ranker of ``benchmarks/pronoun_ranker.py``.

Usage::

    python benchmarks/learn_pronoun_ranker.py [--docs /work/cache] [--write] [--C 1.0]

Training data, without hand labels beyond the named gold:

* *self-supervised*: every PolNeAR train statement whose gold source is a name that quotekit
  resolves to a person named before it. The name is asked as if it were "he" / "she" (of the
  person's known gender): which of the earlier people (``pronoun_ranker.candidates``) is it? The
  answer is the person the name resolves to.
* the named gold's pronoun records of person kind (``tests/fixtures/polnear_named_train.json``),
  the answer being the candidate with the record's name.

Model: a pairwise logistic regression (the right candidate's features minus another's),
scikit-learn (a development tool, never a dependency of quotekit); ``--write`` stores the
weights in ``benchmarks/results/pronoun_ranker.tsv``. The script prints, on train and on dev
(``polnear_named_dev.json`` is used for evaluation only), how often the rules
(:func:`_pronouns.rule_person`) and the ranker pick the right person: on the self-supervised
examples, on the named gold's pronoun records, and how often the two agree on the other
he / she sources of the gold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
POLNEAR = REPO_ROOT.parent / "shared" / "data" / "polnear"
FIXTURES = REPO_ROOT / "tests" / "fixtures"
for path in (REPO_ROOT, REPO_ROOT / "benchmarks"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

__all__ = ["collect", "main"]

#: Speaker strategies that resolve a name (the self-supervised examples' answers).
NAME_STRATEGIES = frozenset({"name", "name-part"})


def _norm(name: str) -> str:
    name = name.lower().replace("’", "'").replace(".", "")
    return " ".join(name.split())


def _cached(split: str, docs_dir: Path, scope: str):  # type: ignore[no-untyped-def]
    """The gold documents of ``split`` and their cached parses (``polnear_eval.py --docs``)."""
    from _docbin import cached_docs

    import quotekit
    from quotekit.evaluate import load_gold

    gold = load_gold(POLNEAR / split)
    parser = quotekit.load(scope=scope)
    texts = [g.text for g in gold]
    key = hashlib.sha1("\0".join(texts).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    cache = docs_dir / f"{parser.nlp.meta.get('name', 'nlp')}-{key}.spacy"
    if not cache.exists():
        raise SystemExit(f"no cached parses at {cache}: run polnear_eval.py --docs first")
    return gold, cached_docs(parser.nlp, texts, cache)


class _Collector:
    """Stands in for the speaker stage's ``resolve_draft``: asks each draft whose mention
    overlaps a gold source (a he / she, or a name the stage resolves to a known person) for
    its candidates, then lets the stage resolve it as usual."""

    def __init__(self, records: list[Any]) -> None:
        from quotekit.pipeline.speakers._strategies import resolve_draft

        self.resolve_draft = resolve_draft
        self.records = records
        self.out: list[dict[str, Any]] = []
        self.doc = ""
        self.mine: list[Any] = []
        self.sources: set[tuple[int, int]] = set()

    def start(self, g: Any) -> None:
        """Begin the gold document ``g``."""
        self.doc = g.doc_id
        self.mine = [x for x in self.records if x.doc_id == g.doc_id]
        self.sources = {p for att in g.attributions for p in (att.source or ())}

    def __call__(self, r, d, s):  # type: ignore[no-untyped-def]
        from quotekit.pipeline.speakers._pronouns import pronoun_gender
        from quotekit.pipeline.speakers._strategies import mention_of

        m = mention_of(r, d)
        if m is None or d.follows is not None or d.mention is None:
            return self.resolve_draft(r, d, s)
        a, b = r.ctx.token_range_chars(*d.mention)
        rec = next((x for x in self.mine if x.source and x.source[0] < b and
                    a < x.source[1] and x.content[0] < d.end and d.start < x.content[1]),
                   None)
        in_gold = any(x < b and a < y for x, y in self.sources)
        g = pronoun_gender(m.low)
        if g is not None and (in_gold or rec is not None):
            self._pronoun(r, m, s, g, rec)
            return self.resolve_draft(r, d, s)
        found = self.resolve_draft(r, d, s)
        e = found.entity
        if not m.pronoun and in_gold and found.strategy in NAME_STRATEGIES and \
                e is not None and e.kind == "person" and e.resolved and e.gender in ("m", "f"):
            cands, rule, _e = self._example(r, m, s, e.gender)
            label = next((n for n, c in enumerate(cands) if c["entity"] is e), None)
            if label is not None and len(cands) >= 2:
                self.out.append({"kind": "self", "doc": self.doc, "cands": cands,
                                 "label": label, "rule": rule})
        return found

    def _pronoun(self, r, m, s, g, rec) -> None:  # type: ignore[no-untyped-def]
        cands, rule, rule_e = self._example(r, m, s, g)
        ex = {"kind": "named" if rec is not None else "pronoun", "doc": self.doc,
              "cands": cands, "label": None, "rule": rule, "at": m.start,
              "strategy": self._strategy(r, m, s, g)}
        if rec is not None:
            accepted = {_norm(rec.name), *(_norm(x) for x in rec.also)}
            ex["label"] = next((n for n, c in enumerate(cands)
                                if _norm(c["name"]) in accepted), None)
            ex["gold"] = rec.name
            ex["rule_right"] = rule_e is not None and rule_e.resolved and \
                _norm(rule_e.name) in accepted
        self.out.append(ex)

    @staticmethod
    def _strategy(r, m, s, gender) -> str:  # type: ignore[no-untyped-def]
        from quotekit.pipeline.speakers._pronouns import rule_person

        saved = dict(s.unresolved)
        found = rule_person(r, m, s, gender).strategy
        s.unresolved = saved
        return found

    @staticmethod
    def _example(r, m, s, gender):  # type: ignore[no-untyped-def]
        import pronoun_ranker

        from quotekit.pipeline.speakers._pronouns import rule_person

        saved = dict(s.unresolved)  # asking leaves no unresolved entity behind
        found = pronoun_ranker.candidates(r, m, s, gender)
        feats = pronoun_ranker.features(r, m, s, gender, found) if found else []
        rule = rule_person(r, m, s, gender).entity
        s.unresolved = saved
        cands = [{"name": e.name, "entity": e, "f": f} for e, f in
                 zip(found, feats, strict=True)]
        return cands, next((n for n, e in enumerate(found) if e is rule), None), rule


def collect(split: str, docs_dir: Path, scope: str = "attribution") -> list[dict[str, Any]]:
    """Every example of ``split``: ``kind`` ("self", "named" or "pronoun"), the candidates'
    names and features, the index of the right one (None: not among them / unknown) and of
    the rules' choice."""
    import quotekit
    import quotekit.pipeline.speakers as stage
    from quotekit.evaluate import load_named

    records = [x for x in load_named(FIXTURES / f"polnear_named_{split}.json")
               if x.cls == "pronoun" and x.kind == "person"]
    hook = _Collector(records)
    original = stage.resolve_draft
    stage.resolve_draft = hook  # type: ignore[assignment]
    try:
        for g, doc in zip(*_cached(split, docs_dir, scope), strict=True):
            hook.start(g)
            quotekit.annotate(doc, scope=scope)
    finally:
        stage.resolve_draft = original  # type: ignore[assignment]
    for ex in hook.out:
        for c in ex["cands"]:
            c.pop("entity", None)
    return hook.out


def _pairs(examples: Sequence[dict[str, Any]], names: list[str], weight: float = 1.0):
    """Pairwise rows: right minus other (1) and other minus right (0)."""
    xs, ys, ws = [], [], []
    for ex in examples:
        if ex["label"] is None or len(ex["cands"]) < 2:
            continue
        right = ex["cands"][ex["label"]]["f"]
        share = weight / (len(ex["cands"]) - 1)
        for n, c in enumerate(ex["cands"]):
            if n == ex["label"]:
                continue
            diff = [right.get(k, 0.0) - c["f"].get(k, 0.0) for k in names]
            xs += [diff, [-v for v in diff]]
            ys += [1, 0]
            ws += [share, share]
    return xs, ys, ws


#: With ``--hybrid``, the rules' strategies whose answer the ranker may overrule (the others
#: stand).
WEAK = frozenset({"pronoun:last-speaker", "pronoun:recent-person", "pronoun:unresolved"})
HYBRID = {"on": False}


def pick(ex: dict[str, Any], w: dict[str, float]) -> int | None:
    """The ranker's choice (index), or None without candidates (with ``--hybrid``, the
    rules' own where their strategy is not among :data:`WEAK`)."""
    from pronoun_ranker import score

    if not ex["cands"]:
        return None
    if HYBRID["on"] and ex.get("strategy", "") not in WEAK and ex["kind"] != "self":
        return ex["rule"]
    return max(range(len(ex["cands"])), key=lambda n: (score(ex["cands"][n]["f"], w), -n))


def report(split: str, examples: list[dict[str, Any]], w: dict[str, float]) -> None:
    """Print rules vs ranker on ``examples``."""
    selfs = [x for x in examples if x["kind"] == "self"]
    rule_ok = sum(x["rule"] == x["label"] for x in selfs)
    rank_ok = sum(pick(x, w) == x["label"] for x in selfs)
    print(f"{split} self-supervised (a name asked as he/she; {len(selfs)} examples, "
          f"mean {sum(len(x['cands']) for x in selfs) / max(1, len(selfs)):.1f} candidates): "
          f"rules {rule_ok} ({rule_ok / max(1, len(selfs)):.3f}), "
          f"ranker {rank_ok} ({rank_ok / max(1, len(selfs)):.3f})")
    named = [x for x in examples if x["kind"] == "named"]
    rule_ok = sum(bool(x["rule_right"]) for x in named)
    rank_ok = sum((pick(x, w) == x["label"]) if x["cands"] else bool(x["rule_right"])
                  for x in named)
    reach = sum(x["label"] is not None for x in named)
    print(f"{split} named gold he/she records ({len(named)} whose draft was found; right "
          f"person among candidates {reach}): rules {rule_ok}, ranker {rank_ok}")
    for x in named:
        p = pick(x, w)
        ranked = x["cands"][p]["name"] if p is not None else "-"
        rule = x["cands"][x["rule"]]["name"] if x["rule"] is not None else "(none)"
        if ranked != rule or not x["rule_right"]:
            print(f"   {x['doc'][:40]:40} gold {x['gold']!r}: rules {rule!r} "
                  f"{'ok' if x['rule_right'] else 'WRONG'}, ranker {ranked!r}")
    other = [x for x in examples if x["kind"] == "pronoun" and x["cands"]]
    agree = sum(pick(x, w) == x["rule"] for x in other)
    print(f"{split} other gold he/she sources: {len(other)}, ranker agrees with the rules on "
          f"{agree}")


def show_disagreements(examples: list[dict[str, Any]], w: dict[str, float]) -> None:
    """Print the dev he/she sources (no named record) where ranker and rules differ, with
    the text before the pronoun, for a person to judge."""
    from quotekit.evaluate import load_gold

    texts = {g.doc_id: g.text for g in load_gold(POLNEAR / "dev")}
    n = 0
    for x in examples:
        p = pick(x, w)
        if x["kind"] != "pronoun" or not x["cands"] or p == x["rule"]:
            continue
        n += 1
        text = texts[x["doc"]]
        rule = x["cands"][x["rule"]]["name"] if x["rule"] is not None else "(other)"
        print(f"--- {n} {x['doc']} @{x['at']}: rules {rule!r} | ranker "
              f"{x['cands'][p]['name']!r}")
        at = x["at"]
        print("   ", " ".join(f"{text[max(0, at - 500):at]}⟦{text[at:at + 120]}".split()))


def train(examples: list[dict[str, Any]], c: float, named_weight: float) -> dict[str, float]:
    """Fit the pairwise logistic regression; the weights by feature."""
    from sklearn.linear_model import LogisticRegression

    names = sorted({k for ex in examples for c_ in ex["cands"] for k in c_["f"]})
    xs, ys, ws = _pairs([x for x in examples if x["kind"] == "self"], names)
    x2, y2, w2 = _pairs([x for x in examples if x["kind"] == "named"], names, named_weight)
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    model.fit(xs + x2, ys + y2, sample_weight=ws + w2)
    return {k: float(v) for k, v in zip(names, model.coef_[0], strict=True)}


def write(w: dict[str, float], summary: str) -> None:
    """Store the weights in ``benchmarks/results/pronoun_ranker.tsv``."""
    from pronoun_ranker import WEIGHTS

    lines = [
        "# Pronoun ranker weights: a linear score over the features of each candidate",
        "# antecedent of \"he\" / \"she\" (benchmarks/pronoun_ranker.py; an experiment,",
        "# not used by quotekit: it did worse than the rules on PolNeAR dev).",
        "# Columns (tab-separated): feature, weight, note.",
        "# Written by benchmarks/learn_pronoun_ranker.py --write from PolNeAR train; after",
        "# changing a feature, the candidates or the speaker rules, run it again and recheck",
        "# the dev figures it prints (rules vs ranker).",
        f"# {summary}",
        "feature\tweight\tnote",
    ]
    lines += [f"{k}\t{v:.4f}\t" for k, v in sorted(w.items())]
    WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Collect, train, report; return the exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=Path("/work/cache"))
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--named-weight", type=float, default=3.0)
    ap.add_argument("--drop", default="", help="features to leave out, comma-separated")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--hybrid", action="store_true",
                    help="let the ranker overrule only the rules' weaker strategies")
    ap.add_argument("--disagreements", action="store_true",
                    help="print each dev he/she source where ranker and rules differ, in context")
    ap.add_argument("--examples", type=Path, default=None,
                    help="keep the collected examples in this JSON file (read it if it exists)")
    args = ap.parse_args(argv)
    if args.examples is not None and args.examples.exists():
        tr, dv = json.loads(args.examples.read_text(encoding="utf-8"))
    else:
        tr, dv = collect("train", args.docs), collect("dev", args.docs)
        if args.examples is not None:
            args.examples.write_text(json.dumps([tr, dv]), encoding="utf-8")
    drop = {x for x in args.drop.split(",") if x}
    for ex in tr + dv:
        for c in ex["cands"]:
            c["f"] = {k: v for k, v in c["f"].items() if k not in drop}
    print("examples:", dict(Counter(x["kind"] for x in tr)), "train;",
          dict(Counter(x["kind"] for x in dv)), "dev")
    w = train(tr, args.C, args.named_weight)
    HYBRID["on"] = args.hybrid
    for k, v in sorted(w.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:16} {v:+.3f}")
    report("train", tr, w)
    report("dev", dv, w)
    if args.disagreements:
        show_disagreements(dv, w)
    if args.write:
        write(w, f"C={args.C}, named weight {args.named_weight}, dropped: {args.drop or '-'}")
        print("wrote benchmarks/results/pronoun_ranker.tsv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
