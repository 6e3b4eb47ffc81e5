"""After the rules: one statement per stretch of text, and continued quotations sourced."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotekit import lexicon
from quotekit.pipeline.context import Context
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements._common import trim
from quotekit.pipeline.statements._withheld import group

__all__ = ["drop_nested", "inherit_sources"]

#: The cue classes of an attribution that an "according to" can report at second hand.
_SPEECH = lexicon.SCOPES["speech"]


def drop_nested(text: str, drafts: list[Draft], *, second_hand: bool = True,
                ctx: Context | None = None) -> list[Draft]:
    """Keep one statement per stretch of text: an attribution nested in another's content goes.

    The outer statement wins, except that a direct statement always survives the indirect one
    that merely overlaps it, and, with ``second_hand``, an attribution that an "according to"
    reports ("Okafor added that the deal was close, according to the agency") is kept, with
    the reporter noted (:attr:`Draft.reporter`). ``drafts`` is sorted in place (by start,
    longest first).
    """
    drafts.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[Draft] = []
    #: what took the place of each dropped draft (by id): the statement whose content holds it
    instead: dict[int, Draft] = {}
    for d in drafts:
        clash = None
        for k in reversed(kept[-12:]):  # sorted by start: only recent ones can still overlap
            if d.start < k.end and k.start < d.end:
                clash = k
        if clash is None:
            kept.append(d)
            continue
        inside = clash.start <= d.start and d.end <= clash.end
        cut = _coordinated_cut(clash, d)
        if cut is not None:
            # "announced that he was in therapy and vowed to ...": two statements
            _cut(text, clash, cut, ctx)
            d.source, d.mention = clash.source, clash.mention
            kept.append(d)
        elif (cut := _contrast_cut(clash, d)) is not None:
            # "Critics say the plan will fail, while supporters argue it is overdue"
            _cut(text, clash, cut, ctx)
            kept.append(d)
        elif (cut := _relative_cut(clash, d)) is not None:
            # "Smith said the plan would fail, which he called “a total disaster.”"
            _cut(text, clash, cut, ctx)
            kept.append(d)
        elif second_hand and _reports(clash, d):
            _nest(text, clash, d)
            kept[kept.index(clash)] = d
            instead[id(clash)] = d
        elif inside and d.kind == "direct" and clash.kind == "indirect" and clash.cue and \
                d.cue and clash.cue[0] == d.cue[0]:
            kept[kept.index(clash)] = d
            instead[id(clash)] = d
        elif not inside and d.kind == "direct" and clash.kind != "direct":
            # overlap only: trim the indirect one to end before the quotation
            if clash.start < d.start:
                clash.start, clash.end = trim(text, clash.start, d.start, quotes=True)
            kept.append(d)
        else:
            instead[id(d)] = clash
    kept = [k for k in kept if k.end > k.start]
    _refollow(kept, instead)
    return kept


def _cut(text: str, outer: Draft, at: int, ctx: Context | None) -> None:
    """End ``outer``'s content before character ``at``; a mixed content left with no
    quotation of ``ctx`` in it is indirect."""
    outer.start, outer.end = trim(text, outer.start, at)
    if outer.kind == "mixed" and ctx is not None and not ctx.quotes_in(outer.start, outer.end):
        outer.kind = "indirect"


def _coordinated_cut(outer: Draft, inner: Draft) -> int | None:
    """Where to cut ``outer`` if ``inner`` is a second statement of ``outer``'s source that the
    parser left inside ``outer``'s content (the start of ``inner``'s clause), else None. Its
    cue verb comes after the content's start, set off by a comma or a conjunction; cutting
    ``outer`` there leaves content; and it has the same source token ("X said A, noting B";
    "X acknowledged A but warned B") or is a subjectless verb of the same form as ``outer``'s
    that the parser joined to a verb inside the content ("X announced that he was in therapy
    and vowed to ...")."""
    if outer.kind == "direct" or inner.source is None or outer.source is None or \
            inner.cue is None or outer.cue is None:
        return None
    if not (outer.start < inner.cue[0] < outer.end and outer.cue[0] < inner.cue[0]):
        return None
    doc = inner.source.doc
    verb = doc.char_span(inner.cue[0], inner.cue[1], alignment_mode="expand")
    if verb is None or not len(verb):
        return None
    start = _clause_start(verb)
    opener = doc.char_span(start, start + 1, alignment_mode="expand")
    # a verb coordinated with, or set off by a comma from, what comes before (never a noun's
    # modifier: "a statement calling ...", "reports alleging ...")
    if opener is None or start <= outer.start + 2 or not (
            opener[0].pos_ in ("CCONJ", "PUNCT") or _after_quoted_comma(opener[0])):
        return None
    return start if _second_statement(outer, inner, verb.root) else None


def _contrast_cut(outer: Draft, inner: Draft) -> int | None:
    """Where to cut ``outer`` if ``inner`` is another source's statement in a clause of
    contrast that the parser left inside ``outer``'s content, set off by a comma ("Critics
    say the plan will fail, [while supporters argue it is overdue]": a conjunction of the
    group ``contrast`` of ``data/non_statements.tsv``, the inner verb's own subject), else
    None."""
    if inner.source is None or outer.source is None or inner.cue is None or \
            outer.cue is None or inner.source.i == outer.source.i or \
            not outer.start < inner.cue[0] < outer.end or outer.cue[0] > inner.cue[0]:
        return None
    v = _cue_verb(inner)
    if v is None:
        return None
    doc = v.doc
    mark = next((c for c in v.children if c.dep_ == "mark" and c.i < v.i), None)
    if v.dep_ != "advcl" or mark is None or inner.source.head.i != v.i or \
            mark.lower_ not in group("contrast") or mark.i < 1 or doc[mark.i - 1].text != "," or \
            doc[mark.i - 1].idx <= outer.start + 2:
        return None
    return doc[mark.i - 1].idx


def _cue_verb(draft: Draft) -> Token | None:
    """The head word of ``draft``'s cue (which has a source and a cue), or None."""
    assert draft.source is not None and draft.cue is not None
    cue = draft.source.doc.char_span(draft.cue[0], draft.cue[1], alignment_mode="expand")
    return cue.root if cue is not None and len(cue) else None


#: Relative pronouns that open a clause of comment on what was just reported.
_COMMENT_PRONOUNS = frozenset({"which", "whom", "who"})


def _relative_cut(outer: Draft, inner: Draft) -> int | None:
    """Where to cut ``outer`` if ``inner`` is a comment on it in a relative clause that closes
    ``outer``'s content ("Smith said the plan would fail, [which he called “a total
    disaster.”]": what Smith said ends at the comma; the relative clause says what he called
    it; "Smith said he met the governor, [who told him the plan would fail]": the governor's
    statement): the comma before the relative pronoun that opens the clause of ``inner``'s cue
    verb, whose subject is ``inner``'s source, running to the end of ``outer``'s content, which
    follows its cue; ``inner`` of speech or writing; else None."""
    if inner.source is None or inner.cue is None or outer.cue is None or \
            inner.cue_class not in _SPEECH or outer.cue[1] > outer.start or \
            not outer.start < inner.cue[0] < outer.end:
        return None
    v = _cue_verb(inner)
    if v is None:
        return None
    doc = v.doc
    first = doc[v.left_edge.i]
    if v.dep_ not in ("relcl", "advcl") or first.lower_ not in _COMMENT_PRONOUNS or \
            not _opens_clause_of(first, v) or first.i < 1 or doc[first.i - 1].text != "," or \
            inner.source.head.i != v.i or doc[first.i - 1].idx <= outer.start + 2:
        return None
    last = v.right_edge
    rest = doc.text[last.idx + len(last):outer.end]
    return doc[first.i - 1].idx if not any(ch.isalnum() for ch in rest) else None


def _opens_clause_of(pronoun: Token, verb: Token) -> bool:
    """Whether the relative ``pronoun`` belongs to ``verb``'s clause: hung on the verb ("which
    he called ...") or the subject of the clause it reports ("his hands, which he said were
    at his side": the pronoun stands for the reported clause's subject)."""
    head = pronoun.head
    return head.i == verb.i or (head.dep_ == "ccomp" and head.head.i == verb.i and
                                pronoun.dep_ in ("nsubj", "nsubjpass"))


def _after_quoted_comma(token: Token) -> bool:
    """Whether ``token`` follows a quotation that ends with a comma ('... “expanded the
    party,” claiming ...')."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].is_quote and doc[token.i - 2].text == ","


def _second_statement(outer: Draft, inner: Draft, v2: Token) -> bool:
    """Whether ``v2``, ``inner``'s cue verb, is a second verb of ``outer``'s source: with the
    same source token, coordinated or set off by a comma; or subjectless and either a
    participle set off by a comma ("insisted that he had won, claiming that ...") or of the
    same finite form as ``outer``'s verb where the verb the parser joined it to differs ("said
    that he would offer a prayer but did not suggest ...")."""
    assert inner.source is not None and outer.source is not None and outer.cue is not None
    if inner.source.i == outer.source.i:
        return v2.dep_ in ("conj", "advcl") and v2.head.pos_ in ("VERB", "AUX")
    v1 = v2.doc.char_span(outer.cue[0], outer.cue[1], alignment_mode="expand")
    if v1 is None or v2.dep_ not in ("conj", "advcl") or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in v2.children):
        return False
    if v2.dep_ == "advcl":
        return v2.tag_ == "VBG"
    return _finite(v2) == _finite(v1.root) != _finite(v2.head) or (
        v2.tag_ == v1.root.tag_ and v2.head.dep_ == "ccomp" and v2.head.head.i == v1.root.i
        and v2.head.lemma_.lower() not in lexicon.reporting_verbs()
        and all(c.pos_ == "PRON" for c in v2.head.children
                if c.dep_ in ("nsubj", "nsubjpass")))


#: Tags of the finite forms a verb takes from its first auxiliary.
_FINITE_AUX = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite(verb: Token) -> str:
    """The tag of ``verb``'s finite form: its auxiliary's ("did not suggest": VBD), else its
    own."""
    aux = next((c for c in verb.lefts if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_AUX),
               None)
    return aux.tag_ if aux is not None else verb.tag_


def _clause_start(verb: Span) -> int:
    """Where the clause of a cue verb begins, its conjunction, auxiliaries and adverbs
    included ("..., and has also warned that" -> ", and"): a character offset."""
    doc = verb.doc
    i, root = verb[0].i, verb.root
    while i > 0 and _leads(doc[i - 1], root):
        i -= 1
    return doc[i].idx


def _leads(t: Token, root: Token) -> bool:
    """Whether ``t``, just before a verb's clause, belongs to it: a conjunction, comma, adverb,
    auxiliary, or the verb's own marker or preposition ("before explaining"); never a quote
    mark (it closes the content before)."""
    if t.is_quote:
        return False
    return t.pos_ in _LEAD_POS or t.dep_ in ("aux", "auxpass", "neg") or \
        (t.head.i == root.i and t.dep_ in ("mark", "prep")) or \
        (root.head.i == t.i and root.dep_ == "pcomp")


#: Parts of speech that may open a coordinated verb's clause before the verb.
_LEAD_POS = frozenset({"CCONJ", "PUNCT", "ADV", "PART", "SCONJ"})


def _reports(outer: Draft, inner: Draft) -> bool:
    """Whether ``outer`` ("..., according to the agency") reports the whole attribution
    ``inner`` ("Okafor added that ..."): the inner cue, of speech or writing, and its source
    lie in its content."""
    if not outer.evidence.rule.endswith(":according-to") or inner.source is None or \
            inner.cue is None or outer.mention is None or outer.cue is None or \
            inner.cue_class not in _SPEECH:
        return False  # ("officers saw ..., according to police": what police say)
    # the inner cue heads the reported sentence, its source the cue's subject (not "...,
    # and they ordered him to stop"; not "Kim sent a letter asking for the summit")
    return outer.start <= inner.source.idx < outer.end and outer.start <= inner.cue[0] and \
        inner.cue[1] <= outer.end and inner.source.head.dep_ == "ROOT" and \
        inner.source.head.idx == inner.cue[0]


def _nest(text: str, outer: Draft, inner: Draft) -> None:
    """``inner`` is the statement, ``outer``'s source its reporter; its content stops before
    the "according to" ("the deal was close, according to ..." -> "the deal was close")."""
    inner.reporter = outer.mention
    at = outer.cue[0] if outer.cue is not None else inner.end
    if inner.start < at < inner.end:
        inner.start, inner.end = trim(text, inner.start, at)


def _refollow(kept: list[Draft], instead: dict[int, Draft]) -> None:
    """A draft that followed a dropped one follows the statement that holds the dropped one
    (“But he's our orange buffoon!” after '..., calling Trump “an orange buffoon,” Susan
    said': Susan's statement, not the call nested in it), else what the dropped one followed."""
    ids = {id(k) for k in kept}
    for k in kept:
        seen = 0
        while k.follows is not None and id(k.follows) not in ids and seen < len(instead) + 1:
            nxt = instead.get(id(k.follows))
            k.follows = nxt if nxt is not None and nxt is not k else k.follows.follows
            seen += 1
        if k.follows is not None and id(k.follows) not in ids:
            k.follows = None


def inherit_sources(ctx: Context, drafts: list[Draft]) -> None:
    """Set each draft's paragraph from its start, and give a continued quotation the cue (where
    it has none), source and mention of the quotation it continues."""
    for d in drafts:
        d.paragraph = ctx.paragraph_of(d.start)
        root = d.follows
        while root is not None and root.follows is not None:
            root = root.follows
        if root is not None:
            d.cue = d.cue or root.cue
            d.source, d.mention = root.source, root.mention
