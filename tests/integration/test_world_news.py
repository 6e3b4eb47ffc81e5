"""News from outside US politics, written for these tests (tests/fixtures/world_news/*.txt):
a Lagos wire story, a British hospital story scraped from a web page, an Australian football
report, a Seoul government briefing, an Indian press release and a Delhi city story. Each
has its expected statements (speech scope, the default) written by hand: every one must be
found (more than 30% of it covered, as the evaluation matches) with the right speaker, and
no statement may lie in page furniture, captions, plans, beliefs or figures."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from quotekit import Article
from quotekit.evaluate.matching import match_units
from quotekit.testing import assert_sound

Parse = Callable[[str], Article]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "world_news"


class Gold(NamedTuple):
    """An article's expected statements as (words of the content, the speaker's name or
    None for an unnamed source); optional statements (the headline, figures "according
    to" a body, a noun "announced") count neither way; no statement may overlap a
    forbidden passage.

    The object of a verb of praise, welcome, defence or claim ("welcomed the decision",
    "praised his side's resilience", "defended the curbs", "claims the islets") and a
    purpose after "summoned X" report no words; they are optional, not forbidden, because
    PolNeAR annotates most of them as content (cue_policy.tsv: welcome+dobj 0.60, defend
    0.75, praise 0.94, claim 0.50), and a rule dropping them lowered PolNeAR train."""

    expected: list[tuple[str, str | None]]
    optional: list[str]
    forbidden: list[str]


GOLD: dict[str, Gold] = {
    "lagos_wire.txt": Gold(
        expected=[
            ("the bank would not raise borrowing costs again", "Adebayo Okonjo-Balogun"),
            ("price pressures had \"clearly peaked\"", "Adebayo Okonjo-Balogun"),
            ("We have done the heavy lifting", "Adebayo Okonjo-Balogun"),
            ("eight of the committee's 12 members voted", "Adebayo Okonjo-Balogun"),
            ("the bank plans to review its cash reserve", "Adebayo Okonjo-Balogun"),
            ("the government's fiscal reforms were", "Halima Ekwueme"),
            ("The bank is declaring victory a little early", "Tunde Fashola-Adeyemi"),
            ("Food prices are still rising faster than wages", "Tunde Fashola-Adeyemi"),
            ("he expected the first cut to come", "Tunde Fashola-Adeyemi"),
            ("the decision removed \"a big source of uncertainty\"", "Ngozi Achebe-Udoh"),
            ("the bank would publish a new framework", "Adebayo Okonjo-Balogun"),
            ("Transparency is not optional for us any more", "Adebayo Okonjo-Balogun"),
            ("Markets must be able to see what we do", "Adebayo Okonjo-Balogun"),
        ],
        optional=["signals end to tightening", "Annual inflation slowed to 24.2%",
                  "The union has threatened a nationwide strike",
                  "welcomed the decision"],  # PolNeAR's reading: content (see below)
        forbidden=["Reporting by", "Economists polled by Reuters had expected",
                   "Yields on Nigeria's dollar bonds", "portfolio inflows could double",
                   "declined to comment", "LAGOS, March 3"],
    ),
    "hospital_web.txt": Gold(
        expected=[
            ("63 patients waited longer than a day",
             "North Westbridge Hospitals NHS Foundation Trust"),
            ("staff had been working \"under enormous pressure\"", "Priya Raman"),
            ("Nobody should spend a night on a trolley", "Priya Raman"),
            ("a new 24-bed assessment unit would open by November", "Martin Gallagher"),
            ("the unit would free up space", "Martin Gallagher"),
            ("the figures were \"shameful\"", "Hannah Okafor"),
            ("Families have told me about elderly relatives", "Hannah Okafor"),
            ("We need answers, not another action plan", "Hannah Okafor"),
            ("long waits were a symptom of problems", "Stephen Lyle"),
            ("too few care home places meant patients", "Stephen Lyle"),
            ("We are investing record sums in urgent care", None),
            ("the trust would publish its waiting times", "Martin Gallagher"),
        ],
        # a call ("called for an independent review"), a second report after the quoted
        # "shameful": optional, as calls are in the other articles
        optional=["Health bosses say a new assessment unit", "apologised to every patient",
                  "called for an independent review"],
        forbidden=["medical director at Westbridge General Hospital (Image",
                   "Get the latest news", "We use your sign-up", "You can unsubscribe",
                   "recruit 40 more nurses", "GP surgery to close", "own figures show",
                   "Do you have a story to share", "Follow Westbridge Live",
                   "By Rebecca Thornbury"],
    ),
    "footy_report.txt": Gold(
        expected=[
            ("I thought our second half was as good", "Darren McAllister"),
            ("We were off at the start, no doubt about that", "Darren McAllister"),
            ("the three-quarter-time huddle had been", "Darren McAllister"),
            ("he was thrilled to repay the faith", "Jack Dawson"),
            ("It's been a tough few months", "Jack Dawson"),
            ("To get out there and contribute to a win", "Jack Dawson"),
            ("they had \"butchered\" chances", "Sam Whitaker"),
            ("We had them where we wanted them", "Sam Whitaker"),
            ("That's on all of us, me included", "Sam Whitaker"),
            ("captain Brodie Nguyen had suffered a suspected hamstring", "Sam Whitaker"),
            ("the playing group would \"have a hard look", "Tom Papadopoulos"),
        ],
        optional=["hails 'gutsy' win as Dawson", "praised his side's resilience",
                  "claimed their fourth straight win"],
        forbidden=["celebrates one of his five goals", "Picture: Mark Evans",
                   "expects him to miss", "We're not panicking", "skipper will play 200th",
                   "Originally published as", "running goal from 50 metres",
                   "smother on the goal line"],
    ),
    "seoul_briefing.txt": Gold(
        expected=[
            ("the measures were \"unacceptable\"", "Lim Soo-jin"),
            ("The government will respond firmly", "Lim Soo-jin"),
            ("We have made our position clear", "Lim Soo-jin"),
            ("summoned Kazuo Morita, deputy chief of mission", None),
            ("Seoul regarded the decision as \"a step backward\"", "Park Jae-hoon"),
            ("Morita had promised to convey Seoul's concerns", None),
            ("they were needed to protect fish stocks", "Hiroshi Tanabe"),
            ("These are conservation measures, not political ones", "Hiroshi Tanabe"),
            ("Japan remained open to talks", "Hiroshi Tanabe"),
            ("his ministry would consider financial support", "Kang Min-ho"),
            ("Our fishermen should not pay the price", "Kang Min-ho"),
            ("the dispute was unlikely to derail", "Kim Eun-young"),
        ],
        optional=["S. Korea urges Japan to reconsider", "called on Japan to withdraw",
                  "the limits could cut the annual catch", "to lodge a protest",
                  "defended the curbs", "Japan also claims the islets"],
        forbidden=["plans to begin enforcing", "both governments want to keep",
                   "declined to comment", "sooyeon@", "(END)", "SEOUL, June 5"],
    ),
    "press_release.txt": Gold(
        expected=[
            ("it has raised $40 million in a Series C", "Sahyadri Agritech"),
            ("the funds would be used to build 300 new", "Sahyadri Agritech"),
            ("Almost a third of the fruit and vegetables", "Anjali Deshmukh"),
            ("This investment allows us to put storage", "Anjali Deshmukh"),
            ("the company had grown its revenue fourfold", "Anjali Deshmukh"),
            ("the firm had been impressed by the company's", "Vikram Rao"),
            ("Sahyadri has shown that climate technology", "Vikram Rao"),
            ("We are proud to back Anjali and her team", "Vikram Rao"),
            ("a new generation of units would use 30 percent", "Meera Kulkarni"),
        ],
        optional=[],
        forbidden=["expects to begin pilots", "access to storage is the single",
                   "contains forward-looking statements", "are intended to identify",
                   "Actual results may differ", "Rohan Joshi", "News provided by",
                   "acted as exclusive financial advisor", "SOURCE Sahyadri"],
    ),
    "delhi_metro.txt": Gold(
        expected=[
            ("a fare increase of up to Rs 5 on most routes", "Delhi Metro Rail Corporation"),
            ("the increase was unavoidable", "Vikas Kumar Sinha"),
            ("We have held fares for as long as", "Vikas Kumar Sinha"),
            ("the additional revenue would be spent", "Vikas Kumar Sinha"),
            ("the state had not been consulted", "Kailash Mehra"),
            ("The Centre and DMRC have taken this decision", "Kailash Mehra"),
            ("We will raise this with the Union housing", "Kailash Mehra"),
            ("the government was considering a subsidy scheme", "Kailash Mehra"),
            ("the fare fixation committee was an independent", "Tokhan Sahu"),
            ("an extra Rs 10 a day would add up", "Anita Rawat"),
            ("For a family like mine", "Anita Rawat"),
            ("the fares were still low by international", "Suresh Iyer"),
            ("the Metro cannot keep running on loans", "Suresh Iyer"),
            ("smart card users would continue to get", None),
        ],
        optional=["Metro fares to go up by Rs 5 from next month, DMRC says",
                  "about 6.5 million passengers", "the charge that the state"],
        forbidden=["Three new corridors to open", "With inputs from PTI",
                   "Download the Capital Chronicle", "hopes to introduce QR-code",
                   "TNN / Updated", "NEW DELHI:"],
    ),
}


class Score(NamedTuple):
    """How an article's statements compare with its gold."""

    expected: int
    found: list[str]          # expected statements matched
    missed: list[str]
    wrong_speaker: list[str]  # matched, speaker named otherwise: "words -> name"
    spurious: list[str]       # statements matching nothing expected nor optional
    forbidden: list[str]      # statements overlapping a forbidden passage


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def score(text: str, gold: Gold, article: Article) -> Score:
    """Match ``article``'s statements to ``gold`` as the evaluation does (more than 30% of
    the expected words covered, one to one); report what was found, missed and spurious."""
    spans = [_span(text, words) for words, _ in gold.expected]
    preds = [(s.start, s.end) for s in article.statements]
    matched = match_units(spans, preds, 0.3)
    found, missed, wrong = [], [], []
    for i, (words, speaker) in enumerate(gold.expected):
        if i not in matched:
            missed.append(words)
            continue
        found.append(words)
        got = article.statements[matched[i]].speaker
        if speaker is not None and (got is None or got.name != speaker):
            wrong.append(f"{words} -> {got.name if got else None}")
    taken = set(matched.values())
    optional = [_span(text, words) for words in gold.optional]
    spurious = [s.content for pi, s in enumerate(article.statements) if pi not in taken and
                not any(min(s.end, e) > max(s.start, b) for b, e in optional)]
    banned = [_span(text, words) for words in gold.forbidden]
    forbidden = [s.content for s in article.statements
                 if any(min(s.end, e) > max(s.start, b) for b, e in banned)]
    return Score(len(gold.expected), found, missed, wrong, spurious, forbidden)


def titles_of(articles: dict[str, tuple[str, Article]], name: str, speaker: str) -> set[str]:
    """The titles of the speaker called ``speaker`` in the parsed article ``name``."""
    _text, article = articles[name]
    return set(next(sp for sp in article.speakers if sp.name == speaker).titles)


def parse_articles(parser, names, folder: Path = FIXTURES) -> dict[str, tuple[str, Article]]:  # type: ignore[no-untyped-def]
    """Each fixture article's text (in ``folder``) and its sound parse, by file name."""
    out = {}
    for name in names:
        text = (folder / name).read_text(encoding="utf-8")
        article = parser.parse(text)
        assert_sound(article)
        out[name] = (text, article)
    return out


def _plain(gold: object) -> Gold:
    """A module's gold as :func:`score` reads it (some modules keep kinds and cues too)."""
    return gold.plain() if hasattr(gold, "plain") else gold  # type: ignore[return-value]


def _unknown(found: list[str], known: Sequence[str]) -> list[str]:
    """The entries of ``found`` that start with none of the ``known`` prefixes."""
    return [w for w in found if not any(w.startswith(k) for k in known)]


class ArticleChecks(NamedTuple):
    """The tests every module of hand-written articles runs on its gold
    (:func:`article_checks`); a module binds each to a ``test_*`` name of its own."""

    articles: Callable[..., dict[str, tuple[str, Article]]]
    found: Callable[..., None]
    speakers: Callable[..., None]
    nothing_else: Callable[..., None]
    known_gaps: Callable[..., None] | None


def article_checks(gold: Mapping[str, object], folder: Path = FIXTURES, *,
                   known_missed: Mapping[str, Sequence[str]] | None = None,
                   known_wrong: Mapping[str, Sequence[str]] | None = None,
                   speaker_gaps: Mapping[str, str] | None = None,
                   spurious_gaps: Mapping[str, str] | None = None,
                   missed_gaps: Mapping[str, str] | None = None) -> ArticleChecks:
    """The module-scoped ``articles`` fixture (each article of ``gold`` read from ``folder``
    and parsed once) and the checks of each article: every expected statement found, each
    speaker named as the gold names it, nothing spurious nor forbidden.

    Known gaps stay visible: ``known_missed`` and ``known_wrong`` list, per article, the
    first words of statements still missed or still named otherwise, which the checks pass
    over and a strict xfail (``known_gaps``) checks, so it fails once they are fixed;
    ``speaker_gaps`` marks an article's whole speaker check a strict xfail, with its reason;
    ``spurious_gaps`` its check of nothing spurious nor forbidden, ``missed_gaps`` its check
    of every expected statement found.
    """
    names = sorted(gold)
    missed, wrong = known_missed or {}, known_wrong or {}

    def marked(gaps: Mapping[str, str] | None) -> list[Any]:
        """The article names, those in ``gaps`` strict expected failures with their reason."""
        gaps = gaps or {}
        return [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=gaps[n]))
                if n in gaps else n for n in names]

    @pytest.fixture(scope="module")
    def articles(quotekit_parser) -> dict[str, tuple[str, Article]]:  # type: ignore[no-untyped-def]
        return parse_articles(quotekit_parser, gold, folder)

    def result(articles: dict[str, tuple[str, Article]], name: str) -> Score:
        text, article = articles[name]
        return score(text, _plain(gold[name]), article)

    @pytest.mark.parametrize("name", marked(missed_gaps))
    def found(articles, name: str) -> None:  # type: ignore[no-untyped-def]
        assert _unknown(result(articles, name).missed, missed.get(name, ())) == []

    @pytest.mark.parametrize("name", marked(speaker_gaps))
    def speakers(articles, name: str) -> None:  # type: ignore[no-untyped-def]
        assert _unknown(result(articles, name).wrong_speaker, wrong.get(name, ())) == []

    @pytest.mark.parametrize("name", marked(spurious_gaps))
    def nothing_else(articles, name: str) -> None:  # type: ignore[no-untyped-def]
        checked = result(articles, name)
        assert checked.forbidden == [] and checked.spurious == []

    known_gaps = None
    if missed or wrong:
        @pytest.mark.xfail(strict=True, reason="known gaps (known_missed, known_wrong)")
        @pytest.mark.parametrize("name", sorted(set(missed) | set(wrong)))
        def known_gaps(articles, name: str) -> None:  # type: ignore[no-untyped-def]
            checked = result(articles, name)
            assert checked.missed == [] and checked.wrong_speaker == []

    return ArticleChecks(articles, found, speakers, nothing_else, known_gaps)


CHECKS = article_checks(GOLD)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_captions_plans_or_figures = CHECKS.nothing_else


def contents(text: str, parse: Parse) -> list[str]:
    """The contents of the statements quotekit finds in ``text``."""
    return [s.content for s in parse(text).statements]


def speaker_of(article: Article, words: str) -> str | None:
    """The name of the speaker of the one statement holding ``words``."""
    [s] = [s for s in article.statements if words in s.content]
    return s.speaker.name if s.speaker is not None else None


def test_names_the_recognizer_cuts_or_misses(quotekit_parse: Parse) -> None:
    text = ("Economists were divided.\n\n"
            "\"The bank is early,\" said Tunde Fashola-Adeyemi, chief economist at Meridian.\n\n"
            "DMRC managing director Vikas Kumar Sinha spoke on Friday. \"We held fares,\" "
            "Sinha said at a press conference.\n\n"
            "Prof Suresh Iyer of the School of Planning said the fares were low. According to "
            "Iyer, the Metro cannot keep running on loans.\n")
    article = quotekit_parse(text)
    assert speaker_of(article, "The bank is early") == "Tunde Fashola-Adeyemi"
    assert speaker_of(article, "We held fares") == "Vikas Kumar Sinha"  # "Sinha": a noun
    assert speaker_of(article, "cannot keep running") == "Suresh Iyer"  # "Iyer": an ORG
    iyer = next(sp for sp in article.speakers if sp.name == "Suresh Iyer")
    assert "Prof" in iyer.titles


def test_a_company_by_its_legal_form_acronym_and_description(quotekit_parse: Parse) -> None:
    text = ("BOSTON, May 2, 2024 /PRNewswire/ -- Harbor Robotics Pvt. Ltd. today announced "
            "that it has raised $40 million from investors led by Tern Capital.\n\n"
            "The company said the funds would pay for new factories.\n")
    article = quotekit_parse(text)
    assert speaker_of(article, "it has raised") == "Harbor Robotics"
    assert speaker_of(article, "the funds would pay") == "Harbor Robotics"
    harbor = next(sp for sp in article.speakers if sp.name == "Harbor Robotics")
    assert harbor.kind == "organization"
    text = ("The DMRC will raise fares.\n\nThe Delhi Metro Rail Corporation (DMRC) said fares "
            "would rise. The DMRC said trains would run later.\n")
    article = quotekit_parse(text)
    assert speaker_of(article, "trains would run later") == "Delhi Metro Rail Corporation"


def test_the_one_briefed_and_the_one_praised_report_nothing(quotekit_parse: Parse) -> None:
    text = ("A ministry official, who briefed reporters on condition of anonymity, said the "
            "talks had stalled.\n\n"
            "The mayor praised the firefighters, saying they had worked over the weekend.\n")
    contents = [s.content for s in quotekit_parse(text).statements]
    assert not any("reporters" in c or c == "the firefighters" for c in contents)
    assert any(c.startswith("the talks had stalled") for c in contents)
    assert any(c.startswith("they had worked over the weekend") for c in contents)


@pytest.mark.parametrize(("name", "speaker", "titles"), [
    ("hospital_web.txt", "Hannah Okafor", {"Deputy Mayor", "Cllr"}),  # two titles stacked
    ("hospital_web.txt", "Stephen Lyle", {"Prof"}),
    ("footy_report.txt", "Sam Whitaker", {"Riverton coach"}),  # not a link's "Northport coach"
    ("seoul_briefing.txt", "Park Jae-hoon", {"First Vice Foreign Minister"}),
    ("lagos_wire.txt", "Halima Ekwueme", {"Finance Minister"}),
])
def test_titles(articles, name: str, speaker: str, titles: set[str]) -> None:  # type: ignore[no-untyped-def]
    found = titles_of(articles, name, speaker)
    assert titles <= found and not any("Northport" in t for t in found)
