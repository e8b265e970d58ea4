"""Framing phrases: find them, score their polarity, give them a frame and a voice, grow the lexicon.

A **framing phrase** (``shared/annotation/PHRASES.md``) is an expression by which a text
evaluates the relation between the sides, their interaction (the call, meeting, talks),
its atmosphere, its outcome or one side's stance toward the other: «très bonne
conversation», «regain de tension», «aucune rencontre bilatérale prévue». Event vocabulary
(«frappes», «troupes», «sanctions» as a topic) and bare reporting words («sommet»,
«s'entretenir», «aborder») are not: an article about a war can frame the talks warmly.

Two data files drive the lexicon's reading (both under ``framing/data/``, indexed in its README):

* ``phrases.csv`` — the **lexicon**: one row per expression written as lemmas, with a
  polarity in [-1, 1], a frame (cooperation / conflict / other), a finer ``detail``, a
  ``kind`` (framing, event, topic, procedural) and a note (see :func:`load_lexicon`).
* ``shifters.csv`` — the **valence shifters**: negators, intensifiers, dampeners,
  contrast and concession words, litotes (see :func:`load_shifters`).

The stage is a package, one file per part:

* :mod:`framing.phrases.lexicon` — the data files, their pattern syntax, compiled indexes;
* :mod:`framing.phrases.match` — a text tokenised once, patterns and shifters found in it;
* :mod:`framing.phrases.compose` — composed phrases: an evaluative word next to a noun of the
  talks, a negated outcome or verb of progress, a meeting wished for, a quoted word (word lists
  ``talk_nouns.csv``, ``evaluative_words.csv``, ``outcome_verbs.csv``);
* :mod:`framing.phrases.score` — valence shifters applied, polarity and frame (:func:`score_phrase`);
* :mod:`framing.phrases.phrase_model` — a fitted second reading of a whole phrase's polarity
  over the rules' reading, applied by :func:`score_phrase` (weights ``phrase_model.csv``);
* :mod:`framing.phrases.clauses` — the clauses no phrase touches that a fitted model reads as
  framing («parler n'est pas négocier»; weights ``clause_model.csv``);
* :mod:`framing.phrases.voice` — the journalist's voice or a quoted speaker's (:func:`phrase_voice`);
* :mod:`framing.phrases.tone` — each article's tone (:func:`article_tone`);
* :mod:`framing.phrases.discover` — candidates for the lexicon (:func:`candidate_phrases`);
* this file — :func:`find_phrases`, the public face over a corpus.

Examples
--------
>>> score_phrase("regain de tension").label
'negative'
>>> score_phrase("une très bonne conversation").frame
'cooperation'
"""

from __future__ import annotations

import dataclasses

import pandas as pd

from framing.french import furniture_spans
from framing.phrases.clauses import CLAUSE_ENTRY, ClauseModel, _open, load_clause_model
from framing.phrases.compose import _between_sides, composed_matches, head_nouns, load_talk_words
from framing.phrases.discover import CANDIDATE_COLUMNS, _check_corpus, _empty, candidate_phrases
from framing.phrases.lexicon import (
    _FLIP, DETAILS, FRAMES, KINDS, SHIFTER_KINDS, _get_index, _get_shifters, coarse_frame,
    load_lexicon, load_shifters,
)
from framing.phrases.match import _Doc, _Hits, _left_extend, _lexicon_matches, clause_spans
from framing.phrases.score import (
    AFTER_REACH, CONTRAST_BAND, FALLBACK_MIN, FALLBACK_SCALE, NEGATION_SCALAR, NEUTRAL_THRESHOLD,
    PhraseScore, Unit, _label, _shift, score_phrase, turned_frame,
)
from framing.phrases.tone import POSITION_WEIGHT, TONE_PRIOR, VOICE_WEIGHTS, article_tone
from framing.phrases.voice import VOICES, phrase_voice, voice_at

__all__ = [
    "FRAMES",
    "DETAILS",
    "KINDS",
    "VOICES",
    "TONE_PRIOR",
    "VOICE_WEIGHTS",
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
    "coarse_frame",
    "phrase_voice",
    "article_tone",
    "load_talk_words",
]

PHRASE_COLUMNS = {
    "doc_id": "object", "start": "int64", "end": "int64", "phrase": "object",
    "entry": "object", "polarity": "float64", "label": "object", "frame": "object",
    "detail": "object", "kind": "object", "negated": "bool", "intensity": "float64",
    "voice": "object", "side": "object",
}
#: How many quotation scores :func:`find_phrases` keeps in one call before starting afresh.
SCORED_KEPT = 50_000


def _is_name(doc: _Doc, i: int) -> bool:
    """A capitalised word inside a clause (not its first word): maybe a name.

    :func:`find_phrases` drops a one-word match on such a word unless its lemma is the entry's
    word itself: «la France» is not an inflection of «franc», «Tensions USA-Russie» is «tension».
    """
    text = doc.text
    if not text[doc.starts[i]].isupper() or i == 0 or doc.cut[i]:
        return False
    j = doc.starts[i] - 1
    while j >= 0 and text[j] in " \t\u00a0\u202f":
        j -= 1
    # after an opening quote mark or a dash the word may start a quoted sentence or a title
    return j >= 0 and text[j] not in "«\"“'‘-—–"


def _own_word(doc: _Doc, i: int) -> bool:
    """A capitalised word that the lemmatiser keeps as its own lemma («France»): not an inflection of another."""
    return doc.text[doc.starts[i]].isupper() and doc.lem[i] == doc.low[i]


def _trim_to_quote(text: str, s: int, e: int) -> tuple[int, int]:
    """A span that straddles one quote mark keeps its quoted side: «la rencontre "très bonne"» -> «très bonne».

    >>> t = "l'atmosphère était « très bonne », dit-il"
    >>> s, e = _trim_to_quote(t, 2, t.index("bonne") + 5); t[s:e]
    'très bonne'
    """
    span = text[s:e]
    marks = [k for k, c in enumerate(span) if c in "«»“”"]
    if len(marks) != 1:
        return s, e
    k = marks[0]
    if span[k] in "«“":  # the quoted part follows the mark
        head = len(span[k + 1:]) - len(span[k + 1:].lstrip())
        return (s + k + 1 + head, e) if span[k + 1:].strip() else (s, e)
    if span[:k].strip():  # the quoted part precedes the mark
        return s, s + len(span[:k].rstrip())
    return s, e


def _with_frame(item, frames: dict, ids: list):
    """A composed match's entry with the frame of the head noun entry it displaced, when its own is other."""
    if item.frame != "other":
        return item
    for t in range(ids[0], ids[-1] + 1):
        if t in frames:
            return dataclasses.replace(item, frame=frames[t])
    return item


def _clause_rows(doc_id: str, text: str, taken: list, quotes_here, model: ClauseModel,
                 furniture=None) -> list[tuple]:
    """Phrase rows for the clauses no phrase touches that the clause model reads as framing."""
    furniture = furniture_spans(text) if furniture is None else furniture
    cut, quoted = model.cut, model.quoted_weight
    rows = []
    for s, e, words in _open(text, taken):
        z = model.logit_words(words)
        if z + max(quoted, 0.0) < cut:
            continue  # below the threshold however it is voiced: no need to ask whose voice it is
        if furniture and any(a <= s < b for a, b in furniture):
            continue
        voice, side = voice_at(text, s, e, quotes_here)
        if z + (quoted if voice == "quoted" else 0.0) < cut:
            continue
        got = model.read(text[s:e], voice == "quoted")
        pol = round(got.polarity, 4) + 0.0
        detail = got.frame if got.frame != "other" else "neutral"
        rows.append((doc_id, s, e, text[s:e], CLAUSE_ENTRY, pol, _label(pol), got.frame, detail,
                     "framing", False, 1.0, voice, side))
    return rows


def find_phrases(corpus: pd.DataFrame, *, lexicon=None, quotes=None, progress: bool = True,
                 all_hits: bool = False, shifters=None, compose: bool = True,
                 clauses=True) -> pd.DataFrame:
    """Find the framing phrases of a corpus, with their polarity, frame and voice.

    Parameters
    ----------
    corpus : DataFrame
        The corpus table (at least ``doc_id`` and ``text``).
    lexicon : str, Path or DataFrame, optional
        A lexicon for :func:`load_lexicon`; the bundled one by default.
    quotes : DataFrame, optional
        :func:`framing.extract_quotes` output for this corpus, to give each phrase its
        voice; computed here when not given (pass it when you have it: quote
        attribution costs more than finding phrases).
    progress : bool
        Show a progress bar on stderr.
    all_hits : bool
        False (default): only **framing phrases**, entries of kind ``framing``.
        True: every lexicon hit, event vocabulary («frappes», «sanctions») and bare
        reporting words («sommet», «aborder») included; the ``kind`` column says which
        rows are framing phrases. Procedural wording («selon», «a déclaré») is never
        reported.
    shifters : str, Path or DataFrame, optional
        Valence shifters for :func:`load_shifters`; the bundled ones by default.
    compose : bool
        True (default): add the **composed** framing phrases of
        :mod:`framing.phrases.compose` (an evaluative word next to a noun of the talks,
        a negated outcome, a meeting announced, a leader's word or short sentence quoted
        on its own); their ``entry`` is ``rule:<name>``. False: lexicon entries only.
    clauses : bool, ClauseModel, str or Path
        True (default): add the clauses that no phrase touches and that the bundled clause
        model (:mod:`framing.phrases.clauses`) reads as framing («parler n'est pas
        négocier»); their ``entry`` is ``model:clause``, their polarity the model's
        P(positive) - P(negative), their frame its most likely one. The model also reads
        a short quoted sentence (``rule:quoted_statement``): its polarity and frame. A fitted
        :class:`~framing.phrases.clauses.ClauseModel`, or the path of a weight file its
        ``to_csv`` wrote: that model instead. False: the
        lexicon and the composition rules only.

    Returns
    -------
    DataFrame
        One row per phrase, in document and text order (contrast and concession
        weights are phrase-level and left to :func:`score_phrase`):

        ===========  =======  ==============================================================
        doc_id       str      the article
        start, end   int64    offsets into its text: ``text[start:end] == phrase``
        phrase       str      the matched text, extended left over adjacent intensifiers
        entry        str      the lexicon pattern that matched, ``rule:<name>`` for a
                              composed phrase (:mod:`framing.phrases.compose`), or
                              ``model:clause`` for a clause read by the clause model
        polarity     float64  how favourably it frames the relation: entry polarity x
                              intensity, x -0.74 when negated, in [-1, 1]
        label        str      negative / neutral / positive (threshold 0.1)
        frame        str      cooperation / conflict / other; negation keeps it («la
                              tension est retombée» is conflict) but a conflict averted
                              as an aim is cooperation («éviter la guerre»)
        detail       str      the entry's finer label (diplomacy, threat, uncertainty...)
        kind         str      framing (always, unless ``all_hits``), event or topic
        negated      bool     a negator or a reverser turns the valence (module docstring)
        intensity    float64  product of intensifier/dampener multipliers (1.0 if none)
        voice        str      ``quoted`` when the phrase lies inside a quote, else
                              ``journalist`` (:func:`phrase_voice`)
        side         str      the quoted speaker's side ("" for the journalist's phrases)
        ===========  =======  ==============================================================

        No phrase is reported on a line of page furniture, which holds no article text
        (:func:`framing.french.furniture_spans`: a copyright line, a subscription offer, a
        cookie banner, a login prompt). Same columns and dtypes when there is no match. A
        Dask corpus gives a Dask DataFrame with the same columns and dtypes (see
        :mod:`framing.engine`); its ``quotes`` may be the Dask result of
        :func:`framing.extract_quotes` on it.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "text": [
    ...     "Malgré les frappes, ils ont eu une très bonne conversation au sommet."]})
    >>> found = find_phrases(corpus, progress=False)
    >>> found[["phrase", "label", "frame", "voice"]].values.tolist()
    [['très bonne conversation', 'positive', 'cooperation', 'journalist']]
    >>> find_phrases(corpus, all_hits=True, progress=False)[["phrase", "kind"]].values.tolist()
    [['frappes', 'event'], ['très bonne conversation', 'framing'], ['sommet', 'topic']]
    """
    from framing import engine
    if engine.is_dask(corpus):  # one task per partition (framing.engine); Dask quotes go partition-wise
        return engine.map_articles(find_phrases, corpus, meta=_empty(PHRASE_COLUMNS), lexicon=lexicon,
                                   quotes=quotes, all_hits=all_hits, shifters=shifters, compose=compose,
                                   clauses=clauses)
    _check_corpus(corpus, ["doc_id", "text"])
    index = _get_index(lexicon)
    sh = _get_shifters(shifters)
    if quotes is None:
        from framing.quotes import extract_quotes

        quotes = extract_quotes(corpus, progress=progress)
    from framing.phrases.voice import _quotes_by_doc

    by_doc = _quotes_by_doc(quotes)
    clause_model = load_clause_model(None if clauses is True else clauses) if clauses is not False else None

    scored: dict = {}  # a quotation carried by many articles (wire copy) is scored once

    def score(fragment: str) -> PhraseScore:
        got = scored.get(fragment)
        if got is None:
            if len(scored) >= SCORED_KEPT:
                scored.clear()  # bounded memory on a million articles
            got = scored[fragment] = score_phrase(fragment, lexicon=lexicon, shifters=shifters, model=False)
        return got

    # a quoted sentence's polarity and frame: the clause model's reading of it (compose.quoted_statement)
    read_quote = None if clause_model is None else (lambda fragment: clause_model.read(fragment, True))

    rows = []
    from tqdm.auto import tqdm

    it = zip(corpus["doc_id"].tolist(), corpus["text"].tolist())
    for doc_id, text in tqdm(it, total=len(corpus), disable=not progress, desc="phrases", unit="doc"):
        if not isinstance(text, str) or not text:
            continue
        doc = _Doc(text)
        matches = _lexicon_matches(doc, index, sh)
        taken = {t for item, ids in matches if item.kind == "framing" for t in range(ids[0], ids[-1] + 1)}
        composed = []
        if compose:
            # a one-word entry on a head noun gives way to a composed evaluation of it («la détente est
            # illusoire»: not the positive «détente»)
            heads = head_nouns(doc, [ids[0] for item, ids in matches if item.kind == "framing" and len(ids) == 1])
            composed = composed_matches(doc, taken - heads, score, read_quote)
            if heads and composed:
                over = heads.intersection(t for _, ids, _ in composed for t in range(ids[0], ids[-1] + 1))
                if over:
                    # the noun's own frame stays when the evaluation has none of its own («un
                    # rapprochement historique» frames cooperation, as «rapprochement» does)
                    frames = {m[1][0]: m[0].frame for m in matches if len(m[1]) == 1 and m[1][0] in over}
                    composed = [(_with_frame(item, frames, ids), ids, shift) for item, ids, shift in composed]
                    matches = [m for m in matches if len(m[1]) > 1 or m[1][0] not in over]
        wanted = [m for m in matches if m[0].kind == "framing" or (all_hits and m[0].kind != "procedural")]
        doc_id = str(doc_id)
        if not wanted and not composed:
            if clause_model is not None:
                rows += _clause_rows(doc_id, text, [], by_doc.get(doc_id), clause_model)
            continue
        fixed = {id(item) for item, _, shift in composed if not shift}
        wanted = sorted(wanted + [(item, ids) for item, ids, _ in composed], key=lambda m: m[1][0])
        # shifters of the clauses a phrase's scoring reads (_shift: its clause up to
        # AFTER_REACH tokens past it and the sides named after it, and a mention up to 3
        # tokens past a negator there)
        spans = clause_spans(doc, [(ids[0], _between_sides(doc, ids[-1] + 1) - 1) for _, ids in wanted],
                             reach=AFTER_REACH + 4)
        pre = _Hits(doc, sh, spans=spans).drop_inside([ids for _, ids in matches if len(ids) > 1])
        unit_ends = sorted(ids[-1] for item, ids in matches if item.polarity)
        first = len(rows)
        quotes_here = by_doc.get(doc_id)
        starts, ends = doc.starts, doc.ends
        furniture = furniture_spans(text)  # a paywall offer's «Sans engagement», a cookie banner
        for item, ids in wanted:
            if furniture and any(a <= starts[ids[0]] < b for a, b in furniture):
                continue
            own = _own_word(doc, ids[0]) and not item.pattern.text.startswith("rule:")
            if len(ids) == 1 and (_is_name(doc, ids[0]) or own) and \
                    doc.lem[ids[0]] not in item.pattern.text.lower().split("|"):
                continue  # «la France» is not an inflection of «franc», nor «(France, Allemagne» ); «Yalta» is «Yalta»
            if id(item) in fixed:
                negated, intensity, aim = False, 1.0, False  # the rule read its own negation
            else:
                negated, intensity, aim = _shift(doc, ids, sh, (), pre, valence=item.polarity, ends=unit_ends)
            pol = item.polarity * intensity * (NEGATION_SCALAR if negated else 1.0)
            pol = max(-1.0, min(1.0, pol)) + 0.0  # no -0.0
            s = starts[_left_extend(doc, ids[0], sh)]
            e = ends[ids[-1]]
            frame, detail = item.frame, item.detail
            if negated:
                frame, detail = turned_frame(frame, aim, item.kind), _FLIP.get(detail, detail)
            s, e = _trim_to_quote(text, s, e)
            voice, side = voice_at(text, s, e, quotes_here)
            rows.append((doc_id, s, e, text[s:e], item.pattern.text, pol, _label(pol), frame, detail,
                         item.kind, negated, intensity, voice, side))
        if clause_model is not None:
            extra = _clause_rows(doc_id, text, [(r[1], r[2]) for r in rows[first:]], quotes_here, clause_model,
                                 furniture)
            if extra:  # text order within the article
                rows[first:] = sorted(rows[first:] + extra, key=lambda r: (r[1], r[2]))
    if not rows:
        return _empty(PHRASE_COLUMNS)
    return pd.DataFrame.from_records(rows, columns=list(PHRASE_COLUMNS)).astype(PHRASE_COLUMNS)
