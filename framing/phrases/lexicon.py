"""The phrase lexicon and the valence shifters: data files, their pattern syntax, compiled indexes.

Two data files drive the phrase stage (both under ``framing/data/``, indexed in its README):

* ``phrases.csv`` — the **lexicon**: one row per framing expression written as lemmas,
  with a polarity in [-1, 1], a frame and a note (see :func:`load_lexicon`).
* ``shifters.csv`` — the **valence shifters**: negators, intensifiers, dampeners,
  contrast and concession words, litotes (see :func:`load_shifters`).

Pattern syntax (lexicon and shifters)
-------------------------------------
A pattern is a space-separated sequence of items:

* a word, matched on its lemma *or* its lower-cased form, so ``vent contraire``
  matches «vents contraires» and «vent contraire»; simple inflections (+s, +e, +es)
  of the written form are accepted too, and the closed-class words ``de`` (du, des, d'),
  ``le`` (la, les, l'), ``à`` (au, aux), ``un`` (une, des), ``se`` (s'), ``ne`` (n')
  match their contracted and elided forms;
* alternatives ``a|b|c`` (one token each): ``regain|montée de tension``;
* a **gap** ``*`` (0 to 3 tokens) or ``*N`` (0 to N tokens): ``vent * contraire``
  also matches «les vents sont contraires».

A gap — and the space between any two words of a match — never crosses sentence or
clause punctuation (``. ! ? ; : … , ( ) [ ]``) or a line break. Written elisions are
split the way :func:`framing.french.tokens` splits them: ``s'efforcer de coordonner``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pandas as pd

from framing.french import WORD_RE, fold, lemma


#: The frames of a framing phrase (PHRASES.md): ``cooperation`` (agreement, dialogue,
#: rapprochement, shared aims, or their failure), ``conflict`` (tension, disagreement, rivalry,
#: threats between the sides), ``other`` (atmosphere, style, spectacle, uncertainty, the
#: meeting's form).
FRAMES = ("cooperation", "conflict", "other")
#: The finer labels of the ``detail`` column, in priority order: when a phrase holds entries
#: of several details, the first one wins.
DETAILS = (
    "humanitarian", "economy", "threat", "uncertainty", "diplomacy",
    "conflict", "cooperation", "neutral",
)
#: What a lexicon entry names: ``framing`` (it evaluates the relation or the talks: a framing
#: phrase), ``event`` (what happens in the world: «frappes», «troupes», «sanctions» as a topic),
#: ``topic`` (a bare neutral word of the talks: «sommet», «aborder», «entretien») and
#: ``procedural`` (attribution, sources, dates). Only ``framing`` entries are framing phrases;
#: the others still help scoring (a negation's scope, a frame's fallback).
KINDS = ("framing", "event", "topic", "procedural")
_TOPICAL = frozenset({"humanitarian", "economy", "threat", "uncertainty", "diplomacy"})
# a negated conflict entry asserts cooperation and the reverse («Moscou ne coopère plus»): detail
_FLIP = {"conflict": "cooperation", "cooperation": "conflict"}
# frame of an entry given only a finer label (a lexicon written before the three frames)
_COARSE = {"conflict": "conflict", "threat": "conflict", "cooperation": "cooperation",
           "uncertainty": "other", "neutral": "other"}


def coarse_frame(detail: str, polarity: float) -> str:
    """The frame (cooperation / conflict / other) of an entry that only has a finer label.

    ``diplomacy`` (the conduct of the talks) is cooperation when it has a polarity (good talks,
    or their failure) and other when it has none; ``economy`` and ``humanitarian`` follow the
    sign; any unknown label is ``other``.

    >>> coarse_frame("threat", -0.6), coarse_frame("diplomacy", 0.5), coarse_frame("diplomacy", 0.0)
    ('conflict', 'cooperation', 'other')
    """
    if detail in FRAMES:
        return detail
    if detail in _COARSE:
        return _COARSE[detail]
    if detail in ("diplomacy", "economy", "humanitarian") and polarity:
        return "cooperation" if polarity > 0 or detail == "diplomacy" else "conflict"
    return "other"


#: Kinds of valence shifters understood by the scorer.
SHIFTER_KINDS = (
    "negator", "reverser", "averter", "reverser-after", "intensifier", "dampener", "contrast", "concession",
    "litotes", "mention", "potential",
)
#: A negated valence is multiplied by this (VADER's N_SCALAR; the weight of a ``negator`` shifter).
NEGATION_SCALAR = -0.74
#: Maximal width of a bare ``*`` gap.
DEFAULT_GAP = 3

# Closed-class words whose contracted / elided / plural forms a pattern word also matches.
_EXPANSIONS = {
    "de": {"de", "d'", "du", "des"},
    "le": {"le", "la", "les", "l'"},
    "à": {"à", "au", "aux"},
    "un": {"un", "une", "des"},
    "se": {"se", "s'"},
    "ne": {"ne", "n'"},
    "que": {"que", "qu'"},
    "ce": {"ce", "c'", "cet", "cette", "ces"},
}


# --------------------------------------------------------------------------- patterns
_SE = frozenset(_EXPANSIONS["se"])  # «se», «s'»
_NE = frozenset(_EXPANSIONS["ne"])  # «ne», «n'»
# forms of «être» between «se» and a participle: «s'est», «se sont», «s'était», «se seraient»
ETRE = frozenset({"est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "soit", "soient",
                  "fut", "furent", "été", "être", "étant"})
# adverbs that may stand after that form of «être»: «se sont vite dissipés», «s'est finalement rencontré»
# (with any adverb in -ment); negation adverbs are not among them: «ne … pas» is read by the shifters
AUX_ADVERBS = frozenset({"vite", "déjà", "bien", "mal", "très", "enfin", "aussitôt", "encore", "aussi", "alors",
                         "ensuite", "pourtant", "toutefois", "néanmoins", "soudain", "peu", "tant", "si",
                         "beaucoup", "tôt", "tard", "vraiment", "désormais", "depuis", "toujours"})


def _aux_adverb(word: str) -> bool:
    """Whether ``word`` is an adverb that may follow «être» in a compound tense after «se»."""
    return word in AUX_ADVERBS or (len(word) > 6 and word.endswith("ment"))


@dataclass(frozen=True)
class _Slot:
    gap: int  # how many tokens may be skipped before this slot (0 for the first)
    forms: frozenset
    exact: bool = False  # «=form»: the token as written must be one of ``forms`` (its lemma is not tried)
    aux: bool = False  # after «se»: it may skip a form of «être» and one adverb («s'est vite tendue»)


@dataclass(frozen=True)
class _Pattern:
    text: str
    slots: tuple
    size: int = field(init=False)
    #: The forms of each word after the first, the likeliest to be missing from a text first (a
    #: long word before «de» or «la»): what _Doc.possible looks for.
    needed: tuple = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "size", len(self.slots))
        rest = sorted((s.forms for s in self.slots[1:]), key=lambda forms: -min(map(len, forms), default=0))
        object.__setattr__(self, "needed", tuple(rest))


#: Verbs of the third group whose forms the regular endings miss: (ending, its replacements) ->
#: participles and present forms («ouvrir», «offrir», «couvrir»; verbs in -re not stem + «u»).
_THIRD_GROUP = (
    ("vrir", ("vre", "vres", "vrent", "vert", "verte", "verts", "vertes")),  # «ouvrir» -> «ouvrent», «ouvert»
    ("frir", ("fre", "fres", "frent", "fert", "ferte", "ferts", "fertes")),  # «offrir» -> «offre», «offert»
    ("prendre", ("pris", "prise", "prises", "prend", "prennent")),  # «reprendre» -> «repris», «reprennent»
    ("soudre", ("solu", "solue", "solus", "solues", "sout", "solvent")),  # «résoudre» -> «résolu», «résout»
    ("uire", ("uit", "uite", "uits", "uites", "uisent")),  # «produire» -> «produit», «réduit», «construit»
    ("clure", ("clu", "clue", "clus", "clues", "clut", "cluent")),  # «conclure» -> «conclu», «exclut»
    ("indre", ("int", "inte", "ints", "intes", "ignent")),  # «craindre» -> «craint», «éteindre» -> «éteint»
    ("mettre", ("mis", "mise", "mises", "met", "mettent")),  # «promettre» -> «promis», «remettre» -> «remis»
)


def third_group_forms(word: str) -> set[str] | None:
    """Participles and present forms of a third-group verb of an irregular class, or None for any other word.

    The lemmatiser reads some of them as other words («produit» the noun, «reprise» of «repriser»,
    «ouvrent» of «ouvrer»), so the lexicon and the compositional rules add them to a verb's forms.

    >>> sorted(third_group_forms("produire")), third_group_forms("signer")
    (['produisent', 'produit', 'produite', 'produites', 'produits'], None)
    """
    for ending, forms in _THIRD_GROUP:
        if word.endswith(ending) and len(word) > len(ending):  # the bare «mettre», «prendre»: the lemmatiser's
            return {word[: -len(ending)] + f for f in forms}
    return None


def _word_forms(word: str) -> set[str]:
    w = fold(word)
    forms = {w, lemma(w)}
    if w in _EXPANSIONS:
        forms |= _EXPANSIONS[w]
    elif len(w) > 2 and w[-1].isalpha():
        forms |= {w + "s", w + "x", w + "e", w + "es"}
        # feminine and plural forms the lemmatiser may leave alone («vives», «franches»; «complète» and
        # «muette»: -et gives both)
        for masc, fem in (("if", "ive"), ("eux", "euse"), ("el", "elle"), ("en", "enne"),
                          ("on", "onne"), ("er", "ère"), ("c", "che"), ("et", "ète"), ("et", "ette"),
                          ("eau", "elle"), ("g", "gue"), ("ef", "ève"), ("eil", "eille"), ("ul", "ulle")):
            if w.endswith(masc):
                f = w[: -len(masc)] + fem
                forms |= {f, f + "s"}
        if w.endswith("al"):
            forms.add(w[:-2] + "aux")
        # past participles, which the lemmatiser often keeps as adjectives (entendu, gelé)
        # and present-tense forms the lemmatiser may read as nouns («claque», «rompt»)
        stems = []
        if w.endswith("er"):
            stems.append(w[:-2] + "é")
            forms |= {w[:-2] + "e", w[:-2] + "ent"}
            # «lever» -> «lève», «céder» -> «cède»: the lemmatiser may keep these forms
            m = re.search(r"[eé]([^aeiouyéèêàâîïôûù]+)$", w[:-2])
            if m:
                grave = w[: m.start()] + "è" + m.group(1)
                forms |= {grave + "e", grave + "es", grave + "ent"}
        elif (third := third_group_forms(w)) is not None:
            forms |= third
        elif w.endswith("ir"):
            stems += [w[:-2] + "i", w[:-2] + "u"]
            forms |= {w[:-2] + "it", w[:-2] + "issent"}
        elif w.endswith("re"):
            stems.append(w[:-2] + "u")
            forms |= {w[:-2], w[:-2] + "t", w[:-2] + "ent"}
        for st in stems:
            forms |= {st, st + "e", st + "s", st + "es"}
    return forms


def _parse_pattern(pattern: str) -> list[_Slot]:
    """Parse ``pattern`` into slots; raise ValueError with a reason.

    A word matches its lemma and the forms of it (:func:`_word_forms`); a word written ``=form``
    matches that form only («=affrontements», the clashes, and not «un affrontement direct»).

    >>> [sorted(s.forms) for s in _parse_pattern("=affrontements")]
    [['affrontements']]
    """
    slots: list[_Slot] = []
    gap = 0
    for item in str(pattern).split():
        if item.startswith("*"):
            if not slots:
                raise ValueError("a pattern cannot start with a gap")
            rest = item[1:]
            if rest and not rest.isdigit():
                raise ValueError(f"bad gap {item!r} (write * or *N)")
            gap += int(rest) if rest else DEFAULT_GAP
            continue
        if "|" in item:
            alts = [a for a in item.split("|") if a]
            if not alts:
                raise ValueError(f"empty alternative in {item!r}")
            forms: set[str] = set()
            exact = [alt.startswith("=") for alt in alts]
            if any(exact) and not all(exact):
                raise ValueError(f"{item!r}: write every alternative as =form, or none")
            for alt in alts:
                toks = [m.group() for m in WORD_RE.finditer(alt)]
                if len(toks) != 1:
                    raise ValueError(f"alternative {alt!r} must be one word")
                forms |= {fold(toks[0])} if alt.startswith("=") else _word_forms(toks[0])
            slots.append(_Slot(gap, frozenset(forms), exact=all(exact)))
            gap = 0
            continue
        toks = [m.group() for m in WORD_RE.finditer(item)]
        if not toks:
            raise ValueError(f"{item!r} holds no word")
        if item.startswith("="):  # «=affrontements»: this form only, not its lemma's other forms
            if len(toks) != 1:
                raise ValueError(f"{item!r}: an exact form must be one word")
            slots.append(_Slot(gap, frozenset({fold(toks[0])}), exact=True))
            gap = 0
            continue
        for tok in toks:
            slots.append(_Slot(gap, frozenset(_word_forms(tok))))
            gap = 0
    if not slots:
        raise ValueError("empty pattern")
    if gap:
        raise ValueError("a pattern cannot end with a gap")
    # a verb right after «se» also matches its compound tenses: «se tendre» in «s'est (vite) tendue»
    for k in range(1, len(slots)):
        if slots[k].gap == 0 and not slots[k].exact and _SE <= slots[k - 1].forms:
            slots[k] = _Slot(2, slots[k].forms, aux=True)
    return slots


# --------------------------------------------------------------------------- loading
def _read_table(source, default: str, required: list[str]) -> tuple[str, pd.DataFrame, list[str]]:
    """Read a lexicon-like CSV (path, package default) or take a DataFrame: name, table, row places."""
    from framing.datafiles import read_table

    table = read_table(source, default=default, required=required, what="file", frame_rows="row", ragged=True)
    return table.attrs["name"], table, table.attrs["where"]


def _checked_pattern(value, name: str, where: str):
    """A lexicon or shifter pattern with its white space folded, and its parsed slots.

    Raises a ValueError naming the file and line for an empty or malformed pattern.
    """
    pattern = " ".join(_text(value).split())
    if not pattern:
        raise ValueError(f"{name}, {where}: empty pattern")
    try:
        return pattern, _parse_pattern(pattern)
    except ValueError as exc:
        raise ValueError(f"{name}, {where}: bad pattern {pattern!r}: {exc}") from None


def _as_float(value, name, where, column, lo, hi) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name}, {where}: {column} {value!r} is not a number in [{lo}, {hi}]") from None
    if not (lo <= x <= hi) or math.isnan(x):
        raise ValueError(f"{name}, {where}: {column} {x} is outside [{lo}, {hi}]")
    return x


def _text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def load_lexicon(path_or_df=None) -> pd.DataFrame:
    """Load and validate a framing-phrase lexicon.

    Parameters
    ----------
    path_or_df : str, Path or DataFrame, optional
        A CSV file or a table with columns ``pattern, polarity, frame`` (``detail``,
        ``kind``, ``note`` and ``source`` optional); by default the bundled
        ``framing/data/phrases.csv``. Lines starting with ``#`` are comments.

    Returns
    -------
    DataFrame
        One row per entry: ``pattern`` (str), ``polarity`` (float in [-1, 1]),
        ``frame`` (str, one of :data:`FRAMES`), ``detail`` (str, a finer label,
        see :data:`DETAILS`), ``kind`` (str, one of :data:`KINDS`), ``note`` (str),
        ``source`` (str), ``size`` (int, number of words). Duplicate patterns keep
        their last row.

        A lexicon written with the finer labels in ``frame`` (``threat``,
        ``diplomacy``...) still loads: the label moves to ``detail`` and the frame
        follows :func:`coarse_frame`. Without a ``kind`` column, entries of detail
        ``neutral`` are ``procedural``, entries without polarity are ``topic``,
        the others ``framing``.

    Raises
    ------
    ValueError
        Naming the file and line of an empty or malformed pattern, a polarity that is
        not a number in [-1, 1], an empty frame or an unknown kind.

    Examples
    --------
    >>> lex = load_lexicon()
    >>> lex.set_index("pattern").loc["vent contraire", ["frame", "kind"]].tolist()
    ['conflict', 'framing']
    >>> lex.set_index("pattern").loc["sommet", "kind"]
    'topic'
    """
    name, df, where = _read_table(path_or_df, "phrases.csv", ["pattern", "polarity", "frame"])
    out = []
    for i, row in enumerate(df.itertuples(index=False)):
        r = row._asdict()
        pattern, slots = _checked_pattern(r["pattern"], name, where[i])
        pol = _as_float(r["polarity"], name, where[i], "polarity", -1, 1)
        frame = _text(r["frame"])
        if not frame:
            raise ValueError(f"{name}, {where[i]}: empty frame (use one of {', '.join(FRAMES)})")
        detail = _text(r.get("detail", "")) or frame
        if frame not in FRAMES:
            frame = coarse_frame(frame, pol)
        kind = _text(r.get("kind", "")).lower()
        if not kind:
            kind = "procedural" if detail == "neutral" else "topic" if pol == 0 else "framing"
        if kind not in KINDS:
            raise ValueError(f"{name}, {where[i]}: unknown kind {kind!r} (use one of {', '.join(KINDS)})")
        out.append({
            "pattern": pattern, "polarity": pol, "frame": frame, "detail": detail, "kind": kind,
            "note": _text(r.get("note", "")), "source": _text(r.get("source", "")),
            "size": len(slots),
        })
    cols = ["pattern", "polarity", "frame", "detail", "kind", "note", "source", "size"]
    table = pd.DataFrame(out, columns=cols)
    table = table.drop_duplicates("pattern", keep="last").reset_index(drop=True)
    return table.astype({"pattern": object, "polarity": "float64", "frame": object, "detail": object,
                         "kind": object, "note": object, "source": object, "size": "int64"})


def load_shifters(path_or_df=None) -> pd.DataFrame:
    """Load and validate a table of valence shifters.

    Parameters
    ----------
    path_or_df : str, Path or DataFrame, optional
        A CSV file or table with columns ``pattern, kind, weight`` (``requires``,
        ``note`` and ``acts_on`` optional); by default the bundled
        ``framing/data/shifters.csv``.

    Returns
    -------
    DataFrame
        ``pattern`` (str, same syntax as the lexicon), ``kind`` (one of
        :data:`SHIFTER_KINDS`: negator, reverser, averter (a reverser that states an
        aim against what it governs: «éviter la guerre»), reverser-after, intensifier,
        dampener, contrast, concession, litotes, mention), ``weight`` (float: a
        multiplier for intensifier, dampener, contrast, concession and mention, and of
        the negated valence for negators; the valence of the litotes itself for
        litotes; unused for reversers), ``requires`` (str: a word that must come
        earlier in the clause, e.g. ``ne`` for «plus»; "" if none), ``acts_on``
        (str: which units a reverser turns, ``negative``, ``positive`` or ``any``;
        empty means ``negative`` for reversers and averters and ``any`` otherwise), ``note``.
        When several rows share a first word, the longest pattern and then the first
        applicable row win.

    Raises
    ------
    ValueError
        Naming the file and line of an empty pattern, an unknown kind, a bad weight
        or a bad ``acts_on``.

    Examples
    --------
    >>> sh = load_shifters()
    >>> sorted(set(sh.kind)) == sorted(SHIFTER_KINDS)
    True
    """
    name, df, where = _read_table(path_or_df, "shifters.csv", ["pattern", "kind", "weight"])
    out = []
    for i, row in enumerate(df.itertuples(index=False)):
        r = row._asdict()
        pattern, _ = _checked_pattern(r["pattern"], name, where[i])
        kind = _text(r["kind"]).lower()
        if kind not in SHIFTER_KINDS:
            raise ValueError(
                f"{name}, {where[i]}: unknown shifter kind {kind!r} (use one of {', '.join(SHIFTER_KINDS)})"
            )
        lo, hi = (-1, 1) if kind == "litotes" else (0, 5)
        weight = _as_float(r["weight"] if _text(r["weight"]) else 1.0, name, where[i], "weight", lo, hi)
        acts_on = _text(r.get("acts_on", "")).lower()
        if acts_on not in ("", "negative", "positive", "any"):
            raise ValueError(
                f"{name}, {where[i]}: acts_on {acts_on!r} must be negative, positive, any or empty"
            )
        if not acts_on:
            acts_on = "negative" if kind in ("reverser", "averter") else "any"
        out.append({"pattern": pattern, "kind": kind, "weight": weight,
                    "requires": fold(_text(r.get("requires", ""))), "acts_on": acts_on,
                    "note": _text(r.get("note", ""))})
    table = pd.DataFrame(out, columns=["pattern", "kind", "weight", "requires", "acts_on", "note"])
    return table.astype({"pattern": object, "kind": object, "weight": "float64",
                         "requires": object, "acts_on": object, "note": object})


# --------------------------------------------------------------------------- compiled forms
@dataclass(frozen=True)
class _Entry:
    pattern: _Pattern
    polarity: float
    frame: str  # cooperation / conflict / other
    detail: str = ""  # the finer label
    kind: str = "framing"


class _Index:
    """Patterns indexed by the forms of their first word."""

    def __init__(self, items):
        self.by_first: dict[str, list] = {}
        for item in items:
            for form in item.pattern.slots[0].forms:
                self.by_first.setdefault(form, []).append(item)
        for lst in self.by_first.values():
            lst.sort(key=lambda it: -it.pattern.size)

        self._merged: dict[tuple, list] = {}
        self._fast: dict[tuple, list] = {}
        self._split: dict[tuple, tuple] = {}
        self.max_size = max((it.pattern.size for it in items), default=0)

    def candidates(self, lem: str, low: str):
        a = self.by_first.get(lem)
        if low == lem:
            return a or ()
        b = self.by_first.get(low)
        if a is None:
            return b or ()
        if b is None:
            return a
        key = (lem, low)
        merged = self._merged.get(key)
        if merged is None:
            seen = set(map(id, a))
            # longest first; among equals an exact form («=affrontements») before the lemma's entries
            merged = sorted(a + [x for x in b if id(x) not in seen],
                            key=lambda it: (-it.pattern.size, not it.pattern.slots[0].exact))
            self._merged[key] = merged
        return merged

    def fast(self, lem: str, low: str):
        """Candidates as (size, gap of word 2, forms of word 2, item), longest first."""
        return self.info(lem, low)[0]

    def info(self, lem: str, low: str):
        """(fast candidates, whether one needs no second-word test, union of gap-free second words)."""
        key = (lem, low)
        got = self._fast.get(key)
        if got is None:
            cands, loose, second = [], False, set()
            for it in self.candidates(lem, low):
                sl = it.pattern.slots
                if sl[0].exact and low not in sl[0].forms:
                    continue  # «=commande»: «commandes» has the lemma, not the form
                if len(sl) == 1 or sl[1].gap:
                    loose = True
                else:
                    second |= sl[1].forms
                cands.append((len(sl), sl[1].gap if len(sl) > 1 else 0,
                              sl[1].forms if len(sl) > 1 else None, it))
            got = (cands, loose, frozenset(second))
            self._fast[key] = got
        return got

    def split(self, lem: str, low: str):
        """The candidates of a first word, split by the test they need, each as (rank, candidate).

        Returns ``(loose, singles, by2, gap_by2, reach)``: ``loose``, the candidates that
        need a full test (one word, or a gap before the second word); ``singles``, the
        one-word ones among them; ``by2``, {second word form: gap-free candidates};
        ``gap_by2``, {second word form: [(rank, gap)] of the gapped candidates}: a gapped
        candidate can match only if its second word occurs within its gap + 1 tokens after
        the first word, never farther than ``reach`` + 1.
        """
        key = (lem, low)
        got = self._split.get(key)
        if got is None:
            loose, singles, by2, gap_by2, reach = [], [], {}, {}, 0
            for rank, c in enumerate(self.fast(lem, low)):
                if c[0] == 1:
                    loose.append((rank, c))
                    singles.append((rank, c))
                elif c[1]:
                    loose.append((rank, c))
                    for f in c[2]:
                        gap_by2.setdefault(f, []).append((rank, c[1]))
                    reach = max(reach, c[1])
                else:
                    for f in c[2]:
                        by2.setdefault(f, []).append((rank, c))
            got = (loose, singles, by2, gap_by2, reach)
            self._split[key] = got
        return got


@dataclass(frozen=True)
class _Shifter:
    pattern: _Pattern
    kind: str
    weight: float
    requires: frozenset
    acts_on: str = "any"


class _Shifters:
    def __init__(self, table: pd.DataFrame):
        items = []
        for r in table.itertuples(index=False):
            req = frozenset(_word_forms(r.requires)) if r.requires else frozenset()
            for variant in _contracted(r.pattern):  # «à le agenda» matches «à l'agenda» and «à l'» / «au»
                items.append(_Shifter(_Pattern(r.pattern, tuple(_parse_pattern(variant))),
                                      r.kind, float(r.weight), req, r.acts_on))
        self.items = items
        self.index = _Index(items)
        # the two passes over a document: every shifter but litotes and reversers-after, then those
        # (each index keeps the order of the full one: longest first, then file order)
        self.main = _Index([s for s in items if s.kind not in ("litotes", "reverser-after")])
        self.after = _Index([s for s in items if s.kind == "reverser-after"])
        self.litotes = _Index([s for s in items if s.kind == "litotes"])
        # multiword shifters claim their words against shorter lexicon entries («sans doute»)
        # (reversers do not: «s'enliser» and «tourner la page» are lexicon entries as well)
        self.multi = _Index([s for s in items if s.kind not in ("litotes", "reverser", "averter", "reverser-after",
                                                                 "potential", "mention") and s.pattern.size > 1])
        # words that present a hostile act as possible rather than done («n'exclut pas une riposte»)
        self.potential = _Index([s for s in items if s.kind == "potential"])
        # single-word intensifiers/dampeners (for extending a match span to the left)
        self.degree_words = frozenset(
            f for s in items if s.kind in ("intensifier", "dampener") and s.pattern.size == 1
            for f in s.pattern.slots[0].forms
        )
        self.ne_negators = frozenset(
            f for s in items if s.kind == "negator" and s.requires and s.pattern.size == 1
            for f in s.pattern.slots[0].forms
        ) | frozenset({"pas", "jamais", "rien"})


@lru_cache(maxsize=1)
def _bundled_index() -> _Index:
    return _compile_lexicon(load_lexicon())


@lru_cache(maxsize=1)
def _bundled_shifters() -> _Shifters:
    return _Shifters(load_shifters())


_CONTRACTED = {"de": "du|des", "à": "au|aux"}


def _contracted(pattern: str) -> list[str]:
    """The pattern and its variants with «de le» / «à le» written as the contractions «du» / «au».

    The closed-class words of a pattern match their own contracted forms one token each, so
    «voie de le dialogue» needs a variant to match «la voie du dialogue» (one token for two);
    each pair may be contracted or not («il y a loin de la coupe aux lèvres»).

    >>> _contracted("voie de le dialogue")
    ['voie de le dialogue', 'voie du|des dialogue']
    >>> "loin de le coupe au|aux lèvre" in _contracted("loin de le coupe à le lèvre")
    True
    >>> _contracted("bras de fer")
    ['bras de fer']
    """
    from itertools import product

    items = pattern.split()
    pairs = [k for k in range(len(items) - 1) if items[k] in _CONTRACTED and items[k + 1] == "le"]
    if not pairs:
        return [pattern]
    out = []
    for choice in product((False, True), repeat=len(pairs)):
        words, k = [], 0
        contract = {p for p, c in zip(pairs, choice) if c}
        while k < len(items):
            if k in contract:
                words.append(_CONTRACTED[items[k]])
                k += 2
            else:
                words.append(items[k])
                k += 1
        out.append(" ".join(words))
    return out


def _compile_lexicon(table: pd.DataFrame) -> _Index:
    items = [
        _Entry(_Pattern(r.pattern, tuple(_parse_pattern(variant))), float(r.polarity), str(r.frame),
               str(r.detail), str(r.kind))
        for r in table.itertuples(index=False) for variant in _contracted(r.pattern)
    ]
    return _Index(items)


def _get_index(lexicon) -> _Index:
    if lexicon is None:
        return _bundled_index()
    if isinstance(lexicon, _Index):
        return lexicon
    return _compile_lexicon(load_lexicon(lexicon))


def _get_shifters(shifters) -> _Shifters:
    if shifters is None:
        return _bundled_shifters()
    if isinstance(shifters, _Shifters):
        return shifters
    return _Shifters(load_shifters(shifters))


@lru_cache(maxsize=1)
def _fallback_words() -> dict[str, float]:
    """vaderSentiment-fr's French word lexicon (MIT), values divided by 4; {} if not installed."""
    try:
        raw = resources.files("vaderSentiment_fr").joinpath("fr_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    words = {}
    for line in raw.splitlines():
        word, sep, value = line.rpartition("->")
        if not sep or not word or not word[0].isalpha():
            continue
        try:
            words[fold(word)] = float(value) / 4.0
        except ValueError:
            continue
    return words
