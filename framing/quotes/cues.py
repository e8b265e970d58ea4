"""Speech cues: the data file (verbs by lemma with their frames, markers, nouns), their forms, the verb group."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from framing.datafiles import read_table
from framing.french import lemma, tokens
from framing.quotes.words import AUX, CLITICS, ETRE, INV, MID_ASIDE, PART_END, PUNCT_GAP, REFLEXIVE, SUBJ_PRON


FRAMES = {"que", "incise", "colon", "np", "inf", "pour"}
KINDS = {"verb", "marker", "noun"}


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
        if kind not in KINDS:
            raise ValueError(f"{name}, {where}: unknown kind {kind!r}; use one of {sorted(KINDS)}")
        bad = [f for f in frames.split() if f not in FRAMES]
        if bad:
            raise ValueError(f"{name}, {where}: unknown frame(s) {bad}; use {sorted(FRAMES)}")
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
    marker_firsts: dict = field(default_factory=dict)  # first word -> the markers starting with it
    # a marker is found only with all its words: its longest word ("après", "source") is a
    # necessary sign of it, far rarer than its first ("de", "à")
    marker_signs: frozenset = frozenset()
    trigger_cache: dict = field(default_factory=dict, compare=False, repr=False)  # word -> may be a cue
    triggers: set = field(default_factory=set, compare=False, repr=False)  # the words whose trigger is not False
    lemma_cache: dict = field(default_factory=dict, compare=False, repr=False)  # word -> verb cue lemma or None
    no_cue: set = field(default_factory=set, compare=False, repr=False)  # words whose lemma is no verb cue


def compile_cues(table: pd.DataFrame) -> CueSet:
    """A :class:`CueSet` from a cue table (see :func:`load_cues`): verbs with their frames and forms, markers, nouns."""
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
    return CueSet(verbs, pron, multi, forms, tuple(markers), frozenset(nouns),
                  {w: tuple(m for m in markers if m and m[0] == w) for w in {m[0] for m in markers if m}},
                  frozenset(max((w.rstrip("'") for w in m), key=len) for m in markers if m))


@lru_cache(maxsize=1)
def _bundled_cues() -> CueSet:
    return compile_cues(load_cues())


def cue_set(cues) -> CueSet:
    """Compile ``cues`` (None: the bundled table; a path or DataFrame; a CueSet as it is)."""
    if cues is None:
        return _bundled_cues()
    if isinstance(cues, CueSet):
        return cues
    return compile_cues(load_cues(cues))




def verb_group(doc, toks, i, first):
    """Start of the verb group (auxiliary), inversion pronoun token, passive flag."""
    j = first
    aux = None
    k = first - 1
    steps = 0
    # an aside between the auxiliary and the participle: "a, lui, estimé", "a, pour sa part, appelé"
    st = toks[first].start
    lo, b = max(0, st - 40), st
    while b > lo and doc.text[b - 1].isspace():
        b -= 1
    m = MID_ASIDE.search(doc.text, lo, st) if first > 0 and b > lo and doc.text[b - 1] == "," else None
    if m:
        while k >= 0 and toks[k].start >= m.start():
            k -= 1
        if k >= 0 and toks[k].lower in AUX:
            aux = k
            steps = 6
        else:
            k = first - 1
    text = doc.text
    while k >= 0 and steps < 6:
        if PUNCT_GAP.search(text, toks[k].end, toks[k + 1].start):
            break
        lw = toks[k].lower
        if lw in AUX:
            aux = k
            break
        if lw in ("que", "qu'", "qui"):
            break
        if lw in SUBJ_PRON and not (k > 0 and "-" in doc.text[toks[k - 1].end:toks[k].start]) \
                and not doc.text.startswith("-même", toks[k].end):
            break
        k -= 1
        steps += 1
    inv = None
    passive = False
    if aux is not None:
        j = aux
        # inversion: a-t-il ajouté
        m = INV.match(doc.text[toks[aux].end:toks[aux].end + 10])
        if m:
            for x in range(aux + 1, min(aux + 3, len(toks))):
                if toks[x].lower == m.group(1):
                    inv = x
                    break
        if toks[aux].lower in ETRE:
            refl = aux > 0 and toks[aux - 1].lower in REFLEXIVE
            if not refl:
                passive = True
        if any(toks[x].lower == "été" for x in range(aux, i)):
            passive = True
        # clitics before the auxiliary: "il l'a dit", "s'est dit"
        while j > 0 and toks[j - 1].lower in CLITICS and not PUNCT_GAP.search(doc.text[toks[j - 1].end:toks[j].start]):
            if toks[j - 1].lower in ("nous", "vous") and j - 1 == 0:
                break
            j -= 1
    else:
        m = INV.match(doc.text[toks[i].end:toks[i].end + 10])
        if m:
            for x in range(i + 1, min(i + 3, len(toks))):
                if toks[x].lower == m.group(1):
                    inv = x
                    break
        low = toks[i].lower
        if PART_END.search(low) and first == i:
            passive = True
        while j > 0 and toks[j - 1].lower in CLITICS and not PUNCT_GAP.search(doc.text[toks[j - 1].end:toks[j].start]):
            j -= 1
    return j, inv, passive
