"""Word lists used to find attribution cues and to describe speakers.

The lists live as tab-separated files in :mod:`quotekit.data` and are read with
:mod:`importlib.resources`, so they work from a source checkout, an installed wheel or a zip.
Each loader parses its file once and caches the result; the returned mappings are read-only.

Files:

``reporting_verbs.tsv``
    Reporting verb lemmas with a class and a ``needs_complement`` flag.
``noun_cues.tsv``
    Nouns and multiword expressions that introduce attributed content.
``titles.tsv``
    Titles and roles that premodify names or stand in appositions, with the role head noun.
``role_synonyms.tsv``
    Groups of role head nouns that descriptions may use for the same role.
``organization_heads.tsv``
    Head nouns of organisation descriptions ("the ministry", "the White House").
``organization_synonyms.tsv``
    Groups of organisation head nouns that descriptions may use for the same kind of body.

Smaller lists (honorifics, pronouns, label words, quote characters ...) are read with
:func:`words` (one entry a line) and :func:`word_map` (an entry and a value).

In every file, lines starting with ``#`` are comments and blank lines are ignored. Each file
opens with a comment that says what the list is for and what must be relearned or rechecked
when it changes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

import attrs

from quotekit.types import CUE_KINDS

__all__ = [
    "CUE_CLASSES",
    "NOUN_CUE_CLASSES",
    "NOUN_CUE_FAMILIES",
    "ORGANIZATION_CLASSES",
    "SCOPES",
    "TITLE_CATEGORIES",
    "VERB_CLASSES",
    "VERB_FAMILIES",
    "TitleEntry",
    "VerbEntry",
    "cue_class",
    "cue_policy",
    "evidence_nouns",
    "is_reporting_verb",
    "noun_cues",
    "organization_classes",
    "organization_heads",
    "organization_synonyms",
    "reporting_verbs",
    "role_synonyms",
    "title_heads",
    "titles",
    "word_map",
    "words",
]

#: The classes of attribution a cue can report, in the order users read them: ``speech``
#: (say, tell, add, deny, warn, urge, announce, "according to", "in a statement"), ``writing``
#: (write, tweet, post, publish), and the classes that report no speech: ``cognition`` (think,
#: believe, know, feel), ``intention`` (plan, want, aim, intend, seek), ``perception`` (show,
#: find, suggest of data, see, hear, indicate: perception and evidence) and ``other`` (support,
#: vote, launch ...). Column ``class`` of ``reporting_verbs.tsv`` and ``noun_cues.tsv``.
CUE_CLASSES: tuple[str, ...] = CUE_KINDS
#: The classes of verbs (:data:`CUE_CLASSES`, as a set).
VERB_CLASSES: frozenset[str] = frozenset(CUE_CLASSES)
#: The classes of noun cues (:data:`CUE_CLASSES`, as a set).
NOUN_CUE_CLASSES: frozenset[str] = frozenset(CUE_CLASSES)
#: What counts as a statement: each scope and the cue classes whose indirect statements it
#: keeps. ``speech`` (the default) is who said or wrote what; ``attribution`` is the broad
#: scope of PolNeAR and PARC (speech plus cognition, intention, perception and the rest).
#: Quoted words count in both.
SCOPES: Mapping[str, frozenset[str]] = MappingProxyType({
    "speech": frozenset({"speech", "writing"}),
    "attribution": frozenset(CUE_CLASSES),
})
#: Grammatical families of reporting verbs (column ``family`` of ``reporting_verbs.tsv``):
#: how a verb takes its content, which decides whether a bare direct object reports.
VERB_FAMILIES: frozenset[str] = frozenset(
    {"speech", "manner", "stance", "cognition", "document", "request", "other"}
)
#: Families of noun cues (column ``family`` of ``noun_cues.tsv``).
NOUN_CUE_FAMILIES: frozenset[str] = frozenset(
    {"statement", "request", "event", "document", "attitude", "phrase"}
)
#: Categories of titles (column ``category`` of ``titles.tsv``).
TITLE_CATEGORIES: frozenset[str] = frozenset(
    {
        "government",
        "diplomatic",
        "legislative",
        "judicial",
        "military",
        "party",
        "corporate",
        "academic",
        "media",
        "religious",
        "honorific",
        "other",
    }
)
#: Classes of organisation heads (column ``class`` of ``organization_heads.tsv``).
ORGANIZATION_CLASSES: frozenset[str] = frozenset(
    {
        "government",
        "legislative",
        "judicial",
        "military",
        "party",
        "corporate",
        "media",
        "academic",
        "international",
        "ngo",
        "religious",
        "other",
    }
)

_PACKAGE = "quotekit"
_DATA_DIR = "data"
#: Marks a title without a role head noun (honorifics such as "mr.").
_NO_HEAD = "-"


@attrs.frozen(slots=True)
class VerbEntry:
    """One reporting verb.

    ``lemma`` is the lower-case lemma, ``cls`` its class of attribution (one of
    :data:`CUE_CLASSES`), ``family`` its grammatical family (one of :data:`VERB_FAMILIES`), and
    ``needs_complement`` tells whether the verb is a cue only when it takes a clausal, quoted or
    content complement ("polls *show* that ...") rather than on its own ("she *said*").
    ``never`` holds the complement kinds with which the verb reports nothing ("continued *to*
    rise": ``xcomp``). ``notes`` is free text from the data file (may be empty).
    """

    lemma: str
    cls: str
    needs_complement: bool
    notes: str = ""
    family: str = "other"
    never: frozenset[str] = frozenset()


@attrs.frozen(slots=True)
class TitleEntry:
    """One title or role.

    ``title`` is the lower-case title ("foreign minister", "lt. col."), ``category`` one of
    :data:`TITLE_CATEGORIES`, and ``head`` the role noun a later mention can use for the same
    person ("minister", "colonel"), or ``None`` for honorifics that carry no role ("mr.").
    """

    title: str
    category: str
    head: str | None


def _rows(filename: str, n_columns: int, header: str | None) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line_number, fields)`` for the data rows of a packaged TSV file.

    Comment and blank lines are skipped, as is a header line equal to ``header``.  Rows are
    padded with empty strings up to ``n_columns`` (so trailing empty columns may be omitted);
    a row with more columns, or with an empty first column, raises :class:`ValueError`.
    """
    path = resources.files(_PACKAGE).joinpath(_DATA_DIR).joinpath(filename)
    text = path.read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if header is not None and line == header:
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) > n_columns or not fields[0]:
            raise ValueError(f"{filename}:{number}: malformed row {line!r}")
        fields += [""] * (n_columns - len(fields))
        yield number, fields


def _check(filename: str, number: int, value: str, allowed: frozenset[str]) -> str:
    if value not in allowed:
        raise ValueError(f"{filename}:{number}: {value!r} is not one of {sorted(allowed)}")
    return value


def _unique(filename: str, number: int, key: str, seen: Mapping[str, object]) -> str:
    if key in seen:
        raise ValueError(f"{filename}:{number}: duplicate entry {key!r}")
    return key


@lru_cache(maxsize=1)
def reporting_verbs() -> Mapping[str, VerbEntry]:
    """Return the reporting verbs, keyed by lower-case lemma (read-only, loaded once)."""
    filename = "reporting_verbs.tsv"
    out: dict[str, VerbEntry] = {}
    for number, (lemma, cls, family, needs, never, notes) in _rows(
        filename, 6, "lemma\tclass\tfamily\tneeds_complement\tnever\tnotes"
    ):
        key = _unique(filename, number, lemma.lower(), out)
        flag = _check(filename, number, needs, frozenset({"yes", "no"})) == "yes"
        out[key] = VerbEntry(
            key, _check(filename, number, cls, VERB_CLASSES), flag, notes,
            family=_check(filename, number, family, VERB_FAMILIES),
            never=frozenset(k.strip() for k in never.split(",") if k.strip()),
        )
    return MappingProxyType(out)


@lru_cache(maxsize=1)
def evidence_nouns() -> frozenset[str]:
    """Single-word noun cues of the perception class ("poll", "study", "data", "records"): a
    source that is one of them makes a verb of speech report evidence ("a look at the planes
    suggests that ...", "the data suggest ..."): class perception, as ``show`` is."""
    return frozenset(cue for cue, cls in noun_cues().items()
                     if cls == "perception" and " " not in cue)


@lru_cache(maxsize=1)
def noun_cues() -> Mapping[str, str]:
    """Return noun and multiword cues (lower-case) mapped to their class of attribution
    (:data:`CUE_CLASSES`; read-only)."""
    filename = "noun_cues.tsv"
    out: dict[str, str] = {}
    for number, (cue, cls, family) in _rows(filename, 3, "cue\tclass\tfamily"):
        key = _unique(filename, number, " ".join(cue.lower().split()), out)
        _check(filename, number, family, NOUN_CUE_FAMILIES)
        out[key] = _check(filename, number, cls, NOUN_CUE_CLASSES)
    return MappingProxyType(out)


#: The class of cues that are marks, not words: a colon, a dash (lemma ``"dash"``), a
#: transcript label: they introduce quoted or transcribed words.
_MARK_CLASS = "speech"
#: Lemmas the statement rules give to mark cues.
_MARK_LEMMAS = frozenset({"dash"})
#: The class of stance adjectives (``stance_adjectives.tsv``: "confident that ...").
_ADJECTIVE_CLASS = "cognition"


@lru_cache(maxsize=4096)
def cue_class(lemma: str) -> str | None:
    """The class of attribution (:data:`CUE_CLASSES`) of a cue's lemma, or None if unknown.

    A reporting verb ("say", a phrasal "call for" by its verb), a noun or multiword cue ("in a
    statement", "poll"), "according to" (speech), a stance adjective ("confident":
    cognition), or a mark (":", a dash: speech, for the quotation or transcript line it
    introduces). Compared lower-case.
    """
    key = " ".join(lemma.lower().split())
    if not key:
        return None
    verbs = reporting_verbs()
    entry = verbs.get(key) or verbs.get(key.split()[0])
    if entry is not None and (key in verbs or key not in noun_cues()):
        return entry.cls
    cls = noun_cues().get(key)
    if cls is not None:
        return cls
    if key in words("stance_adjectives.tsv"):
        return _ADJECTIVE_CLASS
    if key in _MARK_LEMMAS or not any(ch.isalnum() for ch in key):
        return _MARK_CLASS
    return None


@lru_cache(maxsize=1)
def titles() -> Mapping[str, TitleEntry]:
    """Return titles and roles keyed by lower-case title (read-only, loaded once)."""
    filename = "titles.tsv"
    out: dict[str, TitleEntry] = {}
    for number, (title, category, head) in _rows(filename, 3, "title\tcategory\thead"):
        key = _unique(filename, number, " ".join(title.lower().split()), out)
        if not head:
            raise ValueError(f"{filename}:{number}: missing head (use '-' for none)")
        out[key] = TitleEntry(
            title=key,
            category=_check(filename, number, category, TITLE_CATEGORIES),
            head=None if head == _NO_HEAD else head.lower(),
        )
    return MappingProxyType(out)


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """Return every role head noun used by :func:`titles` (honorifics without a head excluded)."""
    return frozenset(entry.head for entry in titles().values() if entry.head is not None)


@cache
def _synonym_index(filename: str = "role_synonyms.tsv") -> Mapping[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for _number, fields in _rows(filename, 64, None):
        group = {" ".join(field.lower().split()) for field in fields if field}
        for member in group:
            index.setdefault(member, set()).update(group)
    return MappingProxyType({member: frozenset(group) for member, group in index.items()})


def role_synonyms(head: str) -> frozenset[str]:
    """Return the role nouns that may stand for the same role as ``head``, ``head`` included.

    This is the union of every group in ``role_synonyms.tsv`` that contains ``head`` (compared
    lower-case), or ``{head}`` when no group does.  The relation is symmetric but not transitive.
    """
    key = " ".join(head.lower().split())
    return _synonym_index().get(key, frozenset({key}))


def organization_synonyms(head: str) -> frozenset[str]:
    """Return the organisation head nouns that may describe the same kind of body as
    ``head``, ``head`` included: the union of the groups of ``organization_synonyms.tsv``
    that contain it (compared lower-case), or ``{head}`` when none does."""
    key = " ".join(head.lower().split())
    return _synonym_index("organization_synonyms.tsv").get(key, frozenset({key}))


@lru_cache(maxsize=1)
def _organization_table() -> Mapping[str, str]:
    filename = "organization_heads.tsv"
    out: dict[str, str] = {}
    for number, (head, cls) in _rows(filename, 2, "head\tclass"):
        key = _unique(filename, number, " ".join(head.lower().split()), out)
        out[key] = _check(filename, number, cls, ORGANIZATION_CLASSES)
    return MappingProxyType(out)


@lru_cache(maxsize=1)
def organization_heads() -> frozenset[str]:
    """Return the lower-case head nouns (and institution names) of organisation descriptions."""
    return frozenset(_organization_table())


def organization_classes() -> Mapping[str, str]:
    """Return organisation heads mapped to their class, e.g. ``"ministry" -> "government"``."""
    return _organization_table()


def is_reporting_verb(lemma: str) -> bool:
    """Tell whether ``lemma`` (compared lower-case) is in the reporting verb list."""
    return lemma.lower() in reporting_verbs()


@lru_cache(maxsize=2)
def cue_policy(scope: str = "attribution") -> Mapping[tuple[str, str], float]:
    """Learned precision of each (cue lemma, complement kind) pair for indirect statements.

    Read from ``data/cue_policy.tsv``, which ``benchmarks/learn_cue_policy.py`` writes from the
    PolNeAR training split: how often a reporting verb with a given kind of complement ("say"
    with a clause, "deny" with a direct object, ...) introduced content that annotators marked
    as attributed, against every annotated attribution (``scope="attribution"``) or in the
    speech view of the annotations (``scope="speech"``: attributions of beliefs, plans and
    evidence neither right nor wrong). Pairs absent from the file (or without a speech
    figure) are decided by the word lists. An absent file gives an empty table.
    """
    table: dict[tuple[str, str], float] = {}
    column = 4 if scope == "speech" else 3
    try:
        rows = list(_rows("cue_policy.tsv", 5, "lemma\tcomplement\tcount\tprecision\tspeech"))
    except FileNotFoundError:
        return MappingProxyType(table)
    for number, fields in rows:
        value = fields[column]
        if value in ("", "-"):
            continue
        try:
            table[(fields[0], fields[1])] = float(value)
        except ValueError as err:
            raise ValueError(f"cue_policy.tsv:{number}: bad precision {value!r}") from err
    return MappingProxyType(table)


@cache
def words(filename: str) -> frozenset[str]:
    """Return the entries (first column) of a one-entry-a-line packaged list.

    Example: ``words("honorifics.tsv")``. Entries are kept as written (case included); a
    second column, where present, is ignored (see :func:`word_map`).
    """
    return frozenset(fields[0] for _n, fields in _rows(filename, 2, None))


@cache
def word_map(filename: str) -> Mapping[str, str]:
    """Return ``{entry: value}`` of a two-column packaged list (read-only).

    An empty or ``-`` value reads as ``""``; an entry listed twice is an error.
    """
    table: dict[str, str] = {}
    for number, (key, value) in _rows(filename, 2, None):
        table[_unique(filename, number, key, table)] = "" if value == _NO_HEAD else value
    return MappingProxyType(table)
