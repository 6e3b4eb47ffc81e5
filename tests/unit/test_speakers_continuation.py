"""Continued quotations (quotekit.pipeline.speakers._strategies.continuation): a draft that
continues another shares its speaker one level deeper, unless a titled person was introduced
in between and the continuation's own source is "he" / "she"."""

from __future__ import annotations

from speaker_docs import draft, make_doc, resolve

from quotekit.pipeline.assemble import assemble
from quotekit.pipeline.context import Context

GRANT = ("Paul PROPN compound 1 B-PERSON", "Grant PROPN nsubj 2 I-PERSON", "said VERB ROOT 2",
         "yes INTJ dobj 2 tag=UH", ". PUNCT punct 2",
         "More ADJ ROOT 5", "came VERB conj 5", ". PUNCT punct 5",
         "Then ADV ROOT 8", "less ADJ conj 8", ". PUNCT punct 8")


def test_continuation_shares_the_speaker_one_level_deeper() -> None:
    doc = make_doc(*GRANT)
    first = draft(doc, 1, (0, 2), content=(3, 4))
    second = draft(doc, None, content=(5, 7), follows=first)
    third = draft(doc, None, content=(8, 10), follows=second)
    resolutions, speakers = resolve(doc, first, second, third)
    assert [(r.strategy, r.depth) for r in resolutions] == [("name", 0), ("name", 1),
                                                             ("name", 2)]
    assert len({id(r.speaker) for r in resolutions}) == 1 and len(speakers) == 1
    article = assemble(Context(doc), [first, second, third], resolutions, speakers)
    assert [str(s.evidence) for s in article.statements][1:] == [
        "direct:test; speaker:follows:name", "direct:test; speaker:follows:follows:name"]


def test_a_draft_without_source_or_continuation_has_no_speaker() -> None:
    doc = make_doc(*GRANT)
    resolutions, speakers = resolve(doc, draft(doc, None, content=(5, 7)))
    assert resolutions[0].speaker is None and resolutions[0].strategy == "none"
    assert speakers == []


def test_a_newly_introduced_person_takes_the_continued_pronoun() -> None:
    doc = make_doc(*GRANT[:5],
                   "Henry PROPN compound 6 B-PERSON", "Crespo PROPN nsubj 12 I-PERSON",
                   ", PUNCT punct 6", "president NOUN appos 6", "of ADP prep 8",
                   "the DET det 11", "caucus NOUN pobj 9", "arrived VERB ROOT 12",
                   ". PUNCT punct 12",
                   "He PRON nsubj 15", "said VERB ROOT 15", "no INTJ dobj 15 tag=UH",
                   ". PUNCT punct 15")
    first = draft(doc, 1, (0, 2), content=(3, 4))
    second = draft(doc, 14, content=(16, 17), follows=first)
    resolutions, _speakers = resolve(doc, first, second)
    res = resolutions[1]
    assert res.speaker is not None and res.speaker.name == "Henry Crespo"
    assert "president of the caucus" in res.speaker.titles
    assert (res.strategy, res.depth, res.factor) == ("pronoun:introduced", 0, 0.85)
