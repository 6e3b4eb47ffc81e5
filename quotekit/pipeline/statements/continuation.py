"""Quotations attributed through another statement, and the walk over every quotation.

Each quotation that no cue-driven or label rule used is first offered to the quote rules of
its own sentence (``attribute``, :data:`~quotekit.pipeline.statements.registry.QUOTE_RULES`);
without an answer, it may continue an attributed quotation:

* ``direct:continued-paragraph``: the next piece of a multi-paragraph quotation;
* ``direct:same-paragraph``: another quotation of the paragraph, reading as speech or opening
  a sentence;
* ``direct:colon-intro``: the paragraph before ends "Caddell continued:";
* ``direct:next-paragraph``: a paragraph opening with a quotation after a direct one;
* ``direct:colon-subject``: "Kaine has adopted the stance ...: “...”" (the subject of the
  clause before a colon, without a reporting verb; also a paragraph ending with such a colon);
* ``direct:after-statement``: a quotation opening a sentence right after a statement with a
  source in its paragraph ("..., Schiff said. “The other factor ...”");

and otherwise, where it reads as speech, it is kept as ``direct:unattributed``, as
``direct:previous-speaker`` when it opens the paragraph after an attributed statement, as
``direct:paragraph-subject`` when its paragraph holds quotations only and the paragraph before
(with no attributed statement) has a name or a he/she subject, or as
``direct:before-attributed`` when a later quotation of its paragraph is attributed.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Callable

import attrs
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline import confidence
from quotekit.pipeline.context import Context
from quotekit.pipeline.cues import CueMatch
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.quotes import Quotation
from quotekit.pipeline.statements._common import (
    QUOTE_CHARS,
    WORD_RE,
    RuleState,
    cue_chars,
    mention_range,
    opens_paragraph,
    reads_as_speech,
    speaker_near,
    starts_sentence,
    verb_entry,
)
from quotekit.pipeline.statements._withheld import group
from quotekit.types import Evidence

__all__ = ["colon_intro", "intro_cues", "walk"]

Attribute = Callable[[RuleState, int], "Draft | None"]


def _draft(q: Quotation, rule: str, follows: Draft | None = None) -> Draft:
    return Draft(start=q.content_start, end=q.content_end, kind="direct",
                 evidence=Evidence(rule=rule), confidence=confidence.rule(rule),
                 follows=follows, paragraph=q.paragraph)


def _relabel(d: Draft, rule: str, follows: Draft) -> None:
    d.follows, d.evidence, d.confidence = follows, Evidence(rule=rule), confidence.rule(rule)


def colon_intro(state: RuleState, q: Quotation) -> Draft | None:
    """A paragraph ending "Caddell continued:" introduces the quotation opening the next (a
    verb of saying or writing before others: "As Pollak reported after the FBI appears to
    ...:" is Pollak's); without a reporting verb, the subject of the words before the colon
    speaks ("Sanders made the following comment:")."""
    ctx = state.ctx
    para = q.paragraph
    if para <= 0:
        return None
    pa, pb = ctx.paragraphs[para - 1]
    if not ctx.text[pa:pb].rstrip().endswith(":"):
        return None
    last = ctx.token_at(pb - 1)
    first = ctx.token_at(pa)
    for cue in intro_cues(state, first, last):
        src = speaker_near(ctx.doc[cue.head], first, last + 1)
        if src is not None:
            return _intro(state, q, "direct:colon-intro", src, para - 1, cue)
    colon = last
    while colon > first and ctx.doc[colon].text != ":":
        colon -= 1
    src = colon_subject(state, colon)
    return None if src is None else _intro(state, q, "direct:colon-subject", src, para - 1)


def _intro(state: RuleState, q: Quotation, rule: str, src: Token, para: int,
           cue: CueMatch | None = None) -> Draft:
    return Draft(start=q.content_start, end=q.content_end, kind="direct",
                 evidence=Evidence(rule=rule), confidence=confidence.rule(rule),
                 cue=None if cue is None else cue_chars(state.ctx, cue), source=src,
                 mention=mention_range(src), paragraph=para)


def intro_cues(state: RuleState, first: int, last: int) -> list[CueMatch]:
    """The reporting verbs of tokens ``first..last``, the last first, those of saying or
    writing before the others ("As Pollak reported after the FBI appears to have ...:" is
    Pollak's report, not the FBI's appearance)."""
    found = [c for i in range(last, first - 1, -1)
             if (c := state.cues_by_head.get(i)) is not None and c.kind == "verb"]
    speech = lexicon.SCOPES["speech"]
    return sorted(found, key=lambda c: lexicon.cue_class(c.lemma) not in speech)


def colon_subject(state: RuleState, colon: int) -> Token | None:
    """Who speaks the quotation after the colon at token ``colon``: the subject of the clause
    the words before it belong to ("Trump leaned in and boomed:", "A footnote in the report
    makes that clear:", "Sanders made the following comment:"), a name, a noun or a personal
    pronoun outside quotations; None where that clause has none, or a subject such as "it"."""
    ctx = state.ctx
    doc = ctx.doc
    if colon <= 0 or doc[colon].text != ":" or ctx.quoted[colon - 1]:
        return None
    tok = doc[colon - 1]
    sent = tok.sent.start
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and tok.head.i < colon:
        tok = tok.head
    for _ in range(6):
        if tok.pos_ not in ("VERB", "AUX") or ctx.quoted[tok.i] or tok.sent.start != sent:
            return None
        src = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:
            src = next((p for p in agent.children if p.dep_ == "pobj"), src)
        if src is not None:
            return src if _speaker_like(ctx, src) else None
        if tok.dep_ not in ("conj", "xcomp", "advcl", "dep") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _speaker_like(ctx: Context, src: Token) -> bool:
    """A subject that may be a speaker: a name, a noun or a personal pronoun, unquoted."""
    if ctx.quoted[src.i]:
        return False
    if src.pos_ == "PRON":
        return lexicon.word_map("pronouns.tsv").get(src.lower_) in ("m", "f", "plural")
    return src.pos_ in ("PROPN", "NOUN")


@attrs.define(slots=True, eq=False)
class _Walk:
    """The quotations attributed so far, while the walk goes through them in text order.

    Each lookup is of constant time, so that a paragraph of 20,000 quotations is walked in
    linear time: the walk keeps, per paragraph, the last quotation with a draft (among those
    walked) and the last attributed draft, instead of scanning back for them.
    """

    state: RuleState
    by_quote: dict[int, Draft] = attrs.Factory(dict)
    out: list[Draft] = attrs.Factory(list)
    #: unattributed quotations waiting for a later attribution in their paragraph
    pending: list[tuple[int, Draft]] = attrs.Factory(list)
    #: per paragraph, the last quotation walked so far that has a draft
    last_quote: dict[int, int] = attrs.Factory(dict)
    #: per paragraph, the last draft with a source or a followed draft, as
    #: ((start, -order), draft): the latest start, the earliest kept on a tie
    last_attr: dict[int, tuple[tuple[int, int], Draft]] = attrs.Factory(dict)
    #: the order in which each draft (by id) was first noted, to break ties
    order: dict[int, int] = attrs.Factory(dict)
    #: per paragraph, the ends and drafts of its statements with a source, by end
    attributed: dict[int, list[tuple[int, int, Draft]]] = attrs.Factory(dict)
    #: per quotation, the index of the first quotation of its paragraph
    first: list[int] = attrs.Factory(list)

    @classmethod
    def start(cls, state: RuleState) -> _Walk:
        """The walk's start: the quotations earlier rules used, and their drafts by paragraph
        (for the previous speaker without a scan of every draft)."""
        w = cls(state)
        for done in state.drafts:
            for qi in state.ctx.quotes_in(done.start - 2, done.end + 2):
                if qi in state.used:
                    w.by_quote.setdefault(qi, done)
        for done in state.drafts:
            w.note(done)
        quotations = state.ctx.quotations
        for qi, q in enumerate(quotations):
            same = qi > 0 and quotations[qi - 1].paragraph == q.paragraph
            w.first.append(w.first[qi - 1] if same else qi)
        return w

    def note(self, d: Draft) -> None:
        """Count ``d`` (new, or just given someone to follow) among its paragraph's drafts."""
        order = self.order.setdefault(id(d), len(self.order))
        if d.source is None and d.follows is None:
            return
        if d.source is not None:
            insort(self.attributed.setdefault(d.paragraph, []), (d.end, order, d))
        key = (d.start, -order)
        best = self.last_attr.get(d.paragraph)
        if best is None or key > best[0]:
            self.last_attr[d.paragraph] = (key, d)

    def last_attributed(self, paragraph: int) -> Draft | None:
        """The last statement with a source among the drafts of ``paragraph``."""
        best = self.last_attr.get(paragraph)
        return None if best is None else best[1]

    def attributed_before(self, paragraph: int, at: int) -> Draft | None:
        """The statement with a source of ``paragraph`` that ends last before ``at``."""
        found = self.attributed.get(paragraph)
        if not found:
            return None
        n = bisect_right(found, (at, len(self.order) + 1))
        return found[n - 1][2] if n else None

    def keep(self, qi: int, d: Draft) -> None:
        self.out.append(d)
        self.note(d)
        self.by_quote[qi] = d

    def passed(self, qi: int) -> None:
        """Quotation ``qi`` is walked (its draft, if any, is final)."""
        if qi in self.by_quote:
            self.last_quote[self.state.ctx.quotations[qi].paragraph] = qi

    def previous(self, qi: int) -> tuple[Draft | None, Quotation | None]:
        """The attributed quotation this one may continue: the last one before it, skipping
        titles and scare quotes of the same paragraph (“...,” he said on “This Week.” “...”);
        else the last quotation of an earlier paragraph."""
        quotations = self.state.ctx.quotations
        back = self.last_quote.get(quotations[qi].paragraph, -1)
        if back < 0:
            back = self.first[qi] - 1
        return self.by_quote.get(back), quotations[back] if back >= 0 else None


def _continuation(w: _Walk, qi: int) -> Draft | None:
    """The draft of a quotation continuing an attributed one, or introduced by a colon."""
    ctx = w.state.ctx
    q = ctx.quotations[qi]
    prev, prev_q = w.previous(qi)
    if q.continues and prev is not None:
        return _draft(q, "direct:continued-paragraph", prev)
    own = _after_colon(w.state, q)
    if own is not None:
        return own
    if prev is not None and prev_q is not None and prev_q.paragraph == q.paragraph:
        actor = _actor_before(w.state, q, prev_q.end)
        if actor is not None:
            return _intro(w.state, q, "direct:sentence-subject", actor, q.paragraph)
        if reads_as_speech(ctx, q) or starts_sentence(ctx, q):
            return _draft(q, "direct:same-paragraph", prev)
        return None
    said = w.attributed_before(q.paragraph, q.start)
    if said is not None and starts_sentence(ctx, q) and reads_as_speech(ctx, q) and \
            ctx.sentence_of(said.end - 1) >= ctx.sentence_of(q.content_start) - 1:
        # "..., Schiff said. “The other factor ...”": the speaker just reported
        return _draft(q, "direct:after-statement", said)
    if prev_q is None or prev_q.paragraph < q.paragraph:
        # 'Asked what went wrong, he shrugged. “Ask me tomorrow.”'; also after a statement
        # of the paragraph that ends before that sentence ('I ask whether ... She laughs.')
        after = ctx.para_bounds(q.paragraph)[0] if said is None else said.end
        actor = _actor_before(w.state, q, after, gesture=True)
        if actor is not None:
            return _intro(w.state, q, "direct:sentence-subject", actor, q.paragraph)
    intro = colon_intro(w.state, q)
    if intro is not None and (prev_q is None or prev_q.paragraph < q.paragraph - 1
                              or prev is None):
        return intro
    if prev is not None and prev_q is not None and prev_q.paragraph == q.paragraph - 1 \
            and prev.kind == "direct" and reads_as_speech(ctx, q) and opens_paragraph(ctx, q):
        return _draft(q, "direct:next-paragraph", prev)
    return None


def _actor_before(state: RuleState, q: Quotation, after: int,
                  gesture: bool = False) -> Token | None:
    """'Lopez shook her head. “No. We're professionals.”': the person who is the subject of
    the sentence right before a quotation that opens its own sentence and reads as speech,
    where that sentence lies after ``after`` (the previous quotation's end), holds no
    quotation and its main verb reports nothing (with ``gesture``, where no quotation of the
    paragraph comes before, may be a gesture: "he shrugged."); a name or a "he" / "she"."""
    ctx = state.ctx
    if not starts_sentence(ctx, q) or not reads_as_speech(ctx, q):
        return None
    s = ctx.sentence_of(q.start)
    if s == 0 or ctx.sent_starts[s - 1] < after or \
            ctx.paragraph_of(ctx.sent_starts[s - 1]) != q.paragraph:
        return None
    root = ctx.doc[ctx.token_at(ctx.sent_starts[s - 1])].sent.root
    if ctx.quotes_in(ctx.sent_starts[s - 1], ctx.sent_starts[s]) or \
            (root.i in state.cues_by_head and not (gesture and _gesture(root))) or \
            root.pos_ not in ("VERB", "AUX"):
        return None
    people = lexicon.word_map("pronouns.tsv")
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    named = subject is not None and subject.pos_ == "PROPN" and \
        subject.ent_type_ in ("PERSON", "")
    if subject is None or not (named or people.get(subject.lower_) in ("m", "f")):
        return None
    return subject


def _gesture(verb: Token) -> bool:
    """A verb of manner with nothing it reports, as the whole of what someone did ("Asked
    what went wrong, he shrugged. “Ask me tomorrow.”": the gesture is no cue of its own)."""
    entry = verb_entry(verb.lemma_.lower())
    return entry is not None and entry.family == "manner" and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj", "prep") for c in verb.children)


def _after_colon(state: RuleState, q: Quotation) -> Draft | None:
    """“...” right after a colon in its paragraph, in a sentence that reads as speech: the
    subject before the colon speaks ("Kaine has adopted the stance ...: “I'm pro-life ...”")."""
    ctx = state.ctx
    pa, _pb = ctx.para_bounds(q.paragraph)
    at = q.start
    while at > pa and ctx.text[at - 1].isspace():
        at -= 1
    if at <= pa or ctx.text[at - 1] != ":" or not reads_as_speech(ctx, q):
        return None
    src = colon_subject(state, ctx.token_at(at - 1))
    return None if src is None else _intro(state, q, "direct:colon-subject", src, q.paragraph)


def _unattributed(w: _Walk, qi: int) -> Draft | None:
    """A quotation that reads as speech, kept without a source (or the previous speaker's)."""
    ctx = w.state.ctx
    q = ctx.quotations[qi]
    if not reads_as_speech(ctx, q):
        return None
    d = _draft(q, "direct:unattributed")
    last = w.last_attributed(q.paragraph - 1) if opens_paragraph(ctx, q) else None
    if last is not None:
        # a quotation opening the paragraph after someone spoke: usually theirs
        _relabel(d, "direct:previous-speaker", last)
    elif w.first[qi] == qi and _quotes_only(ctx, q.paragraph):
        src = _paragraph_subject(w.state, q.paragraph - 1)
        if src is not None:
            return _intro(w.state, q, "direct:paragraph-subject", src, q.paragraph)
    return d


def _work_title(ctx: Context, q: Quotation) -> bool:
    """Whether ``q`` is set off by commas right after a noun of a work (group ``work`` of
    ``data/non_statements.tsv``), whose title it gives: "The paper, “Brief daytime sleep and
    episodic memory in older adults”, is available on request."."""
    pa, _pb = ctx.para_bounds(q.paragraph)
    before = ctx.text[pa:q.start].rstrip()
    inside = ctx.text[q.content_start:q.end].rstrip(" " + QUOTE_CHARS)
    outside = ctx.text[q.end:].lstrip(" ")
    if len(before) < 2 or not before.endswith(",") or \
            not (inside.endswith(",") or outside.startswith(",")):
        return False
    noun = ctx.doc[ctx.token_at(pa + len(before) - 2)]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in group("work")


def _quotes_only(ctx: Context, para: int) -> bool:
    """Whether paragraph ``para`` holds nothing but quotations (no word outside them)."""
    pa, pb = ctx.para_bounds(para)
    at = pa
    for qi in ctx.quotes_in(pa, pb):
        q = ctx.quotations[qi]
        if WORD_RE.search(ctx.text, at, max(at, q.start)):
            return False
        at = max(at, q.end)
    return not WORD_RE.search(ctx.text, at, max(at, pb))


def _paragraph_subject(state: RuleState, para: int) -> Token | None:
    """The person the paragraph ``para`` is about: its last subject outside quotations that
    is a name or a "he" / "she" ("Trump spoke only in evasive bromides during the
    interview." before a paragraph of quotations only)."""
    ctx = state.ctx
    if para < 0 or state.skipped(para):
        return None
    pa, pb = ctx.para_bounds(para)
    doc = ctx.doc
    people = lexicon.word_map("pronouns.tsv")
    for i in range(ctx.token_at(max(pa, pb - 1)), ctx.token_at(pa) - 1, -1):
        t = doc[i]
        if t.dep_ in ("nsubj", "nsubjpass") and not ctx.quoted[i] and (
                t.pos_ == "PROPN" or people.get(t.lower_) in ("m", "f")):
            return t
    return None


def walk(state: RuleState, attribute: Attribute) -> list[Draft]:
    """The drafts of every quotation no earlier rule used, in text order."""
    w = _Walk.start(state)
    ctx = state.ctx
    for qi, q in enumerate(ctx.quotations):
        if qi not in state.used and not state.skipped(q.paragraph) and not _work_title(ctx, q):
            _step(w, attribute, qi)  # (a work's title is nobody's words)
        w.passed(qi)
    return w.out


def _step(w: _Walk, attribute: Attribute, qi: int) -> None:
    """Walk one quotation that no earlier rule used."""
    quotations = w.state.ctx.quotations
    d = attribute(w.state, qi)
    if d is not None:
        w.keep(qi, d)
        for pqi, pd in w.pending:
            if quotations[pqi].paragraph == quotations[qi].paragraph:
                _relabel(pd, "direct:before-attributed", d)
                w.note(pd)
        w.pending = []
        return
    d = _continuation(w, qi)
    if d is None:
        d = _unattributed(w, qi)
        if d is not None:
            w.pending.append((qi, d))
    if d is not None:
        w.keep(qi, d)
