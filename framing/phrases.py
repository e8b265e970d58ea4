"""Framing phrases: find them, score their polarity, give them a frame, grow the lexicon.

Two data files drive this stage (both under ``framing/data/``, indexed in its README):

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

Matching (find_phrases)
-----------------------
The lexicon is compiled into an index keyed by the first word of each entry, so a
document is tokenised and lemmatised once and scanned once. Among overlapping matches
the **longest wins** (most words, then shortest span), so «regain de tension» is one
match, never also «tension». The reported span is the match extended to the left over
directly adjacent intensifiers and dampeners («très bonne conversation» for the entry
``bon conversation``); negation is reported in the ``negated`` column, not in the span.

Valence shifters
----------------
Applied the way VADER applies them (Hutto & Gilbert 2014, *VADER: a parsimonious
rule-based model for sentiment analysis of social media text*, ICWSM), adapted to
French:

* a unit (a lexicon match or a fallback word) is **negated** when a negator occurs in
  the 4 tokens before it (same clause; VADER uses 3, French adds a determiner: «ne
  souhaite pas une nouvelle guerre») or inside its gaps — «pas», «jamais», «aucun»,
  «sans», «loin de», «ni», «rien», «peu», «nullement»; the scope of a negator stops at
  the first unit after it («pas hostile à un rapprochement» negates «hostile» only);
  «plus», «guère», «point» negate only with a preceding «ne» (so «plus de coopération»
  is *more* cooperation), and a bare «ne» negates after «ni», «personne», «rien»,
  «aucun», «nul» («ni Moscou ni Washington ne veulent l'escalade»); «ne» before the
  unit and «pas/plus/jamais/guère» right after it («ils ne coopèrent plus») negate too.
  A negated valence is multiplied by -0.74 (VADER's ``N_SCALAR``) and by the
  negator's weight (1 for all but «pas encore», 0.15: pending rather than denied);
* a **positive subject of a negated verb** is denied: a «ne … pas/plus/jamais» within
  :data:`AFTER_REACH` tokens after a positive unit (same clause) negates it («l'aide ne
  parvient plus», «un dialogue qui n'a jamais repris»); a negative subject keeps its
  sign («la tension ne baisse pas»);
* **intensifiers** and **dampeners** in the same window multiply the valence by their
  weight, with VADER's decay (full weight next to the unit, 95 % and 90 % further off);
  one directly *after* the unit counts too, since French adjectives follow the noun
  («une avancée timide», «un désaccord profond»);
* **reversers** («apaiser», «désamorcer», «lever», «allègement de», «lutter contre») up
  to 4 tokens before a unit turn it («apaiser les tensions», «la levée partielle de
  l'embargo»), unless they are negated themselves («loin d'apaiser les tensions»);
  **reversers-after** («écarté», «rompue», «s'éloigne», «de façade», «ne tient qu'à un
  fil») turn a unit they follow within :data:`AFTER_REACH` tokens of its clause («le
  risque d'une confrontation s'éloigne», «un dialogue de façade»), after
  sentiment-composition rules (Moilanen & Pulman 2007). The ``acts_on`` column says
  which units a reverser turns: ``negative`` («apaiser», «s'estomper»), ``positive``
  («torpiller», «tourner court») or ``any`` («suspendre»: «suspend sa coopération» is
  negative, «suspendre les sanctions» positive). A negation between a unit and its
  reverser-after turns the reverser instead: «le dialogue n'est pas rompu» is positive;
* after a **contrast** word («mais», «cependant», «toutefois»...) units weigh ``weight``
  (1.5) and before it ``2 - weight`` (0.5), as VADER does for "but"; when the two halves
  have opposite signs and the result stays under :data:`CONTRAST_BAND` (0.2) the phrase
  is neutral: the halves balance («ouvert au dialogue mais vigilant»);
* **mention** words («sera discuté», «a été abordé», «ont évoqué», «à l'ordre du jour»)
  multiply every unit of their clause by their weight (0.1): a topic is mentioned, not
  evaluated («le sort des prisonniers sera discuté»); a negator right before them
  negates the mention, not the topic («ils n'ont pas évoqué les sanctions»);
* **concession** words («malgré», «bien que», «en dépit de») multiply the units of
  their clause by their weight (0.5): in «Malgré les vents contraires, ils s'efforcent
  de coordonner» the main clause weighs more;
* **litotes** («n'exclut pas», «pas inutile», «non sans») are matched first, count as a
  unit of valence ``weight``, and their negation does not spread to what follows;
* **potential** words («n'exclut pas», «se réserve le droit de», «menace de», «se dit prêt
  à») leave the valence alone but turn a negative ``conflict`` phrase into ``threat``: a
  hostile act that may come («Moscou n'exclut pas une riposte»);
* «jamais … aussi/si/autant» is a superlative, not a negation: the unit is multiplied by
  :data:`SUPERLATIVE` (1.3) instead («jamais la tension n'avait été aussi vive»); a
  negation followed by «encore» is pending and weighs :data:`PENDING` (0.15) («aucun
  accord n'est encore trouvé»), like «pas encore»;
* a unit without polarity (a topic word such as «croire à», «sommet») does not stop the
  scope of a negator («personne ne croit à un accord rapide» negates «accord»);
* a shifter inside a longer one belongs to it: «ne cesse de» is an intensifier, not the
  reverser «cesser» («le fossé ne cesse de se creuser»), and a negator inside a longer
  reverser-after is part of it («les essais ne reprendront pas» denies the tests).

Scoring (score_phrase)
----------------------
Units are, in order of precedence: litotes, lexicon matches (longest first), then a
word-level fallback for the remaining content words: vaderSentiment-fr's French word
lexicon (Deprez & Ek, MIT; values on [-4, 4] divided by 4, then scaled by
``FALLBACK_SCALE`` = 0.5 because single words are weaker evidence than our phrases);
only strong words (``abs(value / 4) >= FALLBACK_MIN`` = 0.5) count, so procedural
wording («poursuivre», «part», «préciser») is not scored from a noisy word list.
The phrase polarity is the sum of the shifted unit valences clipped to [-1, 1]; the label
is "neutral" when ``abs(polarity) < NEUTRAL_THRESHOLD`` (0.1). The frame is the first
frame, in the priority order of :data:`FRAMES`, among the lexicon entries that matched
and carry polarity (a phrase about sanctions is ``economy`` even when it also mentions
tension); the topical frames (humanitarian, economy, threat, uncertainty, diplomacy)
count even from an entry without polarity («un échange glacial» is diplomacy, as the
conventions' first-matching-rule order says), while conflict and cooperation need
polarity; a
``conflict`` entry counting as ``cooperation`` and the reverse («Moscou ne coopère
plus» asserts conflict); when that frame is conflict or cooperation, the sign of the
phrase decides between the two («les deux rivaux ont enterré la hache de guerre» is
cooperation). Procedural entries (frame ``neutral``: «selon», «a déclaré», «prévu»)
win when the phrase is neutral and every other entry is neutral in polarity; they never
frame an evaluative phrase. When no lexicon entry matches, the
frame follows the sign of the polarity (negative -> "conflict", positive ->
"cooperation", neutral -> "neutral").

Frames
------
In priority order: ``humanitarian`` (civilians, victims, refugees, prisoners, aid),
``economy`` (sanctions, trade, energy, prices), ``threat`` (threats, warnings,
ultimatums, military and nuclear risk, escalation that could happen), ``uncertainty``
(doubt, unpredictability, fragility, open outcome), ``diplomacy`` (the conduct and tone
of talks: calls, meetings, summits, negotiations, whatever their tone), ``conflict``
(hostility, disagreement, rivalry, accusations, fighting), ``cooperation`` (agreement,
partnership, joint action, rapprochement, de-escalation, ceasefires) and ``neutral``
(procedural wording with no frame: attribution, sources, dates).

Examples
--------
>>> s = score_phrase("pas une très bonne conversation")
>>> s.label, s.negated, s.entries
('negative', True, ('bon conversation',))
>>> score_phrase("enterrer la hache de guerre").label
'positive'
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from framing.french import WORD_RE, content_text, fold, lemma, stopwords

__all__ = [
    "FRAMES",
    "SHIFTER_KINDS",
    "NEUTRAL_THRESHOLD",
    "FALLBACK_SCALE",
    "FALLBACK_MIN",
    "AFTER_REACH",
    "CONTRAST_BAND",
    "NEGATION_SCALAR",
    "PHRASE_COLUMNS",
    "CANDIDATE_COLUMNS",
    "Unit",
    "PhraseScore",
    "load_lexicon",
    "load_shifters",
    "score_phrase",
    "find_phrases",
    "candidate_phrases",
]

#: Frame labels used by the bundled lexicon (a user lexicon may use others).
#: In priority order: when a phrase holds entries of several frames, the first one wins.
FRAMES = (
    "humanitarian", "economy", "threat", "uncertainty", "diplomacy",
    "conflict", "cooperation", "neutral",
)
_TOPICAL = frozenset({"humanitarian", "economy", "threat", "uncertainty", "diplomacy"})
# a negated conflict entry asserts cooperation and the reverse («Moscou ne coopère plus»)
_FLIP = {"conflict": "cooperation", "cooperation": "conflict"}
#: Kinds of valence shifters understood by the scorer.
SHIFTER_KINDS = (
    "negator", "reverser", "reverser-after", "intensifier", "dampener", "contrast", "concession", "litotes",
    "mention", "potential",
)
#: Below this absolute polarity a phrase is labelled "neutral".
NEUTRAL_THRESHOLD = 0.1
#: Word-level fallback valences (vaderSentiment-fr, divided by 4) are multiplied by this.
FALLBACK_SCALE = 0.5
#: A negated valence is multiplied by this (VADER's N_SCALAR).
NEGATION_SCALAR = -0.74
#: How many tokens before a unit are searched for shifters (VADER: 3).
WINDOW = 3
#: How many tokens after a unit (same clause) are searched for a reverser-after or a negated verb.
AFTER_REACH = 6
#: Fallback words weaker than this (after dividing vaderSentiment-fr's value by 4) are ignored.
FALLBACK_MIN = 0.5
#: Phrases whose two halves around «mais» have opposite signs are neutral below this.
CONTRAST_BAND = 0.2
#: A negation followed by «encore» («rien n'est encore acquis») is pending: its weight.
PENDING = 0.15
#: «jamais … aussi/si/autant» is a superlative: this multiplier replaces the negation.
SUPERLATIVE = 1.3
#: Maximal width of a bare ``*`` gap.
DEFAULT_GAP = 3
_DECAY = (1.0, 0.95, 0.9)

PHRASE_COLUMNS = {
    "doc_id": "object", "start": "int64", "end": "int64", "phrase": "object",
    "entry": "object", "polarity": "float64", "label": "object", "frame": "object",
    "negated": "bool", "intensity": "float64",
}
CANDIDATE_COLUMNS = {
    "group": "object", "phrase": "object", "lemmas": "object", "n": "int64",
    "count": "int64", "n_docs": "int64", "score": "float64", "keyness": "float64",
    "example": "object",
}

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
# What a gap (and the space between two words of a match) may not contain.
_BOUNDARY = re.compile(r"[.!?;:…,()\[\]\n]")
_APOS = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


# --------------------------------------------------------------------------- patterns
@dataclass(frozen=True)
class _Slot:
    gap: int  # how many tokens may be skipped before this slot (0 for the first)
    forms: frozenset


@dataclass(frozen=True)
class _Pattern:
    text: str
    slots: tuple
    size: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "size", len(self.slots))


def _word_forms(word: str) -> set[str]:
    w = fold(word)
    forms = {w, lemma(w)}
    if w in _EXPANSIONS:
        forms |= _EXPANSIONS[w]
    elif len(w) > 2 and w[-1].isalpha():
        forms |= {w + "s", w + "x", w + "e", w + "es"}
        # feminine and plural forms the lemmatiser may leave alone («vives», «franches»)
        for masc, fem in (("if", "ive"), ("eux", "euse"), ("el", "elle"), ("en", "enne"),
                          ("on", "onne"), ("er", "ère"), ("c", "che"), ("et", "ète")):
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
    """Parse ``pattern`` into slots; raise ValueError with a reason."""
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
            for alt in alts:
                toks = [m.group() for m in WORD_RE.finditer(alt)]
                if len(toks) != 1:
                    raise ValueError(f"alternative {alt!r} must be one word")
                forms |= _word_forms(toks[0])
            slots.append(_Slot(gap, frozenset(forms)))
            gap = 0
            continue
        toks = [m.group() for m in WORD_RE.finditer(item)]
        if not toks:
            raise ValueError(f"{item!r} holds no word")
        for tok in toks:
            slots.append(_Slot(gap, frozenset(_word_forms(tok))))
            gap = 0
    if not slots:
        raise ValueError("empty pattern")
    if gap:
        raise ValueError("a pattern cannot end with a gap")
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
        A CSV file or a table with columns ``pattern, polarity, frame`` (``note`` and
        ``source`` optional); by default the bundled ``framing/data/phrases.csv``.
        Lines starting with ``#`` are comments.

    Returns
    -------
    DataFrame
        One row per entry: ``pattern`` (str), ``polarity`` (float in [-1, 1]),
        ``frame`` (str), ``note`` (str), ``source`` (str), ``size`` (int, number of
        words). Duplicate patterns keep their last row.

    Raises
    ------
    ValueError
        Naming the file and line of an empty or malformed pattern, a polarity that is
        not a number in [-1, 1] or an empty frame.

    Examples
    --------
    >>> lex = load_lexicon()
    >>> lex.set_index("pattern").loc["vent contraire", "frame"]
    'conflict'
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
        out.append({
            "pattern": pattern, "polarity": pol, "frame": frame,
            "note": _text(r.get("note", "")), "source": _text(r.get("source", "")),
            "size": len(slots),
        })
    table = pd.DataFrame(out, columns=["pattern", "polarity", "frame", "note", "source", "size"])
    table = table.drop_duplicates("pattern", keep="last").reset_index(drop=True)
    return table.astype({"pattern": object, "polarity": "float64", "frame": object,
                         "note": object, "source": object, "size": "int64"})


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
        :data:`SHIFTER_KINDS`: negator, reverser, reverser-after, intensifier,
        dampener, contrast, concession, litotes, mention), ``weight`` (float: a
        multiplier for intensifier, dampener, contrast, concession and mention, and of
        the negated valence for negators; the valence of the litotes itself for
        litotes; unused for reversers), ``requires`` (str: a word that must come
        earlier in the clause, e.g. ``ne`` for «plus»; "" if none), ``acts_on``
        (str: which units a reverser turns, ``negative``, ``positive`` or ``any``;
        empty means ``negative`` for reversers and ``any`` otherwise), ``note``.
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
            acts_on = "negative" if kind == "reverser" else "any"
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
    frame: str


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
            merged = sorted(a + [x for x in b if id(x) not in seen], key=lambda it: -it.pattern.size)
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
        """(candidates that need a full test, {second word form: gap-free candidates}) as (rank, candidate)."""
        key = (lem, low)
        got = self._split.get(key)
        if got is None:
            loose, by2 = [], {}
            for rank, c in enumerate(self.fast(lem, low)):
                if c[0] == 1 or c[1]:
                    loose.append((rank, c))
                else:
                    for f in c[2]:
                        by2.setdefault(f, []).append((rank, c))
            got = (loose, by2)
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
            items.append(_Shifter(_Pattern(r.pattern, tuple(_parse_pattern(r.pattern))),
                                  r.kind, float(r.weight), req, r.acts_on))
        self.items = items
        self.index = _Index(items)
        self.litotes = _Index([s for s in items if s.kind == "litotes"])
        # multiword shifters claim their words against shorter lexicon entries («sans doute»)
        # (reversers do not: «s'enliser» and «tourner la page» are lexicon entries as well)
        self.multi = _Index([s for s in items if s.kind not in ("litotes", "reverser", "reverser-after",
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


def _compile_lexicon(table: pd.DataFrame) -> _Index:
    items = [
        _Entry(_Pattern(r.pattern, tuple(_parse_pattern(r.pattern))), float(r.polarity), str(r.frame))
        for r in table.itertuples(index=False)
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


# --------------------------------------------------------------------------- tokenised text
@lru_cache(maxsize=300_000)
def _word_info(word: str) -> tuple[str, str]:
    """(lower-cased form with straight apostrophes, lemma) of a word: a pure function, cached."""
    return fold(word), lemma(word)


class _Doc:
    """Tokens of one text with lemmas and lower-cased forms."""

    __slots__ = ("text", "starts", "ends", "lem", "low", "cut", "n")

    def __init__(self, text: str):
        self.text = text
        spans = [m.span() for m in WORD_RE.finditer(text)]
        forms = _word_info
        info = [forms(text[s:e]) for s, e in spans]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.low = [i[0] for i in info]
        self.lem = [i[1] for i in info]
        starts = self.starts
        self.n = len(starts)
        # cut[j]: boundary punctuation between token j-1 and token j
        cut = [False] * (self.n + 1)
        for m in _BOUNDARY.finditer(text):
            cut[bisect_right(starts, m.start())] = True
        self.cut = cut

    def __len__(self):
        return self.n

    def joined(self, i: int, j: int) -> bool:
        """True when no boundary punctuation lies between token i and token j (i < j)."""
        cut = self.cut
        if j == i + 1:
            return not cut[j]
        return not any(cut[k] for k in range(i + 1, j + 1))

    def has(self, i: int, forms) -> bool:
        return self.lem[i] in forms or self.low[i] in forms


def _match_at(doc: _Doc, i: int, pattern: _Pattern, blocked=None):
    """Match ``pattern`` with its first word at token ``i``; return the matched token ids or None."""
    slots = pattern.slots
    if blocked is not None and i in blocked:
        return None
    if len(slots) == 1:
        return [i]  # the index already matched the first word
    n = doc.n
    cut, lem, low = doc.cut, doc.lem, doc.low

    def rec(k: int, prev: int, acc: list):
        if k == len(slots):
            return acc
        slot = slots[k]
        forms = slot.forms
        for skip in range(slot.gap + 1):
            j = prev + 1 + skip
            if j >= n or cut[j]:
                return None
            if blocked is not None and j in blocked:
                continue
            if lem[j] in forms or low[j] in forms:
                got = rec(k + 1, j, acc + [j])
                if got is not None:
                    return got
        return None

    return rec(1, i, [i])


def _find(doc: _Doc, index: _Index, blocked=None, lo: int = 0, hi: int | None = None):
    """All non-overlapping matches of ``index`` in ``doc`` (longest wins): list of (item, token ids)."""
    hi = doc.n if hi is None else hi
    found = []
    by_first = index.by_first
    lem, low, cut, n = doc.lem, doc.low, doc.cut, doc.n
    if lo == 0 and hi == n:
        positions = [i for i, (a, b) in enumerate(zip(lem, low)) if a in by_first or b in by_first]
    else:
        positions = [i for i in range(lo, hi) if lem[i] in by_first or low[i] in by_first]
    for i in positions:
        a, b = lem[i], low[i]
        if blocked and i in blocked:
            continue
        nxt = i + 1
        nl, nw = (lem[nxt], low[nxt]) if nxt < n and not cut[nxt] else (None, None)
        loose, by2 = index.split(a, b)
        c1 = by2.get(nl) if nl is not None else None
        c2 = by2.get(nw) if nw is not None and nw != nl else None
        if c1 is None and c2 is None:
            if not loose:
                continue  # no entry can start here: its second word is missing
            cands = loose
        elif c2 is None and not loose:
            cands = c1
        else:  # merged in the index order: longest first, then file order
            cands = sorted(dict(loose + (c1 or []) + (c2 or [])).items(), key=lambda rc: rc[0])
        best = None
        for _, (size, gap1, forms1, item) in cands:
            if best is not None and size < len(best[1]):
                break
            if size == 1:
                ids = [i]
            else:
                if gap1 == 0:
                    if nl not in forms1 and nw not in forms1:
                        continue  # cheap test of the second word before the full match
                elif not any(
                    lem[j] in forms1 or low[j] in forms1
                    for j in range(i + 1, min(i + 2 + gap1, n))
                ):
                    continue
                ids = _match_at(doc, i, item.pattern, blocked)
            if ids is not None and ids[-1] < hi:
                if best is None or len(ids) > len(best[1]) or (
                    len(ids) == len(best[1]) and ids[-1] < best[1][-1]
                ):
                    best = (item, ids)
        if best is not None:
            found.append(best)
    if len(found) <= 1:
        return found
    # longest match wins: most words, then shortest span, then leftmost
    found.sort(key=lambda m: (-len(m[1]), m[1][-1] - m[1][0], m[1][0]))
    taken: set[int] = set()
    keep = []
    for item, ids in found:
        span = range(ids[0], ids[-1] + 1)
        if any(t in taken for t in span):
            continue
        taken.update(span)
        keep.append((item, ids))
    keep.sort(key=lambda m: m[1][0])
    return keep


def _lexicon_matches(doc: _Doc, index: _Index, sh: _Shifters, blocked=None):
    """Lexicon matches, minus those inside a longer multiword shifter («sans doute», «un pas»)."""
    found = _find(doc, index, blocked)
    if not found or not sh.multi.max_size:
        return found
    multi = _find(doc, sh.multi, blocked)
    if not multi:
        return found
    cover: dict[int, int] = {}
    for _, ids in multi:
        for t in range(ids[0], ids[-1] + 1):
            cover[t] = max(cover.get(t, 0), len(ids))
    return [
        (item, ids) for item, ids in found
        if not any(cover.get(t, 0) > len(ids) for t in range(ids[0], ids[-1] + 1))
    ]


# --------------------------------------------------------------------------- shifters
def _shifter_hits(doc: _Doc, sh: _Shifters, lo: int, hi: int, blocked, kinds=None, positions=None):
    """Shifter occurrences (kind, weight, first token, last token) among tokens [lo, hi)."""
    hits = []
    by_first = sh.index.by_first
    lem, low, cut, n = doc.lem, doc.low, doc.cut, doc.n
    if positions is None:
        positions = [i for i in range(max(lo, 0), hi) if lem[i] in by_first or low[i] in by_first]
    done = -1
    for i in positions:
        if i <= done or i in blocked:
            continue
        nxt = i + 1
        nl, nw = (lem[nxt], low[nxt]) if nxt < n and not cut[nxt] else (None, None)
        for size, gap1, forms1, item in sh.index.fast(lem[i], low[i]):
            if (item.kind not in kinds) if kinds else (item.kind in ("litotes", "reverser-after")):
                continue
            if size > 1 and gap1 == 0 and nl not in forms1 and nw not in forms1:
                continue  # cheap test of the second word
            ids = [i] if size == 1 else _match_at(doc, i, item.pattern, blocked)
            if ids is None or ids[-1] >= hi:
                continue
            if item.requires and not _has_before(doc, i, item.requires, blocked):
                continue
            hits.append((item.kind, item.weight, i, ids[-1], item.acts_on))
            done = ids[-1]  # «plus que jamais», «sans précédent»: one shifter
            break  # longest, then first applicable row wins («plus» negator before intensifier)
    return hits


def _has_before(doc: _Doc, i: int, forms, blocked, reach: int = 5) -> bool:
    for j in range(i - 1, max(i - 1 - reach, -1), -1):
        if doc.cut[j + 1]:
            return False
        if j not in blocked and doc.has(j, forms):
            return True
    return False


def _window_start(doc: _Doc, i: int, lo: int, size: int = WINDOW) -> int:
    """First token of the (up to ``size``-token) window before token i inside its clause."""
    j = i
    cut = doc.cut
    while j > lo and i - j < size + 1 and not cut[j]:
        j -= 1
    return j


def _outside(hits, others):
    """The ``hits`` not lying inside a longer hit of ``others`` (one pass over covered tokens)."""
    cover: dict[int, int] = {}
    for h in others:
        size = h[3] - h[2]
        if size:
            for t in range(h[2], h[3] + 1):
                if cover.get(t, -1) < size:
                    cover[t] = size
    if not cover:
        return hits
    # a hit inside a longer one: every token covered by a longer span, all from the same hit;
    # the spans here never overlap (one shifter per position), so a shared length suffices
    return [h for h in hits if not all(cover.get(t, -1) > h[3] - h[2] for t in range(h[2], h[3] + 1))]


class _Hits:
    """Every shifter occurrence of a document, found in one pass."""

    def __init__(self, doc: _Doc, sh: _Shifters, blocked=()):
        by_first = sh.index.by_first
        lem, low = doc.lem, doc.low
        positions = [i for i, (a, b) in enumerate(zip(lem, low)) if a in by_first or b in by_first]
        self.all = _shifter_hits(doc, sh, 0, doc.n, blocked, positions=positions)
        self.starts = [h[2] for h in self.all]
        after = _shifter_hits(doc, sh, 0, doc.n, blocked, kinds=("reverser-after",), positions=positions)
        # a reverser-after inside a longer shifter is part of it: «ne cesse de se creuser»
        # continues, it does not stop
        self.after = _outside(after, self.all)
        self.after_starts = [h[2] for h in self.after]
        # a negator inside a longer reverser-after belongs to it: «les essais ne reprendront pas»
        negators = [h for h in self.all if h[0] == "negator"]
        if negators and any(h[3] > h[2] for h in self.after):
            kept = set(map(id, _outside(negators, self.after)))
            self.all = [h for h in self.all if h[0] != "negator" or id(h) in kept]
            self.starts = [h[2] for h in self.all]

    def drop_inside(self, units) -> "_Hits":
        """Forget shifters made of the words of a longer unit: «cessez» in «cessez-le-feu».

        ``units`` are token-id lists; shifters in a unit's gaps («ne ferme pas la porte») stay.
        """
        owner = {}
        for ids in units:
            for t in ids:
                owner[t] = len(ids)
        if not owner:
            return self

        def inside(h):
            size = owner.get(h[2], 0)
            return size > h[3] - h[2] + 1 and all(owner.get(t, 0) == size for t in range(h[2], h[3] + 1))

        self.all = [h for h in self.all if not inside(h)]
        self.starts = [h[2] for h in self.all]
        self.after = [h for h in self.after if not inside(h)]
        self.after_starts = [h[2] for h in self.after]
        return self


def _shift(doc: _Doc, ids: list[int], sh: _Shifters, blocked, pre: _Hits, lo: int = 0,
           hi: int | None = None, valence: float = -1.0, ends=None):
    """Return (negated, intensity) for a unit on token ids (VADER-style window + gaps + post-ne)."""
    hi = doc.n if hi is None else hi
    first, last = ids[0], ids[-1]
    ws = _window_start(doc, first, lo, WINDOW + 2)  # room for two-word shifters («loin de»)
    k0 = bisect_left(pre.starts, ws)
    k1 = bisect_right(pre.starts, last)
    inside = set(range(first, last + 1)) - set(ids) if last > first else ()
    hits = [h for h in pre.all[k0:k1] if h[3] < first or (h[2] in inside and h[3] <= last)]
    negated = False  # a negator applies
    reversed_ = False  # a reverser applies («apaiser les tensions»)
    intensity = 1.0
    neg_end = None  # last token of the latest negator seen
    mentions = [h[2] for h in hits if h[0] == "mention"]
    for kind, weight, s, e, acts_on in sorted(hits, key=lambda h: h[2]):
        dist = first - 1 - e  # 0 when adjacent, < 0 inside the unit's gaps
        if kind == "negator" and any(e < m <= e + 2 for m in mentions):
            continue  # «ils n'ont pas évoqué les sanctions»: the negation is about the mention
        if kind == "negator":
            # French puts a determiner and often an adjective between the negator and the
            # noun («ne souhaite pas une nouvelle guerre»): one more token than VADER's 3, but
            # the scope stops at the first unit («pas hostile à un rapprochement»)
            if dist < WINDOW + 1 and not (
                ends and bisect_right(ends, first - 1) > bisect_right(ends, e)
            ):
                if _superlative(doc, s, last + AFTER_REACH):
                    # «jamais les échanges n'avaient été aussi cordiaux»: a superlative
                    intensity *= SUPERLATIVE
                else:
                    negated = True
                    # «pas encore», «aucun accord n'est encore trouvé»: pending, a weak negator
                    intensity *= weight * min(_pending(doc, e, min(first, e + 3)), _pending(doc, last, last + 4))
            neg_end = e
            continue
        if kind == "reverser":
            # a reverser governs the noun phrase after it: one more token of reach
            # («la levée partielle de l'embargo»)
            if dist >= WINDOW + 1 or not _acts_on(acts_on, valence):
                continue
            if neg_end is not None and s - 1 - neg_end < WINDOW:
                # «loin d'apaiser les tensions»: the negator applies to the reverser
                negated = False
                neg_end = None
            else:
                reversed_ = True
            continue
        if dist >= WINDOW:
            continue
        if kind in ("intensifier", "dampener"):
            intensity *= 1.0 + (weight - 1.0) * (_DECAY[dist] if dist >= 0 else 1.0)
    # French adjectives follow the noun: «une avancée timide», «un désaccord profond»
    k = bisect_right(pre.starts, last)
    if k < len(pre.all):
        kind, weight, s, e, _ = pre.all[k]
        if s == last + 1 and kind in ("intensifier", "dampener") and not doc.cut[s]:
            intensity *= weight
    # the rest of the clause after the unit (up to AFTER_REACH tokens)
    j_end = last + 1
    while j_end < hi and j_end - last <= AFTER_REACH and not doc.cut[j_end]:
        j_end += 1
    # a negator after the unit in its clause: «le dialogue n'est pas rompu», «l'aide ne parvient plus»
    k = bisect_right(pre.starts, last)
    post_neg = None
    while k < len(pre.all) and pre.all[k][2] < j_end:
        if pre.all[k][0] == "negator" and pre.all[k][2] not in blocked:
            e = pre.all[k][3]
            if not any(h[0] == "mention" and e < h[2] <= e + 3 for h in pre.all[k + 1:k + 3]):
                post_neg = pre.all[k]
            break
        k += 1
    # «le risque d'escalade semble écarté», «les tensions se sont apaisées»
    k = bisect_right(pre.after_starts, last)
    rev_after = None
    while k < len(pre.after) and pre.after[k][2] < j_end:
        if _acts_on(pre.after[k][4], valence):
            rev_after = pre.after[k]
            break
        k += 1
    if rev_after is not None:
        if post_neg is not None and post_neg[2] <= rev_after[3] + 2:
            # «le dialogue n'est pas rompu», «la tension ne retombe pas»: the negation turns
            # the reverser, not the unit
            post_neg = None
        else:
            reversed_ = not reversed_  # «la confiance est rompue» turns a positive unit too
    negated = negated != reversed_
    if post_neg is not None and _superlative(doc, post_neg[2], post_neg[3] + 4, after=True):
        # «la menace n'a jamais été aussi grande»: a superlative, not a denial
        intensity *= SUPERLATIVE
        post_neg = None
    if not negated and not reversed_ and post_neg is not None and valence > 0 and (
        _has_before(doc, post_neg[2], frozenset(_EXPANSIONS["ne"]), blocked, reach=4)
    ):
        # a positive subject of a negated verb is denied: «l'aide ne parvient plus»,
        # «un dialogue qui n'a jamais repris»
        negated = True
        intensity *= post_neg[1] * _pending(doc, post_neg[3], post_neg[3] + 3)
    if not negated:
        # «ne» before the unit, «pas/plus/jamais/guère» just after it: «ils ne coopèrent plus»
        ne = frozenset(_EXPANSIONS["ne"])
        if _has_before(doc, first, ne, blocked, reach=3) or any(
            doc.has(j, ne) for j in inside
        ):
            for j in range(last + 1, min(last + 3, hi)):
                if not doc.joined(j - 1, j):
                    break
                if j not in blocked and (doc.lem[j] in sh.ne_negators or doc.low[j] in sh.ne_negators):
                    negated = True
                    break
    return negated, intensity


_DEGREE = frozenset({"aussi", "autant", "si", "tant", "tellement"})
_JAMAIS = frozenset({"jamais"})


def _superlative(doc: _Doc, s: int, stop: int, after: bool = False) -> bool:
    """Whether «jamais» (at or before token s, same clause) is followed by «aussi/si/autant» before ``stop``.

    «jamais … aussi» compares with every other time: a superlative, not a negation.
    """
    lo = s
    if not after:
        while lo > 0 and not doc.cut[lo] and s - lo < 6:
            lo -= 1
    hi = min(stop, doc.n)
    seen = False
    for j in range(lo, hi):
        if j > lo and doc.cut[j]:
            if seen or j > s:
                break
            seen = False  # a clause boundary before the negator: start again
        if doc.low[j] in _JAMAIS:
            seen = True
        elif seen and j > s - 1 and doc.low[j] in _DEGREE:
            return True
    return False


def _pending(doc: _Doc, e: int, stop: int) -> float:
    """Weight of a negation followed by «encore» («rien n'est encore acquis»): pending, not denied."""
    for j in range(e + 1, min(stop, doc.n)):
        if doc.cut[j]:
            break
        if doc.low[j] == "encore":
            return PENDING
    return 1.0


def _acts_on(which: str, valence: float) -> bool:
    """Whether a reverser with ``acts_on`` = which applies to a unit of this valence."""
    if which == "negative":
        return valence < 0
    if which == "positive":
        return valence > 0
    return valence != 0


def _left_extend(doc: _Doc, first: int, sh: _Shifters, lo: int = 0) -> int:
    """Token where a reported span starts: over directly adjacent intensifiers/dampeners."""
    j = first
    while j - 1 >= lo and doc.joined(j - 1, j) and (
        doc.lem[j - 1] in sh.degree_words or doc.low[j - 1] in sh.degree_words
    ):
        j -= 1
    return j


# --------------------------------------------------------------------------- scoring
@dataclass(frozen=True)
class Unit:
    """One scored part of a phrase.

    ``source`` is "lexicon", "litotes" or "word" (word-level fallback); ``valence`` is
    the raw value, ``weighted`` the value after negation, intensity, contrast and
    concession; ``start``/``end`` are offsets into the scored text.
    """

    text: str
    start: int
    end: int
    entry: str
    source: str
    frame: str
    valence: float
    negated: bool
    intensity: float
    weight: float
    weighted: float


@dataclass(frozen=True)
class PhraseScore:
    """The polarity and frame of a short phrase, with what produced them.

    Attributes
    ----------
    text : str
        The scored text.
    polarity : float
        In [-1, 1]: the sum of the units' ``weighted`` valences, clipped.
    label : str
        "negative", "neutral" (``abs(polarity) < NEUTRAL_THRESHOLD``) or "positive".
    frame : str
        See the module docstring for the frames and the fallback.
    entries : tuple of str
        Lexicon patterns (and litotes) that matched, in text order.
    negated : bool
        Whether any unit was negated.
    intensity : float
        Product of the intensifier/dampener multipliers over units (1.0 if none).
    units : tuple of Unit
        Every scored part (lexicon matches, litotes, fallback words).
    """

    text: str
    polarity: float
    label: str
    frame: str
    entries: tuple = ()
    negated: bool = False
    intensity: float = 1.0
    units: tuple = field(default=(), repr=False)


def _choose_frame(units: list, label: str) -> str:
    """Frame of a phrase from its lexicon units (see the module docstring)."""
    by_sign = {"negative": "conflict", "positive": "cooperation"}
    if not units:
        return by_sign.get(label, "neutral")
    frames = [u.frame for u in units]
    if label == "neutral" and "neutral" in frames and all(
        abs(u.weighted) < NEUTRAL_THRESHOLD for u in units if u.frame != "neutral"
    ):
        return "neutral"  # procedural wording around neutral mentions («la rencontre est prévue jeudi»)
    # conflict and cooperation need polarity; the topical frames (humanitarian ... diplomacy)
    # count even from a neutral topic word: «un échange glacial» is diplomacy
    strong = [u.frame for u in units if u.frame != "neutral" and (
        abs(u.weighted) >= NEUTRAL_THRESHOLD or u.frame in _TOPICAL)]
    if not strong and label != "neutral":
        return by_sign[label]  # procedural words never frame an evaluative phrase
    rank = {f: k for k, f in enumerate(FRAMES)}
    frame = min(strong or frames, key=lambda f: (rank.get(f, len(FRAMES) - 1), f))
    if frame in ("conflict", "cooperation") and label != "neutral":
        frame = by_sign[label]  # the two directions of one relation: the phrase's sign decides
    return frame


def _label(p: float) -> str:
    if p >= NEUTRAL_THRESHOLD:
        return "positive"
    if p <= -NEUTRAL_THRESHOLD:
        return "negative"
    return "neutral"


def score_phrase(text: str, *, lexicon=None, shifters=None) -> PhraseScore:
    """Score the polarity and frame of a short French phrase.

    Parameters
    ----------
    text : str
        A phrase or a sentence («regain de tension», «pas une très bonne conversation»).
    lexicon : str, Path or DataFrame, optional
        A lexicon for :func:`load_lexicon`; the bundled one by default.
    shifters : str, Path or DataFrame, optional
        Valence shifters for :func:`load_shifters`; the bundled ones by default.

    Returns
    -------
    PhraseScore
        Polarity in [-1, 1], label, frame and the units that produced them (see the
        module docstring for the rules, after VADER, Hutto & Gilbert 2014).

    Examples
    --------
    >>> score_phrase("regain de tension").label
    'negative'
    >>> score_phrase("aucun progrès notable").label
    'negative'
    >>> score_phrase("").label
    'neutral'
    """
    if not isinstance(text, str):
        raise TypeError(f"score_phrase expects a str, got {type(text).__name__}")
    index = _get_index(lexicon)
    sh = _get_shifters(shifters)
    doc = _Doc(text)
    n = len(doc)
    if n == 0:
        return PhraseScore(text, 0.0, "neutral", "neutral")
    units = []  # (ids, entry, source, frame, valence)
    blocked: set[int] = set()
    for item, ids in _find(doc, sh.litotes):
        units.append((ids, item.pattern.text, "litotes", "neutral", item.weight))
        blocked.update(range(ids[0], ids[-1] + 1))
    for item, ids in _lexicon_matches(doc, index, sh, blocked):
        units.append((ids, item.pattern.text, "lexicon", item.frame, item.polarity))
    covered = set(blocked)
    for ids, *_ in units:
        covered.update(range(ids[0], ids[-1] + 1))
    # tokens that are shifters are not scored as words
    shifter_tokens: set[int] = set()
    for _, _, s, e, _ in _shifter_hits(doc, sh, 0, n, set()):
        shifter_tokens.update(range(s, e + 1))
    words = _fallback_words()
    stops = stopwords()
    for i in range(n):
        if i in covered or i in shifter_tokens or doc.low[i] in stops:
            continue
        if i > 0 and text[doc.starts[i]].isupper():
            continue  # a proper noun inside the phrase («Air Force One»)
        v = words.get(doc.low[i])
        if v is None:
            v = words.get(doc.lem[i])
        if v and abs(v) >= FALLBACK_MIN:  # only strong words: single words are weak evidence
            units.append(([i], doc.lem[i], "word", "neutral", v * FALLBACK_SCALE))
    units.sort(key=lambda u: u[0][0])

    # contrast («mais») and concession («malgré») weights per token
    tok_weight = np.ones(n)
    contrast_at = None
    for item, ids in _find(doc, sh.index, blocked):
        if item.kind == "contrast":
            tok_weight[: ids[0]] *= 2.0 - item.weight
            tok_weight[ids[-1] + 1:] *= item.weight
            if item.weight > 1.0:
                contrast_at = ids[0]
        elif item.kind == "mention":
            # «le sort des prisonniers sera discuté»: the clause mentions without evaluating
            a, b = ids[0], ids[-1] + 1
            while a > 0 and doc.joined(a - 1, a):
                a -= 1
            while b < n and doc.joined(b - 1, b):
                b += 1
            tok_weight[a:b] *= item.weight
        elif item.kind == "concession":
            j = ids[-1] + 1
            while j < n and doc.joined(j - 1, j):
                j += 1
            tok_weight[ids[-1] + 1: j] *= item.weight

    pre = _Hits(doc, sh, blocked).drop_inside([u[0] for u in units if u[2] == "lexicon" and len(u[0]) > 1])
    # last token of every unit with a valence: negation scope stops there (a topic word
    # without polarity does not absorb it: «personne ne croit à un accord rapide»)
    ends = sorted(u[0][-1] for u in units if u[4])
    out = []
    total = 0.0
    for ids, entry, source, frame, valence in units:
        if source == "litotes":
            negated, intensity = False, 1.0
        else:
            negated, intensity = _shift(doc, ids, sh, blocked, pre, valence=valence, ends=ends)
        w = float(tok_weight[ids[0]])
        v = valence * intensity * (NEGATION_SCALAR if negated else 1.0) * w
        v = max(-1.0, min(1.0, v))
        total += v
        if negated:
            frame = _FLIP.get(frame, frame)
        s, e = doc.starts[ids[0]], doc.ends[ids[-1]]
        out.append(Unit(text[s:e], s, e, entry, source, frame, valence, negated, intensity, w, v))
    polarity = max(-1.0, min(1.0, total))
    if abs(polarity) < 1e-12:
        polarity = 0.0
    label = _label(polarity)
    if contrast_at is not None and label != "neutral" and abs(polarity) < CONTRAST_BAND:
        # «ouvert au dialogue mais vigilant»: two halves of opposite signs balance each other
        before = sum(u.weighted for u in out if u.end <= doc.starts[contrast_at])
        after = sum(u.weighted for u in out if u.start >= doc.ends[contrast_at])
        if before * after < 0:
            label = "neutral"
    frame = _choose_frame([u for u in out if u.source == "lexicon"], label)
    if frame == "conflict" and label == "negative" and _find(doc, sh.potential):
        # a hostile act that may come is a threat: «se réserve le droit de riposter»
        frame = "threat"
    intensity = float(np.prod([u.intensity for u in out])) if out else 1.0
    return PhraseScore(
        text=text, polarity=float(polarity), label=label, frame=frame,
        entries=tuple(u.entry for u in out if u.source != "word"),
        negated=any(u.negated for u in out), intensity=intensity, units=tuple(out),
    )


# --------------------------------------------------------------------------- corpus wrappers
def _empty(columns: dict) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=d) for c, d in columns.items()})


def _check_corpus(corpus, needed) -> None:
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError("expected a corpus table (DataFrame); see framing.load_corpus")
    missing = [c for c in needed if c not in corpus.columns]
    if missing:
        raise ValueError(
            f"the corpus table lacks column(s) {', '.join(missing)}; "
            f"load it with framing.load_corpus or add them"
        )


def find_phrases(corpus: pd.DataFrame, *, lexicon=None, shifters=None, progress: bool = True) -> pd.DataFrame:
    """Find every lexicon phrase in a corpus, with its shifted polarity and frame.

    Parameters
    ----------
    corpus : DataFrame
        The corpus table (at least ``doc_id`` and ``text``).
    lexicon : str, Path or DataFrame, optional
        A lexicon for :func:`load_lexicon`; the bundled one by default.
    shifters : str, Path or DataFrame, optional
        Valence shifters for :func:`load_shifters`; the bundled ones by default.
    progress : bool
        Show a progress bar on stderr.

    Returns
    -------
    DataFrame
        One row per match, in document and text order. Entries of frame
        ``neutral`` (procedural wording such as «selon», «a déclaré») help
        :func:`score_phrase` but are not reported here; contrast and concession weights
        are phrase-level and left to :func:`score_phrase`:

        ===========  =======  ==============================================================
        doc_id       str      the article
        start, end   int64    offsets into its text: ``text[start:end] == phrase``
        phrase       str      the matched text, extended left over adjacent intensifiers
        entry        str      the lexicon pattern that matched
        polarity     float64  entry polarity x intensity, x -0.74 when negated, in [-1, 1]
        label        str      negative / neutral / positive (threshold 0.1)
        frame        str      the entry's frame (conflict/cooperation swap when negated)
        negated      bool     a negator or a reverser turns the valence (module docstring)
        intensity    float64  product of intensifier/dampener multipliers (1.0 if none)
        ===========  =======  ==============================================================

        Same columns and dtypes when there is no match. A Dask corpus gives a Dask
        DataFrame with the same columns and dtypes (see :mod:`framing.engine`).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "text": ["Malgré les vents contraires, ils discutent."]})
    >>> find_phrases(corpus, progress=False)[["phrase", "entry", "label", "frame"]].values.tolist()
    [['vents contraires', 'vent contraire', 'negative', 'conflict'], ['discutent', 'discuter', 'neutral', 'diplomacy']]
    """
    from framing import engine
    if engine.is_dask(corpus):  # one task per partition (framing.engine)
        return engine.map_articles(find_phrases, corpus, meta=_empty(PHRASE_COLUMNS), lexicon=lexicon,
                                   shifters=shifters)
    _check_corpus(corpus, ["doc_id", "text"])
    index = _get_index(lexicon)
    sh = _get_shifters(shifters)
    rows = []
    from tqdm.auto import tqdm

    it = zip(corpus["doc_id"].tolist(), corpus["text"].tolist())
    for doc_id, text in tqdm(it, total=len(corpus), disable=not progress, desc="phrases", unit="doc"):
        if not isinstance(text, str) or not text:
            continue
        doc = _Doc(text)
        matches = _lexicon_matches(doc, index, sh)
        if not matches:
            continue
        pre = _Hits(doc, sh).drop_inside([ids for _, ids in matches if len(ids) > 1])
        unit_ends = sorted(ids[-1] for item, ids in matches if item.polarity)
        doc_id = str(doc_id)
        starts, ends = doc.starts, doc.ends
        for item, ids in matches:
            if item.frame == "neutral":
                continue  # procedural wording («selon», «a déclaré») is not a framing phrase
            negated, intensity = _shift(doc, ids, sh, (), pre, valence=item.polarity, ends=unit_ends)
            pol = item.polarity * intensity * (NEGATION_SCALAR if negated else 1.0)
            pol = max(-1.0, min(1.0, pol)) + 0.0  # no -0.0
            s = starts[_left_extend(doc, ids[0], sh)]
            e = ends[ids[-1]]
            frame = _FLIP.get(item.frame, item.frame) if negated else item.frame
            rows.append((doc_id, s, e, text[s:e], item.pattern.text, pol, _label(pol), frame,
                         negated, intensity))
    if not rows:
        return _empty(PHRASE_COLUMNS)
    return pd.DataFrame.from_records(rows, columns=list(PHRASE_COLUMNS)).astype(PHRASE_COLUMNS)


def _g2(a: float, b: float, c: float, d: float) -> float:
    """Signed log-likelihood G2 (Rayson & Garside 2000): a of c tokens in the group, b of d in the rest."""
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g = 0.0
    if a > 0:
        g += a * math.log(a / e1)
    if b > 0:
        g += b * math.log(b / e2)
    g *= 2.0
    return g if a / c >= (b / d if d else 0.0) else -g


def candidate_phrases(
    corpus: pd.DataFrame,
    *,
    by: str | None = "outlet",
    min_count: int = 2,
    top: int = 50,
    lexicon=None,
    max_n: int = 3,
    progress: bool = True,
) -> pd.DataFrame:
    """Recurring multiword expressions not yet in the lexicon, to help grow it.

    Bigrams and trigrams of lemmas are collected inside clauses (never across
    punctuation or boilerplate lines, see :func:`framing.french.content_text`);
    n-grams that begin or end with a stop word, a number or a capitalised word inside the
    clause (a name: «Vladimir Poutine», «Maison Blanche») are skipped, and so is every
    n-gram overlapping a lexicon match. Each is scored by NLTK's collocation finders
    with the **likelihood ratio** (Dunning 1993) over the whole corpus, and by its
    **keyness** in each group against the rest (signed log-likelihood G2, Rayson &
    Garside 2000; positive when the group uses it more than the others).

    Parameters
    ----------
    corpus : DataFrame
        The corpus table (``doc_id``, ``text`` and the ``by`` column).
    by : str or None
        Column defining groups (outlets by default); None for one group "all".
    min_count : int
        Minimal count of an n-gram in a group.
    top : int
        Rows kept per group.
    lexicon : str, Path or DataFrame, optional
        Entries already known (the bundled lexicon by default).
    max_n : int
        Longest n-gram (2 or 3).
    progress : bool
        Show a progress bar on stderr.

    Returns
    -------
    DataFrame
        Per group, the ``top`` candidates ordered by ``score`` (then keyness):

        ========  =======  ============================================================
        group     str      value of the ``by`` column ("all" when ``by`` is None)
        phrase    str      the most frequent surface form
        lemmas    str      the lemma n-gram, space-separated (usable as a pattern)
        n         int64    number of words
        count     int64    occurrences in the group
        n_docs    int64    documents of the group that use it
        score     float64  likelihood ratio of the collocation over the whole corpus
        keyness   float64  signed G2 of the group against the rest (0 with one group)
        example   str      ``doc_id: clause`` of its first occurrence in the group
        ========  =======  ============================================================

        Same columns and dtypes when there is no candidate.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"],
    ...     "text": ["Des dossiers brûlants.", "Encore ces dossiers brûlants."]})
    >>> candidate_phrases(corpus, progress=False)[["group", "lemmas", "count"]].values.tolist()
    [['X', 'dossier brûlant', 2]]
    """
    from collections import Counter, defaultdict

    from nltk.collocations import (BigramAssocMeasures, BigramCollocationFinder,
                                   TrigramAssocMeasures, TrigramCollocationFinder)
    from tqdm.auto import tqdm

    needed = ["doc_id", "text"] + ([by] if by else [])
    _check_corpus(corpus, needed)
    if max_n not in (2, 3):
        raise ValueError(f"max_n must be 2 or 3, got {max_n!r}")
    if min_count < 1 or top < 1:
        raise ValueError("min_count and top must be positive")
    index = _get_index(lexicon)
    stops = stopwords()
    groups = corpus[by].fillna("").astype(str).tolist() if by else ["all"] * len(corpus)

    def bad_end(doc: _Doc, i: int, run_start: int) -> bool:
        lem, low = doc.lem[i], doc.low[i]
        if lem in stops or low in stops or not lem[0].isalpha() or len(low) < 2:
            return True
        # a capitalised word inside a clause is a name («Vladimir Poutine»), not framing
        return i != run_start and doc.text[doc.starts[i]].isupper()

    sequences = []  # lists of lemmas (runs inside a clause, outside lexicon matches)
    counts: dict[str, Counter] = defaultdict(Counter)  # group -> ngram -> count
    docs: dict[tuple, set] = defaultdict(set)  # (group, ngram) -> doc ids
    surfaces: dict[tuple, Counter] = defaultdict(Counter)
    examples: dict[tuple, str] = {}
    totals: Counter = Counter()
    it = zip(corpus["doc_id"].tolist(), corpus["text"].tolist(), groups)
    for doc_id, text, group in tqdm(it, total=len(corpus), disable=not progress,
                                    desc="candidates", unit="doc"):
        if not isinstance(text, str) or not text:
            continue
        ct = content_text(text)
        doc = _Doc(ct)
        n = len(doc)
        totals[group] += n
        covered = set()
        for _, ids in _find(doc, index):
            covered.update(range(ids[0], ids[-1] + 1))
        runs, cur = [], []
        for i in range(n):
            if i in covered or (cur and not doc.joined(i - 1, i)):
                if len(cur) > 1:
                    runs.append(cur)
                cur = []
            if i not in covered:
                cur.append(i)
        if len(cur) > 1:
            runs.append(cur)
        for run in runs:
            sequences.append([doc.lem[i] for i in run])
            clause = ct[doc.starts[run[0]]: doc.ends[run[-1]]]
            for size in range(2, max_n + 1):
                for k in range(len(run) - size + 1):
                    ids = run[k: k + size]
                    a, b = ids[0], ids[-1]
                    if bad_end(doc, a, run[0]) or bad_end(doc, b, run[0]):
                        continue
                    key = tuple(doc.lem[i] for i in ids)
                    counts[group][key] += 1
                    docs[(group, key)].add(doc_id)
                    surfaces[(group, key)][ct[doc.starts[a]: doc.ends[b]]] += 1
                    examples.setdefault((group, key), f"{doc_id}: {clause[:200]}")

    scores: dict[tuple, float] = {}
    finders = [(BigramCollocationFinder, BigramAssocMeasures)]
    if max_n == 3:
        finders.append((TrigramCollocationFinder, TrigramAssocMeasures))
    for finder_cls, measures in finders:
        finder = finder_cls.from_documents(sequences)
        finder.apply_freq_filter(min_count)
        for gram, value in finder.score_ngrams(measures.likelihood_ratio):
            scores[gram] = float(value)

    rows = []
    all_tokens = sum(totals.values())
    for group in sorted(counts):
        c = totals[group]
        d = all_tokens - c
        cands = []
        for key, cnt in counts[group].items():
            if cnt < min_count or key not in scores:
                continue
            total = sum(counts[g].get(key, 0) for g in counts)
            keyness = _g2(cnt, total - cnt, c, d) if d > 0 else 0.0
            cands.append((scores[key], keyness, key, cnt))
        cands.sort(key=lambda x: (-x[0], -x[1], x[2]))
        for score, keyness, key, cnt in cands[:top]:
            rows.append({
                "group": group, "phrase": surfaces[(group, key)].most_common(1)[0][0],
                "lemmas": " ".join(key), "n": len(key), "count": cnt,
                "n_docs": len(docs[(group, key)]), "score": score, "keyness": keyness,
                "example": examples[(group, key)],
            })
    if not rows:
        return _empty(CANDIDATE_COLUMNS)
    return pd.DataFrame(rows, columns=list(CANDIDATE_COLUMNS)).astype(CANDIDATE_COLUMNS)
