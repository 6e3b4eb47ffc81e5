"""Statements: tie reported content to its cue and to the words naming its source.

Input: the document's :class:`~quotekit.pipeline.context.Context` (its Doc, paragraphs and
quotations, :mod:`quotekit.pipeline.quotes`). Output: :class:`~quotekit.pipeline.drafts.Draft`
statements (content offsets, kind, cue, source mention as token indices, the rule that
produced them) in text order. Speakers are resolved afterwards by
:mod:`quotekit.pipeline.speakers`.

The rules, in the order they run (:mod:`~quotekit.pipeline.statements.registry`):

1. **Cue-driven** (``indirect:*``, ``mixed:*``, ``direct:*``): every reporting verb outside
   quotation marks with a clausal or nominal complement, and every "according to", yields a
   statement whose content is that complement. A complement that is one quotation is direct; one
   that mixes quoted and unquoted words is mixed (:mod:`.reported`, :mod:`.according`).
2. **Transcripts, labels and headlines** (``direct:transcript-answer``,
   ``direct:transcript-question``, ``direct:transcript-label``, ``direct:transcript-continued``,
   ``*:headline-colon``): the answers of a Q/A interview (the interviewee's), its questions
   (the interviewer's, where named), the turns of a "SMITH: ..." dialogue (:mod:`.transcript`),
   "WALLACE: Let's start ...", "US envoy for N. Korea: Starting is half the job"
   (:mod:`.labels`).
3. **Quote-driven** (``direct:*``): each quotation not used by rules 1-2 looks for a cue in the
   stretch of its sentence after it ("“...,” Biegun said") or before it ("Biegun said: “...”"),
   a dash or a name and colon (:mod:`.quoted`), then for a quotation it continues (the same
   paragraph, the next paragraph of a multi-paragraph quote, a paragraph introduced by "X
   continued:", a statement with a source in the sentence before, the subject of a clause
   ending with a colon, the person a paragraph before a paragraph of quotations only is
   about). A quotation with none of these is kept as an unattributed direct statement
   when it reads as speech, and dropped as a scare quote when it is a few words inside an
   unattributed sentence (:mod:`.continuation`).

Then a wire dateline ("LONDON (AP) —") is taken out of every source and content, and the
scope is applied: with ``scope="speech"`` (the default) a reported statement whose cue is of a
class that reports no speech (:data:`quotekit.lexicon.SCOPES`: "plans to", "believes", "polls
show") is dropped, before one statement is kept per stretch of text (:mod:`.nesting`), so that
a report of speech inside it ("he believes she said ...") stays. Quoted words count in every
scope. Photo captions, bylines and page furniture (a label and a colon such as "WATCH:" or
"Related:", bullet and star list items, lines with no verb; ``data/furniture_labels.tsv``)
never yield statements.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline.context import Context
from quotekit.pipeline.cues import can_act, find_cues
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements._common import RuleState, mention_range
from quotekit.pipeline.statements._furniture import clear_datelines
from quotekit.pipeline.statements.nesting import drop_nested, inherit_sources
from quotekit.pipeline.statements.registry import RULES

__all__ = ["find_statements", "in_scope", "mention_range"]


def in_scope(draft: Draft, classes: frozenset[str]) -> bool:
    """Whether ``draft`` counts as a statement when the cue classes ``classes`` do (a
    value of :data:`quotekit.lexicon.SCOPES`): quoted words always do, and so does a reported
    statement with no cue or with a cue of an unknown class."""
    if draft.kind != "indirect" or draft.cue is None:
        return True
    cls = draft.cue_class
    return cls is None or cls in classes


def _follow_in_scope(drafts: list[Draft]) -> None:
    """A quotation that continues a statement the scope drops ('She admits she considered
    pulling out.' then a paragraph of her words: "considered" reports a thought) follows
    what that statement followed, else takes its source: the one who thought it speaks."""
    kept = {id(d) for d in drafts}
    for d in drafts:
        f = d.follows
        while f is not None and id(f) not in kept and f.follows is not None:
            f = f.follows
        if f is None or id(f) in kept:
            d.follows = f
        else:
            d.follows = None
            if d.source is None:
                d.source, d.mention = f.source, f.mention


def _possessor_as_source(draft: Draft) -> None:
    """A source that is a statement, document or account with a possessor is the possessor's:
    "his statement said", "their report found", "according to her account", "the ministry's
    website says" (the noun cues of ``data/noun_cues.tsv``)."""
    src = draft.source
    if src is None or src.pos_ != "NOUN" or src.lemma_.lower() not in lexicon.noun_cues():
        return
    owner = next((c for c in src.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ in ("PRON", "PROPN", "NOUN"):
        draft.source, draft.mention = owner, mention_range(owner)


def _author_as_source(draft: Draft) -> None:
    """A statement, speech or document someone is said to have made in a clause on it is
    theirs: "according to a speech Mrs. Clinton delivered in July" (the noun cues of
    ``data/noun_cues.tsv`` and ``data/document_heads.tsv``)."""
    src = draft.source
    if src is None or src.pos_ != "NOUN" or src.lemma_.lower() not in (
            lexicon.noun_cues().keys() | lexicon.words("document_heads.tsv")):
        return
    for clause in src.rights:
        if clause.dep_ != "relcl" or any(c.dep_ in ("dobj", "obj") for c in clause.children):
            continue
        author = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i
                       and c.tag_ not in ("WDT", "WP")), None)
        if author is not None and can_act(author):
            draft.source, draft.mention = author, mention_range(author)
            return


def _example_as_source(draft: Draft) -> None:
    """A source described by the named person it gives as an example is that person:
    "say experts like Paul Bauman, a Canadian geophysicist", "someone like Mr. Clarke",
    "analysts such as Ana Ruiz" (never one of a list: "experts like X and Y")."""
    src = draft.source
    if src is None or src.pos_ not in ("NOUN", "PRON"):
        return
    for prep in src.rights:
        if prep.dep_ == "prep" and (prep.lower_ == "like" or (
                prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")):
            named = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if named is not None and named.pos_ == "PROPN" and named.ent_type_ == "PERSON" \
                    and not any(c.dep_ == "conj" for c in named.children):
                draft.source, draft.mention = named, mention_range(named)
            return


def _poll_as_source(draft: Draft) -> None:
    """A share of the people a poll asked is the poll's statement where the sentence puts it in
    the poll: "In a CNN/ORC poll, 38 percent of voters said ...", "Sixty-seven percent of
    Americans said ... in a Post-ABC News poll this month" (``data/share_heads.tsv``,
    ``data/poll_heads.tsv``)."""
    src = draft.source
    if src is None:
        return
    shares = lexicon.words("share_heads.tsv")
    if src.pos_ != "NUM" and src.lower_ not in shares and src.lemma_.lower() not in shares:
        return
    polls = lexicon.words("poll_heads.tsv")
    for tok in src.sent:
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in polls \
                and _poll_of(tok.head.head, src, shares):
            draft.source, draft.mention = tok, mention_range(tok)
            return


def _poll_of(gov: Token, src: Token, shares: frozenset[str]) -> bool:
    """Whether a poll on ``gov`` is the one ``src`` answered: ``gov`` is the verb ``src`` is
    the subject of or lies in its complement, with no other share answering on the way ("Six
    in 10 say ..., after half said so in the earlier poll" is the earlier poll's half)."""
    verb = src.head
    for _ in range(8):
        if gov.i == verb.i:
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != src.i and (
                c.pos_ == "NUM" or c.lower_ in shares or c.lemma_.lower() in shares)
               for c in gov.children) or gov.head.i == gov.i:
            return False
        gov = gov.head
    return False


def find_statements(context: Context, *,
                    policy: Mapping[tuple[str, str], float] | str | None = "default",
                    scope: str = "speech") -> list[Draft]:
    """Find every statement of a document (see the module docstring for the rules).

    Args:
        context: The document (:class:`~quotekit.pipeline.context.Context`).
        policy: Which reporting verbs and complement kinds yield indirect statements:
            ``"default"`` for the packaged table learned on annotated news
            (:func:`quotekit.lexicon.cue_policy`), a mapping of ``(lemma, kind)`` to precision,
            or None to keep every candidate (used to learn the table).
        scope: What counts as a statement, a key of :data:`quotekit.lexicon.SCOPES`:
            ``"speech"`` (said or written) or ``"attribution"`` (also beliefs, plans,
            perceptions and evidence).

    Returns:
        Drafts in text order, their speakers not yet resolved.
    """
    classes = lexicon.SCOPES.get(scope)
    if classes is None:
        raise ValueError(f"unknown scope {scope!r}: use one of {sorted(lexicon.SCOPES)}")
    if not len(context.doc):
        return []
    if isinstance(policy, str):
        if policy != "default":
            raise ValueError(f"unknown cue policy {policy!r}")
        policy = lexicon.cue_policy(scope)
    state = RuleState(context, list(find_cues(context.doc, context.quoted)), policy)
    for rule in RULES:
        state.drafts += rule(state)
    for d in state.drafts:
        _possessor_as_source(d)
        _author_as_source(d)
        _example_as_source(d)
        _poll_as_source(d)
    clear_datelines(context, state.drafts, state.dateline)
    # the attribution scope keeps PolNeAR's reading of "X said ..., according to Y": Y's
    # attribution, whose content is X's; the speech scope gives it to X, reported by Y
    scoped = [d for d in state.drafts if in_scope(d, classes)]
    _follow_in_scope(scoped)
    drafts = drop_nested(context.text, scoped, second_hand=scope != "attribution",
                         ctx=context)
    inherit_sources(context, drafts)
    return drafts
