"""An experimental learned ranker for the antecedent of "he" / "she" (not part of quotekit: on
PolNeAR dev it did worse than the rules; see docs/speakers.rst): the candidate people, their
features, and a linear score whose weights ``benchmarks/results/pronoun_ranker.tsv`` holds.

The candidates are the people (of a gender that does not contradict the pronoun's) named in
the pronoun's sentence and the :data:`WINDOW` sentences before it, the last speaker and the
rules' own choice. Each gets a feature table (:func:`features`): how far back it was last
named, whether as a subject, whether it has been speaking, how often the article names it,
whether the article's honorifics, given names and earlier pronouns agree with the pronoun.
The weights are learned by ``benchmarks/learn_pronoun_ranker.py`` (a logistic regression on
PolNeAR train); scoring is a dot product. ``benchmarks/with_pronoun_ranker.py`` runs any
measuring script with the ranker in front of the rules.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from quotekit.pipeline.speakers._model import Entity, Mention, State
from quotekit.pipeline.speakers._pronouns import pronoun_gender, rule_person
from quotekit.pipeline.speakers._table import Resolver

__all__ = ["WEIGHTS", "WINDOW", "candidates", "choose", "features", "score", "weights"]

#: How many sentences before the pronoun's own a named person is a candidate.
WINDOW = 4
_SUBJECT = ("nsubj", "nsubjpass")
#: The learned weights (written by ``learn_pronoun_ranker.py --write``).
WEIGHTS = Path(__file__).resolve().parent / "results" / "pronoun_ranker.tsv"


@lru_cache(maxsize=1)
def weights() -> Mapping[str, float]:
    """The feature weights of :data:`WEIGHTS` (feature -> weight)."""
    out = {}
    for line in WEIGHTS.read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if line.startswith("#") or len(row) < 2 or row[0] == "feature":
            continue
        out[row[0]] = float(row[1])
    return out


def candidates(r: Resolver, m: Mention, s: State, gender: str) -> list[Entity]:
    """The people a "he" / "she" of ``gender`` at ``m`` may stand for, nearest first: named
    in the window, the last speaker, the rules' choice; none of the other known gender."""
    at = _at(r, m)
    here = r.sent_index(at)
    lo = r.ctx.sent_starts[max(0, here - WINDOW)]
    found: list[Entity] = []
    for _a, _b, e in reversed(r.spans_between(lo, at)):
        if e not in found:
            found.append(e)
    rule = rule_person(r, m, s, gender).entity
    found += [e for e in (s.last, rule) if e is not None and e not in found]
    return [e for e in found if e.kind == "person" and e.resolved and
            e.gender in (None, gender, "?") and any(a < at for a, _b in e.mentions)]


def _at(r: Resolver, m: Mention) -> int:
    return r.doc[min(m.lo, m.source.i)].idx


def features(r: Resolver, m: Mention, s: State, gender: str,
             found: list[Entity]) -> list[dict[str, float]]:
    """The feature table of each candidate of ``found`` for a pronoun of ``gender`` at
    ``m`` (same order)."""
    at = _at(r, m)
    here, para = r.sent_index(at), r.ctx.paragraph_of(at)
    rule = rule_person(r, m, s, gender).entity
    spoke: dict[int, int] = {}
    for ans in s.answers:
        if ans.entity is not None:
            spoke[id(ans.entity)] = spoke.get(id(ans.entity), 0) + 1
    recent = {id(a.entity) for a in s.answers[-3:] if a.entity is not None}
    said = _pronoun_genders(r, s)
    rows = []
    for rank, e in enumerate(found):
        before = [(a, b) for a, b in e.mentions if a < at]
        a, b = max(before)
        dist = here - r.sent_index(a)
        f = {f"sent{min(dist, 3)}": 1.0, f"rank{min(rank, 2)}": 1.0,
             "tokdist": math.log1p(max(0, r.ctx.token_at(at) - r.ctx.token_at(b))) / 5,
             "same_para": float(r.ctx.paragraph_of(a) == para),
             "last_speaker": float(e is s.last), "recent_speaker": float(id(e) in recent),
             "spoke": math.log1p(spoke.get(id(e), 0)),
             "mentions": math.log1p(len(before)),
             "gender_agree": float(e.gender == gender),
             "pron_agree": float(gender in said.get(id(e), ())),
             "pron_disagree": float(bool(said.get(id(e), set()) - {gender})),
             "titled": float(bool(e.titles)), "full_name": float(len(e.parts) > 1),
             "introduced": float(here - r.sent_index(min(before)[0]) <= 1),
             "rule": float(e is rule)}
        f.update(_syntax(r, a, b, here, at, before))
        rows.append(f)
    return rows


def _syntax(r: Resolver, a: int, b: int, here: int, at: int,
            before: list[tuple[int, int]]) -> dict[str, float]:
    """Syntax of the nearest mention (subject, possessive, object, quoted) and whether the
    person is a subject outside quotations in this sentence or the one before."""
    out: dict[str, float] = {}
    tok = _root(r, a, b)
    if tok is not None:
        out["subject"] = float(_is_subject(r, tok.i))
        out["possessive"] = float(tok.dep_ == "poss")
        out["object"] = float(tok.dep_ in ("dobj", "pobj", "iobj"))
        out["quoted"] = float(r.ctx.quoted[tok.i])
    for x, y in before:
        sent = here - r.sent_index(x)
        if sent > 1:
            continue
        t = _root(r, x, y)
        if t is not None and _is_subject(r, t.i) and t.i < r.ctx.token_at(at):
            out["subject_here" if sent == 0 else "subject_prev"] = 1.0
    return out


def _root(r: Resolver, a: int, b: int):  # type: ignore[no-untyped-def]
    span = r.doc.char_span(a, b, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _is_subject(r: Resolver, i: int) -> bool:
    t = r.doc[i]
    return t.dep_ in _SUBJECT and not r.ctx.quoted[i] and t.head.pos_ in ("VERB", "AUX")


def _pronoun_genders(r: Resolver, s: State) -> dict[int, set[str]]:
    """The genders of the person pronouns resolved so far to each entity."""
    out: dict[int, set[str]] = {}
    for i, e in s.sources.items():
        g = pronoun_gender(r.doc[i].lower_)
        if g is not None:
            out.setdefault(id(e), set()).add(g)
    return out


def score(f: Mapping[str, float], w: Mapping[str, float] | None = None) -> float:
    """The candidate's score: the dot product of its features and the weights."""
    w = weights() if w is None else w
    return sum(w.get(k, 0.0) * v for k, v in f.items())


def choose(r: Resolver, m: Mention, s: State, gender: str) -> Entity | None:
    """The best-scoring candidate for a "he" / "she" of ``gender`` at ``m``, or None where
    there is no candidate."""
    found = candidates(r, m, s, gender)
    if not found:
        return None
    rows = features(r, m, s, gender, found)
    best = max(range(len(found)), key=lambda n: (score(rows[n]), -n))
    return found[best]
