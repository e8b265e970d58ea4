"""French text helpers shared by every NLP stage: tokens, lemmas, stop words, boilerplate.

Everything here is a pure function of its input. Tokens carry character offsets
into the text they came from, so every stage can report spans of the article
exactly as loaded (the text itself is never normalised).

Lemmas come from `simplemma` (Barbaresi 2023, MIT licence): a dictionary
lemmatiser that ships its French data inside the PyPI wheel, needs no model
download and lemmatises several million words per second. It is measured
against spaCy's ``fr_core_news_sm`` in ``benchmarks/lemmatizers.py``.

>>> [t.text for t in tokens("L'entretien a-t-il été «très bon» ?")]
["L'", 'entretien', 'a', 't', 'il', 'été', 'très', 'bon']
>>> lemma("déclaré"), lemma("vents"), lemma("contraires")
('déclarer', 'vent', 'contraire')
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from framing.datafiles import read_lines

__all__ = [
    "Token",
    "WORD_RE",
    "tokens",
    "word_spans",
    "lemma",
    "lemmas",
    "fold",
    "stopwords",
    "load_stopwords",
    "boilerplate_patterns",
    "boilerplate_spans",
    "all_boilerplate",
    "furniture_patterns",
    "furniture_spans",
    "is_boilerplate_line",
    "BOILERPLATE_MAX_WORDS",
    "content_text",
    "URL_RE",
    "content_lemmas",
]

# A word: letters (any script), optionally an elided clitic ending in an apostrophe
# (l', d', qu', jusqu'...), or a number. Hyphens and apostrophes inside compounds split
# tokens, so "a-t-il" gives "a", "t", "il" and "Maison-Blanche" gives "Maison", "Blanche".
WORD_RE = re.compile(
    r"(?:[^\W\d_]{1,7}['’](?=[^\W\d_]))"  # elided clitic: l' d' qu' jusqu' lorsqu'
    r"|[^\W\d_]+"  # a run of letters
    r"|\d+(?:[.,]\d+)*",  # a number
)

# WORD_RE written so that a word is tried once instead of twice (a third faster): the same tokens, except
# that an apostrophe after 8 letters or more stays on the word and must be cut off (see word_spans)
FAST_WORD_RE = re.compile(r"[^\W\d_]+(?:['’](?=[^\W\d_]))?|\d+(?:[.,]\d+)*")
#: Runs of letters (no clitic, no number): the words counted by the quote finder.
WORD_SPLIT = re.compile(r"[^\W\d_]+")
SPLIT_WORDS_RE = re.compile("(" + FAST_WORD_RE.pattern + ")")


def in_bmp(text: str) -> bool:
    """Whether every character of ``text`` lies in the Basic Multilingual Plane (U+0000 to U+FFFF).

    Its UTF-16 form then has two bytes a character (no surrogate pair); encoding is a fast copy.

    >>> in_bmp("Aujourd’hui, «non»"), in_bmp("Le 𝐊remlin")
    (True, False)
    """
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


@lru_cache(maxsize=1)
def bmp_patterns() -> tuple[re.Pattern, re.Pattern]:
    """``WORD_SPLIT`` and ``SPLIT_WORDS_RE`` with ``[^\\W\\d_]`` spelled out as the letters of the BMP.

    The same matches on any text without astral characters (:func:`in_bmp`), a third faster: the
    engine tests a character against a table instead of its Unicode categories. A letter is
    what ``[^\\W\\d_]`` matches: alphanumeric and not a decimal digit (``\\w`` without ``\\d``
    and ``_``), checked for every code point in ``tests/test_quotes_speed.py``.
    """
    ranges, start = [], None
    for cp in range(0x10001):
        ch = chr(cp) if cp < 0x10000 else ""
        letter = ch.isalnum() and not ch.isdecimal()
        if letter and start is None:
            start = cp
        elif not letter and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{cp - 1:04x}")
            start = None
    letter = "[" + "".join(ranges) + "]"
    return (re.compile(letter + "+"),
            re.compile("(" + FAST_WORD_RE.pattern.replace(r"[^\W\d_]", letter) + ")"))


def split_words(text: str) -> list[str]:
    """``text`` cut around its words, in C: ``[gap, word, gap, …, word, gap]`` (see :func:`word_spans`).

    >>> split_words("Selon lui, c'est fini.")
    ['', 'Selon', ' ', 'lui', ', ', "c'", '', 'est', ' ', 'fini', '.']
    """
    return _words_re(text).split(text)


def _words_re(text: str) -> re.Pattern:
    """``SPLIT_WORDS_RE``, or its faster twin for ``text`` without astral characters."""
    return bmp_patterns()[1] if in_bmp(text) else SPLIT_WORDS_RE


def _elision_checked(word: str) -> str:
    """A word found by ``FAST_WORD_RE`` as ``WORD_RE`` finds it: an apostrophe after 8 letters or more is no elision."""
    return word[:-1] if len(word) > 8 and word[-1] in "'’" else word


def word_spans(text: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and texts of the words of ``text``: those of :func:`tokens`, found faster.

    >>> word_spans("Aujourd’hui, l'OTAN.")
    ([0, 8, 13, 15], [8, 11, 15, 19], ['Aujourd’', 'hui', "l'", 'OTAN'])
    """
    parts = split_words(text)
    at = list(accumulate(map(len, parts), initial=0))  # at[k]: where part k starts
    words = parts[1::2]
    starts, ends = at[1:-1:2], at[2::2]
    # _elision_checked: an apostrophe after 8 letters or more is no elision (few words end so)
    for k in [k for k, w in enumerate(words) if w[-1] in "'’" and len(w) > 8]:
        words[k] = words[k][:-1]
        ends[k] -= 1
    return starts, ends, words


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a text: ``text[start:end] == token.text``."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        """The lower-cased form with typographic apostrophes made straight."""
        return self.text.lower().translate(_APOSTROPHES)


def tokens(text: str) -> list[Token]:
    """Split ``text`` into word tokens with character offsets.

    Parameters
    ----------
    text : str
        Any text; it is not modified.

    Returns
    -------
    list of Token
        Letters runs, elided clitics (``l'``, ``qu'``) and numbers, in order.
        Punctuation and spaces are not tokens.

    Examples
    --------
    >>> [(t.start, t.text) for t in tokens("Selon lui, c'est fini.")]
    [(0, 'Selon'), (6, 'lui'), (11, "c'"), (13, 'est'), (17, 'fini')]
    """
    return [Token(*t) for t in zip(*word_spans(text))]


# Elided clitics -> their full form, so that "l'" and "le" share a lemma.
_ELISIONS = {
    "l'": "le", "d'": "de", "j'": "je", "m'": "me", "n'": "ne", "s'": "se", "t'": "te",
    "c'": "ce", "qu'": "que", "jusqu'": "jusque", "lorsqu'": "lorsque", "puisqu'": "puisque",
    "quoiqu'": "quoique", "presqu'": "presque",
}
# Verb forms the lemmatiser's dictionary reads as nouns; in news they are verbs: «nous sommes prêts»,
# «nous avançons», «nous rejetons ces accusations» (the nouns «somme», «rejeton» are rare there).
_VERB_FORMS = {"sommes": "être", "avançons": "avancer", "lançons": "lancer", "menons": "mener", "rejetons": "rejeter"}


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Return the lower-cased French lemma of one word.

    A pure function (the cache only saves time). Elided clitics map to their full
    form (``l'`` -> ``le``); unknown words come back lower-cased.

    Examples
    --------
    >>> lemma("Affirmé"), lemma("qu'"), lemma("guerres"), lemma("sommes")
    ('affirmer', 'que', 'guerre', 'être')
    """
    import simplemma

    low = word.lower().translate(_APOSTROPHES)
    if low in _ELISIONS:
        return _ELISIONS[low]
    if low in _VERB_FORMS:
        return _VERB_FORMS[low]
    if low.isdigit():
        return low
    return simplemma.lemmatize(low, lang="fr").lower()


def lemmas(text: str) -> list[str]:
    """Lemmas of the word tokens of ``text``, in order.

    >>> lemmas("Les vents sont contraires")
    ['le', 'vent', 'être', 'contraire']
    """
    return [lemma(t.text) for t in tokens(text)]


def fold(word: str) -> str:
    """Lower-case and straighten apostrophes (accents are kept).

    >>> fold("Aujourd’hui")
    "aujourd'hui"
    """
    return word.lower().translate(_APOSTROPHES)


def load_stopwords(path: str | Path | None = None, *, extra: tuple[str, ...] = ()) -> frozenset[str]:
    """Load a stop-word list: one word per line, ``#`` starts a comment.

    Parameters
    ----------
    path : str or Path, optional
        A researcher's own list; by default ``framing/data/stopwords.txt``.
    extra : tuple of str
        Further words to add (for example outlet names).

    Returns
    -------
    frozenset of str
        Folded words (lower case, straight apostrophes).

    Examples
    --------
    >>> "le" in load_stopwords() and "guerre" not in load_stopwords()
    True
    """
    _, lines = read_lines(path, default="stopwords.txt")
    return frozenset(fold(w) for _, w in lines) | frozenset(fold(w) for w in extra)


def stopwords() -> frozenset[str]:
    """The bundled French stop words (see :func:`load_stopwords`)."""
    return _bundled_stopwords()


@lru_cache(maxsize=1)
def _bundled_stopwords() -> frozenset[str]:
    return load_stopwords()


def boilerplate_patterns(path: str | Path | None = None) -> list[re.Pattern]:
    """Regular expressions for whole lines that are page furniture, not article text.

    Each line of ``framing/data/boilerplate.txt`` is a case-insensitive regular
    expression matched against a whole stripped line ("Lire aussi ...", "Voir aussi",
    photo credits, "Sur le même sujet" ...). A malformed pattern raises a
    ``ValueError`` naming the file and line.
    """
    return _line_patterns(path, "boilerplate.txt")


def _line_patterns(path, default: str) -> list[re.Pattern]:
    name, lines = read_lines(path, default=default)
    out = []
    for no, line in lines:
        try:
            out.append(re.compile(line, re.IGNORECASE))
        except re.error as exc:
            raise ValueError(f"{name}, line {no}: bad regular expression {line!r}: {exc}") from None
    return out


@lru_cache(maxsize=1)
def _bundled_boilerplate() -> tuple[re.Pattern, ...]:
    return tuple(boilerplate_patterns())


#: A line with more words than this is article text, whatever pattern it matches.
BOILERPLATE_MAX_WORDS = 25


def _boilerplate_lines(text: str, pats) -> tuple[list[tuple[int, int]], int]:
    """Spans of the boilerplate lines, and the number of non-blank lines."""
    spans = []
    pos = 0
    n_lines = 0
    for line in text.split("\n"):  # \n only: U+2028 and friends stay inside a line
        body = line.rstrip("\r")
        stripped = body.strip()
        if stripped:
            n_lines += 1
            if len(stripped.split()) <= BOILERPLATE_MAX_WORDS and any(p.fullmatch(stripped) for p in pats):
                spans.append((pos, pos + len(body)))
        pos += len(line) + 1
    return spans, n_lines


def boilerplate_spans(text: str, patterns=None) -> list[tuple[int, int]]:
    """Character spans of the lines of ``text`` that are boilerplate.

    A line is boilerplate when a pattern matches the whole stripped line and the
    line has at most :data:`BOILERPLATE_MAX_WORDS` words; only whole lines are ever
    dropped. When every non-blank line would go (a one-paragraph article that
    starts with «Publié le …», say), none does: the text is kept whole
    (:func:`all_boilerplate` tells the caller, so it can report it).

    Parameters
    ----------
    text : str
        An article.
    patterns : list of re.Pattern, optional
        From :func:`boilerplate_patterns`; the bundled ones by default.

    Returns
    -------
    list of (start, end)
        Offsets of whole lines (without their newline) to leave out when counting words.

    Examples
    --------
    >>> text = "Trump appelle Poutine.\\nLire aussi : la Syrie\\nFin."
    >>> [text[s:e] for s, e in boilerplate_spans(text)]
    ['Lire aussi : la Syrie']
    >>> boilerplate_spans("Publié le 2 mai 2017")   # nothing else: kept
    []
    """
    pats = _bundled_boilerplate() if patterns is None else patterns
    spans, n_lines = _boilerplate_lines(text, pats)
    return [] if n_lines and len(spans) == n_lines else spans


def furniture_patterns(path: str | Path | None = None) -> list[re.Pattern]:
    """Regular expressions that mark a line as page furniture with no article text at all.

    Each line of ``framing/data/furniture.txt`` is a case-insensitive regular expression
    **searched** in a line (copyright, «Je m'abonne», «1 € le premier mois», cookie banners,
    login prompts). A malformed pattern raises a ``ValueError`` naming the file and line.
    """
    return _line_patterns(path, "furniture.txt")


@lru_cache(maxsize=1)
def _bundled_furniture() -> re.Pattern:
    return re.compile("|".join(f"(?:{p.pattern})" for p in furniture_patterns()), re.IGNORECASE)


def furniture_spans(text: str, patterns=None) -> list[tuple[int, int]]:
    """Character spans of the lines of ``text`` that are furniture: no article text on them.

    A line is furniture when one of :func:`furniture_patterns` is found in it and it has
    at most :data:`BOILERPLATE_MAX_WORDS` words; a longer line is article text (a paragraph
    on a «5 milliards d'€» deal). Unlike :func:`boilerplate_spans`, which also covers
    «Lire aussi» headlines, these lines hold nothing a coder would code: a subscription
    offer's «Sans engagement», a cookie banner's «nos partenaires».

    Examples
    --------
    >>> text = "Trump appelle Poutine.\\nOffre spéciale : 1 € le premier mois. Je m'abonne\\nFin."
    >>> [text[s:e] for s, e in furniture_spans(text)]
    ["Offre spéciale : 1 € le premier mois. Je m'abonne"]
    """
    rx = _bundled_furniture() if patterns is None else re.compile(
        "|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)
    spans = []
    pos = 0
    for line in text.split("\n"):
        # a paragraph of prose is never furniture: only short lines are searched (a line of
        # BOILERPLATE_MAX_WORDS words is far below _FURNITURE_MAX_CHARS characters)
        if len(line) <= _FURNITURE_MAX_CHARS:
            body = line.rstrip("\r")
            stripped = body.strip()
            if stripped and len(stripped.split()) <= BOILERPLATE_MAX_WORDS and rx.search(stripped):
                spans.append((pos, pos + len(body)))
        pos += len(line) + 1
    return spans


#: Lines longer than this are not split into words by :func:`furniture_spans` (speed only).
_FURNITURE_MAX_CHARS = 800


def all_boilerplate(text: str, patterns=None) -> bool:
    """True when every non-blank line of ``text`` looks like boilerplate (so none is dropped).

    >>> all_boilerplate("Lire aussi : la Syrie"), all_boilerplate("Trump appelle Poutine.")
    (True, False)
    """
    pats = _bundled_boilerplate() if patterns is None else patterns
    spans, n_lines = _boilerplate_lines(text, pats)
    return bool(n_lines) and len(spans) == n_lines


def is_boilerplate_line(line: str, patterns=None) -> bool:
    """True when one line (a title candidate, say) is boilerplate or a crawl artefact.

    >>> is_boilerplate_line("ADVERTISEMENT"), is_boilerplate_line("date 2017-01-05")
    (True, True)
    >>> is_boilerplate_line("Trump et Poutine se parlent")
    False
    """
    pats = _bundled_boilerplate() if patterns is None else patterns
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= BOILERPLATE_MAX_WORDS and any(
        p.fullmatch(stripped) for p in pats)


def content_text(text: str, patterns=None) -> str:
    """``text`` with boilerplate lines blanked out (replaced by spaces, offsets kept).

    Use it to count words; never to replace the article text.

    >>> content_text("Un.\\nVoir aussi\\nDeux.")
    'Un.\\n          \\nDeux.'
    """
    spans = boilerplate_spans(text, patterns)
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


# Web addresses and e-mail addresses: blanked out before counting words.
URL_RE = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"  # http://..., www....
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:fr|com|org|net|ru|eu|info|dz|be|ch)(?:/\S*)?",  # lemonde.fr/...
    re.IGNORECASE,
)


def content_lemmas(text: str, *, stopwords: frozenset[str] | None = None, min_length: int = 2) -> list[str]:
    """The content lemmas of ``text``, in order: what topic models and keyness count.

    Boilerplate lines (:func:`content_text`) and web or e-mail addresses are left out,
    then each word token is lemmatised (:func:`lemma`, accents kept, lower case).
    Numbers, words shorter than ``min_length`` letters and stop words are dropped; a
    word is a stop word when its folded form or its lemma is in the list (so ``avait``
    and ``eût`` both go with ``avoir``/``être``).

    Parameters
    ----------
    text : str
        An article (not modified).
    stopwords : frozenset of str, optional
        Folded stop words; the bundled list by default (extend it with
        :func:`load_stopwords`, e.g. ``load_stopwords(extra=("afp",))``).
    min_length : int
        Shortest lemma kept, in characters.

    Returns
    -------
    list of str
        Lemmas.

    Examples
    --------
    >>> content_lemmas("Les négociations ont échoué en 2025.\\nLire aussi : la Syrie")
    ['négociation', 'échouer']
    >>> content_lemmas("Voir https://www.lemonde.fr/a.html : Poutine répond.")
    ['voir', 'poutine', 'répondre']
    """
    stop = _bundled_stopwords() if stopwords is None else stopwords
    kept = _KEPT_LEMMAS.get()
    if kept is not None:
        key = (text, stop, min_length)
        got = kept.get(key)
        if got is None:
            got = kept[key] = tuple(_content_lemmas(text, stop, min_length))
        return list(got)
    return _content_lemmas(text, stop, min_length)


def _content_lemmas(text: str, stop: frozenset[str], min_length: int) -> list[str]:
    body = content_text(text)
    if _URL_HINT_RE.search(body):
        body = URL_RE.sub(lambda m: " " * len(m.group()), body)
    memo = _content_memo(stop, min_length)
    if len(memo) > 500_000:  # bound memory; results do not depend on the memo
        memo.clear()
    get = memo.get
    out = []
    for word in _words_re(body).findall(body):
        lem = get(word)
        if lem is None:
            lem = memo[word] = _content_lemma(_elision_checked(word), stop, min_length)
        if lem:
            out.append(lem)
    return out


#: The texts' content lemmas kept by :func:`keep_content_lemmas` (None outside such a block).
_KEPT_LEMMAS: ContextVar[dict | None] = ContextVar("framing_kept_content_lemmas", default=None)


@contextmanager
def keep_content_lemmas():
    """Within this block, :func:`content_lemmas` lemmatises each distinct text once.

    A run that counts the same articles twice (topic shares, then keyness) pays for
    the lemmas once; the results are the same with or without the block. The lemmas
    are kept in memory until the block ends (about 1 kB per article), in this thread
    only.

    >>> with keep_content_lemmas():
    ...     first = content_lemmas("Les négociations ont échoué.")
    ...     again = content_lemmas("Les négociations ont échoué.")
    >>> first == again == ['négociation', 'échouer']
    True
    """
    token = _KEPT_LEMMAS.set({})
    try:
        yield
    finally:
        _KEPT_LEMMAS.reset(token)


# A cheap test for "may contain an address" so the slower URL_RE runs only when needed.
_URL_HINT_RE = re.compile(r"://|www\.|@|\.(?:fr|com|org|net|ru|eu|info|dz|be|ch)\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _content_memo(stop: frozenset[str], min_length: int) -> dict[str, str]:
    """Word -> content lemma ("" when dropped) for one stop list; a speed-up only."""
    return {}


def _content_lemma(word: str, stop: frozenset[str], min_length: int) -> str:
    if word[0].isdigit():
        return ""
    low = word.lower().translate(_APOSTROPHES)
    if low in stop:
        return ""
    lem = lemma(low)
    if len(lem) < min_length or lem in stop:
        return ""
    return lem
