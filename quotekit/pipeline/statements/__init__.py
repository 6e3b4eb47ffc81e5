"""Statements: tie reported content to its cue and to the words naming its source.

Input: a parsed ``Doc`` and the quotations found in its text (:mod:`quotekit.pipeline.quotes`).
Output: :class:`Draft` statements (content offsets, kind, cue, source mention as token indices,
the rule that produced them) in text order. Speakers are resolved afterwards by
:mod:`quotekit.pipeline.speakers`.

The rules, in the order they run:

1. **Cue-driven** (``indirect:*``, ``mixed:*``, ``direct:*``): every reporting verb outside
   quotation marks with a clausal or nominal complement, and every "according to", yields a
   statement whose content is that complement. A complement that is one quotation is direct; one
   that mixes quoted and unquoted words is mixed.
2. **Quote-driven** (``direct:*``): each quotation not used by rule 1 looks for a cue in the
   stretch of its sentence after it ("“...,” Biegun said") or before it ("Biegun said: “...”"),
   then for a quotation it continues (the same paragraph, the next paragraph of a multi-paragraph
   quote, a paragraph introduced by "X continued:"). A quotation with none of these is kept as an
   unattributed direct statement when it reads as speech, and dropped as a scare quote when it
   is a few words inside an unattributed sentence.
3. **Headline** (``headline:colon``): "US envoy for N. Korea: Starting is half the job".

Photo captions and bylines never yield statements.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence

import regex
from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from quotekit import lexicon
from quotekit.pipeline.context import Context
from quotekit.pipeline.cues import CueMatch, find_cues, subject_of
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.quotes import Quotation

__all__ = ["find_statements", "mention_range"]

#: Trailing characters cut from a content span.
TRIM_END = " \t\r\n,;:-–—"
TRIM_START = " \t\r\n,;:-–—"
QUOTE_CHARS = "\"“”„‟«»‹›‘’‚‛'「」『』"
#: Function words that may stand between a complement's start and its quotation in a direct
#: statement ("said that “...”").
GLUE_WORDS = frozenset({"that", "as", "saying", ":", ",", "-", "--", "—", "–"})

CAPTION_RE = regex.compile(
    r"""(?ix)
    (?:\((?:left|right|center|centre|top|bottom|front|back|l|r|second\ from\ (?:left|right))\))
    | (?:\(\s*(?:photo|image|picture|file\ photo|ap|reuters|afp|yonhap|getty|epa|xinhua|
                 kyodo|bloomberg|ap\ photo|afp\ photo)\b[^()]{0,80}\)\s*\.?\s*$)
    | (?:^\s*(?:photo|image|picture|caption|credit)s?\s*(?::|by\b))
    | (?:\b(?:getty\ images|ap\ photo|reuters/|afp\ via\ getty|photo\ by\ )[^\n]{0,80}$)
    """
)
BYLINE_RE = regex.compile(r"^\s*(?:By|BY|Written by|Reporting by)\s+\p{Lu}")
SENT_END = frozenset({".", "!", "?", "…"})
WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
#: The same dash opening the paragraph after a quotation ("\n\n-Michelle Marks, Philadelphia").
DASH_NEXT_RE = regex.compile(r"[ \t]*\n\s*(?:[—―–-]|--)[ \t]*(?=\p{Lu})")
#: A transcript's speaker label opening a paragraph: ``WALLACE:``, ``"MR. TRUMP:``.
LABEL_RE = regex.compile(
    r"""^[\"“'‘]?                                  # a paragraph may open inside a quote
        ((?:\p{Lu}\p{Lu}?\.?\ )?                    # MR. / DR.
         \p{Lu}[\p{Lu}'’\-]+(?:\ \p{Lu}[\p{Lu}'’\-]+){0,2})   # up to three upper-case words
        :[ \t]+(?=\S)""",
    regex.VERBOSE,
)
#: Upper-case words that open a paragraph with a colon without naming a speaker.
NOT_LABELS = frozenset({
    "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "PHOTO", "LIVE",
    "NOTE", "EDITOR'S NOTE", "CORRECTION", "WARNING", "READ MORE", "RELATED", "ALSO", "SOURCE",
    "SOURCES", "LISTEN", "ANALYSIS", "OPINION", "COMMENTARY", "FACT CHECK", "TRANSCRIPT", "PS",
    "P.S", "NB", "FYI", "TL;DR", "RATING", "VERDICT", "CLAIM", "FACT", "QUESTION", "ANSWER",
    "SEE ALSO", "MORE", "TOPICS", "TAGS", "PLUS", "DEVELOPING", "URGENT", "ALERT", "NEW",
})
#: A dash that attributes the quotation before it to the name after it.
DASH_RE = regex.compile(r"[ \t]*(?:[—―–]|--)[ \t]*(?=\p{Lu})")
DIRECTOBJ_CLASSES = frozenset({"speech", "stance", "request", "document", "other"})
#: Learned precision below which a (reporting verb, complement kind) pair yields no statement.
POLICY_THRESHOLD = 0.35


class _Context:
    """Per-document lookups shared by the rules."""

    def __init__(self, doc: Doc, quotations: Sequence[Quotation],
                 paragraphs: Sequence[tuple[int, int]], text: str) -> None:
        self.doc = doc
        self.text = text
        self.quotations = list(quotations)
        self.quote_starts = [q.start for q in self.quotations]
        self.paragraphs = list(paragraphs)
        self.para_starts = [p[0] for p in self.paragraphs]
        self.tok_starts = doc.to_array(IDX).tolist() if len(doc) else []
        # token -> index of the quotation it lies in (marks included), or -1
        self.quote_of = [-1] * len(doc)
        for qi, q in enumerate(self.quotations):
            first = self.token_at(q.start)
            for i in range(first, len(doc)):
                if self.tok_starts[i] >= q.end:
                    break
                self.quote_of[i] = qi
        self.quoted = [qi >= 0 for qi in self.quote_of]
        self.skip_para = [self._is_caption_or_byline(a, b) for a, b in self.paragraphs]

    def token_at(self, char: int) -> int:
        """Index of the token containing (or first after) ``char``."""
        i = bisect.bisect_right(self.tok_starts, char) - 1
        if i < 0:
            return 0
        if i + 1 < len(self.tok_starts) and char >= self.tok_starts[i] + len(self.doc[i]):
            return i + 1
        return i

    def quotes_in(self, start: int, end: int) -> list[int]:
        """Indices of the quotations overlapping start..end (quotations never overlap)."""
        i = max(0, bisect.bisect_right(self.quote_starts, start) - 1)
        out = []
        while i < len(self.quotations) and self.quotations[i].start < end:
            if self.quotations[i].end > start:
                out.append(i)
            i += 1
        return out

    def para_bounds(self, index: int) -> tuple[int, int]:
        if index < len(self.paragraphs):
            return self.paragraphs[index]
        return 0, len(self.text)

    def opens_paragraph(self, q: Quotation) -> bool:
        """The quotation's paragraph starts with a quote mark (a quotation or its sequel)."""
        return self.text[self.para_bounds(q.paragraph)[0]] in QUOTE_CHARS

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def _is_caption_or_byline(self, start: int, end: int) -> bool:
        if end - start > 400:  # captions and bylines are short
            return False
        para = self.text[start:end]
        if BYLINE_RE.match(para) and len(para) < 120:
            return True
        return bool(CAPTION_RE.search(para))


def _trim(text: str, start: int, end: int, *, quotes: bool = False) -> tuple[int, int]:
    strip_end = TRIM_END + (QUOTE_CHARS if quotes else "")
    strip_start = TRIM_START + (QUOTE_CHARS if quotes else "")
    while end > start and text[end - 1] in strip_end:
        end -= 1
    while start < end and text[start] in strip_start:
        start += 1
    if end > start and text[end - 1] == "." and not quotes:
        end -= 1
    return start, end


def _span_chars(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Char range of tokens first..last inclusive."""
    return doc[first].idx, doc[last].idx + len(doc[last].text)


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
    for child in token.rights:
        if child.dep_ == "appos" and child.left_edge.i == hi and \
                child.pos_ == "PROPN":
            hi = child.i + 1  # "the economist Ana Ruiz"
            continue
        if child.dep_ in ("compound", "flat", "nummod", "case", "cc", "conj") or (
            child.dep_ == "prep" and child.lower_ == "of" and token.pos_ != "PROPN"
        ):
            right = child.right_edge.i + 1 if child.dep_ in ("conj", "prep") else child.i + 1
            hi = max(hi, right)
    # never swallow a quotation or cross a comma-led apposition on the left
    while hi > lo + 1 and doc[hi - 1].is_punct:
        hi -= 1
    while lo < hi - 1 and doc[lo].is_punct:
        lo += 1
    return lo, hi


def _complement(verb: Token, lemma: str) -> tuple[Token | None, str]:
    """The token heading what a reporting verb reports, and the kind of complement.

    Kinds: ``ccomp`` (a clause: "said [that] ..."), ``xcomp`` ("vowed to ..."), ``phrasal``
    ("called for ..."), ``noun-clause`` ("expressed hope that ..."), ``dobj`` ("denied the
    report"). ``(None, "")`` when the verb reports nothing here.
    """
    for child in verb.children:
        if child.dep_ == "ccomp":
            return child, "ccomp"
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i:
            return child, "xcomp"
    if " " in lemma and verb.i + 1 < len(verb.doc):  # phrasal: "call for X", "point to X"
        part = verb.doc[verb.i + 1]
        if part.dep_ == "mark" and part.head.i > verb.i:
            return part.head, "phrasal"  # "called for [the two sides to continue]"
        for sub in part.children:
            if sub.dep_ in ("pobj", "pcomp"):
                return sub, "phrasal"
        if part.dep_ == "prt":
            for child in verb.rights:
                if child.dep_ == "dobj":
                    return child, "phrasal"
    for child in verb.rights:
        if child.dep_ == "dobj":
            # "expressed hope that ...": the noun's clause is the content
            for sub in child.children:
                if sub.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in sub.children):
                    return sub, "noun-clause"
    for child in verb.rights:
        if child.dep_ == "dobj" and child.pos_ not in ("PRON",):
            return child, "dobj"
    agent = any(c.dep_ == "agent" for c in verb.children)
    for child in verb.lefts:
        if child.dep_ == "nsubjpass" and agent and child.pos_ != "PRON":
            return child, "passive"  # "the move was first reported by MSNBC"
    for child in verb.rights:
        if child.dep_ == "prep" and child.i == verb.i + 1:
            for sub in child.children:
                if sub.dep_ in ("pobj", "pcomp"):
                    return sub, f"prep-{child.lower_}"  # "touched on ...", "looking for ..."
    return None, ""


def _confidence(kind: str, lemma: str, ctype: str,
                policy: Mapping[tuple[str, str], float] | None) -> float:
    """How often a cue-driven statement of this kind is right: quotations almost always are;
    reported content as often as the learned policy says its verb and complement were."""
    if kind == "direct":
        return 0.97
    if kind == "mixed":
        return 0.95
    known = policy.get((lemma, ctype)) if policy else None
    return round(known, 3) if known is not None else 0.6


def _allowed(lemma: str, ctype: str, policy: Mapping[tuple[str, str], float] | None) -> bool:
    """Whether a cue with this complement kind reports a statement.

    With a learned ``policy`` (precision of each lemma and complement kind on annotated news),
    pairs below :data:`POLICY_THRESHOLD` are dropped; pairs it never saw fall back to the word
    list: direct objects count only for verbs that report without a clause ("denied X").
    """
    if policy is None:
        return True
    known = policy.get((lemma, ctype))
    if known is not None:
        return known >= POLICY_THRESHOLD
    if ctype == "dobj":
        entry = lexicon.reporting_verbs().get(lemma.split()[0])
        return entry is not None and entry.cls in DIRECTOBJ_CLASSES and not entry.needs_complement
    return True


def _ends_clause(verb: Token) -> bool:
    """True when nothing but modifiers follows ``verb`` in its clause ("..., X said Tuesday.")."""
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative")
                   for c in verb.rights)


def _content_from_complement(ctx: _Context, comp: Token, verb: Token,
                             cue_end: int) -> tuple[int, int]:
    """Char range of a complement subtree, cut before the cue when it surrounds it.

    A complement after the cue runs on over the cue's later modifiers ("called for talks, in
    order to ..."), stopping at a conjoined clause or another cue.
    """
    first, last = comp.left_edge.i, comp.right_edge.i
    if comp.i > verb.i:
        first = max(first, cue_end)
        for child in verb.rights:
            if child.i <= last:
                continue
            if child.dep_ in ("cc", "conj", "parataxis") or child.lower_ == "according" or \
                    child.lemma_.lower() in lexicon.reporting_verbs():
                break
            if child.dep_ != "punct":
                last = child.right_edge.i
    elif last >= verb.i:
        last = verb.i - 1
    # subject of the cue never belongs to its content
    return _span_chars(ctx.doc, first, max(first, last))


def _apply_quotes(ctx: _Context, start: int, end: int) -> tuple[int, int, str, list[int]]:
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


def _cue_chars(doc: Doc, cue: CueMatch) -> tuple[int, int, str]:
    a, b = _span_chars(doc, cue.start, cue.end - 1)
    return a, b, cue.lemma


def _rule_cues(ctx: _Context, cues: list[CueMatch], used_quotes: set[int],
               policy: Mapping[tuple[str, str], float] | None) -> list[Draft]:
    doc = ctx.doc
    drafts: list[Draft] = []
    for cue in cues:
        head = doc[cue.head]
        para = ctx.paragraph_of(head.idx)
        if ctx.skip_para[para]:
            continue
        if cue.kind == "according":
            drafts.extend(_according(ctx, cue, para))
            continue
        if cue.kind in ("noun", "adjective"):
            d = _nominal(ctx, cue, head, para, policy)
            if d is not None:
                drafts.append(d)
            continue
        comp, ctype = _complement(head, cue.lemma)
        source = subject_of(head)
        rule = "verb"
        if comp is None and source is not None:
            pieces = _parenthetical(ctx, head, source, cue)
            if pieces:
                if _allowed(cue.lemma, pieces[0][2], policy):
                    drafts.extend(_draft_pieces(ctx, pieces, cue, source, para))
                continue
        if comp is None:
            ctype = "after"
            # ", the Foreign Ministry said." attached as parataxis: content is what precedes
            if head.dep_ in ("parataxis", "ccomp", "conj") and source is not None and \
                    source.head is head and source.i < head.i and head.head.i < source.i and \
                    _ends_clause(head):
                sent = head.sent
                first = sent.start
                last = mention_range(source)[0] - 1
                if last <= first or doc[last].text not in (",", "—", "–", "--"):
                    continue
                while last > first and doc[last].is_punct:
                    last -= 1
                if last > first:
                    a, b = _span_chars(doc, first, last)
                    comp_range = (a, b)
                    rule = "verb-after"
                else:
                    continue
            else:
                continue
        else:
            comp_range = _content_from_complement(ctx, comp, head, cue.end)
            rule = "verb-before" if comp.i < head.i else "verb"
        pa, pb = ctx.para_bounds(para)
        start, end = _trim(ctx.text, max(pa, comp_range[0]), min(pb, comp_range[1]))
        if end - start < 2:
            continue
        start, end, kind, used = _apply_quotes(ctx, start, end)
        if kind == "direct" and rule == "verb" and comp is not None and comp.i > head.i:
            rule = "cue-before-quote"
        if source is None:
            continue  # "is said to be ...": no source, not a statement of its own
        if kind != "direct" and not _allowed(cue.lemma, ctype, policy):
            continue
        used_quotes.update(used)
        if kind != "direct":
            start, end = _trim(ctx.text, start, end)
        conf = _confidence(kind, cue.lemma, ctype, policy)
        drafts.append(Draft(
            start=start, end=end, kind=kind, evidence=f"{kind}:{rule}({cue.lemma}+{ctype})",
            confidence=conf, cue=_cue_chars(doc, cue), source=source,
            mention=mention_range(source) if source is not None else None, paragraph=para,
        ))
    return drafts


def _parenthetical(ctx: _Context, verb: Token, source: Token, cue: CueMatch
                   ) -> list[tuple[int, int, str]]:
    """Content around an inserted attribution: "This campaign, he says, is different." and
    "As Clyburn noted, those voters will ..." / "..., as Clyburn noted."

    Returns the content pieces as (start char, end char, kind of insertion).
    """
    doc = ctx.doc
    sent = verb.sent
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        main = verb.head
        lo, hi = verb.left_edge.i, verb.right_edge.i
        if lo > sent.start and hi < sent.end - 2 and main.i > hi:
            return []
        if hi < main.i:  # "As X noted, CONTENT"
            first, last = hi + 1, main.right_edge.i
        else:  # "CONTENT, as X noted"
            first, last = main.left_edge.i, lo - 1
        first, last = max(first, sent.start), min(last, sent.end - 1)
        if last - first < 2:
            return []
        a, b = _trim(ctx.text, *_span_chars(doc, first, last))
        return [(a, b, "as-clause")] if b - a > 2 else []
    if verb.dep_ != "parataxis" or source.i > verb.i:
        return []
    m_lo = mention_range(source)[0]
    before = m_lo - 1
    after = max([verb.i, *(c.right_edge.i for c in verb.rights if c.dep_ not in ("punct",))]) + 1
    if before <= sent.start or after >= sent.end - 1:
        return []
    if doc[before].text not in (",", "—", "–", "--") or doc[after].text not in (",", "—", "–",
                                                                                    "--"):
        return []
    pieces = []
    for lo, hi in ((sent.start, before - 1), (after + 1, sent.end - 1)):
        if hi >= lo:
            a, b = _trim(ctx.text, *_span_chars(doc, lo, hi))
            if b - a > 1:
                pieces.append((a, b, "parenthetical"))
    return pieces if len(pieces) == 2 else []


def _draft_pieces(ctx: _Context, pieces: list[tuple[int, int, str]], cue: CueMatch,
                  source: Token, para: int) -> list[Draft]:
    out: list[Draft] = []
    for a, b, ctype in pieces:
        start, end, kind, _used = _apply_quotes(ctx, a, b)
        if kind != "direct":
            start, end = _trim(ctx.text, start, end)
        out.append(Draft(
            start=start, end=end, kind=kind,
            evidence=f"{kind}:verb-{ctype}({cue.lemma}+{ctype})",
            confidence=0.95 if kind != "indirect" else 0.85 if ctype == "parenthetical" else 0.6,
            cue=_cue_chars(ctx.doc, cue), source=source, mention=mention_range(source),
            paragraph=para, follows=out[0] if out else None,
        ))
    return out


def _nominal(ctx: _Context, cue: CueMatch, head: Token, para: int,
             policy: Mapping[tuple[str, str], float] | None) -> Draft | None:
    """A noun or adjective that reports: "Trump's claim that ...", "his criticism of ...",
    "she is confident that ...". Kept only where the learned policy knows the pair."""
    comp, ctype = None, ""
    for child in head.children:
        if child.dep_ in ("acl", "ccomp") and child.i > head.i and \
                any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
            comp, ctype = child, f"{cue.kind}-that"
            break
    if comp is None and cue.kind == "noun":
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "about", "on", "against",
                                                         "to", "with"):
                comp = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                ctype = f"noun-prep-{child.lower_}"
                break
    if comp is None or (policy is not None and (cue.lemma, ctype) not in policy):
        return None
    if not _allowed(cue.lemma, ctype, policy):
        return None
    source = next((c for c in head.children if c.dep_ == "poss"), None)
    if source is None:
        gov = head.head
        if head.dep_ in ("acomp", "attr", "dobj", "nsubj") and gov.pos_ in ("VERB", "AUX"):
            source = subject_of(gov) if head.dep_ != "nsubj" else None
    if source is None:
        return None
    a, b = _span_chars(ctx.doc, comp.left_edge.i, comp.right_edge.i)
    pa, pb = ctx.para_bounds(para)
    start, end = _trim(ctx.text, max(a, pa), min(b, pb))
    if end - start < 2:
        return None
    start, end, kind, _used = _apply_quotes(ctx, start, end)
    if kind != "direct":
        start, end = _trim(ctx.text, start, end)
    return Draft(start=start, end=end, kind=kind,
                 evidence=f"{kind}:{cue.kind}({cue.lemma}+{ctype})",
                 confidence=_confidence(kind, cue.lemma, ctype, policy),
                 cue=_cue_chars(ctx.doc, cue), source=source, mention=mention_range(source),
                 paragraph=para)


def _according(ctx: _Context, cue: CueMatch, para: int) -> list[Draft]:
    doc = ctx.doc
    acc = doc[cue.head]
    to = doc[cue.head + 1]
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None and cue.head + 2 < len(doc):
        src = doc[cue.head + 2]
    sent = acc.sent
    phrase_lo, phrase_hi = acc.i, max(acc.right_edge.i, to.right_edge.i)
    if phrase_lo <= sent.start + 1:
        first, last = phrase_hi + 1, sent.end - 1
    else:
        first, last = sent.start, phrase_lo - 1
    if last < first:
        return []
    a, b = _trim(ctx.text, *_span_chars(doc, first, last))
    if b - a < 2:
        return []
    a, b, kind, _ = _apply_quotes(ctx, a, b)
    if kind != "direct":
        a, b = _trim(ctx.text, a, b)
    return [Draft(
        start=a, end=b, kind=kind, evidence=f"{kind}:according-to", confidence=0.9,
        cue=_cue_chars(doc, cue), source=src,
        mention=mention_range(src) if src is not None else None, paragraph=para,
    )]


def _frame(ctx: _Context, qi: int) -> tuple[int, int]:
    """Token range around quotation ``qi`` that belongs to its sentence, outside other quotes."""
    q = ctx.quotations[qi]
    doc = ctx.doc
    pa, pb = ctx.para_bounds(q.paragraph)
    first = ctx.token_at(q.start)
    lo = first
    while lo > 0 and doc[lo - 1].idx >= pa:
        t = doc[lo - 1]
        if ctx.quote_of[t.i] >= 0 and ctx.quote_of[t.i] != qi:
            break
        if t.text in SENT_END and not ctx.quoted[t.i]:
            break
        lo -= 1
    hi = ctx.token_at(q.end)
    if hi < len(doc) and doc[hi].idx < q.end:
        hi += 1
    while hi < len(doc) and doc[hi].idx < pb:
        t = doc[hi]
        if ctx.quote_of[t.i] >= 0 and ctx.quote_of[t.i] != qi:
            break
        hi += 1
        if t.text in SENT_END and not ctx.quoted[t.i]:
            break
    return lo, hi


def _speaker_near(verb: Token, lo: int, hi: int) -> Token | None:
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
            while t.dep_ in ("compound", "flat") and t.head.i != t.i and lo <= t.head.i < hi:
                t = t.head
            return t
    return None


def _direct_cue_in_frame(ctx: _Context, qi: int, cues_by_head: dict[int, CueMatch]
                         ) -> Draft | None:
    q = ctx.quotations[qi]
    doc = ctx.doc
    lo, hi = _frame(ctx, qi)
    q_first = ctx.token_at(q.start)
    q_last = ctx.token_at(max(q.start, q.end - 1))
    content = ctx.text[q.content_start:q.content_end].rstrip(" \t\n" + QUOTE_CHARS)
    if _looks_like_title(WORD_RE.findall(content)):
        return None  # “Face the Nation,” Sanders was asked: a title, not words said
    after_mark = ctx.text[q.end:q.end + 1]
    # an attributed quotation closes its clause: “...,” Biegun said / “...” -- he said
    closes = content[-1:] in ",.?!…-—–:;" or after_mark in (",", "—", "–", "-", ":")
    speechlike = _reads_as_speech(ctx, q)
    # a dash attribution: “...” — Prime Minister Hana Sato (also opening the next paragraph)
    dash = DASH_RE.match(ctx.text, q.end) or DASH_NEXT_RE.match(ctx.text, q.end)
    if dash:
        j = ctx.token_at(dash.end())
        if j < len(doc) and doc[j].idx >= dash.end() and ctx.quote_of[j] < 0 and (
                doc[j].pos_ == "PROPN" or doc[j].ent_type_):
            k = j
            while k + 1 < len(doc) and (doc[k + 1].pos_ == "PROPN" or doc[k + 1].text == "-"):
                k += 1
            dash_src = doc[k]
            return Draft(start=q.content_start, end=q.content_end, kind="direct",
                         evidence="direct:dash", confidence=0.85,
                         cue=(dash.start() + len(dash.group()) - len(dash.group().lstrip()),
                              dash.start() + len(dash.group().rstrip()), "dash"),
                         source=dash_src, mention=(j, k + 1), paragraph=q.paragraph)
    # after the quotation: “...,” Biegun said / said Biegun
    for i in range(q_last + 1, hi if closes else q_last + 1):
        cue = cues_by_head.get(i)
        if cue is None or cue.kind != "verb":
            continue
        src = _speaker_near(doc[i], q_last + 1, hi)
        if src is not None and ctx.quote_of[src.i] < 0:
            return Draft(start=q.content_start, end=q.content_end, kind="direct",
                         evidence="direct:cue-after-quote", confidence=0.9,
                         cue=_cue_chars(doc, cue), source=src,
                         mention=mention_range(src), paragraph=q.paragraph)
    # before the quotation: Biegun said: “...” (the quotation then ends its sentence)
    rest = ctx.text[q.end:ctx.doc[hi - 1].idx + len(ctx.doc[hi - 1].text)] if hi > q_last else ""
    ends_sentence = not WORD_RE.search(rest)
    for i in range(q_first - 1, lo - 1 if (ends_sentence or speechlike) else q_first - 1, -1):
        cue = cues_by_head.get(i)
        if cue is None:
            continue
        src = subject_of(doc[i]) if cue.kind == "verb" else None
        if cue.kind == "according":
            src = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
        if src is not None and ctx.quote_of[src.i] < 0:
            return Draft(start=q.content_start, end=q.content_end, kind="direct",
                         evidence="direct:cue-before-quote", confidence=0.92,
                         cue=_cue_chars(doc, cue), source=src,
                         mention=mention_range(src), paragraph=q.paragraph)
    # a name and a colon: "Philip Bump: “Two weeks ago, ...”"
    colon = q_first - 1
    if speechlike and colon > lo and doc[colon].text == ":" and doc[colon - 1].pos_ == "PROPN":
        k = colon - 1
        while k > lo and doc[k - 1].pos_ == "PROPN":
            k -= 1
        if colon - k <= 4:
            return Draft(start=q.content_start, end=q.content_end, kind="direct",
                         evidence="direct:name-colon", confidence=0.8,
                         cue=(doc[colon].idx, doc[colon].idx + 1, ":"), source=doc[colon - 1],
                         mention=(k, colon), paragraph=q.paragraph)
    return None


def _looks_like_title(words: Sequence[str]) -> bool:
    """"Face the Nation", "Going Viral": a short run of capitalised words names a work."""
    long = [w for w in words if len(w) >= 4]
    return 1 <= len(words) <= 8 and bool(long) and all(w[0].isupper() for w in long)


def _starts_sentence(ctx: _Context, q: Quotation) -> bool:
    """The quotation opens its paragraph or follows the end of a sentence."""
    pa, _pb = ctx.para_bounds(q.paragraph)
    before = ctx.text[pa:q.start].rstrip()
    if not before or before[-1] in ".!?:":
        return True
    return before[-1] in QUOTE_CHARS and before[-2:-1] in (".", "!", "?")


def _reads_as_speech(ctx: _Context, q: Quotation) -> bool:
    """A quotation that is a sentence or more, or makes up its whole sentence; not a title."""
    content = ctx.text[q.content_start:q.content_end]
    words = WORD_RE.findall(content)
    if not words or _looks_like_title(words):
        return False
    if len(words) >= 6:
        return True
    # stands at the start of its paragraph or sentence and ends with sentence punctuation
    return _starts_sentence(ctx, q) and content.rstrip(" " + QUOTE_CHARS)[-1:] in ".!?"


def _colon_intro(ctx: _Context, para: int, cues_by_head: dict[int, CueMatch]) -> Draft | None:
    """A paragraph ending "Caddell continued:" introduces the next one."""
    if para <= 0:
        return None
    pa, pb = ctx.paragraphs[para - 1]
    if not ctx.text[pa:pb].rstrip().endswith(":"):
        return None
    last = ctx.token_at(pb - 1)
    first = ctx.token_at(pa)
    for i in range(last, first - 1, -1):
        cue = cues_by_head.get(i)
        if cue is not None and cue.kind == "verb":
            src = _speaker_near(ctx.doc[i], first, last + 1)
            if src is not None:
                return Draft(start=0, end=0, kind="direct", evidence="", confidence=0.9,
                             cue=_cue_chars(ctx.doc, cue), source=src,
                             mention=mention_range(src), paragraph=para - 1)
    return None


def _rule_quotes(ctx: _Context, cues: list[CueMatch], used: set[int],
                 drafts: list[Draft]) -> list[Draft]:
    cues_by_head = {c.head: c for c in cues}
    by_quote: dict[int, Draft] = {}
    for done in drafts:
        for qi in ctx.quotes_in(done.start - 2, done.end + 2):
            if qi in used:
                by_quote.setdefault(qi, done)
    out: list[Draft] = []
    # every draft by paragraph, for the previous speaker without a scan of all of them
    by_para: dict[int, list[Draft]] = {}
    for done in drafts:
        by_para.setdefault(done.paragraph, []).append(done)

    def keep(d: Draft) -> None:
        out.append(d)
        by_para.setdefault(d.paragraph, []).append(d)

    pending: list[tuple[int, Draft]] = []  # quotes waiting for a later attribution in paragraph
    for qi, q in enumerate(ctx.quotations):
        if qi in used or ctx.skip_para[q.paragraph if q.paragraph < len(ctx.skip_para) else 0]:
            continue
        d: Draft | None = _direct_cue_in_frame(ctx, qi, cues_by_head)
        if d is not None:
            keep(d)
            by_quote[qi] = d
            for pqi, pd in pending:
                if ctx.quotations[pqi].paragraph == q.paragraph:
                    pd.follows, pd.evidence, pd.confidence = d, "direct:before-attributed", 0.8
            pending = []
            continue
        # the quotation this one may continue: the last attributed one before it, skipping
        # titles and scare quotes of the same paragraph (“...,” he said on “This Week.” “...”)
        back = qi - 1
        while back >= 0 and back not in by_quote and \
                ctx.quotations[back].paragraph == q.paragraph:
            back -= 1
        prev = by_quote.get(back)
        prev_q = ctx.quotations[back] if back >= 0 else None
        follows: Draft | None = None
        evidence = ""
        if q.continues and prev is not None:
            follows, evidence = prev, "direct:continued-paragraph"
        elif prev is not None and prev_q is not None and prev_q.paragraph == q.paragraph and \
                (_reads_as_speech(ctx, q) or _starts_sentence(ctx, q)):
            follows, evidence = prev, "direct:same-paragraph"
        elif prev is None or prev_q is None or prev_q.paragraph < q.paragraph:
            intro = _colon_intro(ctx, q.paragraph, cues_by_head)
            if intro is not None and (prev_q is None or prev_q.paragraph < q.paragraph - 1
                                      or prev is None):
                intro.start, intro.end = q.content_start, q.content_end
                intro.evidence = "direct:colon-intro"
                keep(intro)
                by_quote[qi] = intro
                continue
            if prev is not None and prev_q is not None and prev_q.paragraph == q.paragraph - 1 \
                    and prev.kind == "direct" and _reads_as_speech(ctx, q) \
                    and ctx.opens_paragraph(q):
                follows, evidence = prev, "direct:next-paragraph"
        if follows is not None:
            d = Draft(start=q.content_start, end=q.content_end, kind="direct", evidence=evidence,
                      confidence=0.95 if evidence == "direct:same-paragraph" else 0.85,
                      follows=follows,
                      paragraph=q.paragraph)
            keep(d)
            by_quote[qi] = d
            continue
        if _reads_as_speech(ctx, q):
            d = Draft(start=q.content_start, end=q.content_end, kind="direct",
                      evidence="direct:unattributed", confidence=0.75, paragraph=q.paragraph)
            last = _last_attributed(by_para.get(q.paragraph - 1, ())) \
                if ctx.opens_paragraph(q) else None
            if last is not None:
                # a quotation opening the paragraph after someone spoke: usually theirs
                d.follows, d.evidence, d.confidence = last, "direct:previous-speaker", 0.8
            keep(d)
            by_quote[qi] = d
            pending.append((qi, d))
    return out


def _last_attributed(in_paragraph: Iterable[Draft]) -> Draft | None:
    """The last statement with a source among the drafts of one paragraph."""
    best = None
    for d in in_paragraph:
        if (d.source is not None or d.follows is not None) and \
                (best is None or d.start > best.start):
            best = d
    return best


def _rule_labels(ctx: _Context, drafts: list[Draft], used: set[int]) -> list[Draft]:
    """Colon attributions that open a paragraph.

    * transcripts: ``WALLACE: Let's start ...`` (an upper-case speaker label, the paragraph
      possibly inside quotation marks) gives a direct statement;
    * headlines: ``US envoy for N. Korea: Starting is half the job`` (a short noun phrase, then a
      colon, in a paragraph that reads as a headline) gives a statement of the words after it;
      with a quotation after the colon, the part before it may be a clause ("Warren Hammers
      Wells Fargo CEO: ‘You Should Be ...’").
    """
    doc = ctx.doc
    out: list[Draft] = []
    taken = [(d.start, d.end) for d in drafts]
    for pi, (pa, pb) in enumerate(ctx.paragraphs):
        if ctx.skip_para[pi]:
            continue
        para = ctx.text[pa:pb]
        label = LABEL_RE.match(para)
        if label and label.group(1).replace("’", "'") not in NOT_LABELS:
            lo, hi = ctx.token_at(pa + label.start(1)), ctx.token_at(pa + label.end(1) - 1) + 1
            start, end = _trim(ctx.text, pa + label.end(), pb, quotes=True)
            if end - start < 2 or any(a < end and start < b for a, b in taken):
                continue
            used.update(ctx.quotes_in(start, end))
            out.append(Draft(
                start=start, end=end, kind="direct", evidence="direct:transcript-label",
                confidence=0.85, cue=(pa + label.end(1), pa + label.end(1) + 1, ":"),
                source=doc[hi - 1], mention=(lo, hi), paragraph=pi,
            ))
            continue
        colon = para.find(": ")
        if colon <= 0 or len(para) > 220 or para.rstrip()[-1:] == ":":
            continue
        left = para[:colon]
        if len(left.split()) > 8 or any(c in left for c in QUOTE_CHARS[:9]):
            continue
        lo, hi = ctx.token_at(pa), ctx.token_at(pa + colon)
        toks = doc[lo:hi]
        if not any(t.pos_ in ("PROPN", "NOUN") for t in toks):
            continue
        start, end = _trim(ctx.text, pa + colon + 1, pb)
        if end - start < 3 or any(a < end and start < b for a, b in taken):
            continue
        start, end, kind, qs = _apply_quotes(ctx, start, end)
        if kind != "direct" and any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG")
                                    for t in toks):
            continue
        # the whole paragraph reads as a headline: no sentence-final full stop, or short
        if para.rstrip()[-1:] == "." and len(para.split()) > 25:
            continue
        used.update(qs)
        head = toks.root
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        out.append(Draft(
            start=start, end=end, kind=kind, evidence=f"{kind}:headline-colon",
            confidence=0.45 if kind == "indirect" else 0.9,
            cue=(pa + colon, pa + colon + 1, ":"), source=subject or head, mention=(lo, hi),
            paragraph=pi,
        ))
    return out


def _drop_nested(text: str, drafts: list[Draft]) -> list[Draft]:
    """Keep one statement per stretch of text: an attribution nested in another's content goes.

    The outer statement wins, except that a direct statement always survives the indirect one
    that merely overlaps it.
    """
    drafts.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[Draft] = []
    for d in drafts:
        clash = None
        for k in reversed(kept[-12:]):  # sorted by start: only recent ones can still overlap
            if d.start < k.end and k.start < d.end:
                clash = k
        if clash is None:
            kept.append(d)
            continue
        inside = clash.start <= d.start and d.end <= clash.end
        if inside and d.kind == "direct" and clash.kind == "indirect" and clash.cue and \
                d.cue and clash.cue[0] == d.cue[0]:
            kept[kept.index(clash)] = d
        elif not inside and d.kind == "direct" and clash.kind != "direct":
            # overlap only: trim the indirect one to end before the quotation
            if clash.start < d.start:
                clash.start, clash.end = _trim(text, clash.start, d.start, quotes=True)
            kept.append(d)
    kept = [k for k in kept if k.end > k.start]
    for k in kept:
        if k.follows is not None and k.follows not in kept:
            while k.follows is not None and k.follows not in kept:
                k.follows = k.follows.follows
    return kept


def find_statements(context: Context, *,
                    policy: Mapping[tuple[str, str], float] | str | None = "default",
                    ) -> list[Draft]:
    """Find every statement of a document (see the module docstring for the rules).

    Args:
        context: The document (:class:`~quotekit.pipeline.context.Context`).
        policy: Which reporting verbs and complement kinds yield indirect statements:
            ``"default"`` for the packaged table learned on annotated news
            (:func:`quotekit.lexicon.cue_policy`), a mapping of ``(lemma, kind)`` to precision,
            or None to keep every candidate (used to learn the table).

    Returns:
        Drafts in text order, their speakers not yet resolved.
    """
    doc = context.doc
    if not len(doc):
        return []
    ctx = _Context(doc, context.quotations, context.paragraphs, context.text)
    cues = list(find_cues(doc, ctx.quoted))
    used: set[int] = set()
    if policy == "default":
        policy = lexicon.cue_policy()
    drafts = _rule_cues(ctx, cues, used, policy)  # type: ignore[arg-type]
    drafts += _rule_labels(ctx, drafts, used)
    drafts += _rule_quotes(ctx, cues, used, drafts)
    drafts = _drop_nested(ctx.text, drafts)
    for d in drafts:
        d.paragraph = ctx.paragraph_of(d.start)
        root = d.follows
        while root is not None and root.follows is not None:
            root = root.follows
        if root is not None:
            # a continued quotation is attributed by the same words as the one it continues
            d.cue = d.cue or root.cue
            d.source, d.mention = root.source, root.mention
    return drafts
