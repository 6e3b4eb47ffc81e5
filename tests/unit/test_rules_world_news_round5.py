"""Statement rules found on the round-5 world news articles (statements stage), on
hand-built parses: no trained model. Each parse is the misparse en_core_web_sm gave in the
article the rule is for."""

from __future__ import annotations

from statement_docs import context, make_doc

from quotekit.pipeline.statements import find_statements
from quotekit.pipeline.statements._common import mention_range
from quotekit.pipeline.statements._complement import coordinated_report

CO_AUTHOR_TEXT = "Co-author Matteo Berardi said dust had darkened the ice."
#: "Berardi" hung on "Matteo", and "Matteo" on "Co", as the parser did in the article
CO_AUTHOR = [
    ('Co', 5, 'nsubj', 'NOUN', 'NN', 'co', 'O'),
    ('-', 3, 'compound', 'NOUN', 'NN', '-', 'O'),
    ('author', 3, 'compound', 'NOUN', 'NN', 'author', 'O'),
    ('Matteo', 0, 'appos', 'PROPN', 'NNP', 'Matteo', 'B-PERSON'),
    ('Berardi', 3, 'appos', 'PROPN', 'NNP', 'Berardi', 'I-PERSON'),
    ('said', 5, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('dust', 8, 'nsubj', 'NOUN', 'NN', 'dust', 'O'),
    ('had', 8, 'aux', 'AUX', 'VBD', 'have', 'O'),
    ('darkened', 5, 'ccomp', 'VERB', 'VBN', 'darken', 'O'),
    ('the', 10, 'det', 'DET', 'DT', 'the', 'O'),
    ('ice', 8, 'dobj', 'NOUN', 'NN', 'ice', 'O'),
    ('.', 5, 'punct', 'PUNCT', '.', '.', 'O'),
]

SECOND_TEXT = "The trust said the rules were weakened, and urged the ministry to act."
#: "urged" hung on "weakened" (the reported clause), as the parser does
SECOND = [
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('trust', 2, 'nsubj', 'NOUN', 'NN', 'trust', 'O'),
    ('said', 2, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('the', 4, 'det', 'DET', 'DT', 'the', 'O'),
    ('rules', 6, 'nsubjpass', 'NOUN', 'NNS', 'rule', 'O'),
    ('were', 6, 'auxpass', 'AUX', 'VBD', 'be', 'O'),
    ('weakened', 2, 'ccomp', 'VERB', 'VBN', 'weaken', 'O'),
    (',', 6, 'punct', 'PUNCT', ',', ',', 'O'),
    ('and', 6, 'cc', 'CCONJ', 'CC', 'and', 'O'),
    ('urged', 6, 'conj', 'VERB', 'VBD', 'urge', 'O'),
    ('the', 11, 'det', 'DET', 'DT', 'the', 'O'),
    ('ministry', 9, 'dobj', 'NOUN', 'NN', 'ministry', 'O'),
    ('to', 13, 'aux', 'PART', 'TO', 'to', 'O'),
    ('act', 9, 'xcomp', 'VERB', 'VB', 'act', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_name_cut_into_a_chain_of_appositions_stays_whole() -> None:
    """The source's mention runs over the whole name, not its first part."""
    doc = make_doc(CO_AUTHOR_TEXT, CO_AUTHOR)
    lo, hi = mention_range(doc[0])
    assert doc[lo:hi].text == "Co-author Matteo Berardi"


def test_a_second_report_hung_on_the_reported_clause() -> None:
    """"urged" is the trust's second report: the first content stops before ", and", and the
    call has the trust for its source."""
    ctx = context(SECOND_TEXT, SECOND)
    first = coordinated_report(ctx.doc[9])
    assert first is not None and first.i == 2
    drafts = find_statements(ctx, policy=None)
    got = {ctx.text[d.start:d.end]: d.source.text if d.source is not None else None
           for d in drafts}
    assert got == {"the rules were weakened": "trust", "the ministry to act": "trust"}
