"""Nicknames in quotation marks inside a name (quotekit.pipeline.speakers._entities) on
hand-built parses: Earvin “Magic” Johnson is Earvin Johnson, alias Magic."""

from __future__ import annotations

import pytest
from speaker_docs import make_doc, only

from quotekit.pipeline.speakers._entities import without_nickname


def _doc(open_mark: str, close_mark: str):
    return make_doc("Earvin PROPN compound 4 B-PERSON", f"{open_mark} PUNCT punct 4 nospace",
                    "Magic PROPN compound 4 I-PERSON nospace", f"{close_mark} PUNCT punct 4",
                    "Johnson PROPN nsubj 5 I-PERSON", "said VERB ROOT 5", "so ADV advmod 5",
                    ". PUNCT punct 5")


@pytest.mark.parametrize(("open_mark", "close_mark"), [("“", "”"), ('"', '"'), ("'", "'")])
def test_nickname_is_an_alias_not_part_of_the_name(open_mark: str, close_mark: str) -> None:
    doc = _doc(open_mark, close_mark)
    res = only(doc, 4, (0, 5))
    assert res.speaker is not None and res.speaker.name == "Earvin Johnson"
    assert res.speaker.aliases == ("Magic",)
    assert res.strategy == "name"


def test_marks_that_do_not_pair_make_no_nickname() -> None:
    doc = _doc("“", "'")
    res = only(doc, 4, (0, 5))
    assert res.speaker is not None and res.speaker.name != "Earvin Johnson"


def test_without_nickname() -> None:
    assert without_nickname("Earvin “Magic” Johnson") == "Earvin Johnson"
    assert without_nickname("Dwayne 'The Rock' Johnson") == "Dwayne Johnson"
    assert without_nickname("on Wednesday’s “Sean Hannity Show.”\n\nCruz") == \
        "on Wednesday’s “Sean Hannity Show.”\n\nCruz"
