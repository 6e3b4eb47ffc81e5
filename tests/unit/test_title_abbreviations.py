"""The tokenizer of a pipeline quotekit loads keeps abbreviated titles whole
(quotekit.model.add_title_abbreviations); a blank English pipeline stands in for a model."""

from __future__ import annotations

import spacy

from quotekit import lexicon
from quotekit.model import add_title_abbreviations


def _words(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.tokenizer(text)]


def test_abbreviated_titles_stay_one_token() -> None:
    nlp = spacy.blank("en")
    text = "Det. Sgt. Amy Holt and Lt. Col. Ann Ray met Supt. Gary Ness."
    assert "Det" in _words(nlp, text)  # spaCy's own exceptions split these
    add_title_abbreviations(nlp)
    words = _words(nlp, text)
    for title in ("Det.", "Sgt.", "Lt.", "Col.", "Supt."):
        assert title in words
    assert words[-1] == "."  # a sentence's own full stop is still split off


def test_every_abbreviation_it_adds_is_a_title_word() -> None:
    nlp = add_title_abbreviations(spacy.blank("en"))
    words = {w for key in lexicon.titles() for w in key.split()}
    for rule in nlp.tokenizer.rules:
        if rule.endswith(".") and rule[:-1].isalpha() and rule[0].isupper() \
                and rule.lower() in words:
            assert len(nlp.tokenizer(rule)) == 1


def test_adding_twice_changes_nothing() -> None:
    nlp = add_title_abbreviations(spacy.blank("en"))
    before = _words(nlp, "Insp. Tom Reid spoke.")
    assert _words(add_title_abbreviations(nlp), "Insp. Tom Reid spoke.") == before
