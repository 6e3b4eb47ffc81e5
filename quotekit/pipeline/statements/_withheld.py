"""Reporting verbs in constructions that report no content (``data/non_statements.tsv``).

* a refusal: "declined to comment", "refused to say whether ...";
* a question credited to the one asked: "Asked whether he would run, Smith said ...",
  "when asked if ...", "Smith was asked" (the question is kept, without a source: the
  asker is not named);
* the topic of a meeting: "Biegun and Lee met Tuesday to discuss the sanctions";
* the object of praise or criticism without a reason: "praised the firefighters after the
  blaze", "criticized Wells Fargo" (but "criticized Wells Fargo for ..." reports).
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

__all__ = ["asked_one", "group", "no_content"]

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
    """"declined to comment": a refusal and what it withholds; or the withheld verb itself."""
    if lemma in group("refusal") and ctype == "xcomp" and comp is not None:
        return _lemma(comp) in group("withheld")
    return verb.dep_ == "xcomp" and _lemma(verb.head) in group("refusal") and \
        lemma.split()[0] in group("withheld")


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
    return verb.tag_ == "VBN" and verb.dep_ != "ROOT" and \
        not any(c.dep_ in ("nsubj", "aux") for c in verb.children)


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
        c.dep_ == "dobj" and _lemma(c) in meeting for c in gov.children)


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
    ``"praise"``, ``"date"``, ``"number"``; None where it reports."""
    if _refusal(verb, lemma, comp, ctype) or _no_reply(lemma, comp, ctype):
        return "refusal"
    if asked_one(verb, lemma):
        return "question"
    if _meeting_topic(verb, lemma, ctype):
        return "meeting"
    if _praise_object(verb, lemma, comp, ctype):
        return "praise"
    if _date_only(verb, comp):
        return "date"
    if _phone_number(comp, ctype):
        return "number"
    return None
