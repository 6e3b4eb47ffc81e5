"""Page furniture and datelines: paragraphs that are no article text, and the place line
that opens a wire story.

* A **furniture** paragraph (:func:`furniture`) yields no statement: a label and a colon
  opening it ("WATCH: ...", "Related: ...", "Editor's note: ...", the ``label`` rows of
  ``data/furniture_labels.tsv``; or a bar: "Also Read | ..."), a bullet or star list item
  ("• ...", "** WINNER: Name, Title", the ``bullet`` rows), a whole line of furniture ("Back
  to top", the ``line`` rows), a phrase opening it without a colon ("Originally published
  as ...", "(With inputs from PTI)", the ``opening`` rows), the short lines under an
  upper-case heading that opens with a label ("MORE AFL NEWS" over the headlines of links),
  a short byline with a time stamp ("Jane Roe · CBC News · Posted: Mar 04, 2026", the
  ``stamp`` rows), or a line with no verb outside quotation marks other than the article's first
  (:func:`first_line`: a headline may have none).
* A **dateline** (:func:`dateline_end`) opening a paragraph, "LONDON (AP) —" or "BOSTON,
  May 2, 2024 /Business Wire/ --", is never a speaker nor part of a content
  (:func:`clear_datelines`). So is a place and a colon opening the lede ("NEW DELHI: The
  ...", :func:`colon_dateline`): the one upper-case label of the article, in its first long
  paragraph (a transcript's labels come back).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from quotekit import lexicon
from quotekit.pipeline.context import Context
from quotekit.pipeline.drafts import Draft

__all__ = [
    "DATELINE_RE",
    "FURNITURE_RE",
    "clear_datelines",
    "colon_dateline",
    "dateline_end",
    "first_line",
    "furniture",
    "page_topic",
]


def _entries(group: str) -> list[str]:
    rows = lexicon._rows("furniture_labels.tsv", 2, "group\tentry")
    return [entry for _n, (g, entry) in rows if g == group]


_LINES = frozenset(_entries("line"))
#: The last words of a live page's topic before a headline's colon ("Storm Isolde live").
_PAGE_RE = regex.compile(
    r"(?:^|\s)(?:" + "|".join(regex.escape(p) for p in _entries("page")) + r")\s*$",
    regex.IGNORECASE)
_BULLETS = "".join(regex.escape(b) for b in _entries("bullet"))
_LABELS = "|".join(regex.escape(label).replace("'", "['’]")
                   for label in sorted(_entries("label"), key=len, reverse=True))
#: A furniture paragraph's opening: a bullet or star list item, or a furniture label and a
#: colon (after an optional bullet).
FURNITURE_RE = regex.compile(
    rf"^(?:[{_BULLETS}]+[ \t\u00a0]|[{_BULLETS}]*[ \t]*(?:{_LABELS})[ \t\u00a0]*[:|])",
    regex.IGNORECASE,
)
_OPENINGS = "|".join(regex.escape(o).replace("'", "['’]")
                     for o in sorted(_entries("opening"), key=len, reverse=True))
#: A paragraph that a furniture phrase opens without a colon: "Originally published as ...",
#: "(With inputs from PTI)", "Download the ... app".
OPENING_RE = regex.compile(rf"^[(\[]?\s*(?:{_OPENINGS})\b", regex.IGNORECASE)
#: A heading over a list of links: upper-case words opening with a furniture label ("MORE AFL
#: NEWS", "RELATED STORIES"), with no end punctuation.
_HEADING_RE = regex.compile(rf"^(?:{_LABELS})(?:[ \t]+[\p{{Lu}}\p{{N}}&'’\-]+){{0,4}}[ \t]*$",
                            regex.IGNORECASE)
#: The longest line (in words) that a list of links under such a heading holds.
_LINK_WORDS = 20
#: A wire dateline: an upper-case place (or two, parted by a slash), maybe a region or date,
#: an agency in brackets or between slashes, then a dash.
DATELINE_RE = regex.compile(
    r"""(?:\p{Lu}[\p{Lu}.'’\-]+(?:(?:[ \t]|/)\p{Lu}[\p{Lu}.'’\-]+){0,3}  # NEW YORK, OSLO/LONDON
          (?:,[ \t][\p{L}\p{N}.'’\- ]{1,30}?){0,3}                 # , South Korea / , May 2
          [ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?                        # (AP)
          (?:/[^/\n]{1,40}/[ \t]*)?                                 # /Business Wire/
        | [\p{L}\p{N}.,'’ \t]{1,40}?[ \t]*\(\p{Lu}[\p{L} .]{0,20}\)[ \t]*  # Dec 29 (Reuters)
        )
        (?:—|–|--|-(?!\p{Lu}{2}))[ \t\u00a0]*  # (not a hyphen inside a name: OKORIE-MARSH)
    """,
    regex.VERBOSE,
)


#: Upper-case words and a colon opening a paragraph: "NEW DELHI: ", a transcript's "WALLACE: ",
#: '"MR. TRUMP: ' (statements/labels.py reads these as speaker labels), "UPDATE: "; group 1
#: is the words.
UPPER_LABEL_RE = regex.compile(
    r"""^[\"“'‘]?                                  # a paragraph may open inside a quote
        ((?:\p{Lu}\p{Lu}?\.?\ )?                    # MR. / DR.
         \p{Lu}[\p{Lu}'’\-]+(?:\ \p{Lu}[\p{Lu}'’\-]+){0,2})   # up to three upper-case words
        :[ \t]+(?=\S)""",
    regex.VERBOSE,
)
#: The longest paragraph (in words) that may come between the headline and a colon dateline:
#: a byline, a date, a subheading.
_BEFORE_LEDE_WORDS = 25


#: "Follow Pam Key on Twitter @pamkeyNEN.": a short line pointing to a network or feed.
_FOLLOWS = "|".join(regex.escape(f) for f in _entries("follow"))
FOLLOW_RE = regex.compile(
    rf"^\s*follow\b[^\n,;]{{0,60}}?\bon\s+(?:{_FOLLOWS})\b[^\n,;]{{0,60}}$", regex.IGNORECASE)
#: "(CROSSTALK)", "[APPLAUSE]": a transcript's stage direction, a whole paragraph.
_STAGES = "|".join(regex.escape(s) for s in _entries("stage"))
STAGE_RE = regex.compile(rf"^\s*[(\[]\s*(?:{_STAGES})\s*\.?\s*[)\]]\s*\.?\s*$", regex.IGNORECASE)


#: A time stamp's label and colon, opening a line or after a separator ("· Posted: Mar 04").
_STAMPS = "|".join(regex.escape(s) for s in sorted(_entries("stamp"), key=len, reverse=True))
STAMP_RE = regex.compile(rf"(?:^|[·|•])[ \t\u00a0]*(?:{_STAMPS})[ \t\u00a0]*:", regex.IGNORECASE)
#: The longest byline with a time stamp (in words).
_STAMP_WORDS = 30
#: A live blog's clock time alone on its line: "16:02 GMT", "3.45pm", "10:15 a.m. ET".
CLOCK_RE = regex.compile(
    r"^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+\p{Lu}{2,5})?[ \t]*$",
    regex.IGNORECASE)
#: A label of the group ``post`` and its colon opening a paragraph: "Update: ...".
_POST_RE = regex.compile(
    "^(?:" + "|".join(regex.escape(p) for p in _entries("post")) + r")[ \t]*:", regex.IGNORECASE)


def _live_post(ctx: Context, paragraph: int) -> bool:
    """Whether ``paragraph`` is a live blog's post that a label of the group ``post`` opens
    right after a line holding only a clock time ("16:02 GMT", then "Update: The council
    says ..."): article text, not a note."""
    if paragraph == 0 or not _POST_RE.match(ctx.text[slice(*ctx.paragraphs[paragraph])]):
        return False
    return CLOCK_RE.match(ctx.text[slice(*ctx.paragraphs[paragraph - 1])]) is not None


def _pattern_furniture(para: str) -> bool:
    """A label and a colon, a list item, a whole line of furniture ("Back to top"), a "Follow
    ... on Twitter" line, a stage direction ("(CROSSTALK)") or a short byline with a time
    stamp ("Jane Roe · CBC News · Posted: Mar 04, 2026")."""
    if FURNITURE_RE.match(para) or OPENING_RE.match(para) or \
            para.rstrip(" .:|»›>").replace("’", "'").lower() in _LINES:
        return True
    if len(para.split()) <= _STAMP_WORDS and STAMP_RE.search(para):
        return True
    bare = para.strip(" \t\"“”'‘’")  # a transcript may quote them: '"(CROSSTALK.)'
    return bool(FOLLOW_RE.match(bare)) or bool(STAGE_RE.match(bare))


def _is_link_heading(para: str) -> bool:
    """An upper-case heading that opens with a furniture label ("MORE AFL NEWS", "RELATED
    STORIES"): the short lines under it are links."""
    return para.isupper() and bool(_HEADING_RE.match(para.strip()))


def _link_line(para: str) -> bool:
    """A line that may be a link's headline: short, not ending a sentence."""
    bare = para.strip()
    return 0 < len(bare.split()) <= _LINK_WORDS and bare[-1] not in ".!?\"”’'"


def first_line(ctx: Context) -> int:
    """Index of the article's first line: the first paragraph that is no furniture by its
    words (a headline may follow "Back To Top")."""
    for pi, (pa, pb) in enumerate(ctx.paragraphs):
        if not _pattern_furniture(ctx.text[pa:pb]):
            return pi
    return len(ctx.paragraphs)


def _has_verb(ctx: Context, start: int, end: int) -> bool:
    lo, hi = ctx.token_at(start), ctx.token_at(end)
    return any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[lo:hi])


def furniture(ctx: Context) -> list[str | None]:
    """For each paragraph of ``ctx``, whether it is page furniture (see the module), and of
    which kind: ``"label"`` (a furniture label, a list item, a furniture line), ``"verbless"``
    (a line with no verb, after the first: a transcript rule may still read it as a
    question, "Q: Why now?") or None."""
    out: list[str | None] = []
    first = first_line(ctx)
    links = False  # in a list of links under a heading ("MORE AFL NEWS")
    for pi, (pa, pb) in enumerate(ctx.paragraphs):
        para = ctx.text[pa:pb]
        links = links and _link_line(para)
        if pi > first and _is_link_heading(para):
            links = True
        if links or (_pattern_furniture(para) and not _live_post(ctx, pi)):
            out.append("label")
            continue
        verbless = pi != first and not ctx.quotes_in(pa, pb) and not _has_verb(ctx, pa, pb)
        out.append("verbless" if verbless else None)
    return out


def colon_dateline(ctx: Context) -> int:
    """The paragraph a place and a colon open as a dateline ("NEW DELHI: The ..."), or -1:
    the article's only paragraph opened by upper-case words and a colon, not its first line
    (a headline: "BOOM: ..."), and no longer paragraph before it since the first line (a
    transcript's labels come back; a lone label deep in the text is a note). Where the first
    line is itself such a label, or the label is the surname of a person the article names
    ("JANE SMITH: ..." then "HARLOW: Not at all." and "Tom Harlow"), it is a dialogue."""
    first = first_line(ctx)
    if first < len(ctx.paragraphs) and \
            UPPER_LABEL_RE.match(ctx.text[slice(*ctx.paragraphs[first])]):
        return -1
    found = -1
    for pi, (pa, pb) in enumerate(ctx.paragraphs):
        para = ctx.text[pa:pb]
        if pi <= first or _pattern_furniture(para):
            continue
        if UPPER_LABEL_RE.match(para):
            if found >= 0:
                return -1
            found = pi
        elif found < 0 and len(para.split()) > _BEFORE_LEDE_WORDS:
            return -1
    if found >= 0:
        label = UPPER_LABEL_RE.match(ctx.text[slice(*ctx.paragraphs[found])])
        last = label.group(1).split()[-1].lower() if label else ""
        if any(e.label_ == "PERSON" and e[-1].lower_ == last for e in ctx.doc.ents):
            return -1
    return found


def dateline_end(ctx: Context, paragraph: int, colon: int = -1) -> int:
    """Character offset just past the dateline opening ``paragraph``, or -1 without one;
    ``colon`` is the paragraph of :func:`colon_dateline`."""
    if paragraph >= len(ctx.paragraphs):
        return -1
    pa, pb = ctx.paragraphs[paragraph]
    found = (UPPER_LABEL_RE if paragraph == colon >= 0 else DATELINE_RE).match(ctx.text[pa:pb])
    return pa + found.end() if found and pa + found.end() < pb else -1


#: Dependencies of a cue whose subject is its governing verb's ("hailed the pact, saying").
_SUBJECT_FROM_HEAD = frozenset({"advcl", "xcomp", "conj"})


def _source_after(ctx: Context, d: Draft, end: int) -> None:
    """Keep ``d``'s source mention out of the dateline: cut it where its head lies after
    the dateline ("BRUSSELS - European leaders"), else take the name set beside the dateline
    ("WASHINGTON - President Obama, ...", "HOUSTON /PRNewswire/ -- Northwind Energy Inc.",
    which the parser may join to the place) or the cue's subject outside the dateline, or no
    source."""
    if d.source is not None and d.mention is not None and ctx.start_of(d.source.i) >= end:
        d.mention = (ctx.token_at(end), d.mention[1])
        return
    if d.source is not None:  # "WASHINGTON - President Obama, ... said": the apposition
        # (or the conjunct: "HOUSTON, Oct. 28, 2026 /PRNewswire/ -- Northwind Energy Inc.")
        for child in d.source.rights:
            if child.dep_ in ("appos", "conj") and child.pos_ == "PROPN" and \
                    ctx.start_of(child.left_edge.i) >= end:
                d.source, d.mention = child, (child.left_edge.i, child.i + 1)
                return
    if d.cue is not None:
        head = ctx.doc[ctx.token_at(d.cue[0])]
        # "..., saying ...": the subject is the governing verb's
        heads = [head, head.head] if head.dep_ in _SUBJECT_FROM_HEAD else [head]
        for child in (c for h in heads for c in h.children):
            if child.dep_ in ("nsubj", "nsubjpass") and ctx.start_of(child.left_edge.i) >= end:
                d.source, d.mention = child, (child.left_edge.i, child.i + 1)
                return
    d.source = d.mention = None


def clear_datelines(ctx: Context, drafts: Iterable[Draft], colon: int) -> None:
    """Keep datelines out of the drafts: a source mention in one gives way to the cue's
    other subject (or none), and a content starting in one starts after it; ``colon`` is
    the paragraph of :func:`colon_dateline`."""
    ends: dict[int, int] = {}

    def end_of(paragraph: int) -> int:
        """The dateline end of ``paragraph`` (read once per paragraph)."""
        if paragraph not in ends:
            ends[paragraph] = dateline_end(ctx, paragraph, colon)
        return ends[paragraph]

    for d in drafts:
        if d.mention is not None:
            end = end_of(ctx.paragraph_of_token(d.mention[0]))
            if end > 0 and ctx.start_of(d.mention[0]) < end:
                _source_after(ctx, d, end)
        end = end_of(d.paragraph)
        if d.start < end < d.end:
            d.start = end


def page_topic(words: str) -> bool:
    """Whether ``words``, a headline's part before its colon, name a running page's topic
    rather than a speaker ("Storm Isolde live", "Budget live updates": furniture_labels.tsv,
    group page)."""
    return _PAGE_RE.search(words) is not None
