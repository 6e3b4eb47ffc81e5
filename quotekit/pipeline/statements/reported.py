"""Cue-driven rules: a reporting word and what it reports (``indirect:*``, ``mixed:*``,
``direct:*``).

* ``verb``: a reporting verb with a clausal or nominal complement ("said [that] ...", "called
  for ...", "denied the report"); content before the cue ("..., the ministry said.",
  ``verb-after``, ``verb-before``); a parenthetical or "as" insertion ("This campaign, he says,
  is different.", ``verb-parenthetical``, ``verb-as-clause``).
* ``noun``/``adjective``: "Trump's claim that ...", "his criticism of ...", "she is confident
  that ..." (only pairs the learned policy knows, and "that" clauses and "about" phrases it
  never saw).

Which (lemma, complement kind) pairs yield statements is the learned cue policy
(:func:`quotekit.lexicon.cue_policy`); see :func:`allowed`.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline import confidence
from quotekit.pipeline.cues import (
    CueMatch,
    subject_of,
)
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements._common import (
    Policy,
    RuleState,
    apply_quotes,
    cue_chars,
    cue_evidence,
    mention_range,
    trim,
    verb_entry,
)
from quotekit.pipeline.statements._complement import (
    complement,
    heard_in_hearing,
    opens_with_that,
    with_relative,
)
from quotekit.pipeline.statements._extent import content_from_complement
from quotekit.pipeline.statements._insertions import (
    after_span,
    in_document,
    inverted,
    parenthetical,
    spoken_to,
)
from quotekit.pipeline.statements._sources import verb_source
from quotekit.pipeline.statements._withheld import asker_of, group, no_content, unrealised

__all__ = ["POLICY_THRESHOLD", "allowed", "nominal", "rule_confidence", "verb"]

#: Learned precision below which a (reporting verb, complement kind) pair yields no statement.
POLICY_THRESHOLD = 0.35
#: Verb families (:data:`quotekit.lexicon.VERB_FAMILIES`) whose verbs report with a bare
#: direct object ("denied the report") where the policy never saw the pair.
DIRECTOBJ_CLASSES = frozenset({"speech", "stance", "request", "document", "other"})
#: Prepositions whose object can be what was said, for pairs the policy never saw
#: (``data/content_prepositions.tsv``).
CONTENT_PREPOSITIONS = lexicon.words("content_prepositions.tsv")


def rule_confidence(kind: str, lemma: str, ctype: str, policy: Policy | None) -> float:
    """How often a cue-driven statement of this kind is right: quotations almost always are;
    reported content as often as the learned policy says its verb and complement were."""
    if kind == "direct":
        return confidence.rule("cue-direct")
    if kind == "mixed":
        return confidence.rule("cue-mixed")
    known = policy.get((lemma, ctype)) if policy else None
    return round(known, 3) if known is not None else confidence.rule("cue-indirect-unlearned")


def never_reports(lemma: str, ctype: str) -> bool:
    """Whether the verb ``lemma`` reports nothing with a complement of kind ``ctype``, even
    a quotation (``never`` in reporting_verbs.tsv: "went on about “...”")."""
    entry = verb_entry(lemma)
    return entry is not None and ctype in entry.never


def allowed(lemma: str, ctype: str, policy: Policy | None) -> bool:
    """Whether a cue with this complement kind reports a statement.

    With a learned ``policy`` (precision of each lemma and complement kind on annotated news),
    pairs below :data:`POLICY_THRESHOLD` are dropped; pairs it never saw fall back to the word
    list: direct objects count only for verbs that report without a clause ("denied X").
    """
    entry = verb_entry(lemma)
    if entry is not None and ctype in entry.never:
        return False  # "prices continued to rise": never a report, whatever the policy
    if policy is None:
        return True
    known = policy.get((lemma, ctype))
    if known is not None:
        return known >= POLICY_THRESHOLD
    if ctype == "dobj":
        return entry is not None and entry.family in DIRECTOBJ_CLASSES \
            and not entry.needs_complement
    if ctype.startswith("prep-"):
        return ctype[len("prep-"):] in CONTENT_PREPOSITIONS  # "said during the debate": no
    return True


def _content(state: RuleState, para: int, span: tuple[int, int]
             ) -> tuple[int, int, str, list[int]] | None:
    """A content span cut to its paragraph and trimmed, with its kind and quotations (None
    where too short)."""
    ctx = state.ctx
    pa, pb = ctx.para_bounds(para)
    start, end = trim(ctx.text, max(pa, span[0]), min(pb, span[1]))
    if end - start < 2:
        return None
    start, end, kind, used = apply_quotes(ctx, start, end)
    if kind != "direct":
        start, end = trim(ctx.text, start, end)
    return start, end, kind, used


def _future(verb: Token) -> bool:
    """Whether ``verb`` has an auxiliary of the future ("will be certified"; the ``future``
    group of ``data/non_statements.tsv``)."""
    return any(c.dep_ == "aux" and c.lemma_.lower() in group("future") for c in verb.children)


def _document(lemma: str) -> bool:
    """Whether the cue ``lemma`` is of the document family ("report", "publish", "release"
    in reporting_verbs.tsv): verbs that make a text public."""
    entry = verb_entry(lemma)
    return entry is not None and entry.family == "document"


def verb(state: RuleState, cue: CueMatch) -> list[Draft]:
    """A reporting verb and its complement, the content before it, or around it."""
    head = state.ctx.doc[cue.head]
    if unrealised(head):
        return []  # "The department plans to publish a review": a plan, not words
    para = state.ctx.paragraph_of_token(head.i)
    turned = inverted(state, head)  # "The plan, said Smith, is flawed."
    if turned is not None:
        return _draft_pieces(state, turned[1], cue, turned[0], para) \
            if allowed(cue.lemma, turned[1][0][2], state.policy) else []
    comp, ctype = complement(head, cue.lemma)
    heard = spoken_to(head, cue.lemma, comp, ctype, state.policy)
    if heard is not None:
        comp, ctype = None, ""  # "Instead, Trump told CNN, his policy would ..."
    source = verb_source(state, head, cue.lemma, ctype)
    withheld = no_content(head, cue.lemma, comp, ctype) if source is not None else None
    if source is None or withheld not in (None, "question"):
        return []  # "is said to be ...", "declined to comment": no statement of its own
    hearing = heard_in_hearing(cue.lemma, source, ctype)
    if comp is None:
        pieces = parenthetical(state, head, source)
        if pieces:
            return _draft_pieces(state, pieces, cue, None if hearing else source, para,
                                 "speech" if hearing else None) \
                if hearing or allowed(cue.lemma, pieces[0][2], state.policy) else []
        span, rule, ctype = after_span(state, head, source, heard), "verb-after", "after"
    else:
        span = content_from_complement(state.ctx, comp, head, cue.end)
        rule = "verb-before" if comp.i < head.i else "verb"
    found = _content(state, para, span) if span is not None else None
    if found is None:
        return []
    start, end, kind, used = found
    if kind == "direct" and rule == "verb":
        rule = "cue-before-quote"
    if (kind != "direct" and not hearing and not allowed(cue.lemma, ctype, state.policy)) or \
            never_reports(cue.lemma, ctype):
        return []
    if _future(head) and (ctype == "passive" or (ctype == "dobj" and _document(cue.lemma))):
        return []  # "The results will be certified by the county", "Harbourline will report
        # fourth-quarter results in February": nothing reported yet ("will demand more
        # details" is a demand PolNeAR annotates)
    state.used.update(used)
    asker = withheld == "question"  # "Asked whether ..., Smith said": not Smith's words
    by = asker_of(head) if asker else None
    if by is not None:  # "Asked by Mr Pryce whether ...": Pryce's question
        source, asker = by, False
    evidence = source.lemma_.lower() in lexicon.evidence_nouns() and \
        lexicon.cue_class(cue.lemma) in lexicon.SCOPES["speech"]  # "the data suggest ..."
    cls = "perception" if evidence else "speech" if hearing else None
    unnamed = asker or hearing  # no source: the one asking, the witness heard
    return with_relative(state.ctx, comp, head, Draft(cls=cls,
        start=start, end=end, kind=kind, evidence=cue_evidence(f"{kind}:{rule}", cue, ctype),
        confidence=rule_confidence(kind, cue.lemma, ctype, state.policy),
        cue=cue_chars(state.ctx, cue), source=None if unnamed else source,
        mention=None if unnamed else mention_range(source), paragraph=para,
    ))


def _draft_pieces(state: RuleState, pieces: list[tuple[int, int, str]], cue: CueMatch,
                  source: Token | None, para: int, cls: str | None = None) -> list[Draft]:
    ctx = state.ctx
    out: list[Draft] = []
    for a, b, ctype in pieces:
        start, end, kind, _used = apply_quotes(ctx, a, b)
        if kind != "direct":
            start, end = trim(ctx.text, start, end)
        rule = f"{kind}:verb-{ctype}"
        # (content before a verb and its name that close the sentence: as "..., X said.")
        conf = rule_confidence(kind, cue.lemma, ctype, state.policy) if ctype == "after" \
            else confidence.rule(rule)
        out.append(Draft(
            cls=cls, start=start, end=end, kind=kind, evidence=cue_evidence(rule, cue, ctype),
            confidence=conf, cue=cue_chars(ctx, cue), source=source,
            mention=mention_range(source) if source is not None else None, paragraph=para,
            follows=out[0] if out else None,
        ))
    return out


#: Complement kinds of a noun or adjective cue that report even where the policy never saw the
#: pair (see :func:`nominal`).
_UNLEARNED_NOMINAL = ("-that", "-prep-about", "noun-to")


def _nominal_complement(cue: CueMatch, head: Token) -> tuple[Token | None, str]:
    for child in head.children:
        if child.dep_ in ("acl", "ccomp") and child.i > head.i and \
                opens_with_that(child):
            return child, f"{cue.kind}-that"
    # a noun of speech says its "to" infinitive ("his promise to build a wall", "calls to
    # boycott"); a plan or hope ("her plan to run") or a refusal does not
    if cue.kind == "noun" and lexicon.cue_class(cue.lemma) in lexicon.SCOPES["speech"] and \
            cue.lemma not in group("refusal"):
        for child in head.rights:
            if child.dep_ == "acl" and child.tag_ == "VB" and \
                    any(a.dep_ == "aux" and a.tag_ == "TO" for a in child.children):
                return child, "noun-to"  # "Trump's proposal to ban Muslims from entering"
    if cue.kind == "noun":
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "about", "on", "against",
                                                         "to", "with"):
                comp = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if comp is not None and comp.ent_type_ in ("DATE", "TIME"):
                    continue  # "calls seeking comment on Friday": a time, no topic
                return comp, f"noun-prep-{child.lower_}"
    return None, ""


def _thing_named(subject: Token) -> bool:
    """Whether ``subject`` of "X is a <cue noun> for ..." names a thing, not who says it: "it"
    or a demonstrative ("That is a fair point, but it is an argument for moving faster").
    Only a "for" phrase is dropped so: on PolNeAR train a "that" clause ("It is not an
    unreasonable assumption that ...") and an "of" phrase ("It's an open question of how
    ...") are annotated content."""
    return subject.tag_ in ("DT", "WDT") or \
        lexicon.word_map("pronouns.tsv").get(subject.lower_) == "body"


def _nominal_source(head: Token) -> Token | None:
    source = next((c for c in head.children if c.dep_ == "poss"), None)
    if source is None:
        gov = head.head
        if head.dep_ in ("acomp", "attr", "dobj", "nsubj") and gov.pos_ in ("VERB", "AUX"):
            source = subject_of(gov) if head.dep_ != "nsubj" else None
        elif head.dep_ == "pobj" and gov.lower_ == "with" and gov.head.pos_ == "VERB":
            source = subject_of(gov.head)  # "stirred controversy with an assertion that ..."
    return source


def nominal(state: RuleState, cue: CueMatch) -> list[Draft]:
    """A noun or adjective that reports: "Trump's claim that ...", "his criticism of ...",
    "she is confident that ...". Kept only where the learned policy knows the pair, except
    a "that" clause or an "about" phrase: a reporting noun or adjective with one reports it
    ("his contention that ...", "her complaint that ...", "his theory about how ..."),
    however few examples of the noun the policy learned from (most such pairs are too rare to
    be learned; on PolNeAR train the unlearned ones were annotated as attributions 8 times in
    10; unlearned "of", "on" and "for" pairs 4 times in 10 or less, and stay out); and the
    "to" infinitive of a noun of speech ("his promise to build a wall", not "his refusal to")."""
    policy = state.policy
    head = state.ctx.doc[cue.head]
    comp, ctype = _nominal_complement(cue, head)
    placed = in_document(state, head) if comp is None and cue.kind == "noun" else None
    if placed is not None:
        comp, ctype = head, "in-document"  # "In the new poll, the mogul wins ..."
    if comp is None or (policy is not None and (cue.lemma, ctype) not in policy
                        and not ctype.endswith(_UNLEARNED_NOMINAL)):
        return []
    if not allowed(cue.lemma, ctype, policy):
        return []
    source = head if placed is not None else _nominal_source(head)
    if source is None or (ctype == "noun-prep-for" and head.dep_ == "attr" and
                          _thing_named(source)):
        return []  # ("it is an argument for moving faster": what a thing is, said by no one)
    para = state.ctx.paragraph_of_token(head.i)
    span = placed or state.ctx.chars(comp.left_edge.i, comp.right_edge.i)
    found = _content(state, para, span)
    if found is None:
        return []
    start, end, kind, _used = found
    return [Draft(start=start, end=end, kind=kind,
                  evidence=cue_evidence(f"{kind}:{cue.kind}", cue, ctype),
                  confidence=rule_confidence(kind, cue.lemma, ctype, policy),
                  cue=cue_chars(state.ctx, cue), source=source, mention=mention_range(source),
                  paragraph=para)]
