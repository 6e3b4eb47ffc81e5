"""Statement rules found on the round-4 world news articles (a murder trial's evidence and
cross-examination, an obituary), on hand-built parses: no trained model. Each parse is the one
en_core_web_sm gives (or the misparse the rule is for, where the comment says so)."""

from __future__ import annotations

from statement_docs import context, make_doc

from quotekit.pipeline.statements import find_statements
from quotekit.pipeline.statements._withheld import asker_of, no_content

PRESENTER_TEXT = "She became the first woman to present a regular programme on radio."
PRESENTER = [
    ('She', 1, 'nsubj', 'PRON', 'PRP', 'she', 'O'),
    ('became', 1, 'ROOT', 'VERB', 'VBD', 'become', 'O'),
    ('the', 4, 'det', 'DET', 'DT', 'the', 'O'),
    ('first', 4, 'amod', 'ADJ', 'JJ', 'first', 'B-ORDINAL'),
    ('woman', 1, 'attr', 'NOUN', 'NN', 'woman', 'O'),
    ('to', 6, 'aux', 'PART', 'TO', 'to', 'O'),
    ('present', 4, 'relcl', 'VERB', 'VB', 'present', 'O'),
    ('a', 9, 'det', 'DET', 'DT', 'a', 'O'),
    ('regular', 9, 'amod', 'ADJ', 'JJ', 'regular', 'O'),
    ('programme', 6, 'dobj', 'NOUN', 'NN', 'programme', 'O'),
    ('on', 9, 'prep', 'ADP', 'IN', 'on', 'O'),
    ('radio', 10, 'pobj', 'NOUN', 'NN', 'radio', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]

PORTRAYED_TEXT = "She presents herself as the victor."
PORTRAYED = [
    ('She', 1, 'nsubj', 'PRON', 'PRP', 'she', 'O'),
    ('presents', 1, 'ROOT', 'VERB', 'VBZ', 'present', 'O'),
    ('herself', 1, 'dobj', 'PRON', 'PRP', 'herself', 'O'),
    ('as', 1, 'prep', 'ADP', 'IN', 'as', 'O'),
    ('the', 5, 'det', 'DET', 'DT', 'the', 'O'),
    ('victor', 3, 'pobj', 'NOUN', 'NN', 'victor', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_programme_presented_is_no_statement() -> None:
    """"present" gives its bare object (group ``giving``): a programme presented on radio is
    no content, but "presents herself as the victor" (an "as" after the object) describes."""
    doc = make_doc(PRESENTER_TEXT, PRESENTER)
    assert no_content(doc[6], "present", doc[9], "dobj") == "thing"
    doc = make_doc(PORTRAYED_TEXT, PORTRAYED)
    assert no_content(doc[1], "present", doc[2], "dobj") is None


ASKED_BY_TEXT = "Asked by Mr Pryce whether it was possible, Dr Mehra said it was."
ASKED_BY = [
    ('Asked', 11, 'advcl', 'VERB', 'VBN', 'ask', 'O'),
    ('by', 0, 'agent', 'ADP', 'IN', 'by', 'O'),
    ('Mr', 3, 'compound', 'PROPN', 'NNP', 'Mr', 'O'),
    ('Pryce', 1, 'pobj', 'PROPN', 'NNP', 'Pryce', 'B-PERSON'),
    ('whether', 6, 'mark', 'SCONJ', 'IN', 'whether', 'O'),
    ('it', 6, 'nsubj', 'PRON', 'PRP', 'it', 'O'),
    ('was', 0, 'ccomp', 'AUX', 'VBD', 'be', 'O'),
    ('possible', 6, 'acomp', 'ADJ', 'JJ', 'possible', 'O'),
    (',', 11, 'punct', 'PUNCT', ',', ',', 'O'),
    ('Dr', 10, 'compound', 'PROPN', 'NNP', 'Dr', 'O'),
    ('Mehra', 11, 'nsubj', 'PROPN', 'NNP', 'Mehra', 'B-PERSON'),
    ('said', 11, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('it', 13, 'nsubj', 'PRON', 'PRP', 'it', 'O'),
    ('was', 11, 'ccomp', 'AUX', 'VBD', 'be', 'O'),
    ('.', 11, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_question_asked_by_someone_named_is_theirs() -> None:
    """"Asked by Mr Pryce whether ...": the question is the "by" agent's, not the answerer's
    (nor left without a source, as where the asker is not named)."""
    ctx = context(ASKED_BY_TEXT, ASKED_BY)
    assert asker_of(ctx.doc[0]) is not None and asker_of(ctx.doc[0]).text == "Pryce"
    drafts = {ctx.text[d.start:d.end]: d for d in find_statements(ctx, policy=None)}
    question = drafts["whether it was possible"]
    assert question.source is not None and question.source.text == "Pryce"
    answer = next(d for c, d in drafts.items() if c.startswith("it was"))
    assert answer.source is not None and answer.source.text == "Mehra"


PUT_TO_TEXT = "Mr Pryce put it to her that she had lied."
PUT_TO = [
    ('Mr', 1, 'compound', 'PROPN', 'NNP', 'Mr', 'O'),
    ('Pryce', 2, 'nsubj', 'PROPN', 'NNP', 'Pryce', 'B-PERSON'),
    ('put', 2, 'ROOT', 'VERB', 'VBD', 'put', 'O'),
    ('it', 2, 'dobj', 'PRON', 'PRP', 'it', 'O'),
    ('to', 2, 'prep', 'ADP', 'IN', 'to', 'O'),
    ('her', 4, 'pobj', 'PRON', 'PRP', 'she', 'O'),
    ('that', 9, 'mark', 'SCONJ', 'IN', 'that', 'O'),
    ('she', 9, 'nsubj', 'PRON', 'PRP', 'she', 'O'),
    ('had', 9, 'aux', 'AUX', 'VBD', 'have', 'O'),
    # the misparse of the article's longer sentence: the clause hung on "it" as a relative
    ('lied', 3, 'relcl', 'VERB', 'VBN', 'lie', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_the_clause_an_object_it_stands_for() -> None:
    """"put it to her that she had lied": the "that" clause hung on the object "it" is what
    was put to her."""
    ctx = context(PUT_TO_TEXT, PUT_TO)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "that she had lied"
    assert d.source is not None and d.source.text == "Pryce"


READ_TO_TEXT = "In a statement read to the court, his mother said the family was broken."
READ_TO = [
    ('In', 10, 'prep', 'ADP', 'IN', 'in', 'O'),
    ('a', 2, 'det', 'DET', 'DT', 'a', 'O'),
    ('statement', 0, 'pobj', 'NOUN', 'NN', 'statement', 'O'),
    ('read', 2, 'acl', 'VERB', 'VBN', 'read', 'O'),
    ('to', 3, 'prep', 'ADP', 'IN', 'to', 'O'),
    ('the', 6, 'det', 'DET', 'DT', 'the', 'O'),
    ('court', 4, 'pobj', 'NOUN', 'NN', 'court', 'O'),
    (',', 10, 'punct', 'PUNCT', ',', ',', 'O'),
    ('his', 9, 'poss', 'PRON', 'PRP$', 'his', 'O'),
    ('mother', 10, 'nsubj', 'NOUN', 'NN', 'mother', 'O'),
    ('said', 10, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('the', 12, 'det', 'DET', 'DT', 'the', 'O'),
    ('family', 14, 'nsubjpass', 'NOUN', 'NN', 'family', 'O'),
    ('was', 14, 'auxpass', 'AUX', 'VBD', 'be', 'O'),
    ('broken', 10, 'ccomp', 'VERB', 'VBN', 'break', 'O'),
    ('.', 10, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_who_heard_a_statement_read_is_no_content() -> None:
    """"a statement read to the court": the phrase on a participle of speech hung on the
    noun it reports names who heard it, not what was said (also where the tagger reads the
    participle as a past tense with no subject, as in the article's longer sentence)."""
    for tag in ("VBN", "VBD"):
        rows = [r if r[0] != "read" else (*r[:4], tag, *r[5:]) for r in READ_TO]
        ctx = context(READ_TO_TEXT, rows)
        [d] = find_statements(ctx, policy=None)
        assert ctx.text[d.start:d.end] == "the family was broken"
        assert d.source is not None and d.source.text == "mother"


TOLD_JURY_TEXT = "Jurors were told the knife was never found."
TOLD_JURY = [
    ('Jurors', 2, 'nsubjpass', 'NOUN', 'NNS', 'juror', 'O'),
    ('were', 2, 'auxpass', 'AUX', 'VBD', 'be', 'O'),
    ('told', 2, 'ROOT', 'VERB', 'VBN', 'tell', 'O'),
    ('the', 4, 'det', 'DET', 'DT', 'the', 'O'),
    ('knife', 7, 'nsubjpass', 'NOUN', 'NN', 'knife', 'O'),
    ('was', 7, 'auxpass', 'AUX', 'VBD', 'be', 'O'),
    ('never', 7, 'neg', 'ADV', 'RB', 'never', 'O'),
    ('found', 2, 'ccomp', 'VERB', 'VBN', 'find', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_what_the_one_told_heard_is_a_statement_without_source() -> None:
    """"Jurors were told the knife was never found": what was said to them is a statement
    (before: an agentless passive gave none), whose source is not the jurors ("tell" in the
    group ``question``: the one told, as the one asked, is no speaker)."""
    ctx = context(TOLD_JURY_TEXT, TOLD_JURY)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "the knife was never found"
    assert d.source is None and d.mention is None
