"""Voice: whether a framing phrase is the journalist's own wording or lies in reported speech.

A phrase is ``quoted`` when it lies inside a row of :func:`framing.extract_quotes` (direct,
indirect or mixed speech), and ``journalist`` otherwise: «Trump a salué une très bonne
conversation» puts the evaluation in the journalist's voice, «"une très bonne
conversation", a dit Trump» in Trump's. "Inside" means that at least half of the phrase's
characters fall within the quote, so a phrase that straddles a quote mark by a word still
belongs to the quote. When quotes nest, the innermost quote (the shortest) gives the
speaker's ``side``.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np
import pandas as pd

__all__ = ["VOICES", "phrase_voice"]

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
    out = {}
    for doc_id, g in table.groupby("doc_id", sort=False):
        out[doc_id] = (g["start"].tolist(), g["end"].tolist(), g["side"].tolist())
    return out


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


def phrase_voice(phrases: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """The voice of each phrase: the journalist's, or a quoted speaker's (with the side).

    Parameters
    ----------
    phrases : DataFrame
        Rows with ``doc_id``, ``start``, ``end`` (a :func:`framing.find_phrases` table).
    quotes : DataFrame
        :func:`framing.extract_quotes` output for the same corpus (``doc_id``, ``start``,
        ``end``, ``side``).

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
    pairs = [_voice_of(s, e, by_doc.get(d)) for d, s, e in zip(docs, starts, ends)]
    voice = np.array([p[0] for p in pairs], dtype=object)
    side = np.array([p[1] for p in pairs], dtype=object)
    return pd.DataFrame({"voice": voice, "side": side}, index=phrases.index)
