"""Tests for the packaged word lists and their loader, :mod:`quotekit.lexicon`."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from quotekit import lexicon

#: Every packaged data file: each must say what it is for and what to do when it changes.
DATA_FILES = sorted(
    p.name for p in resources.files("quotekit").joinpath("data").iterdir()
    if p.name.endswith(".tsv")
)
#: Words by which a header comment says what to relearn or recheck when the file changes.
WHEN_CHANGED = re.compile(r"chang|relearn|recheck|rerun|run again|after adding", re.IGNORECASE)


def _data_rows(filename: str) -> list[list[str]]:
    text = resources.files("quotekit").joinpath("data", filename).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@pytest.mark.parametrize("filename", DATA_FILES)
def test_data_file_is_packaged_and_has_header_comment(filename: str) -> None:
    text = resources.files("quotekit").joinpath("data", filename).read_text(encoding="utf-8")
    assert text.startswith("# quotekit")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    assert WHEN_CHANGED.search(header), f"{filename}: say what to relearn when it changes"


def test_every_data_file_is_listed() -> None:
    assert len(DATA_FILES) >= 20


@pytest.mark.parametrize(
    ("filename", "key_column"),
    [
        ("reporting_verbs.tsv", 0),
        ("noun_cues.tsv", 0),
        ("titles.tsv", 0),
        ("organization_heads.tsv", 0),
    ],
)
def test_no_duplicate_keys_in_files(filename: str, key_column: int) -> None:
    keys = [row[key_column].strip().lower() for row in _data_rows(filename)]
    duplicates = {key for key in keys if keys.count(key) > 1}
    assert not duplicates


def test_sizes() -> None:
    assert len(lexicon.reporting_verbs()) >= 300
    assert len(lexicon.noun_cues()) >= 150
    assert len(lexicon.titles()) >= 200
    assert len(lexicon.organization_heads()) >= 50
    assert len(lexicon.title_heads()) >= 100


def test_reporting_verb_columns() -> None:
    for lemma, entry in lexicon.reporting_verbs().items():
        assert lemma == entry.lemma == lemma.strip().lower()
        assert entry.cls in lexicon.VERB_CLASSES
        assert isinstance(entry.needs_complement, bool)
    rows = _data_rows("reporting_verbs.tsv")
    assert all(len(row) == 6 and row[3] in {"yes", "no"} for row in rows[1:])
    verbs = lexicon.reporting_verbs().values()
    assert all(entry.family in lexicon.VERB_FAMILIES for entry in verbs)


@pytest.mark.parametrize(
    ("lemma", "cls", "family", "needs_complement"),
    [
        ("say", "speech", "speech", False),
        ("tell", "speech", "speech", False),
        ("shout", "speech", "manner", False),
        ("whisper", "speech", "manner", False),
        ("argue", "speech", "stance", False),
        ("insist", "speech", "stance", False),
        ("claim", "speech", "stance", False),
        ("deny", "speech", "stance", False),
        ("warn", "speech", "stance", False),
        ("announce", "speech", "speech", False),
        ("believe", "cognition", "cognition", False),
        ("think", "cognition", "cognition", False),
        ("know", "cognition", "cognition", True),
        ("feel", "cognition", "cognition", True),
        ("plan", "intention", "cognition", True),
        ("want", "intention", "cognition", True),
        ("aim", "intention", "cognition", True),
        ("intend", "intention", "cognition", True),
        ("seek", "intention", "cognition", True),
        ("write", "writing", "document", False),
        ("tweet", "writing", "document", False),
        ("post", "writing", "document", True),
        ("show", "perception", "document", True),
        ("find", "perception", "document", True),
        ("see", "perception", "cognition", True),
        ("hear", "perception", "cognition", True),
        ("indicate", "perception", "document", True),
        ("urge", "speech", "request", False),
        ("call", "speech", "request", True),
        ("add", "speech", "speech", True),
        ("support", "other", "stance", True),
        ("vote", "other", "other", True),
    ],
)
def test_core_verbs(lemma: str, cls: str, family: str, needs_complement: bool) -> None:
    entry = lexicon.reporting_verbs()[lemma]
    assert (entry.cls, entry.family, entry.needs_complement) == (cls, family, needs_complement)


@pytest.mark.parametrize(("lemma", "never"), [("continue", {"xcomp"}), ("begin", {"xcomp"}),
                                              ("seem", {"xcomp"}), ("say", set())])
def test_constructions_that_never_report(lemma: str, never: set[str]) -> None:
    assert lexicon.reporting_verbs()[lemma].never == never


@pytest.mark.parametrize(("cue", "cls"), [
    ("say", "speech"), ("call for", "speech"), ("according to", "speech"), (":", "speech"),
    ("dash", "speech"), ("in a statement", "speech"), ("told reporters", "speech"),
    ("tweet", "writing"), ("in a tweet", "writing"), ("believe", "cognition"),
    ("confident", "cognition"), ("plan", "intention"), ("poll", "perception"),
    ("show", "perception"), ("support", "other"), ("frobnicate", None), ("", None),
])
def test_cue_class(cue: str, cls: str | None) -> None:
    assert lexicon.cue_class(cue) == cls
    assert cls is None or cls in lexicon.CUE_CLASSES


def test_scopes() -> None:
    assert lexicon.SCOPES["speech"] == {"speech", "writing"}
    assert lexicon.SCOPES["attribution"] == set(lexicon.CUE_CLASSES)


def test_brief_verbs_present() -> None:
    wanted = """say tell add stress note warn reiterate vow urge insist deny claim argue explain
    announce acknowledge admit predict believe think suggest write tweet ask reply respond
    complain accuse concede recall describe call express criticize praise promise pledge
    threaten estimate show find report confirm hope fear expect worry doubt know feel agree
    disagree contend assert maintain declare testify""".split()
    assert [lemma for lemma in wanted if not lexicon.is_reporting_verb(lemma)] == []


def test_excluded_and_case() -> None:
    assert not lexicon.is_reporting_verb("be")
    assert not lexicon.is_reporting_verb("have")
    assert lexicon.is_reporting_verb("Say")


def test_noun_cues() -> None:
    cues = lexicon.noun_cues()
    assert set(cues.values()) <= lexicon.NOUN_CUE_CLASSES
    for cue in (
        "statement",
        "remarks",
        "interview",
        "speech",
        "tweet",
        "claim",
        "announcement",
        "argument",
        "belief",
        "view",
        "report",
        "testimony",
        "according to",
        "in a statement",
        "said in a statement",
        "told reporters",
        "in an interview with",
        "per",
        "quoted as saying",
    ):
        assert cue in cues, cue
    assert all(cue == " ".join(cue.split()) == cue.lower() for cue in cues)


def test_titles() -> None:
    table = lexicon.titles()
    for title, entry in table.items():
        assert title == entry.title == title.lower()
        assert entry.category in lexicon.TITLE_CATEGORIES
        assert entry.head is None or entry.head == entry.head.strip().lower() != ""
    assert table["foreign minister"].head == "minister"
    assert table["special representative"].head == "representative"
    assert table["spokeswoman"].head == "spokeswoman"
    assert table["sen."].head == "senator"
    assert table["lt. col."].category == "military"
    assert table["mr."].head is None
    for title in (
        "president",
        "vice president",
        "prime minister",
        "deputy secretary of state",
        "secretary of state",
        "gov.",
        "rep.",
        "mayor",
        "envoy",
        "ambassador",
        "ceo",
        "pollster",
        "professor",
        "campaign manager",
        "attorney general",
        "judge",
        "justice",
        "general",
        "sgt.",
        "chancellor",
        "pope",
        "rev.",
        "dr.",
        "mrs.",
        "ms.",
    ):
        assert title in table, title
    categories = {entry.category for entry in table.values()}
    assert categories == lexicon.TITLE_CATEGORIES
    assert "minister" in lexicon.title_heads()
    assert "-" not in lexicon.title_heads()


def test_role_synonyms() -> None:
    assert {"envoy", "representative", "ambassador", "negotiator"} <= lexicon.role_synonyms("envoy")
    assert {"spokesman", "spokeswoman", "spokesperson"} <= lexicon.role_synonyms("Spokesman")
    assert "secretary" in lexicon.role_synonyms("minister")
    assert "senator" in lexicon.role_synonyms("lawmaker")
    assert lexicon.role_synonyms("no-such-role") == frozenset({"no-such-role"})
    # "representative" bridges two groups without making them one.
    assert "senator" not in lexicon.role_synonyms("envoy")


def test_role_synonyms_symmetric() -> None:
    members = {
        " ".join(field.lower().split())
        for row in _data_rows("role_synonyms.tsv")
        for field in row
        if field.strip()
    }
    for a in members:
        group = lexicon.role_synonyms(a)
        assert a in group
        for b in group:
            assert a in lexicon.role_synonyms(b), (a, b)


def test_organization_heads() -> None:
    heads = lexicon.organization_heads()
    for head in (
        "ministry",
        "department",
        "agency",
        "campaign",
        "committee",
        "company",
        "party",
        "government",
        "administration",
        "office",
        "white house",
    ):
        assert head in heads, head
    assert set(lexicon.organization_classes().values()) <= lexicon.ORGANIZATION_CLASSES


def test_loaded_once_and_read_only() -> None:
    assert lexicon.reporting_verbs() is lexicon.reporting_verbs()
    assert lexicon.titles() is lexicon.titles()
    with pytest.raises(TypeError):
        lexicon.noun_cues()["statement"] = "x"  # type: ignore[index]


def test_cue_policy_per_scope() -> None:
    broad, speech = lexicon.cue_policy("attribution"), lexicon.cue_policy("speech")
    assert lexicon.cue_policy() == broad
    assert ("say", "ccomp") in broad and ("say", "ccomp") in speech
    # a verb of intention with "to": kept in the broad scope, learned as no speech
    assert broad[("decide", "xcomp")] >= 0.35 > speech[("decide", "xcomp")]
    assert all(0.0 <= v <= 1.0 for v in (*broad.values(), *speech.values()))


def test_organization_synonyms() -> None:
    assert {"union", "association", "federation"} <= lexicon.organization_synonyms("Union")
    assert "channel" in lexicon.organization_synonyms("network")
    assert lexicon.organization_synonyms("no-such-body") == frozenset({"no-such-body"})
    heads = lexicon.organization_heads()
    members = {" ".join(field.lower().split())
               for row in _data_rows("organization_synonyms.tsv") for field in row if field}
    assert members <= heads, sorted(members - heads)
