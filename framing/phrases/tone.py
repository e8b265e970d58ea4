"""Article tone: how favourably each article frames the relation, from its framing phrases.

Method
------
Each framing phrase counts with its **strength**, the absolute value of its polarity
(«très bonne» weighs more than «bonne», an idiom more than a hedge), on the side of its
sign. With ``P`` and ``N`` the summed strengths of an article's positive and negative
phrases (each multiplied by its voice's weight, :data:`VOICE_WEIGHTS`), the tone is

    tone = (P - N) / (P + N + k)

with ``k`` = :data:`TONE_PRIOR`. This is the net tone of Young & Soroka (2012, *Affective
News: The Automated Coding of Sentiment in Political Texts*, Political Communication 29:
205-231: positive minus negative over all words coded) with the phrases weighted by
strength, and the empirical logit of Lowe, Benoit, Mikhaylov & Laver (2011, *Scaling Policy
Preferences from Coded Political Texts*, Legislative Studies Quarterly 36: 123-155),
``log((P + k/2) / (N + k/2))``, mapped onto (-1, 1) by ``tanh(x / 2)``: the two are the same
number. The pseudo-count ``k`` **shrinks** the tone of articles with few phrases toward
neutral: with ``k`` = 2, one mild positive phrase (strength 0.5) gives +0.20, five give +0.56.

Scale: (-1, 1); 0 is neutral or balanced, and an article without any framing phrase has
tone 0.0 (``n_phrases`` 0) by definition: nothing in it frames the relation. The tone of
each voice is the same formula over that voice's phrases only.

Position: news is written as an inverted pyramid, the headline and the lead carrying the frame
that the rest of the article supports (Pöttker 2003, *News and its communicative quality: the
inverted pyramid — when and why did it appear?*, Journalism Studies 4: 501-511; Entman 1993,
*Framing: toward clarification of a fractured paradigm*, Journal of Communication 43: 51-58, on
placement as salience). Each phrase's strength is therefore multiplied by
``1 + position * (1 - 2 * start / len(text))``: with the default :data:`POSITION_WEIGHT` 0.5, a
phrase in the headline counts 1.5, one in the middle 1, one at the very end 0.5. This needs the
phrases' ``start`` and the corpus ``text`` (as :func:`framing.find_phrases` and
:func:`framing.load_corpus` give them); without either, or with ``position=0``, every phrase
counts the same. On the nine constructed article sets used for development the weighting raised
the mean Spearman rho with the coded tone from 0.77 to 0.81 (six sets up, by up to 0.19; two down,
by 0.04 and 0.002; one unchanged).

By default a quoted phrase weighs as much as the journalist's own (:data:`VOICE_WEIGHTS`):
the article's tone counts "the journalist's framing and the quoted framings the article
chooses to carry" (``PHRASES.md``). The two voices often pull apart (leaders describe
their own talks warmly, the journalist is the sceptic), which is why ``tone_journalist``
and ``tone_quoted`` are reported too; pass ``voice_weights`` to weigh them differently.
On the development part of ``benchmarks/phrases_articles`` weights of 0.3 to 1.0 for
quoted phrases and pseudo-counts of 0.5 to 2 all gave Spearman rho between 0.80 and
0.85 with the coded tone. Over the 23 development article sets of session 27 (about 4,900
coded phrases, ten annotators) a quoted weight of 0.5 lowered the mean rho and pseudo-counts
from 2 to 6 raised it alike (0.781 with ``k`` = 1, 0.787-0.790 with 2 to 6); ``k`` = 2, the
smallest of them, is the default: it raised rho on 15 of the 23 sets and lowered it on one.

Phrases read by the clause model (:mod:`framing.phrases.clauses`, ``entry`` ``model:clause``)
are counted in ``n_phrases`` but weigh :data:`CLAUSE_WEIGHT` (0) in the tone: the model finds
framing clauses well (session 31: out of fold on the 29 development article sets, 57% of the
clauses it adds match a coded phrase), but gives their polarity right only two times in three (0.675,
against about 0.85 for the lexicon's phrases). Counting them at full weight raised the mean
rho of those sets out of fold (0.752 to 0.771, 16 sets up and 11 down, one set alone +0.36) but
lowered it on six of the eight held-out sets scored with the first model (mean -0.026), so the
default keeps the tone on the lexicon's phrases; ``clause_weight=1`` counts them in full.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from framing.phrases.clauses import CLAUSE_ENTRY

__all__ = ["TONE_PRIOR", "VOICE_WEIGHTS", "POSITION_WEIGHT", "CLAUSE_WEIGHT", "TONE_COLUMNS", "article_tone"]

#: Pseudo-count k of the tone (P - N) / (P + N + k): shrinkage toward neutral.
TONE_PRIOR = 2.0
#: How much more a phrase at the top of an article weighs than one in its middle (and less at
#: its end): weight ``1 + POSITION_WEIGHT * (1 - 2 * start / len(text))``.
POSITION_WEIGHT = 0.5
#: Weight of a phrase in the article's tone, by voice.
VOICE_WEIGHTS = {"journalist": 1.0, "quoted": 1.0}
#: Weight in the tone of a phrase read by the clause model (``entry`` ``model:clause``,
#: :mod:`framing.phrases.clauses`), against 1 for the lexicon's and the rules' phrases.
CLAUSE_WEIGHT = 0.0
#: Columns of :func:`article_tone`.
TONE_COLUMNS = {
    "doc_id": "object", "tone": "float64", "n_phrases": "int64",
    "tone_journalist": "float64", "n_journalist": "int64",
    "tone_quoted": "float64", "n_quoted": "int64",
}


def _net(pos: np.ndarray, neg: np.ndarray, prior: float) -> np.ndarray:
    return (pos - neg) / (pos + neg + prior)


def _tone_partition(corpus: pd.DataFrame, phrases: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """:func:`article_tone` of some articles, given their phrases (or those of the whole corpus)."""
    phrases = phrases[phrases["doc_id"].astype(str).isin(set(corpus["doc_id"].astype(str)))]
    return article_tone(phrases, corpus, **kwargs)


def article_tone(phrases: pd.DataFrame, corpus: pd.DataFrame, *, prior: float = TONE_PRIOR,
                 voice_weights: dict | None = None, position: float = POSITION_WEIGHT,
                 clause_weight: float = CLAUSE_WEIGHT) -> pd.DataFrame:
    """The tone of every article of the corpus, overall and by voice.

    Parameters
    ----------
    phrases : DataFrame
        :func:`framing.find_phrases` output (``doc_id``, ``polarity``; ``voice`` and
        ``kind`` when present: rows of another kind than ``framing`` are left out, so
        a table from ``all_hits=True`` gives the same tones).
    corpus : DataFrame
        The corpus the phrases come from (``doc_id``): one output row per article.
    prior : float
        The pseudo-count k (> 0) that shrinks articles with few phrases toward 0.
    voice_weights : dict, optional
        Weight of a phrase by voice in ``tone`` (:data:`VOICE_WEIGHTS` by default).
    position : float
        In [0, 1): how much more a phrase near the top of the article weighs (module
        docstring; :data:`POSITION_WEIGHT`). Used when the phrases have ``start`` and the
        corpus ``text``; 0 weighs every phrase the same.
    clause_weight : float
        Weight of a phrase read by the clause model (``entry`` ``model:clause``), against 1
        for the others (:data:`CLAUSE_WEIGHT`, 0 by default: such phrases are counted in
        ``n_phrases`` but do not move the tone; module docstring).

    Returns
    -------
    DataFrame
        One row per article, in corpus order (none dropped):

        ===============  =======  ======================================================
        doc_id           str      the article
        tone             float64  (P - N) / (P + N + k) over its framing phrases, in
                                  (-1, 1); 0.0 when it has none (module docstring)
        n_phrases        int64    framing phrases in the article
        tone_journalist  float64  the same over the journalist's own phrases (0.0: none)
        n_journalist     int64    phrases in the journalist's voice
        tone_quoted      float64  the same over the phrases inside quotes (0.0: none)
        n_quoted         int64    phrases inside quotes
        ===============  =======  ======================================================

        Without a ``voice`` column every phrase counts as the journalist's. A Dask
        corpus gives a Dask DataFrame (one partition per corpus partition; the phrases
        may be the Dask result of :func:`framing.find_phrases` on it, or a pandas table).

    Raises
    ------
    ValueError
        When a column is missing or phrases name articles that are not in the corpus.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"]})
    >>> phrases = pd.DataFrame({"doc_id": ["a", "a"], "polarity": [0.6, -0.6],
    ...                         "voice": ["quoted", "journalist"]})
    >>> article_tone(phrases, corpus).round(2).values.tolist()
    [['a', 0.0, 2, -0.23, 1, 0.23, 1], ['b', 0.0, 0, 0.0, 0, 0.0, 0]]
    """
    from framing import engine
    if engine.is_dask(corpus):  # one task per partition of the corpus (framing.engine)
        return engine.map_articles(_tone_partition, corpus, meta=article_tone(phrases.head(0) if not engine.is_dask(
            phrases) else phrases._meta, corpus._meta), progress_arg=None, phrases=phrases, prior=prior,
            voice_weights=voice_weights, position=position, clause_weight=clause_weight)
    for name, table, cols in (("phrases", phrases, ["doc_id", "polarity"]), ("corpus", corpus, ["doc_id"])):
        if not isinstance(table, pd.DataFrame):
            raise TypeError(f"{name} must be a DataFrame, not {type(table).__name__}")
        missing = [c for c in cols if c not in table.columns]
        if missing:
            raise ValueError(f"{name} lacks column(s) {missing}; it has {list(table.columns)}")
    if not prior > 0:
        raise ValueError(f"prior must be positive, got {prior!r}")
    if not 0 <= clause_weight <= 1:
        raise ValueError(f"clause_weight must be in [0, 1], got {clause_weight!r}")
    if not 0 <= position < 1:
        raise ValueError(f"position must be in [0, 1), got {position!r}")
    weights = dict(VOICE_WEIGHTS if voice_weights is None else voice_weights)
    ids = corpus["doc_id"].astype(str)
    if "kind" in phrases.columns:
        phrases = phrases[phrases["kind"].astype(object) == "framing"]
    doc = phrases["doc_id"].astype(str)
    unknown = pd.Index(doc.unique()).difference(pd.Index(ids))
    if len(unknown):
        raise ValueError(f"phrases has {len(unknown)} doc_id value(s) not in the corpus, e.g. "
                         f"{unknown[:5].tolist()}; pass the corpus the phrases were found in")
    pol = pd.to_numeric(phrases["polarity"], errors="coerce").fillna(0.0).to_numpy(float)
    voice = (phrases["voice"].astype(object).fillna("journalist").to_numpy() if "voice" in phrases.columns
             else np.full(len(phrases), "journalist", dtype=object))
    w = np.array([weights.get(v, 1.0) for v in voice], dtype=float)
    if "entry" in phrases.columns and clause_weight != 1.0:  # the clause model's polarity (module docstring)
        pol = np.where(phrases["entry"].astype(object).to_numpy() == CLAUSE_ENTRY, pol * clause_weight, pol)
    if position and "start" in phrases.columns and "text" in corpus.columns:
        length = corpus["text"].astype(object).map(lambda t: len(t) if isinstance(t, str) else 0)
        length = pd.Series(length.to_numpy(), index=ids.to_numpy())
        length = length[~length.index.duplicated()].reindex(doc.to_numpy()).to_numpy(float)
        start = pd.to_numeric(phrases["start"], errors="coerce").fillna(0.0).to_numpy(float)
        rel = np.clip(start / np.maximum(length, 1.0), 0.0, 1.0)
        pol = pol * (1.0 + position * (1.0 - 2.0 * rel))  # headline and lead weigh more (module docstring)
    parts = pd.DataFrame({
        "doc_id": doc.to_numpy(), "voice": voice,
        "pos": np.clip(pol, 0, None), "neg": np.clip(-pol, 0, None), "w": w, "one": 1,
    })
    parts["wpos"], parts["wneg"] = parts["pos"] * parts["w"], parts["neg"] * parts["w"]
    out = pd.DataFrame({"doc_id": ids.to_numpy()})
    total = parts.groupby("doc_id")[["wpos", "wneg", "one"]].sum().reindex(out["doc_id"], fill_value=0)
    out["tone"] = _net(total["wpos"].to_numpy(float), total["wneg"].to_numpy(float), prior)
    out["n_phrases"] = total["one"].to_numpy()
    for v in ("journalist", "quoted"):
        sub = parts[parts["voice"] == v].groupby("doc_id")[["pos", "neg", "one"]].sum()
        sub = sub.reindex(out["doc_id"], fill_value=0)
        out[f"tone_{v}"] = _net(sub["pos"].to_numpy(float), sub["neg"].to_numpy(float), prior)
        out[f"n_{v}"] = sub["one"].to_numpy()
    out = out[list(TONE_COLUMNS)].astype(TONE_COLUMNS)
    return out.reset_index(drop=True)
