"""Quote attribution: who is quoted, in which form, and on which side.

A fast rule system over regular expressions and lemmas (no parser). It follows the
annotation guidelines of the project (``GUIDELINES.md`` beside the seed gold):

1. **Quote marks** (« », “ ”, " ", and ‘ ’ / ' ' when clearly used as marks) are paired
   within a paragraph; AFP inner quotes ``+…+`` are not marks. An opening mark left
   unclosed (or a stray closing one) is reported as a problem, never silently dropped.
2. **Sentences** are cut at final punctuation outside quotations, at line breaks and
   at glued subheadings (``…des discussions.«Vladimir``).
3. **Cues** come from ``framing/data/cues.csv``: speech verbs by lemma, each with the
   frames it can introduce (que-clause, inverted incise, colon/quotation, noun-phrase
   complement, de/à + infinitive, pour-complement), attribution markers (*selon*,
   *d'après* …) and communiqué nouns. Inflected forms are recognised through
   ``simplemma`` lemmas and generated regular conjugations.
4. **Speakers** are the noun phrase of an incise (``…, a déclaré la présidence
   russe``), the clause subject before the verb (apposition and relative clauses
   skipped), the source of *selon X*, or a pronoun (``il``, ``a-t-il ajouté``,
   ``ce dernier``) resolved to the nearest compatible named speaker before it.
5. **Actors and sides** come from an actor dictionary (:mod:`framing.actors`).
6. Quotations with no attribution continue the quotation of the previous sentence,
   take a clause subject that names an actor, or are ``unattributed``; short
   capitalised spans (``«Etat islamique»``, ``«Air Force One»``) and one-word scare
   quotes are not quotes. Reported speech inside another with a distinct speaker
   gets its own row with ``nested=True``.

Problems inside an article (an unclosed «, a stray », a quotation cut off by the end of
the text) are never dropped silently: :func:`quote_problems` lists them for one text and
:func:`extract_quotes` returns them as ``attrs["problems"]`` (a DataFrame with columns
``doc_id``, ``start``, ``problem``), so the quote table keeps its fixed columns. A
quotation left open at the very end of a text is still extracted (what exists of it,
``unattributed``), as the guidelines ask.

No parser is used: the rules run at several hundred kB/s on one core
(``benchmarks/quotes_throughput.py``); ``benchmarks/score_quotes_sets.py`` scores them on
the gold sets (with :mod:`framing.evaluation`).

>>> [(q.kind, q.quote, q.speaker, q.side) for q in quotes_in(
...     "«Nous avons eu une très bonne conversation», a déclaré Donald Trump.")]
[('direct', 'Nous avons eu une très bonne conversation', 'Donald Trump', 'white_house')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from framing.actors import JOINT, OTHER, UNATTRIBUTED, ActorIndex, _key, actor_index, match_keys
from framing.datafiles import read_table
from framing.french import WORD_RE, boilerplate_spans, lemma, tokens

__all__ = ["Quote", "QUOTE_COLUMNS", "PROBLEM_COLUMNS", "load_cues", "quotes_in", "quote_problems",
           "extract_quotes"]

QUOTE_COLUMNS = ["doc_id", "start", "end", "quote", "kind", "speaker", "speaker_start", "speaker_end",
                 "actor", "side", "cue", "nested"]
PROBLEM_COLUMNS = ["doc_id", "start", "problem"]
_INT_COLUMNS = ["start", "end", "speaker_start", "speaker_end"]


@dataclass(frozen=True)
class Quote:
    """One reported speech act in a text: ``text[start:end] == quote``.

    ``kind`` is ``direct``, ``indirect`` or ``mixed``; ``speaker`` is the attribution
    as written ("" if none, then ``speaker_start == speaker_end == -1``); ``actor`` the
    canonical actor ("" if unresolved); ``side`` its side (``joint``, ``other``,
    ``unattributed`` …); ``cue`` the verb or marker that attributes it; ``nested`` is
    True for speech reported inside another speaker's words.
    """

    start: int
    end: int
    quote: str
    kind: str
    speaker: str = ""
    speaker_start: int = -1
    speaker_end: int = -1
    actor: str = ""
    side: str = UNATTRIBUTED
    cue: str = ""
    nested: bool = False


# --------------------------------------------------------------------------- cues

_FRAMES = {"que", "incise", "colon", "np", "inf", "pour"}
_KINDS = {"verb", "marker", "noun"}


def load_cues(source=None) -> pd.DataFrame:
    """Load the speech-cue table.

    Parameters
    ----------
    source : str, Path or DataFrame, optional
        A CSV file (``#`` lines are comments) or table with columns ``lemma``, ``kind``
        (``verb``, ``marker``, ``noun``) and ``frames`` (for verbs: space-separated
        among ``que incise colon np inf pour``). By default ``framing/data/cues.csv``.

    Returns
    -------
    DataFrame
        Columns ``lemma``, ``kind``, ``frames`` (str), one row per cue.

    Raises
    ------
    ValueError
        Naming the file and line of a malformed row.

    Examples
    --------
    >>> cues = load_cues()
    >>> cues.loc[cues["lemma"] == "déclarer", "frames"].item()
    'que incise colon inf'
    """
    table = read_table(source, default="cues.csv", required=["lemma", "kind"], what="cue table",
                       columns=["lemma", "kind", "frames"], frame_name="cues DataFrame")
    name = table.attrs["name"]
    rows = zip(table.attrs["where"], table.to_dict("records"))
    out = []
    for where, r in rows:
        lem, kind, frames = r.get("lemma", "").strip(), r.get("kind", "").strip(), r.get("frames", "").strip()
        if not lem:
            raise ValueError(f"{name}, {where}: empty lemma")
        if kind not in _KINDS:
            raise ValueError(f"{name}, {where}: unknown kind {kind!r}; use one of {sorted(_KINDS)}")
        bad = [f for f in frames.split() if f not in _FRAMES]
        if bad:
            raise ValueError(f"{name}, {where}: unknown frame(s) {bad}; use {sorted(_FRAMES)}")
        if kind == "verb" and not frames:
            raise ValueError(f"{name}, {where}: the verb {lem!r} needs at least one frame")
        out.append({"lemma": lem, "kind": kind, "frames": frames})
    return pd.DataFrame(out, columns=["lemma", "kind", "frames"]).astype(object)


def _er_forms(lem: str) -> set[str]:
    stem = lem[:-2]
    ends = ["e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées", "ait", "aient", "a", "èrent", "ant",
            "er", "ais", "era", "eront", "erait", "eraient", "ai", "âmes"]
    forms = {stem + e for e in ends}
    # répéter -> répète, réitérer -> réitère
    m = re.match(r"^(.*)é([^aeiouyé]+)$", stem)
    if m:
        forms |= {f"{m.group(1)}è{m.group(2)}{e}" for e in ("e", "es", "ent")}
    if stem.endswith("g"):
        forms |= {stem + "eons", stem + "eait", stem + "eaient", stem + "eant", stem + "ea"}
    if stem.endswith("c"):
        forms |= {stem[:-1] + "ç" + e for e in ("ons", "ait", "aient", "ant", "a")}
    if stem.endswith("el") or stem.endswith("et"):
        forms |= {stem + stem[-1] + e for e in ("e", "es", "ent")}
    return forms


def _re_forms(lem: str) -> set[str]:
    """Participles and present forms of the irregular verb families speech verbs come from."""
    table = [("ettre", ["is", "ise", "isent", "et", "ets", "ettent", "ettait", "ettaient", "ettant", "ît"]),
             ("aître", ["u", "ue", "us", "ues", "aît", "aissent", "aissait", "aissaient", "aissant"]),
             ("ondre", ["ondu", "ondue", "ond", "onds", "ondent", "ondait", "ondaient", "ondant", "ondit"]),
             ("ivre", ["it", "is", "ivi", "ivie", "ivent", "ivait", "ivaient", "ivant"]),
             ("enir", ["ient", "iennent", "enu", "enue", "enait", "enaient", "enant", "int"]),
             ("tir", ["ti", "tie", "t", "tent", "tait", "taient", "tant"]),
             ("crire", ["crit", "crite", "crits", "crites", "crivent", "crivait", "crivaient", "crivant", "crivit"]),
             ("dire", ["dit", "dite", "dits", "disent", "disait", "disaient", "disant"]),
             ("aincre", ["aincu", "ainc", "ainquent", "ainquait"])]
    for end, forms in table:
        if lem.endswith(end):
            base = lem[: -len(end)]
            if end in ("ondre",):
                base = lem[:-5]
            return {base + f for f in forms}
    return set()


def _ir_forms(lem: str) -> set[str]:
    stem = lem[:-2]
    return {stem + e for e in ("i", "ie", "is", "ies", "it", "issent", "issait", "issaient", "issant",
                               "ir", "ira", "irait")}


@dataclass(frozen=True)
class CueSet:
    """A compiled cue table (see :func:`load_cues`)."""

    verbs: dict            # lemma -> frozenset of frames
    pronominal: dict       # lemma -> frames it has with a reflexive clitic (s'engager, se dire)
    multi: dict            # last lemma -> list of (tuple of lemmas, full cue)
    forms: dict            # inflected form -> lemma (generated)
    markers: tuple         # tuples of folded words (selon), (d', après) ...
    nouns: frozenset       # lemma of communiqué nouns (first word)
    trigger_cache: dict = field(default_factory=dict, compare=False, repr=False)  # word -> may be a cue
    lemma_cache: dict = field(default_factory=dict, compare=False, repr=False)  # word -> verb cue lemma or None


def _compile_cues(table: pd.DataFrame) -> CueSet:
    verbs, pron, multi, forms, markers, nouns = {}, {}, {}, {}, [], set()
    for r in table.itertuples(index=False):
        lem = r.lemma.strip().lower().replace("’", "'")
        if r.kind == "marker":
            markers.append(tuple(t.lower for t in tokens(lem)))
            continue
        if r.kind == "noun":
            nouns.add(lemma(tokens(lem)[0].text))
            continue
        frames = frozenset(r.frames.split())
        words = [t.lower for t in tokens(lem)]
        if words and words[0] in ("se", "s'"):
            words = words[1:]
            pronominal = True
        else:
            pronominal = False
        if not words:
            continue
        key = " ".join(words)
        if len(words) > 1:
            multi.setdefault(lemma(words[-1]), []).append((tuple(lemma(w) for w in words[:-1]), key))
        head = words[0] if len(words) == 1 else key
        if pronominal:
            pron[head] = pron.get(head, frozenset()) | frames
        else:
            verbs[head] = verbs.get(head, frozenset()) | frames
        if len(words) == 1:
            w = words[0]
            gen = _er_forms(w) if w.endswith("er") else _re_forms(w) or (_ir_forms(w) if w.endswith("ir") else set())
            for f in gen:
                forms.setdefault(f, w)
    return CueSet(verbs, pron, multi, forms, tuple(markers), frozenset(nouns))


@lru_cache(maxsize=1)
def _bundled_cues() -> CueSet:
    return _compile_cues(load_cues())


def _cue_set(cues) -> CueSet:
    if cues is None:
        return _bundled_cues()
    if isinstance(cues, CueSet):
        return cues
    return _compile_cues(load_cues(cues))


# --------------------------------------------------------------------------- quote marks

_SPACES = " \t\u00a0\u202f\u2009\u2007\u200b"
_OPEN_CLOSE = {"«": "»", "“": "”", "„": "”", "‹": "›"}
_CLOSERS = set("»”›")
_MARK_RE = re.compile("[«»“”„‹›\"]")
_ANY_MARK = re.compile("[«»“”„\"‹›‘’']")


@dataclass(frozen=True)
class _Marks:
    open: int    # index of the opening mark
    close: int   # index of the closing mark
    cs: int      # content start (after the mark and spaces)
    ce: int      # content end
    truncated: bool = False  # an opening mark left open at the very end of the text


def _pair_marks(text: str) -> tuple[list[_Marks], list[tuple[int, str]]]:
    """Outermost quotation spans and problems (unclosed or stray marks), paragraph by paragraph."""
    spans: list[_Marks] = []
    trunc: list[_Marks] = []
    problems: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        base = pos
        pos += len(line) + 1
        if not _ANY_MARK.search(line):
            continue
        found = []
        stack: dict[str, int] = {}
        straight = None
        curly_open = "“" in line
        for mark in _MARK_RE.finditer(line):
            i = mark.start()
            c = line[i]
            if c in _OPEN_CLOSE:
                key = _OPEN_CLOSE[c]
                if key in stack:
                    problems.append((base + stack[key], f"unclosed {line[stack[key]]} (a new one opens)"))
                stack[key] = i
            elif c in _CLOSERS:
                if c in stack:
                    found.append((stack.pop(c), i))
                elif c == "”" and straight is None and not curly_open:
                    straight = i  # ” used for both marks
                elif c == "”" and straight is not None and line[straight] == "”":
                    found.append((straight, i))
                    straight = None
                else:
                    problems.append((base + i, f"closing {c} without an opening mark"))
            elif c == '"':
                if straight is None:
                    straight = i
                else:
                    found.append((straight, i))
                    straight = None
        unclosed = sorted(list(stack.values()) + ([straight] if straight is not None else []))
        for i in unclosed:
            problems.append((base + i, f"unclosed {line[i]}"))
        if unclosed and not text[base + len(line):].strip():
            # the text ends inside a quotation: a truncated quote keeps what exists
            i = unclosed[-1]
            if not any(a < i < b for a, b in found):
                cs, ce = i + 1, len(line)
                while cs < ce and line[cs] in _SPACES:
                    cs += 1
                while ce > cs and line[ce - 1] in _SPACES + "\r":
                    ce -= 1
                if ce - cs > 10:
                    trunc.append(_Marks(base + i, base + len(line), base + cs, base + ce, True))
        # single quotes, only outside the other marks and when clearly used as marks
        if "'" in line or "‘" in line or "’" in line:
            doubles = sorted(found)
            d_starts = [x for x, _ in doubles]
            d_reach = []  # furthest end of the pairs starting at or before each
            for _, y in doubles:
                d_reach.append(max(y, d_reach[-1]) if d_reach else y)
            for m in _SINGLE_QUOTED.finditer(
                                 line):
                a, b = m.start(1), m.end(3) - 1
                if " " in m.group(2) or len(m.group(2)) > 3:
                    k = bisect.bisect_right(d_starts, a) - 1
                    if k < 0 or d_reach[k] < a:
                        found.append((a, b))
        found.sort()
        outer = []
        for a, b in found:
            if outer and a < outer[-1][1]:
                continue  # inside a previous quotation
            outer.append((a, b))
        for a, b in outer:
            cs, ce = a + 1, b
            while cs < ce and line[cs] in _SPACES:
                cs += 1
            while ce > cs and line[ce - 1] in _SPACES:
                ce -= 1
            if ce > cs:
                spans.append(_Marks(base + a, base + b, base + cs, base + ce))
    return spans + trunc, problems


def quote_problems(text: str) -> list[tuple[int, str]]:
    """Unclosed or stray quote marks in ``text``: a list of (offset, problem).

    >>> quote_problems("Il a dit «oui. Puis rien.")
    [(9, 'unclosed «')]
    """
    return _pair_marks(text)[1]


# --------------------------------------------------------------------------- sentences

_ABBREV = frozenset("m mm mme mmes mlle dr pr st ste etc cf av apr env gén col lt sgt n no vol p ed".split())
_END = ".!?…"


def _sentences(text: str, spans: list[_Marks]) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over the whole text; quotations are never cut."""
    inside = np.zeros(len(text) + 1, dtype=bool)
    for s in spans:
        inside[s.open + 1:s.close] = True
    close_at = {s.close: s for s in spans}
    out = []
    pos = 0
    for line in text.split("\n"):
        base = pos
        pos += len(line) + 1
        start = base
        end_line = base + len(line)
        cuts = []
        for m in _SENT_END.finditer(line):
            p = base + m.start()
            q = base + m.end()
            ch = text[p]
            if ch in "»”\"":
                s = close_at.get(p)
                if s is None or s.ce <= s.cs or text[s.ce - 1] not in _END:
                    continue
            elif inside[p]:
                continue
            else:
                # abbreviations and initials: "M. Poutine", "Donald J. Trump"
                if ch == ".":
                    w = _LAST_WORD.search(text[max(base, p - 12):p])
                    if w and (w.group(1).lower() in _ABBREV or (len(w.group(1)) == 1 and w.group(1).isupper())):
                        continue
                while q < end_line and text[q] in "»”\")]'’":
                    if text[q] in "»”\"" and q in close_at:
                        break
                    q += 1
            # what follows
            j = q
            while j < end_line and text[j] in _SPACES:
                j += 1
            if j >= end_line:
                continue
            nxt = text[j]
            glued = j == q
            if nxt in "«“\"—–-" or nxt.isupper() or (nxt.isdigit() and not glued):
                if glued and not (nxt in "«“" or (nxt.isupper() and j + 1 < end_line and text[j + 1].islower())):
                    continue
                if glued and ch == "." and not (text[p - 1].islower() or text[p - 1] in "»”)"):
                    continue
                cuts.append(q)
        for c in cuts:
            if c > start:
                out.append((start, c))
            start = c
        if end_line > start:
            out.append((start, end_line))
    # trim spaces
    res = []
    for a, b in _capped(text, out):
        while a < b and text[a] in _SPACES + "\r":
            a += 1
        while b > a and text[b - 1] in _SPACES + "\r":
            b -= 1
        if b > a:
            res.append((a, b))
    return res


# Longest sentence the rules look at. French news sentences stay far below it (the longest in
# the gold sets is under 800 characters); a longer one is a scraping accident (a table, a list
# of names, a page without punctuation) and is cut into pieces, so the work per sentence is
# bounded and the whole analysis stays linear in the length of the text.
MAX_SENTENCE = 1200
_SOFT_CUT = re.compile(r"[,;:.!?»”)\]]?[ \t\u00a0\u202f]+")


def _capped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut sentences longer than ``MAX_SENTENCE`` at the last punctuation or space before the cap."""
    out = []
    for a, b in spans:
        while b - a > MAX_SENTENCE:
            lo, hi = a + MAX_SENTENCE // 2, a + MAX_SENTENCE
            cut = None
            for m in _SOFT_CUT.finditer(text, lo, hi):
                if cut is None or m.group()[0] not in _SPACES or text[cut[0]] in _SPACES:
                    cut = (m.start(), m.end())
            c = cut[1] if cut else hi
            out.append((a, c))
            a = c
        out.append((a, b))
    return out


# --------------------------------------------------------------------------- word lists

_AUX = frozenset("a ai as avons avez ont avait avaient avais aura auront aurait auraient eut est sont "
                 "était étaient sera seront serait seraient fut suis sommes avoir ayant".split())
_ETRE = frozenset("est sont était étaient sera seront serait seraient fut suis sommes".split())
_DET = frozenset("le la les l' un une des du au aux sa son ses leur leurs cette ce cet ces notre nos "
                 "votre vos mon ma mes quelques plusieurs toute tout tous toutes aucun aucune chaque".split())
_NP_START = _DET | {"à", "d'", "de"}
_REFLEXIVE = frozenset("se s' me m' te t' nous vous".split())
_CLITICS = frozenset("lui leur le la l' les se s' y en ne n' me m' te t' nous vous".split())
_SUBJ_PRON = {"il": "m", "elle": "f", "ils": "pl", "elles": "pl", "on": "", "celui-ci": "m", "celle-ci": "f",
              "ceux-ci": "pl", "lui": "m", "eux": "pl", "ce dernier": "m", "cette dernière": "f",
              "ces derniers": "pl"}
_REL = frozenset("qui que qu' dont où laquelle lequel lesquels lesquelles auquel duquel quand lorsque "
                 "lorsqu' si car mais puis alors comme".split())
_NOT_COMP = frozenset("plutôt autant ainsi alors bien tandis avant dès parce afin sans pour sorte tant plus moins autre "
                      "même si aussi après pendant depuis jusqu' ne n' tel telle mieux davantage".split())
_ADVERBS = frozenset("également aussi ainsi encore notamment alors ensuite enfin déjà toutefois cependant "
                     "pourtant néanmoins surtout désormais aujourd'hui hier mardi lundi mercredi jeudi "
                     "vendredi samedi dimanche soir matin plus tard récemment "
                     "ailleurs lui-même elle-même officiellement publiquement clairement fermement "
                     "nouveau fois également".split())
_CUT = frozenset("dans lors devant sur à au aux en après avant depuis alors lorsque lorsqu' pendant "
                 "quand mardi lundi mercredi jeudi vendredi samedi dimanche hier cité citée cités interrogé "
                 "interrogée via qui selon pour contre lui-même elle-même ce cette mais et puis tout "
                 "avant-hier aujourd'hui".split())
_ANAPHORIC = frozenset("communiqué texte document source déclaration note président dirigeant chef "
                       "message compte-rendu readout présidence assistant conseiller porte-parole ministre "
                       "diplomate parole ministère ministre porte responsable émissaire envoyé négociateur "
                       "entourage interlocuteur".split())
_PREP = frozenset("sur dans lors devant en pour par avec via depuis après avant pendant contre sans chez "
                   "vers lorsque lorsqu' quand si comme".split())
_PRONOUNS = frozenset("je j' tu il elle on nous vous ils elles ce c' ça cela ceci".split())
_DOCUMENTS = frozenset("communiqué texte document déclaration note message compte-rendu readout".split())
_ASIDE = re.compile(r"(?:de (?:son|leur) côté|pour (?:sa|leur) part|quant à (?:lui|elle|eux)|en effet|lui aussi|"
                    r"elle aussi|par ailleurs|de nouveau|à nouveau|une nouvelle fois|en outre|une fois de plus|"
                    r"d['’]emblée|d['’]abord|à son tour|à leur tour|encore une fois|en substance|pour finir)"
                    r"[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*", re.IGNORECASE)
_MID_ASIDE = re.compile(r",[\s\u00a0\u202f]*(?:lui|elle|eux|elles|pour (?:sa|leur) part|de (?:son|leur) côté|"
                        r"quant à (?:lui|elle|eux)|lui aussi|elle aussi|toutefois|cependant|pourtant|néanmoins|"
                        r"en effet|d['’]ailleurs|par ailleurs|notamment|également|aussi|ensuite|encore|enfin|"
                        r"à son tour|de nouveau|à nouveau|une nouvelle fois|dans un communiqué|dans un tweet|"
                        r"sur son réseau(?: social)?|sur Twitter|sur X|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)"
                        r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*$", re.IGNORECASE)
_ON_SOURCE = re.compile(r"[\s\u00a0\u202f]*(?:de|dans|auprès d[eu']|du côté d[eu']|à|au|chez)[\s\u00a0\u202f]*"
                        r"([^,;:.!?«»\"“”()\d]{2,70})")
_SOURCE_WORDS = re.compile(r"\b(?:sources?|entourage|équipe|services|délégation|camp)\b", re.IGNORECASE)
_TAIL_STOP = frozenset("qui que qu' dont où lors avant après en selon dans devant sur à au aux pour par lequel laquelle "
                       "lesquels lesquelles mardi lundi mercredi jeudi vendredi samedi dimanche hier soir matin "
                       "cité citée interrogé interrogée mais et car puis tout ce cette le la les un une son sa ses".split())
_LABEL = re.compile(r"[\s\u00a0\u202f]*([^\W\d_][^:«»\"“”\n.!?,;]{1,40}?)[\s\u00a0\u202f]*:[\s\u00a0\u202f]*(?=\S)")
_PERSON = re.compile(r"(?<![\w'’-])([A-ZÉÈ][a-zéèêëïîôç]+(?:-[A-ZÉ][a-zéèêëïîôç]+)?)[ \u00a0]+"
                     r"((?:de |van |von |Le |La |De |Al-|El-)?[A-ZÉÈ][a-zéèêëïîôç'’-]+)(?![\w'’])")
_NOT_FIRST_NAMES = frozenset("le la les un une des du de selon pour lire dans plus après avant depuis mais et "
                             "à a en au aux ce cette ces son sa ses leur lors quant pendant face outre côté "
                             "monsieur madame sciences nations maison union conseil etat état".split())
_ANTECEDENT_CUT = frozenset("contre à au aux avec par pour sur dans vers chez entre que qu' qui et".split())
_EXPERTS = ("universitaire|politologue|chercheur|chercheuse|analyste|expert|experte|spécialiste|historien|"
            "historienne|professeur|professeure|diplomate|observateur|observatrice|économiste|sociologue|"
            "géopolitologue|ancien ambassadeur|ancienne ambassadrice|éditorialiste|commentateur|commentatrice")
_CITED = re.compile(r"[\s\u00a0\u202f]*(?:cité|citée|cités|citées|interrogé|interrogée|interrogés|joint|jointe|"
                    r"contacté|contactée)[^,;:.!?«»]{0,60},")
_NOT_SPEAKER_DET = frozenset("toute tout tous toutes aucun aucune chaque plusieurs ces ce cette cet nul nulle".split())
_CONJ_QUE = frozenset("tandis alors parce bien dès pendant même ainsi sorte".split())
_WEAK_NP = frozenset("afficher manifester exprimer formuler émettre".split())
_POSSESSIVE = frozenset("son sa ses leur leurs notre nos".split())
# prepositions heading the position-carrying complement of a stance verb ("plaider pour un
# cessez-le-feu", "insister sur la nécessité de …"); the content starts after the preposition
_NP_PREP = {"plaider": ("pour", "contre", "en"), "se prononcer": ("pour", "contre", "en"),
            "militer": ("pour", "contre", "en"), "insister": ("sur",)}
# adjectives of position after "se dire / se déclarer" ("s'est dit favorable à …")
_STANCE_ADJ = frozenset("favorable favorables opposé opposée opposés opposées hostile hostiles prêt prête prêts "
                        "prêtes ouvert ouverte ouverts ouvertes disposé disposée disposés disposées "
                        "convaincu convaincue convaincus convaincues confiant confiante confiants confiantes "
                        "optimiste optimistes pessimiste pessimistes satisfait satisfaite satisfaits satisfaites "
                        "déterminé déterminée déterminés déterminées résolu résolue résolus résolues "
                        "certain certaine certains certaines sûr sûre sûrs sûres".split())
_STANCE_NOUNS = frozenset("souhait volonté désir espoir intention détermination attachement soutien opposition "
                          "importance nécessité gratitude inquiétude préoccupation regret engagement refus "
                          "satisfaction reconnaissance".split())
_SOURCE_NOUNS = frozenset("source responsable diplomate expert analyste observateur communiqué agence journal "
                          "quotidien hebdomadaire média presse télévision chaîne site porte-parole porte parole "
                          "ministère ministre président présidence gouvernement service autorité proche entourage "
                          "conseiller témoin officiel spécialiste rapport document texte déclaration dirigeant "
                          "chef état-major armée diplomatie fonctionnaire enquêteur procureur juge élu sénateur "
                          "député opposition parti organisation ong institut émissaire envoyé négociateur "
                          "interlocuteur information compte-rendu lettre message tweet publication".split())
_CONNECT = frozenset("mais et or donc ainsi pourtant cependant toutefois puis enfin alors".split())
_DASHES = "—–"
_NO_CUE = object()
_WORD_CHAR = re.compile(r"\w")
_STOP_GAP = re.compile(r"[;:.!?()«»]")
_STOP_GAP_COMMA = re.compile(r"[;:.!?()«»,]")
_INF_END = re.compile(r"(er|ir|re|oir)$")
_PART_END = re.compile(r"(é|ée|és|ées)$")
_SENT_END = re.compile(r"[.!?…]+|[»”\"]")
_LAST_WORD = re.compile(r"([^\W\d_]+)\.?$")
_SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(\[:]))(['‘])(?=[^\W\d_])([^'‘’\n]{2,300}?)(['’])(?=$|[\s,.;:!?)])")
_RECENT = 60  # named speakers looked back over to resolve a pronoun
_COORD_WINDOW = 100
_MAX_SUBHEADINGS = 50  # short unattributed lines per text compared with the attributed quotations  # tokens after a speech verb searched for a coordinated one ("…, et a ajouté que")
_PUNCT_GAP = re.compile(r"[,;:.!?()«»\"“”\[\]—–\n]")
_INV = re.compile(r"^-(?:t-)?(il|elle|ils|elles|on)\b")
_DET_BEFORE = re.compile(r"(?:\b(?:[Ll]e|[Ll]a|[Ll]es|[Uu]n|[Uu]ne|[Dd]es|MM?\.|Mme|[Cc]e|[Cc]et|[Cc]ette|[Ss]on|[Ss]a)[ \u00a0]+|\b[Ll]['’])$")
_ABBR_TOKEN = re.compile(r"^(?:M|MM|Mme|Mmes|Dr|Pr|St|Ste|[A-Z])$")
_WORD_SPLIT = re.compile(r"[^\W\d_]+")
_CLEFT = re.compile(r"^\W*(?:c['’]est|ce sont|voilà)\s+(?:en ces termes|ainsi|avec ces mots|par ces mots|"
                    r"en ces mots|de cette manière|de cette façon|en substance)\s+qu", re.IGNORECASE)


class _Tok(NamedTuple):
    """A word of the text with its offsets and its folded form (computed once)."""

    start: int
    end: int
    text: str
    lower: str
    key: str | None  # the actor-matching key (None for articles and titles)


def _toks(text: str, a: int, b: int) -> list[_Tok]:
    """Word tokens of ``text[a:b]`` (see :func:`framing.french.tokens`), offsets into ``text``."""
    out = []
    get, new, append = _LOWER.get, tuple.__new__, out.append
    for m in WORD_RE.finditer(text, a, b):
        w = m.group()
        info = get(w)
        if info is None:
            if len(_LOWER) > 200_000:
                _LOWER.clear()  # a cache of a pure function: bounded, results unchanged
            info = _LOWER[w] = (w.lower().replace("’", "'").replace("ʼ", "'").replace("`", "'"), _key(w))
        s, e = m.span()
        append(new(_Tok, (s, e, w) + info))
    return out


_LOWER: dict[str, tuple] = {}  # word -> (folded form, actor key)


_LONGEST_LINE = 2000  # page furniture is short: a longer line is never boilerplate


def _name_like(content: str) -> bool:
    """«Etat islamique», «Air Force One», «Truth Social»: short, capitalised, no final punctuation."""
    words = tokens(content)
    return 0 < len(words) <= 4 and words[0].text[:1].isupper() and not re.search(r"[.!?,;…]$", content)


@lru_cache(maxsize=50_000)
def _names_document(speaker: str) -> bool:
    """Whether a speaker phrase is a document ("le communiqué", "la déclaration commune")."""
    return any(lemma(t.text) in _DOCUMENTS for t in tokens(speaker)[:3])


def _is_infinitive(word: str) -> bool:
    if word[:1].isupper():
        return False
    low = word.lower()
    if low in ("avoir", "être"):
        return True
    return bool(_INF_END.search(low)) and lemma(low) == low and len(low) > 4


def _fold(s: str) -> str:
    return s.lower().replace("’", "'")


# --------------------------------------------------------------------------- per-text analysis

@dataclass
class _Cand:
    cs: int
    ce: int
    kind: str
    prio: float
    speaker: tuple | None   # (start, end) or None
    cue: str
    sent: int
    pron: str = ""          # pronoun speaker, to resolve later
    actor: str = ""
    side: str = ""
    gender: str = ""
    nested: bool = False
    incise: bool = False
    subject_at: int = -1    # where the speaker sits (for containment)
    same_as: object = None  # a row elsewhere attributing the same words


class _Doc:
    def __init__(self, text, cues: CueSet, index: ActorIndex):
        self.text = text
        self.cues = cues
        self.index = index
        self.spans, self.problems = _pair_marks(text)
        self.spans.sort(key=lambda s: s.open)
        self._opens = [s.open for s in self.spans]
        self.span_by_open = {s.open: s for s in self.spans}
        self.sents = _sentences(text, self.spans)
        self._sent_starts = [a for a, _ in self.sents]
        self._marker_firsts = {m[0] for m in cues.markers if m}
        self._marker_words = {w.rstrip("'") for m in cues.markers for w in m}
        self._sent_actors: dict[int, tuple[list[int], list]] = {}
        self._tok_cache: dict[int, tuple] = {}
        self._cue_memo: dict[int, tuple] = {}
        self._cue_lemmas = cues.lemma_cache
        if len(self._cue_lemmas) > 200_000:
            self._cue_lemmas.clear()  # a cache of a pure function: bounded, results unchanged
        self._sent_keys: dict[int, tuple] = {}
        self._sent_toks: list = []

    def actors_in(self, si, a=None, b=None):
        """Actor aliases of sentence ``si`` (found once per sentence) lying within [a, b)."""
        got = self._sent_actors.get(si)
        if got is None:
            s0, s1 = self.sents[si]
            found = self.find(s0, s1)
            got = ([m.start for m in found], found)
            self._sent_actors[si] = got
        starts, found = got
        lo = 0 if a is None else bisect.bisect_left(starts, a)
        hi = len(found) if b is None else bisect.bisect_left(starts, b)
        return [m for m in found[lo:hi] if b is None or m.end <= b]

    # ---- helpers
    def _worth(self, sent: str) -> bool:
        """Whether a sentence holds a word that can be a cue or a marker (a fast filter)."""
        cache = self.cues.trigger_cache
        if len(cache) > 200_000:
            cache.clear()  # a cache of a pure function: bounded, results unchanged
        for w in _WORD_SPLIT.findall(sent):
            low = w.lower()
            hit = cache.get(low)
            if hit is None:
                lem = self.cues.forms.get(low) or lemma(low)
                hit = (lem in self.cues.verbs or lem in self.cues.pronominal or lem in self.cues.multi
                       or low in self._marker_words or low == "pour")
                cache[low] = hit
            if hit:
                return True
        return False

    def in_quote(self, p):
        k = bisect.bisect_left(self._opens, p) - 1
        if k >= 0 and self.spans[k].open < p < self.spans[k].close:
            return self.spans[k]
        return None

    def gap(self, a, b):
        return self.text[a:b]

    def cue_of(self, toks, i):
        """(lemma, frames, first token index of a multiword cue) if toks[i] is a speech verb."""
        low = toks[i].lower
        lem = self._cue_lemmas.get(low, _NO_CUE)
        if lem is _NO_CUE:
            lem = None
            if len(low) >= 3 and low[0].isalpha():
                lem = self.cues.forms.get(low) or lemma(low)
                if not (lem in self.cues.verbs or lem in self.cues.pronominal or lem in self.cues.multi):
                    lem = None
            self._cue_lemmas[low] = lem
        if lem is None:
            return None
        memo = self._cue_memo.get(id(toks))
        if memo is None or memo[0] is not toks:
            memo = (toks, {})
            self._cue_memo[id(toks)] = memo
        got = memo[1].get(i, memo)
        if got is memo:
            got = memo[1][i] = self._cue_of(toks, i, lem)
        return got

    def _cue_of(self, toks, i, lem):
        low = toks[i].lower
        first = i
        if lem in self.cues.multi:
            for prev, key in self.cues.multi[lem]:
                k = len(prev)
                if i - k >= 0 and tuple(lemma(x.text) for x in toks[i - k:i]) == prev:
                    fr = self.cues.verbs.get(key) or self.cues.pronominal.get(key)
                    return key, fr, i - k
        frames = self.cues.verbs.get(lem)
        pf = self.cues.pronominal.get(lem)
        if pf is not None and any(x.lower in _REFLEXIVE for x in toks[max(0, i - 4):i]):
            frames = (frames or frozenset()) | pf
        if frames is None:
            return None
        if i > 0:
            p = toks[i - 1].lower
            if p in _DET and p not in ("le", "la", "les", "l'", "leur"):
                return None
            if p in ("le", "la", "les", "l'", "leur") and not (i > 1 and toks[i - 2].lower in _AUX | {"il", "elle", "ils", "on", "qui"}):
                # "le communiqué", "la déclaration": a noun; "il l'a dit" keeps its verb
                if not (low.endswith("é") or low.endswith("ée") or low.endswith("és")):
                    return None
            if p in ("de", "d'", "à") and not re.search(r"(er|ir|re)$", low):
                return None
        return lem, frames, first

    def verb_group(self, toks, i, first):
        """Start of the verb group (auxiliary), inversion pronoun token, passive flag."""
        j = first
        aux = None
        k = first - 1
        steps = 0
        # an aside between the auxiliary and the participle: "a, lui, estimé", "a, pour sa part, appelé"
        m = _MID_ASIDE.search(self.text, max(0, toks[first].start - 40), toks[first].start) if first > 0 else None
        if m:
            while k >= 0 and toks[k].start >= m.start():
                k -= 1
            if k >= 0 and toks[k].lower in _AUX:
                aux = k
                steps = 6
            else:
                k = first - 1
        gaps = self.gap_set(toks)
        while k >= 0 and steps < 6:
            if k + 1 in gaps:
                break
            lw = toks[k].lower
            if lw in _AUX:
                aux = k
                break
            if lw in ("que", "qu'", "qui"):
                break
            if lw in _SUBJ_PRON and not (k > 0 and "-" in self.text[toks[k - 1].end:toks[k].start]) \
                    and not self.text.startswith("-même", toks[k].end):
                break
            k -= 1
            steps += 1
        inv = None
        passive = False
        if aux is not None:
            j = aux
            # inversion: a-t-il ajouté
            m = _INV.match(self.text[toks[aux].end:toks[aux].end + 10])
            if m:
                for x in range(aux + 1, min(aux + 3, len(toks))):
                    if toks[x].lower == m.group(1):
                        inv = x
                        break
            if toks[aux].lower in _ETRE:
                refl = aux > 0 and toks[aux - 1].lower in _REFLEXIVE
                if not refl:
                    passive = True
            if any(toks[x].lower == "été" for x in range(aux, i)):
                passive = True
            # clitics before the auxiliary: "il l'a dit", "s'est dit"
            while j > 0 and toks[j - 1].lower in _CLITICS and not _PUNCT_GAP.search(self.text[toks[j - 1].end:toks[j].start]):
                if toks[j - 1].lower in ("nous", "vous") and j - 1 == 0:
                    break
                j -= 1
        else:
            m = _INV.match(self.text[toks[i].end:toks[i].end + 10])
            if m:
                for x in range(i + 1, min(i + 3, len(toks))):
                    if toks[x].lower == m.group(1):
                        inv = x
                        break
            low = toks[i].lower
            if _PART_END.search(low) and first == i:
                passive = True
            while j > 0 and toks[j - 1].lower in _CLITICS and not _PUNCT_GAP.search(self.text[toks[j - 1].end:toks[j].start]):
                j -= 1
        return j, inv, passive

    def np_after(self, p, limit):
        """Speaker noun phrase starting at ``p`` (after an incise verb): (start, end) or None."""
        text = self.text
        window_end = limit
        q = p
        while True:
            m = _PUNCT_GAP.search(text, q, limit)
            if m and m.group() == "." and re.search(r"(?:\b(?:M|MM|Mme|Dr|St)|\b[A-Z])$", text[max(p, m.start() - 4):m.start()]):
                q = m.end()
                continue
            break
        if m:
            window_end = m.start()
        toks = _toks(text, p, window_end)
        if not toks:
            return None
        k = 0
        aside = _ASIDE.match(text, toks[0].start)
        if aside:
            # "a lancé pour sa part M. Poutine", "résume d'emblée la politologue"
            while k < len(toks) - 1 and toks[k].start < aside.end():
                k += 1
        while k < len(toks) and (toks[k].lower in _ADVERBS or toks[k].lower in ("ce", "cette", "soir", "matin")):
            if k + 1 < len(toks) and toks[k + 1].lower in ("dernier", "dernière", "derniers"):
                return toks[k].start, toks[k + 1].end
            k += 1
        if k >= len(toks):
            return None
        if toks[k].lower in ("que", "qu'", "de", "d'", "ne", "n'", "avoir", "être", "se", "s'") \
                or toks[k].lower in _NOT_COMP or _is_infinitive(toks[k].text):
            return None
        if any(t.lower in ("que", "qu'") for t in toks[k:k + 6]):
            return None
        if m and m.group() in ":«“\"":
            return None
        if (toks[k].lower in _PREP or toks[k].lower in ("à", "aux", "au")) and k + 2 < len(toks):
            # a prepositional phrase before the speaker: "a réagi sur X le Premier ministre"
            k0 = k
            k += 2
            while k < len(toks) - 1 and not (toks[k].text[:1].isupper() or toks[k].lower in _DET) and k - k0 < 5:
                k += 1
            if toks[k].lower not in _DET and not toks[k].text[:1].isupper():
                return None
        elif toks[k].lower in _PREP or toks[k].lower in ("à", "aux", "au"):
            return None
        start = toks[k].start
        end = toks[k].end
        matches = self.find(start, window_end)
        for x in range(k + 1, len(toks)):
            if toks[x].lower in _CUT:
                break
            end = toks[x].end
        if matches and matches[0].start <= toks[min(k + 2, len(toks) - 1)].start:
            end = max(end, matches[0].end)
        app = re.match(r",[\s\u00a0\u202f]*[A-ZÉ][\w'’-]+(?:[\s\u00a0\u202f]+[A-ZÉ][\w'’-]+){0,3}(?=[\s\u00a0\u202f]*(?:[,.;!?]|$))",
                       text[end:limit])
        if app and not matches:
            end = end + app.end()
        return start, end

    def subject_before(self, toks, j, lo):
        """Clause subject before token ``j`` (the verb group), not before offset ``lo``."""
        text = self.text
        segs = []
        k = j - 1
        cur_end = j
        boundary_word = None
        gaps = self.gap_set(toks)
        while k >= 0 and toks[k].start >= lo:
            g = text[toks[k].end:toks[k + 1].start] if k + 1 in gaps else ""
            if g.strip() == "." and _ABBR_TOKEN.match(toks[k].text):
                g = ""  # "M. Trump", "Donald J. Trump"
            if g:
                segs.append((k + 1, cur_end, boundary_word))
                if re.search(r"[«»\"“”]", g):
                    break
                cur_end = k + 1
                boundary_word = None
                if len(segs) >= 7:
                    break
            lw = toks[k].lower
            if lw in _REL:
                segs.append((k + 1, cur_end, lw))
                cur_end = k
                boundary_word = None
                k -= 1
                if len(segs) >= 7:
                    break
                continue
            k -= 1
        else:
            segs.append((max(k + 1, 0), cur_end, None))
        # pick the first usable segment (skip empty ones and relative clauses)
        prev_rel = None
        after_qui = False
        for idx, (a, b, bw) in enumerate(segs):
            # bw is the relative word that starts the segment (or None)
            a_rel = a
            while a < b and (toks[a].lower in _CONNECT or toks[a].lower in _ADVERBS):
                a += 1
            if a >= b:
                prev_rel = prev_rel or bw
                continue
            if prev_rel in ("lequel", "laquelle", "lesquels", "lesquelles") and idx > 0:
                # "…, lesquels ont conclu que": the antecedent is the noun phrase just before
                seg = toks[a:b]
                cut = max((x for x, t in enumerate(seg) if t.lower in _ANTECEDENT_CUT), default=-1)
                seg = seg[cut + 1:] or toks[a:b]
                got = self._speaker_from_seg(seg)
                return got
            if bw == "qui":
                after_qui = True
                continue  # "X, qui a dit": the antecedent comes in the next segment
            if idx > 0 and bw in _REL and not (after_qui and bw in ("que", "qu'") and a_rel > 1
                                                   and toks[a_rel - 2].lower in _CONJ_QUE):
                continue  # a relative or subordinate clause between the subject and its verb
            after_qui = False
            seg = toks[a:b]
            # a relative clause segment ("qui s'exprimait devant la presse") is skipped
            if idx > 0 and seg and seg[0].lower in ("qui", "dont", "lors", "selon", "en", "après", "avant"):
                continue
            if len(segs) > idx + 1 and (seg[0].lower.endswith("ant") or seg[0].lower in _PREP
                                        or seg[0].lower in ("selon", "cité", "citée", "interrogé", "interrogée")):
                continue  # an incidental phrase: "Les médias russes, citant le Kremlin, affirment"
            got = self._speaker_from_seg(seg)
            if got[1] == "" and not self.find(seg[0].start, seg[-1].end):
                # an incidental segment ("– une entorse au protocole –"): look further back for a named subject
                for a2, b2, bw2 in segs[idx + 1:idx + 5]:
                    if bw2 in _REL or a2 >= b2:
                        continue
                    seg2 = toks[a2:b2]
                    if seg2[0].lower in _PREP or seg2[0].lower in ("selon", "d'après", "pour", "à", "au", "aux"):
                        break
                    if re.search(r"[()\[\]]", self.text[seg2[-1].end:seg[0].start]):
                        break
                    if self.find(seg2[0].start, seg2[-1].end):
                        return self._speaker_from_seg(seg2)
            return got
        return None

    def _speaker_from_seg(self, seg):
        # a dateline before the subject: "WASHINGTON - Le président américain a annoncé"
        k = 0
        while k < len(seg) - 1 and seg[k].text.isupper() and len(seg[k].text) > 1:
            k += 1
        if 0 < k < len(seg) and re.search(r"[-–—]", self.text[seg[k - 1].end:seg[k].start]):
            seg = seg[k:]
        # strip trailing clitics ("il lui a dit" -> il)
        while len(seg) > 1 and seg[-1].lower in _CLITICS:
            seg = seg[:-1]
        last = seg[-1].lower
        if last in _SUBJ_PRON or last in ("je", "nous", "vous", "j'"):
            return (seg[-1].start, seg[-1].end), last
        if len(seg) >= 2 and seg[-2].lower in ("celui", "celle", "ceux") and seg[-1].lower == "ci":
            return (seg[-2].start, seg[-1].end), seg[-2].lower + "-ci"
        if len(seg) >= 2 and seg[-2].lower in ("ce", "cette") and seg[-1].lower in ("dernier", "dernière"):
            return (seg[-2].start, seg[-1].end), "ce dernier" if seg[-1].lower == "dernier" else "cette dernière"
        s, e = seg[0].start, seg[-1].end
        matches = self.find(s, e)
        if matches:
            # the first actor named, and what follows it up to the verb if short
            return self.coordinated(matches), ""
        if len(seg) > 8:
            seg = seg[-6:]
        return (seg[0].start, seg[-1].end), ""

    def coordinated(self, matches):
        """Span of the first actor named and those coordinated with it (X et Y, X, Y et Z)."""
        m0 = matches[0]
        end = m0.end
        for m in matches[1:]:
            if re.fullmatch(r"[\s\u00a0\u202f]*(?:,|et|ainsi que|&)[\s\u00a0\u202f]*(?:(?:le|la|les|l'|l’|son|sa|ses|leur|M\.|MM\.|Mme)[\s\u00a0\u202f]*)*(?:homologue|président)?[\s\u00a0\u202f]*",
                            self.text[end:m.start]):
                end = m.end
            else:
                break
        return m0.start, end

    def content_end(self, a, b):
        t = self.text
        while b > a:
            c = t[b - 1]
            if c in _SPACES + ".,;:!?…\r-—–\n":
                b -= 1
            elif c in "»”" and self.in_quote(b - 2) is None and not any(x.close == b - 1 for x in self._closes_near(b - 1)):
                b -= 1  # a stray closing mark
            else:
                break
        return b

    def _closes_near(self, p):
        k = bisect.bisect_right(self._opens, p)
        return self.spans[max(0, k - 3):k]

    def classify(self, a, b):
        """Kind of a content span and its trimmed bounds."""
        t = self.text
        while a < b and t[a] in _SPACES + ",:;":
            a += 1
        b = self.content_end(a, b)
        k0 = bisect.bisect_left(self._opens, a)
        k1 = bisect.bisect_left(self._opens, b + 1)
        inner = [s for s in self.spans[k0:k1] if s.close < b + 1]
        if inner:
            first, last = inner[0], inner[-1]
            rest = t[a:first.open] + t[last.close + 1:b]
            if len(inner) == 1 and not _WORD_CHAR.search(rest):
                return "direct", first.cs, first.ce
            return "mixed", a, b
        return "indirect", a, b

    # ---- the analysis
    def run(self) -> list[Quote]:
        text = self.text
        cands: list[_Cand] = []
        sent_toks = self._sent_toks = []
        k = 0
        spans = self.spans
        for si, (s0, s1) in enumerate(self.sents):
            while k < len(spans) and spans[k].open < s0:
                k += 1
            has_quote = k < len(spans) and spans[k].open < s1
            if not has_quote and not self._worth(text[s0:s1]) and not (
                    (s0 == 0 or text[s0 - 1] == "\n") and _LABEL.match(text, s0, s1)):
                sent_toks.append([])  # no quotation, no cue, no marker: nothing to attribute
                continue
            toks = _toks(text, s0, s1)
            sent_toks.append(toks)
            cands.extend(self.sentence(si, s0, s1, toks))
        cands = self.cataphora(cands, sent_toks)
        cands = self.unattributed_quotes(cands, sent_toks)
        cands = self.resolve_containment(cands)
        cands = self.boilerplate(cands)
        cands.sort(key=lambda c: (c.cs, c.ce))
        self.resolve(cands, sent_toks)
        self.paragraph_scope(cands)
        out = []
        seen = set()
        for c in cands:
            if c.ce <= c.cs:
                continue
            key = (c.cs, c.ce)
            if key in seen:
                continue
            seen.add(key)
            sp, ss, se = "", -1, -1
            if c.speaker:
                ss, se = c.speaker
                m = _DET_BEFORE.search(text, max(0, ss - 8), ss)
                if m and (not c.pron or c.pron == "anaphor"):
                    ss = m.start()
                sp = text[ss:se]
            out.append(Quote(c.cs, c.ce, text[c.cs:c.ce], c.kind, sp, ss, se, c.actor, c.side or UNATTRIBUTED,
                             c.cue, c.nested))
        return out

    def sentence(self, si, s0, s1, toks) -> list[_Cand]:
        text = self.text
        out: list[_Cand] = []
        if not toks:
            return out
        low = [t.lower for t in toks]
        # ---- markers: selon X, d'après X ...
        firsts = self._marker_firsts
        for i in (range(len(toks)) if not firsts.isdisjoint(low) else ()):
            if low[i] not in firsts:
                continue
            for mk in self.cues.markers:
                L = len(mk)
                if tuple(low[i:i + L]) != mk:
                    continue
                if self.in_quote(toks[i].start):
                    continue
                c = self.marker(si, s0, s1, toks, i, L, mk)
                if c:
                    out.append(c)
        # ---- headline or wire label: "Ouchakov : la conversation a été «très bonne»"
        lab = _LABEL.match(text, s0, s1)
        if lab and (s0 == 0 or text[s0 - 1] == "\n"):
            found = self.index.find(lab.group(1), s0 + lab.start(1))
            label_words = [t for t in tokens(lab.group(1)) if t.lower not in ("m", "mme", "le", "la", "l'")]
            if len(found) == 1 and found[0].type == "person" and \
                    len(tokens(text[found[0].start:found[0].end])) >= len(label_words):
                kind, a, b = self.classify(lab.end(), s1)
                if len(_WORD_SPLIT.findall(text[a:b])) >= 3:
                    out.append(_Cand(a, b, kind, 2, (found[0].start, found[0].end), ":", si,
                                     subject_at=found[0].start))
        # ---- pour X, ... (sentence initial)
        if low[0] == "pour" and len(toks) > 2:
            m = re.match(r"[^,]{2,80},", text[toks[1].start:s1])
            if m:
                np_s, np_e = toks[1].start, toks[1].start + m.end() - 1
                words = text[np_s:np_e].strip()
                ok = self.index.find(words) or words.lower() in ("lui", "elle", "eux", "elles") or \
                    re.fullmatch(r"[A-ZÉ][\w-]+(?: [A-ZÉ][\w-]+)+", words) or \
                    re.fullmatch(r"(?:l['’]|les?[\s\u00a0\u202f]+|la[\s\u00a0\u202f]+)(?:" + _EXPERTS + r")s?", words.lower()) or \
                    (len(toks) > 3 and toks[1].lower in ("le", "la", "l'", "les") and
                     lemma(toks[2].text) in _SOURCE_NOUNS and lemma(toks[2].text) not in _DOCUMENTS)
                if ok and not re.match(r"(sa|son|ses|leur|l'instant|le moment|autant|cela|mémoire|rappel|ce faire)\b",
                                       words.lower()):
                    cited = _CITED.match(text, np_e + 1, s1)
                    if cited:
                        comma = cited.end() - 1  # "Pour le ministère …, cité par l'agence TAP, C"
                    else:
                        comma, np_e = self._apposition(np_e, s1, np_e)
                    kind, a, b = self.classify(comma + 1, s1)
                    pron = words.lower() if words.lower() in ("lui", "elle", "eux", "elles") else ""
                    out.append(_Cand(a, b, kind, 2.5, (np_s, np_e), "pour", si, pron=pron, subject_at=np_s))
        # ---- verbs
        self._prev_subject = None
        known = self._cue_lemmas
        for i, t in enumerate(toks):
            if known.get(t.lower, _NO_CUE) is None:
                continue  # a word already known not to be a speech verb
            cue = self.cue_of(toks, i)
            if cue is None:
                continue
            c = self.verb(si, s0, s1, toks, i, cue)
            if c:
                out.append(c)
                if c.speaker is not None and not c.incise:
                    self._prev_subject = (c.speaker, c.pron)
                elif c.speaker is not None and c.incise:
                    self._prev_subject = (c.speaker, c.pron)
        return out

    def _source_like(self, toks) -> bool:
        """Whether the noun phrase after *selon* names a source (an actor, a name, a source noun)."""
        if not toks:
            return False
        if any(t.text[:1].isupper() for t in toks) or self.find(toks[0].start, toks[-1].end):
            return True
        return any(lemma(t.text) in _SOURCE_NOUNS for t in toks[:4])

    def _apposition(self, comma, s1, src_e):
        """"Selon son porte-parole, Dmitri Peskov, C": extend the source over a named apposition."""
        text = self.text
        m = re.match(r"[\s\u00a0\u202f]*([^,;:.!?«»\"]{2,60}),", text[comma + 1:s1])
        if m:
            app = m.group(1).strip()
            words = app.split()
            if 1 <= len(words) <= 4 and (all(w[:1].isupper() for w in words if w not in ("de", "du", "el", "al", "von", "der"))
                                         or self.index.find(app)):
                return comma + 1 + m.end() - 1, comma + 1 + m.end(1)
        return comma, src_e

    def marker(self, si, s0, s1, toks, i, L, mk):
        text = self.text
        m_s, m_e = toks[i].start, toks[i + L - 1].end
        after = toks[i + L:]
        if not after:
            return None
        # selon lequel / laquelle ...
        if after[0].lower in ("lequel", "laquelle", "lesquels", "lesquelles"):
            kind, a, b = self.classify(after[0].end, s1)
            seg_lo = s0
            sp = self.subject_before(toks, i, seg_lo)
            # the antecedent is the noun phrase just before the marker
            prev = [t for t in toks if t.end <= m_s]
            sp = None
            if prev:
                k = len(prev) - 1
                while k > 0 and not _PUNCT_GAP.search(text[prev[k - 1].end:prev[k].start]) and len(prev) - k < 8:
                    k -= 1
                seg = prev[k:]
                matches = self.find(seg[0].start, seg[-1].end)
                sp = (matches[0].start, matches[0].end) if matches else (seg[0].start, seg[-1].end)
            return _Cand(a, b, kind, 2, sp, text[m_s:m_e] + " " + after[0].text, si, subject_at=m_s)
        before = text[s0:m_s]
        # the source: up to the next comma or the end
        np_end_m = re.search(r"[,;:.!?()«»\"“”\n]", text[after[0].start:s1])
        np_end = after[0].start + np_end_m.start() if np_end_m else s1
        src_s = toks[i + L - 1].start if "source" in mk else after[0].start
        src_e = self.content_end(src_s, np_end)
        if src_e <= src_s:
            return None
        # keep the source short: a noun phrase, cut before a verb-like continuation
        src_toks = [t for t in after if t.end <= src_e]
        if len(src_toks) > 10:
            src_e = src_toks[9].end
        pron = text[src_s:src_e].lower() if text[src_s:src_e].lower() in ("lui", "elle", "eux", "elles") else ""
        if not pron and "source" not in mk and not self._source_like(src_toks[:10]):
            return None  # "selon les termes de l'accord", "selon toute vraisemblance"
        if not _WORD_CHAR.search(before):
            # Selon X, C.
            if not np_end_m or text[np_end] != ",":
                return None
            np_end, src_e = self._apposition(np_end, s1, src_e)
            kind, a, b = self.classify(np_end + 1, s1)
            if b - a < 8:
                return None
            return _Cand(a, b, kind, 2.5, (src_s, src_e), text[m_s:m_e], si, pron=pron, subject_at=src_s)
        stripped = before.rstrip(_SPACES)
        heard = re.search(r",[\s\u00a0\u202f]*(?:a-t-on|avait-on|apprend-on|indique-t-on|précise-t-on)"
                          r"(?:[\s\u00a0\u202f]+(?:appris|indiqué|précisé|su))?$", stripped)
        if heard:
            # "…, a-t-on appris de source diplomatique."
            stripped = stripped[:heard.start() + 1]
        elif mk == ("auprès", "de"):
            return None
        q = self.in_quote(len(stripped) + s0 - 1) if stripped[-1:] in "»”\"" else None
        if q is None and stripped[-1:] in "»”\"":
            q = next((x for x in self.spans if x.close == len(stripped) + s0 - 1), None)
        if q is not None and text[q.close + 1:m_s].strip(_SPACES + ",") == "" and q.open >= s0 - 1:
            # «…» selon X
            tail = text[np_end:s1].strip(_SPACES + ".!?;)")
            if not tail or tail.startswith(","):
                return _Cand(q.cs, q.ce, "direct", 3, (src_s, src_e), text[m_s:m_e], si, pron=pron,
                             incise=True, subject_at=src_s)
        if stripped.endswith(",") or stripped.endswith("(") or stripped[-1:] in _DASHES:
            # C, selon X.  -- unless the marker sits in a verb incise (", a déclaré, selon X, Y")
            n_prev = sum(1 for t in toks if t.end <= m_s)
            for k in range(max(0, n_prev - 3), n_prev):
                pc = self.cue_of(toks, k)
                if pc and "incise" in pc[1]:
                    return None
            tail = text[np_end:s1].strip(_SPACES + ".!?;)")
            if tail and _WORD_CHAR.search(tail) and not tail.startswith(","):
                return None
            if tail and mk[0] in ("cité", "citée") and _WORD_CHAR.search(tail):
                return None  # "Pour X, cité par Y, C": Y relays X's words
            kind, a, b = self.classify(s0, len(stripped.rstrip(",(" + _DASHES)) + s0)
            if b - a < 8:
                return None
            return _Cand(a, b, kind, 3, (src_s, src_e), text[m_s:m_e], si, pron=pron, incise=True,
                         subject_at=src_s)
        return None

    def verb(self, si, s0, s1, toks, i, cue):
        text = self.text
        lem, frames, first = cue
        g0i, inv, passive = self.verb_group(toks, i, first)
        g0 = toks[g0i].start
        ce_ = toks[i].end
        if inv is not None:
            ce_ = max(ce_, toks[inv].end)
        cue_txt = text[g0:toks[i].end]
        in_q = self.in_quote(toks[i].start)
        pre = text[s0:g0].rstrip(_SPACES)
        gerund = toks[i].lower.endswith("ant")
        infinitive = g0i == first and inv is None and _INF_END.search(toks[i].lower) is not None
        if g0i == first and inv is None and _PART_END.search(toks[i].lower):
            infinitive = True  # a bare participle ("Le sommet, annoncé comme …") is no incise
        # ---------- incise: «…», a déclaré X / …, a-t-il ajouté
        if pre.endswith("-") and pre[:-1].rstrip(_SPACES)[-1:] in ",»”\"":
            pre = pre[:-1].rstrip(_SPACES)  # machine-translated wire copy: "“…”, - a dit Ouchakov"
        if not in_q and not gerund and not infinitive and (pre.endswith(",") or pre[-1:] in _CLOSERS or pre[-1:] in _DASHES
                                        or pre.endswith('"')) and ("incise" in frames or inv is not None):
            sp = None
            pron = ""
            if inv is not None:
                sp = (toks[inv].start, toks[inv].end)
                pron = toks[inv].lower
                src = _ON_SOURCE.match(text, toks[inv].end, s1) if pron == "on" else None
                if src and not (_SOURCE_WORDS.search(src.group(1)) or self.index.find(src.group(1))):
                    src = None
                if src:
                    # "indique-t-on de source diplomatique", "dit-on dans son entourage"
                    sp, pron = (src.start(1), self.content_end(src.start(1), src.end(1))), ""
            else:
                p = ce_
                rest = text[p:s1]
                mm = re.match(r"[\s\u00a0\u202f]*,([^,]{1,80}),", rest)
                paren = None
                if mm:
                    paren = (p + mm.start(1), p + mm.end(1))
                    p = p + mm.end()
                sp = self.np_after(p, s1)
                if sp is None and paren is not None:
                    sp = self.np_after(paren[0], paren[1])
                    if sp and re.match(r"\s*(selon|d'après)\s", text[paren[0]:paren[1]]):
                        sp = self.np_after(paren[0] + len(re.match(r"\s*\S+\s", text[paren[0]:paren[1]]).group()), paren[1])
                if sp is not None:
                    w = _fold(text[sp[0]:sp[1]])
                    ws = [x for x in _fold(text[ce_:sp[0]]).split() if x.isalpha()][-1:] + w.split()
                    if len(ws) >= 2 and ws[0] in _NOT_SPEAKER_DET and lemma(ws[1]) not in _ANAPHORIC \
                            and ws[1] not in ("dernier", "dernière", "derniers"):
                        sp = None  # ", a salué toute initiative …", ", nuance ce succès": an object, no speaker
                    elif w in _SUBJ_PRON:
                        pron = w
            if sp is not None:
                cpos = len(pre) + s0  # end of the content (the comma or closing mark)
                q = None
                k0 = bisect.bisect_left(self._opens, s0 - 1)
                k1 = bisect.bisect_left(self._opens, cpos)
                for s in self.spans[k0:k1]:
                    if s.close < cpos and s.close >= cpos - 3 and s.open >= s0 - 1:
                        q = s
                    elif s.close < cpos and s.close + 1 <= cpos and text[s.close + 1:cpos].strip(_SPACES + ",") == "" \
                            and s.open >= s0 - 1:
                        q = s
                if q is not None:
                    # a quotation right before: direct (or a clause ending in it)
                    lead = text[s0:q.open]
                    if _WORD_CHAR.search(lead) and not re.fullmatch(r"[\W\d]*(?:et|mais|puis)?[\W]*", lead) \
                            and not re.search(r":[\s\u00a0\u202f]*$", lead):
                        kind, a, b = self.classify(s0, cpos)
                    else:
                        kind, a, b = "direct", q.cs, q.ce
                else:
                    kind, a, b = self.classify(s0, cpos)
                    tail = re.match(r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*([^\W\d_][\w'’-]*)", text[sp[1]:s1])
                    if tail and tail.group(1)[:1].islower() and not tail.group(1).lower().endswith("ant") \
                            and _fold(tail.group(1)) not in _TAIL_STOP and len(_WORD_SPLIT.findall(text[sp[1]:s1])) >= 3 \
                            and text[cpos - 1:cpos] not in _CLOSERS and not re.search(r"[.!?;:]", text[sp[1]:s1].rstrip(".!?…")):
                        # "Le maître du Kremlin souhaite, dit-on dans son entourage, éviter …": the clause goes on
                        kind, a, b = self.classify(s0, s1)
                if b > a:
                    return _Cand(a, b, kind, 3, sp, cue_txt if inv is None else text[g0:toks[i].end],
                                 si, pron=pron, incise=True, subject_at=sp[0])
        # ---------- subject + verb + complement
        if passive and g0i == first and first > 0 and toks[first - 1].lower == "et" and self._prev_subject:
            passive = False
            sp, pron = self._prev_subject
        elif passive:
            sp, pron = None, ""
            m = re.match(r"\s*par\s+", text[toks[i].end:s1])
            if m:
                sp = self.np_after(toks[i].end + m.end(), s1)
            else:
                m = re.match(r"\s*(?:de\s+|d['’]|comme\s+)?[«“\"]([^«»“”\"]{1,200})[»”\"]\s*par\s+", text[toks[i].end:s1])
                if m:
                    sp = self.np_after(toks[i].end + m.end(), s1)
        elif gerund and not in_q and self._prev_subject:
            sp, pron = self._prev_subject
        elif gerund and not in_q:
            sp, pron = None, ""
            # subject of the main clause: the first segment of the sentence
            k = 0
            while k < g0i and not _PUNCT_GAP.search(text[toks[k].end:toks[k + 1].start] if k + 1 < len(toks) else ""):
                k += 1
            seg = toks[0:k + 1] if k < g0i else toks[0:g0i]
            if seg:
                matches = self.find(seg[0].start, seg[-1].end)
                if matches and matches[0].start <= seg[min(3, len(seg) - 1)].start:
                    sp = (matches[0].start, matches[0].end)
        else:
            lo = s0
            if in_q:
                lo = in_q.cs
            r = self.subject_before(toks, g0i, lo)
            if r is None:
                sp, pron = None, ""
            else:
                sp, pron = r
        if sp is None and not passive:
            return None
        if pron in ("je", "nous", "vous", "j'"):
            return None
        if in_q and sp is not None and re.match(r"(?:[Uu]ne?|[Dd]es|[Cc]haque|[Tt]out)\s", text[sp[0]:sp[1]]):
            return None  # «Un président américain ne félicite pas …»: a generic subject, not a speaker
        if g0i == first and first > 0 and toks[first - 1].lower == "sans" and _is_infinitive(toks[i].text):
            return None  # "sans confirmer le principe d'un sommet"
        if g0i == first and inv is None and _is_infinitive(toks[i].text) and not pron and sp is not None and not in_q and \
                not self.find(sp[0], sp[1]):
            return None  # "il convient de rappeler que …": no speaker to be sure of
        hi = s1
        if in_q:
            hi = in_q.ce
        # a coordinated speech verb sharing the subject ends this content:
        # "… a déclaré être prêt, tout en affirmant que …", "… et a ajouté que …"
        verbish = self.verbish(toks)
        for x in range(bisect.bisect_left(verbish, i + 2), len(verbish)):
            k = verbish[x]
            if k >= i + _COORD_WINDOW or toks[k].start >= hi:
                break
            if self.in_quote(toks[k].start):
                continue
            lw = toks[k].lower
            if True:
                c2 = self.cue_of(toks, k) if lw.endswith("ant") else None
                if c2 is None and lw in _AUX:
                    for k2 in range(k + 1, min(k + 4, len(toks))):
                        if self.cue_of(toks, k2):
                            c2 = True
                            break
                if not c2:
                    continue
                j = k - 1
                while j > i and toks[j].lower in ("tout", "en", "et", "puis", "également", "aussi"):
                    j -= 1
                gap = text[toks[j].end:toks[k].start]
                if "," in gap or re.search(r"\bet\b", gap):
                    cut = toks[j].end
                    hi = cut
                    break
        after_i = i + 1
        if inv is not None:
            after_i = inv + 1
        rest = text[ce_:hi]
        # colon / quotation right after the verb
        if "colon" in frames or "np" in frames:
            mm = re.match(r"[\s\u00a0\u202f]*:[\s\u00a0\u202f]*", rest) or \
                re.match(r"[^:;.!?«»\"“”]{0,60}:[\s\u00a0\u202f]*(?=[«“\"])", rest)
            qpos = ce_ + mm.end() if mm else None
            span = None
            if qpos is not None:
                span = self.span_by_open.get(qpos)
                if span is None and "colon" in frames and not in_q:
                    kind, a, b = self.classify(qpos, hi)
                    if b - a > 10:
                        return _Cand(a, b, kind, 2, sp, cue_txt + " :", si, pron=pron, subject_at=sp[0] if sp else -1)
            if span is None:
                lim = 14 if lem == "qualifier" else 4
                for k in range(after_i, min(after_i + lim, len(toks))):
                    if toks[k].lower in ("que", "qu'"):
                        break
                    s = self.in_quote(toks[k].start)
                    if s is not None and not in_q:
                        if lem == "qualifier" and _name_like(text[s.cs:s.ce]) and \
                                not re.search(r"\b(?:de|d['’]|comme)[\s\u00a0\u202f]*$", text[ce_:s.open]):
                            continue  # "a qualifié dans son réseau «Truth Social» la conversation de «…»"
                        if _PUNCT_GAP.search(re.sub(r"[«»“”\"]", "", text[ce_:s.open])):
                            break
                        span = s
                        break
            if span is not None and _name_like(text[span.cs:span.ce]) and qpos is None:
                span = None
            if span is not None and "colon" in frames or (span is not None and lem == "qualifier"):
                # a direct quotation (possibly followed by more of the clause)
                return _Cand(span.cs, span.ce, "direct", 2, sp, cue_txt, si, pron=pron,
                             subject_at=sp[0] if sp else -1)
        # que-clause
        if "que" in frames:
            for k in range(after_i, min(after_i + 12, len(toks))):
                lw = toks[k].lower
                g = text[toks[k - 1].end:toks[k].start]
                if _STOP_GAP.search(g):
                    break
                if lw in ("que", "qu'"):
                    if toks[k - 1].lower in _NOT_COMP:
                        break
                    kind, a, b = self.classify(toks[k].end, hi)
                    if b - a >= 5:
                        return _Cand(a, b, kind, 2, sp, cue_txt, si, pron=pron, subject_at=sp[0] if sp else -1)
                    break
                if k > after_i and self.cue_of(toks, k):
                    break
        if "pour" in frames:
            for k in range(after_i, min(after_i + 16, len(toks))):
                if toks[k].lower == "pour" or (toks[k].lower in ("de", "d'") and k <= after_i + 3
                                                and not any(t.lower in _PREP or t.lower == "malgré" for t in toks[after_i:k])):
                    kind, a, b = self.classify(toks[k].start, hi)
                    if b - a >= 5:
                        return _Cand(a, b, kind, 1.5, sp, cue_txt, si, pron=pron, subject_at=sp[0] if sp else -1)
                    break
                if _STOP_GAP.search(text[toks[k - 1].end:toks[k].start]):
                    break
        if "inf" in frames and after_i < len(toks):
            k = after_i
            while k < len(toks) - 1 and (toks[k].lower in _ADVERBS or toks[k].lower in ("ne", "n'", "pas", "jamais", "plus")) \
                    and not _STOP_GAP_COMMA.search(text[toks[k - 1].end:toks[k].start]):
                k += 1
            k2 = k
            while k2 < len(toks) - 1 and toks[k2].lower in _CLITICS:
                k2 += 1
            if k2 < len(toks) and _is_infinitive(toks[k2].text) and toks[k2].lower not in ("faire",) \
                    and not _STOP_GAP.search(text[ce_:toks[k].start]):
                kind, a, b = self.classify(toks[after_i].start if toks[after_i].lower in ("ne", "n'") else toks[k].start, hi)
                if b - a >= 5:
                    return _Cand(a, b, kind, 1.5, sp, cue_txt, si, pron=pron, subject_at=sp[0] if sp else -1)
            dative = False
            for k in range(after_i, min(after_i + 7, len(toks) - 1)):
                lw = toks[k].lower
                if _STOP_GAP.search(text[toks[k - 1].end:toks[k].start]):
                    break
                if lw in ("de", "d'", "à") and (lem != "appeler" or lw == "à"):
                    nxt = k + 1
                    while nxt < len(toks) - 1 and (toks[nxt].lower in _CLITICS or toks[nxt].lower in ("pas", "jamais", "plus")):
                        nxt += 1  # "recommandé de ne pas le faire"
                    if _INF_END.search(toks[nxt].lower) and toks[nxt].lower not in _DET:
                        kind, a, b = self.classify(toks[k + 1].start, hi)
                        if b - a >= 5:
                            return _Cand(a, b, kind, 1.5, sp, cue_txt, si, pron=pron, subject_at=sp[0] if sp else -1)
                    if lem != "appeler" and (lw == "à" or dative) and \
                            any(t.lower in ("de", "d'") for t in toks[k + 1:k + 6]):
                        dative = True
                        continue  # "a ordonné à l'armée de …", "a reproché au chef de l'Etat de …"
                    if lem != "appeler":
                        break
                elif lw in ("au", "aux") and k == after_i:
                    dative = True
        if "np" in frames:
            k = after_i
            while k < len(toks) and (toks[k].lower in _ADVERBS) and not _STOP_GAP_COMMA.search(text[toks[k - 1].end:toks[k].start]):
                k += 1
            aside = _ASIDE.match(text, toks[k].start) if k < len(toks) else None
            if aside:
                while k < len(toks) and toks[k].start < aside.end():
                    k += 1
            if k < len(toks) - 1 and toks[k].lower in _NP_PREP.get(lem, ()) and \
                    not _STOP_GAP.search(text[toks[k - 1].end:toks[k].start]):
                if toks[k].lower == "en" and toks[k + 1].lower != "faveur":
                    return None
                k += 2 if toks[k].lower == "en" else 1  # "plaider en faveur de …"
                if k < len(toks) and toks[k - 1].lower == "faveur" and toks[k].lower in ("de", "d'", "du", "des"):
                    k += 1 if toks[k].lower in ("de", "d'") else 0
            elif lem in ("se dire", "se déclarer", "dire", "déclarer") and k < len(toks) and toks[k].lower in _STANCE_ADJ \
                    and any(x.lower in ("se", "s'") for x in toks[max(0, i - 4):i]) \
                    and not _STOP_GAP.search(text[toks[k - 1].end:toks[k].start]):
                kind, a, b = self.classify(toks[k].start, hi)
                if len(_WORD_SPLIT.findall(text[a:b])) >= 3:
                    return _Cand(a, b, kind, 1.5, sp, cue_txt, si, pron=pron, subject_at=sp[0] if sp else -1)
                return None
            elif lem in _NP_PREP and lem not in ("se prononcer",):
                if lem != "plaider":
                    return None  # "insister" takes its position only through "sur"
            if k < len(toks):
                g = text[toks[k - 1].end:toks[k].start] if k > 0 else ""
                starts_q = any(c in g for c in "«“\"")
                if (toks[k].lower in _NP_START or starts_q or toks[k].text[:1].isupper()) and not re.search(r"[;:.!?()»]", g):
                    if lem in _WEAK_NP and toks[k].lower not in _POSSESSIVE and not starts_q and \
                            lemma(toks[min(k + 1, len(toks) - 1)].text) not in _STANCE_NOUNS and \
                            not any(self.in_quote(t.start) for t in toks[k:k + 7]):
                        return None
                    if toks[k].lower in ("de", "d'") and lem not in ("se prononcer", "faire état"):
                        return None
                    a0 = toks[k].start if not starts_q else toks[k].start - len(g) + g.index(next(c for c in g if c in "«“\""))
                    skip = _ASIDE.match(text, a0)
                    if skip:
                        a0 = skip.end()
                    # a quoted fragment as the object: "a salué une «très bonne conversation»"
                    for k2 in range(k, min(k + 3, len(toks))):
                        s2 = self.in_quote(toks[k2].start)
                        if s2 is not None and s2.open >= a0 and len(_WORD_SPLIT.findall(text[a0:s2.open])) <= 2 \
                                and not in_q and not _name_like(text[s2.cs:s2.ce]):
                            return _Cand(s2.cs, s2.ce, "direct", 1.5, sp, cue_txt, si, pron=pron,
                                         subject_at=sp[0] if sp else -1)
                    kind, a, b = self.classify(a0, hi)
                    if len(_WORD_SPLIT.findall(text[a:b])) >= 3 or kind != "indirect":
                        return _Cand(a, b, kind, 1.5, sp, cue_txt, si, pron=pron, subject_at=sp[0] if sp else -1)
        return None

    # ---- document-level steps
    def cataphora(self, cands, sent_toks):
        """``«…». C'est en ces termes que X a qualifié …``: X speaks the previous quotation."""
        text = self.text
        clefts, added = set(), []
        for si, (s0, s1) in enumerate(self.sents):
            if si == 0 or not _CLEFT.match(text[s0:s1]):
                continue
            toks = sent_toks[si]
            spk = None
            for i in range(len(toks)):
                cue = self.cue_of(toks, i)
                if cue:
                    g0i, inv, _ = self.verb_group(toks, i, cue[2])
                    r = self.subject_before(toks, g0i, s0)
                    if r:
                        spk = (r, text[toks[g0i].start:toks[i].end])
                    break
            if not spk:
                continue
            clefts.add(si)
            p0, p1 = self.sents[si - 1]
            for s in self.spans[bisect.bisect_left(self._opens, p0):bisect.bisect_left(self._opens, p1)]:
                if p0 <= s.open < p1:
                    (sp, pron), cue_txt = spk
                    added.append(_Cand(s.cs, s.ce, "direct", 2, sp, cue_txt, si - 1, pron=pron, subject_at=sp[0]))
        if clefts:
            cands = [c for c in cands if c.sent not in clefts]
        return cands + added

    def unattributed_quotes(self, cands, sent_toks):
        """Quotations no cue attributed: continuation, clause subject, or unattributed."""
        text = self.text
        covered = sorted((c.cs, c.ce) for c in cands)
        cov_starts = [a for a, _ in covered]
        cov_maxend = []
        m = -1
        for _, b in covered:
            m = max(m, b)
            cov_maxend.append(m)
        sent_of = {}
        for si, (s0, s1) in enumerate(self.sents):
            sent_of[si] = (s0, s1)
        si = 0
        ftext = None
        by_sent: dict[int, list] = {}  # the candidates of each sentence, kept up to date
        by_sent_seen: list = []
        twin_budget = _MAX_SUBHEADINGS
        for s in self.spans:
            k = bisect.bisect_right(cov_starts, s.cs) - 1
            if k >= 0 and cov_maxend[k] >= s.ce and any(a <= s.cs and s.ce <= b for a, b in covered[max(0, k - 20):k + 1]):
                continue
            while si < len(self.sents) - 1 and self.sents[si][1] <= s.open:
                si += 1
            s0, s1 = self.sents[si]
            content = text[s.cs:s.ce]
            words = tokens(content)
            if not words:
                continue
            # the same words attributed elsewhere (a subheading repeating a quotation)
            folded = _fold(content)
            twin = None
            if len(words) >= 2 and s1 - s0 < 160 and text[s1 - 1] not in ".!?…:" and twin_budget > 0:
                twin_budget -= 1  # an article has a few subheadings, a scraping accident thousands
                if ftext is None:
                    ftext = _fold(text)
                    if len(ftext) != len(text):
                        ftext = text
                for c in cands:
                    if c.speaker is not None and not (c.cs <= s.cs < c.ce) and ftext.find(folded, c.cs, c.ce) >= 0:
                        twin = c
                        break
            if twin is not None:
                cands.append(_Cand(s.cs, s.ce, "direct", 0.9, None, "", si, same_as=twin))
                continue
            if s.truncated:
                cands.append(_Cand(s.cs, s.ce, "direct", 0.5, None, "truncated", si))
                continue
            # names in guillemets and scare quotes
            line_a = text.rfind("\n", 0, s.open) + 1
            line_b = text.find("\n", s.close)
            line_b = len(text) if line_b < 0 else line_b
            whole_line = not (_WORD_CHAR.search(text, line_a, s.open) or _WORD_CHAR.search(text, s.close + 1, line_b))
            if not whole_line and s1 <= s.close + 2 and text[s1 - 1] not in ".!?…" and \
                    len(_WORD_SPLIT.findall(text[s0:s.open])) <= 3:
                whole_line = True  # a (glued) subheading: "Une rencontre «très constructive»"
            capital = words[0].text[:1].isupper()
            if len(words) <= 4 and capital and not re.search(r"[.!?,;]$", content) and not whole_line \
                    and words[0].lower not in _PRONOUNS:
                # «Etat islamique», «Air Force One»: a name unless a colon introduces it
                if not re.search(r":[\s\u00a0\u202f]*$", self.tail(s0, s.open)):
                    continue
            short = len(words) <= 3 and not re.search(r":[\s\u00a0\u202f]*$", self.tail(s0, s.open))
            toks = sent_toks[si]
            # an incise inside the quotation: "«A, a poursuivi le dirigeant russe. B»"
            inner = self.inner_incise(s, toks)
            if inner is not None:
                cands.append(inner)
                continue
            # a speaker introduced by a colon: "Poutine : «…»"
            before = self.tail(s0, s.open)
            b0 = s.open - len(before)
            m = re.search(r"([^.:;,«»\"“”]{1,60})[:][\s\u00a0\u202f]*$", before)
            if m:
                seg = toks[bisect.bisect_left(self.tok_starts(toks), m.start(1) + b0):
                           bisect.bisect_right(self.tok_ends(toks), m.end(1) + b0)]
                matches = self.find(seg[0].start, seg[-1].end) if seg else []
                if seg and len(seg) <= 6 and matches:
                    cands.append(_Cand(s.cs, s.ce, "direct", 1, (matches[0].start, matches[0].end), ":", si,
                                       subject_at=matches[0].start))
                    continue
            # headline style: «…» : Trump fustige …
            after = text[s.close + 1:s1]
            m = re.match(r"[\s\u00a0\u202f]*:[\s\u00a0\u202f]*", after)
            if m:
                p = s.close + 1 + m.end()
                seg = [t for t in toks if t.start >= p][:6]
                if seg:
                    matches = self.find(seg[0].start, seg[-1].end)
                    if matches and matches[0].start <= seg[min(2, len(seg) - 1)].start:
                        cands.append(_Cand(s.cs, s.ce, "direct", 1, (matches[0].start, matches[0].end), ":", si,
                                           subject_at=matches[0].start))
                        continue
            # a single quoted word after an article is a term or a scare quote ("ses «amis»")
            term = len(words) == 1 and re.search(
                r"\b(?:[Ll]es?|[Ll]a|[Ll]['’]|[Uu]ne?|[Dd]es|[Dd]u|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?|éventuel|prétendu|prétendue)"
                r"[\s\u00a0\u202f]*$", text[max(s0, s.open - 12):s.open])
            # the subject of the clause that holds the quotation names an actor
            seg = toks[:bisect.bisect_right(self.tok_ends(toks), s.open)] if not term else []
            gaps = self.punct_gaps(toks)
            g = bisect.bisect_left(gaps, len(seg)) - 1
            k = gaps[g] if g >= 0 else 0
            clause = seg[k:] if k < len(seg) else []
            if clause:
                cl = [t for t in clause if t.lower not in _CONNECT and t.lower not in _ADVERBS]
                # the alias must start by the third word: look no further than that and one alias
                reach = clause.index(cl[min(2, len(cl) - 1)]) + 2 * self.index.max_len if cl else 0
                last = clause[min(len(clause) - 1, reach)]
                matches = self.find(clause[0].start, last.end) if cl else []
                if matches and cl and matches[0].start <= cl[min(2, len(cl) - 1)].start and \
                        all(t.lower in _DET or t.lower in ("m", "mm", "mme") or t.text[:1].isupper()
                            for t in cl if t.start < matches[0].start):
                    cands.append(_Cand(s.cs, s.ce, "direct", 1, self.coordinated(matches), "", si,
                                       subject_at=matches[0].start))
                    continue
                if clause[-1].lower in ("ils", "elles", "il", "elle") or any(t.lower in ("ils", "elles", "il", "elle") for t in clause[:2]):
                    pr = next(t for t in clause if t.lower in ("ils", "elles", "il", "elle"))
                    if len(words) >= 2:
                        cands.append(_Cand(s.cs, s.ce, "direct", 1, (pr.start, pr.end), "", si, pron=pr.lower,
                                           subject_at=pr.start))
                        continue
            if short:
                # a fragment qualifying what a speaker of the same sentence said or did
                for c in cands[len(by_sent_seen):]:  # candidates added since the last look
                    by_sent.setdefault(c.sent, []).append(c)
                    by_sent_seen.append(c)
                prev = [c for c in by_sent.get(si, ()) if c.ce <= s.open and c.speaker is not None
                        and not c.nested and c.prio >= 1]
                if prev:
                    p = max(prev, key=lambda c: c.ce)
                    cands.append(_Cand(s.cs, s.ce, "direct", 1, p.speaker, "", si, pron=p.pron,
                                       subject_at=p.speaker[0]))
                    continue
                if re.search(r"(?:é|ée|és|ées)[\s\u00a0\u202f]+(?:comme|de|d['’])?[\s\u00a0\u202f]*$", self.tail(s0, s.open)):
                    cands.append(_Cand(s.cs, s.ce, "direct", 0.5, None, "agentless", si))
                    continue
                ms = [m for m in self.actors_in(si, s0, s.open) if self.in_quote(m.start) is None
                      and not re.search(r"\b(?:à|a|en|de|d['’]|dans|depuis|vers|avec|pour|contre|sur|chez|par|et|entre)"
                                        r"[\s\u00a0\u202f]*(?:l['’]|la |le |les )?$", text[max(s0, m.start - 12):m.start])]
                if ms and not term:
                    cands.append(_Cand(s.cs, s.ce, "direct", 1, self.coordinated(ms), "", si,
                                       subject_at=ms[0].start))
                    continue
                if re.search(r"(?:é|ée|és|ées)[\s\u00a0\u202f]+(?:comme|de|d['’])?[\s\u00a0\u202f]*$", self.tail(s0, s.open)) \
                        or whole_line:
                    cands.append(_Cand(s.cs, s.ce, "direct", 0.5, None, "agentless", si))
                continue  # scare quotes
            # a subheading (no final punctuation, ends its line) continues nobody's quotation
            subheading = text[s0:s1].rstrip(_SPACES + "»”\"'’)")[-1:] not in ".!?…:" and \
                (s1 == len(text) or text[s1] in "\r\n") and \
                len(_WORD_SPLIT.findall(text[s0:s1])) <= 16 and s.close < s1 + 1
            if s.open == line_a and s.close + 1 < len(text) and text[s.close + 1].isupper() and len(words) <= 12:
                subheading = True  # a glued subheading: "«Un sursis, pas une solution»À Bordeaux, …"
            cands.append(_Cand(s.cs, s.ce, "direct", 0.5, None, "subheading" if subheading else "", si))
        return cands

    def inner_incise(self, s, toks):
        """A quotation interrupted by an incise without closing marks is one row, incise included."""
        text = self.text
        starts = self.tok_starts(toks)
        for i in range(bisect.bisect_right(starts, s.cs), bisect.bisect_left(starts, s.ce)):
            cue = self.cue_of(toks, i)
            if cue is None or "incise" not in cue[1]:
                continue
            g0i, inv, passive = self.verb_group(toks, i, cue[2])
            if passive and inv is None:
                continue
            if not text[s.cs:toks[g0i].start].rstrip(_SPACES).endswith(","):
                continue
            if inv is not None:
                sp, pron = (toks[inv].start, toks[inv].end), toks[inv].lower
            else:
                sp = self.np_after(toks[i].end, s.ce)
                if sp is None:
                    continue
                w = _fold(text[sp[0]:sp[1]])
                pron = w if w in _SUBJ_PRON else ""
            after = text[sp[1]:s.ce].lstrip(_SPACES)
            if after and after[0] not in ",.;!?":
                continue
            return _Cand(s.cs, s.ce, "direct", 2.5, sp, text[toks[g0i].start:toks[i].end], self._sent_of(s.open),
                         pron=pron, subject_at=sp[0])
        return None

    def tok_starts(self, toks):
        """Start offsets of a token list (computed once per list)."""
        key = id(toks)
        got = self._tok_cache.get(key)
        if got is None or got[0] is not toks:
            got = (toks, [t.start for t in toks], [t.end for t in toks])
            self._tok_cache[key] = got
        return got[1]

    def find(self, a, b):
        """Actor aliases in ``text[a:b]`` (see :meth:`ActorIndex.find`), words keyed once per sentence."""
        si = self._sent_of(a)
        s0, s1 = self.sents[si] if self.sents else (0, 0)
        if not (s0 <= a and b <= s1):
            return self.index.find(self.text[a:b], a)
        got = self._sent_keys.get(si)
        if got is None:
            toks = self._sent_toks[si] if si < len(self._sent_toks) else None
            if toks:  # the sentence's words are already cut and keyed
                keyed = [t for t in toks if t.key is not None]
                got = ([t.start for t in keyed], [t.end for t in keyed], [t.key for t in keyed])
            else:
                keys = match_keys(self.text[s0:s1], s0)
                got = ([k[1] for k in keys], [k[2] for k in keys], [k[0] for k in keys])
            self._sent_keys[si] = got
        starts, ends, words = got
        return self.index.find_keys(self.text, words, starts, ends, bisect.bisect_left(starts, a),
                                    bisect.bisect_right(ends, b))

    def tail(self, a, b, n=200):
        """The last ``n`` characters of ``text[a:b]`` (all of it when they are only spaces).

        Rules anchored at the end of what precedes a quotation look no further back, so
        each quotation costs a bounded amount of work however long its sentence.
        """
        t = self.text[max(a, b - n):b]
        if b - n > a and not t.strip():
            return self.text[a:b]
        return t

    def verbish(self, toks):
        """Indices of the tokens that may start a coordinated speech verb (a participle in -ant, an auxiliary)."""
        key = ("verbish", id(toks))
        got = self._tok_cache.get(key)
        if got is None or got[0] is not toks:
            got = (toks, [k for k, t in enumerate(toks) if t.lower.endswith("ant") or t.lower in _AUX])
            self._tok_cache[key] = got
        return got[1]

    def gap_set(self, toks):
        """:meth:`punct_gaps` as a set."""
        key = ("gapset", id(toks))
        got = self._tok_cache.get(key)
        if got is None or got[0] is not toks:
            got = (toks, frozenset(self.punct_gaps(toks)))
            self._tok_cache[key] = got
        return got[1]

    def punct_gaps(self, toks):
        """Indices k of the tokens preceded by punctuation (in the gap after toks[k - 1])."""
        key = ("gaps", id(toks))
        got = self._tok_cache.get(key)
        if got is None or got[0] is not toks:
            gaps = set()
            if len(toks) > 1:
                starts = self.tok_starts(toks)
                for m in _PUNCT_GAP.finditer(self.text, toks[0].end, toks[-1].start):
                    k = bisect.bisect_right(starts, m.start())
                    if m.start() >= toks[k - 1].end:  # not a point inside a number
                        gaps.add(k)
            got = (toks, sorted(gaps))
            self._tok_cache[key] = got
        return got[1]

    def tok_ends(self, toks):
        self.tok_starts(toks)
        return self._tok_cache[id(toks)][2]

    def _sent_of(self, p):
        k = bisect.bisect_right(self._sent_starts, p) - 1
        return max(k, 0)

    def resolve_containment(self, cands):
        """One row per speech act: higher-priority rows win; inner distinct speakers become nested."""
        cands = sorted(cands, key=lambda c: (-c.prio, -(c.ce - c.cs)))
        kept: list[_Cand] = []
        by_sent: dict[int, list[_Cand]] = {}
        for c in cands:
            drop = False
            near = by_sent.get(c.sent - 1, []) + by_sent.get(c.sent, []) + by_sent.get(c.sent + 1, [])
            for k in near:
                if k.nested:
                    continue
                ov = min(c.ce, k.ce) - max(c.cs, k.cs)
                short = min(c.ce - c.cs, k.ce - k.cs)
                if ov <= 0 or short <= 0:
                    continue
                sp_in = c.speaker is not None and k.cs <= c.speaker[0] < k.ce
                if sp_in and (c.speaker[0] > k.cs + 3 or not c.pron):
                    # reported speech inside another's words: nested if a distinct named party
                    # (checked once sides are known; a joint subject under an incise is dropped)
                    c.nested = True
                    continue
                if ov >= 0.5 * short or sp_in:
                    drop = True
                    break
                # partial overlap: trim the lower-priority content
                if c.cs < k.cs < c.ce:
                    c.ce = self.content_end(c.cs, k.cs)
                elif c.cs < k.ce < c.ce:
                    c.cs = k.ce
            if not drop and c.ce > c.cs:
                kept.append(c)
                by_sent.setdefault(c.sent, []).append(c)
        return kept

    def boilerplate(self, cands):
        """Indirect speech found on a line of page furniture ("Lire aussi : …") is no quote."""
        out = []
        lines: dict[int, list] = {}
        text = self.text
        for c in cands:
            if c.kind == "indirect":
                lo = max(0, c.cs - _LONGEST_LINE)
                a = text.rfind("\n", lo, c.cs) + 1 or lo
                if a not in lines:
                    b = text.find("\n", c.cs, c.cs + _LONGEST_LINE)
                    b = min(len(text), c.cs + _LONGEST_LINE) if b < 0 else b
                    lines[a] = [(a + x, a + y) for x, y in boilerplate_spans(text[a:b])]
                if any(x <= c.cs < y for x, y in lines[a]):
                    continue
            out.append(c)
        return out

    def resolve(self, cands, sent_toks):
        """Actors and sides; pronouns to the nearest compatible named speaker before."""
        text = self.text
        idx = self.index
        # first actor mention of each sentence, outside quotations: the usual subject
        named = []  # (pos, actor, side, gender)
        for c in cands:
            if c.speaker is None:
                continue
            if c.pron:
                continue
            actor, side, gender = idx.resolve(text[c.speaker[0]:c.speaker[1]])
            c.actor, c.side, c.gender = actor, side, gender
        for c in cands:
            if c.speaker is not None and not c.pron and not c.actor:
                # "À Moscou, le ministère des Affaires étrangères a dénoncé …": the place names the side
                s0 = self.sents[c.sent][0] if c.sent < len(self.sents) else 0
                m = re.match(r"\W*(?:À|A|Depuis|Côté|Du côté|De son côté, à)\s+([^,]{2,40}),", text[s0:c.speaker[0]])
                if m:
                    found = idx.find(m.group(1))
                    if found and found[0].side not in (OTHER, JOINT):
                        c.side = found[0].side
                        continue
                # "le communiqué", "la même source", "le président", "sa porte-parole adjointe, X":
                # a short definite description (or a document) refers back to a named speaker
                sp_toks = tokens(text[c.speaker[0]:c.speaker[1]])
                words = [lemma(t.text) for t in sp_toks]
                det = re.search(r"\b(ce|cet|cette|le|la|l['’]|son|sa|leur)[\s\u00a0\u202f]*$",
                                text[max(0, c.speaker[0] - 8):c.speaker[0]], re.IGNORECASE)
                if det and words and words[0] not in ("le", "ce", "son", "même", "cette"):
                    words = [_fold(det.group(1)).replace("l'", "le").replace("cet", "ce")] + words
                if len(words) == 2 and words[0] in ("son", "sa", "leur") and words[1] in ("entourage", "équipe", "camp"):
                    # "dit-on dans son entourage": the entourage of the clause subject
                    s0 = self.sents[c.sent][0] if c.sent < len(self.sents) else 0
                    found = [m for m in self.actors_in(c.sent, s0, c.speaker[0]) if self.in_quote(m.start) is None]
                    if found:
                        c.actor, c.side = found[0].actor, found[0].side
                        continue
                lower = [w for t, w in zip(sp_toks, words) if not t.text[:1].isupper() or t is sp_toks[0]]
                if words and any(w in _ANAPHORIC for w in words[:3]) and len(lower) <= 4 \
                        and not any(t.lower in ("de", "du", "des", "d'") for t in sp_toks) \
                        and (words[0] in ("le", "ce", "son", "même", "cette")
                             or any(w in _DOCUMENTS for w in words[:3])):
                    c.pron = "anaphor"
        # first actor mention of the sentences before a pronoun, outside quotations and reported
        # content: the usual subjects
        mentions = []
        need = set()
        for c in cands:
            if c.pron:
                need.update(range(max(0, c.sent - 3), c.sent + 1))
        if need:
            contents = sorted((c.cs, c.ce) for c in cands)
            starts = [a for a, _ in contents]

            def in_content(p):
                k = bisect.bisect_right(starts, p) - 1
                return any(contents[j][0] <= p < contents[j][1] for j in range(k, max(-1, k - 30), -1))

            for si in sorted(need):
                s0, s1 = self.sents[si]
                first = None
                for m in self.actors_in(si):
                    if in_content(m.start):
                        continue
                    if self.in_quote(m.start) is None:
                        first = (m.start, m.end, m.actor, m.side, m.gender, si)
                        break
                # a person the dictionary does not know ("À Bordeaux, Léa Marchand, chercheuse …")
                for m in _PERSON.finditer(text, s0, first[0] if first else s1):
                    if in_content(m.start()) or self.in_quote(m.start()) is not None:
                        continue
                    if _fold(m.group(1)) in _NOT_FIRST_NAMES or \
                            re.search(r"\b(?:à|au|aux|en|de|du|des|d['’]|par|avec|contre|vers|chez|sur|dans|entre|pour)"
                                      r"[\s\u00a0\u202f]*$", text[max(s0, m.start() - 8):m.start()], re.IGNORECASE):
                        continue
                    if not idx.find(m.group()):
                        first = (m.start(), m.end(), m.group(), OTHER, "", si)
                    break
                if first:
                    mentions.append(first)
        docs = []  # (pos, actor, side, sentence) of speakers that are documents
        named_pos = []
        mention_sents = [m[5] for m in mentions]
        for c in sorted(cands, key=lambda c: c.speaker[0] if c.speaker else c.cs):
            if c.speaker is None:
                continue
            if c.pron:
                if c.pron == "on":
                    c.actor, c.side = "", UNATTRIBUTED
                    continue
                want = _SUBJ_PRON.get(c.pron, "")
                if c.pron in ("ce dernier",):
                    want = "m"
                elif c.pron in ("cette dernière",):
                    want = "f"
                pos = c.speaker[0]
                best = None
                if c.pron == "anaphor" and _names_document(text[c.speaker[0]:c.speaker[1]]):
                    k = bisect.bisect_left(docs, (pos,))
                    prior = [d for d in docs[max(0, k - _RECENT):k] if d[0] < pos and d[3] >= c.sent - 3]
                    if prior:
                        _, a, s_, _ = max(prior)
                        c.actor, c.side = a, s_
                        docs.append((pos, a, s_, c.sent))
                        continue
                # the antecedents: the latest named speakers and the subjects of the sentences before
                k = bisect.bisect_left(named_pos, pos)
                pool = [(p, a, s, g) for p, a, s, g in named[max(0, k - _RECENT):k] if p < pos]
                k = bisect.bisect_left(mention_sents, c.sent - 3)
                pool += [(m[0], m[2], m[3], m[4]) for m in mentions[k:k + _RECENT] if m[1] <= pos and m[5] >= c.sent - 3]
                pool.sort(key=lambda x: -x[0])
                for p, a, s, g in pool:
                    if not a:
                        continue
                    if want == "pl":
                        if g == "pl" or s == JOINT:
                            best = (a, s)
                            break
                    else:
                        if g == "pl" or s == JOINT:
                            continue
                        if want and g and g != want:
                            continue
                        best = (a, s)
                        break
                if best is None and want == "pl":
                    for p, a, s, g in pool:
                        if a:
                            best = (a, s)
                            break
                if best:
                    c.actor, c.side = best
                else:
                    c.actor, c.side = "", UNATTRIBUTED
            if (c.actor or (c.side and c.side != UNATTRIBUTED)) and not c.nested and not c.pron and \
                    _names_document(text[c.speaker[0]:c.speaker[1]]):
                docs.append((c.speaker[0], c.actor, c.side, c.sent))
            if (c.actor or (c.side and c.side != UNATTRIBUTED)) and not c.nested:
                named.append((c.speaker[0], c.actor or text[c.speaker[0]:c.speaker[1]], c.side,
                              c.gender if not c.pron else _SUBJ_PRON.get(c.pron, "")))
                named_pos.append(c.speaker[0])
        # nested rows must name a distinct party
        outer = sorted((c for c in cands if not c.nested), key=lambda c: c.cs)
        outer_cs = [k.cs for k in outer]
        outer_reach = []  # furthest end of the rows starting at or before each
        for k in outer:
            outer_reach.append(max(k.ce, outer_reach[-1]) if outer_reach else k.ce)
        keep = []
        for c in cands:
            if c.nested:
                j = bisect.bisect_right(outer_cs, c.speaker[0])
                host = []
                while j > 0 and outer_reach[j - 1] > c.speaker[0]:
                    j -= 1
                    if outer[j].ce > c.speaker[0]:
                        host.append(outer[j])
                if not c.actor or c.side in (JOINT, UNATTRIBUTED, "") or c.pron or any(
                        k.side == c.side or k.actor == c.actor for k in host):
                    continue
            keep.append(c)
        cands[:] = keep
        # continuations and unattributed quotations
        cands.sort(key=lambda c: (c.cs, c.ce))
        prev = None
        for c in cands:
            if c.same_as is not None:
                c.actor, c.side = c.same_as.actor, c.same_as.side
            elif c.speaker is None and c.cue in ("",) and c.kind == "direct" and c.prio < 1:
                if prev is not None and prev.sent >= c.sent - 1 and prev.side:
                    c.actor, c.side = prev.actor, prev.side
                else:
                    c.actor, c.side = "", UNATTRIBUTED
            elif c.speaker is None:
                c.actor, c.side = "", UNATTRIBUTED
            if not c.nested:
                prev = c

    def paragraph_scope(self, cands):
        """A joint-subject readout sentence takes the side of the next sentence's incise.

        "Les deux dirigeants ont souligné X. Y, a déclaré la Maison-Blanche." reports the
        readout of one side: the incise scopes back over the paragraph (the guidelines'
        "incise wins over a joint subject"). The row's speaker (and its offsets) become
        those of the incise.
        """
        text = self.text
        by_sent = {}
        for c in cands:
            if not c.nested:
                by_sent.setdefault(c.sent, []).append(c)
        for si, rows in by_sent.items():
            if len(rows) != 1 or rows[0].side != JOINT or rows[0].kind == "direct" or rows[0].incise:
                continue
            nxt = by_sent.get(si + 1)
            if not nxt or len(nxt) != 1 or not nxt[0].incise or nxt[0].kind != "indirect":
                continue
            if nxt[0].side in (JOINT, UNATTRIBUTED, OTHER):
                continue
            if "\n" in text[self.sents[si][1]:self.sents[si + 1][0]]:
                continue
            r = rows[0]
            r.actor, r.side, r.speaker = nxt[0].actor, nxt[0].side, nxt[0].speaker


def quotes_in(text: str, *, actors=None, cues=None) -> list[Quote]:
    """Reported speech in one French text.

    Parameters
    ----------
    text : str
        An article, exactly as loaded (offsets index it).
    actors : str, Path, DataFrame or ActorIndex, optional
        Actor dictionary (see :func:`framing.load_actors`); the bundled one by default.
    cues : str, Path or DataFrame, optional
        Speech cues (see :func:`load_cues`); the bundled ones by default.

    Returns
    -------
    list of Quote
        In text order; ``text[q.start:q.end] == q.quote`` for every quote.

    Examples
    --------
    >>> [(q.kind, q.quote, q.side) for q in quotes_in("Selon le Kremlin, les deux présidents ont parlé de la Syrie.")]
    [('indirect', 'les deux présidents ont parlé de la Syrie', 'kremlin')]
    >>> quotes_in("")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"quotes_in expects a str, got {type(text).__name__}")
    if not text.strip():
        return []
    doc = _Doc(text, _cue_set(cues), actor_index(actors))
    return doc.run()


def _empty_quotes() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in QUOTE_COLUMNS})
    for c in _INT_COLUMNS:
        frame[c] = frame[c].astype("int64")
    frame["nested"] = frame["nested"].astype(bool)
    return frame


def extract_quotes(corpus: pd.DataFrame, *, actors=None, cues=None, text_col: str = "text",
                   progress: bool = True) -> pd.DataFrame:
    """Reported speech in every article of a corpus table.

    Parameters
    ----------
    corpus : DataFrame
        The corpus table (see :func:`framing.load_corpus`): needs ``doc_id`` and ``text_col``.
    actors : str, Path or DataFrame, optional
        Actor dictionary (see :func:`framing.load_actors`); sides are its labels, plus
        ``joint`` and ``unattributed``.
    cues : str, Path or DataFrame, optional
        Speech cues (see :func:`load_cues`).
    text_col : str
        Column holding the article text.
    progress : bool
        Show a progress bar on stderr.

    Returns
    -------
    DataFrame
        One row per reported speech act, columns ``doc_id`` (str), ``start``, ``end``
        (int64 offsets into the article text), ``quote`` (``text[start:end]``), ``kind``
        (``direct``/``indirect``/``mixed``), ``speaker`` (as written, "" if none),
        ``speaker_start``, ``speaker_end`` (int64, -1 if none), ``actor`` (canonical, ""
        if unresolved), ``side``, ``cue`` (the verb or marker), ``nested`` (bool).
        Same columns and dtypes when empty. ``attrs["problems"]`` is a DataFrame
        (``doc_id``, ``start``, ``problem``) listing unclosed or stray quote marks.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "text": ["«C'est fini», a déclaré le Kremlin."]})
    >>> extract_quotes(corpus, progress=False)[["quote", "speaker", "side"]].values.tolist()
    [["C'est fini", 'le Kremlin', 'kremlin']]
    """
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError("extract_quotes expects a corpus DataFrame (see framing.load_corpus)")
    missing = [c for c in ("doc_id", text_col) if c not in corpus.columns]
    if missing:
        raise ValueError(f"corpus lacks column(s) {missing}; it needs doc_id and {text_col!r} "
                         f"(see framing.load_corpus)")
    idx = actor_index(actors)
    cs = _cue_set(cues)
    rows, probs = [], []
    it = zip(corpus["doc_id"].tolist(), corpus[text_col].tolist())
    if progress:
        from tqdm.auto import tqdm
        it = tqdm(it, total=len(corpus), desc="quotes", unit="doc")
    for doc_id, text in it:
        doc_id = "" if doc_id is None else str(doc_id)
        if not isinstance(text, str) or not text.strip():
            continue
        doc = _Doc(text, cs, idx)
        for s, p in doc.problems:
            probs.append({"doc_id": doc_id, "start": s, "problem": p})
        for q in doc.run():
            rows.append({"doc_id": doc_id, "start": q.start, "end": q.end, "quote": q.quote, "kind": q.kind,
                         "speaker": q.speaker, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
                         "actor": q.actor, "side": q.side, "cue": q.cue, "nested": q.nested})
    if rows:
        frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
        for c in QUOTE_COLUMNS:
            if c in _INT_COLUMNS:
                frame[c] = frame[c].astype("int64")
            elif c == "nested":
                frame[c] = frame[c].astype(bool)
            else:
                frame[c] = frame[c].astype(object)
    else:
        frame = _empty_quotes()
    problems = pd.DataFrame(probs, columns=PROBLEM_COLUMNS)
    problems["doc_id"] = problems["doc_id"].astype(object)
    problems["start"] = problems["start"].astype("int64")
    problems["problem"] = problems["problem"].astype(object)
    frame.attrs["problems"] = problems
    return frame
