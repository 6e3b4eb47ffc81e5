"""Names: the one place names of people and bodies are cleaned and compared.

The speaker stage (:mod:`quotekit.pipeline.speakers`) cleans every mention with
:func:`clean_name` before it becomes a speaker's name or alias; the gazetteer
(:mod:`quotekit.gazetteer`) and the cross-article registry (:mod:`quotekit.registry`) compare
names with :func:`normalize_name`. The word lists are data: ``honorifics.tsv`` (courtesy words
and the gender they show), ``name_prefixes.tsv`` (words dropped from the front of a name) and
``name_minor_words.tsv`` (words left out of initials).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

import attrs
import regex

from quotekit import lexicon

__all__ = ["FORMAT_CHARS", "NICKNAME_RE", "Honorific", "clean_name", "has_letter",
           "honorific_gender", "honorifics", "initials", "is_courtesy_title", "markup_edges",
           "name_cased", "name_parts", "normalize_name"]

#: A nickname in quotation marks inside a name: Earvin “Magic” Johnson, Dwayne 'The Rock'
#: Johnson (one to three capitalised words; the marks must pair).
NICKNAME_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<given>\p{Lu}[\p{Ll}'’\-]+) "
    r"(?:(?P<o1>“)|(?P<o2>\")|(?P<o3>‘)|(?P<o4>'))"
    r"(?P<nick>\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*){0,2})"
    r"(?(o1)”|(?(o2)\"|(?(o3)’|'))) (?P<surname>\p{Lu}[\p{Ll}'’\-]+)(?![\p{L}\p{N}])")

_ARTICLE_RE = regex.compile(r"^(?:the|The|THE|an?|An?)\s+")
_POSSESSIVE_RE = regex.compile(r"(?:['’]s|['’])$")
_WORD_RE = regex.compile(r"[\p{L}]+")
_LETTER_RE = regex.compile(r"\p{L}")
#: An acronym in brackets the recognizer took into a name ("World Health Organization (WHO").
_ACRONYM_AFTER_RE = regex.compile(r"\s+\(\p{Lu}[\p{Lu}\p{N}&.\-]*\)?$")
#: A name ending in an initialism ("U.N.", "the U.S."): its last full stop is part of it.
_INITIALS_END_RE = regex.compile(r"(?:^|\s)(?:\p{Lu}\.){2,}$")
#: A word written as a name: a capital first, and a small letter ("Lee", "McIlwraith",
#: "DeSantis", "O'Brien"; not "NATO", "mcdonald").
_NAME_CASED_RE = regex.compile(r"[\-‐–—]?\p{Lu}[\p{L}\p{M}'’.\-]*\p{Ll}[\p{L}\p{M}'’.\-]*")
#: A regnal number ending a traditional ruler's name ("II", "XIV"; not "I": a pronoun).
_REGNAL_RE = regex.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)")
#: What a name may start with among punctuation and symbols (a handle: "@jdoe").
_KEEP_LEFT = "@"
#: What a name may end with among punctuation ("Jr.", "Jones'").
_KEEP_RIGHT = ".'’"
_STRAIGHT = '"'
#: Format characters (category Cf: zero-width space and joiners, soft hyphen, bidi marks ...):
#: never part of a name, and left out of the text spaCy is given (``quotekit._chunks``).
FORMAT_CHARS = regex.compile(r"\p{Cf}+")
_HONORIFICS = "honorifics.tsv"


def normalize_name(name: str) -> str:
    """Lower-case, straight apostrophes, no leading "the", single spaces: the form in which
    names are compared across articles and with a gazetteer; format characters dropped."""
    name = " ".join(FORMAT_CHARS.sub("", name).replace("’", "'").split()).lower()
    return name[4:] if name.startswith("the ") else name


def name_cased(word: str) -> bool:
    """Whether ``word`` is written as a name is: a capital first and a small letter, inner
    capitals allowed ("McIlwraith", "DeSantis", which ``str.istitle`` refuses), after a dash
    the tokenizer left on it ("-President" of a signature line, as ``str.istitle`` takes it)."""
    return _NAME_CASED_RE.fullmatch(word) is not None


def has_letter(name: str) -> bool:
    """Whether ``name`` holds a letter: a speaker's name always does ("*", "123" never name
    anyone)."""
    return _LETTER_RE.search(name) is not None


def _markup(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PS"


def _pairs(ch: str, categories: tuple[str, str]) -> bool:
    return ch == _STRAIGHT or unicodedata.category(ch) in categories


def _open_close(piece: str) -> tuple[bool, bool]:
    """Whether ``piece`` lacks an opening quote or bracket (it closes one it does not open),
    and whether it lacks a closing one."""
    cats = [unicodedata.category(ch) for ch in piece]
    opening, closing = cats.count("Ps") + cats.count("Pi"), cats.count("Pe") + cats.count("Pf")
    odd = piece.count(_STRAIGHT) % 2 == 1
    return closing > opening or odd, opening > closing or odd


def markup_edges(text: str) -> tuple[int, int]:
    """``(start, end)`` of ``text`` without the marks of markup, list or quotation and the
    spaces at its edges ("** Jane Doe" -> "Jane Doe", "» Jane Doe", "~~Jane Doe~~",
    "Jane Doe*"): every punctuation or symbol character except a leading "@" and a trailing
    "." or apostrophe; a quote mark or bracket stays where the rest holds its other half
    ('"SNL" sketch', "Party (SPD)")."""
    a, b = 0, len(text)
    while a < b and _markup(text[a]) and text[a] not in _KEEP_LEFT:
        a += 1
    while b > a and _markup(text[b - 1]) and text[b - 1] not in _KEEP_RIGHT:
        b -= 1
    if a < b:
        needs_open, needs_close = _open_close(text[a:b])
        if needs_open and a > 0 and _pairs(text[a - 1], ("Ps", "Pi")):
            a -= 1
        if needs_close and b < len(text) and _pairs(text[b], ("Pe", "Pf")):
            b += 1
    return a, b


def _legal_form(word: str) -> bool:
    """A company's legal form ("Ltd.") or post-nominal letters in capitals ("MP") ending a
    name (``legal_forms.tsv``)."""
    kind = lexicon.word_map("legal_forms.tsv").get(word.lower().strip(",."))
    return (kind == "legal" and word[:1].isupper()) or \
        (kind == "postnominal" and word.strip(",.").isupper())


def _suffix_end(words: list[str], text: str) -> bool:
    """Whether a name of two words or more ends in a generational suffix written with its
    full stop ("Jr.", "Sr.": the "suffix" rows of ``legal_forms.tsv``) that ``text`` lost."""
    last = words[-1] if len(words) > 1 else ""
    return last.endswith(".") and not text.endswith(".") and \
        lexicon.word_map("legal_forms.tsv").get(last.lower().rstrip(".,")) == "suffix"


@lru_cache(maxsize=16384)
def clean_name(text: str) -> str:
    """A mention as a name: without a possessive ending, a leading article or leading
    honorifics and abbreviated titles (``name_prefixes.tsv``; a one-word name keeps its word),
    without a company's legal form or post-nominal letters at its end, after a capitalised
    word (``legal_forms.tsv``: "Acme, Inc." -> "Acme", "James Blake MP" -> "James Blake";
    "the local MP" keeps its noun),
    and without surrounding punctuation ("the Foreign Ministry's" -> "Foreign Ministry",
    "Sen. Laura Kent" -> "Laura Kent"; a ruler's style before a regnal name: "Nana Kofi Boakye
    II" -> "Kofi Boakye II", ``regnal_prefixes.tsv``); no mark of markup at either edge
    (:func:`markup_edges`: "** Jane Doe" -> "Jane Doe"), nor a quotation mark the recognizer
    took in at its end ("Donald Trump ''doesn't" -> "Donald Trump"), nor an acronym in
    brackets after it ("World Health Organization (WHO)"); format characters
    (category Cf: zero-width space, soft hyphen ...) dropped."""
    text = _ACRONYM_AFTER_RE.sub("", FORMAT_CHARS.sub("", text))
    a, b = markup_edges(text)
    text = _POSSESSIVE_RE.sub("", text[a:b])
    text = _ARTICLE_RE.sub("", text)
    words = text.split()
    prefixes = lexicon.words("name_prefixes.tsv")
    while len(words) > 1 and words[0].lower().rstrip(".") in prefixes:
        words = words[1:]
    if len(words) > 2 and _REGNAL_RE.fullmatch(words[-1].rstrip(",.")) and \
            words[0].lower() in lexicon.words("regnal_prefixes.tsv"):
        words = words[1:]  # "Nana Kofi Boakye II": a chief's style, not his given name
    while len(words) > 1 and _legal_form(words[-1]) and words[-2][:1].isupper():
        # "Acme Pvt. Ltd.", "Jo Blake MP"; not a description: "the local MP", "the late MP"
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
    text = " ".join(words).strip(" ,.;:").rstrip(" '’\"“”").strip(" ,.;:")
    if _INITIALS_END_RE.search(" ".join(words)) or _suffix_end(words, text):
        text += "."  # "U.N.", "U.S.": an initialism keeps its last full stop; "Jr." too
    a, b = markup_edges(text)
    return text[a:b]


def name_parts(name: str) -> list[str]:
    """The words of a name, as the speaker stage matches them ("Lee Do-hoon" -> two parts)."""
    return name.split()


@lru_cache(maxsize=4096)
def initials(name: str) -> str:
    """"IMF" for "International Monetary Fund" (``name_minor_words.tsv`` and lower-case
    words left out)."""
    minor = lexicon.words("name_minor_words.tsv")
    return "".join(w[0] for w in _WORD_RE.findall(name)
                   if w.lower() not in minor and w[0].isupper())


@attrs.frozen(slots=True)
class Honorific:
    """A courtesy word before a name (a row of ``honorifics.tsv``).

    Attributes:
        word: The word, lower-case ("mrs.").
        gender: ``"m"``, ``"f"``, or None where it shows none ("dr").
        title: Whether it is kept as a speaker's title when it premodifies a name ("Sir").
    """

    word: str
    gender: str | None
    title: bool


@lru_cache(maxsize=1)
def honorifics() -> Mapping[str, Honorific]:
    """The honorifics of ``honorifics.tsv`` by word (read-only)."""
    out: dict[str, Honorific] = {}
    for number, (word, gender, title) in lexicon._rows(_HONORIFICS, 3, "word\tgender\ttitle"):
        if word in out or gender not in ("m", "f", "-") or title not in ("yes", "no"):
            raise ValueError(f"{_HONORIFICS}:{number}: malformed or repeated row {word!r}")
        out[word] = Honorific(word, None if gender == "-" else gender, title == "yes")
    return MappingProxyType(out)


def honorific_gender(word: str) -> str | None:
    """The gender an honorific shows (``word`` lower-case, as tokenized: "mrs."), or None
    where ``word`` is none or shows no gender."""
    found = honorifics().get(word)
    return found.gender if found is not None else None


@lru_cache(maxsize=1)
def _courtesy_words() -> frozenset[str]:
    return frozenset(h.word.rstrip(".") for h in honorifics().values() if not h.title)


def is_courtesy_title(title: str) -> bool:
    """Whether a title before a name is only an honorific ("Mr.", "Dr."), not kept as a
    title."""
    return title.lower().rstrip(".") in _courtesy_words()
