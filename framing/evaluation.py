"""Evaluation: score extracted quotes against gold attributions.

The rules are those of the project's acceptance scorer (``score_quotes.py`` beside the
annotation guidelines), written once as small pure functions:

- a predicted span and a gold span **match** when they overlap by at least half of the
  shorter span; matching is one to one, largest overlap first (ties: higher indices
  first, as the acceptance scorer sorts its ``(overlap, i, j)`` triples);
- a match is **correct** when the sides agree;
- precision = correct / predictions, recall = correct / gold rows, F1 their harmonic
  mean; besides: recall of direct and mixed gold rows (matched whatever the side),
  side accuracy over matches, the total variation distance between the predicted and
  gold side shares, recall by kind, and the marked non-quotes that were extracted.

A gold table has one row per reported speech act with columns ``doc_id``,
``char_start``, ``char_end``, ``kind`` and ``side`` (the layout of the seeds' gold and
of ``benchmarks/quotes_*/gold.csv``); a table of found quotes has the columns of
:func:`framing.extract_quotes` (``doc_id``, ``start``, ``end``, ``side`` are used).

>>> sorted(match_spans([(0, 10), (20, 30)], [(22, 31), (1, 9)]))
[(0, 1), (1, 0)]
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

__all__ = ["SIDES", "GOLD_COLUMNS", "NONQUOTE_COLUMNS", "QuoteGold", "span_overlap", "match_spans",
           "match_quotes", "nonquotes_extracted", "score_quotes", "load_quote_gold"]

SIDES = ("kremlin", "white_house", "joint", "other", "unattributed")
GOLD_COLUMNS = ["doc_id", "char_start", "char_end", "kind", "speaker", "speaker_resolved", "side", "nested",
                "quote_text", "note"]
NONQUOTE_COLUMNS = ["doc_id", "char_start", "text", "why"]
MATCH_COLUMNS = ["doc_id", "pred", "gold", "overlap", "correct"]


def span_overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Number of characters shared by two ``(start, end)`` spans (0 when disjoint).

    >>> span_overlap((0, 10), (5, 20)), span_overlap((0, 3), (4, 9))
    (5, 0)
    """
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(pred_spans, gold_spans) -> list[tuple[int, int]]:
    """Pair predicted with gold spans, one to one, largest overlap first.

    Parameters
    ----------
    pred_spans, gold_spans : sequence of (start, end)
        Character spans in one text.

    Returns
    -------
    list of (i, j)
        Index ``i`` into ``pred_spans`` paired with index ``j`` into ``gold_spans``,
        in the order the pairs were made (largest overlap first). A pair needs an
        overlap of at least half of the shorter span; empty spans never match.

    Examples
    --------
    >>> match_spans([(0, 4), (0, 10)], [(0, 10)])   # the larger overlap wins
    [(1, 0)]
    >>> match_spans([(0, 10)], [(6, 30)])           # 4 < half of 10
    []
    """
    pairs = []
    for i, p in enumerate(pred_spans):
        for j, g in enumerate(gold_spans):
            ov = span_overlap(p, g)
            short = min(p[1] - p[0], g[1] - g[0])
            if short > 0 and ov >= 0.5 * short:
                pairs.append((ov, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _need(table: pd.DataFrame, columns, what: str) -> None:
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{what}: missing column(s) {missing}; expected at least {list(columns)}")


def match_quotes(found: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Match found quotes with gold rows, document by document (see :func:`match_spans`).

    Parameters
    ----------
    found : DataFrame
        Columns ``doc_id``, ``start``, ``end``, ``side`` (as from :func:`framing.extract_quotes`).
    gold : DataFrame
        Columns ``doc_id``, ``char_start``, ``char_end``, ``side``.

    Returns
    -------
    DataFrame
        One row per pair: ``doc_id`` (str), ``pred`` and ``gold`` (int, positions in
        ``found`` and ``gold``), ``overlap`` (int, characters), ``correct`` (bool: the
        sides agree).

    Examples
    --------
    >>> found = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [9], "side": ["kremlin"]})
    >>> gold = pd.DataFrame({"doc_id": ["a"], "char_start": [1], "char_end": [9], "side": ["joint"]})
    >>> match_quotes(found, gold)[["pred", "gold", "correct"]].values.tolist()
    [[0, 0, False]]
    """
    _need(found, ["doc_id", "start", "end", "side"], "found quotes")
    _need(gold, ["doc_id", "char_start", "char_end", "side"], "gold table")
    f_doc = found["doc_id"].astype(str).tolist()
    g_doc = gold["doc_id"].astype(str).tolist()
    rows = []
    for d in sorted(set(g_doc)):
        pi = [k for k, x in enumerate(f_doc) if x == d]
        gi = [k for k, x in enumerate(g_doc) if x == d]
        preds = [(int(found["start"].iloc[k]), int(found["end"].iloc[k])) for k in pi]
        golds = [(int(gold["char_start"].iloc[k]), int(gold["char_end"].iloc[k])) for k in gi]
        for i, j in match_spans(preds, golds):
            rows.append({"doc_id": d, "pred": pi[i], "gold": gi[j], "overlap": span_overlap(preds[i], golds[j]),
                         "correct": str(found["side"].iloc[pi[i]]) == str(gold["side"].iloc[gi[j]])})
    out = pd.DataFrame(rows, columns=MATCH_COLUMNS)
    return out.astype({"doc_id": object, "pred": "int64", "gold": "int64", "overlap": "int64", "correct": bool})


def nonquotes_extracted(found: pd.DataFrame, nonquotes: pd.DataFrame) -> pd.DataFrame:
    """The marked non-quotes (names, scare quotes ...) that were extracted as quotes.

    A non-quote counts as extracted when a found quote covers it and is at most twice
    its length plus 4 characters (so a long quotation that merely contains a name in
    guillemets does not count).

    Parameters
    ----------
    found : DataFrame
        Columns ``doc_id``, ``start``, ``end``.
    nonquotes : DataFrame
        Columns ``doc_id``, ``char_start``, ``text``.

    Returns
    -------
    DataFrame
        The rows of ``nonquotes`` that were extracted (same columns, original index).

    Examples
    --------
    >>> found = pd.DataFrame({"doc_id": ["a"], "start": [10], "end": [24]})
    >>> nq = pd.DataFrame({"doc_id": ["a"], "char_start": [10], "text": ["Etat islamique"]})
    >>> nonquotes_extracted(found, nq)["text"].tolist()
    ['Etat islamique']
    """
    _need(found, ["doc_id", "start", "end"], "found quotes")
    _need(nonquotes, ["doc_id", "char_start", "text"], "non-quote table")
    f_doc = found["doc_id"].astype(str)
    keep = []
    for doc, start, text in zip(nonquotes["doc_id"].astype(str), nonquotes["char_start"], nonquotes["text"]):
        a = int(start)
        b = a + len(str(text))
        rows = found[f_doc == doc]
        keep.append(any(s <= a and b <= e and (e - s) <= 2 * (b - a) + 4
                        for s, e in zip(rows["start"], rows["end"])))
    return nonquotes[keep]


def score_quotes(found: pd.DataFrame, gold: pd.DataFrame, *, nonquotes: pd.DataFrame | None = None) -> dict:
    """Attribution scores of found quotes against a gold table.

    Parameters
    ----------
    found : DataFrame
        Found quotes (``doc_id``, ``start``, ``end``, ``side``) over the documents of
        ``gold``; every row counts as a prediction.
    gold : DataFrame
        Gold rows (``doc_id``, ``char_start``, ``char_end``, ``kind``, ``side``).
    nonquotes : DataFrame, optional
        Marked non-quotes (``doc_id``, ``char_start``, ``text``); when given,
        ``nonquotes_extracted`` counts those extracted (see :func:`nonquotes_extracted`).

    Returns
    -------
    dict
        ``gold``, ``pred``, ``matched``, ``correct`` (int); ``precision``, ``recall``,
        ``f1``, ``direct_mixed_recall`` (matched direct and mixed gold rows, whatever
        the side), ``side_accuracy`` (correct / matched), ``share_tvd`` (total
        variation distance between predicted and gold side shares) (float);
        ``recall_by_kind`` (dict kind -> matched share of that kind's gold rows);
        ``nonquotes`` and ``nonquotes_extracted`` (int, ``None`` without ``nonquotes``).

    Examples
    --------
    >>> found = pd.DataFrame({"doc_id": ["a", "a"], "start": [1, 40], "end": [30, 50],
    ...                       "side": ["kremlin", "other"]})
    >>> gold = pd.DataFrame({"doc_id": ["a"], "char_start": [1], "char_end": [31],
    ...                      "kind": ["direct"], "side": ["kremlin"]})
    >>> s = score_quotes(found, gold)
    >>> s["precision"], s["recall"], round(s["f1"], 3)
    (0.5, 1.0, 0.667)
    """
    _need(gold, ["doc_id", "char_start", "char_end", "kind", "side"], "gold table")
    pairs = match_quotes(found, gold)
    n_pred, n_gold, n_match = len(found), len(gold), len(pairs)
    n_ok = int(pairs["correct"].sum())
    prec, rec = n_ok / max(n_pred, 1), n_ok / max(n_gold, 1)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    kinds = gold["kind"].astype(str).reset_index(drop=True)
    got = pd.Series(False, index=range(n_gold))
    got[pairs["gold"].tolist()] = True
    direct = kinds.isin(["direct", "mixed"])
    pred_share = found["side"].astype(str).value_counts() / max(n_pred, 1)
    gold_share = gold["side"].astype(str).value_counts() / max(n_gold, 1)
    sides = sorted(set(pred_share.index) | set(gold_share.index))
    tvd = 0.5 * sum(abs(pred_share.get(s, 0.0) - gold_share.get(s, 0.0)) for s in sides)
    out = {
        "gold": n_gold, "pred": n_pred, "matched": n_match, "correct": n_ok,
        "precision": prec, "recall": rec, "f1": f1,
        "direct_mixed_recall": int((got & direct).sum()) / max(int(direct.sum()), 1),
        "side_accuracy": n_ok / max(n_match, 1),
        "share_tvd": float(tvd),
        "recall_by_kind": {k: float(got[kinds == k].mean()) for k in sorted(set(kinds))},
        "nonquotes": None, "nonquotes_extracted": None,
    }
    if nonquotes is not None:
        out["nonquotes"] = len(nonquotes)
        out["nonquotes_extracted"] = len(nonquotes_extracted(found, nonquotes))
    return out


@dataclass(frozen=True)
class QuoteGold:
    """A gold set: the articles to run on, their gold rows and their marked non-quotes."""

    name: str
    corpus: pd.DataFrame     # doc_id, text: the documents that have gold rows, sorted by doc_id
    gold: pd.DataFrame       # GOLD_COLUMNS (char_start, char_end as int)
    nonquotes: pd.DataFrame  # NONQUOTE_COLUMNS (char_start as int); empty when the set has none


def _read_csv(path: Path, required) -> pd.DataFrame:
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        header = reader.fieldnames or []
    missing = [c for c in required if c not in header]
    if missing:
        raise ValueError(f"{path}, line 1: missing column(s) {missing}; expected {list(required)}")
    table = pd.DataFrame(rows, columns=header, dtype=object)
    for c in ("char_start", "char_end"):
        if c in table.columns:
            table[c] = table[c].astype("int64")
    return table


def load_quote_gold(folder=None, *, gold=None, texts=None, nonquotes=None) -> QuoteGold:
    """Load a gold set for :func:`score_quotes`.

    Parameters
    ----------
    folder : str or Path, optional
        A folder with ``texts/<doc_id>.txt``, ``gold.csv`` and optionally ``nonquotes.csv``
        (the layout of ``benchmarks/quotes_dev``).
    gold, texts, nonquotes : str or Path, optional
        Override the gold file, the text folder or the non-quote file (for gold kept
        elsewhere, e.g. the seeds' gold beside the annotation guidelines).

    Returns
    -------
    QuoteGold
        ``corpus`` (``doc_id``, ``text``: each gold document's file read whole as UTF-8,
        sorted by ``doc_id``), ``gold`` and ``nonquotes`` tables.

    Examples
    --------
    >>> from pathlib import Path
    >>> bench = Path(__file__).resolve().parents[1] / "benchmarks" / "quotes_dev"
    >>> gs = load_quote_gold(bench) if bench.exists() else None
    >>> gs is None or len(gs.gold) > 0
    True
    """
    base = Path(folder) if folder is not None else None
    if gold is None and base is None:
        raise ValueError("load_quote_gold needs a folder or gold=")
    gold_path = Path(gold) if gold is not None else base / "gold.csv"
    text_dir = Path(texts) if texts is not None else (base if base is not None else gold_path.parent) / "texts"
    if nonquotes is not None:
        nq_path = Path(nonquotes)
    else:
        nq_path = base / "nonquotes.csv" if base is not None else None
    gold_table = _read_csv(gold_path, ["doc_id", "char_start", "char_end", "kind", "side"])
    ids = sorted(set(gold_table["doc_id"]))
    corpus = pd.DataFrame({"doc_id": ids,
                           "text": [(text_dir / f"{d}.txt").read_text(encoding="utf-8") for d in ids]},
                          dtype=object)
    if nq_path is not None and nq_path.exists():
        nq = _read_csv(nq_path, ["doc_id", "char_start", "text"])
    else:
        nq = pd.DataFrame({c: pd.Series(dtype="int64" if c == "char_start" else object)
                           for c in NONQUOTE_COLUMNS})
    name = str(base) if base is not None else str(gold_path)
    return QuoteGold(name=name, corpus=corpus, gold=gold_table, nonquotes=nq)
