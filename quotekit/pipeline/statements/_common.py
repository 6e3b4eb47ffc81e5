"""What every statement rule shares: the rule state, span trimming, quotation tests, mentions.

Every rule reads the document through :class:`~quotekit.pipeline.context.Context` (held by
:class:`RuleState`); every token/character conversion goes through it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import regex
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline.context import Context
from quotekit.pipeline.cues import CueMatch, subject_of
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.quotes import HEADLINE_MARKS, STATEMENT_MARKS, Quotation
from quotekit.pipeline.statements._furniture import colon_dateline, furniture
from quotekit.types import Evidence

__all__ = [
    "HEADLINE_MARKS",
    "QUOTE_CHARS",
    "SENT_END",
    "WORD_RE",
    "Policy",
    "RuleState",
    "apply_quotes",
    "cue_chars",
    "cue_evidence",
    "looks_like_title",
    "mention_range",
    "opens_paragraph",
    "reads_as_speech",
    "speaker_near",
    "starts_sentence",
    "trim",
    "verb_entry",
]

Policy = Mapping[tuple[str, str], float]

#: Characters cut from either end of a content span.
TRIM_CHARS = " \t\r\n,;:-–—"
#: Quote marks the rules trim from contents and look for around quotations (the
#: ``statements`` rows of ``data/quote_marks.tsv``).
QUOTE_CHARS = STATEMENT_MARKS
#: Words that may stand between a complement's start and its quotation in a direct
#: statement ("said that “...”"); from ``data/glue_words.tsv``.
GLUE_WORDS = lexicon.words("glue_words.tsv")
SENT_END = frozenset({".", "!", "?", "…"})
#: Hyphens inside a word the tokenizer split ("ex-wife").
_HYPHENS = frozenset({"-", "‐"})
WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
#: A short paragraph opening "By Jane Doe" is a byline.
BYLINE_RE = regex.compile(r"^\s*(?:By|BY|Written by|Reporting by)\s+\p{Lu}")


def _phrases(group: str) -> list[str]:
    """The phrases of one group of ``data/caption_words.tsv`` (a final ``_`` stands for a
    space)."""
    rows = lexicon._rows("caption_words.tsv", 2, "group\tphrase")
    return [p[:-1] + " " if p.endswith("_") else p for _n, (g, p) in rows if g == group]


def _alternatives(group: str) -> str:
    """The phrases of one group of ``data/caption_words.tsv`` as a regex alternation."""
    return "|".join(regex.escape(p) for p in _phrases(group))


#: Positions that mark a caption only all together ("(L)" and "(R)"; a lone "(R)" is a party).
_PAIRS = tuple(regex.compile(rf"(?i)\({regex.escape(p)}\)") for p in _phrases("pair"))
#: A photo caption or credit: "(left)", "(AP Photo/...)", "Photo: ...", "... Getty Images".
CAPTION_RE = regex.compile(
    rf"""(?ix)
    (?:\((?:{_alternatives("position")})\))
    | (?:\(\s*(?:{_alternatives("agency")})\b[^()]{{0,80}}\)\s*\.?\s*$)
    | (?:^\s*(?:{_alternatives("caption")})s?\s*(?::|,|by\b))
    | (?:\b(?:{_alternatives("credit")})
         (?-i:[\s/.|\-]*[\p{{Lu}}\p{{N}}][\p{{L}}\p{{N}}.'’\-]*){{0,8}}[\s.]*$)
    # (a credit ends with names: "REUTERS/Jonathan Ernst", not "Reuters/Ipsos poll, the ...")
    """
)


def _is_caption_or_byline(text: str, start: int, end: int) -> bool:
    if end - start > 400:  # captions and bylines are short
        return False
    para = text[start:end]
    if BYLINE_RE.match(para) and len(para) < 120:
        return True
    if _PAIRS and all(pair.search(para) for pair in _PAIRS):
        return True  # "Clinton (L) and Sanders (R)"
    return bool(CAPTION_RE.search(para))


@attrs.define(slots=True, eq=False)
class RuleState:
    """What the rules of one document share, passed to every rule.

    Attributes:
        ctx: The document.
        cues: Its cues outside quotation marks, in text order.
        policy: The learned cue policy (None keeps every candidate).
        skip: For each paragraph, whether it is a photo caption, a byline or page furniture
            (:func:`~quotekit.pipeline.statements._furniture.furniture`): no statements.
        verbless: For each paragraph, whether it is skipped only as a line with no verb
            (a transcript's question may be one).
        dateline: The paragraph a place and a colon open as a dateline ("NEW DELHI: The
            ...", :func:`~quotekit.pipeline.statements._furniture.colon_dateline`), or -1.
        used: Quotations that a cue-driven or label rule made part of a statement.
        drafts: The drafts of the rules that ran so far.
        cues_by_head: The cues by the index of their head token.
    """

    ctx: Context
    cues: list[CueMatch]
    policy: Policy | None
    skip: list[bool] = attrs.field(init=False)
    verbless: list[bool] = attrs.field(init=False)
    dateline: int = attrs.field(init=False)
    used: set[int] = attrs.Factory(set)
    drafts: list[Draft] = attrs.Factory(list)
    cues_by_head: dict[int, CueMatch] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        text = self.ctx.text
        kinds = furniture(self.ctx)
        captions = [_is_caption_or_byline(text, a, b) for a, b in self.ctx.paragraphs]
        self.skip = [c or k is not None for c, k in zip(captions, kinds, strict=True)]
        self.verbless = [not c and k == "verbless" for c, k in zip(captions, kinds, strict=True)]
        self.dateline = colon_dateline(self.ctx)
        self.cues_by_head = {c.head: c for c in self.cues}

    def skipped(self, paragraph: int) -> bool:
        """Whether paragraph ``paragraph`` is a caption, a byline or page furniture."""
        return self.skip[paragraph if paragraph < len(self.skip) else 0]


def verb_entry(lemma: str) -> lexicon.VerbEntry | None:
    """The ``reporting_verbs.tsv`` entry of a cue lemma, a phrasal one's ("go on") or else its
    verb's ("call for" -> "call")."""
    verbs = lexicon.reporting_verbs()
    return verbs.get(lemma) or verbs.get(lemma.split()[0])


def trim(text: str, start: int, end: int, *, quotes: bool = False) -> tuple[int, int]:
    """Cut spaces and punctuation (and quote marks with ``quotes``) from both ends of a span;
    a final full stop goes too unless ``quotes``."""
    strip = TRIM_CHARS + (QUOTE_CHARS if quotes else "")
    while end > start and text[end - 1] in strip:
        end -= 1
    while start < end and text[start] in strip:
        start += 1
    if end > start and text[end - 1] == "." and not quotes:
        end -= 1
    return start, end


def _name_end(name: Token) -> int:
    """The end of a name the parser cut into a chain of appositions ("Co-author Matteo
    Berardi": "Berardi" an apposition of "Matteo"): past each proper noun hung right after
    the one before."""
    hi = name.i + 1
    while hi < len(name.doc):
        last = name.doc[hi - 1]
        if not any(c.i == hi and c.pos_ == "PROPN" and c.dep_ in ("appos", "flat", "compound")
                   for c in last.rights):
            break
        hi += 1
    return hi


def _titled_name(token: Token, prep: Token) -> Token | None:
    """The person's name that ends a title's "of" phrase the parser hung on the title ("Member
    of the European Parliament Tomas Kovac": Kovac, the last word of a name the recognizer
    tags a person), else None."""
    if prep.dep_ != "prep" or prep.lower_ != "of" or \
            token.lower_ not in lexicon.title_heads():
        return None
    name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if name is None or name.ent_type_ != "PERSON" or (
            name.i + 1 < len(token.doc) and token.doc[name.i + 1].ent_iob_ == "I"):
        return None
    return name


def _after_antecedent(token: Token, lo: int) -> int:
    """Where a plural source's phrase starts once the noun of a reduced relative clause before
    it is left out: the parser took "a move" for part of "a move [officials] said would ..."
    ("a" and a singular noun before a plural one belong to no one who speaks)."""
    doc = token.doc
    if token.tag_ not in ("NNS", "NNPS") or doc[lo].lower_ not in ("a", "an") or \
            doc[lo].head.i != token.i:
        return lo
    i = lo + 1
    while i < token.i and doc[i].dep_ == "compound" and doc[i].tag_ == "NN":
        i += 1
    return i if i == token.i and i > lo + 1 else lo


def mention_range(token: Token) -> tuple[int, int]:
    """Token range of the noun phrase a source token heads, without appositions or clauses."""
    doc = token.doc
    lo, hi = token.i, token.i + 1
    if token.ent_iob_ in ("B", "I"):
        while token.ent_iob_ == "I" and lo > 0 and doc[lo].ent_iob_ == "I":
            lo -= 1
        while hi < len(doc) and doc[hi].ent_iob_ == "I":
            hi += 1
    for child in token.lefts:
        if child.dep_ in ("punct", "prep", "advmod", "cc", "preconj", "mark", "npadvmod"):
            continue
        lo = min(lo, child.left_edge.i)
    lo = _after_antecedent(token, lo)
    for child in token.rights:
        if child.dep_ == "appos" and child.left_edge.i == hi and \
                child.pos_ == "PROPN":
            hi = _name_end(child)  # "the economist Ana Ruiz"
            continue
        named = _titled_name(token, child)
        if named is not None:  # "Member of the European Parliament Tomas Kovac"
            hi = max(hi, named.i + 1)
            continue
        if child.dep_ in ("compound", "flat", "nummod", "case", "cc", "conj") or (
            child.dep_ == "prep" and child.lower_ == "of" and token.pos_ != "PROPN"
        ):
            right = child.right_edge.i + 1 if child.dep_ in ("conj", "prep") else child.i + 1
            hi = max(hi, right)
    # a word the tokenizer split at a hyphen stays whole ("His ex-wife")
    while hi + 1 < len(doc) and doc[hi].text in _HYPHENS and not doc[hi - 1].whitespace_ and \
            not doc[hi].whitespace_ and doc[hi + 1].is_alpha:
        hi += 2
    # never swallow a quotation or cross a comma-led apposition on the left
    while hi > lo + 1 and doc[hi - 1].is_punct:
        hi -= 1
    while lo < hi - 1 and doc[lo].is_punct:
        lo += 1
    return lo, hi


def apply_quotes(ctx: Context, start: int, end: int) -> tuple[int, int, str, list[int]]:
    """Decide direct/mixed/indirect for a content range and the quotations it uses."""
    used = ctx.quotes_in(start, end)
    if not used:
        return start, end, "indirect", []
    qs = [ctx.quotations[qi] for qi in used]
    lo = min(start, *(q.start for q in qs))
    hi = max(end, *(q.end for q in qs))
    # words outside every quotation?
    outside = ctx.text[lo:hi]
    for q in sorted(qs, key=lambda q: q.start, reverse=True):
        outside = outside[: q.start - lo] + " " * (q.end - q.start) + outside[q.end - lo:]
    words = [w for w in WORD_RE.findall(outside) if w.lower() not in GLUE_WORDS]
    if not words and len(qs) == 1:
        q = qs[0]
        return q.content_start, q.content_end, "direct", used
    return lo, hi, "mixed", used


def cue_chars(ctx: Context, cue: CueMatch) -> tuple[int, int, str]:
    """The draft cue of a cue match: its character range and lemma."""
    a, b = ctx.token_range_chars(cue.start, cue.end)
    return a, b, cue.lemma


def cue_evidence(rule: str, cue: CueMatch, ctype: str) -> Evidence:
    """The evidence of a cue-driven rule: ``rule`` with the cue's lemma and complement kind."""
    return Evidence(rule=rule, cue=f"{cue.lemma}+{ctype}")


def opens_paragraph(ctx: Context, q: Quotation) -> bool:
    """The quotation's paragraph starts with a quote mark (a quotation or its sequel)."""
    return ctx.text[ctx.para_bounds(q.paragraph)[0]] in QUOTE_CHARS


def looks_like_title(words: Sequence[str]) -> bool:
    """"Face the Nation", "Going Viral": a short run of capitalised words names a work."""
    long = [w for w in words if len(w) >= 4]
    return 1 <= len(words) <= 8 and bool(long) and all(w[0].isupper() for w in long)


def starts_sentence(ctx: Context, q: Quotation) -> bool:
    """The quotation opens its paragraph or follows the end of a sentence."""
    pa, _pb = ctx.para_bounds(q.paragraph)
    before = ctx.text[pa:q.start].rstrip()
    if not before or before[-1] in ".!?:":
        return True
    return before[-1] in QUOTE_CHARS and before[-2:-1] in (".", "!", "?")


def reads_as_speech(ctx: Context, q: Quotation) -> bool:
    """A quotation that is a sentence or more, or makes up its whole sentence; not a title."""
    content = ctx.text[q.content_start:q.content_end]
    words = WORD_RE.findall(content)
    if not words or looks_like_title(words):
        return False
    if len(words) >= 6:
        return True
    # stands at the start of its paragraph or sentence and ends with sentence punctuation
    return starts_sentence(ctx, q) and content.rstrip(" " + QUOTE_CHARS)[-1:] in ".!?"


def speaker_near(verb: Token, lo: int, hi: int) -> Token | None:
    """Who speaks with ``verb`` in the stretch lo..hi after a quotation.

    The verb's subject where the parser found one in that stretch; else, since parsers often
    attach an attribution after a quotation to a verb inside it, the noun phrase between the
    quotation and the verb ("“...,” Melanne Verveer, an aide, wrote") or right after the verb
    ("“...,” said Caddell").
    """
    src = subject_of(verb)
    if src is not None and lo <= src.i < hi:
        return src
    doc = verb.doc
    between = range(lo, verb.i)
    after = range(verb.i + 1, min(hi, verb.i + 4))
    for i in [*between, *after]:
        t = doc[i]
        if t.pos_ in ("PROPN", "PRON", "NOUN") and not t.is_punct:
            while t.dep_ in ("compound", "flat", "amod", "nmod") and t.head.i != t.i and \
                    t.head.i > t.i and lo <= t.head.i < hi:
                t = t.head  # "said lead author Dr. Natalia Gomes": Gomes
            return t
    return None
