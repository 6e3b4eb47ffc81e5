"""SpeakerRegistry and Gazetteer: speakers merged across articles, statements by X, JSON."""

from __future__ import annotations

import json

import pytest

from quotekit import SpeakerRegistry
from quotekit.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def seed_registry(quotekit_parser, seed_texts) -> SpeakerRegistry:
    reg = SpeakerRegistry()
    for name, text in seed_texts.items():
        reg.add(quotekit_parser.parse(text), doc_id=name)
    return reg


def test_biegun_merged_across_seeds(seed_registry) -> None:
    biegun = seed_registry.find("Stephen Biegun")
    assert biegun is not None
    assert len(biegun.documents) == 2
    assert "special representative for North Korea" in biegun.titles
    assert "Deputy Secretary of State" in biegun.titles
    assert seed_registry.find("Biegun") is biegun
    by = seed_registry.statements_by("Biegun")
    assert len(by) >= 6 and {doc for doc, _s in by} == set(biegun.documents)


def test_groups_and_unresolved_are_not_merged(seed_registry) -> None:
    groups = [e for e in seed_registry if e.kind == "group"]
    assert all(len(e.documents) == 1 for e in groups)


def test_json_export(seed_registry, tmp_path) -> None:
    out = tmp_path / "speakers.json"
    seed_registry.to_json(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    names = [s["name"] for s in data["speakers"]]
    assert names.count("Stephen Biegun") == 1
    entry = data["speakers"][names.index("Stephen Biegun")]
    assert all("speaker" not in st and st["doc_id"] for st in entry["statements"])
    assert not any(a.startswith("@") for s in data["speakers"] for a in s["aliases"])


def test_different_people_with_one_surname_stay_apart(quotekit_parse) -> None:
    reg = SpeakerRegistry()
    reg.add(quotekit_parse("“We won,” said Anna Reed, the coach."), doc_id="a")
    reg.add(quotekit_parse("“We lost,” said Carl Reed, the captain."), doc_id="b")
    assert reg.find("Anna Reed") is not reg.find("Carl Reed")
    assert reg.find("Reed") is None  # ambiguous: two Reeds


def test_gazetteer_csv_links_and_merges(quotekit_parse, tmp_path) -> None:
    csv_file = tmp_path / "officials.csv"
    csv_file.write_text("id,name,aliases,titles,kind\n"
                        "Q100,Maria Lopez,Maria L. Lopez|Lopez,Finance Minister,person\n",
                        encoding="utf-8")
    reg = SpeakerRegistry(csv_file)
    reg.add(quotekit_parse("“Taxes stay,” Finance Minister Maria Lopez said."), "a")
    reg.add(quotekit_parse("“No new debt,” said Maria L. Lopez, the minister."), "b")
    entry = reg.find("Q100")
    assert entry is not None and entry.id == "Q100" and len(entry.documents) == 2


def test_gazetteer_json_and_title_disambiguation(tmp_path) -> None:
    from quotekit.types import Speaker

    path = tmp_path / "g.json"
    path.write_text(json.dumps([
        {"id": "Q1", "name": "John Park", "titles": ["mayor"]},
        {"id": "Q2", "name": "John Park", "titles": ["senator"]},
    ]), encoding="utf-8")
    g = Gazetteer.load(path)
    assert len(g) == 2
    assert g.link(Speaker("John Park", titles=("senator",))).id == "Q2"
    assert g.link(Speaker("John Park")) is None  # two John Parks, nothing to tell
    assert g.link(Speaker("John Park", resolved=False, titles=("mayor",))) is None


def test_gazetteer_requires_id_and_name() -> None:
    with pytest.raises(ValueError):
        Gazetteer.from_records([{"name": "No Id"}])
