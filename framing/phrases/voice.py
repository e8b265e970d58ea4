"""Voice: whether a framing phrase is the journalist's own wording or lies in reported speech.

A phrase is ``quoted`` when it lies inside a row of :func:`framing.extract_quotes` (direct,
indirect or mixed speech), and ``journalist`` otherwise: «Trump a salué une très bonne
conversation» puts the evaluation in the journalist's voice, «"une très bonne
conversation", a dit Trump» in Trump's. "Inside" means that at least half of the phrase's
characters fall within the quote, so a phrase that straddles a quote mark by a word still
belongs to the quote. When quotes nest, the innermost quote (the shortest) gives the
speaker's ``side``.

A phrase between quote marks is reported speech too, even when :func:`framing.extract_quotes`
attributes no row to it (a leader's word quoted alone: «une relation "excellente"», a
fragment whose speaker is named sentences away): its voice is ``quoted`` and its ``side``
is "" unless a quote row gives one. On the project's constructed sets every coded phrase
lying between quote marks is coded quoted (PHRASES.md, GUIDELINES.md: reported speech).

An interview printed as a transcript («Le Point : … ?», «A.-L. M. : …») carries its answers
without quote marks: a phrase in an answer is ``quoted`` too (:func:`interview_answers`), with
no side unless a quote row gives one. On the 29 development article sets (seven interviews) this
raised voice accuracy on five sets and lowered it on none (mean 0.9405 to 0.9453).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import numpy as np
import pandas as pd

__all__ = ["VOICES", "phrase_voice", "in_quote_marks", "said_of_itself", "interview_answers", "voice_at"]

#: The values of the ``voice`` column.
VOICES = ("journalist", "quoted")


def _quotes_by_doc(quotes: pd.DataFrame) -> dict:
    """doc_id -> (starts sorted, ends, sides, widths) of its quotes."""
    missing = [c for c in ("doc_id", "start", "end") if c not in quotes.columns]
    if missing:
        raise ValueError(f"quotes lacks column(s) {missing}; pass the output of framing.extract_quotes")
    side = quotes["side"].astype(object) if "side" in quotes.columns else pd.Series("", index=quotes.index)
    table = pd.DataFrame({
        "doc_id": quotes["doc_id"].astype(str), "start": pd.to_numeric(quotes["start"]),
        "end": pd.to_numeric(quotes["end"]), "side": side.where(side.notna(), ""),
    }).sort_values(["doc_id", "start"], kind="stable")
    out: dict = {}
    # one pass over plain lists: 0.3 s for 120,000 quotes of 20,000 articles, against 1.5 s for a pandas group-by
    for doc_id, s, e, side in zip(table["doc_id"].tolist(), table["start"].tolist(), table["end"].tolist(),
                                  table["side"].tolist()):
        got = out.get(doc_id)
        if got is None:
            got = out[doc_id] = ([], [], [])
        got[0].append(s)
        got[1].append(e)
        got[2].append(side)
    return out


_OPEN = "«“"
_CLOSE = "»”"
#: How far (in characters) an opening quote mark may stand before a phrase it encloses.
QUOTE_MARK_REACH = 600


def in_quote_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies between an opening and a closing quote mark («…», “…”).

    >>> t = 'Il a jugé la relation « excellente ». Le sommet a eu lieu.'
    >>> in_quote_marks(t, t.index("excellente"), t.index("excellente") + 10), in_quote_marks(t, t.index("sommet"), t.index("sommet") + 6)
    (True, False)
    """
    lo = max(0, start - QUOTE_MARK_REACH)
    before = text[lo:start]
    o = max(before.rfind(c) for c in _OPEN)
    if o < 0 or max(before.rfind(c) for c in _CLOSE) > o:
        return False
    after = text[end:end + QUOTE_MARK_REACH]
    closes = [k for k in (after.find(c) for c in _CLOSE) if k >= 0]
    if not closes:
        return False
    opens = [k for k in (after.find(c) for c in _OPEN) if k >= 0]
    inner = text[start:end]
    if any(c in inner for c in _CLOSE) or any(c in inner for c in _OPEN):
        return False
    return not opens or min(closes) < min(opens)


# «le Kremlin s'est dit satisfait», «il se déclare prêt à»: a side's stance in its own declared words
_SAID_OF_ITSELF = re.compile(
    r"\b(?:se|s['’])\s*(?:(?:est|sont|était|étaient|serait|seraient|sera|seront|a|ont)\s+)?"
    r"(?:dit|dits|dite|dites|disait|disaient|déclar\w*|affirm\w*|avou\w*|estim\w*|jug\w*)"
    r"(?:\s+[^\s.;:!?«»“”,]+){0,3}\s+$", re.IGNORECASE)


# «une conversation que Trump juge prometteuse», «le Kremlin y voit un signal encourageant», «Moscou
# présente comme un succès», «Lavrov salue le pragmatisme de…»: a speaker's judgement of the talks,
# reported (PHRASES.md: reported speech)
_JUDGED = re.compile(
    r"\b(?P<who>\w+)\s+(?:[^\s.;:!?«»“”,]+\s+){0,2}?"
    r"(?:jug(?:e|ent|eait|eaient|era|eront)|y\s+(?:voit|voient|voyait|voyaient|verra)|"
    r"présent(?:e|ent|ait|aient)\s+comme|salu(?:e|ent|ait|aient)\s+comme|décri(?:t|vent|vait|vaient)\s+comme|"
    r"(?:a|ont|avait|avaient)\s+(?:salué|dénoncé|décrit|évoqué|promis|regretté|déploré|fustigé|qualifié)|"
    r"salu(?:e|ent|ait|aient)|dénon(?:ce|cent|çait|çaient)|décri(?:t|vent|vait|vaient)|évoqu(?:e|ent|ait|aient)|"
    r"parl(?:e|ent|ait|aient)\s+d['’e]|promet(?:tent)?|regrett(?:e|ent|ait|aient)|déplor(?:e|ent|ait|aient)|"
    r"fustig(?:e|ent|eait|eaient))"
    r"(?:\s+[^\s.;:!?«»“”,]+){0,2}\s+$", re.IGNORECASE)
#: a stem of each verb of _JUDGED, lower-cased: a text without any holds no such judgement (a
#: substring test is many times faster than the regex, which most phrases fail)
_JUDGED_STEMS = ("jug", "voi", "voy", "verra", "présent", "salu", "décri", "dénon", "évoqu", "parl", "promet",
                 "promis", "regrett", "déplor", "fustig", "qualifi")
#: subjects of such a verb that are no speaker: the generic «on», a negative «personne», «nul»
_NO_JUDGE = frozenset({"on", "personne", "nul", "rien"})


def said_of_itself(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` is a side's stance in its own declared words: reported speech.

    «Le Kremlin s'est dit très satisfait» reports what the Kremlin said of itself (PHRASES.md:
    reported speech), though no quote row covers it. Up to three words may stand between the
    verb and the phrase, in the same clause. So does a named speaker's judgement of the talks
    («une conversation que Trump juge prometteuse», «le Kremlin y voit un signal
    encourageant», «Moscou présente comme un succès») and the evaluative object of a speaker's
    verb of speech («le Kremlin évoque des échanges utiles», «Lavrov salue le pragmatisme de
    Washington», «le médiateur parle de progrès»), but not the generic «on» nor a passive
    («chaque appel est présenté comme un tournant» is the journalist's).

    >>> t = "Le Kremlin s'est dit très satisfait. Il reste satisfait."
    >>> said_of_itself(t, t.index("satisfait")), said_of_itself(t, t.rindex("satisfait"))
    (True, False)
    """
    before = text[max(0, start - 80):start]
    if _SAID_OF_ITSELF.search(before):
        return True
    low = before.lower()
    if not any(stem in low for stem in _JUDGED_STEMS):
        return False
    m = _JUDGED.search(before)
    return m is not None and m.group("who").lower() not in _NO_JUDGE


def _voice_of(start: int, end: int, quotes) -> tuple[str, str]:
    """(voice, side) of one phrase given its article's quotes (starts sorted)."""
    if quotes is None:
        return "journalist", ""
    starts, ends, sides = quotes
    need = max(1, end - start) / 2.0
    best = None
    for k in range(bisect_right(starts, end) - 1, -1, -1):
        s, e = starts[k], ends[k]
        if min(e, end) - max(s, start) >= need and (best is None or e - s < best[0]):
            best = (e - s, sides[k])
    if best is None:
        return "journalist", ""
    return "quoted", str(best[1])


# a label of at most 40 characters has at most 20 parts after its first: the bound spares the
# regex a walk over every word of every line that is no turn
_TURN = re.compile(r"^[ \t]*([A-ZÀ-Ý][^\W\d_]*(?:[ .'’\-]+[^\W\d_]+){0,20}\.?)[ \t\u00a0]?:[ \t\u00a0]+(.+)$", re.M)
# labels of links and rubrics («Lire aussi : …», «Voir aussi : …») and of the newsroom's own
# people in a broadcast transcript («PRÉSENTATRICE : …», «CORRESPONDANT : …»): no interviewee
_NOT_SPEAKER = re.compile(
    r"(?i)\b(?:lire|voir|regarder|écouter|à suivre|en direct|mise à jour|source|photo|"
    r"présentat(?:eur|rice)|animat(?:eur|rice)|correspondante?|journaliste|envoyée? spéciale?|reporter)\b")
#: Words a speaker's turn must hold to count as an answer (a linked title is shorter).
TURN_MIN_WORDS = 8


def interview_answers(text: str) -> list[tuple[int, int]]:
    r"""Spans of an interview's answers: the turns of a speaker labelled at the start of a line.

    A transcript labels each turn («Le Point : …», «A.-L. M. : …»). Only a text with at least
    two labels that each open two turns or more is read as one; the label whose turns mostly
    ask (hold a question mark) is the interviewer's, whose words are the journalist's. The
    other labels' turns of :data:`TURN_MIN_WORDS` words or more that end a sentence are answers:
    reported speech. Link and rubric labels («Lire aussi», «Voir aussi») and the newsroom's own
    people («PRÉSENTATRICE», «CORRESPONDANT») are no interviewees.

    >>> t = ("Le Point : Une rencontre est-elle probable ?\nA. M. : Elle est possible, et les deux "
    ...      "l'ont évoquée, mais rien n'est prêt.\nLe Point : Et l'Europe ?\nA. M. : Elle est "
    ...      "absente de la table, et elle le sait depuis des mois.")
    >>> [t[s:e][:20] for s, e in interview_answers(t)]
    ['Elle est possible, e', 'Elle est absente de ']
    """
    if text.count(":") < 4:
        return []  # two labels of two turns each need four colons
    turns: dict = {}
    for m in _TURN.finditer(text):
        label = m.group(1).strip()
        if len(label) <= 40 and len(label.split()) <= 5 and not _NOT_SPEAKER.search(label):
            turns.setdefault(label, []).append((m.start(2), m.end(2)))
    repeated = {k: v for k, v in turns.items() if len(v) >= 2}
    if len(repeated) < 2:
        return []
    spans = []
    for label, parts in repeated.items():
        if sum("?" in text[a:b] for a, b in parts) * 2 >= len(parts):
            continue  # the interviewer asks
        spans += [(a, b) for a, b in parts if len(text[a:b].split()) >= TURN_MIN_WORDS
                  and text[a:b].rstrip()[-1:] in ".!…»\"”"]  # a sentence, not a linked title
    return sorted(spans)


@lru_cache(maxsize=4)
def _answers(text: str) -> tuple:
    return tuple(interview_answers(text))


def voice_at(text: str, start: int, end: int, quotes) -> tuple[str, str]:
    """(voice, side) of ``text[start:end]`` as :func:`framing.find_phrases` gives it.

    Inside a quote row (``quotes``: the article's sorted quote starts, ends and sides, or
    None), the quote's speaker; else between quote marks, a stance a speaker declares of
    itself or an interview's answer (:func:`interview_answers`), ``quoted`` with no side; else
    the journalist's.

    >>> voice_at("Il parle d'un « dialogue franc ».", 16, 29, None)
    ('quoted', '')
    """
    voice, side = _voice_of(start, end, quotes)
    if voice == "journalist" and (in_quote_marks(text, start, end) or said_of_itself(text, start)):
        return "quoted", side  # a fragment between quote marks, a stance declared: reported speech
    if voice == "journalist" and ":" in text and any(a <= start < b for a, b in _answers(text)):
        return "quoted", side  # an interview's answer
    return voice, side


def phrase_voice(phrases: pd.DataFrame, quotes: pd.DataFrame, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """The voice of each phrase: the journalist's, or a quoted speaker's (with the side).

    Parameters
    ----------
    phrases : DataFrame
        Rows with ``doc_id``, ``start``, ``end`` (a :func:`framing.find_phrases` table).
    quotes : DataFrame
        :func:`framing.extract_quotes` output for the same corpus (``doc_id``, ``start``,
        ``end``, ``side``).
    corpus : DataFrame, optional
        ``doc_id`` and ``text``: when given, each phrase gets the voice
        :func:`framing.find_phrases` gives it (:func:`voice_at`): outside every quote row, a
        phrase between quote marks, a stance a speaker declares of itself or an interview's
        answer is ``quoted`` too (see the module docstring). Without it, only the quote rows count.

    Returns
    -------
    DataFrame
        Indexed like ``phrases``: ``voice`` (str, ``quoted`` when at least half of the
        phrase lies inside a quote, else ``journalist``) and ``side`` (str, the side of the
        innermost such quote's speaker, "" for the journalist's phrases).

    Examples
    --------
    >>> phrases = pd.DataFrame({"doc_id": ["a", "a"], "start": [1, 40], "end": [10, 50]})
    >>> quotes = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [20], "side": ["kremlin"]})
    >>> phrase_voice(phrases, quotes).values.tolist()
    [['quoted', 'kremlin'], ['journalist', '']]
    """
    by_doc = _quotes_by_doc(quotes)
    docs = phrases["doc_id"].astype(str).tolist()
    starts = pd.to_numeric(phrases["start"]).tolist()
    ends = pd.to_numeric(phrases["end"]).tolist()
    texts = dict(zip(corpus["doc_id"].astype(str), corpus["text"])) if corpus is not None else {}
    pairs = [voice_at(t, s, e, by_doc.get(d)) if isinstance(t := texts.get(d), str) else _voice_of(s, e, by_doc.get(d))
             for d, s, e in zip(docs, starts, ends)]
    voice = np.array([p[0] for p in pairs], dtype=object)
    side = np.array([p[1] for p in pairs], dtype=object)
    return pd.DataFrame({"voice": voice, "side": side}, index=phrases.index)
