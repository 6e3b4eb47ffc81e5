"""Pronoun strategies: "he", "she" go to the last speaker or a person just introduced or
named, where number and known gender agree; "it" to a body, "they" and "we" to a group or body;
"I" and "you" give no speaker. Also the antecedent of a relative pronoun ("Biegun, who")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from quotekit import lexicon
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.speakers._authors import author, interviewee
from quotekit.pipeline.speakers._kinds import person_heads
from quotekit.pipeline.speakers._model import Answer, Entity, Mention, State, answer, group
from quotekit.pipeline.speakers._table import Resolver, given_names

__all__ = ["agreeing_conjunct", "antecedent", "introduced_since", "is_pronoun", "pronoun_body",
           "pronoun_gender", "pronoun_person", "pronoun_plural", "pronoun_possessor",
           "pronoun_self", "pronoun_unresolved", "pronoun_words", "rule_person",
           "subject_antecedent"]

_GENDERS = ("m", "f")
#: How many sentences before a "he" / "she" its subject antecedent may stand.
_SUBJECT_SENTENCES = 2
#: The farthest back (in sentences) a chain of pronoun subjects may carry that search, so that
#: the search stays bounded on any input.
_SUBJECT_CHAIN = 8
#: ... and the farthest back in tokens (a text without sentence ends).
_SUBJECT_TOKENS = 400
#: How many sentences back a "he" / "she" may reach a person named as no subject.
_RECENT_SENTENCES = 3
#: Entity types of a noun that is never a relative pronoun's antecedent ("Monday, when").
_NOT_ANTECEDENT = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


@lru_cache(maxsize=8)
def pronoun_words(cls: str) -> frozenset[str]:
    """The pronouns of class ``cls`` in ``pronouns.tsv`` ("m", "f", "plural", "body",
    "self"; "person" for both genders)."""
    table = lexicon.word_map("pronouns.tsv")
    want = _GENDERS if cls == "person" else (cls,)
    return frozenset(w for w, c in table.items() if c in want)


def pronoun_gender(low: str) -> str | None:
    """The gender of a person pronoun ("she" -> "f"), else None."""
    g = lexicon.word_map("pronouns.tsv").get(low)  # cached by lexicon
    return g if g in _GENDERS else None



def is_pronoun(source: Token) -> bool:
    """Whether ``source`` is a pronoun: tagged so, or a person pronoun ("he"); not a word in
    capitals the article names a body by ("WHO says ..." where "WHO" is tagged a body)."""
    if source.pos_ != "PRON" and pronoun_gender(source.lower_) is None:
        return False
    return not (source.is_upper and len(source) > 1 and source.text in _org_words(source.doc))


@lru_cache(maxsize=1)  # (the latest document only, no more kept alive)
def _org_words(doc: Doc) -> frozenset[str]:
    """The words of the names a document's recognizer tags a body (once per document; "WHO"
    of "the World Health Organization (WHO)")."""
    return frozenset(t.text for e in doc.ents if e.label_ == "ORG" for t in e)


def pronoun_self(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"I", "me", "you": the speaker is not named in the text, and "I" or "you" is no name:
    no speaker (the mention keeps the pronoun); except an "I" outside quotation marks in a
    piece whose writer the article names (an opinion column; see
    :func:`~quotekit.pipeline.speakers._authors.author`)."""
    del s
    if m.low not in pronoun_words("self"):
        return None
    if m.low == "i" and not r.ctx.quoted[m.source.i]:
        writer = author(r)
        if writer is not None:
            return answer(writer, "pronoun:author")
    return answer(None, "pronoun:unresolved")


def pronoun_person(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"he", "she": a person just introduced with a title, else the nearest person subject
    before it (:func:`subject_antecedent`), else the last speaker, else the latest person (a
    subject first) who agrees in gender, else unresolved. Agreement reads the gender the
    article's names and honorifics give; a pronoun resolved earlier pins none (one wrong
    resolution would otherwise turn a person's later pronouns away from them)."""
    gender = pronoun_gender(m.low)
    if gender is None:
        return None
    found = rule_person(r, m, s, gender)
    if found.strategy != "pronoun:last-speaker":
        return found
    latest = next((a for a in reversed(s.answers) if a.entity is found.entity), None)
    if latest is not None and latest.strategy == "pronoun:author":
        about = interviewee(s, found.entity, gender)  # the writer's "I" is no "she"
        return answer(about, "pronoun:recent-person" if about else "pronoun:unresolved")
    return found


#: Nouns of a body that speaks for the one who holds it: "His office said" is him, as "Lee's
#: office said" is Lee.
_HOLDER_BODIES = frozenset({"office"})


def pronoun_possessor(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"His office said", "her office said": the person "his" or "her" stands for (by the
    rules of :func:`pronoun_person`), whose office speaks for them."""
    head = m.source
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in _HOLDER_BODIES:
        return None
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    gender = pronoun_gender(poss.lower_) if poss is not None else None
    if gender is None:
        return None
    found = rule_person(r, m, s, gender)
    if found.entity is None or found.entity.kind != "person":
        return None
    return answer(found.entity, "pronoun:possessor")


def rule_person(r: Resolver, m: Mention, s: State, gender: str) -> Answer:
    """The rules' answer for a person pronoun of ``gender`` ("m" / "f") at ``m`` (see
    :func:`pronoun_person`; a named mention may be asked as if it were a pronoun, which is
    how ``benchmarks/learn_pronoun_ranker.py`` measures the rules)."""
    fresh = introduced_since(r, m.draft, -1, s.last, gender)
    if fresh is not None:
        return answer(fresh, "pronoun:introduced")
    last = s.last
    subject = subject_antecedent(r, m, s, gender)
    if subject is not None and subject is not last:
        return answer(subject, "pronoun:subject")
    if last is not None and last.kind == "person" and (last.gender in (None, gender)):
        return answer(last, "pronoun:last-speaker")
    e = r.recent(m.start, ("person",), gender, subject_only=True) or \
        r.recent(m.start, ("person",), gender, within=_RECENT_SENTENCES)
    if e is not None:
        return answer(e, "pronoun:recent-person")
    return answer(r.unresolved(m, s, "person"), "pronoun:unresolved")


def subject_antecedent(r: Resolver, m: Mention, s: State, gender: str | None) -> Entity | None:
    """The person a "he" / "she" (or "the Dane": ``gender`` None) continues: the nearest
    subject before it, outside quotations, that names a person agreeing in gender ("Trump has
    record low support ... 'Look at ...,' he said"), looking back through the sentence and
    the two before it; a subject pronoun of the same gender (any person pronoun for None)
    continues the chain (its own referent, where a statement resolved it, else the search
    goes on, two more sentences from there)."""
    doc, quoted = r.doc, r.ctx.quoted
    first = min(m.lo, m.source.i)
    here = r.sent_index(doc[first].idx)
    reach, floor = here - _SUBJECT_SENTENCES, here - _SUBJECT_CHAIN
    chained = False
    for j in range(first - 1, max(-1, first - 1 - _SUBJECT_TOKENS), -1):
        t = doc[j]
        at = r.sent_index(t.idx)
        if at < reach:
            return None
        if not _subject(t) or quoted[j]:
            continue  # (not "hold Snyder accountable": a small clause's subject)
        e = s.sources.get(j)
        if e is None and is_pronoun(t):
            said = pronoun_gender(t.lower_)
            if said is not None and gender in (None, said):
                reach, chained = max(floor, at - _SUBJECT_SENTENCES), True
            continue
        e = e or r.entity_of(t) or _named_person(r, t) or _apposed_person(r, t)
        if e is not None and e.kind == "person" and (gender is None or e.gender in (None, gender)):
            # the reporter only right after the report ("The president's roots also came into
            # play. In Honolulu, he told ...": the president, named again in between)
            close = at >= here - 1
            return (None if chained or not close else _reporter(r, s, t, e, gender)) or e
    return None


def _subject(t: Token) -> bool:
    """Whether ``t`` is the subject of a verb: tagged so, or a person's name the parser made a
    compound of the present-tense verb right after it, which it read as a verb or a plural
    noun heading the sentence ("Moravec shrugs at the praise.": "Moravec" compound of
    "shrugs")."""
    head = t.head
    if t.dep_ in ("nsubj", "nsubjpass"):
        return head.pos_ in ("VERB", "AUX")
    return t.dep_ == "compound" and t.ent_type_ == "PERSON" and head.i == t.i + 1 and \
        (head.pos_ == "VERB" or (head.dep_ == "ROOT" and head.tag_ == "NNS"))


def _reporter(r: Resolver, s: State, t: Token, e: Entity, gender: str | None) -> Entity | None:
    """The person who reports what subject ``t`` (of ``e``) did, where ``t``'s clause is the
    complement of a reporting verb whose subject is a person agreeing in gender ("White House
    spokesman Josh Earnest said Monday that President Barack Obama has long called for ...":
    a "he said" after it continues Earnest; "pathologist Dr Rajan Mehra, who said Mr Forsythe
    had died ...": the speaker the relative pronoun was resolved to), else None."""
    verb = t.head
    if verb.dep_ != "ccomp" or not lexicon.is_reporting_verb(verb.head.lemma_):
        return None
    for c in verb.head.children:
        if c.dep_ == "nsubj" and c.i < t.i and not r.ctx.quoted[c.i]:
            other = r.entity_of(c) or _named_person(r, c) or s.sources.get(c.i)
            if other is not None and other is not e and other.kind == "person" and \
                    (gender is None or other.gender in (None, gender)):
                return other
    return None


def _apposed_person(r: Resolver, t: Token) -> Entity | None:
    """The person named in apposition to a subject that is a noun of people ("Berg's
    teammate, Ade Okafor, was less certain."; not "a study by ..., Mikhail Dmitriyev,"), or
    None."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in person_heads():
        return None
    for c in t.children:
        if c.dep_ == "appos" and c.i > t.i and c.pos_ == "PROPN":
            e = r.entity_of(c)
            if e is not None and e.kind == "person":
                return e
    return None


def _named_person(r: Resolver, t: Token) -> Entity | None:
    """The person a name the recognizer missed stands for ("Trump responded ..." where
    "Donald Trump" is known), or None."""
    if t.pos_ != "PROPN" or t.ent_type_ not in ("", "PERSON"):
        return None
    return r.match(t.text, "person", t.idx)


def pronoun_body(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"it": the last speaker where a body or place, else the latest organisation."""
    if not m.pronoun or m.low not in pronoun_words("body"):
        return None
    if s.last is not None and s.last.kind in ("organization", "place"):
        return answer(s.last, "pronoun:last-speaker", "pronoun:last-speaker:it")
    e = r.recent(m.start, ("organization",))
    return answer(e, "pronoun:recent-organization") if e is not None else None


def pronoun_plural(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"they", "we": the last speaker where a group or body, else the nearest earlier
    subject that is a conjunction of people or a body."""
    if not m.pronoun or m.low not in pronoun_words("plural"):
        return None
    if s.last is not None and s.last.kind in ("group", "organization"):
        return answer(s.last, "pronoun:last-speaker", "pronoun:last-speaker:they")
    found = _plural_antecedent(r, m.source)
    return answer(found, "pronoun:plural-subject") if found is not None else None


def pronoun_unresolved(r: Resolver, m: Mention, s: State) -> Answer | None:
    """Any other pronoun, or one nothing agrees with: unresolved (a group for "they")."""
    if not m.pronoun:
        return None
    kind = "group" if m.low in pronoun_words("plural") else "person"
    return answer(r.unresolved(m, s, kind), "pronoun:unresolved")


def _opens_with(clause: Token, rel: Token) -> bool:
    """Whether relative clause ``clause`` has "who" for its subject as ``rel`` is "who" ("who
    had ..., and who has ..."; not "whose district ..., but who ...", nor "which")."""
    return rel.lower_ == "who" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"
                                       for c in clause.children)


def antecedent(rel: Token) -> Token | None:
    """What a relative pronoun stands for: "Biegun, who", "his wife, Laura, who", "the
    Chicago Police Department which"."""
    head = None
    clause = rel.head
    while clause.dep_ == "conj" and clause.head.i != clause.i and _opens_with(clause.head, rel):
        clause = clause.head  # "someone who had to ..., and who has come out ..."
    if clause.dep_ == "relcl" and (clause.head.pos_ in ("PROPN", "NOUN") or
                                   clause.head.lower_ in pronoun_words("indefinite")):
        head = clause.head
    elif clause.dep_ == "conj" and rel.lower_ == "who" and clause.head.pos_ == "PROPN" and \
            any(c.dep_ == "relcl" for c in clause.head.children):
        head = clause.head  # "Ames, who chairs ..., and who has said": joined to the name
    else:
        j = rel.i - 1
        while j >= 0 and rel.doc[j].text in (",", "—", "–"):
            j -= 1
        if j >= 0 and rel.doc[j].pos_ in ("PROPN", "NOUN") and \
                rel.doc[j].ent_type_ not in _NOT_ANTECEDENT:
            head = rel.doc[j]
    if head is None:
        return None
    # "his wife, Laura, who": the appositive name is the antecedent's name
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            return child
    return head


def agreeing_conjunct(rel: Token, ante: Token) -> Token:
    """The antecedent a relative pronoun's verb agrees with: the last of conjoined names
    where the verb is singular ("Reps. Darrell Issa and Duncan Hunter, who was one of the
    first" -> Hunter), else ``ante``."""
    verb = rel.head
    conj = [c for c in ante.conjuncts if c.i > ante.i and c.i < rel.i]
    if rel.dep_ not in ("nsubj", "nsubjpass") or not conj or \
            verb.morph.get("Number", []) != ["Sing"]:
        return ante
    return max(conj, key=lambda c: c.i)


def _plural_antecedent(r: Resolver, pron: Token) -> Entity | None:
    """"they": the nearest earlier subject in this or the previous sentence that is a
    conjunction of people ("Obama and Clinton") or an organisation."""
    here = r.sent_index(pron.idx)
    for j in range(pron.i - 1, -1, -1):
        t = r.doc[j]
        if here - r.sent_index(t.idx) > 2:
            break
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON":
            continue
        people = _people_of(r, [x for x in [t, *t.conjuncts] if x.i > t.i or x is t])
        if people is not None:
            return group(people, t.idx)
        e = r.entity_of(t)
        if e is not None and pron.lower_ == "they" and here > r.sent_index(t.idx) and \
                not t.conjuncts and _bare_person(r, e):
            e.kind = "organization"  # "Politifact did a fact-check ... they published"
        if e is not None:
            # a single person or place: "they" is someone else
            return e if e.kind in ("organization", "group") else None
    return None


def _bare_person(r: Resolver, e: Entity) -> bool:
    """Whether ``e`` is a person only by the recognizer's label: one word that is no word of
    another name, no given name, with no title, honorific or gender (a body "they" takes up:
    "Politifact did a fact-check ... they published")."""
    return e.kind == "person" and len(e.parts) == 1 and not e.titles and \
        e.gender is None and not e.said_gender and not e.aliases and \
        e.parts[0].lower() not in given_names() and \
        all(o is e for o in r.with_part(e.parts[0]))


def _people_of(r: Resolver, conjuncts: list[Token]) -> list[Entity] | None:
    """The distinct people of two or more conjoined subjects, where two or more are."""
    if len(conjuncts) < 2:
        return None
    members: list[Entity] = []
    for x in conjuncts:
        e = r.entity_of(x)
        if e is not None and e.kind == "person" and e not in members:
            members.append(e)
    return members if len(members) >= 2 else None


def introduced_since(r: Resolver, d: Draft, since: int, current: Entity | None,
                     gender: str | None = None) -> Entity | None:
    """A person newly introduced, with a title, right before a "he said" / "she said".

    News introduces a new speaker by name and title just before quoting them ("... concerns
    Henry Crespo, president of the caucus. 'No one is writing songs,' he said."): when that
    person is first named in the sentence before the pronoun (or earlier in its own sentence),
    after ``since``, agrees in gender, and differs from ``current``, the pronoun is theirs.
    ``gender`` is the pronoun's unless given.
    """
    if d.source is None or d.mention is None:
        return None
    src = d.source
    gender = gender or pronoun_gender(src.lower_)
    if gender is None:
        return None
    at = src.idx
    here = r.sent_index(min(at, d.start))
    found: Entity | None = None
    for a, _b, e in r.spans_between(max(since + 1, r.ctx.sent_starts[max(0, here - 1)]), at):
        if _newly_introduced(r, e, a, here, gender, current):
            found = e
    if found is None or current is None:
        return found
    # the current speaker named again after the newcomer keeps the pronoun
    if any(found.first < m[0] < at for m in current.mentions):
        return None
    return found


def _newly_introduced(r: Resolver, e: Entity, a: int, here: int, gender: str,
                      current: Entity | None) -> bool:
    """Whether the mention of ``e`` at ``a`` introduces a titled person of ``gender`` other
    than ``current``, in sentence ``here`` or the one before, outside quotations (a person a
    speaker names is no new speaker: '"My top science adviser, John Holdren, ...," he
    said')."""
    if e.kind != "person" or e is current or r.ctx.quoted[r.ctx.token_at(a)]:
        return False
    if r.sent_index(a) not in (here - 1, here):
        return False
    if not e.titles or e.gender not in (None, gender):
        return False
    if min(m[0] for m in e.mentions) != a:
        return False  # named before: not newly introduced
    # "Clinton criticized officer Betty Shelby": Clinton is the topic
    return not _other_person_subject(r, a, e, gender)


def _other_person_subject(r: Resolver, at: int, e: Entity, gender: str) -> bool:
    """Whether the sentence at ``at`` has a person subject other than ``e``: of its main
    clause, or of a verb before ``at`` outside quotations ("'...,' Mr. Obama said, not even
    needing to mention the author of that boast, Muhammad Ali"); a main-clause pronoun
    subject of ``gender`` counts ("She has faced ... investigating his wife, Hillary
    Clinton"; not "He was joined on the call by Ilyse Hogue" for a "she")."""
    tok = r.doc.char_span(at, at + 1, alignment_mode="expand")
    if tok is None:
        return False
    sent = tok[0].sent
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [t for t in sent if t.i < tok[0].i and t.dep_ in ("nsubj", "nsubjpass") and
                 not r.ctx.quoted[t.i] and t.head.pos_ in ("VERB", "AUX") and
                 (lexicon.is_reporting_verb(t.head.lemma_) or
                  not any(c.dep_ == "mark" for c in t.head.children))]  # not "While Obama had"
    for t in subjects:
        if t.head == sent.root and pronoun_gender(t.lower_) == gender:
            return True
        other = r.entity_of(t)
        if other is not None and other is not e and other.kind == "person":
            return True
    return False
