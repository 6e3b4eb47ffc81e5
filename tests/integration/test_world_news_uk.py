"""British news and international wire copy, written for these tests
(tests/fixtures/world_news/*.txt): a BBC News health story (single quotation marks, page
furniture, "told BBC Radio 4's Today programme", "Sir Keir", an unnamed official
spokesman), a Guardian environment story (quotations running over several paragraphs), a
Reuters wire (dateline, "said on condition of anonymity because ...", reporting credits), an
AFP story ("told AFP", "the ministry said in a statement", a sign-off code), a British court
report ("the court heard", "in a statement read outside court") and a football report
("he went on", "the 24-year-old said", "the Kingsmere boss").

Each expected statement carries its words, its speaker (None for an unnamed one: then it
must not go to anyone the article names), its kind and its cue, all written by hand and
scored as in test_world_news.py."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from test_world_news import Gold, parse_articles, score, titles_of

from quotekit import Article
from quotekit.evaluate.matching import match_units


class UkGold(NamedTuple):
    """Expected statements as (words, speaker or None, kind, cue); optional and forbidden
    passages as in :class:`test_world_news.Gold`."""

    expected: list[tuple[str, str | None, str, str]]
    optional: list[str]
    forbidden: list[str]

    def plain(self) -> Gold:
        return Gold([(w, s) for w, s, _k, _c in self.expected], self.optional, self.forbidden)


GOLD: dict[str, UkGold] = {
    "bbc_winter.txt": UkGold(
        expected=[
            ("the health service was facing ‘a perfect storm’", "Amara Osei", "mixed", "said"),
            ("We are seeing patients arrive sicker", "Amara Osei", "direct", "told"),
            ("Staff are telling me this feels like", "Amara Osei", "direct", "told"),
            ("hospitals would be asked to open an extra 2,000 beds", "Amara Osei", "indirect",
             "said"),
            ("That is the equivalent of four new hospitals", "Amara Osei", "direct", "went on"),
            ("It will not be easy, but it has to be done", "Amara Osei", "direct", "went on"),
            ("the government had provided an extra £250m", "Victoria Marsh", "indirect", "said"),
            ("No-one is pretending this will be an easy winter", "Victoria Marsh", "direct",
             "told"),
            ("But we have more beds, more staff", "Victoria Marsh", "direct", "told"),
            ("ministers had ‘left it far too late’", "Daniel Ashcroft", "mixed", "said"),
            ("Every winter we hear the same promises", "Daniel Ashcroft", "direct", "said"),
            ("and every winter patients wait on trolleys", "Daniel Ashcroft", "direct", "said"),
            ("Labour would publish its own plan for emergency care", "Daniel Ashcroft",
             "indirect", "added"),
            ("the prime minister had been briefed on the latest figures", None, "mixed", "said"),
            ("There are no plans for that at this stage", None, "direct", "said"),
            ("the money was welcome but had come ‘months too late’", "Keir Redfern", "mixed",
             "said"),
            ("You cannot recruit and train nurses in six weeks", "Keir Redfern", "direct",
             "said"),
            ("his crew had once spent seven hours", "Tom Akers", "indirect", "told"),
            ("You feel helpless", "Tom Akers", "direct", "said"),
            ("There's somebody in the back of the ambulance", "Tom Akers", "direct", "said"),
        ],
        # a headline, and a reporter's question ("Asked whether ...": PolNeAR reads
        # ask+ccomp as content)
        optional=["to prepare for 'worst winter in a decade'",
                  "whether the Army could be called in to help"],
        forbidden=["Published 2 hours ago", "Laura Penfold", "Image source, Getty Images",
                   "A&E departments in England saw record", "Figures published on Thursday show",
                   "declined to comment", "plans to publish a long-term workforce",
                   "Watch: Paramedics describe", "Related Topics", "A&E waits hit record high",
                   "Nurses vote to accept pay offer"],
    ),
    "guardian_water.txt": UkGold(
        expected=[
            ("the company had treated the river “as a free dumping ground”", "Patricia Henshaw",
             "mixed", "said"),
            ("The directors of this company knew what was happening", "Patricia Henshaw",
             "direct", "said"),
            ("This was not a single accident or a freak storm", "Patricia Henshaw", "direct",
             "said"),
            ("I have no doubt that, had the Environment Agency", "Patricia Henshaw", "direct",
             "said"),
            ("it accepted the court’s decision", "Fellside Water", "indirect", "said"),
            ("We are deeply sorry for the harm", "Martin Crewe", "direct", "said"),
            ("We have already invested £40m in new storm tanks", "Martin Crewe", "direct",
             "said"),
            ("the company would spend a further £90m", "Martin Crewe", "indirect", "said"),
            ("the fine was too small to change behaviour", None, "indirect", "said"),
            ("Twelve million pounds sounds like a lot of money", "Rosalind Tembo", "direct",
             "said"),
            ("These fines come out of the same bills", "Rosalind Tembo", "direct", "said"),
            ("The people of west Cumbria deserve better", "Rosalind Tembo", "direct", "said"),
            ("it was carrying out more than 80 criminal investigations", "Environment Agency",
             "indirect", "said"),
            ("the agency needed more powers", "Philip Danvers", "indirect", "told"),
            ("We are a regulator with one hand tied", "Philip Danvers", "direct", "said"),
            ("companies were “investing at record levels”", None, "mixed", "said"),
        ],
        optional=["Fellside Water showed a ‘shocking disregard’", "apologised to its customers"],
        forbidden=["Helena Marchetti", "pleaded guilty to 14 charges",
                   "is expected to announce new rules", "An analysis by the Guardian",
                   "Explore more on these topics", "Reuse this content",
                   "This article was amended"],
    ),
    "reuters_retail.txt": UkGold(
        expected=[
            ("British retailers will cut tens of thousands of jobs", "British Retail Consortium",
             "indirect", "said"),
            ("its members faced an extra 7 billion pounds", "British Retail Consortium",
             "indirect", "said"),
            ("Retailers have been left with no choice", "Helen Dunmore", "direct", "said"),
            ("The government must recognise the cumulative burden", "Helen Dunmore", "direct",
             "said"),
            ("the industry had been \"blindsided\"", "Helen Dunmore", "mixed", "said"),
            ("If you put up the cost of employing people", "Helen Dunmore", "direct", "told"),
            ("That is not ideology, it is arithmetic", "Helen Dunmore", "direct", "told"),
            ("the government had taken \"difficult decisions\"", None, "mixed", "said"),
            ("We are protecting working people", None, "direct", "said"),
            ("she was confident businesses would absorb the costs", "Catherine Hale", "indirect",
             "told"),
            ("the company had frozen hiring at its head office", None, "indirect", "said"),
            ("Nobody wants to be the first to say it", None, "direct", "said"),
            ("We think the labour market is cooling", "Marcus Feld", "direct", "said"),
            ("Retail is usually where you see it first", "Marcus Feld", "direct", "said"),
            ("50,000 jobs were at risk in its industry", "UKHospitality", "indirect", "said"),
            ("Our members are already cutting opening hours", "Kate Nicholls-Brent", "direct",
             "said"),
            ("The next step is cutting staff", "Kate Nicholls-Brent", "direct", "said"),
        ],
        # a bare speech act as an object ("issued similar warnings"): PolNeAR reads it as
        # content (issue+dobj 0.68; a rule dropping such objects lost 62 matches on train)
        optional=["job cuts as employer tax rise bites", "pointed to a cut in business rates",
                  "urged ministers to phase it in", "issued similar warnings"],
        forbidden=["December 6, 2024 7:14 AM GMT", "LONDON, Dec 6 (Reuters) -",
                   "Sterling was little changed", "Economists polled by Reuters expect",
                   "Official figures published last month showed",
                   "The company declined to comment", "The BRC's survey of 80",
                   "Reporting by Sarah Whitcombe", "Additional reporting by", "Our Standards"],
    ),
    "afp_riots.txt": UkGold(
        expected=[
            ("France will send 800 extra police officers", "Laurent Ferrand", "indirect",
             "announced"),
            ("The Republic will not give ground", "Laurent Ferrand", "direct", "told"),
            ("Some 42 people were arrested", None, "indirect", "said"),
            ("17 officers had been injured", None, "indirect", "adding"),
            ("her son was \"fighting for his life\"", None, "mixed", "told"),
            ("I just want to know the truth", None, "direct", "said"),
            ("an investigation had been opened", "Anne-Claire Morvan", "indirect", "said"),
            ("At this stage, nothing allows us to say", "Anne-Claire Morvan", "direct", "said"),
            ("the car's dashboard camera would be examined", "Anne-Claire Morvan", "indirect",
             "adding"),
            ("Burning your neighbours' cars", "Karim Benali", "direct", "said"),
            ("We're scared to go out at night", "Nadia", "direct", "told"),
            ("the government had \"lost control\"", "Mathilde Roche", "mixed", "wrote"),
            ("the same conditions were present in Vénissieux today", "Didier Lemaire",
             "indirect", "told"),
            ("You have young people who feel abandoned", "Didier Lemaire", "direct", "said"),
            ("A single incident is enough", "Didier Lemaire", "direct", "said"),
            ("the government would \"spare no effort\"", "Étienne Vasseur", "mixed", "said"),
            ("There will be no impunity, for anyone", "Étienne Vasseur", "direct", "told"),
            ("bus and tram services in the area would stop", "TCL", "indirect", "said"),
        ],
        # "called for calm", "complained of a lack of staff": PolNeAR content (call for
        # 0.94); a request "asking that ..."; "..., while promising that ...": a second
        # statement of the prime minister's
        optional=["called for calm", "a lack of staff in the Lyon area",
                  "that her name not be published",
                  "that the circumstances of the crash would be fully investigated"],
        forbidden=["The unrest began on Thursday", "who gave her name only",
                   "is expected to present a bill", "caused damage estimated", "mra-sb/jh",
                   "Lyon (AFP) –"],
    ),
    "court_paramedic.txt": UkGold(
        expected=[
            ("Hargreaves had been \"abusive from the moment", "Andrew Pike", "mixed", "told"),
            ("She was there to help him", "Andrew Pike", "direct", "said"),
            ("He repaid her with violence", "Andrew Pike", "direct", "said"),
            ("she still had nightmares about the attack", "Emma Doyle", "indirect", "said"),
            ("I became a paramedic to look after people", "Emma Doyle", "direct", "wrote"),
            ("I never imagined that someone I was trying", "Emma Doyle", "direct", "wrote"),
            ("her client had been drinking heavily", "Sophie Grant", "indirect", "said"),
            ("he was \"sorry for everything\"", "Liam Hargreaves", "mixed", "said"),
            ("He is deeply ashamed of what he did", "Sophie Grant", "direct", "said"),
            ("Emergency workers put themselves in harm's way", "Jonathan Reece", "direct",
             "said"),
            ("Hargreaves had shown \"no genuine remorse\"", "Jonathan Reece", "mixed", "said"),
            ("they were relieved the trial was over", None, "indirect", "said"),
            ("Emma is the bravest person we know", None, "direct", "said"),
            ("But no family should have to watch", None, "direct", "said"),
            ("assaults on its staff had risen by a third", "North East Ambulance Service",
             "indirect", "said"),
            ("Our crews should never have to go to work", "Helen Barrowcliffe", "direct",
             "said"),
            ("the service had started fitting body-worn cameras", "Helen Barrowcliffe",
             "indirect", "said"),
            ("the sentence sent \"a clear message\"", "GMB", "mixed", "said"),
            ("For too long our members have been told", "Paul Whitfield", "direct", "told"),
        ],
        # what "the court heard" (the prosecution's case, unnamed), a headline's verb, and
        # figures "according to" a body
        optional=["paramedic outside nightclub", "Liam Hargreaves, 29, attacked Emma Doyle",
                  "Ms Doyle suffered a fractured eye socket",
                  "more than 1,800 ambulance staff were assaulted"],
        forbidden=["Image source, North East", "Emma Doyle has not been able to return",
                   "In a statement read outside court", "was found guilty of assault",
                   "was also made the subject", "Follow BBC North East",
                   "Send your story ideas"],
    ),
    "football_manager.txt": UkGold(
        expected=[
            ("his side had been \"second best for an hour\"", "Gary Hollins", "mixed",
             "admitted"),
            ("We didn't start the game", "Gary Hollins", "direct", "said"),
            ("I said to the players at half-time", "Gary Hollins", "direct", "added"),
            ("Tomás has been brilliant since he came in", "Gary Hollins", "direct", "added"),
            ("captain Danny Rourke would miss the next three weeks", "Gary Hollins", "indirect",
             "confirmed"),
            ("It's a blow, but we've got a big squad", "Gary Hollins", "direct", "went on"),
            ("Somebody else has to step up now", "Gary Hollins", "direct", "went on"),
            ("he was happy to repay the manager's faith", "Tomás Alvarado", "indirect", "said"),
            ("The manager told me to be ready", "Tomás Alvarado", "direct", "said"),
            ("It's the same story", "Ian Thackeray", "direct", "told"),
            ("We do all the hard work and then we switch off", "Ian Thackeray", "direct",
             "told"),
            ("the referee had been \"conned\"", "Ian Thackeray", "mixed", "saying"),
            ("I've watched it back three times", "Ian Thackeray", "direct", "said"),
            ("I'm not going to get fined for saying that", "Ian Thackeray", "direct", "said"),
            ("he would not walk away from the job", "Ian Thackeray", "indirect", "insisted"),
            ("I'm not a quitter", "Ian Thackeray", "direct", "said"),
            ("Thackeray will be given until the end of the season", "Richard Vance", "indirect",
             "said"),
            ("Ian has my full support", "Richard Vance", "direct", "told"),
            ("Hollins would be worried by the performance", "Neil Braddock", "indirect", "said"),
            ("You can't give teams a two-goal start", "Neil Braddock", "direct", "said"),
            ("They got out of jail today", "Neil Braddock", "direct", "said"),
        ],
        # the headline, and a reporter's question ("Asked about his future")
        optional=["We were second best for an hour'", "his future"],
        forbidden=["By Callum Ferris", "needed two late goals", "faces a one-match ban",
                   "Kingsmere host Dunford City", "Championship table", "Match report:",
                   "Get involved"],
    ),
}


class Detail(NamedTuple):
    """What a matched expected statement came out as, where it differs from its gold."""

    words: str
    field: str
    got: str | None
    want: str | None


def details(text: str, gold: UkGold, article: Article) -> list[Detail]:
    """Each kind, cue and unnamed speaker that differs from the gold (matched statements)."""
    spans = []
    for words, *_ in gold.expected:
        start = text.index(words)
        spans.append((start, start + len(words)))
    matched = match_units(spans, [(s.start, s.end) for s in article.statements], 0.3)
    named = {sp for _w, sp, _k, _c in gold.expected if sp is not None}
    out = []
    for i, (words, speaker, kind, cue) in enumerate(gold.expected):
        if i not in matched:
            continue
        got = article.statements[matched[i]]
        if got.kind != kind:
            out.append(Detail(words, "kind", got.kind, kind))
        cue_text = got.cue.text if got.cue is not None else None
        if (cue_text or "").lower() != cue.lower():
            out.append(Detail(words, "cue", cue_text, cue))
        name = got.speaker.name if got.speaker is not None else None
        if speaker is None and name in named:
            out.append(Detail(words, "speaker", name, None))
    return out


#: Still wrong (see docs: known gaps), by the expected words: a "that" clause the parser hung
#: on "speak" inside "because he was not authorised to speak publicly" (missed); "he" for the
#: defendant only "her client" named before, and the letter's verb "written" claiming the
#: clause said in it (keeping both statements lowered PolNeAR train F1).
KNOWN_WRONG: dict[str, list[str]] = {
    "reuters_retail.txt": ["the company had frozen hiring"],
    "court_paramedic.txt": ["he was \"sorry for everything\""],
}


#: What :func:`problems` checks, one test each.
CHECKS = ("missed", "speaker", "kind and cue", "spurious")


def problems(articles: dict[str, tuple[str, Article]], gold: dict[str, UkGold],
             known: dict[str, list[str]], name: str, what: str) -> list[str]:
    """What is wrong in article ``name`` against ``gold``, but its ``known`` gaps: the gold
    statements ``"missed"``, those whose ``"speaker"`` is wrong or not named in full, those of
    the wrong ``"kind and cue"``, or the ``"spurious"`` and forbidden statements."""
    text, article = articles[name]
    result = score(text, gold[name].plain(), article)
    found = details(text, gold[name], article)
    items = {
        "missed": result.missed,
        "speaker": result.wrong_speaker + [f"{d.words} -> {d.got}" for d in found
                                           if d.field == "speaker"],
        "kind and cue": [f"{d.words} -> {d.field} {d.got}" for d in found
                         if d.field != "speaker"],
        "spurious": result.forbidden + result.spurious,
    }[what]
    skip = known.get(name, [])
    return [w for w in items if not any(w.startswith(k) for k in skip)]


@pytest.fixture(scope="module")
def articles(quotekit_parser) -> dict[str, tuple[str, Article]]:  # type: ignore[no-untyped-def]
    return parse_articles(quotekit_parser, GOLD)


@pytest.mark.parametrize("what", CHECKS)
@pytest.mark.parametrize("name", sorted(GOLD))
def test_article_against_its_gold(articles, name: str, what: str) -> None:  # type: ignore[no-untyped-def]
    """Every expected statement found, its speaker named in full, its kind and cue right, and
    nothing from furniture, captions, plans or figures (:func:`problems`)."""
    assert problems(articles, GOLD, KNOWN_WRONG, name, what) == []


@pytest.mark.xfail(strict=True, reason="known gaps: KNOWN_WRONG")
@pytest.mark.parametrize("name", sorted(KNOWN_WRONG))
def test_known_gaps(articles, name: str) -> None:  # type: ignore[no-untyped-def]
    text, article = articles[name]
    result = score(text, GOLD[name].plain(), article)
    assert result.missed == [] and result.wrong_speaker == [] and \
        details(text, GOLD[name], article) == []


@pytest.mark.parametrize(("name", "speaker", "titles"), [
    ("bbc_winter.txt", "Keir Redfern", {"Sir"}),
    ("bbc_winter.txt", "Victoria Marsh", {"Health Secretary"}),
    ("football_manager.txt", "Ian Thackeray", {"boss"}),  # "Kingsmere" tagged a person
    ("afp_riots.txt", "Karim Benali", {"mayor"}),
    ("afp_riots.txt", "Laurent Ferrand", {"Interior Minister"}),
])
def test_titles(articles, name: str, speaker: str, titles: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert titles <= titles_of(articles, name, speaker)


def test_unnamed_speakers_stay_unnamed(articles) -> None:  # type: ignore[no-untyped-def]
    """An official spokesman and a mother are nobody the article names; a body after a noun."""
    spokesman = "prime minister's official spokesman"
    for name, words, want in [
            ("bbc_winter.txt", "There are no plans for that", spokesman),
            ("afp_riots.txt", "I just want to know the truth", "His mother"),
            ("afp_riots.txt", "bus and tram services", "TCL")]:
        _text, article = articles[name]
        [st] = [s for s in article.statements if s.content.startswith(words)]
        assert st.speaker is not None and st.speaker.name == want
