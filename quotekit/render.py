"""One self-contained HTML page of an article: who said what, highlighted in the text.

Each statement's content, cue and mention get their own colour (direct and mixed content with
a solid underline, indirect with a dashed one); hovering a highlighted stretch shows the
statement's number, resolved speaker, titles, kind and cue. Quoted words that no statement
holds (scare quotes, titles, unattributed quotes: :attr:`~quotekit.types.Article.quotations`
without a statement) are greyed. Beside the text, a list of the
speakers gives each one's titles, affiliation and other names, and their statements, linked to
the place in the text.

The page holds no script and loads nothing: CSS is inline, and every piece of text (the
article, names, titles, the page title) is HTML-escaped, so a ``<script>`` inside a quote or a
name shows as text. A lone surrogate, which no encoding can write, is shown as U+FFFD.

>>> from quotekit.render import render_html
>>> html = render_html(article)          # doctest: +SKIP
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from html import escape

from quotekit.types import Article, Speaker, Statement

__all__ = ["CSS", "article_section", "page_foot", "page_head", "render_html"]

#: The page's style sheet (inlined in every page).
CSS = """
:root { --content: #fff0a3; --content-line: #c79a00; --cue: #c9defc; --cue-line: #2f6fd6;
  --mention: #c6efcf; --mention-line: #218a3c; --ink: #1d2330; --muted: #5d6677;
  --paper: #ffffff; --rule: #e3e6ec; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f8; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; }
.page { max-width: 1240px; margin: 0 auto; padding: 24px 28px 48px; }
.masthead { display: flex; align-items: baseline; justify-content: space-between; gap: 16px;
  flex-wrap: wrap; margin-bottom: 14px; }
.masthead .brand { font-weight: 700; letter-spacing: .02em; color: var(--muted); }
.legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: 13px; color: var(--muted); }
.legend span.key { padding: 1px 7px; border-radius: 3px; color: var(--ink); }
section.doc { background: var(--paper); border: 1px solid var(--rule); border-radius: 10px;
  box-shadow: 0 1px 3px rgba(20, 30, 50, .06); margin: 0 0 28px; }
section.doc > header { padding: 16px 24px 12px; border-bottom: 1px solid var(--rule); }
section.doc h1 { font-size: 19px; margin: 0 0 2px; word-break: break-all; }
section.doc .summary { margin: 0; color: var(--muted); font-size: 13.5px; }
.cols { display: grid; grid-template-columns: minmax(0, 1.75fr) minmax(260px, 1fr); }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } }
.text { padding: 18px 26px 26px; white-space: pre-wrap; overflow-wrap: anywhere;
  font: 17px/1.75 Georgia, "Iowan Old Style", "Times New Roman", serif; }
aside.speakers { padding: 16px 20px 22px; border-left: 1px solid var(--rule);
  background: #fafbfc; border-radius: 0 0 10px 0; font-size: 13.5px; }
aside.speakers h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .08em;
  color: var(--muted); margin: 2px 0 10px; }
.c { background: var(--content); border-bottom: 2px solid var(--content-line);
  border-radius: 2px; position: relative; }
.c.k-indirect { background: #fff7cf; border-bottom-style: dashed; }
.q { background: var(--cue); border-bottom: 2px solid var(--cue-line); font-weight: 600;
  border-radius: 2px; position: relative; }
.m { background: var(--mention); border-bottom: 2px solid var(--mention-line);
  border-radius: 2px; position: relative; }
.u { color: var(--muted); background: #eceef2; border-radius: 2px; position: relative; }
.legend .c, .legend .q, .legend .m, .legend .u { position: static; }
sup.n { font: 700 10px/1 system-ui, sans-serif; color: #fff; background: var(--content-line);
  border-radius: 8px; padding: 1px 4px; margin-right: 2px; vertical-align: super;
  text-decoration: none; }
sup.n a { color: inherit; text-decoration: none; }
[data-tip]:hover::after { content: attr(data-tip); position: absolute; left: 0; top: 100%;
  z-index: 10; margin-top: 6px; min-width: 220px; max-width: 360px; width: max-content;
  white-space: pre-line; padding: 7px 10px; border-radius: 6px; background: #1d2330;
  color: #fff; font: 12.5px/1.45 system-ui, sans-serif; font-weight: 400;
  box-shadow: 0 4px 14px rgba(0, 0, 0, .25); }
.speaker { padding: 10px 0 12px; border-top: 1px solid var(--rule); }
.speaker:first-of-type { border-top: 0; padding-top: 0; }
.speaker .name { font-weight: 700; font-size: 14.5px; }
.speaker .kind { font-size: 11px; color: var(--muted); border: 1px solid var(--rule);
  border-radius: 9px; padding: 0 6px; margin-left: 6px; vertical-align: 1px; }
.speaker .titles { font-style: italic; color: #3c4556; }
.speaker .meta { color: var(--muted); font-size: 12.5px; }
.speaker ol { margin: 6px 0 0; padding-left: 0; list-style: none; }
.speaker li { margin: 3px 0; display: flex; gap: 6px; align-items: baseline; }
.speaker li a.ref { flex: none; font: 700 10px/1.6 system-ui, sans-serif; color: #fff;
  background: var(--content-line); border-radius: 8px; padding: 0 5px; min-width: 22px;
  text-align: center; text-decoration: none; }
.speaker li .k { flex: none; font-size: 11px; color: var(--muted); width: 52px; }
.speaker.none .name { color: var(--muted); font-style: italic; }
.empty { color: var(--muted); font-style: italic; }
"""


_SURROGATE = re.compile("[\ud800-\udfff]")


def _e(value: object) -> str:
    return escape(_SURROGATE.sub("\ufffd", str(value)), quote=True)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _tip(number: int, s: Statement) -> str:
    sp = s.speaker
    lines = [f"#{number} · {sp.name if sp else 'no speaker found'}"]
    if sp and sp.titles:
        lines.append("; ".join(sp.titles))
    if sp and sp.affiliation:
        lines.append(f"({sp.affiliation})")
    detail: str = s.kind
    if s.cue is not None:
        detail += f" · cue “{s.cue.text}”"
    if s.mention is not None:
        detail += f" · named as “{s.mention.text}”"
    lines.append(detail)
    return "\n".join(lines)


#: The hover text of quoted words that no statement holds.
_QUOTED_TIP = "quoted · no statement"


def _marked_text(article: Article, ident: str) -> str:
    """The article text with every statement's content, cue and mention wrapped in spans, and
    every quotation no statement holds greyed."""
    text = article.text
    size = len(text)
    # (start, end, role, statement index)
    intervals: list[tuple[int, int, str, int]] = []
    for i, s in enumerate(article.statements):
        parts = [(s.start, s.end, "c")]
        if s.cue is not None:
            parts.append((s.cue.start, s.cue.end, "q"))
        if s.mention is not None:
            parts.append((s.mention.start, s.mention.end, "m"))
        for start, end, role in parts:
            start, end = max(0, min(start, size)), max(0, min(end, size))
            if end > start:
                intervals.append((start, end, role, i))
    unheld = [(max(0, q.start), min(q.end, size)) for q in article.quotations
              if q.statement is None and min(q.end, size) > max(0, q.start)]
    bounds = sorted({0, size, *(a for a, _, _, _ in intervals), *(b for _, b, _, _ in intervals),
                     *(a for a, _ in unheld), *(b for _, b in unheld)})
    content_starts = {s.start: i for i, s in reversed(list(enumerate(article.statements)))}
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        if a in content_starts:
            i = content_starts[a]
            n = i + 1
            out.append(f'<sup class="n" id="{ident}-s{n}"><a href="#{ident}-l{n}">{n}</a></sup>')
        active = [iv for iv in intervals if iv[0] <= a and b <= iv[1]]
        piece = _e(text[a:b])
        greyed = any(qa <= a and b <= qb for qa, qb in unheld)
        if not active:
            out.append(f'<span class="u" data-tip="{_QUOTED_TIP}">{piece}</span>' if greyed
                       else piece)
            continue
        roles = {role for _, _, role, _ in active}
        # The statement this stretch is shown for: the innermost (shortest) covering interval.
        start, end, role, i = min(active, key=lambda iv: (iv[1] - iv[0], iv[2] != "c"))
        classes = []
        if "c" in roles:
            kinds = {article.statements[j].kind for _, _, r, j in active if r == "c"}
            classes.append("c " + " ".join(f"k-{k}" for k in sorted(kinds)))
        if "q" in roles:
            classes.append("q")
        if "m" in roles:
            classes.append("m")
        if greyed:
            classes.append("u")
        tip = _tip(i + 1, article.statements[i])
        out.append(f'<span class="{" ".join(classes)}" data-s="{i + 1}" data-tip="{_e(tip)}">'
                   f"{piece}</span>")
    return "".join(out)


def _speaker_groups(article: Article) -> list[tuple[Speaker | None, list[int]]]:
    known = {sp.name: sp for sp in article.speakers}
    groups: dict[str | None, list[int]] = {}
    order: list[str | None] = []
    for i, s in enumerate(article.statements):
        key = s.speaker.name if s.speaker is not None else None
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(i)
    for sp in article.speakers:
        if sp.name not in groups:
            groups[sp.name] = []
            order.append(sp.name)
    # Named speakers first (most statements first, then text order), unattributed last.
    named = [k for k in order if k is not None]
    named.sort(key=lambda k: -len(groups[k]))
    result: list[tuple[Speaker | None, list[int]]] = []
    for k in named:
        speaker = known.get(k)
        if speaker is None:
            speaker = next(article.statements[i].speaker for i in groups[k])
        result.append((speaker, groups[k]))
    if None in groups:
        result.append((None, groups[None]))
    return result


def _speaker_list(article: Article, ident: str) -> str:
    out = ['<aside class="speakers"><h2>Speakers</h2>']
    groups = _speaker_groups(article)
    if not groups:
        out.append('<p class="empty">No statements found.</p>')
    for speaker, indices in groups:
        if speaker is None:
            out.append('<div class="speaker none"><div class="name">No speaker found</div>')
        else:
            out.append('<div class="speaker">')
            out.append(f'<div><span class="name">{_e(speaker.name)}</span>'
                       f'<span class="kind">{_e(speaker.kind)}</span></div>')
            if speaker.titles:
                out.append(f'<div class="titles">{_e("; ".join(speaker.titles))}</div>')
            meta = []
            if speaker.affiliation:
                meta.append(_e(speaker.affiliation))
            others = [a for a in speaker.aliases if a != speaker.name]
            if others:
                meta.append("also “" + "”, “".join(_e(a) for a in others) + "”")
            if speaker.members:
                meta.append("members: " + ", ".join(_e(m) for m in speaker.members))
            if meta:
                out.append(f'<div class="meta">{" · ".join(meta)}</div>')
        if indices:
            out.append("<ol>")
            for i in indices:
                s = article.statements[i]
                n = i + 1
                out.append(f'<li id="{ident}-l{n}"><a class="ref" href="#{ident}-s{n}">{n}</a>'
                           f'<span class="k">{_e(s.kind)}</span>'
                           f'<span>{_e(_clip(s.content, 140))}</span></li>')
            out.append("</ol>")
        out.append("</div>")
    out.append("</aside>")
    return "".join(out)


def _legend() -> str:
    return ('<div class="legend"><span><span class="key c">content</span> quoted (solid) / '
            '<span class="key c k-indirect">reported</span> (dashed)</span>'
            '<span><span class="key q">cue</span></span>'
            '<span><span class="key m">mention</span> (who, as named here)</span>'
            '<span><span class="key u">quoted</span> no statement</span>'
            '<span>hover a highlight for the speaker</span></div>')


def page_head(title: str = "quotekit") -> str:
    """The start of a page: doctype, inline CSS, the masthead and legend."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"quotekit\">\n"
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<div class="page">\n<div class="masthead"><span class="brand">quotekit · who said '
        f"what</span>{_legend()}</div>\n"
    )


def page_foot() -> str:
    """The end of a page started with :func:`page_head`."""
    return "</div>\n</body>\n</html>\n"


def article_section(article: Article, *, title: str | None = None, ident: str | None = None
                    ) -> str:
    """One article as a ``<section>``: its title, summary, marked text and speaker list.

    Args:
        article: The parsed article.
        title: Heading (e.g. the file name); none if None.
        ident: Prefix of the element ids, unique within a page (default: derived from
            ``title`` and the text).
    """
    if ident is None:
        ident = "d" + format(abs(hash((title, article.text))) % 16**8, "08x")
    head = f"<h1>{_e(title)}</h1>" if title else ""
    return (
        f'<section class="doc" id="{_e(ident)}">\n<header>{head}'
        f'<p class="summary">{_e(article.summary())}</p></header>\n'
        f'<div class="cols"><div class="text">{_marked_text(article, ident)}</div>'
        f"{_speaker_list(article, ident)}</div>\n</section>\n"
    )


def render_html(article: Article | Iterable[tuple[str, Article]], *, title: str | None = None
                ) -> str:
    """Return one self-contained HTML page (no script, nothing loaded) for an article.

    Args:
        article: An :class:`~quotekit.types.Article`, or ``(name, article)`` pairs for a page
            with a section for each.
        title: The page title and the article's heading (default ``"quotekit"`` for the page
            and no heading).
    """
    if isinstance(article, Article):
        body = article_section(article, title=title, ident="d0")
    else:
        body = "".join(article_section(a, title=name, ident=f"d{k}")
                       for k, (name, a) in enumerate(article))
    return page_head(title or "quotekit") + body + page_foot()
