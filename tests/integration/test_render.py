"""quotekit.render_html: highlights, speaker list, escaping, and the page in a real browser."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

import quotekit
from quotekit.render import render_html
from quotekit.types import Article, Cue, Quotation, Span, Speaker, Statement

REPO = Path(__file__).resolve().parents[2]
SEED_FILES = sorted((REPO / "seeds").glob("*.txt"))

VOID = {"meta", "br", "img", "hr", "link", "input"}


class _Page(HTMLParser):
    """Checks tags are balanced and collects the article text and the elements seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text_parts: list[str] = []
        self._text_depth: int | None = None
        self._sup_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "div" and attributes.get("class") == "text" and self._text_depth is None:
            self._text_depth = len(self.stack)
        if tag == "sup":
            self._sup_depth += 1

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        if self._text_depth == len(self.stack):
            self._text_depth = -1
        if tag == "sup":
            self._sup_depth -= 1
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._text_depth not in (None, -1) and not self._sup_depth:
            self.text_parts.append(data)


def parse_page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    assert page.stack == []
    return page


def make_article() -> Article:
    text = ("“Taxes will fall,” Finance Minister Jo Park said.\n\n"
            "The ministry said growth would pick up & stay <high>.")
    jo = Speaker("Jo Park", titles=["Finance Minister"], affiliation="Ruritania",
                 aliases=["Park"])
    ministry = Speaker("Finance Ministry", kind="organization")
    q = text.index("Taxes")
    mention = text.index("Finance Minister")
    said = text.index("said")
    rep = text.index("growth")
    said2 = text.index("said", rep - 6)
    return Article(text, [
        Statement(text[q:q + 15], q, q + 15, "direct", cue=Cue("said", said, said + 4, "say"),
                  mention=Span(text[mention:said - 1], mention, said - 1), speaker=jo),
        Statement(text[rep:len(text) - 1], rep, len(text) - 1, "indirect",
                  cue=Cue("said", said2, said2 + 4, "say"),
                  mention=Span("The ministry", text.index("The ministry"),
                               text.index("The ministry") + 12), speaker=ministry),
    ], [jo, ministry])


def test_exported() -> None:
    assert quotekit.render_html is render_html


def test_text_survives_exactly() -> None:
    article = make_article()
    page = parse_page(render_html(article, title="t"))
    assert "".join(page.text_parts) == article.text


def test_content_cue_and_mention_have_their_own_classes() -> None:
    article = make_article()
    html = render_html(article)
    page = parse_page(html)
    spans = [(a.get("class") or "").split()
             for t, a in page.tags if t == "span" and a.get("data-s")]
    assert any("c" in c and "k-direct" in c for c in spans)
    assert any("c" in c and "k-indirect" in c for c in spans)
    assert any("q" in c for c in spans)
    assert any("m" in c for c in spans)
    for rule in (".c {", ".q {", ".m {"):
        assert rule in html


def test_hover_gives_speaker_and_titles() -> None:
    page = parse_page(render_html(make_article()))
    tips = [a["data-tip"] for t, a in page.tags if t == "span" and a.get("data-tip")]
    first = [tip for tip in tips if tip.startswith("#1 ")]
    assert first and all("Jo Park" in tip and "Finance Minister" in tip for tip in first)
    second = [tip for tip in tips if tip.startswith("#2 ")]
    assert second and all("Finance Ministry" in tip and "indirect" in tip for tip in second)


def test_speaker_list_links_statements() -> None:
    html = render_html(make_article())
    page = parse_page(html)
    ids = {a["id"] for _, a in page.tags if a.get("id")}
    links = [a["href"][1:] for t, a in page.tags if t == "a" and a.get("href", "").startswith("#")]
    assert links and set(links) <= ids
    assert "Ruritania" in html and "also “Park”" in html


def test_script_renders_as_text() -> None:
    text = 'He said: "<script>alert(1)</script>" and <img src=x onerror=alert(2)>.'
    q = text.index("<script>")
    e = text.index('" and')
    evil = Speaker('<script>alert("name")</script>', titles=['"><script>t</script>'])
    article = Article(text, [Statement(text[q:e], q, e, "direct", cue=Cue("said", 3, 7),
                                       mention=Span("He", 0, 2), speaker=evil)], [evil])
    html = render_html(article, title="</title><script>x</script>")
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    page = parse_page(html)
    assert "".join(page.text_parts) == text
    assert all(tag not in ("script", "img") for tag, _ in page.tags)
    assert all(not k.startswith("on") for _, a in page.tags for k in a)


def test_overlapping_and_out_of_range_spans_stay_well_formed() -> None:
    text = "Alpha beta gamma delta epsilon."
    article = Article(text, [
        Statement(text[0:16], 0, 16, "indirect", cue=Cue("beta", 6, 10)),
        Statement(text[11:30], 11, 30, "direct", mention=Span("gamma delta", 11, 22)),
        Statement("x", 29, 30, "mixed"),
    ])
    page = parse_page(render_html(article))
    assert "".join(page.text_parts) == text


def test_quotations_without_a_statement_are_greyed() -> None:
    text = "The so-called “reform” failed, “badly,” Jo Park said."
    r, b = text.index("reform"), text.index("badly")
    article = Article(text, [Statement("badly,", b, b + 6, "direct", cue=Cue("said", 48, 52))],
                      quotations=[Quotation("reform", r, r + 6),
                                  Quotation("badly,", b, b + 6, statement=0)])
    html = render_html(article)
    page = parse_page(html)
    assert "".join(page.text_parts) == text
    assert ('<span class="u" data-tip="quoted · no statement">reform</span>' in html)
    classes = [(a.get("class") or "").split() for t, a in page.tags if t == "span"]
    assert sum("u" in c for c in classes) == 2  # the word and its legend key
    assert ".u {" in html and '<span class="key u">quoted</span>' in html


def test_parsed_scare_quote_is_greyed_and_quote_highlighted(quotekit_parser) -> None:
    text = "The novel “War and Peace” sold well. “We will not back down,” Mayor Ana Ruiz said."
    article = quotekit_parser.parse(text)
    assert [(q.text, q.statement) for q in article.quotations] == [
        ("War and Peace", None), ("We will not back down,", 0)]
    html = render_html(article)
    assert '<span class="u" data-tip="quoted · no statement">War and Peace</span>' in html
    assert 'k-direct" data-s="1"' in html


def test_several_articles_on_one_page() -> None:
    a = make_article()
    html = render_html([("one.txt", a), ("two.txt", a)], title="both")
    page = parse_page(html)
    ids = [attr["id"] for _, attr in page.tags if attr.get("id")]
    assert len(ids) == len(set(ids))
    assert html.count('<section class="doc"') == 2


def test_empty_article() -> None:
    html = render_html(Article(""))
    assert "No statements found." in html
    parse_page(html)


# -- a real browser ---------------------------------------------------------------------------

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)
#: .ci/run sets QUOTEKIT_REQUIRE_BROWSER=1 where it installed Chromium: the browser tests then
#: fail rather than skip when it cannot be found.
needs_browser = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("QUOTEKIT_REQUIRE_BROWSER"),
    reason="no Chromium installed (.ci/run installs it with apt-get where it runs as root)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def browser(page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on ``page`` with a throw-away profile."""
    assert CHROMIUM is not None, "QUOTEKIT_REQUIRE_BROWSER is set but no Chromium was found"
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )


@needs_browser
def test_seed_page_in_a_browser(quotekit_parser, tmp_path: Path) -> None:
    articles = [(f.name, quotekit_parser.parse(f.read_text(encoding="utf-8")))
                for f in SEED_FILES[:1]]
    page = tmp_path / "seed.html"
    page.write_text(render_html(articles[0][1], title=articles[0][0]), encoding="utf-8")
    shot = tmp_path / "seed.png"
    proc = browser(page, "--window-size=1280,1400", f"--screenshot={shot}")
    assert shot.exists(), proc.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    dom = browser(page, "--dump-dom").stdout
    assert 'class="speakers"' in dom
    for s in articles[0][1].statements[:3]:
        assert s.speaker is None or s.speaker.name.split()[0] in dom
    if os.environ.get("QUOTEKIT_SCREENSHOT"):  # refresh docs/_static/render-seed.png
        shutil.copy(shot, os.environ["QUOTEKIT_SCREENSHOT"])


@needs_browser
def test_browser_shows_script_as_text(tmp_path: Path) -> None:
    text = 'She said: "<script>document.title=\'pwned\'</script>".'
    q = text.index("<script>")
    e = text.index('".')
    evil = Speaker("<script>document.body.innerHTML=''</script>")
    page = tmp_path / "evil.html"
    page.write_text(render_html(Article(text, [Statement(text[q:e], q, e, "direct",
                                                         speaker=evil)], [evil]),
                                title="safe"), encoding="utf-8")
    dom = browser(page, "--dump-dom").stdout
    assert "<title>safe</title>" in dom
    assert "<script" not in dom.lower()
    assert "&lt;script&gt;document.title" in dom
    assert "&lt;script&gt;document.body" in dom
