"""The kind of a recognizer name from the article's evidence (quotekit.pipeline.speakers._kinds)
on hand-built parses: an article, a common word or a body's name keeps an ORG-tagged subject
of a reporting verb a body; a given name first makes it a person."""

from __future__ import annotations

from speaker_docs import draft, make_doc, resolve

from quotekit.types import Speaker


def _reported(*subject: str) -> tuple[str, ...]:
    """``subject`` (tokens 0..n-1, its last token the subject) + "reported that it grew ."."""
    n = len(subject)
    return (*subject, f"reported VERB ROOT {n} lemma=report", f"that SCONJ mark {n + 3}",
            f"it PRON nsubj {n + 3}", f"grew VERB ccomp {n}", f". PUNCT punct {n}")


def _speaker(doc, source: int, mention: tuple[int, int], content: tuple[int, int]) -> Speaker:
    res, _speakers = resolve(doc, draft(doc, source, mention, content=content))
    assert res[0].speaker is not None
    return res[0].speaker


def test_a_name_after_the_is_no_person() -> None:
    doc = make_doc(*_reported("The DET det 3 B-ORG", "Harbor PROPN compound 3 I-ORG",
                              "Daily PROPN compound 3 I-ORG", "Ledger PROPN nsubj 4 I-ORG"))
    sp = _speaker(doc, 3, (0, 4), (5, 8))
    assert (sp.name, sp.kind) == ("Harbor Daily Ledger", "organization")


def test_a_name_with_a_word_the_article_writes_lower_case_is_no_person() -> None:
    doc = make_doc(*_reported("Fox PROPN compound 1 B-ORG", "News PROPN nsubj 2 I-ORG"),
                   "The DET det 8", "news NOUN nsubj 9", "spread VERB ROOT 9",
                   ". PUNCT punct 9")
    sp = _speaker(doc, 1, (0, 2), (3, 6))
    assert (sp.name, sp.kind) == ("Fox News", "organization")


def test_a_given_name_first_makes_an_org_tagged_name_a_person() -> None:
    doc = make_doc("Carly PROPN compound 1 B-ORG", "Fiorina PROPN nsubj 2 I-ORG",
                   "spoke VERB ROOT 2", "at ADP prep 2", "length NOUN pobj 3", ". PUNCT punct 2")
    sp = _speaker(doc, 1, (0, 2), (3, 5))
    assert (sp.name, sp.kind) == ("Carly Fiorina", "person")


def test_the_last_word_of_a_body_names_that_body() -> None:
    doc = make_doc("the DET det 3", "New PROPN compound 2 B-ORG", "York PROPN compound 3 I-ORG",
                   "Times PROPN nsubj 4 I-ORG", "grew VERB ROOT 4", ". PUNCT punct 4",
                   "Times PROPN nsubj 7 B-ORG", "wrote VERB ROOT 7 lemma=write",
                   "that SCONJ mark 10", "it PRON nsubj 10", "grew VERB ccomp 7", ". PUNCT punct 7")
    sp = _speaker(doc, 6, (6, 7), (8, 11))
    assert (sp.name, sp.kind) == ("New York Times", "organization")


def test_a_proper_noun_the_recognizer_missed_names_the_body_it_ends() -> None:
    doc = make_doc("the DET det 2", "Washington PROPN compound 2 B-ORG",
                   "Post PROPN nsubj 3 I-ORG", "grew VERB ROOT 3", ". PUNCT punct 3",
                   "The DET det 6", "Post PROPN nsubj 7", "reported VERB ROOT 7 lemma=report",
                   "that SCONJ mark 10", "it PRON nsubj 10", "fell VERB ccomp 7",
                   ". PUNCT punct 7")
    sp = _speaker(doc, 6, (5, 7), (8, 11))
    assert (sp.name, sp.kind) == ("Washington Post", "organization")


def test_a_name_tagged_a_body_more_often_than_a_person_is_a_body() -> None:
    doc = make_doc("Border PROPN compound 1 B-PERSON", "Patrol PROPN nsubj 2 I-PERSON",
                   "grew VERB ROOT 2", ". PUNCT punct 2",
                   "Border PROPN compound 5 B-ORG", "Patrol PROPN nsubj 6 I-ORG",
                   "hired VERB ROOT 6", ". PUNCT punct 6",
                   "Border PROPN compound 9 B-ORG", "Patrol PROPN nsubj 10 I-ORG",
                   "said VERB ROOT 10", "more ADJ dobj 10", ". PUNCT punct 10")
    sp = _speaker(doc, 9, (8, 10), (11, 12))
    assert (sp.name, sp.kind) == ("Border Patrol", "organization")


def test_a_name_tagged_a_person_never_joins_a_body_named_after_it() -> None:
    doc = make_doc("the DET det 2", "Kent PROPN compound 2 B-ORG", "Train PROPN nsubj 3 I-ORG",
                   "grew VERB ROOT 3", ". PUNCT punct 3",
                   "Kent PROPN nsubj 6 B-PERSON", "said VERB ROOT 6", "more ADJ dobj 6",
                   ". PUNCT punct 6")
    sp = _speaker(doc, 5, (5, 6), (7, 8))
    assert (sp.name, sp.kind) == ("Kent", "person")


def test_a_person_named_like_a_body_noun_stays_a_person() -> None:
    doc = make_doc("Mr. PROPN compound 1", "Band PROPN nsubj 2 B-PERSON", "said VERB ROOT 2",
                   "more ADJ dobj 2", ". PUNCT punct 2")
    sp = _speaker(doc, 1, (0, 2), (3, 4))
    assert (sp.name, sp.kind) == ("Band", "person")


def test_a_name_ending_in_a_company_word_is_a_body() -> None:
    """"Quinn Motors reported ...": capitalised words as the subject of a reporting verb are
    a body where the last ends a company's name and no person's (company_words.tsv)."""
    doc = make_doc(*_reported("Quinn PROPN compound 1 B-ORG", "Motors PROPN nsubj 2 I-ORG"))
    sp = _speaker(doc, 1, (0, 2), (3, 6))
    assert (sp.name, sp.kind) == ("Quinn Motors", "organization")


def test_a_person_tagged_company_name_is_a_body() -> None:
    doc = make_doc(*_reported("Halvorsen PROPN compound 1 B-PERSON",
                              "Foods PROPN nsubj 2 I-PERSON"))
    sp = _speaker(doc, 1, (0, 2), (3, 6))
    assert (sp.name, sp.kind) == ("Halvorsen Foods", "organization")


def test_company_name_needs_two_words_and_a_company_word_last() -> None:
    from quotekit.pipeline.speakers._kinds import company_name

    assert company_name("Skyway Airways") and company_name("Apex Pharmaceuticals")
    assert not company_name("Airways") and not company_name("Samantha Power")
    assert not company_name("Energy Department Smith")
