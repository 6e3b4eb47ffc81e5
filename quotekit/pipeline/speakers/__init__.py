"""Speakers: resolve each statement's source mention to an entity of the article.

Input: the document context and the statement drafts (:mod:`quotekit.pipeline.statements`).
Output: one
:class:`~quotekit.types.Speaker` (or None) per draft, the article's speakers, and for each draft
how its speaker was found.

How a mention is resolved, in order:

* a draft that continues another quotation shares that one's speaker;
* a name ("Stephen Biegun", "Biegun", "Lee", "the Foreign Ministry") joins the entity it names;
  single names match any part of a full name, so family-name-first names join too ("Lee" ->
  "Lee Do-hoon");
* a pronoun goes to the last speaker where number and known gender agree, else to the nearest
  earlier subject that is a person (he, she) or a body or group (it, they, we);
* a description goes to the entity whose title or name holds its head noun or a synonym ("the
  envoy" -> the special representative; "the ministry" -> "Foreign Ministry");
* "Biegun and Lee", "the two sides" become a group with members.

Titles come from premodifiers ("spokesman Noh Kyu-duk", "Seoul's First Vice Foreign Minister
Choi Jong-kun") and appositions ("Stephen Biegun, special representative for North Korea");
a place or body before a title or in a possessive gives the affiliation.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence, Set
from functools import lru_cache, partial

import attrs
import regex
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from quotekit import lexicon
from quotekit.pipeline.context import Context
from quotekit.pipeline.cues import RELATIVE_PRONOUNS
from quotekit.pipeline.drafts import Draft, Resolution
from quotekit.pipeline.statements import mention_range
from quotekit.types import Span, Speaker

__all__ = ["resolve_speakers"]

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "us", "their"})
ORG_PRONOUNS = frozenset({"it", "its"})
GROUP_WORDS = frozenset({"two", "both", "sides", "pair", "leaders", "parties", "countries",
                         "nations", "allies", "governments", "camps", "men", "women"})
HONORIFICS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
              "miss": "f", "sir": "m", "lady": "f", "dr": None, "dr.": None}
ARTICLE_RE = regex.compile(r"^(?:the|The|THE|an?|An?)\s+")
UPPER_RE = regex.compile(r"\p{Lu}")
NAME_WORD_RE = regex.compile(r"\p{Lu}[\p{Ll}'’\-]+")
LETTERS_RE = regex.compile(r"\p{L}+")
POSSESSIVE_RE = regex.compile(r"(?:['’]s|['’])$")
#: A hyphenated given name right after a name ("Lee| Do-hoon", "Moon Jae|-in").
GIVEN_NAME_RE = regex.compile(r"(?:\s\p{Lu}\p{Ll}+)?-\p{L}\p{Ll}*|\s\p{Lu}\p{Ll}+-\p{L}\p{Ll}*")
AFFILIATION_LABELS = frozenset({"GPE", "NORP", "ORG"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
EXTRA_TITLE_WORDS = frozenset({"former", "acting", "deputy", "vice", "chief", "senior", "top",
                               "first", "second", "special", "general", "assistant", "interim",
                               "executive", "associate", "principal", "lead", "co", "of", "for",
                               "and", "on", "to", "the"})


#: Heads of descriptions that name a text, not a speaker: "the IMF report" is the IMF's.
DOCUMENT_HEADS = frozenset({"report", "statement", "study", "poll", "survey", "ad", "advert",
                            "advertisement", "release", "letter", "analysis", "article",
                            "memo", "filing", "website", "site", "account", "tweet", "post",
                            "document", "paper", "forecast", "outlook", "assessment", "review",
                            "audit", "complaint", "lawsuit", "suit", "ruling", "order", "brief",
                            "spot", "commercial", "video", "book", "editorial", "column",
                            "blog", "transcript", "data", "figures", "estimate", "estimates"})
#: Words that tie a noun to its possessor without making it the possessor ("Scott's lawyers").
RELATIONAL_HEADS = frozenset({"relative", "relatives", "family", "lawyer", "lawyers",
                              "attorney", "attorneys", "aide", "aides", "adviser", "advisers",
                              "advisor", "advisors", "wife", "husband", "son", "daughter",
                              "mother", "father", "brother", "sister", "friend", "friends",
                              "spokesman", "spokeswoman", "spokesperson", "staff",
                              "supporters", "allies", "critics", "son-in-law"})
MINOR_WORDS = frozenset({"of", "the", "for", "and", "on", "to", "de", "in", "at", "&"})


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Common given names -> "m" / "f" (quotekit/data/given_names.tsv)."""
    return {name: gender for _n, (name, gender) in lexicon._rows("given_names.tsv", 2, None)
            if gender in ("m", "f")}


@lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    """"IMF" for "International Monetary Fund" (minor words and lower-case words left out)."""
    return "".join(w[0] for w in _WORD_RE.findall(name)
                   if w.lower() not in MINOR_WORDS and w[0].isupper())


_WORD_RE = regex.compile(r"[\p{L}]+")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    words: set[str] = set()
    for key in lexicon.titles():
        words.update(regex.findall(r"[\p{L}.]+", key.lower()))
    words.update(lexicon.title_heads())
    return frozenset(words)


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    heads = set(lexicon.title_heads())
    heads.update({"official", "officials", "envoy", "spokesman", "spokeswoman", "spokesperson"})
    return frozenset(heads)


@attrs.define(slots=True, eq=False)
class _Entity:
    kind: str
    name: str
    parts: list[str]
    first: int
    titles: list[str] = attrs.Factory(list)
    affiliation: str | None = None
    aliases: list[str] = attrs.Factory(list)
    mentions: list[tuple[int, int]] = attrs.Factory(list)
    _seen: set[tuple[int, int]] = attrs.Factory(set)  # the mentions, for constant-time checks
    gender: str | None = None
    members: list[_Entity] = attrs.Factory(list)
    resolved: bool = True
    speaker: Speaker | None = None
    #: told of every new alias (the resolver's name index), once the entity is indexed
    on_alias: Callable[[_Entity, str], None] | None = None

    def add_mention(self, text: str, start: int, end: int) -> None:
        if (start, end) not in self._seen:
            self._seen.add((start, end))
            self.mentions.append((start, end))
        if text and text not in self.aliases and text != self.name:
            self.aliases.append(text)
            if self.on_alias is not None:
                self.on_alias(self, text)

    def add_title(self, title: str) -> None:
        title = title.strip(" ,;-–—")
        if title and title.lower() not in (t.lower() for t in self.titles):
            self.titles.append(title)


def _clean_name(text: str) -> str:
    text = POSSESSIVE_RE.sub("", text.strip())
    text = ARTICLE_RE.sub("", text)
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in {"mr", "mrs", "ms", "dr", "sen",
                                                              "rep", "gov", "gen", "president",
                                                              "prof", "sir", "lt", "col", "sgt"}:
        words = words[1:]
    return " ".join(words).strip(" ,.;:")


def _name_parts(name: str) -> list[str]:
    return name.split()


class _Resolver:
    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text
        self.entities: list[_Entity] = []
        # the entities by lower-case name or alias ("n:"), name part ("p:") and initials
        # ("i:"), so that matching a name looks at the few that can match, not at all of them
        self._keys: dict[str, dict[int, _Entity]] = {}
        self._position: dict[int, int] = {}
        self.by_char: dict[int, _Entity] = {}  # ent start char -> entity
        self.ent_spans: list[tuple[int, int, _Entity]] = []  # sorted by start
        self.span_starts: list[int] = []
        self.longest = 0
        self.ambiguous = False
        self.sent_starts = [sent.start_char for sent in doc.sents] if len(doc) else [0]
        self._build()

    def _add_span(self, start: int, end: int, entity: _Entity) -> None:
        """Record a mention of ``entity``; spans stay sorted by start for bisecting."""
        i = bisect_right(self.span_starts, start)
        self.span_starts.insert(i, start)
        self.ent_spans.insert(i, (start, end, entity))
        self.longest = max(self.longest, end - start)

    def spans_between(self, lo: int, hi: int) -> list[tuple[int, int, _Entity]]:
        """Entity mentions starting at ``lo`` or later and before ``hi``, in text order."""
        return self.ent_spans[bisect_left(self.span_starts, lo):
                              bisect_left(self.span_starts, hi)]

    def sent_index(self, char: int) -> int:
        """Index of the sentence holding character ``char``."""
        return max(0, bisect_right(self.sent_starts, char) - 1)

    # -- building the article's entities -------------------------------------------------
    def _build(self) -> None:
        ents = [e for e in self.doc.ents if e.label_ in NAME_LABELS]
        persons = [e for e in ents if e.label_ == "PERSON"]
        person_parts = {p for e in persons for p in _name_parts(_clean_name(e.text))}
        for ent in ents:
            if ent.label_ == "PERSON":
                # "Obama Says African-American ...": a title-case headline verb ends the name
                for t in ent[1:]:
                    if t.tag_ in ("VBZ", "VBD") and t.lemma_.lower() in lexicon.reporting_verbs():
                        ent = SpacySpan(self.doc, ent.start, t.i, label=ent.label_)
                        break
            end_char = ent.end_char
            if ent.label_ == "PERSON":
                # "Lee Do-hoon", "Moon Jae-in": the tokenizer splits hyphenated given names
                m = GIVEN_NAME_RE.match(self.text, end_char)
                if m:
                    end_char = m.end()
            name = _clean_name(self.text[ent.start_char:end_char])
            if not name or not UPPER_RE.search(name):
                continue
            kind = {"PERSON": "person", "ORG": "organization", "GPE": "place",
                    "NORP": "group", "FAC": "organization"}[ent.label_]
            if kind == "organization" and self._looks_like_person(ent, name, person_parts):
                kind = "person"
            entity = self._match(name, kind, ent.start_char)
            if entity is None and self.ambiguous:
                # a surname two people share, with nothing to tell them apart here
                entity = _Entity(kind=kind, name=name, parts=_name_parts(name),
                                 first=ent.start_char, resolved=False)
            elif entity is None:
                entity = _Entity(kind=kind, name=name, parts=_name_parts(name),
                                 first=ent.start_char)
                self._register(entity)
            elif kind == "person" and len(_name_parts(name)) > len(entity.parts):
                entity.aliases.append(entity.name) if entity.name not in entity.aliases else None
                self._rename(entity, name)
            entity.add_mention(name if name != entity.name else "", ent.start_char, end_char)
            self._add_span(ent.start_char, end_char, entity)
            if entity.kind == "person":
                self._titles_for(ent, entity)
                self._gender_for(ent, entity)

    def _gender_for(self, ent: SpacySpan, entity: _Entity) -> None:
        """Gender from an honorific before the name ("Mrs. Clinton") or a known given name."""
        if ent.start > 0:
            g = HONORIFICS.get(self.doc[ent.start - 1].lower_)
            if g:
                entity.gender = entity.gender or g
                if entity.gender != g:
                    entity.gender = "?"  # conflicting evidence: agree with nothing for sure
                return
        if entity.gender is None:
            entity.gender = _given_names().get(entity.parts[0].lower())

    def add_person(self, span: SpacySpan) -> _Entity:
        """Register a name the entity recognizer missed ("the economist Ana Ruiz")."""
        name = _clean_name(span.text)
        entity = self._match(name, "person", span.start_char)
        if entity is None:
            entity = _Entity(kind="person", name=name, parts=_name_parts(name),
                             first=span.start_char)
            self._register(entity)
        elif len(_name_parts(name)) > len(entity.parts):
            self._rename(entity, name)
        entity.add_mention(name if name != entity.name else "", span.start_char, span.end_char)
        self._add_span(span.start_char, span.end_char, entity)
        self._titles_for(span, entity)
        return entity

    def _looks_like_person(self, ent: SpacySpan, name: str, person_parts: set[str]) -> bool:
        heads = lexicon.organization_heads()
        words = _name_parts(name)
        if any(w.lower() in heads for w in words) or name.isupper() or len(words) > 3:
            return False
        if any(w in person_parts for w in words):
            return True
        return all(NAME_WORD_RE.fullmatch(w) for w in words) and \
            ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.lemma_ in \
            lexicon.reporting_verbs()

    def _register(self, entity: _Entity) -> None:
        """Add ``entity`` to the article's entities and to the name index."""
        self._position[id(entity)] = len(self.entities)
        self.entities.append(entity)
        entity.on_alias = self._index_alias
        self._index(entity)

    def _rename(self, entity: _Entity, name: str) -> None:
        """Give ``entity`` a fuller ``name``; the index learns the new keys (old keys stay:
        every look-up checks the entity itself again)."""
        entity.name, entity.parts = name, _name_parts(name)
        if id(entity) in self._position:
            self._index(entity)

    def _index(self, entity: _Entity) -> None:
        keys = [f"n:{entity.name.lower()}", f"i:{_initials(entity.name)}"]
        keys += [f"n:{a.lower()}" for a in entity.aliases]
        keys += [f"p:{part}" for part in entity.parts]
        for key in keys:
            self._keys.setdefault(key, {})[id(entity)] = entity

    def _index_alias(self, entity: _Entity, alias: str) -> None:
        self._keys.setdefault(f"n:{alias.lower()}", {})[id(entity)] = entity

    def _indexed(self, keys: Iterable[str]) -> list[_Entity]:
        """The entities under any of ``keys``, in the order they entered the article."""
        found: dict[int, _Entity] = {}
        for key in keys:
            found.update(self._keys.get(key, {}))
        return sorted(found.values(), key=lambda e: self._position[id(e)])

    def _match(self, name: str, kind: str, at: int) -> _Entity | None:
        parts = _name_parts(name)
        low = name.lower()
        best: _Entity | None = None
        self.ambiguous = False
        if kind == "person" and len(parts) == 1:
            full = [e for e in self._indexed([f"p:{parts[0]}"]) if e.kind == "person" and
                    len(e.parts) > 1 and parts[0] in e.parts and e.resolved]
            if len(full) >= 2:
                best = self._disambiguate(full, at)
                self.ambiguous = best is None
                return best
        for e in self._indexed([f"n:{low}"]):
            if e.name.lower() == low or low in (a.lower() for a in e.aliases):
                return e
        if kind == "organization" or (kind == "person" and len(parts) == 1):
            # "IMF" ~ "International Monetary Fund"; "Peabody" ~ "Peabody Energy"
            maybe = self._indexed([f"i:{name}", f"n:{_initials(name).lower()}",
                                   f"p:{parts[0]}"] if parts else [f"i:{name}"])
            orgs = [e for e in maybe if e.kind == "organization" and (
                (name.isupper() and len(name) >= 2 and _initials(e.name) == name) or
                (e.name.isupper() and len(e.name) >= 2 and _initials(name) == e.name) or
                (len(parts) == 1 and len(e.parts) > 1 and e.parts[0] == parts[0]))]
            if len(orgs) == 1:
                return orgs[0]
        if kind != "person":
            return None
        candidates = []
        for e in self._indexed(f"p:{part}" for part in parts):
            if e.kind != "person":
                continue
            if len(parts) == 1 and parts[0] in e.parts:
                candidates.append(e)
            elif len(e.parts) == 1 and e.parts[0] in parts:
                candidates.append(e)
            elif len(parts) > 1 and len(e.parts) > 1 and parts[-1] == e.parts[-1] and \
                    parts[0][0] == e.parts[0][0]:
                candidates.append(e)
        if len(candidates) == 1:
            best = candidates[0]
        elif candidates:
            best = self._disambiguate(candidates, at)
        return best

    def _disambiguate(self, candidates: list[_Entity], at: int) -> _Entity | None:
        """A surname shared by several people: decide by context, or not at all.

        An honorific before the mention ("Mrs. Clinton") picks the one of that gender; else the
        one the article names far more often (news names a relative in full: "Bill Clinton");
        else the only one named in this or the two sentences before; else None (never a guess).
        """
        tok = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if tok is not None and tok.start > 0:
            g = HONORIFICS.get(self.doc[tok.start - 1].lower_)
            if g:
                same = [e for e in candidates if e.gender == g]
                if len(same) == 1:
                    return same[0]
        counts = sorted(((sum(m[0] < at for m in e.mentions), n)
                         for n, e in enumerate(candidates)), reverse=True)
        if counts[0][0] >= 2 and counts[0][0] >= 2 * counts[1][0]:
            return candidates[counts[0][1]]
        here = self.sent_index(at)
        near = [e for e in candidates if any(
            m[0] < at and here - self.sent_index(m[0]) <= 2 for m in e.mentions)]
        if len(near) == 1:
            return near[0]
        return None

    def _titles_for(self, ent: SpacySpan, entity: _Entity) -> None:
        doc = self.doc
        words = _title_words()
        # premodifiers: "spokesman Noh", "Seoul's First Vice Foreign Minister Choi"
        i = ent.start - 1
        title_toks: list[Token] = []
        while i >= 0:
            t = doc[i]
            low = t.lower_
            if t.is_punct or t.pos_ in ("DET", "PRON", "PART") or low in ("’s", "'s"):
                break
            if t.ent_type_ in AFFILIATION_LABELS and low not in words:
                break
            if low in words or (t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ")):
                title_toks.insert(0, t)
                i -= 1
                continue
            break
        while title_toks and title_toks[0].lower_ in ("of", "for", "and", "on", "to", "the"):
            title_toks.pop(0)
        if title_toks and any(t.lower_ in _role_heads() or t.lower_.rstrip(".") in lexicon.titles()
                              for t in title_toks):
            title = self.text[title_toks[0].idx:title_toks[-1].idx + len(title_toks[-1].text)]
            if title.lower().rstrip(".") not in ("mr", "mrs", "ms", "dr", "miss"):
                entity.add_title(title)
            else:
                entity.gender = entity.gender or HONORIFICS.get(title.lower())
            aff = self._affiliation_before(title_toks[0].i)
            if aff and not entity.affiliation:
                entity.affiliation = aff
        # apposition: "Stephen Biegun, special representative for North Korea,"
        if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
            j = ent.end + 1
            k = j
            while k < len(doc) and k < j + 14:
                t = doc[k]
                if t.text in (",", ";", "(", ")", ".", "—", "–", "--") or t.lower_ in (
                        "who", "which", "said", "says", "told", "added"):
                    break
                if t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG"):
                    break
                k += 1
            seg = [t for t in doc[j:k]]
            while seg and seg[0].pos_ in ("DET",):
                seg = seg[1:]
            aff = None
            # "the State Department's director for Korea policy"
            heads = _role_heads()
            for n, t in enumerate(seg):
                if t.lower_ in heads:
                    break  # "president of the growers' union": the title comes first
                if t.tag_ == "POS" or t.lower_ in ("’s", "'s"):
                    aff = self.text[seg[0].idx:t.idx].strip()
                    seg = seg[n + 1:]
                    break
            if seg and any(t.lower_ in heads for t in seg) and \
                    seg[0].pos_ not in ("NUM", "ADP", "ADV", "VERB") and \
                    not any(t.ent_type_ == "PERSON" for t in seg[:2]):
                # leading nationality / place words are the affiliation
                while len(seg) > 1 and seg[0].ent_type_ in AFFILIATION_LABELS and \
                        seg[0].lower_ not in words:
                    aff = aff or seg[0].text
                    seg = seg[1:]
                title = self.text[seg[0].idx:seg[-1].idx + len(seg[-1].text)]
                entity.add_title(title)
                if aff and not entity.affiliation:
                    entity.affiliation = _clean_name(aff)

    def _affiliation_before(self, i: int) -> str | None:
        doc = self.doc
        j = i - 1
        if j >= 0 and doc[j].lower_ in ("’s", "'s"):
            j -= 1
        if j >= 0 and doc[j].ent_type_ in AFFILIATION_LABELS:
            k = j
            while k > 0 and doc[k - 1].ent_type_ == doc[j].ent_type_ and \
                    doc[k - 1].ent_iob_ != "O" and doc[k].ent_iob_ != "B":
                k -= 1
            return _clean_name(self.text[doc[k].idx:doc[j].idx + len(doc[j].text)])
        return None

    # -- resolving mentions ----------------------------------------------------------------
    def entity_at(self, start: int, end: int) -> _Entity | None:
        best = None
        for a, b, e in self.spans_between(start - self.longest, end):
            if a < end and start < b:
                if best is None or e.kind == "person":
                    best = e
        return best

    def recent(self, before: int, kinds: Sequence[str], gender: str | None = None,
               subject_only: bool = False) -> _Entity | None:
        here = self.sent_index(before)
        if gender:
            # a person known to agree, named in the last three sentences, comes first
            lo = self.sent_starts[max(0, here - 3)]
            near = [(a, e) for a, _b, e in self.spans_between(lo, before) if e.kind in kinds
                    and e.gender == gender and here - self.sent_index(a) <= 3]
            if near:
                return max(near, key=lambda x: x[0])[1]
        # the latest qualifying mention before ``before``: walk back from there
        for a, b, e in reversed(self.spans_between(0, before)):
            if e.kind not in kinds:
                continue
            if gender and e.gender and e.gender != gender:
                continue
            if subject_only:
                tok = self.doc.char_span(a, b, alignment_mode="expand")
                if tok is None or tok.root.dep_ not in ("nsubj", "nsubjpass"):
                    continue
            return e
        return None

    def by_description(self, tokens: Sequence[Token], at: int) -> _Entity | None:
        org_heads = lexicon.organization_heads()
        role_heads = _role_heads()
        lemmas = [t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN")]
        for lemma in reversed(lemmas):
            if lemma in org_heads:
                found = self._nearest(at, partial(_org_named, lemma))
                if found:
                    return found
            if lemma in role_heads:
                syn = lexicon.role_synonyms(lemma) | {lemma}
                found = self._nearest(at, partial(_person_titled, syn))
                if found:
                    return found
                if tokens and tokens[0].lower_ == "the" and tokens[-1].tag_ == "NN":
                    # "the nominee", "the president": the person the article is about
                    found = self.dominant("person", at)
                    if found:
                        return found
        return None

    def dominant(self, kind: str, before: int) -> _Entity | None:
        """The entity of ``kind`` the article is about: named before ``before`` and, in the
        whole article, at least three times and at least twice as often as any other."""
        counts: dict[int, int] = {}
        found: dict[int, _Entity] = {}
        named_before = {id(e) for _a, _b, e in self.spans_between(0, before)}
        for _a, _b, e in self.ent_spans:
            if e.kind == kind:
                counts[id(e)] = counts.get(id(e), 0) + 1
                found[id(e)] = e
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and
                                               2 * ranked[1][1] > ranked[0][1]) or \
                ranked[0][0] not in named_before:
            return None
        return found[ranked[0][0]]

    def by_role(self, tokens: Sequence[Token], at: int) -> list[_Entity]:
        """The people whose titles hold the description's head noun (or a synonym)."""
        heads = [t for t in tokens if t.pos_ in ("NOUN", "PROPN") and
                 t.lemma_.lower() in _role_heads()]
        if not heads:
            return []
        syn = lexicon.role_synonyms(heads[-1].lemma_.lower()) | {heads[-1].lemma_.lower()}
        # each person once, at the mention nearest ``at`` (the earlier one on a tie)
        nearest: dict[int, tuple[int, int, _Entity]] = {}
        for idx, (a, _b, e) in enumerate(self.ent_spans):
            if e.kind == "person":
                key = (abs(a - at), idx)
                if id(e) not in nearest or key < nearest[id(e)][:2]:
                    nearest[id(e)] = (*key, e)
        return [e for _d, _i, e in sorted(nearest.values(), key=lambda x: x[:2])
                if any(w in syn for title in e.titles for w in LETTERS_RE.findall(title.lower()))]

    def _nearest(self, at: int, ok: Callable[[_Entity], bool]) -> _Entity | None:
        """The entity passing ``ok`` whose mention starts nearest before ``at`` (the first of
        those starting there), else the first one starting at ``at`` or after."""
        spans, i = self.ent_spans, bisect_left(self.span_starts, at)
        for j in range(i - 1, -1, -1):
            if ok(spans[j][2]):
                found, start = spans[j][2], spans[j][0]
                for k in range(j - 1, -1, -1):
                    if spans[k][0] != start:
                        break
                    if ok(spans[k][2]):
                        found = spans[k][2]
                return found
        for _a, _b, e in spans[i:]:
            if ok(e):
                return e
        return None


def _org_named(word: str, e: _Entity) -> bool:
    """An organisation whose name holds ``word`` ("the ministry" -> "Foreign Ministry")."""
    return e.kind == "organization" and word in e.name.lower()


def _person_titled(words: Set[str], e: _Entity) -> bool:
    """A person with a title holding one of ``words`` ("the envoy" -> "special envoy")."""
    return e.kind == "person" and any(
        w in words for title in e.titles for w in LETTERS_RE.findall(title.lower()))


def resolve_speakers(ctx: Context, drafts: Sequence[Draft],
                     ) -> tuple[list[Resolution], list[Speaker]]:
    """Resolve the source of every draft to a speaker.

    Returns:
        One :class:`Resolution` per draft (same order) and the distinct speakers of the article
        in order of first statement.
    """
    doc, text = ctx.doc, ctx.text
    r = _Resolver(doc, text)
    chosen: list[tuple[_Entity | None, str, float]] = []
    index: dict[int, int] = {id(d): n for n, d in enumerate(drafts)}
    unresolved: dict[str, _Entity] = {}
    last_speaker: _Entity | None = None

    for d in drafts:
        entity, how, factor = None, "none", 1.0
        if d.follows is not None and id(d.follows) in index and index[id(d.follows)] < len(chosen):
            entity, how, factor = chosen[index[id(d.follows)]]
            how = f"follows:{how}"
            fresh = _introduced_since(r, d, d.follows.end, entity)
            if fresh is not None:
                entity, how, factor = fresh, "pronoun:introduced", 0.85
        elif d.source is not None and d.mention is not None:
            entity, how, factor = _resolve_mention(r, d, last_speaker, unresolved)
        chosen.append((entity, how, factor))
        if entity is not None and entity.resolved:
            last_speaker = entity

    # finish entities: record statement mentions, then build immutable speakers
    for d, (entity, _how, _f) in zip(drafts, chosen, strict=False):
        if entity is not None and d.mention is not None and d.follows is None:
            lo, hi = d.mention
            a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
            mtext = text[a:b]
            if mtext.lower() not in PERSON_PRONOUNS and mtext.lower() not in PLURAL_PRONOUNS \
                    and mtext.lower() not in ORG_PRONOUNS:
                form = _clean_name(mtext)
                # "spokesman Noh Kyu-duk" is the name with a title, not another name
                entity.add_mention("" if entity.name in form else form, a, b)
            else:
                entity.mentions.append((a, b))
    speakers: list[Speaker] = []
    resolutions: list[Resolution] = []
    seen: set[int] = set()
    for entity, how, factor in chosen:
        if entity is None:
            resolutions.append(_resolution(None, how, factor))
            continue
        if entity.speaker is None:
            entity.speaker = Speaker(
                name=entity.name,
                kind=entity.kind,  # type: ignore[arg-type]
                titles=tuple(entity.titles),
                affiliation=entity.affiliation,
                aliases=tuple(entity.aliases),
                mentions=tuple(Span(text[a:b], a, b) for a, b in sorted(set(entity.mentions))),
                members=tuple(m.name for m in entity.members),
                resolved=entity.resolved,
            )
        if id(entity) not in seen:
            seen.add(id(entity))
            speakers.append(entity.speaker)
        resolutions.append(_resolution(entity.speaker, how, factor))
    return resolutions, speakers


def _resolution(speaker: Speaker | None, how: str, factor: float) -> Resolution:
    depth = 0
    while how.startswith("follows:"):
        how, depth = how[len("follows:"):], depth + 1
    return Resolution(speaker, how, factor, depth)


def _resolve_mention(r: _Resolver, d: Draft, last: _Entity | None,
                     unresolved: dict[str, _Entity]) -> tuple[_Entity | None, str, float]:
    doc = r.doc
    assert d.mention is not None and d.source is not None
    lo, hi = d.mention
    src = d.source
    if src.lower_ in RELATIVE_PRONOUNS:
        ante = _antecedent(src)
        if ante is not None:
            # "Biegun, who said ...": the relative pronoun stands for its antecedent
            src = ante
            lo, hi = mention_range(src)
            lo, hi = min(lo, src.i), max(hi, src.i + 1)
    toks = list(doc[lo:hi])
    a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    low = src.lower_

    # groups: "Biegun and Lee", "the two sides"
    conj = [t for t in toks if t.dep_ == "conj" and t.head.i in range(lo, hi)]
    if conj and any(t.lower_ in ("and", "&") for t in toks):
        members = []
        for t in [src, *conj]:
            e = r.entity_at(t.idx, t.idx + len(t.text))
            if e is None:
                e = r._match(_clean_name(t.text), "person", t.idx)
            if e is not None and e not in members:
                members.append(e)
        if len(members) >= 2:
            g = _group(members, a)
            g.add_mention(r.text[a:b], a, b)
            return g, "group:conjunction", 0.9

    if src.pos_ == "PRON" or low in PERSON_PRONOUNS:
        if low in ("i", "me", "you"):
            return _unresolved(r, d, unresolved, "person"), "pronoun:unresolved", 0.5
        if low in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[low]
            fresh = _introduced_since(r, d, -1, last)
            if fresh is not None:
                fresh.gender = fresh.gender or gender
                return fresh, "pronoun:introduced", 0.85
            if last is not None and last.kind == "person" and (last.gender in (None, gender)):
                last.gender = last.gender or gender
                return last, "pronoun:last-speaker", 0.9
            e = r.recent(a, ("person",), gender, subject_only=True) or \
                r.recent(a, ("person",), gender)
            if e is not None:
                e.gender = e.gender or gender
                return e, "pronoun:recent-person", 0.8
            return _unresolved(r, d, unresolved, "person"), "pronoun:unresolved", 0.5
        if low in ORG_PRONOUNS:
            if last is not None and last.kind in ("organization", "place"):
                return last, "pronoun:last-speaker", 0.85
            e = r.recent(a, ("organization",))
            if e is not None:
                return e, "pronoun:recent-organization", 0.7
        if low in PLURAL_PRONOUNS:
            if last is not None and last.kind in ("group", "organization"):
                return last, "pronoun:last-speaker", 0.8
            found = _plural_antecedent(r, src)
            if found is not None:
                return found, "pronoun:plural-subject", 0.7
        return _unresolved(r, d, unresolved, "group" if low in PLURAL_PRONOUNS else "person"), \
            "pronoun:unresolved", 0.5

    e = r.entity_at(src.idx, src.idx + len(src.text))
    head = src.lemma_.lower()
    if e is None and src.lower_ not in RELATIONAL_HEADS and head not in RELATIONAL_HEADS:
        # "the economist Ana Ruiz", "spokesman Noh Kyu-duk": a person named inside the mention;
        # "the IMF report": the body whose text it is (never "Scott's lawyers" -> Scott)
        named = [ent for x, y, ent in r.spans_between(a, b) if a <= x and y <= b and (
            ent.kind == "person" or (head in DOCUMENT_HEADS and ent.kind == "organization" and
                                     _modifies(r, x, y, src)))]
        e = named[-1] if named else None
    if e is not None:
        how = "name" if e.name.lower() in r.text[a:b].lower() else "name-part"
        return e, how, 1.0 if how == "name" else 0.95
    if src.pos_ == "PROPN":
        e = r._match(_clean_name(r.text[a:b]), "person", a)
        if e is not None:
            return e, "name-part", 0.9
        if r.ambiguous:
            return _unresolved(r, d, unresolved, "person"), "name:ambiguous", 0.6
    run = _proper_name_run(toks)
    if run is not None:
        return r.add_person(run), "name-unrecognized", 0.85
    lemmas = {t.lemma_.lower() for t in toks}
    if lemmas & {"two", "both"} and not lemmas & set(lexicon.organization_heads()):
        members = _last_two_people(r, a)
        if members:
            g = _group(members, a)
            g.add_mention(r.text[a:b], a, b)
            return g, "group:the-two", 0.75
    plural = src.tag_ in ("NNS", "NNPS") and src.ent_type_ not in ("NORP", "ORG", "GPE")
    if plural:
        # "the envoys", "advisers to Mr. Obama": never one person; a group where the article
        # gives the role to two or more people
        members = r.by_role(toks, a)
        if len(members) >= 2:
            g = _group(members, a)
            g.add_mention(r.text[a:b], a, b)
            return g, "group:role", 0.7
    else:
        e = r.by_description(toks, a)
        if e is not None:
            _title_from_description(r, e, toks)
            return e, "description", 0.85
    kind = "person"
    if src.tag_ in ("NNS", "NNPS"):
        kind = "group"
    elif src.lemma_.lower() in lexicon.organization_heads():
        kind = "organization"
    return _unresolved(r, d, unresolved, kind), "unresolved", 0.6


def _proper_name_run(toks: Sequence[Token]) -> SpacySpan | None:
    """The last run of two or three capitalised proper nouns in ``toks`` that is no title."""
    words = _title_words()
    best = None
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j].pos_ == "PROPN" and toks[j].is_title and \
                toks[j].lower_ not in words and not toks[j].ent_type_:
            j += 1
        if 2 <= j - i <= 3:
            best = toks[i].doc[toks[i].i:toks[j - 1].i + 1]
        i = max(j, i + 1)
    return best


def _last_two_people(r: _Resolver, before: int) -> list[_Entity]:
    out: list[_Entity] = []
    for a, _b, e in sorted(r.ent_spans, key=lambda x: -x[0]):
        if a < before and e.kind == "person" and e not in out:
            out.append(e)
            if len(out) == 2:
                return out[::-1]
    return []


def _unresolved(r: _Resolver, d: Draft, pool: dict[str, _Entity], kind: str) -> _Entity:
    assert d.mention is not None
    lo, hi = d.mention
    a, b = r.doc[lo].idx, r.doc[hi - 1].idx + len(r.doc[hi - 1].text)
    name = _clean_name(r.text[a:b]) or r.text[a:b]
    key = name.lower()
    if key not in pool:
        pool[key] = _Entity(kind=kind, name=name, parts=_name_parts(name), first=a,
                            resolved=False)
    return pool[key]


def _group(members: list[_Entity], first: int) -> _Entity:
    """A group speaker made of ``members`` ("Biegun and Lee")."""
    return _Entity(kind="group", name=" and ".join(m.name for m in members), parts=[],
                   first=first, members=members)


def _antecedent(rel: Token) -> Token | None:
    """What a relative pronoun stands for: "Biegun, who", "his wife, Laura, who", "the
    Chicago Police Department which"."""
    head = None
    if rel.head.dep_ == "relcl" and rel.head.head.pos_ in ("PROPN", "NOUN"):
        head = rel.head.head
    else:
        j = rel.i - 1
        while j >= 0 and rel.doc[j].text in (",", "—", "–"):
            j -= 1
        if j >= 0 and rel.doc[j].pos_ in ("PROPN", "NOUN") and rel.doc[j].ent_type_ not in (
                "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
            head = rel.doc[j]
    if head is None:
        return None
    # "his wife, Laura, who": the appositive name is the antecedent's name
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            return child
    return head


def _plural_antecedent(r: _Resolver, pron: Token) -> _Entity | None:
    """"they": the nearest earlier subject in this or the previous sentence that is a
    conjunction of people ("Obama and Clinton") or an organisation."""
    doc = r.doc
    here = r.sent_index(pron.idx)
    for j in range(pron.i - 1, -1, -1):
        t = doc[j]
        if here - r.sent_index(t.idx) > 2:
            break
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON":
            continue
        people = [x for x in [t, *t.conjuncts] if x.i > t.i or x is t]
        if len(people) >= 2:
            members = []
            for x in people:
                e = r.entity_at(x.idx, x.idx + len(x.text))
                if e is not None and e.kind == "person" and e not in members:
                    members.append(e)
            if len(members) >= 2:
                return _group(members, t.idx)
        e = r.entity_at(t.idx, t.idx + len(t.text))
        if e is not None and e.kind in ("organization", "group"):
            return e
        if e is not None:
            return None  # a single person or place: "they" is someone else
    return None


def _introduced_since(r: _Resolver, d: Draft, since: int,
                      current: _Entity | None) -> _Entity | None:
    """A person newly introduced, with a title, right before a "he said" / "she said".

    News introduces a new speaker by name and title just before quoting them ("... concerns
    Henry Crespo, president of the caucus. 'No one is writing songs,' he said."): when that
    person is first named in the sentence before the pronoun (or earlier in its own sentence),
    after ``since``, agrees in gender, and differs from ``current``, the pronoun is theirs.
    """
    if d.source is None or d.mention is None:
        return None
    src = d.source
    low = src.lower_
    if low not in PERSON_PRONOUNS:
        return None
    gender = PERSON_PRONOUNS[low]
    at = src.idx
    here = r.sent_index(min(at, d.start))
    found: _Entity | None = None
    for a, _b, e in r.spans_between(max(since + 1, r.sent_starts[max(0, here - 1)]), at):
        if e.kind != "person" or e is current:
            continue
        if r.sent_index(a) not in (here - 1, here):
            continue
        if not e.titles or e.gender not in (None, gender):
            continue
        if min(m[0] for m in e.mentions) != a:
            continue  # named before: not newly introduced
        if _other_person_subject(r, a, e):
            continue  # "Clinton criticized officer Betty Shelby": Clinton is the topic
        found = e
    if found is None or current is None:
        return found
    # the current speaker named again after the newcomer keeps the pronoun
    if any(found.first < m[0] < at for m in current.mentions):
        return None
    return found


def _title_from_description(r: _Resolver, e: _Entity, toks: Sequence[Token]) -> None:
    """"the US special envoy" resolved to a person: "special envoy" is a title, "US" the
    affiliation."""
    if e.kind != "person":
        return
    seg = [t for t in toks if t.pos_ not in ("DET", "PRON") and t.tag_ != "POS"]
    aff = []
    while seg and seg[0].ent_type_ in AFFILIATION_LABELS and seg[0].lower_ not in _title_words():
        aff.append(seg.pop(0))
    if not seg or seg[-1].lemma_.lower() not in _role_heads():
        return
    if any(t.ent_type_ == "PERSON" for t in seg):
        return
    title = r.text[seg[0].idx:seg[-1].idx + len(seg[-1].text)]
    words = set(LETTERS_RE.findall(title.lower()))
    if any(words <= set(LETTERS_RE.findall(t.lower())) for t in e.titles):
        return  # "the minister" adds nothing to "Economy Minister"
    e.add_title(title)
    if aff and not e.affiliation:
        e.affiliation = _clean_name(r.text[aff[0].idx:aff[-1].idx + len(aff[-1].text)])


def _modifies(r: _Resolver, start: int, end: int, head: Token) -> bool:
    """Whether the name at ``start:end`` premodifies ``head`` ("the IMF report")."""
    span = r.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.head.i == head.i and \
        span.root.dep_ in ("compound", "poss", "nmod", "amod")


def _other_person_subject(r: _Resolver, at: int, e: _Entity) -> bool:
    """Whether the main clause of the sentence at ``at`` has a person subject other than
    ``e``."""
    tok = r.doc.char_span(at, at + 1, alignment_mode="expand")
    if tok is None:
        return False
    root = tok[0].sent.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            other = r.entity_at(child.idx, child.idx + len(child.text))
            if other is not None and other is not e and other.kind == "person":
                return True
    return False
