"""The kind of a name the recognizer gives, from the article's own evidence: the labels it
gives the same name elsewhere, an article before it ("The Wall Street Journal" is no person),
common words in it ("Fox News", "Associated Press"), the people and bodies it names in full
("Times" of "New York Times" is a body, "Kasich" of "John Kasich" a person)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import regex
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import clean_name, honorifics, name_parts
from quotekit.pipeline.context import Context
from quotekit.pipeline.speakers._table import given_names
from quotekit.pipeline.speakers._titles import role_heads

__all__ = ["KINDS", "KindEvidence", "appositive_kind", "company_name", "kind_of", "legal_form",
           "people_noun", "person_heads", "plural_body"]

#: The entity labels that name a possible speaker, and the kind of speaker each gives.
KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "NORP": "group",
         "FAC": "organization"}
_NAME_WORD_RE = regex.compile(r"\p{Lu}[\p{Ll}'’\-]+(?:-\p{Lu}[\p{Ll}'’]+)*")  # "Fashola-Adeyemi"
#: How often the recognizer must tag a name (never a person's) an organisation for the name
#: to stay a body as the subject of a reporting verb.
_ORG_VOTES = 3
#: Prepositions before a place named as a place ("in Kasich" would be the town).
_LOCATIVE = frozenset({"in", "to", "from", "at", "into", "near", "across", "outside"})


class KindEvidence:
    """What the article says about its names' kinds.

    Attributes:
        person_parts: Each word of a person's name -> the names it is a word of.
        surnames: The last words of the people named in full.
        org_parts: The words of the bodies named in two words or more (with a common word,
            an organisation head or an article: "the New York Times").
        votes: How often the recognizer gives each (name, label).
        companies: The names the article writes once or more with a legal form ("Lumora
            Inc."), each a company wherever it is tagged a person.
        lower: The words the article writes in lower case somewhere.
    """

    def __init__(self, ctx: Context, ents: Sequence[SpacySpan]) -> None:
        """Read the evidence of the recognizer's spans ``ents`` in the document of ``ctx``."""
        self.person_parts: dict[str, set[str]] = {}
        self.surnames: set[str] = set()
        self.org_parts: set[str] = set()
        self.votes: Counter[tuple[str, str]] = Counter()
        self.lower = ctx.lower_words
        self.companies: set[str] = set()
        for e in ents:
            name = clean_name(e.text)
            parts = name_parts(name)
            self.votes[name, e.label_] += 1
            if legal_form(e):
                self.companies.add(name)  # "Lumora Inc.": "Lumora" is a company throughout
                continue
            if company_name(name):
                if len(parts) == 2 or (len(parts) > 2 and parts[0].lower() not in given_names()):
                    self.companies.add(parts[0])  # "Veyra Labs": "Veyra" is that company
                    # (and "Hallberg" of "Hallberg Motoren Werke"; not "John" of a longer one)
                continue  # (no person's name, whatever its label)
            if e.label_ == "PERSON":
                for p in parts:
                    self.person_parts.setdefault(p, set()).add(name)
                if len(parts) > 1:
                    self.surnames.add(parts[-1])
            elif e.label_ == "ORG" and len(parts) > 1 and (_after_article(e) or any(
                    p.lower() in self.lower or p.lower() in lexicon.organization_heads()
                    for p in parts)):
                self.org_parts.update(parts)  # a body's name ("New York Times")

    def of_another_person(self, word: str, name: str) -> bool:
        """Whether ``word`` is a word of a person's name other than ``name``."""
        return bool(self.person_parts.get(word, set()) - {name})

    def common_noun(self, ent: SpacySpan) -> bool:
        """Whether ``ent`` is one capitalised word opening a sentence that the article
        writes lower-case elsewhere, or the plural of a noun of people ("Neighbours said",
        "Residents said"), and no other name holds: a common noun, no name ("Bank executives
        aren't"; not "State" of "State Department")."""
        t = ent[0]
        if len(ent) != 1 or not t.is_sent_start or not t.is_title or \
                t.text in self.org_parts or t.text in self.person_parts:
            return False
        return t.lower_ in self.lower or people_noun(t.lower_)

    def label(self, ent: SpacySpan, name: str) -> str:
        """The label of ``ent``: the recognizer's, unless it tags the same name of two words
        or more an organisation more often than a person ("Border Patrol"; a one-word name
        is a person's wherever it is tagged so: "Trump")."""
        if ent.label_ == "PERSON" and len(name_parts(name)) > 1 and \
                self.votes[name, "ORG"] > self.votes[name, "PERSON"]:
            return "ORG"
        return ent.label_


def kind_of(ent: SpacySpan, name: str, ev: KindEvidence) -> str:
    """The kind of speaker the recognizer's span ``ent`` (cleaned to ``name``) names."""
    kind = KINDS[ev.label(ent, name)]
    if " ".join(name.lower().split()) in lexicon.organization_heads() and \
            ent.label_ != "PERSON":
        return "organization"  # a seat of government: "Downing Street", "the Kremlin"
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in honorifics():
        return "person"  # "Mr Albanese" (which the recognizer may call a nationality)
    if legal_form(ent) or (name in ev.companies and not ev.of_another_person(name, name)):
        return "organization"  # "Lumora Inc." (cleaned to "Lumora"), and "Lumora" after it
    if company_name(name) or ((ent.label_ != "PERSON" or len(ent) == 1) and
                              appositive_kind(ent.root) == "organization"):
        return "organization"  # "Halvorsen Foods"; "Teck, the mining company," (not a
        # person's name: "Eddie Griffin, ... a member of the AfroSpear, a group of bloggers")
    if kind == "person" and (plural_body(name) or after_trade_noun(ent)):
        return "organization"  # "Colleges Ontario", "Universities Canada" tagged a person;
        # "Ferry operator Firth Link", "German carmaker Hallberg Werke" too
    if kind == "organization" and _looks_like_person(ent, name, ev):
        return "person"
    if kind in ("place", "group") and name in ev.surnames and len(ent) == 1 and not (
            ent.root.dep_ == "pobj" and ent.root.head.lower_ in _LOCATIVE):
        return "person"  # "Kasich" tagged a place, "Albanese" a nationality: a person named
    return kind


#: Classes of organisation nouns that tell a company's or an outlet's trade
#: (``organization_heads.tsv``; not "centre", which is a rugby position too).
_TRADES = frozenset({"corporate", "media"})


def after_trade_noun(ent: SpacySpan) -> bool:
    """Whether a lower-case organisation noun right before the name ``ent`` is its compound
    ("Ferry operator| Firth Link", "carmaker| Hallberg"): a body's trade, never a person's
    role (roles are no organisation heads)."""
    if ent.start == 0 or ent[0].lower_ in given_names() or any(
            c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
            for c in ent.root.children):
        return False  # (a person: "Rice retailer Marites Dela Cruz, who sells ...")
    before = ent.doc[ent.start - 1]
    cls = lexicon.organization_classes().get(before.lemma_.lower())
    return before.pos_ == "NOUN" and before.is_lower and before.dep_ == "compound" and \
        ent.start <= before.head.i < ent.end and cls in _TRADES


def people_noun(word: str) -> bool:
    """Whether ``word`` (lower-case) is the plural of a noun of people ("neighbours",
    "witnesses", "officials": :func:`person_heads`)."""
    return _plural_of(word, person_heads(), es=True)


def _plural_of(word: str, heads: frozenset[str], *, es: bool) -> bool:
    """Whether ``word`` (lower-case) is the plural of one of ``heads``: by "-s", "-ies"
    ("-y"), and with ``es`` by "-es" ("witnesses")."""
    return word.endswith("s") and (word[:-1] in heads or (
        es and word.endswith("es") and word[:-2] in heads) or (
        word.endswith("ies") and word[:-3] + "y" in heads))


def legal_form(ent: SpacySpan) -> bool:
    """Whether a name's span ends in a company's legal form ("Lumora Inc.")."""
    return lexicon.word_map("legal_forms.tsv").get(ent[-1].lower_.rstrip(".")) == "legal"


def company_name(name: str) -> bool:
    """Whether ``name``, of two words or more, ends in a word that ends a company's name and
    no person's ("Halvorsen Foods", "Skyway Airways": ``company_words.tsv``)."""
    words = name_parts(name)
    return len(words) > 1 and words[-1].lower() in lexicon.word_map("company_words.tsv")


@lru_cache(maxsize=1)
def person_heads() -> frozenset[str]:
    """The nouns that show a person: role heads, ``person_nouns.tsv``, ``relational_heads.tsv``
    (joined once, not for every unresolved mention)."""
    return role_heads() | lexicon.words("person_nouns.tsv") | \
        lexicon.words("relational_heads.tsv")


def appositive_kind(t: Token) -> str | None:
    """The kind of speaker a noun phrase in apposition to ``t`` shows: a body for an
    organisation head ("NW Natural, the region's gas utility,"), a person for a role or a
    person noun ("Dana Whitfield, a councilor,"); None for neither or no apposition."""
    kin = [c for c in t.children if c.dep_ == "appos"]
    if t.dep_ == "appos":
        kin.append(t.head)
    for c in kin:
        lemma = c.lemma_.lower()
        if c.pos_ != "NOUN" and not (c.pos_ == "PROPN" and c.is_lower):
            continue  # (a lower-case word the tagger called a proper noun: "the vaccine alliance")
        if lemma in lexicon.organization_heads():
            return "organization"
        if lemma in person_heads():
            return "person"
    return None


def _titled(ent: SpacySpan) -> bool:
    """Whether a person's title stands right before the name ("Vice-President Tomas
    Varhola"): a capitalised title word of an office (not an honorific, whose name may be a
    body's: "Sir John Soane's Museum")."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    entry = lexicon.titles().get(before.lower_)
    return before.is_title and entry is not None and entry.category != "honorific" and \
        before.lower_ not in lexicon.organization_heads()


def _after_article(ent: SpacySpan) -> bool:
    """Whether "the" opens the span or determines it right before it: no person's name
    takes it ("The Wall Street Journal"; not "the Trump train")."""
    doc = ent.doc
    if ent[0].lower_ == "the":
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ == "the" and \
        ent.start <= before.head.i < ent.end


def plural_body(name: str) -> bool:
    """Whether a name of two words or more opens with the plural of a body's noun and holds no
    given name ("Colleges Ontario", "Universities Canada": members' bodies; not "Tyra
    Banks")."""
    words = name_parts(name)
    if len(words) < 2 or any(w.lower() in given_names() for w in words):
        return False
    # (not "-es": that would take "Churches Together" and the like, which the lists were
    # not checked for)
    return _plural_of(words[0].lower(), lexicon.organization_heads(), es=False)


def _holds_place(words: list[str]) -> bool:
    """Whether a name of two words or more holds a country's or a province's name
    (``place_names.tsv``: "Statistics Canada", "Manitoba Hydro")."""
    if len(words) < 2:
        return False
    places = lexicon.words("place_names.tsv")
    low = [w.lower() for w in words]
    return any(" ".join(low[i:j]) in places and j - i < len(low)
               for i in range(len(low)) for j in range(i + 1, min(len(low), i + 3) + 1))


def _looks_like_person(ent: SpacySpan, name: str, ev: KindEvidence) -> bool:
    """An ORG-labelled name that is a person's ("Kim Jong Un" tagged ORG, "Biegun said"):
    without an article or an organisation head, a word of another person's name, a name the
    recognizer tags a person elsewhere (as often, for a name of two words or more), a full
    name opening with a given name, or capitalised words (no common word, no word of a
    body's name) as the subject of a reporting verb, unless tagged a body three times or
    more."""
    words = name_parts(name)
    if any(w.lower() in lexicon.organization_heads() for w in words) or name.isupper() or \
            company_name(name) or appositive_kind(ent.root) == "organization" or \
            len(words) > 3 or _after_article(ent):
        return False
    if _titled(ent):
        return True  # "Commission Executive Vice-President Tomas Varhola" tagged ORG
    person_votes = ev.votes[name, "PERSON"]
    if any(ev.of_another_person(w, name) for w in words) or \
            (person_votes and (len(words) == 1 or person_votes >= ev.votes[name, "ORG"])) or \
            (len(words) > 1 and words[0].lower() in given_names()):
        return True  # (a given name first: "Carly Fiorina")
    if _holds_place(words):
        return False  # "Health Canada said", "Canada Post said": a body
    if any(w.lower() in ev.lower or (len(words) == 1 and w in ev.org_parts) for w in words):
        return False  # "Fox News reported", "Times wrote" after "New York Times"
    if ev.votes[name, "ORG"] >= _ORG_VOTES:
        return False  # a body all through the article ("Sahyadri Agritech raises $40m")
    return all(_NAME_WORD_RE.fullmatch(w) for w in words) and \
        ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.lemma_ in \
        lexicon.reporting_verbs()
