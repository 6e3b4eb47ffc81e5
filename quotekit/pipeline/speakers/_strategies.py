"""The ordered speaker strategies: the first that answers a draft wins.

A draft that continues another quotation shares that one's speaker (:func:`continuation`,
always first); a draft without a source mention has none; any other draft's mention goes
through :data:`STRATEGIES` in order. Every strategy has one signature,
``(resolver, mention, state) -> Answer | None``; its factor is the ``speaker`` row of
``quotekit/data/confidence.tsv`` named after it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from quotekit.names import has_letter
from quotekit.pipeline.cues import RELATIVE_PRONOUNS
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.speakers._appositions import (
    body_apposition,
    participle_opener,
    title_apposition,
)
from quotekit.pipeline.speakers._bodies import local_body, person_body, unit_body
from quotekit.pipeline.speakers._descriptions import description
from quotekit.pipeline.speakers._epithets import epithet, role_epithet
from quotekit.pipeline.speakers._groups import group_conjunction, group_role, group_the_two
from quotekit.pipeline.speakers._kin import family_relation
from quotekit.pipeline.speakers._labels import label_name
from quotekit.pipeline.speakers._model import Answer, Mention, State, answer, stands_for
from quotekit.pipeline.speakers._naming import (
    handle_name,
    named_entity,
    proper_noun,
    unrecognized_name,
    unresolved,
)
from quotekit.pipeline.speakers._pronouns import (
    agreeing_conjunct,
    antecedent,
    introduced_since,
    is_pronoun,
    pronoun_body,
    pronoun_person,
    pronoun_plural,
    pronoun_possessor,
    pronoun_self,
    pronoun_unresolved,
)
from quotekit.pipeline.speakers._table import Resolver
from quotekit.pipeline.speakers._unnamed import unnamed_people, unnamed_source
from quotekit.pipeline.statements import mention_range

__all__ = ["STRATEGIES", "Strategy", "continuation", "mention_of", "resolve_draft"]

#: A mention strategy: an answer, or None to let the next one try.
Strategy = Callable[[Resolver, Mention, State], Answer | None]

#: The mention strategies, in the order they are asked.
STRATEGIES: tuple[Strategy, ...] = (
    label_name,           # "HARLOW:", "JANE SMITH:", "Matthews:" (a transcript label)
    group_conjunction,    # "Biegun and Lee"
    pronoun_self,         # "I", "you": no speaker
    pronoun_person,       # "he", "she"
    pronoun_body,         # "it"
    pronoun_plural,       # "they", "we"
    pronoun_unresolved,   # any other pronoun
    title_apposition,     # "the party's spokeswoman, Aisha Khan,"
    participle_opener,    # "Reacting, the bank's spokeswoman, Ada Obi, said" ("Reacting")
    body_apposition,      # "a super PAC ..., Priorities USA Action,"
    handle_name,          # "one Twitter user @nycsouthpaw"
    unnamed_source,       # "a Treasury source", "three people briefed on the talks"
    unnamed_people,       # "Mexicans often say", "many Democrats say"
    epithet,              # "the Dane", "the 34-year-old" (a person just named)
    person_body,          # "the Trump campaign", "Clinton's team"
    unit_body,            # "the U.N. human rights office" (a unit of a body)
    named_entity,         # "Stephen Biegun", "the economist Ana Ruiz", "the IMF report"
    proper_noun,          # "Biegun" (a part of a known name)
    unrecognized_name,    # a name the recognizer missed
    local_body,           # "police said" -> "Charlotte-Mecklenburg police"
    group_the_two,        # "the two sides"
    group_role,           # "the envoys"
    family_relation,      # "his ex-wife", "Trump's son"
    pronoun_possessor,    # "his office" (the person "his" stands for)
    description,          # "the envoy", "the ministry"
    role_epithet,         # "the goalkeeper" (no one titled so: the person just named)
    unresolved,           # anything else
)


def continuation(r: Resolver, d: Draft, s: State) -> Answer | None:
    """A continued quotation shares the speaker of the one it continues, one level deeper,
    unless a person was introduced with a title in between ("..., he said")."""
    if d.follows is None or id(d.follows) not in s.positions or \
            s.positions[id(d.follows)] >= len(s.answers):
        return None
    prior = s.answers[s.positions[id(d.follows)]]
    fresh = introduced_since(r, d, d.follows.end, prior.entity)
    if fresh is not None:
        return answer(fresh, "pronoun:introduced")
    return Answer(prior.entity, prior.strategy, prior.factor, prior.depth + 1)


def mention_of(r: Resolver, d: Draft) -> Mention | None:
    """The source mention of ``d`` (a relative pronoun's antecedent's: "Biegun, who"; the
    name a transcript label stands for: "A:" -> "Health Secretary Ruth Adeyemi"), or None
    where the draft has none."""
    if d.source is None or d.mention is None:
        return None
    src = d.source
    lo, hi = d.mention
    if stands_for(d):
        lo, hi = mention_range(src)
    elif src.lower_ in RELATIVE_PRONOUNS:
        ante = antecedent(src)
        if ante is not None:
            src = _described_subject(agreeing_conjunct(src, ante))
            lo, hi = mention_range(src)
            lo, hi = min(lo, src.i), max(hi, src.i + 1)
    a, b = r.ctx.token_range_chars(lo, hi)
    return Mention(d, src, lo, hi, list(r.doc[lo:hi]), a, b, r.text[a:b], is_pronoun(src))


def _described_subject(ante: Token) -> Token:
    """The subject an "as" phrase describes, for the antecedent in it: "As someone who had to
    reject her parents ..., I tell myself" (who is I), "As a veteran who served in Iraq, Smith
    said" (who is Smith); else ``ante`` itself."""
    prep = ante.head
    if ante.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return ante
    subject = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < prep.i or subject.pos_ not in ("PRON", "PROPN"):
        return ante  # (not "as a former Census-taker who ..., Trump's words ...")
    return subject


def resolve_draft(r: Resolver, d: Draft, s: State) -> Answer:
    """The answer for ``d``: its continuation, else the first mention strategy's, else none
    (also where the entity found has a name without a letter: "*", "123")."""
    found = continuation(r, d, s)
    if found is not None:
        return found
    m = mention_of(r, d)
    if m is None:
        return answer(None, "none")
    for strategy in STRATEGIES:
        found = strategy(r, m, s)
        if found is not None:
            if found.entity is not None and not has_letter(found.entity.name):
                return answer(None, "none")
            return found
    raise AssertionError("the last strategy always answers")
