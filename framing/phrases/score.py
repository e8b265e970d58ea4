"""Scoring: the polarity and frame of a phrase, after its valence shifters.

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
is "neutral" when ``abs(polarity) < NEUTRAL_THRESHOLD`` (0.1). Polarity is how favourably
the phrase frames the relation, not the sentiment of its words: when a phrase holds a
framing entry with a polarity, its event vocabulary weighs nothing («un dialogue constructif
sur la guerre en Ukraine» is positive); a phrase made of event words only keeps their sign.

Frames
------
The **frame** (``cooperation``, ``conflict`` or ``other``, as ``PHRASES.md`` defines them) is
the frame of the lexicon unit that weighs most among the framing entries (then among the
event entries). Negation keeps the frame: the failure of cooperation stays cooperation («ne
parviennent pas à réchauffer les relations») and an easing of conflict stays conflict («la
tension est retombée», «aucune provocation»); only a conflict averted as a shared aim
(«éviter une nouvelle guerre froide», an ``averter`` shifter) frames cooperation
(:func:`turned_frame`). Without such a unit the sign decides: positive cooperation, negative
conflict, neutral other, except that a neutral phrase whose subject is an agreement or trust (a
``topic`` entry of frame and detail ``cooperation``: «un accord encore à finaliser») frames
cooperation; the meeting's form stays other («une rencontre à huis clos»).

The **detail** is the finer label of the earlier lexicon: the first label, in the priority
order of :data:`DETAILS`, among the entries that matched and carry polarity (a phrase about
sanctions is ``economy`` even when it also mentions tension); the topical labels
(humanitarian, economy, threat, uncertainty, diplomacy) count even from an entry without
polarity («un échange glacial» is diplomacy), while conflict and cooperation need polarity;
a negated ``conflict`` entry counts as ``cooperation`` and the reverse; when that label is
conflict or cooperation, the sign of the phrase decides between the two. Procedural entries
(``neutral``: «selon», «a déclaré») win when the phrase is neutral and every other entry is
neutral in polarity; a hostile act presented as possible («n'exclut pas une riposte») is
``threat``. The labels: ``humanitarian`` (civilians, victims, refugees, prisoners, aid),
``economy`` (sanctions, trade, energy, prices), ``threat`` (threats, warnings, ultimatums,
military and nuclear risk), ``uncertainty`` (doubt, unpredictability, fragility),
``diplomacy`` (the conduct and tone of talks), ``conflict`` (hostility, disagreement,
rivalry), ``cooperation`` (agreement, partnership, rapprochement, de-escalation) and
``neutral`` (procedural wording).

Examples
--------
>>> s = score_phrase("pas une très bonne conversation")
>>> s.label, s.negated, s.entries
('negative', True, ('bon conversation',))
>>> score_phrase("enterrer la hache de guerre").label
'positive'
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

import numpy as np

from framing.french import stopwords
from framing.phrases.lexicon import (
    _FLIP, _NE, _TOPICAL, DETAILS, NEGATION_SCALAR, _fallback_words, _get_index, _get_shifters, _Shifters,
)
from framing.phrases.compose import _NEG_DET, _between_sides, head_nouns
from framing.phrases.match import _Doc, _find, _has_before, _Hits, _lexicon_matches, _shifter_hits
from framing.phrases.phrase_model import load_phrase_model

#: Below this absolute polarity a phrase is labelled "neutral".
NEUTRAL_THRESHOLD = 0.1
#: Word-level fallback valences (vaderSentiment-fr, divided by 4) are multiplied by this.
FALLBACK_SCALE = 0.5
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
_DECAY = (1.0, 0.95, 0.9)


def _window_start(doc: _Doc, i: int, lo: int, size: int = WINDOW) -> int:
    """First token of the (up to ``size``-token) window before token i inside its clause."""
    j = i
    cut = doc.cut
    while j > lo and i - j < size + 1 and not cut[j]:
        j -= 1
    return j



#: Determiners that make a unit negative by themselves («aucun *2 accord»): «sans» before them adds no
#: second negation.
_OWN_NEGATION = _NEG_DET - {"sans"}


def _shift(doc: _Doc, ids: list[int], sh: _Shifters, blocked, pre: _Hits, lo: int = 0,
           hi: int | None = None, valence: float = -1.0, ends=None):
    """Return (negated, intensity, aim) for a unit on token ids (VADER-style window + gaps + post-ne).

    ``aim`` is true when an averter turned the unit («éviter une nouvelle guerre froide»): the
    phrase states a shared aim, so a conflict unit frames cooperation (:func:`turned_frame`).
    """
    hi = doc.n if hi is None else hi
    first, last = ids[0], ids[-1]
    ws = _window_start(doc, first, lo, WINDOW + 2)  # room for two-word shifters («loin de»)
    k0 = bisect_left(pre.starts, ws)
    k1 = bisect_right(pre.starts, last)
    inside = set(range(first, last + 1)) - set(ids) if last > first else ()
    hits = [h for h in pre.all[k0:k1] if h[3] < first or (h[2] in inside and h[3] <= last)]
    negated = False  # a negator applies
    reversed_ = False  # a reverser applies («apaiser les tensions»)
    aim = False  # ... and it states an aim against what it governs («éviter la guerre»)
    intensity = 1.0
    neg_end = None  # last token of the latest negator seen
    mentions = [h[2] for h in hits if h[0] == "mention"]
    for kind, weight, s, e, acts_on in sorted(hits, key=lambda h: h[2]):
        dist = first - 1 - e  # 0 when adjacent, < 0 inside the unit's gaps
        if kind == "negator" and any(e < m <= e + 2 for m in mentions):
            continue  # «ils n'ont pas évoqué les sanctions»: the negation is about the mention
        if kind == "negator" and doc.low[s] == "sans" and doc.low[first] in _OWN_NEGATION:
            continue  # «sans aucun accord»: the unit's own «aucun» negates, «sans» only stresses it
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
        if kind in ("reverser", "averter"):
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
                aim = kind == "averter"
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
    # the rest of the clause after the unit: up to AFTER_REACH tokens, past the two sides named
    # right after it («le dialogue entre New Delhi et Islamabad est rompu»)
    sides = _between_sides(doc, last + 1) - (last + 1)
    j_end = last + 1
    while j_end < hi and j_end - last - sides <= AFTER_REACH and not doc.cut[j_end]:
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
    if rev_after is None and inside:
        # a negated one that starts in the unit's gap and ends on its last word: «le dialogue n'a pas
        # repris» (the unit «dialogue * reprendre», the reverser «ne avoir pas reprendre», which took
        # the negator); «le mirage s'est dissipé» is one unit («mirage * se dissiper») already
        k = bisect_left(pre.after_starts, first)
        while k < len(pre.after) and pre.after[k][2] <= last:
            h = pre.after[k]
            if h[2] in inside and h[3] <= last and doc.low[h[2]] in _NE and _acts_on(h[4], valence):
                rev_after = h
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
        _has_before(doc, post_neg[2], _NE, blocked, reach=4)
    ):
        # a positive subject of a negated verb is denied: «l'aide ne parvient plus»,
        # «un dialogue qui n'a jamais repris»
        negated = True
        intensity *= post_neg[1] * _pending(doc, post_neg[3], post_neg[3] + 3)
    if not negated:
        # «ne» before the unit, «pas/plus/jamais/guère» just after it: «ils ne coopèrent plus»
        if _has_before(doc, first, _NE, blocked, reach=3) or any(
            doc.has(j, _NE) for j in inside
        ):
            for j in range(last + 1, min(last + 3, hi)):
                if not doc.joined(j - 1, j):
                    break
                if j not in blocked and (doc.lem[j] in sh.ne_negators or doc.low[j] in sh.ne_negators):
                    negated = True
                    break
    return negated, intensity, aim and negated


def turned_frame(frame: str, aim: bool, kind: str = "framing") -> str:
    """The frame of a negated or reversed unit (PHRASES.md's two directions of one frame).

    The failure of cooperation stays cooperation («ne parviennent pas à réchauffer les
    relations»), and an easing of the sides' conflict stays conflict («la tension est
    retombée», «aucune provocation», «mettre un terme à la brouille»): each is the other side
    of its frame. A conflict averted as an aim («éviter une nouvelle guerre froide», an
    ``averter`` shifter) and an end put to the events («mettre fin à la guerre», event
    vocabulary) frame cooperation: a shared aim.

    >>> turned_frame("conflict", aim=False), turned_frame("conflict", aim=True), turned_frame("other", aim=True)
    ('conflict', 'cooperation', 'other')
    >>> turned_frame("conflict", aim=False, kind="event")
    'cooperation'
    """
    return "cooperation" if frame == "conflict" and (aim or kind == "event") else frame


# «jamais … aussi/si/autant» and «jamais … pire/meilleur» compare with every other time
_DEGREE = frozenset({"aussi", "autant", "si", "tant", "tellement", "pire", "pires", "meilleur", "meilleure",
                     "meilleurs", "meilleures"})
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
    detail: str = "neutral"
    kind: str = "framing"


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
        ``cooperation``, ``conflict`` or ``other`` (see the module docstring).
    detail : str
        The finer label (:data:`framing.phrases.lexicon.DETAILS`).
    entries : tuple of str
        Lexicon patterns (and litotes) that matched, in text order.
    negated : bool
        Whether any unit was negated.
    intensity : float
        Product of the intensifier/dampener multipliers over units (1.0 if none).
    units : tuple of Unit
        Every scored part (lexicon matches, litotes, fallback words).
    lexicon_label : str
        The label the lexicon and the rules gave, before the phrase model
        (:mod:`framing.phrases.phrase_model`); equal to ``label`` where the model agreed or
        was not used.
    """

    text: str
    polarity: float
    label: str
    frame: str
    entries: tuple = ()
    negated: bool = False
    intensity: float = 1.0
    units: tuple = field(default=(), repr=False)
    detail: str = "neutral"
    lexicon_label: str = ""


def _choose_frame(units: list, label: str, held_before: int | None = None) -> str:
    """Frame (cooperation / conflict / other) of a phrase from its lexicon units.

    The unit that weighs most among the framing entries (then the event entries) gives
    the frame, after negation (:func:`turned_frame`); without one,
    the sign of the phrase decides (positive cooperation, negative conflict, neutral other, or
    cooperation for a neutral phrase about an agreement: module docstring).
    ``held_before``: a trailing contrast at this offset, with nothing evaluated after it («une
    normalisation progressive, sous conditions»), held the phrase back to neutral: the
    evaluation before it keeps its frame.
    """
    if held_before is not None:
        for kinds in (("framing",), ("event",)):
            pool = [u for u in units
                    if u.kind in kinds and u.end <= held_before and abs(u.valence) >= NEUTRAL_THRESHOLD]
            if pool:
                return max(pool, key=lambda u: abs(u.valence)).frame
    for kinds in (("framing",), ("event",), ("topic",)):
        pool = [u for u in units if u.kind in kinds and abs(u.weighted) >= NEUTRAL_THRESHOLD]
        if pool:
            return max(pool, key=lambda u: abs(u.weighted)).frame
    if label == "neutral" and any(u.kind == "framing" for u in units):
        return next(u.frame for u in units if u.kind == "framing")
    if label == "neutral":
        # «un accord encore à finaliser»: an agreement or trust as the subject, not the meeting's form
        pool = [u for u in units if u.kind == "topic" and u.frame == "cooperation" and u.detail == "cooperation"]
        if pool:
            return max(pool, key=lambda u: abs(u.valence)).frame
    return {"negative": "conflict", "positive": "cooperation"}.get(label, "other")


def _choose_detail(units: list, label: str) -> str:
    """Finer label of a phrase from its lexicon units (see the module docstring)."""
    by_sign = {"negative": "conflict", "positive": "cooperation"}
    if not units:
        return by_sign.get(label, "neutral")
    frames = [u.detail for u in units]
    if label == "neutral" and "neutral" in frames and all(
        abs(u.weighted) < NEUTRAL_THRESHOLD for u in units if u.detail != "neutral"
    ):
        return "neutral"  # procedural wording around neutral mentions («la rencontre est prévue jeudi»)
    # conflict and cooperation need polarity; the topical frames (humanitarian ... diplomacy)
    # count even from a neutral topic word: «un échange glacial» is diplomacy
    strong = [u.detail for u in units if u.detail != "neutral" and (
        abs(u.weighted) >= NEUTRAL_THRESHOLD or u.detail in _TOPICAL)]
    if not strong and label != "neutral":
        return by_sign[label]  # procedural words never frame an evaluative phrase
    rank = {f: k for k, f in enumerate(DETAILS)}
    frame = min(strong or frames, key=lambda f: (rank.get(f, len(DETAILS) - 1), f))
    if frame in ("conflict", "cooperation") and label != "neutral":
        frame = by_sign[label]  # the two directions of one relation: the phrase's sign decides
    return frame


def _label(p: float) -> str:
    if p >= NEUTRAL_THRESHOLD:
        return "positive"
    if p <= -NEUTRAL_THRESHOLD:
        return "negative"
    return "neutral"


_PAIRED = ("ni", "tantôt")  # «ni X ni Y», «tantôt X, tantôt Y»
# what may stand between two coordinated ends besides «et»: «rapproche et (que tout) oppose»
_JOINED = frozenset({"et", "les", "le", "la", "l'", "se", "s'", "un", "une", "des", "que", "qu'", "tout"})


def _balanced(doc: _Doc, units) -> bool:
    """Two ends of opposite valences held together: the phrase takes neither side, it is neutral.

    «ni X ni Y» and «tantôt X, tantôt Y» with X and Y of opposite valences (read before
    negation: «ni» denies both), and two evaluations of opposite signs joined by «et» alone
    («entre compétition et coopération», «voisins que tout rapproche et oppose», «entre
    provocations et signaux d'ouverture»).

    >>> _balanced(_Doc("ni chaude ni froide"), [Unit("chaude", 3, 9, "", "", "", 0.4, True, 1, 1, -0.3),
    ...                                          Unit("froide", 13, 19, "", "", "", -0.5, True, 1, 1, 0.37)])
    True
    """
    if not (any(u.valence > 0 for u in units) and any(u.valence < 0 for u in units)):
        return False
    if any(sum(w == pair for w in doc.low) >= 2 for pair in _PAIRED):
        return True
    # the sign after the shifters; a unit weighed to nothing (event vocabulary beside a
    # framing unit: «oppose») keeps the sign of its valence
    polar = sorted(((u, u.weighted or u.valence) for u in units if abs(u.valence) >= NEUTRAL_THRESHOLD),
                   key=lambda uv: uv[0].start)
    for (a, sa), (b, sb) in zip(polar, polar[1:]):
        if sa * sb >= 0:
            continue
        between = [doc.low[t] for t in range(doc.n) if doc.starts[t] >= a.end and doc.ends[t] <= b.start]
        if "et" not in between or "," in doc.text[a.end:b.start]:
            continue
        k = between.index("et")
        if all(w in _JOINED for w in between[:k]) and len(between) - k - 1 <= 3:
            return True  # «entre provocations et signaux d'ouverture»: a noun may head the second end
    return False


def _composed_units(doc: _Doc, covered: set, shifter_tokens: set, polar: set = frozenset(),
                    events: bool = False, held: set = frozenset(), heads: dict | None = None,
                    displaced: set | None = None) -> list:
    """Units from the compositional rules for tokens no lexicon entry covers.

    A meeting announced or wished for («prêts à se rencontrer»), and each evaluative word of
    ``evaluative_words.csv`` next to a head noun of the talks («intensifier les contacts», «un
    rendez-vous manqué»), with its frame or else the noun's, unless a lexicon entry with a
    valence (tokens ``polar``: framing or event entries, not bare topic words) already covers
    the noun: «une trêve durable» is one unit.
    The rules that read their own negation (a verb of progress, a meeting or an outcome
    denied: «la rencontre n'a rien changé») come first, with source "rule": no shifter
    applies to them again.
    ``heads``: token -> frame of the one-word framing entries on a head noun («la détente»); an
    evaluation of such a noun («la détente est illusoire») is composed all the same, keeps the
    entry's frame when it has none of its own («un rapprochement historique»), and the noun's
    token is added to ``displaced``: its entry gives way (as in :func:`framing.find_phrases`).
    Returns (token ids, entry, frame, valence, source) tuples.
    """
    from framing.phrases.compose import (
        _bundled_words, _evaluations, _look, _signed_frame, negated_meeting, negated_outcome, negated_progress,
        prospective_meeting,
    )

    words = _bundled_words()
    out = []
    taken = set(covered)
    # the rules that read their own negation («rien n'a changé», «aucun canal», «ne se sont pas vus»)
    for rule in (negated_progress, negated_meeting, negated_outcome):
        if events and rule is not negated_outcome:
            break  # «la ligne de front n'a pas bougé»: the verb's subject is event vocabulary
        for entry, ids, _ in rule(doc, words):
            span = range(ids[0], ids[-1] + 1)
            if any(t in taken or t in polar or t in held for t in span):
                continue  # a lexicon entry, even a topic («réussir à»), reads these words
            if any(doc.low[t] == "encore" for t in range(ids[0], min(ids[-1] + 3, doc.n))):
                continue  # «rien n'est encore réglé»: pending, left to the shifters (PENDING)
            out.append((ids, entry.pattern.text, entry.frame, entry.polarity, "rule"))
            taken.update(span)
    for entry, ids, _ in prospective_meeting(doc, words):
        if not any(t in taken for t in range(ids[0], ids[-1] + 1)):
            out.append((ids, entry.pattern.text, entry.frame, entry.polarity, "lexicon"))
            taken.update(range(ids[0], ids[-1] + 1))
    heads = heads or {}
    for first, last, i, noun_frame in _evaluations(doc, words):
        noun = [t for t in range(first, last + 1) if t in heads]
        if i in taken or i in shifter_tokens or any(t in polar and t not in heads for t in range(first, last + 1)):
            continue
        pol, frame = _look(doc, i, words.words)
        if pol:
            frame = frame or _signed_frame(noun_frame, pol)
            if noun and frame == "other":
                frame = heads[noun[0]]  # the displaced entry's frame
            out.append(([i], f"word:{doc.lem[i]}", frame, pol, "lexicon"))
            taken.add(i)
            if displaced is not None:
                displaced.update(noun)
    return out


def score_phrase(text: str, *, lexicon=None, shifters=None, model=True) -> PhraseScore:
    """Score the polarity and frame of a short French phrase.

    Parameters
    ----------
    text : str
        A phrase or a sentence («regain de tension», «pas une très bonne conversation»).
    lexicon : str, Path or DataFrame, optional
        A lexicon for :func:`load_lexicon`; the bundled one by default.
    shifters : str, Path or DataFrame, optional
        Valence shifters for :func:`load_shifters`; the bundled ones by default.
    model : bool, str, Path or PhraseModel
        The phrase model that reads the whole phrase after the rules
        (:mod:`framing.phrases.phrase_model`): the bundled one (True, the default), a
        weight file or a fitted :class:`~framing.phrases.phrase_model.PhraseModel`; False
        gives the rules' reading alone. The bundled model was fitted on the bundled lexicon's
        readings: with a lexicon of your own, refit it (``PhraseModel.fit``) or pass False.

    Returns
    -------
    PhraseScore
        Polarity in [-1, 1], label, frame and the units that produced them (see the
        module docstring for the rules, after VADER, Hutto & Gilbert 2014). Where the
        phrase model changes the rules' label (kept in ``lexicon_label``), the polarity is
        0 for a neutral label, else P(positive) - P(negative) of the model, at least
        :data:`NEUTRAL_THRESHOLD` in size; the frame stays the rules' (choosing it again from
        the units for the new label lowered frame accuracy on the development lists).

    Examples
    --------
    >>> score_phrase("regain de tension").label
    'negative'
    >>> score_phrase("aucun progrès notable").label
    'negative'
    >>> score_phrase("").label
    'neutral'
    >>> s = score_phrase("une conversation franche et constructive", model=False)
    >>> s.label == s.lexicon_label == "positive"
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"score_phrase expects a str, got {type(text).__name__}")
    phrase_model = load_phrase_model(model)
    reading, lemmas = _rules_reading(text, lexicon, shifters)
    if phrase_model is None or not lemmas:
        return reading
    p = phrase_model.probabilities(lemmas, reading.label, reading.polarity)
    label = max(p, key=p.get)
    if label == reading.label:
        return reading
    if label == "neutral":
        polarity = 0.0
    else:
        sign = 1.0 if label == "positive" else -1.0
        polarity = sign * max(abs(p["positive"] - p["negative"]), NEUTRAL_THRESHOLD)
    lexical = [u for u in reading.units if u.source in ("lexicon", "rule")]
    return replace(reading, polarity=polarity, label=label, detail=_choose_detail(lexical, label))


def _rules_reading(text: str, lexicon, shifters) -> tuple[PhraseScore, list[str]]:
    """The lexicon's and the rules' reading of a phrase (:func:`score_phrase` with ``model=False``) and its lemmas."""
    index = _get_index(lexicon)
    sh = _get_shifters(shifters)
    doc = _Doc(text)
    n = len(doc)
    if n == 0:
        return PhraseScore(text, 0.0, "neutral", "other", lexicon_label="neutral"), []
    units = []  # (ids, entry, source, frame, valence, detail, kind)
    blocked: set[int] = set()
    for item, ids in _find(doc, sh.litotes):
        units.append((ids, item.pattern.text, "litotes", "other", item.weight, "neutral", "litotes"))
        blocked.update(range(ids[0], ids[-1] + 1))
    for item, ids in _lexicon_matches(doc, index, sh, blocked):
        units.append((ids, item.pattern.text, "lexicon", item.frame, item.polarity, item.detail, item.kind))
    covered = set(blocked)
    for ids, *_ in units:
        covered.update(range(ids[0], ids[-1] + 1))
    # tokens that are shifters are not scored as words
    shifter_tokens: set[int] = set()
    for _, _, s, e, _ in _shifter_hits(doc, sh, 0, n, set()):
        shifter_tokens.update(range(s, e + 1))
    # the compositional rules' words (framing.phrases.compose) where no lexicon entry stands
    # (a bare topic word gives way to them: «prêts à se rencontrer» is more than «rencontrer»)
    firm = set(blocked)
    for u in units:
        if u[6] != "topic":
            firm.update(range(u[0][0], u[0][-1] + 1))
    polar = {t for u in units if u[4] and u[6] in ("framing", "event") for t in range(u[0][0], u[0][-1] + 1)}
    events = any(u[4] and u[6] == "event" for u in units)
    held = {t for u in units for t in range(u[0][0], u[0][-1] + 1)}
    # a one-word entry on a head noun gives way to an evaluation of it («la détente est illusoire»)
    ones = {u[0][0]: u[3] for u in units if u[6] == "framing" and u[2] == "lexicon" and len(u[0]) == 1}
    heads = {t: ones[t] for t in head_nouns(doc, ones)}
    displaced: set = set()
    composed = _composed_units(doc, firm, shifter_tokens, polar, events, held, heads, displaced)
    if displaced:
        units = [u for u in units if not (len(u[0]) == 1 and u[0][0] in displaced and u[2] == "lexicon")]
    for ids, entry, frame, valence, source in composed:
        span = set(range(ids[0], ids[-1] + 1))
        units = [u for u in units if u[6] != "topic" or not span.intersection(u[0])]
        units.append((ids, entry, source, frame, valence, "conflict" if frame == "conflict" else "diplomacy",
                      "framing"))
        covered.update(span)
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
            units.append(([i], doc.lem[i], "word", "other", v * FALLBACK_SCALE, "neutral", "word"))
    units.sort(key=lambda u: u[0][0])

    # contrast («mais») and concession («malgré») weights per token
    inside = {t for u in units if u[2] == "lexicon" and len(u[0]) > 1 for t in range(u[0][0], u[0][-1] + 1)}
    tok_weight = np.ones(n)
    contrast_at = None
    for item, ids in _find(doc, sh.index, blocked):
        if item.kind == "contrast":
            tok_weight[: ids[0]] *= 2.0 - item.weight
            tok_weight[ids[-1] + 1:] *= item.weight
            if item.weight > 1.0:
                contrast_at = ids[0]
        elif item.kind == "mention":
            # «le sort des prisonniers sera discuté»: the clause mentions without evaluating,
            # unless the word is part of a longer entry that reads it («avec qui l'on peut discuter»)
            if all(t in inside for t in ids):
                continue
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
    # event vocabulary does not frame the relation when the phrase evaluates it: «un dialogue
    # constructif sur la guerre en Ukraine» is positive (PHRASES.md)
    evaluates = any(u[2] in ("lexicon", "rule") and u[6] == "framing" and u[4] for u in units)
    for ids, entry, source, frame, valence, detail, kind in units:
        aim = False
        if source == "litotes":
            negated, intensity = False, 1.0
        elif source == "rule":
            negated, intensity = True, 1.0  # the rule read its negation and its valence says so
        else:
            negated, intensity, aim = _shift(doc, ids, sh, blocked, pre, valence=valence, ends=ends)
        w = float(tok_weight[ids[0]]) * (0.0 if evaluates and kind == "event" else 1.0)
        v = valence * intensity * (NEGATION_SCALAR if negated and source != "rule" else 1.0) * w
        v = max(-1.0, min(1.0, v))
        total += v
        if negated and source != "rule":
            frame = turned_frame(frame, aim, kind)
            detail = _FLIP.get(detail, detail)
        s, e = doc.starts[ids[0]], doc.ends[ids[-1]]
        out.append(Unit(text[s:e], s, e, entry, source, frame, valence, negated, intensity, w, v, detail, kind))
    polarity = max(-1.0, min(1.0, total))
    if abs(polarity) < 1e-12 or _balanced(doc, out):
        polarity = 0.0  # «une relation ni chaude ni froide»: neither, so neutral
    label = _label(polarity)
    if contrast_at is not None and label != "neutral" and abs(polarity) < CONTRAST_BAND:
        # «ouvert au dialogue mais vigilant»: two halves of opposite signs balance each other
        before = sum(u.weighted for u in out if u.end <= doc.starts[contrast_at])
        after = sum(u.weighted for u in out if u.start >= doc.ends[contrast_at])
        if before * after < 0:
            label = "neutral"
    lexical = [u for u in out if u.source in ("lexicon", "rule")]
    detail = _choose_detail(lexical, label)
    if detail == "conflict" and label == "negative" and _find(doc, sh.potential):
        # a hostile act that may come is a threat: «se réserve le droit de riposter»
        detail = "threat"
    held = None
    if contrast_at is not None and label == "neutral" and not any(
            u.start >= doc.ends[contrast_at] and u.valence for u in out):
        held = doc.starts[contrast_at]  # a trailing hedge, nothing evaluated after it
    frame = _choose_frame(lexical, label, held)
    intensity = float(np.prod([u.intensity for u in out])) if out else 1.0
    return PhraseScore(
        text=text, polarity=float(polarity), label=label, frame=frame,
        entries=tuple(u.entry for u in out if u.source != "word"),
        negated=any(u.negated for u in out), intensity=intensity, units=tuple(out), detail=detail,
        lexicon_label=label,
    ), doc.lem
