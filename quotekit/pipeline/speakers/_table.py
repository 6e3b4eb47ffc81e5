"""The article's entity table: every entity, where it is mentioned, and the name index that
finds the entity a name stands for."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import honorific_gender, initials, name_parts
from quotekit.pipeline.context import Context
from quotekit.pipeline.cues import RELATIVE_PRONOUNS
from quotekit.pipeline.speakers._model import Entity, Mention, State, stands_for

__all__ = ["Resolver", "given_names"]


class Resolver:
    """The entities of one article and the look-ups the strategies use.

    Attributes:
        ctx: The document context.
        entities: The registered entities, in the order they entered the article.
        ent_spans: ``(start, end, entity)`` of every mention, sorted by start.
        ambiguous: Whether the last :meth:`match` met a name several people share.
    """

    def __init__(self, ctx: Context) -> None:
        """An empty table for the document of ``ctx``."""
        self.ctx = ctx
        self.doc = ctx.doc
        self.text = ctx.text
        self.entities: list[Entity] = []
        # the entities by lower-case name or alias ("n:"), name part ("p:", and lower-case
        # "l:") and initials ("i:"), so that matching a name looks at the few that can
        # match, not at all of them
        self._keys: dict[str, dict[int, Entity]] = {}
        self._position: dict[int, int] = {}
        self.ent_spans: list[tuple[int, int, Entity]] = []
        self.span_starts: list[int] = []
        self.longest = 0
        self.ambiguous = False

    # -- mentions ------------------------------------------------------------------------
    def add_span(self, start: int, end: int, entity: Entity) -> None:
        """Record a mention of ``entity``; spans stay sorted by start for bisecting."""
        i = bisect_right(self.span_starts, start)
        self.span_starts.insert(i, start)
        self.ent_spans.insert(i, (start, end, entity))
        self.longest = max(self.longest, end - start)

    def spans_between(self, lo: int, hi: int) -> list[tuple[int, int, Entity]]:
        """Entity mentions starting at ``lo`` or later and before ``hi``, in text order."""
        return self.ent_spans[bisect_left(self.span_starts, lo):
                              bisect_left(self.span_starts, hi)]

    def sent_index(self, char: int) -> int:
        """Index of the sentence holding character ``char``."""
        return self.ctx.sentence_of(char)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity mentioned over ``start:end`` (a person before any other kind)."""
        best = None
        for a, b, e in self.spans_between(start - self.longest, end):
            if a < end and start < b and (best is None or e.kind == "person"):
                best = e
        return best

    def entity_of(self, token: Token) -> Entity | None:
        """The entity mentioned over ``token``."""
        return self.entity_at(*self.ctx.chars(token.i, token.i))

    def unresolved(self, m: Mention, s: State, kind: str) -> Entity:
        """The unresolved entity of kind ``kind`` for the draft's own mention, as written; for a
        relative pronoun the words it stands for ("a raft of new rules that promise ...": not
        "that"); the words a transcript label stands for."""
        assert m.draft.mention is not None
        source = m.draft.source
        if stands_for(m.draft) or (source is not None and m.source.i != source.i
                                   and source.lower_ in RELATIVE_PRONOUNS):
            return s.unresolved_entity(m.text, m.start, kind)
        a, b = self.ctx.token_range_chars(*m.draft.mention)
        return s.unresolved_entity(self.text[a:b], a, kind)

    # -- the name index ------------------------------------------------------------------
    def register(self, entity: Entity) -> None:
        """Add ``entity`` to the article's entities and to the name index."""
        self._position[id(entity)] = len(self.entities)
        self.entities.append(entity)
        entity.on_alias = self._index_alias
        self._index(entity)

    def match_or_register(self, name: str, kind: str, at: int,
                          first: int | None = None) -> Entity:
        """The registered entity ``name`` (a ``kind`` at ``at``) stands for
        (:meth:`match`), else a new one of that name and kind, registered, first seen at
        ``first`` (``at`` by default)."""
        found = self.match(name, kind, at)
        if found is None:
            found = Entity(kind=kind, name=name, parts=name_parts(name),
                           first=at if first is None else first)
            self.register(found)
        return found

    def rename(self, entity: Entity, name: str) -> None:
        """Give ``entity`` a fuller ``name``; the index learns the new keys (old keys stay:
        every look-up checks the entity itself again)."""
        entity.name, entity.parts = name, name_parts(name)
        if id(entity) in self._position:
            self._index(entity)

    def rename_keeping(self, entity: Entity, name: str) -> None:
        """:meth:`rename` ``entity``, its old name kept as an alias ("DMRC" named "Delhi Metro
        Rail Corporation", "MSF" named "Médecins Sans Frontières")."""
        if entity.name not in entity.aliases:
            entity.aliases.append(entity.name)
        self.rename(entity, name)

    def _index(self, entity: Entity) -> None:
        keys = [f"n:{entity.name.lower()}", f"i:{initials(entity.name)}"]
        keys += [f"n:{a.lower()}" for a in entity.aliases]
        keys += [f"p:{part}" for part in entity.parts]
        keys += [f"l:{part.lower()}" for part in entity.parts]
        for key in keys:
            self._keys.setdefault(key, {})[id(entity)] = entity

    def _index_alias(self, entity: Entity, alias: str) -> None:
        self._keys.setdefault(f"n:{alias.lower()}", {})[id(entity)] = entity

    def _indexed(self, keys: Iterable[str]) -> list[Entity]:
        """The entities under any of ``keys``, in the order they entered the article."""
        found: dict[int, Entity] = {}
        for key in keys:
            found.update(self._keys.get(key, {}))
        return sorted(found.values(), key=lambda e: self._position[id(e)])

    def with_part(self, part: str) -> list[Entity]:
        """The entities a name part names, case aside ("harlow" -> "Tom Harlow"), in the
        order they entered the article."""
        return self._indexed([f"l:{part.lower()}"])

    # -- matching a name -----------------------------------------------------------------
    def match(self, name: str, kind: str, at: int, bodies: bool = True) -> Entity | None:
        """The registered entity ``name`` (a ``kind`` at ``at``) stands for, or None; sets
        :attr:`ambiguous` where a single name is a part of several people's names. A single
        name no person has may name a body ("Peabody" ~ "Peabody Energy") unless not
        ``bodies`` (a name the recognizer tags a person)."""
        parts = name_parts(name)
        low = name.lower()
        self.ambiguous = False
        if kind == "person" and len(parts) == 1:
            full = [e for e in self._indexed([f"p:{parts[0]}"]) if e.kind == "person" and
                    len(e.parts) > 1 and parts[0] in e.parts and e.resolved]
            if len(full) >= 2:
                best = self.disambiguate(full, at)
                self.ambiguous = best is None
                return best
        for e in self._indexed([f"n:{low}"]):
            if e.name.lower() == low or low in (a.lower() for a in e.aliases):
                return e
        titled = self._titled_surname(parts)
        if titled is not None:
            return titled
        if kind == "organization":
            return self._match_organization(name, parts, last=True)
        if kind != "person":
            return None
        candidates = [e for e in self._indexed(f"p:{part}" for part in parts)
                      if e.kind == "person" and _person_parts_match(parts, e.parts)]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            return self.disambiguate(candidates, at)
        # a body named by its first word and tagged a person: "Peabody" ~ "Peabody Energy";
        # the recognizer's person too where the body's name ends as a company's or a body's
        # does ("Corvane" ~ "Corvane Air Group")
        if len(parts) != 1:
            return None
        body = self._match_organization(name, parts)
        return body if body is not None and (bodies or _company_words_end(body.name)) else None

    def _titled_surname(self, parts: list[str]) -> Entity | None:
        """The one person named before by a fuller name whose title the first of two
        ``parts`` gives, the second being that person's surname: "Imam Rahmatullah" after
        "Imam Qasim Rahmatullah", "DCI Malik" (the recognizer's body) after "Detective Chief
        Inspector Farhan Malik" (the title's word or its initials, ``titles.tsv``); None
        where the first part is no title or no such person, or several, is known."""
        if len(parts) != 2 or parts[0].lower().rstrip(".") not in _title_keys():
            return None
        word = parts[0].lower().rstrip(".")
        found = [e for e in self._indexed([f"p:{parts[1]}"])
                 if e.kind == "person" and len(e.parts) > 1 and e.parts[-1] == parts[1] and
                 any(_gives_title(word, t) for t in e.titles)]
        return found[0] if len(found) == 1 else None

    def _match_organization(self, name: str, parts: list[str],
                            last: bool = False) -> Entity | None:
        """"IMF" ~ "International Monetary Fund"; "Peabody" ~ "Peabody Energy"; where
        ``last``, "Times" ~ "New York Times" too (the one body it names); a company's full
        name after its first word alone ("Hallberg Motoren Werke" ~ a headline's "Hallberg")."""
        maybe = self._indexed([f"i:{name}", f"n:{initials(name).lower()}",
                               f"p:{parts[0]}"] if parts else [f"i:{name}"])
        orgs = [e for e in maybe if e.kind == "organization" and (
            (name.isupper() and len(name) >= 2 and initials(e.name) == name) or
            (e.name.isupper() and len(e.name) >= 2 and initials(name) == e.name) or
            (len(parts) == 1 and len(e.parts) > 1 and (
                e.parts[0] == parts[0] or (last and e.parts[-1] == parts[0]))) or
            (len(e.parts) == 1 and len(parts) > 1 and e.parts[0] == parts[0] and
             parts[-1].lower() in lexicon.word_map("company_words.tsv")))]
        return orgs[0] if len(orgs) == 1 else None

    def disambiguate(self, candidates: list[Entity], at: int) -> Entity | None:
        """A surname shared by several people: decide by context, or not at all.

        An honorific before the mention ("Mrs. Clinton") picks the one of that gender; else the
        one the article names far more often (news names a relative in full: "Bill Clinton");
        else the only one named in this or the two sentences before; else None (never a guess).
        """
        tok = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if tok is not None and tok.start > 0:
            g = honorific_gender(self.doc[tok.start - 1].lower_)
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

    # -- looking back --------------------------------------------------------------------
    def recent(self, before: int, kinds: Sequence[str], gender: str | None = None,
               subject_only: bool = False, within: int | None = None) -> Entity | None:
        """The latest entity of ``kinds`` mentioned before ``before`` that agrees with
        ``gender`` (a person known to agree, named in the last three sentences, first), as
        a subject only where ``subject_only``, in the last ``within`` sentences where
        given."""
        here = self.sent_index(before)
        if gender:
            lo = self.ctx.sent_starts[max(0, here - 3)]
            near = [(a, e) for a, _b, e in self.spans_between(lo, before) if e.kind in kinds
                    and e.gender == gender and here - self.sent_index(a) <= 3]
            if near:
                return max(near, key=lambda x: x[0])[1]
        # the latest qualifying mention before ``before``: walk back from there
        for a, b, e in reversed(self.spans_between(0, before)):
            if e.kind not in kinds or (gender and e.gender and e.gender != gender):
                continue
            if within is not None and here - self.sent_index(a) > within:
                return None
            if subject_only and not self._is_subject(a, b):
                continue
            return e
        return None

    def _is_subject(self, start: int, end: int) -> bool:
        tok = self.doc.char_span(start, end, alignment_mode="expand")
        return tok is not None and tok.root.dep_ in ("nsubj", "nsubjpass")

    def nearest(self, at: int, ok: Callable[[Entity], bool]) -> Entity | None:
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

    def dominant(self, kind: str, before: int) -> Entity | None:
        """The entity of ``kind`` the article is about: named before ``before`` and, in the
        whole article, at least three times and at least twice as often as any other."""
        counts: dict[int, int] = {}
        found: dict[int, Entity] = {}
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

    def last_two_people(self, before: int) -> list[Entity]:
        """The last two people named before ``before``, in text order, or []."""
        out: list[Entity] = []
        for a, _b, e in sorted(self.ent_spans, key=lambda x: -x[0]):
            if a < before and e.kind == "person" and e not in out:
                out.append(e)
                if len(out) == 2:
                    return out[::-1]
        return []


@lru_cache(maxsize=1)
def _company_words_end(name: str) -> bool:
    """Whether ``name``, of two words or more, ends in a word that ends a company's name
    and no person's (``company_words.tsv``: "Skyway Airways") or a body's head noun
    (``organization_heads.tsv``: "Corvane Air Group")."""
    words = name_parts(name)
    return len(words) > 1 and (words[-1].lower() in lexicon.word_map("company_words.tsv") or
                               words[-1].lower() in lexicon.organization_heads())


@lru_cache(maxsize=1)
def _title_keys() -> frozenset[str]:
    """The one-word titles of ``titles.tsv`` without a final full stop ("imam", "dci",
    "sen")."""
    return frozenset(t.rstrip(".") for t in lexicon.titles() if " " not in t)


def _gives_title(word: str, title: str) -> bool:
    """Whether the one-word title ``word`` (lower-case, no full stop) stands for a person's
    ``title``: one of its words ("imam" in "Imam"), its initials ("dci" for "Detective Chief
    Inspector") or the same role noun (``titles.tsv``: "sen" and "Senator")."""
    words = title.lower().replace(".", "").split()
    if word in words or (len(words) > 1 and word == "".join(w[0] for w in words)):
        return True
    entries = lexicon.titles()
    mine, theirs = entries.get(word) or entries.get(word + "."), entries.get(title.lower())
    return mine is not None and theirs is not None and mine.head is not None and \
        mine.head == theirs.head


@lru_cache(maxsize=1)
def given_names() -> Mapping[str, str]:
    """Common given names (lower-case) -> "m" / "f" (quotekit/data/given_names.tsv): a
    name starting with one is no compound surname; a label of one is a new person. Read once
    (the speaker stage asks for it per entity)."""
    return MappingProxyType({name: gender for _n, (name, gender)
                             in lexicon._rows("given_names.tsv", 2, None)
                             if gender in ("m", "f")})


def _particle_surname(shorter: list[str], longer: list[str]) -> bool:
    """Whether ``shorter`` is a family name opening with a particle that stands inside the
    ``longer`` name after its given name, case aside: "De la Cruz" names "Juan Pablo de la
    Cruz Palacios" (a Spanish first surname before the second, ``name_particles.tsv``)."""
    n = len(shorter)
    if n < 2 or n >= len(longer) or shorter[0].lower() not in lexicon.words("name_particles.tsv"):
        return False
    low = [p.lower() for p in shorter]
    return any([p.lower() for p in longer[i:i + n]] == low for i in range(1, len(longer) - n + 1))


def _person_parts_match(parts: list[str], known: list[str]) -> bool:
    """Whether a person's name ``parts`` can name the person with ``known`` parts: a single
    name that is one of the parts, a compound surname that ends the other name ("Guajardo
    Villarreal", "Ildefonso Guajardo Villarreal"; "De Blasio", "Bill de Blasio"), or the same
    last part and first initial."""
    if len(parts) == 1 and parts[0] in known:
        return True
    if len(known) == 1 and known[0] in parts:
        return True
    shorter, longer = sorted((parts, known), key=len)
    tail = [p.lower() for p in longer[-len(shorter):]]
    if 1 < len(shorter) < len(longer) and tail == [p.lower() for p in shorter] and \
            shorter[0].lower() not in given_names() and not any(p.isupper() for p in shorter):
        return True  # (not "Hillary Clinton" in "Crooked Hillary Clinton", nor "AG Lynch")
    if _particle_surname(shorter, longer):
        return True
    return len(parts) > 1 and len(known) > 1 and parts[-1] == known[-1] and \
        parts[0][0] == known[0][0]
