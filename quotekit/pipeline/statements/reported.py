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

from collections.abc import Sequence

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline import confidence
from quotekit.pipeline.cues import (
    CueMatch,
    agent_object,
    can_act,
    reduced_passive_agent,
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
    coordinated_report,
    heard_in_hearing,
    opens_with_that,
    participle,
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
from quotekit.pipeline.statements._withheld import (
    asked_one,
    asker_of,
    group,
    no_content,
    unrealised,
)

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


def _unquoted_source(state: RuleState, head: Token, source: Token) -> Token:
    """The source of a reporting verb outside quotation marks whose parsed subject lies inside
    one ("“... Michigan, Ohio,” Mr. Trump said": the parser took a quoted word for the
    subject): the nearest noun or pronoun before the verb and after the quotation (the name an
    apposition describes, the head of a compound name); the parsed subject where there is none.
    """
    ctx = state.ctx
    if not ctx.quoted[source.i] or ctx.quoted[head.i]:
        return source
    for i in range(head.i - 1, head.sent.start - 1, -1):
        if ctx.quoted[i]:
            break
        t = ctx.doc[i]
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            return _named_head(t, ctx.quoted)  # "Flynn, a top Trump surrogate, said"
    return source


def _named_head(t: Token, quoted: Sequence[bool] | None = None) -> Token:
    """The head of the name ``t`` ends: the name an apposition describes (one outside quotation
    marks, with ``quoted``), then the head of a compound name ("Reid, the minority leader,"
    -> Reid)."""
    while t.dep_ == "appos" and t.head.i < t.i and (quoted is None or not quoted[t.head.i]):
        t = t.head
    while t.dep_ in ("compound", "flat") and t.head.i > t.i:
        t = t.head
    return t


def _future(verb: Token) -> bool:
    """Whether ``verb`` has an auxiliary of the future ("will be certified"; the ``future``
    group of ``data/non_statements.tsv``)."""
    return any(c.dep_ == "aux" and c.lemma_.lower() in group("future") for c in verb.children)


def _reduced_passive_infinitive(verb: Token, ctype: str) -> bool:
    """Whether ``verb`` is a passive participle on a noun with a "to" infinitive and no "by"
    agent ("models judged to pose a risk", "a man said to be armed"): the noun is what is
    reported on, not who reports, as in "he is said to be"; no statement."""
    return ctype == "xcomp" and verb.dep_ == "acl" and participle(verb) and \
        agent_object(verb) is None and reduced_passive_agent(verb) is None


def _before_participle(verb: Token, i: int) -> int:
    """The last word before token ``i`` (punctuation skipped) and before a participle's phrase
    on ``verb`` set off by commas that ends there ("Bouchard, [speaking in French], said":
    "French" is no speaker)."""
    while i > verb.sent.start and verb.doc[i].is_punct:
        i -= 1
    for c in verb.lefts:
        if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and \
                c.left_edge.i <= i <= c.right_edge.i and c.left_edge.i > verb.sent.start and \
                verb.doc[c.left_edge.i - 1].is_punct:
            return _before_participle(verb, c.left_edge.i - 1)
    return i


def _subject_missed(verb: Token) -> Token | None:
    """The speaker right before a main reporting verb the parser left without a subject
    ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said ...",
    where the name was taken for a conjunct of "Nevada"): the name or noun of people that
    ends just before the verb, its apposition skipped. None for passives ("is said to")."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "auxpass", "expl") for c in verb.children):
        return None
    i = _before_participle(verb, verb.i - 1)
    t = _named_head(verb.doc[i])  # "Reid, the minority leader, said"
    while t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ == "PROPN" and \
            any(c.dep_ == "cc" for c in t.head.children):
        t = t.head  # "..., Obama and Clinton call them": the pair
    return t if t.i < verb.i and (t.pos_ == "PROPN" or can_act(t) or _named_elsewhere(t)) and \
        t.ent_type_ not in ("DATE", "TIME", "GPE") else None


def _one_told(verb: Token, lemma: str, ctype: str) -> Token | None:
    """The one told in "The jury was told the knife was never found" (a verb of the group
    ``question``, passive, with a clause): the statement is kept, with no source (what they
    heard is not theirs; who told them is not named). Not a request ("Anyone with information
    is asked to call ...", "was asked to speak")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and ctype == "ccomp" and asked_one(verb, lemma) \
        else None


def _participle_opening(verb: Token, subject: Token) -> Token:
    """The speaker where the parser took a participle's phrase that opens the sentence for
    the verb's clausal subject and the name after its comma for part of that phrase
    ("Presenting the package in Brussels, Commission Vice-President Tomas Varhola said ...":
    Varhola, not "Presenting"): the name or noun of people that ends right before the verb."""
    doc = verb.doc
    last = doc[verb.i - 1]
    if subject.tag_ != "VBG" or subject.left_edge.i != verb.sent.start or \
            not (last.pos_ == "PROPN" or can_act(last)):
        return subject
    first = mention_range(last)[0]
    if first <= subject.i or doc[first - 1].text != ",":
        return subject
    return last


def _named_elsewhere(t: Token) -> bool:
    """A capitalised word the tagger got wrong here that is a proper noun elsewhere in the
    article ("Bouchard, speaking in French, said", "Bouchard" tagged an adverb)."""
    return t.is_title and any(o.pos_ == "PROPN" and o.text == t.text and o.i != t.i
                              for o in t.doc)


def _verb_source(state: RuleState, head: Token, lemma: str, ctype: str) -> Token | None:
    """Who reports with the verb ``head`` (complement kind ``ctype``): its subject, or that of
    the verb whose second report it is ("said ..., and called on X to ..."); None for a
    passive participle on a noun with an infinitive ("Models judged to pose “systemic
    risk”", as "is said to be": no source, no statement)."""
    if _reduced_passive_infinitive(head, ctype):
        return None
    first = coordinated_report(head)
    source = subject_of(first if first is not None else head)
    if source is not None and source.dep_ == "csubj":
        source = _participle_opening(head, source)
    if source is None:
        source = _subject_missed(head) or _one_told(head, lemma, ctype)
    if source is not None:
        source = _unquoted_source(state, head, source)
    return source


def verb(state: RuleState, cue: CueMatch) -> list[Draft]:
    """A reporting verb and its complement, the content before it, or around it."""
    head = state.ctx.doc[cue.head]
    if unrealised(head):
        return []  # "The department plans to publish a review": a plan, not words
    para = state.ctx.paragraph_of_token(head.i)
    turned = inverted(state, head)  # "The plan, said Smith, is flawed."
    if turned is not None:
        return _draft_pieces(state, turned[1], cue, turned[0], para) \
            if allowed(cue.lemma, "parenthetical", state.policy) else []
    comp, ctype = complement(head, cue.lemma)
    heard = spoken_to(head, cue.lemma, comp, ctype, state.policy)
    if heard is not None:
        comp, ctype = None, ""  # "Instead, Trump told CNN, his policy would ..."
    source = _verb_source(state, head, cue.lemma, ctype)
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
    if ctype == "passive" and _future(head):
        return []  # "The results will be certified by the county": nothing reported yet
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
        out.append(Draft(
            cls=cls, start=start, end=end, kind=kind, evidence=cue_evidence(rule, cue, ctype),
            confidence=confidence.rule(rule), cue=cue_chars(ctx, cue), source=source,
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
