"""The extent of a body's name: the words the recognizer cut off it or ran over into it
("South Wales Fire and| Rescue Service", "Brokerage| Sharma Kapadia Securities", "the U.N.
Office| for the Coordination of Humanitarian Affairs (OCHA)")."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import initials, name_cased, name_parts
from quotekit.pipeline.speakers._titles import title_words

__all__ = ["body_extent", "body_start", "longer_form", "without_company_head",
           "without_description_head"]


def body_extent(ent: SpacySpan) -> tuple[SpacySpan, Token | None]:
    """A body's name with the "for"/"of" phrase the recognizer cut off, where the acronym in
    brackets after it confirms it ("the U.N. Office| for the Coordination of Humanitarian
    Affairs (OCHA)": the initials end in "OCHA"), and that acronym (None where no phrase
    was added)."""
    doc, minor = ent.doc, lexicon.words("name_minor_words.tsv")
    i = ent.end
    if i >= len(doc) or doc[i].lower_ not in ("for", "of"):
        return ent, None
    while i < len(doc) and (doc[i].lower_ in minor or name_cased(doc[i].text)):
        i += 1
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")" or \
            not name_cased(doc[i - 1].text):
        return ent, None
    acronym = doc[i + 1]
    full = initials(doc[ent.start:i].text)
    if not acronym.text.isupper() or len(acronym) < 3 or not full.endswith(acronym.text):
        return ent, None
    return SpacySpan(doc, ent.start, i, label=ent.label_), acronym


def body_start(ent: SpacySpan) -> SpacySpan:
    """A body's name with its own words the recognizer left out before it or ran over:
    the capitalised words and "and" before it that no entity holds ("South Wales Fire and|
    Rescue Service") or that a body's name without a head of its own holds ("the Road
    Transport| and |Bridges Ministry": :func:`_headless_body_before`), or without a
    description head opening the sentence (:func:`without_description_head`)."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("and", "&"):
        i = ent.start - 1
        joined = _headless_body_before(ent)
        while i > 0 and name_cased(doc[i - 1].text) and \
                (not doc[i - 1].ent_type_ or doc[i - 1].i in joined) and \
                doc[i - 1].pos_ in ("PROPN", "NOUN") and doc[i - 1].lower_ not in title_words():
            i -= 1
        if i < ent.start - 1:
            return SpacySpan(doc, i, ent.end, label=ent.label_)
    return without_description_head(ent)


def _headless_body_before(ent: SpacySpan) -> frozenset[int]:
    """The token indices of a body's name the recognizer ended right before the "and" before
    ``ent`` where it is the first half of one name: ``ent`` ends in an organisation head
    ("Ministry") and the name before has no organisation head nor company word ("the Road
    Transport| and |Bridges Ministry"; not "Google and Microsoft"); else none."""
    doc, heads = ent.doc, lexicon.organization_heads()
    if ent[-1].lower_ not in heads or ent.start < 2:
        return frozenset()
    before = next((e for e in doc.ents if e.end == ent.start - 1 and e.label_ == "ORG"), None)
    companies = lexicon.word_map("company_words.tsv")
    if before is None or any(t.lower_ in heads or t.lower_ in companies for t in before):
        return frozenset()
    return frozenset(range(before.start, before.end))


def without_description_head(ent: SpacySpan) -> SpacySpan:
    """A company's name without the description head (``organization_heads.tsv``) that opens
    the sentence before it ("Brokerage| Sharma Kapadia Securities": two name words or more
    after it, the last a company word, ``company_words.tsv``); ``ent`` otherwise."""
    first = ent[0]
    if len(ent) >= 3 and first.is_sent_start and \
            first.lower_ in lexicon.organization_heads() and \
            all(name_cased(t.text) for t in ent[1:]) and \
            ent[-1].lower_ in lexicon.word_map("company_words.tsv"):
        return SpacySpan(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


#: The classes of organisation heads that describe a company or an outlet by its trade.
_TRADE_CLASSES = frozenset({"corporate", "media"})


def without_company_head(ent: SpacySpan) -> SpacySpan:
    """A headline's or a sentence's "Carmaker Hallberg", "Retailer Osgood Brothers" the
    recognizer tagged a person: the company's name without the capitalised trade noun
    opening the sentence (a corporate or media head of ``organization_heads.tsv`` that is
    no title), labelled a body; ``ent`` otherwise."""
    first = ent[0]
    if ent.label_ != "PERSON" or len(ent) < 2 or not first.is_sent_start or \
            not first.is_title or first.lower_ in title_words() or \
            lexicon.organization_classes().get(first.lower_) not in _TRADE_CLASSES or \
            not all(name_cased(t.text) for t in ent[1:]):
        return ent
    return SpacySpan(ent.doc, ent.start + 1, ent.end, label="ORG")


def longer_form(name: str, parts: list[str]) -> bool:
    """Whether ``name`` is longer than the name of ``parts`` and opens with its words (a
    company's full name after a headline's first word: "Hallberg Motoren Werke")."""
    words = name_parts(name)
    return len(words) > len(parts) and words[:len(parts)] == list(parts)
