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


def _named_in_quote(mark: str):
    # 'Paul Grant said yes. "Henry Crespo, president of the caucus, arrived," he said.'
    return make_doc(*GRANT[:5], f"{mark} PUNCT punct 18 nospace",
                    "Henry PROPN compound 7 B-PERSON", "Crespo PROPN nsubj 14 I-PERSON",
                    ", PUNCT punct 7", "president NOUN appos 7", "of ADP prep 9",
                    "the DET det 12", "caucus NOUN pobj 10", ", PUNCT punct 7",
                    "arrived VERB ccomp 18 nospace", ", PUNCT punct 18 nospace",
                    f"{mark} PUNCT punct 18", "he PRON nsubj 18", "said VERB ROOT 18",
                    ". PUNCT punct 18")


def test_a_person_named_inside_the_quotation_is_not_introduced_as_its_speaker() -> None:
    doc = _named_in_quote("—")  # no quotation: Crespo is introduced, and says it
    resolutions, _speakers = resolve(doc, draft(doc, 1, (0, 2), content=(3, 4)),
                                     draft(doc, 17, content=(6, 15)))
    assert resolutions[1].speaker is not None and resolutions[1].speaker.name == "Henry Crespo"
    doc = _named_in_quote('"')  # the speaker names Crespo: "he" is still Grant
    resolutions, _speakers = resolve(doc, draft(doc, 1, (0, 2), content=(3, 4)),
                                     draft(doc, 17, content=(6, 15)))
    res = resolutions[1]
    assert res.speaker is not None and res.speaker.name == "Paul Grant"
    assert res.strategy != "pronoun:introduced"


def _met(pronoun: str):
    # 'Paul Grant said yes. <pronoun> met Henry Crespo, president of the caucus. He said no.'
    return make_doc(*GRANT[:5], f"{pronoun} PRON nsubj 6", "met VERB ROOT 6",
                    "Henry PROPN compound 8 B-PERSON", "Crespo PROPN dobj 6 I-PERSON",
                    ", PUNCT punct 8", "president NOUN appos 8", "of ADP prep 10",
                    "the DET det 13", "caucus NOUN pobj 11", ". PUNCT punct 6",
                    "He PRON nsubj 16", "said VERB ROOT 16", "no INTJ dobj 16 tag=UH",
                    ". PUNCT punct 16")


def test_a_pronoun_subject_of_the_same_gender_keeps_the_topic() -> None:
    doc = _met("He")  # "he" met Crespo: the next "he said" is not Crespo's
    resolutions, _speakers = resolve(doc, draft(doc, 1, (0, 2), content=(3, 4)),
                                     draft(doc, 15, content=(17, 18)))
    assert resolutions[1].speaker is not None
    assert resolutions[1].speaker.name == "Paul Grant"
    doc = _met("She")  # "she" met Crespo: "he said" is Crespo, just introduced
    resolutions, _speakers = resolve(doc, draft(doc, 1, (0, 2), content=(3, 4)),
                                     draft(doc, 15, content=(17, 18)))
    assert resolutions[1].speaker is not None
    assert resolutions[1].speaker.name == "Henry Crespo"
    assert resolutions[1].strategy == "pronoun:introduced"


def test_a_person_subject_before_the_name_keeps_the_topic() -> None:
    # 'As Bob Lee spoke, the crowd cheered Henry Crespo, president of the caucus. He said no.'
    doc = make_doc("As SCONJ mark 3", "Bob PROPN compound 2 B-PERSON",
                   "Lee PROPN nsubj 3 I-PERSON", "spoke VERB advcl 7 lemma=speak",
                   ", PUNCT punct 7",
                   "the DET det 6", "crowd NOUN nsubj 7", "cheered VERB ROOT 7",
                   "Henry PROPN compound 9 B-PERSON", "Crespo PROPN dobj 7 I-PERSON",
                   ", PUNCT punct 9", "president NOUN appos 9", "of ADP prep 11",
                   "the DET det 14", "caucus NOUN pobj 12", ". PUNCT punct 7",
                   "He PRON nsubj 17", "said VERB ROOT 17", "no INTJ dobj 17 tag=UH",
                   ". PUNCT punct 17")
    resolutions, _speakers = resolve(doc, draft(doc, 16, content=(18, 19)))
    assert resolutions[0].speaker is not None and resolutions[0].speaker.name == "Bob Lee"


def test_a_background_clause_subject_does_not_keep_the_topic() -> None:
    # 'While Bob Lee waited, the crowd cheered Henry Crespo, president of the caucus. He
    # said no.': Lee only waited (no speaking verb): "he" is Crespo, just introduced
    doc = make_doc("While SCONJ mark 3", "Bob PROPN compound 2 B-PERSON",
                   "Lee PROPN nsubj 3 I-PERSON", "waited VERB advcl 7 lemma=wait",
                   ", PUNCT punct 7", "the DET det 6", "crowd NOUN nsubj 7", "cheered VERB ROOT 7",
                   "Henry PROPN compound 9 B-PERSON", "Crespo PROPN dobj 7 I-PERSON",
                   ", PUNCT punct 9", "president NOUN appos 9", "of ADP prep 11",
                   "the DET det 14", "caucus NOUN pobj 12", ". PUNCT punct 7",
                   "He PRON nsubj 17", "said VERB ROOT 17", "no INTJ dobj 17 tag=UH",
                   ". PUNCT punct 17")
    resolutions, _speakers = resolve(doc, draft(doc, 16, content=(18, 19)))
    assert resolutions[0].speaker is not None
    assert resolutions[0].speaker.name == "Henry Crespo"
