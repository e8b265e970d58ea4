"""quotes_in: run the steps over one text, resolve containment and nesting, build the rows."""

from __future__ import annotations

import bisect
import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, fields
from functools import lru_cache

from framing.actors import UNATTRIBUTED, actor_index
from framing.french import BOILERPLATE_MAX_WORDS, _bundled_boilerplate, boilerplate_spans, is_boilerplate_line
from framing.quotes.constructions import cleft, inner_quotations, quotations_without_cue, sentence_candidates
from framing.quotes.cues import cue_set
from framing.quotes.document import Candidate, Document
from framing.quotes.sides import continuations, keep_distinct_nested, paragraph_scope
from framing.quotes.speakers import resolve_speakers
from framing.quotes.words import CLEFT, DET_BEFORE, LABEL, toks_in



QUOTE_COLUMNS = ["doc_id", "start", "end", "quote", "kind", "speaker", "speaker_start", "speaker_end",
                 "actor", "side", "cue", "nested"]
PROBLEM_COLUMNS = ["doc_id", "start", "problem"]
INT_COLUMNS = ["start", "end", "speaker_start", "speaker_end"]


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




_QUOTE_FIELDS = [f.name for f in fields(Quote)]


def _quote(*values) -> Quote:
    """``Quote(*values)`` without the frozen dataclass's per-field ``__setattr__`` (a hot path)."""
    q = object.__new__(Quote)
    q.__dict__.update(zip(_QUOTE_FIELDS, values))
    return q


def attributed_quotes(doc) -> list[Quote]:
    """The quotes of one indexed text: the steps in order, then one row per speech act.

    Sentence by sentence, the constructions a cue introduces
    (:func:`~framing.quotes.constructions.sentence_candidates`); then the cleft, the quotations
    no cue attributed, containment, page furniture, speakers and sides.
    """
    text = doc.text
    cands: list[Candidate] = []
    sent_toks = doc._sent_toks = []
    k = 0
    spans = doc.spans
    worth = doc.worth_flags()
    for si, (s0, s1) in enumerate(doc.sents):
        while k < len(spans) and spans[k].open < s0:
            k += 1
        has_quote = k < len(spans) and spans[k].open < s1
        if not worth[si] and not (
                (s0 == 0 or text[s0 - 1] == "\n") and text.find(":", s0, s1) >= 0 and LABEL.match(text, s0, s1)) \
                and not CLEFT.match(text, s0, s1):
            # no cue, no marker: nothing to attribute here, but a quotation may need its words later
            sent_toks.append(None if has_quote else [])
            continue
        toks = toks_in(text, s0, s1)
        sent_toks.append(toks)
        cands.extend(sentence_candidates(doc, si, s0, s1, toks))
    cands.extend(inner_quotations(doc))
    cands = cleft(doc, cands, sent_toks)
    cands = quotations_without_cue(doc, cands, sent_toks)
    cands = resolve_containment(doc, cands)
    cands = drop_boilerplate(doc, cands)
    cands.sort(key=lambda c: (c.cs, c.ce))
    resolve_speakers(doc, cands)
    cands = keep_distinct_nested(cands)
    continuations(cands)
    paragraph_scope(doc, cands)
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
            m = DET_BEFORE.search(text, max(0, ss - 8), ss)
            if m and (not c.pron or c.pron == "anaphor"):
                ss = m.start()
            sp = text[ss:se]
        out.append(_quote(c.cs, c.ce, text[c.cs:c.ce], c.kind, sp, ss, se, c.actor, c.side or UNATTRIBUTED,
                          c.cue, c.nested))
    return out


def resolve_containment(doc, cands):
    """One row per speech act: higher-priority rows win; inner distinct speakers become nested."""
    cands = sorted(cands, key=lambda c: (-c.prio, -(c.ce - c.cs)))
    kept: list[Candidate] = []
    by_sent: dict[int, list[Candidate]] = {}
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
                c.ce = doc.content_end(c.cs, k.cs)
            elif c.cs < k.ce < c.ce:
                c.cs = k.ce
        if not drop and c.ce > c.cs:
            kept.append(c)
            by_sent.setdefault(c.sent, []).append(c)
    return kept


HEADLINE_COLON = re.compile(r"[\s\u00a0\u202f]*[»”\"]?[\s\u00a0\u202f]*:[\s\u00a0\u202f]*[A-ZÉÈ]")  # «…» : Name verb


def _furniture_kind(doc, c) -> bool:
    """Indirect speech, or a quotation no cue attributes: what a furniture line cannot hold.

    A quotation heading a linked title and followed by a name (``Lire aussi : «Le temps est venu» :
    Dmitriev salue …``) is kept.
    """
    return c.kind == "indirect" or (c.cue in ("", "subheading", "agentless")
                                    and not HEADLINE_COLON.match(doc.text, c.ce, c.ce + 8))


def furniture_line(line: str) -> bool:
    """:func:`framing.french.is_boilerplate_line` with the bundled patterns tried as one alternation.

    A line is furniture when one pattern matches it whole, which is when their alternation does
    (the patterns share their flags and refer to no group); one match instead of one per pattern.

    >>> furniture_line("Lire aussi : Sommet d'Helsinki"), furniture_line("«Non», a dit Poutine.")
    (True, False)
    """
    joined = _joined_boilerplate()
    if joined is None:
        return is_boilerplate_line(line)
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= BOILERPLATE_MAX_WORDS and joined.fullmatch(stripped) is not None


@lru_cache(maxsize=1)
def _joined_boilerplate():
    """The bundled boilerplate patterns as one pattern, or None if they cannot be joined."""
    pats = _bundled_boilerplate()
    if not pats or len({p.flags for p in pats}) > 1 or any(
            re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)", p.pattern) for p in pats):
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in pats), pats[0].flags)


def drop_boilerplate(doc, cands):
    """Speech found on a line of page furniture ("Lire aussi : …") is no quote, unless a cue attributes it.

    Indirect speech there is dropped, and so are quotations no cue attributes (the nickname
    or title of a linked article: ``Lire aussi : Bart De Wever, «l'homme qui murmure à
    l'oreille» de Washington ?``); a headline quotation with its speaker (``Lire aussi :
    Lavrov : «…»``) stays. The lines are those of :func:`framing.french.boilerplate_spans`.
    """
    lines = {doc.line_around(c.cs) for c in cands if _furniture_kind(doc, c)}
    if not any(furniture_line(doc.text[a:b]) for a, b in lines):
        return cands  # no such line is furniture (the usual case): no need to read them all
    spans = boilerplate_spans(doc.text)
    if not spans:
        return cands
    starts = [a for a, _ in spans]
    out = []
    for c in cands:
        k = bisect.bisect_right(starts, c.cs) - 1
        if _furniture_kind(doc, c) and k >= 0 and c.cs < spans[k][1]:
            continue
        out.append(c)
    return out


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
    with collector_paused():
        return attributed_quotes(Document(text, cue_set(cues), actor_index(actors)))


@contextmanager
def collector_paused():
    """Pause Python's cyclic garbage collector while one text is analysed.

    The analysis of a text makes many small objects (a tuple per word) that all live until it
    ends and form no reference cycle; with the collector on, every generation-2 pass scans them
    again, so a single 2 MB text ran at two thirds of the speed of short articles. Reference
    counting still frees everything; the collector is switched back on afterwards (if it was on).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
