"""The rules' antecedent of "he" / "she" asked with the gender given (``rule_person``): the
same answer as the pronoun's own, and a named mention may be asked as if it were a pronoun
(how benchmarks/learn_pronoun_ranker.py measures the rules); on hand-built parses."""

from __future__ import annotations

from speaker_docs import draft, make_doc, resolve

from quotekit.pipeline.context import Context
from quotekit.pipeline.speakers._entities import build_entities
from quotekit.pipeline.speakers._model import State
from quotekit.pipeline.speakers._pronouns import pronoun_person, rule_person
from quotekit.pipeline.speakers._strategies import mention_of
from quotekit.pipeline.speakers._table import Resolver


def _doc(last: str):
    # "Ms. Ruiz met Tom Baker . <last> said more ."
    return make_doc("Ms. PROPN compound 1", "Ruiz PROPN nsubj 2 B-PERSON", "met VERB ROOT 2",
                    "Tom PROPN compound 4 B-PERSON", "Baker PROPN dobj 2 I-PERSON",
                    ". PUNCT punct 2", f"{last} {'PRON' if last.islower() else 'PROPN'} "
                    "nsubj 7", "said VERB ROOT 7", "more ADJ dobj 7", ". PUNCT punct 7")


def _ask(last: str):
    doc = _doc(last)
    r = Resolver(Context(doc))
    build_entities(r)
    m = mention_of(r, draft(doc, 6, content=(8, 9)))
    assert m is not None
    return r, m


def test_the_gender_given_decides_the_antecedent() -> None:
    r, m = _ask("Lee")
    found = rule_person(r, m, State(positions={}), "f").entity
    assert found is not None and found.name == "Ruiz"
    r, m = _ask("Lee")
    found = rule_person(r, m, State(positions={}), "m").entity
    assert found is not None and found.name == "Tom Baker"


def test_a_pronoun_gets_the_rules_answer_for_its_own_gender() -> None:
    r, m = _ask("she")
    own = pronoun_person(r, m, State(positions={}))
    asked = rule_person(r, m, State(positions={}), "f")
    assert own is not None and own.entity is asked.entity and own.strategy == asked.strategy
    doc = _doc("she")
    resolutions, _speakers = resolve(doc, draft(doc, 6, content=(8, 9)))
    assert resolutions[0].speaker is not None and resolutions[0].speaker.name == "Ruiz"


def _reported(dep: str):
    # "Josh Earnest said that Barack Obama called. He said more." (``dep``: of "called")
    return make_doc("Josh PROPN compound 1 B-PERSON", "Earnest PROPN nsubj 2 I-PERSON",
                    "said VERB ROOT 2 lemma=say", "that SCONJ mark 6",
                    "Barack PROPN compound 5 B-PERSON", "Obama PROPN nsubj 6 I-PERSON",
                    f"called VERB {dep} 2 lemma=call", ". PUNCT punct 2",
                    "He PRON nsubj 9", "said VERB ROOT 9 lemma=say", "more ADJ dobj 9",
                    ". PUNCT punct 9")


def test_he_continues_the_reporter_not_the_person_reported_on() -> None:
    doc = _reported("ccomp")
    resolutions, _speakers = resolve(doc, draft(doc, 8, content=(10, 11)))
    assert resolutions[0].speaker is not None
    assert resolutions[0].speaker.name == "Josh Earnest"
    doc = _reported("advcl")  # no report of Obama: the nearest subject stands
    resolutions, _speakers = resolve(doc, draft(doc, 8, content=(10, 11)))
    assert resolutions[0].speaker is not None
    assert resolutions[0].speaker.name == "Barack Obama"
