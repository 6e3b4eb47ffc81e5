"""Quote-driven direct rules: a quotation attributed within its own sentence.

Each rule takes the quotation's :class:`QuoteFrame` (the stretch of its sentence around it)
and answers a draft or None; :data:`~quotekit.pipeline.statements.registry.QUOTE_RULES` runs
them in order and the first answer wins:

* ``direct:dash``: "“...” — Prime Minister Hana Sato" (also opening the next paragraph);
* ``direct:cue-after-quote``: "“...,” Biegun said" / "“...,” said Biegun";
* ``direct:cue-before-quote``: "Biegun said: “...”" (the quotation then ends its sentence);
* ``direct:name-colon``: "Philip Bump: “Two weeks ago, ...”".

A quotation that looks like a title (a few capitalised words: “Face the Nation”) is a
statement only where an explicit attribution follows or precedes it: “Nope,” he said /
“Item 7,” Kim said / the mayor said: “Absolutely Not.” (``cue-after-quote`` with an active
verb right after, ``cue-before-quote`` with the cue right before a colon).
"""

from __future__ import annotations

import attrs
import regex
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import NICKNAME_RE
from quotekit.pipeline import confidence
from quotekit.pipeline.cues import subject_of
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.quotes import Quotation
from quotekit.pipeline.statements._common import (
    QUOTE_CHARS,
    SENT_END,
    WORD_RE,
    RuleState,
    cue_chars,
    looks_like_title,
    mention_range,
    reads_as_speech,
    speaker_near,
    starts_sentence,
)
from quotekit.pipeline.statements._insertions import spoken_to
from quotekit.pipeline.statements._withheld import asked_one
from quotekit.types import Evidence

__all__ = [
    "QuoteFrame", "cue_after", "cue_before", "dash", "explicit_after", "frame", "name_colon",
]

#: A dash that attributes the quotation before it to the name after it.
DASH_RE = regex.compile(r"[^\S\n]*(?:[—―–]|--)[^\S\n]*(?=\p{Lu})")
#: The same dash opening the paragraph after a quotation ("\n\n-Michelle Marks, Philadelphia").
DASH_NEXT_RE = regex.compile(r"[^\S\n]*\n\s*(?:[—―–-]|--)[^\S\n]*(?=\p{Lu})")


@attrs.frozen(slots=True)
class QuoteFrame:
    """A quotation and the stretch of its sentence around it.

    Attributes:
        qi: Index of the quotation.
        q: The quotation.
        lo: First token of the frame.
        hi: Token just past the frame.
        first: The quotation's first token.
        last: The quotation's last token.
        closes: The quotation closes its clause ("“...,” Biegun said").
        speechlike: The quotation reads as speech (:func:`reads_as_speech`).
        title: The quotation looks like a title ("Face the Nation"): only an explicit
            attribution (:func:`explicit_after`, a cue and a colon before it) makes it a
            statement.
    """

    qi: int
    q: Quotation
    lo: int
    hi: int
    first: int
    last: int
    closes: bool
    speechlike: bool
    title: bool = False


def _bounds(state: RuleState, qi: int) -> tuple[int, int]:
    """Token range around quotation ``qi`` that belongs to its sentence, outside other quotes."""
    ctx = state.ctx
    q = ctx.quotations[qi]
    doc = ctx.doc
    pa, pb = ctx.para_bounds(q.paragraph)
    lo = ctx.token_at(q.start)
    while lo > 0 and ctx.start_of(lo - 1) >= pa:
        t = doc[lo - 1]
        if ctx.quote_of[t.i] >= 0 and ctx.quote_of[t.i] != qi:
            break
        if t.text in SENT_END and not ctx.quoted[t.i]:
            break
        lo -= 1
    hi = ctx.token_at(q.end)
    if hi < len(doc) and ctx.start_of(hi) < q.end:
        hi += 1
    while hi < len(doc) and ctx.start_of(hi) < pb:
        t = doc[hi]
        if ctx.quote_of[t.i] >= 0 and ctx.quote_of[t.i] != qi and \
                not _in_nickname(ctx.text, ctx.start_of(t.i), q.end, pb):
            break  # a nickname inside a name is no quotation: 'Marcia "Cia" Price said'
        hi += 1
        if t.text in SENT_END and not ctx.quoted[t.i]:
            break
    return lo, hi


#: How far around a character a nickname inside a name may reach (given name, nickname of up
#: to three words, surname).
_NICKNAME_REACH = 100


def _in_nickname(text: str, at: int, lo: int, hi: int) -> bool:
    """Whether the character at ``at`` (between ``lo`` and ``hi``) belongs to a nickname in
    quotation marks inside a name ('Marcia "Cia" Price'); only the text near it is read, so
    a paragraph of many quotations is walked in linear time."""
    start, end = max(lo, at - _NICKNAME_REACH), min(hi, at + _NICKNAME_REACH)
    return any(a - 1 <= at < b + 1 for m in NICKNAME_RE.finditer(text, start, end)
               for a, b in [m.span("nick")])


def frame(state: RuleState, qi: int) -> QuoteFrame:
    """The frame of quotation ``qi``; a short run of capitalised words is marked as a
    possible title (“Face the Nation,” Sanders was asked: a title, not words said)."""
    ctx = state.ctx
    q = ctx.quotations[qi]
    lo, hi = _bounds(state, qi)
    content = ctx.text[q.content_start:q.content_end].rstrip(" \t\n" + QUOTE_CHARS)
    if content.endswith(".") and not content.endswith("..") and \
            WORD_RE.search(ctx.text[ctx.start_of(lo):q.start]):
        # a full stop closes the sentence begun before the quotation ("Trump boasted, “That
        # makes me smart.” Trump was ..."): what follows is the next sentence
        hi = min(hi, ctx.token_at(max(q.start, q.end - 1)) + 1)
    title = looks_like_title(WORD_RE.findall(content))
    after_mark = ctx.text[q.end:q.end + 1]
    # an attributed quotation closes its clause: “...,” Biegun said / “...” -- he said
    # (a translation in brackets may end it: “Nasaan ang bigas? (Where is the rice?)” he asked)
    closes = content.rstrip(")")[-1:] in ",.?!…-—–:;" or after_mark in (",", "—", "–", "-", ":")
    return QuoteFrame(qi=qi, q=q, lo=lo, hi=hi, first=ctx.token_at(q.start),
                      last=ctx.token_at(max(q.start, q.end - 1)), closes=closes,
                      speechlike=reads_as_speech(ctx, q), title=title)


def _direct(f: QuoteFrame, rule: str, cue: tuple[int, int, str], source: Token,
            mention: tuple[int, int]) -> Draft:
    return Draft(start=f.q.content_start, end=f.q.content_end, kind="direct",
                 evidence=Evidence(rule=rule), confidence=confidence.rule(rule), cue=cue,
                 source=source, mention=mention, paragraph=f.q.paragraph)


def dash(state: RuleState, f: QuoteFrame) -> Draft | None:
    """“...” — Prime Minister Hana Sato (the dash may open the next paragraph; the quotation
    reads as speech: not “the root of all evil’.” ― Jane Doe inside a longer quotation)."""
    ctx = state.ctx
    doc = ctx.doc
    found = DASH_RE.match(ctx.text, f.q.end) or DASH_NEXT_RE.match(ctx.text, f.q.end)
    if not found or f.title or not f.speechlike:
        return None
    j = ctx.token_at(found.end())
    # the dash and the name may make one token ("-President Obama")
    glued = j < len(doc) and ctx.start_of(j) + 1 == found.end() and \
        ctx.text[found.end() - 1] in "-—–―"
    if not (j < len(doc) and (glued or ctx.start_of(j) >= found.end()) and
            ctx.quote_of[j] < 0 and (doc[j].pos_ == "PROPN" or doc[j].ent_type_ or (
                glued and j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN"))):
        return None
    k = j
    while k + 1 < len(doc) and (doc[k + 1].pos_ == "PROPN" or doc[k + 1].text == "-"):
        k += 1
    mark = found.group()
    cue = (found.start() + len(mark) - len(mark.lstrip()), found.start() + len(mark.rstrip()),
           "dash")
    return _direct(f, "direct:dash", cue=cue, source=doc[k], mention=(j, k + 1))


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def explicit_after(state: RuleState, f: QuoteFrame, verb: Token, src: Token) -> bool:
    """“Item 7,” Kim said: the quotation opens its sentence and ends with a comma, question
    or exclamation mark, and an active reporting verb with nothing else to report and its
    speaker follow at once (so neither “Face the Nation,” Sanders was asked nor On “This
    Week,” Rubio said that ... is a statement)."""
    ctx = state.ctx
    content = ctx.text[f.q.content_start:f.q.content_end].rstrip(" \t")
    if not (content[-1:] in ",?!" or ctx.text[f.q.end:f.q.end + 1] == ","):
        return False
    if _passive(verb) or not starts_sentence(ctx, f.q):
        return False
    lemma = verb.lemma_.lower()
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i and ctx.quote_of[c.i] < 0 and
           spoken_to(verb, lemma, c, c.dep_, None) is None for c in verb.children):
        return False  # but the one spoken to: “Day one. Audit,” she told the Ledger; and the
        # quotation the first one goes on in: “Word is,” Trump said, “that Ford will ...”
    # the speaker's name with its titles counts as one word: “Sure,” said Public Works
    # Director Tom Kessler.
    name = range(*mention_range(src))
    words = [t for t in ctx.doc[f.last + 1:max(verb.i, src.i) + 1]
             if not t.is_punct and t.i not in name]
    return len(words) <= 4


def _gesture_after_full_stop(text: str, f: QuoteFrame, lemma: str) -> bool:
    """“... keep the cows from walking into the takes.” He laughs.: a verb of manner (laugh,
    smile, shrug) after a quotation that closes its sentence with a full stop is a new
    sentence, what the speaker did next, and no cue of the quotation."""
    entry = lexicon.reporting_verbs().get(lemma)
    if entry is None or entry.family != "manner":
        return False
    return text[f.q.content_start:f.q.content_end].rstrip()[-1:] == "."


def cue_after(state: RuleState, f: QuoteFrame) -> Draft | None:
    """“...,” Biegun said / “...,” said Biegun (for a title-like quotation, only
    :func:`explicit_after`)."""
    ctx = state.ctx
    for i in range(f.last + 1, f.hi if f.closes else f.last + 1):
        cue = state.cues_by_head.get(i)
        if cue is None or cue.kind != "verb" or asked_one(ctx.doc[i], cue.lemma):
            continue  # “...?” Smith was asked: the question is not Smith's
        if _gesture_after_full_stop(ctx.text, f, cue.lemma):
            continue
        src = speaker_near(ctx.doc[i], f.last + 1, f.hi)
        if f.title and (src is None or not explicit_after(state, f, ctx.doc[i], src)):
            return None
        if src is not None and ctx.quote_of[src.i] < 0:
            return _direct(f, "direct:cue-after-quote", cue=cue_chars(ctx, cue), source=src,
                           mention=mention_range(src))
    return None


def cue_before(state: RuleState, f: QuoteFrame) -> Draft | None:
    """Biegun said: “...” (the quotation then ends its sentence, or reads as speech; a
    title-like quotation needs the cue right before a colon: "the mayor said: “Absolutely
    Not.”")."""
    ctx = state.ctx
    doc = ctx.doc
    rest = ctx.text[f.q.end:ctx.chars(f.hi - 1, f.hi - 1)[1]] if f.hi > f.last else ""
    ends_sentence = not WORD_RE.search(rest)
    stop = f.lo - 1 if (ends_sentence or f.speechlike) else f.first - 1
    if f.title:
        colon = f.first - 1
        if not (ends_sentence and colon > f.lo and doc[colon].text == ":"):
            return None
        stop = colon - 2  # only the word before the colon: "said:"
    for i in range(f.first - 1, stop, -1):
        cue = state.cues_by_head.get(i)
        if cue is None:
            continue
        src = subject_of(doc[i]) if cue.kind == "verb" else None
        if cue.kind == "according":
            src = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
        if src is not None and ctx.quote_of[src.i] < 0:
            return _direct(f, "direct:cue-before-quote", cue=cue_chars(ctx, cue), source=src,
                           mention=mention_range(src))
    return None


def name_colon(state: RuleState, f: QuoteFrame) -> Draft | None:
    """A name and a colon before a quotation that reads as speech: "Philip Bump: “...”" (not
    the object of a preposition: "later that month on CNN: “...”")."""
    doc = state.ctx.doc
    colon = f.first - 1
    if not (f.speechlike and not f.title and colon > f.lo and doc[colon].text == ":" and
            doc[colon - 1].pos_ == "PROPN"):
        return None
    if doc[colon - 1].dep_ == "pobj" and doc[colon - 1].head.i < colon - 1:
        return None  # "Then, later that month on CNN: “...”": a place, not a speaker
    k = colon - 1
    while k > f.lo and doc[k - 1].pos_ == "PROPN":
        k -= 1
    if colon - k > 4:
        return None
    at = state.ctx.start_of(colon)
    return _direct(f, "direct:name-colon", cue=(at, at + 1, ":"),
                   source=doc[colon - 1], mention=(k, colon))
