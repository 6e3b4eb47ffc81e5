"""What a reporting verb reports: its complement, and the content span it covers."""

from __future__ import annotations

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline import confidence
from quotekit.pipeline.context import Context
from quotekit.pipeline.cues import RELATIVE_PRONOUNS, can_act, reduced_passive_agent
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements._adverbial import (
    WH_TAGS,
    adverbial_clause,
    answer,
    opens_that_adverbial,
    spoken,
)
from quotekit.pipeline.statements._withheld import group, names_time
from quotekit.types import Evidence

__all__ = ["complement", "coordinated_report", "ends_clause", "heard_in_hearing",
           "opens_with_that", "participle", "with_relative"]


def _phrasal_object(verb: Token) -> Token | None:
    """The object of a phrasal verb: "called for [talks]", "pointed out [the risk]"."""
    part = verb.doc[verb.i + 1]
    if part.dep_ == "mark" and part.head.i > verb.i:
        return part.head  # "called for [the two sides to continue]"
    for sub in part.children:
        if sub.dep_ in ("pobj", "pcomp"):
            return sub
    if part.dep_ == "prt":
        for child in verb.rights:
            if child.dep_ == "dobj":
                return child
    return None


def _object(verb: Token) -> tuple[Token | None, str]:
    """A direct object as the content: its "that" clause ("expressed hope that ...") or the
    object itself ("denied the report")."""
    for child in verb.rights:
        if child.dep_ == "dobj":
            for sub in child.children:
                if sub.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in sub.children):
                    return sub, "noun-clause"
    if _participle_on_object(verb):
        return None, ""  # a passive participle on its object ("a statement read outside
        # court, the family said": what the parser took for an object is no content; not in a
        # sentence whose only verb it is: "a POLITICO analysis of other data identified ...")
    for child in verb.rights:
        if child.dep_ == "dobj" and (child.pos_ != "PRON" or _as_after(verb, child)):
            return child, "dobj"  # "denied the report", "dismissed him as an actor"
    return None, ""


def _hearer_clause(verb: Token, lemma: str) -> Token | None:
    """The "that" clause of a verb with a hearer ("warning anyone who was in the waiting room
    [that they may have been exposed]") that the parser hung on a relative clause of the
    hearer, whose own verb reports nothing; or the clause without "that" the parser took for
    a relative clause of the hearer ("told detectives [he had been at home all night]")."""
    if lemma not in lexicon.words("hearer_verbs.tsv"):
        return None
    for child in verb.rights:
        if child.dep_ != "dobj":
            continue
        for rel in child.children:
            if rel.dep_ != "relcl" or rel.lemma_.lower() in lexicon.reporting_verbs():
                continue
            for sub in rel.rights:
                if sub.dep_ == "ccomp" and opens_with_that(sub):
                    return sub
            if _contact_clause(child, rel):
                return rel
    return None


#: Tags of the relative and question words ("which", "who", "whose", "when") that open a
#: clause of comment or time, not a report.


def _contact_clause(hearer: Token, rel: Token) -> bool:
    """Whether ``rel``, a relative clause of the hearer ``hearer``, is rather the clause told
    to it without "that": it follows the hearer, someone who can hear, at once, with a
    subject of its own and no relative word ("told detectives he had been at home", "told
    the jury she had never seen the man")."""
    if not can_act(hearer):
        return False
    first = rel.left_edge
    subject = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return first.i == hearer.i + 1 and subject is not None and subject.i < rel.i and \
        first.tag_ not in WH_TAGS and first.lower_ != "that"


def _as_after(verb: Token, obj: Token) -> bool:
    """Whether an "as" phrase on ``verb`` follows its object: "described himself as ..."."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in verb.children)


def complement(verb: Token, lemma: str) -> tuple[Token | None, str]:
    """The token heading what a reporting verb reports, and the kind of complement.

    Kinds: ``ccomp`` (a clause: "said [that] ..."), ``xcomp`` ("vowed to ..."), ``phrasal``
    ("called for ..."), ``oprd`` (what the object is called: "called him [a genius]"),
    ``noun-clause`` ("expressed hope that ..."), ``answer`` ("said yes"), ``dobj`` ("denied
    the report"), ``passive``
    ("was reported by ..."), ``prep-*`` ("touched on ...").
    ``(None, "")`` when the verb reports nothing here.
    """
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not _relative_before(verb, c)]
    if clauses:
        return _reported_clause(verb, clauses), "ccomp"
    clause = _hearer_clause(verb, lemma) or _second_subject(verb, lemma) or \
        _extraposed(verb) or adverbial_clause(verb, lemma)
    if clause is not None:
        return clause, "ccomp"
    said = answer(verb, lemma)
    if said is not None:
        return said, "answer"
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i:
            return child, "xcomp"
    if " " in lemma and verb.i + 1 < len(verb.doc):  # phrasal: "call for X", "point to X"
        obj = _phrasal_object(verb)
        if obj is not None:
            return obj, "phrasal"
    for child in verb.rights:
        if child.dep_ == "oprd":
            return child, "oprd"  # "called him [a genius]", "branded her [a liar]"
    comp, kind = _object(verb)
    if comp is not None or (_participle_on_object(verb) and spoken(lemma) and not any(
            c.dep_ == "prep" and c.lower_ in group("described") for c in verb.children) and
            reduced_passive_agent(verb) is None):
        return comp, kind  # ("a victim impact statement read to the court": who heard it)
    return _passive_or_prep(verb)  # ("known as “rabbit patches”", "called to service by ...")


def participle(verb: Token) -> bool:
    """Whether ``verb`` is a past participle: tagged so, or a past tense with no subject,
    which is how the tagger may read one ("a victim impact statement read to the court")."""
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _participle_on_object(verb: Token) -> bool:
    """A passive participle on the noun it reports, in a sentence with a verb of its own ("In
    a statement read outside court, the family said ...")."""
    return verb.dep_ == "acl" and participle(verb) and \
        verb.sent.root.pos_ in ("VERB", "AUX") and verb.sent.root.i != verb.i


def _extraposed(verb: Token) -> Token | None:
    """The "that" clause an object "it" stands for ("Mr Pryce put it to her that she had told
    ...": the parser hangs the clause on "it")."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lower_ == "it":
            return next((c for c in obj.rights if c.dep_ in ("relcl", "ccomp", "acl") and
                         any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
                        None)
    return None


def _second_subject(verb: Token, lemma: str) -> Token | None:
    """The clause a verb of speech reports where a quotation inside it broke the parse: a
    second subject after the verb that has one before it ("A spokeswoman said the mayor had
    “long supported” cleaner building codes": "codes" taken for a subject of "said")."""
    entry = lexicon.reporting_verbs().get(lemma)
    if entry is None or entry.family != "speech" or \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.lefts):
        return None
    for c in verb.rights:
        if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "PERSON" and \
                any(t.dep_ in ("nsubj", "nsubjpass") for t in c.subtree if t.i != c.i):
            return c  # (a clause's own subject inside: not '"Safety," said Grimm')
    return None


def _relative_before(verb: Token, clause: Token) -> bool:
    """Whether ``clause``, a "clause" the parser hung before ``verb``, is none of its content:
    a clause a semicolon parts from the verb ("Commission says ...; green groups warn of
    ...") or a relative clause of a noun in a phrase before the verb, its subject a relative
    pronoun right after that noun, inside it ("In a memo to staff [that was also posted on
    the blog], Mehta wrote:" reports no memo; but "That was a mistake, he wrote" opens with
    its subject), or a participle on such a noun (:func:`_participle_on_phrase`)."""
    if clause.i > verb.i:
        return False
    if any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1:verb.i]):
        return True  # "Commission says ...; green groups warn of ...": a clause of its own
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return _participle_on_phrase(clause)
    return subj.lower_ in RELATIVE_PRONOUNS and \
        subj.i > clause.left_edge.i and verb.doc[subj.i - 1].pos_ in ("NOUN", "PROPN")


def _participle_on_phrase(clause: Token) -> bool:
    """Whether ``clause`` is a participle with no subject right after the noun of a
    preposition's phrase the parser hung on it ("In a TikTok video [viewed more than 2
    million times], fan X said ..."): a reduced relative clause of that noun."""
    doc = clause.doc
    if clause.tag_ not in ("VBN", "VBD") or clause.left_edge.pos_ != "ADP" or \
            any(c.dep_ in ("expl", "csubj", "aux", "auxpass") for c in clause.children):
        return False
    before = doc[clause.i - 1]
    return before.pos_ in ("NOUN", "PROPN") and before.i > clause.left_edge.i


def _reported_clause(verb: Token, clauses: list[Token]) -> Token:
    """The clause a verb reports where the parser gave it more than one: one after it that a
    "that" opens ("Should the company fail, critics worry [that the cost ...]": the clause before
    is a condition the parser took for the report), or one after it where a colon or
    semicolon parts the one before from the verb, else the first."""
    for c in clauses:
        if c.i > verb.i and opens_with_that(c):
            return c
    after = next((c for c in clauses if c.i > verb.i), None)
    if after is not None and clauses[0].i < verb.i and any(
            t.text in (":", ";") for t in verb.doc[clauses[0].right_edge.i + 1:verb.i]):
        return after  # "... set off fireworks on Friday: Republicans said [they're ...]"
    if after is not None and clauses[0].i < verb.i and _subject_gap(after):
        return after  # "... signed a deal, a move officials said [would protect ...]"
    return clauses[0]


def _subject_gap(clause: Token) -> bool:
    """Whether ``clause`` is finite but has no subject: the gap a reduced relative clause
    leaves ("a move officials said [_ would protect supplies]"), which the noun before the
    one who reports fills."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return False
    return clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in ("MD", "VBD", "VBZ", "VBP")
        for a in clause.children)


def _passive_or_prep(verb: Token) -> tuple[Token | None, str]:
    """A passive's subject with an agent, or the object of a preposition right after (or after
    the verb's adverbs, :func:`_spaced`) that names no time ("began on Thursday")."""
    agent = any(c.dep_ == "agent" for c in verb.children)
    for child in verb.lefts:
        if child.dep_ == "nsubjpass" and agent and child.pos_ != "PRON":
            return child, "passive"  # "the move was first reported by MSNBC"
    after = verb.i + 1
    for child in verb.rights:
        if child.dep_ == "prep" and (child.i == after or _spaced(verb, child)):
            if child.lower_ in lexicon.words("time_prepositions.tsv") and names_time(child):
                after = child.right_edge.i + 1  # ("began on Thursday": a time; "responded
                continue  # on Sunday to accusations ...": what follows it)
            for sub in child.children:
                if sub.dep_ in ("pobj", "pcomp"):
                    clause = _cue_noun_clause(sub)
                    if clause is not None:
                        return clause, "ccomp"  # "said in a statement [that ...]"
                    return sub, f"prep-{child.lower_}"  # "touched on ...", "looking for ..."
    return None, ""


def _cue_noun_clause(noun: Token) -> Token | None:
    """The "that" clause the parser hung on a speech noun cue in the verb's preposition
    ("said in a statement [that investment had fallen]"): the verb's own clause; also where the
    parser made it a relative clause (:func:`_that_content`)."""
    if lexicon.noun_cues().get(noun.lemma_.lower()) not in lexicon.SCOPES["speech"]:
        return None
    for sub in noun.rights:
        if sub.dep_ in ("acl", "ccomp") and opens_with_that(sub):
            return sub
        if sub.dep_ == "relcl" and _that_content(sub):
            return sub
    return None


def _that_content(clause: Token) -> bool:
    """Whether a clause the parser made relative to a noun cue is the noun's content: "that"
    opens it and has no place in it ("in a news release [that officers were called ...]",
    "[that the man was arrested]": a passive or a verb with its own object leaves "that" no
    object's place); a true relative clause has "that" as its subject or object ("a release
    [that police issued]")."""
    that = clause.doc[clause.left_edge.i]
    if that.lower_ != "that" or that.head.i != clause.i:
        return False
    if that.dep_ == "mark":
        return True
    deps = {c.dep_ for c in clause.children if c.i != that.i}
    return that.dep_ == "dobj" and ("nsubjpass" in deps or "dobj" in deps)


def opens_with_that(clause: Token) -> bool:
    """Whether "that" marks ``clause`` ("... [that the cost could fall to taxpayers]")."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _spaced(verb: Token, prep: Token) -> bool:
    """Whether ``prep`` is a preposition of ``data/spaced_prepositions.tsv`` that follows
    ``verb`` with nothing between but the verb's adverbs and particle ("spoke [passionately]
    about", "spoke [out] against", "talked [very openly] of"), and names no time."""
    if prep.lower_ not in lexicon.words("spaced_prepositions.tsv") or names_time(prep):
        return False  # ("pointed out on Sunday": a time)
    between = verb.doc[verb.i + 1:prep.i]
    return all((t.head.i == verb.i and t.dep_ in _BETWEEN) or
               (t.head.head.i == verb.i and t.head.dep_ in _BETWEEN and t.dep_ == "advmod")
               for t in between)


#: What may stand between a verb and the preposition of its content.
_BETWEEN = frozenset({"advmod", "prt"})


def ends_clause(verb: Token, heard: Token | None = None) -> bool:
    """True when nothing but modifiers follows ``verb`` in its clause ("..., X said Tuesday."),
    the one spoken to (``heard``: "..., Carter told a Senate panel.") aside."""
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative")
                   and (heard is None or c.i != heard.i) for c in verb.rights)


def coordinated_report(conj: Token) -> Token | None:
    """The reporting verb whose second report the parser hung on the clause it reports: "The
    network said the code had been watered down, and [called on] the Commission to ..."
    ("called" parsed as a conjunct of "watered"). ``conj`` is a verb of speech or writing
    with no subject of its own, a conjunct after "and" of the head of a clause that a
    reporting verb before it takes, in the same tense as that verb (a verb with an object of
    its own, not a hearer, takes no such clause); None elsewhere."""
    clause = conj.head
    if conj.dep_ != "conj" or not (clause.dep_ == "ccomp" or opens_that_adverbial(clause)) or \
            clause.i >= conj.i or \
            lexicon.cue_class(conj.lemma_.lower()) not in lexicon.SCOPES["speech"] or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children):
        return None
    verb = clause.head
    lemma = verb.lemma_.lower()
    if verb.i >= clause.i or not _same_form(verb, conj) or \
            lemma not in lexicon.reporting_verbs() \
            or not any(c.dep_ == "cc" and c.i == conj.i - 1 for c in clause.children):
        return None
    before = conj.doc[conj.i - 2]  # an opening mark, written up to "and" ('her “and said')
    if (before.is_left_punct and not before.whitespace_) or (
            lemma not in lexicon.words("hearer_verbs.tsv") and
            any(c.dep_ == "dobj" for c in verb.children)):
        return None  # ('approached her “and said, ...': inside a quotation the scan missed,
        # not a closing straight quote, 'had a "minor problem" and denied ...';
        # "announced his candidacy, Mook was holding a meeting ... and told aides": a misparse)
    return verb


def _same_form(verb: Token, conj: Token) -> bool:
    """Whether ``conj`` has the form of ``verb``: the same tag, or a past form where the
    tagger made ``verb``, with no auxiliary, a participle ("Trump tweeted [VBN] ... and
    encouraged [VBD] ...")."""
    if verb.tag_ == conj.tag_:
        return True
    return {verb.tag_, conj.tag_} == {"VBD", "VBN"} and verb.tag_ == "VBN" and \
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


#: The relative pronouns that stand for a reported clause's subject or object before its cue
#: (on PolNeAR train, "what" and "that" pieces were annotated as content 6 times in 15, and an
#: infinitive's "that" never: "a get-together that the candidates agreed to hold"). Only on the
#: clause: a "which" the parser hung on the verb as its object was annotated 1 time in 8.
_RELATIVE_CONTENT = frozenset({"which"})


def with_relative(ctx: Context, comp: Token | None, head: Token, d: Draft
                  ) -> list[Draft]:
    """``d``, after the first piece of its content where a relative pronoun before the cue
    stands for the reported clause's subject or object ("1.08 percent, [which] he said would
    be its lowest ever": "which" and "would be its lowest ever", one content in two pieces, as
    the inserted attribution's pieces)."""
    if comp is None or comp.dep_ != "ccomp" or comp.i < head.i or d.kind != "indirect" or \
            d.source is None:
        return [d]
    rel = next((c for c in comp.lefts if c.i < head.i and c.lower_ in _RELATIVE_CONTENT and
                c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
    if rel is None or rel.i > d.source.i:
        return [d]  # (the pronoun comes before the one who reports)
    a, b = ctx.chars(rel.i, rel.i)
    rule = "indirect:verb-relative"
    piece = Draft(start=a, end=b, kind="indirect",
                  evidence=Evidence(rule=rule, cue=d.evidence.cue),
                  confidence=confidence.rule(rule), cue=d.cue, source=d.source,
                  mention=d.mention, paragraph=d.paragraph)
    d.follows = piece
    return [piece, d]


def heard_in_hearing(lemma: str, source: Token | None, ctype: str) -> bool:
    """"..., an inquest has heard.", "The court heard that ...": "hear" whose subject is a
    hearing or one who sits in it (``data/hearing_nouns.tsv``) reports the clause said to
    it in evidence: speech, whatever the learned policy says of "hear" (a perception
    elsewhere: "Neighbours heard a bang", "I have heard that ..."), with no source named
    (the hearing only heard it; the witness is not named); its object is no content ("The
    tribunal heard evidence from six witnesses")."""
    return lemma == "hear" and ctype in ("ccomp", "", "after") and source is not None and \
        source.pos_ == "NOUN" and source.lemma_.lower() in lexicon.words("hearing_nouns.tsv")
