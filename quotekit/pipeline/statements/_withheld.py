"""Reporting verbs in constructions that report no content (``data/non_statements.tsv``).

* a refusal: "declined to comment", "refused to say whether ...", "refused to publish the
  tender documents";
* a question credited to the one asked: "Asked whether he would run, Smith said ...",
  "when asked if ...", "Smith was asked" (the question is kept, without a source: the
  asker is not named);
* the topic of a meeting: "Biegun and Lee met Tuesday to discuss the sanctions";
* the object of praise or criticism without a reason: "praised the firefighters after the
  blaze", "criticized Wells Fargo" (but "criticized Wells Fargo for ..." reports).
* a thing delivered, offered or answered ("delivered 384,000 vehicles", "responded to the
  crash"; but "delivered a speech", "responded to the criticism"), how or where something
  was said ("commented on his behalf", "spoke on condition of anonymity"), a bare pronoun
  after "to" (the hearer), and the speaker the parser took for an object after a quotation
  ('“...,” said lead author Natalia Gomes');
* a name given in a reduced relative clause: "a group called Citizens for Trump", "a worker
  named Antonio Arroyo", "the so-called special relationship" (what the thing is called, said
  by no one in particular; "a plan called “reckless” by critics" keeps its agent);
* a date and nothing else after the verb: "The report, published on Monday, found ...",
  "spoke for decades" (the recognizer's DATE or TIME; a number it tags so is kept); a
  telephone number: "to call 1-888-310-1122".

:func:`no_content` names the construction; the verb rule
(:func:`~quotekit.pipeline.statements.reported.verb`) and the quote rules make no statement
of it.
"""

from __future__ import annotations

from functools import cache

import regex
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline.cues import agent_object, can_act

__all__ = ["asked_one", "asker_of", "group", "names_time", "no_content", "unrealised"]

#: Entity types that name who is praised or criticised.
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@cache
def group(name: str) -> frozenset[str]:
    """The lemmas of one group of ``data/non_statements.tsv``."""
    rows = lexicon._rows("non_statements.tsv", 2, "group\tlemma")
    return frozenset(lemma for _n, (g, lemma) in rows if g == name)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _refusal(verb: Token, lemma: str, comp: Token | None, ctype: str) -> bool:
    """"declined to comment": a refusal and what it withholds; or the withheld verb itself,
    or a verb that makes a text ("refused to publish the tender documents": nothing was
    published; the refusal itself keeps its content, "refuses to release his tax records")."""
    if lemma in group("refusal") and ctype == "xcomp" and comp is not None:
        return _lemma(comp) in group("withheld")
    return verb.dep_ == "xcomp" and _lemma(verb.head) in group("refusal") and \
        lemma.split()[0] in group("withheld") | group("producing")


def _anonymity(verb: Token, lemma: str, comp: Token | None, ctype: str) -> bool:
    """"who asked not to be named", "asked not to be identified", "asked to remain
    anonymous", "requested anonymity (to discuss ...)", "asked that her name not be used": a
    source's wish to stay unnamed (a verb of the group ``asking`` with a word of the group
    ``anonymity`` as or in its complement, or as its object) reports nothing."""
    if comp is None or ctype not in ("xcomp", "dobj", "ccomp") or \
            lemma.split()[0] not in group("asking"):
        return False
    words = group("anonymity")
    if ctype == "ccomp":  # "asked that her name not be used": her own name withheld
        return any(c.dep_ == "nsubjpass" and _lemma(c) in words and
                   any(p.dep_ == "poss" for p in c.children) for c in comp.children) and \
            any(c.dep_ == "neg" for c in comp.children)
    return _lemma(comp) in words or any(
        c.dep_ in ("acomp", "attr", "dobj") and _lemma(c) in words
        for c in (*comp.children, *verb.children))


def _no_reply(lemma: str, comp: Token | None, ctype: str) -> bool:
    """"did not respond to requests for comment", "did not return calls": a reply whose only
    object is the request it answers."""
    return lemma.split()[0] in group("reply") and ctype in ("prep-to", "dobj") and \
        comp is not None and _lemma(comp) in group("request")


def asked_one(verb: Token, lemma: str) -> bool:
    """"Asked whether ...", "when asked if ...", "was asked": a verb of asking that is
    passive or a participle with no subject of its own."""
    if lemma.split()[0] not in group("question"):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    # a participle; the tagger may read one that opens a clause of its own as a past tense
    # ("Asked what went wrong, he shrugged": a finite verb would have a subject)
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "advcl")
    return participle and verb.dep_ != "ROOT" and \
        not any(c.dep_ in ("nsubj", "aux") for c in verb.children)


def asker_of(verb: Token) -> Token | None:
    """The one named as asking in "Asked by Mr Pryce whether ...", "when asked by reporters
    if ...": the "by" agent of a verb of asking the one asked answers (the question is the
    agent's words); None where the asker is not named."""
    return agent_object(verb)


def _meeting_topic(verb: Token, lemma: str, ctype: str) -> bool:
    """"met Tuesday to discuss the sanctions", "held talks to discuss ...": a discussion verb
    governed by a meeting, with a topic rather than a clause."""
    if lemma.split()[0] not in group("discussion") or ctype == "ccomp":
        return False
    gov = verb.head
    if verb.dep_ not in ("xcomp", "advcl", "acl", "relcl") or gov.i == verb.i:
        return False
    meeting = group("meeting")
    return _lemma(gov) in meeting or any(
        c.dep_ == "dobj" and _lemma(c) in meeting for c in gov.children) or \
        _anonymous(gov, verb)


def _anonymous(gov: Token, verb: Token) -> bool:
    """"spoke on condition of anonymity to discuss ...", "requested anonymity to discuss
    ...": a word of the group ``anonymity`` on ``gov`` (outside ``verb``'s clause) makes
    ``verb`` the reason of the anonymity, naming a topic, not what was said."""
    inside = range(verb.left_edge.i, verb.right_edge.i + 1)
    return any(t.i not in inside and t.pos_ in ("NOUN", "ADJ") and
               _lemma(t) in group("anonymity") for t in gov.subtree)


def _own_words(verb: Token) -> list[Token]:
    """The words of ``verb``'s clause but a reporting verb's clause that depends on it
    ("defended the curbs, saying they had fallen over a decade": the "over" is no reason of
    the defence; that clause is a statement of its own)."""
    out = [verb]
    for child in verb.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in lexicon.reporting_verbs() and \
                not any(c.dep_ == "mark" for c in child.children):
            continue
        out.extend(child.subtree)
    return out


def _praise_object(verb: Token, lemma: str, comp: Token | None, ctype: str) -> bool:
    """"praised the firefighters after the blaze", "criticized Wells Fargo": the object of
    praise or criticism, named, with no reason ("for ...", "as ...")."""
    if lemma not in group("praise") or ctype != "dobj" or comp is None:
        return False
    reasons = group("reason")
    if any(t.is_quote or (t.dep_ in ("prep", "advcl") and t.lower_ in reasons)
           for t in _own_words(verb)):
        return False  # "praised X for ...", "called X “...”": a reason, quoted words
    if comp.ent_type_ in _NAMED or comp.pos_ == "PROPN":
        return True
    # "the firefighters": a plain noun phrase, no clause or modifier that says what for
    return comp.pos_ == "NOUN" and any(c.dep_ == "det" for c in comp.children) and \
        not any(c.dep_ in ("prep", "acl", "relcl", "amod") for c in comp.children)


def _right_after(verb: Token, first: Token) -> bool:
    """Whether ``first`` follows ``verb`` with nothing but quote marks between."""
    return first.i > verb.i and all(t.is_quote for t in verb.doc[verb.i + 1:first.i])


def _date_only(verb: Token, comp: Token | None) -> bool:
    """A complement that is a date, and nothing but dates after the verb ("the report,
    published on [Monday], found ..."; not "bragged for a year about how ...")."""
    if comp is None or comp.ent_type_ not in _WHEN or comp.pos_ == "NUM":  # ("named six")
        return False
    after = [t for t in verb.subtree if t.i > verb.i and t.pos_ not in _LINKS]
    return all(t.ent_type_ in _WHEN for t in after)


#: A telephone number: "1-888-310-1122", "(506) 857-2400", "911".
_PHONE_RE = regex.compile(r"\+?[\d(][\d()\- .]{1,18}\d")


def _phone_number(comp: Token | None, ctype: str) -> bool:
    """An object that is a telephone number: "asking anyone with information to call
    1-888-310-1122" reports nothing."""
    if comp is None or ctype != "dobj":
        return False
    words = "".join(t.text_with_ws for t in comp.subtree).strip()
    return _PHONE_RE.fullmatch(words) is not None and sum(ch.isdigit() for ch in words) >= 3


#: Entity types of a date or time; parts of speech that link words around one.
_WHEN = frozenset({"DATE", "TIME"})
_LINKS = frozenset({"PUNCT", "ADP", "DET", "CCONJ", "SPACE"})


def no_content(verb: Token, lemma: str, comp: Token | None, ctype: str) -> str | None:
    """The construction in which ``verb`` (a reporting verb with complement ``comp`` of kind
    ``ctype``) reports no content: ``"refusal"``, ``"question"``, ``"meeting"``,
    ``"praise"``, ``"thing"``, ``"naming"``, ``"date"``, ``"number"``; None where it
    reports."""
    if _refusal(verb, lemma, comp, ctype) or _no_reply(lemma, comp, ctype) or \
            _anonymity(verb, lemma, comp, ctype):
        return "refusal"
    if asked_one(verb, lemma):
        return "question"
    if _meeting_topic(verb, lemma, ctype):
        return "meeting"
    if _praise_object(verb, lemma, comp, ctype):
        return "praise"
    if _thing_given(verb, lemma, comp, ctype) or _speaker_object(verb, comp, ctype) or \
            _thing_answered(lemma, comp, ctype) or _manner(comp, ctype) or \
            _pronoun_heard(comp, ctype) or _price(lemma, comp, ctype) or \
            _empty_vessel(lemma, comp, ctype) or _event_called(lemma, comp, ctype) or \
            _state_called_to(verb, lemma):
        return "thing"
    if _naming_participle(verb, lemma):
        return "naming"
    if _date_only(verb, comp):
        return "date"
    if _phone_number(comp, ctype):
        return "number"
    return None


def _said_noun(comp: Token) -> bool:
    """Whether ``comp``'s lemma names something said or written: a noun cue ("speech",
    "criticism"), a document ("letter") or a noun of the group ``said`` ("condolence")."""
    noun = _lemma(comp)
    return noun in lexicon.noun_cues() or noun in group("said") or \
        noun in lexicon.words("document_heads.tsv")


def _thing_given(verb: Token, lemma: str, comp: Token | None, ctype: str) -> bool:
    """"delivered 384,000 vehicles", "offers undeniable benefits", "presented a programme on
    radio": a verb that reports its bare object only when that is something said ("delivered
    a speech", "offered condolences": a noun of ``data/noun_cues.tsv`` or of the group
    ``said``) or when an "as" phrase says what it is made out to be ("presented herself as the
    victor", "presents those experiences as farce": a description, as "described X as")."""
    if ctype != "dobj" or comp is None or lemma not in group("giving"):
        return False
    after = comp.right_edge.i + 1
    if after < len(verb.doc) and verb.doc[after].lower_ == "as":
        return False  # "presented the nominee as singularly suited to ...": a description
    return not _said_noun(comp) and comp.lower_ not in group("said")


def _pronoun_heard(comp: Token | None, ctype: str) -> bool:
    """A "to" object that is a bare personal pronoun is who heard, not what was said ("get
    the latest news delivered to you", "spoke to him")."""
    return ctype == "prep-to" and comp is not None and comp.pos_ == "PRON" and \
        comp.tag_ == "PRP" and not any(True for _ in comp.children)


#: The dependents of a vessel noun that add nothing said: "a statement", "a brief written
#: statement", "its own statement", "a press release", "two letters".
_PLAIN_DEPS = frozenset({"det", "amod", "poss", "compound", "nummod", "case", "advmod"})
#: The dependents of the verb that add nothing said either ("The ministry on Monday issued
#: a statement", "has not yet released a statement").
_PLAIN_VERB_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod",
                              "npadvmod", "dobj", "cc", "conj", "punct"})


def _empty_vessel(lemma: str, comp: Token | None, ctype: str) -> bool:
    """"The ministry issued a statement on Monday", "released a letter late Friday": a verb
    that makes a text (group ``producing``) whose object is the bare vessel of what was said
    (group ``vessel``) with nothing of what it says: nothing on the noun or the verb but
    when or where it came out (a date or a time, a ``manner`` word: "on Twitter") and a
    participle that reports on its own ("issued a statement Thursday, saying ...": that is
    the statement); no clause on the noun ("a statement saying ..."), no topic ("a
    statement on the sanctions", "in opposition to the deal"), no colon ("released the
    following statement: ...")."""
    if ctype != "dobj" or comp is None or lemma not in group("producing") or \
            _lemma(comp) not in group("vessel"):
        return False
    verb = comp.head
    if _introduces_block(verb):
        return True  # "issued a press release with comments from its chair:" and the
        # quotations below: those are the statements, the vessel is none
    if any(t.text == ":" for t in verb.subtree) or comp.lower_ == "following" or \
            any(c.lower_ in ("following", "this") for c in comp.children):
        return False
    return all(_plain(c, _PLAIN_DEPS) for c in comp.children) and \
        all(_plain(c, _PLAIN_VERB_DEPS) or _own_report(c) for c in verb.children)


def _introduces_block(verb: Token) -> bool:
    """Whether the clause of ``verb`` ends with a colon that ends its paragraph: what it
    introduces is the paragraph below."""
    doc = verb.doc
    last = verb.right_edge.i
    while last > verb.i and doc[last].is_space:
        last -= 1
    return doc[last].text == ":" and (
        last + 1 == len(doc) or "\n" in doc[last].whitespace_ or
        (doc[last + 1].is_space and "\n" in doc[last + 1].text))


def _own_report(c: Token) -> bool:
    """A clause on the verb that reports on its own, as its own statement: "issued a
    statement on Monday saying ...", "released a statement Thursday night condemning ..."."""
    return c.dep_ in ("advcl", "xcomp", "conj", "dep") and c.pos_ == "VERB" and \
        c.tag_ == "VBG" and _lemma(c) in lexicon.reporting_verbs()


def _event_called(lemma: str, comp: Token | None, ctype: str) -> bool:
    """"The union called the strike", "called a snap election", "called a news conference":
    a verb that calls an event (group ``convening``) with the event (group ``gathering``) as
    its object says nothing ("called the plan a disaster" does: an ``oprd``, not this); nor
    does one that calls people back to a state (group ``restored``: "called members to
    order", parsed as an infinitive; "called workers to strike" is a request)."""
    if comp is None or lemma not in group("convening"):
        return False
    if ctype == "xcomp":
        return _lemma(comp) in group("restored")
    return ctype == "dobj" and _lemma(comp) in group("gathering")


def _state_called_to(verb: Token, lemma: str) -> bool:
    """"called members to order ...": the state (group ``restored``) a verb of convening
    calls people to, which the parser reads as an infinitive, reports nothing of its own."""
    return verb.dep_ == "xcomp" and lemma in group("restored") and \
        _lemma(verb.head) in group("convening")


def _plain(c: Token, deps: frozenset[str]) -> bool:
    """Whether ``c`` adds nothing said: a dependency of ``deps``, or a preposition of time
    or medium ("on Monday", "on Twitter")."""
    if c.dep_ in deps:
        return True
    return c.dep_ == "prep" and (names_time(c) or any(
        g.dep_ == "pobj" and _lemma(g) in group("manner") for g in c.children))


def names_time(prep: Token) -> bool:
    """Whether the preposition ``prep`` names a date or a time ("on Tuesday", "at noon"):
    when, not what about."""
    return any(c.dep_ == "pobj" and c.ent_type_ in _WHEN for c in prep.children)


def _price(lemma: str, comp: Token | None, ctype: str) -> bool:
    """"Councils should stop charging the same development fee", "charged $5 a ride": a verb
    of charging (group ``charging``) whose object is a price (group ``price``, or an amount
    of money) bills, not accuses."""
    if ctype != "dobj" or comp is None or lemma not in group("charging"):
        return False
    return _lemma(comp) in group("price") or comp.ent_type_ == "MONEY"


def _thing_answered(lemma: str, comp: Token | None, ctype: str) -> bool:
    """"Officers responded to the crash": a verb of answering whose "to" object is neither
    something said ("responded to the criticism"), nor someone's ("responded to Mr. Trump's
    interjection that ..."), nor someone ("replied to Trump"); or names the talk it closes
    as an occasion (group ``occasion``: "Replying to a short discussion, ...")."""
    if ctype != "prep-to" or comp is None or lemma not in group("answering") or any(
            c.dep_ in ("poss", "acl", "ccomp", "relcl") for c in comp.children):
        return False
    if _lemma(comp) in group("occasion"):
        return True  # "Replying to a short discussion, the minister said ...": the occasion
    return comp.pos_ in ("NOUN", "PROPN") and not _said_noun(comp) and not can_act(comp) and \
        comp.ent_type_ not in _NAMED


def _manner(comp: Token | None, ctype: str) -> bool:
    """"commented on his behalf", "spoke on condition of anonymity", "said on air": a
    preposition's object that says how or where, not about what (group ``manner``)."""
    return comp is not None and (ctype.startswith("prep-") or ctype == "phrasal") and \
        _lemma(comp) in group("manner")


def _speaker_object(verb: Token, comp: Token | None, ctype: str) -> bool:
    """'“...,” said lead author Natalia Gomes', where the parser took the speaker after the
    verb for its object: a person named right after a verb with no subject that follows a
    quotation (not 'star of “Scandal,” thanked Obama')."""
    if ctype != "dobj" or comp is None or comp.ent_type_ != "PERSON" or verb.i < 2 or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    doc = verb.doc
    return doc[verb.i - 1].is_quote and doc[verb.i - 2].is_punct and \
        all(t.ent_type_ == "PERSON" or t.dep_ in ("compound", "amod", "det", "flat")
            for t in doc[verb.i + 1:comp.i])


def _naming_participle(verb: Token, lemma: str) -> bool:
    """"a group called Citizens for Trump", "a worker named Antonio Arroyo": a verb of naming
    as a participle on the noun before it, with no "by" agent, auxiliary, subject or second
    object ("the doctor who sent the letter called Oz a quack": the parser's reduced relative
    is a verb with an object and what it is called); or "so-called"."""
    if lemma not in group("naming") or verb.tag_ != "VBN":
        return False
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "so":
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr")]
    if len(objects) != 1 or not _right_after(verb, objects[0].left_edge):
        return False  # ("an opponent, called Friday for ...", "called to service")
    return verb.dep_ in ("acl", "relcl") and verb.head.i < verb.i and \
        verb.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def unrealised(verb: Token) -> bool:
    """Whether ``verb`` is only planned or wished for: the infinitive of a verb of plan or wish
    ("plans to publish", "wants to say", "hopes to announce", "are due to present": an
    adjective of plan too; "clash over plan to share": a noun of plan with the infinitive
    on it; the ``plan`` group of ``data/non_statements.tsv``); that verb is the attribution,
    where the scope has one. Not an obligation: PolNeAR annotates "has had to repudiate X",
    "will have to report to a judge about its lapse" and "needs to tell the truth about
    things" as content."""
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in group("plan"):
        return False
    if verb.dep_ == "acl":
        return head.pos_ == "NOUN" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX", "ADJ")
