"""Framing phrases: find them, score their polarity, give them a frame, grow the lexicon.

Two data files drive this stage (both under ``framing/data/``, indexed in its README):

* ``phrases.csv`` — the **lexicon**: one row per framing expression written as lemmas,
  with a polarity in [-1, 1], a frame and a note (see :func:`load_lexicon`).
* ``shifters.csv`` — the **valence shifters**: negators, intensifiers, dampeners,
  contrast and concession words, litotes (see :func:`load_shifters`).

The stage is a package, one file per part:

* :mod:`framing.phrases.lexicon` — the data files, their pattern syntax, compiled indexes;
* :mod:`framing.phrases.match` — a text tokenised once, patterns and shifters found in it;
* :mod:`framing.phrases.score` — valence shifters applied, polarity and frame (:func:`score_phrase`);
* :mod:`framing.phrases.discover` — candidates for the lexicon (:func:`candidate_phrases`);
* this file — :func:`find_phrases`, the public face over a corpus.

Examples
--------
>>> score_phrase("regain de tension").label
'negative'
"""

from __future__ import annotations

import pandas as pd

from framing.phrases.discover import CANDIDATE_COLUMNS, _check_corpus, _empty, candidate_phrases
from framing.phrases.lexicon import (
    _FLIP, FRAMES, SHIFTER_KINDS, _get_index, _get_shifters, load_lexicon, load_shifters,
)
from framing.phrases.match import _Doc, _Hits, _left_extend, _lexicon_matches
from framing.phrases.score import (
    AFTER_REACH, CONTRAST_BAND, FALLBACK_MIN, FALLBACK_SCALE, NEGATION_SCALAR, NEUTRAL_THRESHOLD,
    PhraseScore, Unit, _label, _shift, score_phrase,
)

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

PHRASE_COLUMNS = {
    "doc_id": "object", "start": "int64", "end": "int64", "phrase": "object",
    "entry": "object", "polarity": "float64", "label": "object", "frame": "object",
    "negated": "bool", "intensity": "float64",
}


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

        Same columns and dtypes when there is no match.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "text": ["Malgré les vents contraires, ils discutent."]})
    >>> find_phrases(corpus, progress=False)[["phrase", "entry", "label", "frame"]].values.tolist()
    [['vents contraires', 'vent contraire', 'negative', 'conflict'], ['discutent', 'discuter', 'neutral', 'diplomacy']]
    """
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
