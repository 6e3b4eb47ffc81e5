"""Regression fixtures: every statement of the two seed articles, with its speaker and title.

The seeds are the articles the project was created from. The expectations below were checked
by hand against the text; the rules that meet them are general (see test_extraction.py).
"""

from __future__ import annotations

import pytest

from quotekit import Article, Statement

ENVOY = "000_7a9db99b899908a3.txt"
PHONE = "003_1aa80f8bdb27e376.txt"


@pytest.fixture(scope="module")
def seeds(quotekit_parser, seed_texts) -> dict[str, Article]:
    return {name: quotekit_parser.parse(text) for name, text in seed_texts.items()}


def find(article: Article, words: str) -> Statement:
    found = [s for s in article.statements if words in s.content]
    assert found, f"no statement contains {words!r}; found {[s.content[:60] for s in article]}"
    return found[0]


# (article, words in the content, kind, speaker name, a title the speaker must carry or None)
EXPECTED = [
    (ENVOY, "Starting is half the job", "indirect", "Stephen Biegun",
     "special representative for North Korea"),
    (ENVOY, "South Korea and the US need to make the most", "indirect", "Stephen Biegun",
     "special representative for North Korea"),
    (ENVOY, "We have some hard work to do", "direct", "Stephen Biegun",
     "special representative for North Korea"),
    (ENVOY, "But we also have a tremendous opportunity", "direct", "Stephen Biegun", None),
    (ENVOY, "I heard there is a Korean proverb", "direct", "Stephen Biegun", None),
    (ENVOY, "So what we need to do is to finish the job", "direct", "Stephen Biegun", None),
    (ENVOY, "Now we are faced with challenges", "direct", "Lee Do-hoon", None),
    (ENVOY, "close coordination between the US and Korea", "direct", "Lee Do-hoon", None),
    (ENVOY, "very warm, positive", "mixed", "White House", None),
    (ENVOY, "South Korea and the US are maintaining unshaken", "direct", "Noh Kyu-duk",
     "spokesman"),
    (ENVOY, "Biegun’s visit was a chance", "indirect", "Noh Kyu-duk", "spokesman"),
    (ENVOY, "does not violate sanctions", "indirect", "South Korea", None),
    (PHONE, "shared their assessment", "indirect", "Foreign Ministry", None),
    (PHONE, "The two sides consulted on ways", "direct", "Foreign Ministry", None),
    (PHONE, "Korea and the US agreed to closely communicate", "direct", "Foreign Ministry",
     None),
    (PHONE, "the two countries would continue to cooperate", "indirect", "Stephen Biegun",
     "Deputy Secretary of State"),
    (PHONE, "“stably” deal with", "mixed", "Choi Jong-kun", "First Vice Foreign Minister"),
    (PHONE, "resolve to restart dialogue", "indirect", "Stephen Biegun", None),
]


@pytest.mark.parametrize("name, words, kind, speaker, title", EXPECTED,
                         ids=[f"{e[0][:3]}:{e[1][:30]}" for e in EXPECTED])
def test_seed_statement(seeds, name, words, kind, speaker, title) -> None:
    s = find(seeds[name], words)
    assert s.kind == kind
    assert s.speaker is not None, f"no speaker for {s.content!r}"
    assert s.speaker.name == speaker
    if title is not None:
        assert title in s.speaker.titles
    assert seeds[name].text[s.start:s.end] == s.content


def test_scare_quote_and_caption_are_no_statements(seeds) -> None:
    envoy = seeds[ENVOY]
    assert not [s for s in envoy if s.content.strip("“”") == "positively"]
    phone = seeds[PHONE]
    assert not [s for s in phone if "talk to reporters" in s.content]
    assert all(s.speaker is None or "Ahn" not in s.speaker.name for s in phone)


def test_seed_speakers_have_titles_and_affiliation(seeds) -> None:
    phone = {s.name: s for s in seeds[PHONE].speakers}
    assert phone["Choi Jong-kun"].affiliation == "Seoul"
    envoy = {s.name: s for s in seeds[ENVOY].speakers}
    assert "Lee" in envoy["Lee Do-hoon"].aliases
    assert phone["Foreign Ministry"].kind == "organization"
    assert "ministry" in phone["Foreign Ministry"].aliases


def test_seed_output_holds_speech_only(seeds) -> None:
    # the speech scope (the default): no plan, no meeting's topic, no belief in the
    # writer's words; every statement's cue, where it has one, is of speech or writing
    for article in seeds.values():
        for s in article.statements:
            assert not (s.cue and s.cue.lemma in ("plan", "meet", "discuss")), s.content
            if s.kind == "indirect" and s.cue is not None:
                assert s.cue.kind in ("speech", "writing", None), (s.cue, s.content)
    phone, envoy = seeds[PHONE], seeds[ENVOY]
    assert not [s for s in (*phone, *envoy) if "to visit Pyongyang" in s.content]
    assert not [s for s in (*phone, *envoy) if s.content.startswith("to hold a ceremony")]
