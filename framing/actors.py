"""Actor dictionaries: who a speaker string refers to, and on which side.

An actor dictionary is a table with one row per alias:

==========  =====================================================================
column      meaning
==========  =====================================================================
``actor``   canonical name (``Vladimir Putin``, ``Kremlin``, ``White House``)
``side``    the study's label for the actor (``kremlin``, ``white_house``,
            ``joint``, ``other`` in the bundled dictionary; any labels in yours)
``type``    ``person``, ``institution``, ``media``, ``country`` or ``group``
``gender``  ``m``, ``f``, ``pl`` or empty; only used to resolve pronoun speakers
``alias``   a name or description as written in French news
            (``Vladimir Poutine``, ``le président russe``, ``Moscou``)
==========  =====================================================================

Aliases are matched on lemmas with accents and case folded and articles and titles
ignored, so ``le président russe`` also matches ``du Président russe`` and
``Maison-Blanche`` matches ``Maison blanche`` and ``Maison- Blanche``. The longest
alias wins. Only the head of a speaker phrase counts: its first alias, a name in
apposition to it (``le porte-parole de la Maison-Blanche, Sean Spicer`` → Sean Spicer)
and the aliases coordinated with it; an alias inside a modifier does not
(``l'ambassadeur russe à Washington`` is kremlin). A head that coordinates actors of
two or more sides (other than the catch-all ``other``) is ``joint``; a speaker that names nobody known is ``other``;
no speaker at all is ``unattributed``.

The bundled dictionary (``framing/data/actors.csv``) is written for French coverage
of the Trump–Putin calls (2017–2025). Pass your own with ``actors=`` (a path to a
CSV file or a DataFrame with the same columns).

>>> resolve_actor("le porte-parole du Kremlin, Dmitri Peskov")
('Dmitri Peskov', 'kremlin')
>>> resolve_actor("MM. Poutine et Trump")
('Donald Trump and Vladimir Putin', 'joint')
>>> resolve_actor("un diplomate européen en poste à Moscou")
('', 'other')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from framing.datafiles import read_table
from framing.french import lemma, tokens

__all__ = ["ACTOR_COLUMNS", "load_actors", "resolve_actor", "ActorIndex", "actor_index",
           "JOINT", "UNATTRIBUTED", "OTHER"]

ACTOR_COLUMNS = ["actor", "side", "type", "gender", "alias"]
JOINT = "joint"
UNATTRIBUTED = "unattributed"
OTHER = "other"
_TYPES = {"person", "institution", "media", "country", "group"}
_GENDERS = {"", "m", "f", "pl"}

# words ignored when matching aliases: articles, contracted articles and titles
_IGNORED = frozenset("le la les l' un une des du de d' au aux m mm mme mmes mlle".split())


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def match_keys(text: str, base: int = 0) -> list[tuple[str, int, int]]:
    """Matching keys of the words of ``text``: (key, start, end), articles and titles left out.

    >>> [k for k, _, _ in match_keys("du Président russe")]
    ['president', 'russe']
    """
    out = []
    for t in tokens(text):
        k = _key(t.text)
        if k is None:
            continue
        out.append((k, base + t.start, base + t.end))
    return out


@lru_cache(maxsize=200_000)
def _key(word: str) -> str | None:
    """Matching key of one word (None for articles and titles); a pure function, cached."""
    low = word.lower().replace("’", "'")
    if low in _IGNORED:
        return None
    return _strip_accents(lemma(word))


def load_actors(source=None) -> pd.DataFrame:
    """Load an actor dictionary.

    Parameters
    ----------
    source : str, Path or DataFrame, optional
        A CSV file (``#`` lines are comments) or a table with columns ``actor``,
        ``side``, ``alias`` (``type`` and ``gender`` optional). By default the
        bundled ``framing/data/actors.csv``.

    Returns
    -------
    DataFrame
        Columns ``actor``, ``side``, ``type``, ``gender``, ``alias`` (all str), one
        row per alias.

    Raises
    ------
    ValueError
        Naming the file and line of a malformed row (missing field, unknown type
        or gender, an alias with no word).

    Examples
    --------
    >>> actors = load_actors()
    >>> sorted(set(actors["side"]))
    ['joint', 'kremlin', 'other', 'white_house']
    """
    table = read_table(source, default="actors.csv", required=["actor", "side", "alias"], what="actor dictionary",
                       columns=ACTOR_COLUMNS, frame_name="actors DataFrame")
    name = table.attrs["name"]
    rows = zip(table.attrs["where"], table.to_dict("records"))
    out = []
    for where, row in rows:
        rec = {c: str(row.get(c, "") or "").strip() for c in ACTOR_COLUMNS}
        for c in ("actor", "side", "alias"):
            if not rec[c]:
                raise ValueError(f"{name}, {where}: empty {c!r}; every row needs an actor, a side "
                                 f"and an alias")
        if rec["type"] and rec["type"] not in _TYPES:
            raise ValueError(f"{name}, {where}: unknown type {rec['type']!r}; use one of "
                             f"{sorted(_TYPES)} or leave it empty")
        if rec["gender"] not in _GENDERS:
            raise ValueError(f"{name}, {where}: unknown gender {rec['gender']!r}; use m, f, pl "
                             f"or leave it empty")
        if not match_keys(rec["alias"]):
            raise ValueError(f"{name}, {where}: alias {rec['alias']!r} has no word to match")
        out.append(rec)
    frame = pd.DataFrame(out, columns=ACTOR_COLUMNS)
    return frame.astype(object)


@dataclass(frozen=True)
class ActorMatch:
    """An alias found in a text: ``text[start:end]`` names ``actor``."""

    start: int
    end: int
    actor: str
    side: str
    type: str
    gender: str


class ActorIndex:
    """A compiled actor dictionary: finds aliases in text (longest match first).

    Build it with :func:`actor_index`; it holds no state beyond the dictionary.
    """

    def __init__(self, table: pd.DataFrame):
        self.table = table
        self._index: dict[tuple[str, ...], tuple] = {}
        self._capital: set[tuple[str, ...]] = set()
        self.max_len = 1
        self.first_keys: set[str] = set()
        lengths: dict[str, set[int]] = {}
        self._resolved: dict[str, tuple[str, str, str]] = {}
        self._names: dict[str, bool] = {}
        for r in table.itertuples(index=False):
            keys = tuple(k for k, _, _ in match_keys(r.alias))
            gender = r.gender or _alias_gender(r.alias)
            if keys not in self._index:
                self._index[keys] = (r.actor, r.side, r.type, gender)
            if len(keys) == 1:
                # a one-word alias written with a capital ("les Américains", "Moscou") only
                # matches a capitalised word: the adjective "américain" is no speaker
                word = [t.text for t in tokens(r.alias) if _key(t.text) is not None][0]
                if word[:1].isupper():
                    self._capital.add(keys)
            self.max_len = max(self.max_len, len(keys))
            self.first_keys.add(keys[0])
            lengths.setdefault(keys[0], set()).add(len(keys))
        # the alias lengths (in words) starting with each first word, longest first
        self._lengths = {k: sorted(v, reverse=True) for k, v in lengths.items()}
        self.sides = sorted(set(table["side"]))

    def find(self, text: str, base: int = 0, keys=None) -> list[ActorMatch]:
        """All non-overlapping aliases in ``text``, left to right, longest first at each word."""
        keys = match_keys(text, base) if keys is None else keys
        return self.find_keys(text, [k for k, _, _ in keys], [a for _, a, _ in keys], [b for _, _, b in keys],
                              base=base)

    def names(self, words: str) -> bool:
        """Whether ``words`` hold an alias (a pure function of the words, cached)."""
        got = self._names.get(words)
        if got is None:
            if len(self._names) > 100_000:
                self._names.clear()
            got = self._names[words] = bool(self.find(words))
        return got

    def find_keys(self, text: str, words: list, starts: list, ends: list, lo: int = 0,
                  hi: int | None = None, base: int = 0) -> list[ActorMatch]:
        """:meth:`find` over words already keyed (``words[i]`` spans ``text[starts[i]:ends[i]]``).

        Only ``words[lo:hi]`` are searched; ``text[0]`` sits at offset ``base``. Equivalent to
        ``find(text[starts[lo]:ends[hi - 1]], starts[lo])`` without cutting and keying the words again.
        """
        hi = len(words) if hi is None else hi
        out = []
        i = lo
        lengths, index, capital = self._lengths, self._index, self._capital
        while i < hi:
            ls = lengths.get(words[i])
            if ls is not None:
                for L in ls:
                    if L > hi - i:
                        continue
                    key = tuple(words[i:i + L])
                    got = index.get(key)
                    if got is not None and L == 1 and key in capital and not text[starts[i] - base:starts[i] - base + 1].isupper():
                        got = None
                    if got is not None:
                        out.append(ActorMatch(starts[i], ends[i + L - 1], *got))
                        i += L
                        break
                else:
                    i += 1
            else:
                i += 1
        return out

    def resolve(self, speaker: str, matches=None) -> tuple[str, str, str]:
        """(actor, side, gender) of a speaker string; see :func:`resolve_actor`."""
        if matches is None:
            got = self._resolved.get(speaker)
            if got is None:
                if len(self._resolved) > 100_000:
                    self._resolved.clear()  # a cache of a pure function: bounded, results unchanged
                got = self._resolved[speaker] = self._resolve(speaker)
            return got
        return self._resolve(speaker, matches)

    def _resolve(self, speaker: str, matches=None) -> tuple[str, str, str]:
        if not speaker.strip():
            return "", UNATTRIBUTED, ""
        matches = self.find(speaker) if matches is None else matches
        # a place after the head noun is no speaker: "un diplomate européen en poste à Moscou"
        while matches and matches[0].start <= len(speaker) and _PLACE_BEFORE.search(speaker[:matches[0].start]):
            matches = matches[1:]
        if not matches:
            return "", OTHER, ""
        matches = _head_group(speaker, matches)
        sides = []
        for m in matches:
            if m.side not in sides:
                sides.append(m.side)
        real = [s for s in sides if s not in (OTHER, JOINT)]
        if JOINT in sides and len(matches) == 1:
            m = matches[0]
            return m.actor, JOINT, "pl"
        if len(real) >= 2:
            names = []
            for m in matches:
                if m.side in real and m.actor not in names:
                    names.append(m.actor)
            return " and ".join(sorted(names)), JOINT, "pl"
        m = matches[0]
        return m.actor, m.side, m.gender


_COORD = re.compile(r"[\s\u00a0\u202f]*(?:,|et|ainsi que|&|comme)[\s\u00a0\u202f]*"
                    r"(?:(?:le|la|les|l'|l’|son|sa|ses|leur|leurs|M\.|MM\.|Mme|de|du|des)[\s\u00a0\u202f]*)*",
                    re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\w[\w'’ -]*[\s\u00a0\u202f](?:en poste|basée?s?|installée?s?|en visite|en mission|de passage)"
                          r"[\s\u00a0\u202f]+(?:à|au|aux|en)[\s\u00a0\u202f]*$", re.IGNORECASE)
_APPOS = re.compile(r"[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*(?:M\.|Mme)?[\s\u00a0\u202f]*")


def _head_group(speaker: str, matches: list) -> list:
    """The actors a speaker phrase names as its head: the first alias, a name in apposition
    to it (``le porte-parole de la Maison-Blanche, Sean Spicer``), and the actors coordinated
    with it (``MM. Poutine et Trump``, ``Moscou et Washington``). An alias inside a modifier
    (``l'ambassadeur russe à Washington``) is not a co-speaker."""
    group = [matches[0]]
    for m in matches[1:]:
        gap = speaker[group[-1].end:m.start] if group[-1].end <= len(speaker) else None
        if gap is None:
            return matches  # offsets of another text: keep every match
        if _APPOS.fullmatch(gap) and m.side == group[-1].side:
            if m.type == "person":
                group[-1] = m  # a name in apposition is the more precise actor
            continue
        if _COORD.fullmatch(gap):
            group.append(m)
            continue
        break
    return group


def _alias_gender(alias: str) -> str:
    first = alias.strip().split(" ")[0].lower() if alias.strip() else ""
    if first in ("la", "une", "cette"):
        return "f"
    if first in ("le", "un", "ce", "cet", "son"):
        return "m"
    if first in ("les", "des", "deux", "ces", "leurs"):
        return "pl"
    return ""


@lru_cache(maxsize=1)
def _bundled_index() -> ActorIndex:
    return ActorIndex(load_actors())


def actor_index(actors=None) -> ActorIndex:
    """Compile an actor dictionary (``None``: the bundled one; a path; a DataFrame; an ActorIndex)."""
    if actors is None:
        return _bundled_index()
    if isinstance(actors, ActorIndex):
        return actors
    return ActorIndex(load_actors(actors))


def resolve_actor(speaker: str, *, actors=None) -> tuple[str, str]:
    """Canonical actor and side of a speaker string as written in an article.

    Parameters
    ----------
    speaker : str
        The attribution as written (``la présidence russe``, ``MM. Poutine et Trump``).
    actors : str, Path, DataFrame or ActorIndex, optional
        An actor dictionary (see :func:`load_actors`); the bundled one by default.

    Returns
    -------
    (actor, side) : tuple of str
        The first alias found gives the actor. Aliases of two or more sides
        give ``"joint"`` (actor names sorted and joined by `` and ``). A speaker naming no known actor
        gives ``("", "other")``; an empty speaker ``("", "unattributed")``.

    Examples
    --------
    >>> resolve_actor("le locataire de la Maison-Blanche")
    ('Donald Trump', 'white_house')
    >>> resolve_actor("un expert"), resolve_actor("")
    (('', 'other'), ('', 'unattributed'))
    """
    actor, side, _ = actor_index(actors).resolve(speaker)
    return actor, side
