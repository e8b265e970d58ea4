"""Evaluation: score the tool's quotes, framing phrases and article tone against gold or coders.

Quotes follow the project's acceptance scorer (``score_quotes.py`` beside the annotation
guidelines), written once as small pure functions:

- a predicted span and a gold span **match** when they overlap by at least half of the
  shorter span; matching is one to one, largest overlap first (ties: higher indices
  first, as the acceptance scorer sorts its ``(overlap, i, j)`` triples);
- only predictions in the gold's documents count; doc ids are compared as strings;
- a match is **correct** when the sides agree;
- precision = correct / predictions, recall = correct / gold rows, F1 their harmonic
  mean; besides: recall of direct and mixed gold rows (matched whatever the side),
  side accuracy over matches, the total variation distance between the predicted and
  gold side shares, recall by kind, and the marked non-quotes that were extracted.

Framing phrases (:func:`score_phrases`) use the same matching for detection, then compare
polarity, frame and voice on the matched pairs; article tone (:func:`score_tone`) gives
Spearman's ρ and a weighted κ. Sides and labels are whatever the tables hold.

A gold table has one row per reported speech act with columns ``doc_id``,
``char_start``, ``char_end``, ``kind`` and ``side`` (the layout of the seeds' gold and
of ``benchmarks/quotes_*/gold.csv``); a coding sheet read with
:func:`framing.read_coding_sheet` (``start``, ``end``, ``is_quote`` ...) is read as gold too.
A gold keyed by source file (``001_x`` or ``001_x.txt``) whose file the corpus split into
articles ``001_x-1``, ``001_x-2`` is mapped onto them with ``corpus=``. A table of found
quotes has the columns of :func:`framing.extract_quotes` (``doc_id``, ``start``, ``end``,
``side`` are used).

>>> sorted(match_spans([(0, 10), (20, 30)], [(22, 31), (1, 9)]))
[(0, 1), (1, 0)]
"""

from __future__ import annotations

import csv
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["GOLD_COLUMNS", "NONQUOTE_COLUMNS", "QuoteGold", "span_overlap", "match_spans",
           "match_quotes", "nonquotes_extracted", "score_quotes", "score_phrases", "score_tone", "tone_bins",
           "load_quote_gold"]

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


def _positions(ids: pd.Series) -> dict[str, list[int]]:
    """Row positions per document id (as str), in row order."""
    out: dict[str, list[int]] = {}
    for k, d in enumerate(ids.astype(str)):
        out.setdefault(d, []).append(k)
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
    f_ix = _positions(found["doc_id"])
    g_ix = _positions(gold["doc_id"])
    rows = []
    for d in sorted(g_ix):
        pi, gi = f_ix.get(d, []), g_ix[d]
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


def _strip_txt(doc_id) -> str:
    doc = str(doc_id)
    return doc[:-4] if doc.lower().endswith(".txt") else doc


def _gold_table(gold: pd.DataFrame, *, flag: str, found: pd.DataFrame, corpus: pd.DataFrame | None,
                what: str) -> tuple[pd.DataFrame, list[str], list[dict]]:
    """Normalise a gold table or a coded sheet to doc_id, char_start, char_end + labels.

    Returns the gold rows, the documents the gold covers (found rows outside them are not
    scored) and a list of problem records. A coded sheet (with the ``flag`` column, e.g.
    ``is_quote``) covers every document it lists; its gold rows are those coded ``yes``. Doc ids
    ending in ``.txt`` lose the suffix; with ``corpus``, a gold row keyed by a source file whose
    offsets index the file is moved to the article of that file that holds it, with local offsets.
    """
    g = gold.copy()
    if "char_start" not in g.columns and "start" in g.columns:
        g = g.rename(columns={"start": "char_start", "end": "char_end"})
    _need(g, ["doc_id", "char_start", "char_end"], what)
    problems = []
    g["doc_id"] = g["doc_id"].map(_strip_txt)
    if flag in g.columns:
        coded = g[flag].map(lambda v: str(v).strip().lower() if isinstance(v, str) else v)
        for i in g.index[~coded.isin(["yes", "no"])]:
            problems.append({"doc_id": g.at[i, "doc_id"], "problem": f"row {i}: {flag} not coded, left out"})
        docs_from = g
        g = g[coded == "yes"]
    else:
        docs_from = g
    g = g.astype({"char_start": "int64", "char_end": "int64"})
    docs = sorted(set(docs_from["doc_id"]))
    if corpus is not None:
        _need(corpus, ["doc_id", "text"], "corpus")
        ids = set(corpus["doc_id"].astype(str))
        by_file = {}
        if "source_file" in corpus.columns:
            for row in corpus.itertuples(index=False):
                stem = _strip_txt(Path(str(row.source_file)).name)
                off = int(getattr(row, "source_offset", 0) or 0)
                by_file.setdefault(stem, []).append((off, off + len(str(row.text)), str(row.doc_id)))
        new_docs, rows = set(), []
        for d in docs:
            if d in ids:
                new_docs.add(d)
            elif d in by_file:
                new_docs.update(a for _, _, a in by_file[d])
            else:
                problems.append({"doc_id": d, "problem": "not in the corpus, left out"})
        for rec in g.to_dict("records"):
            d = rec["doc_id"]
            if d in ids:
                rows.append(rec)
                continue
            hit = [(off, art) for off, stop, art in by_file.get(d, [])
                   if off <= rec["char_start"] and rec["char_end"] <= stop]
            if not hit:
                if d in by_file:
                    problems.append({"doc_id": d, "problem": f"span {rec['char_start']}-{rec['char_end']} lies "
                                                             "in no single article of the file, left out"})
                continue
            off, art = hit[0]
            rows.append({**rec, "doc_id": art, "char_start": rec["char_start"] - off,
                         "char_end": rec["char_end"] - off})
        g = pd.DataFrame(rows, columns=g.columns).astype({"char_start": "int64", "char_end": "int64"})
        docs = sorted(new_docs)
    else:
        found_ids = set(found["doc_id"].astype(str))
        split = sorted(d for d in docs if d not in found_ids
                       and any(f.startswith(d + "-") and f[len(d) + 1:].isdigit() for f in found_ids))
        if split:
            raise ValueError(f"{what}: doc_id {split[0]!r} names a file that the corpus split into articles "
                             f"({split[0]}-1, {split[0]}-2, ...); pass corpus= (with source_file and "
                             "source_offset, as from framing.load_corpus) so the gold offsets are mapped "
                             "to each article")
    return g.reset_index(drop=True), docs, problems


def _doc_bootstrap(per_doc: pd.DataFrame, stat, n_boot: int, random_state: int) -> list[tuple[float, float]]:
    """95% percentile intervals of ``stat(summed counts)`` over documents resampled with replacement."""
    if not n_boot or len(per_doc) < 2:
        return [(float("nan"), float("nan"))] * len(stat(per_doc.sum()))
    rng = np.random.default_rng(random_state)
    values = per_doc.to_numpy(dtype=float)
    draws = np.array([stat(pd.Series(values[ix].sum(axis=0), index=per_doc.columns))
                      for ix in rng.integers(0, len(values), size=(n_boot, len(values)))], dtype=float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        low, high = np.nanpercentile(draws, 2.5, axis=0), np.nanpercentile(draws, 97.5, axis=0)
    return list(zip(low.tolist(), high.tolist()))


def _prf(counts: pd.Series, ok: str = "correct") -> tuple[float, float, float]:
    prec = float(counts[ok] / max(counts["pred"], 1))
    rec = float(counts[ok] / max(counts["gold"], 1))
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def _coverage(found: pd.DataFrame, sheet: pd.DataFrame, docs: list[str], *, flag: str, prefix: str,
              problems: list[dict]) -> tuple[pd.DataFrame, str]:
    """The found rows a gold table or a coded sheet can judge, and how completely.

    ``"gold"``: a gold table; the found rows in its documents count. ``"complete"``: a coded
    sheet holding every found row of its documents; those count, precision and recall are
    measured. ``"sample"``: a coded sheet holding a sample of the findings; only the sampled
    rows count, so precision is estimated on them and recall cannot be measured.
    """
    in_docs = found["doc_id"].astype(str).isin(docs).to_numpy()
    if flag not in sheet.columns or "finding_id" not in sheet.columns:
        return found[in_docs].reset_index(drop=True), "gold"
    ids = (prefix + ":" + found["doc_id"].astype(str) + ":" + found["start"].astype("int64").astype(str) + "-"
           + found["end"].astype("int64").astype(str))
    in_sheet = ids.isin(set(sheet["finding_id"].astype(str))).to_numpy()
    if (in_docs & ~in_sheet).any():
        problems.append({"doc_id": "", "problem": f"the sheet holds {int((in_docs & in_sheet).sum())} of the "
                                                  f"{int(in_docs.sum())} findings in its documents: precision is "
                                                  "estimated on them; recall and F1 are not measured (NaN)"
                                                  + ("" if in_sheet.any() else "; none of the sheet's findings "
                                                     "is among these: was the sheet drawn from another run?")})
        return found[in_sheet].reset_index(drop=True), "sample"
    return found[in_docs].reset_index(drop=True), "complete"


def score_quotes(found: pd.DataFrame, gold: pd.DataFrame, *, nonquotes: pd.DataFrame | None = None,
                 corpus: pd.DataFrame | None = None, n_boot: int = 0, random_state: int = 0) -> dict:
    """Attribution scores of found quotes against a gold table or a coded sheet.

    The rules are the acceptance scorer's: only found quotes in the gold's documents count
    as predictions; doc ids are compared as strings (a trailing ``.txt`` on a gold id is
    dropped); see the module docstring for matching.

    Parameters
    ----------
    found : DataFrame
        Found quotes (``doc_id``, ``start``, ``end``, ``side``).
    gold : DataFrame
        Gold rows (``doc_id``, ``char_start``/``char_end`` or ``start``/``end``, ``kind``,
        ``side``), or a coded quote sheet (:func:`framing.read_coding_sheet`): its rows coded
        ``is_quote = yes`` are the gold (with the rows the coder added). When the sheet holds
        every quote the tool found in its documents (``coverage = "complete"``), precision and
        recall are measured over those documents; when it holds a sample of them
        (``"sample"``), only the sampled findings count as predictions: precision is estimated
        on them and recall and F1 are NaN (a sample of findings says nothing of what was missed).
    nonquotes : DataFrame, optional
        Marked non-quotes (``doc_id``, ``char_start``, ``text``); when given,
        ``nonquotes_extracted`` counts those extracted (see :func:`nonquotes_extracted`).
    corpus : DataFrame, optional
        The corpus ``found`` was extracted from. Needed when the gold is keyed by source file
        (``001_x`` or ``001_x.txt``, offsets into the file) while the corpus split that file
        into articles ``001_x-1``, ``001_x-2``: each gold row is moved to its article, with
        offsets local to it (via ``source_file`` and ``source_offset``).
    n_boot, random_state : int
        With ``n_boot > 0``, 95% intervals for precision, recall and F1 by resampling
        documents (``n_boot`` times, seeded).

    Returns
    -------
    dict
        ``gold``, ``pred``, ``matched``, ``correct`` (int); ``precision``, ``recall``,
        ``f1``, ``direct_mixed_recall`` (matched direct and mixed gold rows, whatever
        the side), ``side_accuracy`` (correct / matched), ``share_tvd`` (total
        variation distance between predicted and gold side shares) (float);
        ``precision_low``/``_high``, ``recall_low``/``_high``, ``f1_low``/``_high`` (NaN
        without ``n_boot``); ``recall_by_kind`` (dict kind -> matched share of that kind's
        gold rows); ``nonquotes`` and ``nonquotes_extracted`` (int, ``None`` without
        ``nonquotes``); ``coverage`` ("gold", "complete" or "sample", see ``gold``);
        ``problems`` (list of records: gold rows left out and why).

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
    _need(found, ["doc_id", "start", "end", "side"], "found quotes")
    sheet = gold
    gold, docs, problems = _gold_table(gold, flag="is_quote", found=found, corpus=corpus, what="gold table")
    _need(gold, ["kind", "side"], "gold table")
    found, coverage = _coverage(found, sheet, docs, flag="is_quote", prefix="q", problems=problems)
    pairs = match_quotes(found, gold)
    n_pred, n_gold, n_match = len(found), len(gold), len(pairs)
    n_ok = int(pairs["correct"].sum())
    prec, rec, f1 = _prf(pd.Series({"correct": n_ok, "pred": n_pred, "gold": n_gold}))
    kinds = gold["kind"].astype(str).reset_index(drop=True)
    got = pd.Series(False, index=range(n_gold))
    got[pairs["gold"].tolist()] = True
    direct = kinds.isin(["direct", "mixed"])
    pred_share = found["side"].astype(str).value_counts() / max(n_pred, 1)
    gold_share = gold["side"].astype(str).value_counts() / max(n_gold, 1)
    sides = sorted(set(pred_share.index) | set(gold_share.index))
    tvd = 0.5 * sum(abs(pred_share.get(s, 0.0) - gold_share.get(s, 0.0)) for s in sides)
    per_doc = pd.DataFrame({
        "correct": pairs.groupby("doc_id")["correct"].sum().reindex(docs, fill_value=0),
        "pred": found["doc_id"].astype(str).value_counts().reindex(docs, fill_value=0),
        "gold": gold["doc_id"].astype(str).value_counts().reindex(docs, fill_value=0)})
    ci = _doc_bootstrap(per_doc, _prf, n_boot, random_state)
    out = {
        "gold": n_gold, "pred": n_pred, "matched": n_match, "correct": n_ok,
        "precision": prec, "recall": rec, "f1": f1,
        "precision_low": ci[0][0], "precision_high": ci[0][1], "recall_low": ci[1][0], "recall_high": ci[1][1],
        "f1_low": ci[2][0], "f1_high": ci[2][1],
        "direct_mixed_recall": int((got & direct).sum()) / max(int(direct.sum()), 1),
        "side_accuracy": n_ok / max(n_match, 1),
        "share_tvd": float(tvd),
        "recall_by_kind": {k: float(got[kinds == k].mean()) for k in sorted(set(kinds))},
        "nonquotes": None, "nonquotes_extracted": None,
        "problems": problems,
    }
    out["coverage"] = coverage
    if coverage == "sample":
        for k in ("recall", "recall_low", "recall_high", "f1", "f1_low", "f1_high", "direct_mixed_recall"):
            out[k] = float("nan")
        out["recall_by_kind"] = {}
        if not n_pred:
            out["precision"] = out["side_accuracy"] = float("nan")
    if nonquotes is not None:
        out["nonquotes"] = len(nonquotes)
        out["nonquotes_extracted"] = len(nonquotes_extracted(found, nonquotes))
    return out


def _labels(table: pd.DataFrame, col: str) -> pd.Series | None:
    """A phrase table's labels in ``col`` as lower-case strings (None when the column is absent).
    A numeric ``polarity`` becomes the table's ``label`` column when it has one, else its sign."""
    if col not in table.columns:
        return None
    values = table[col]
    if col == "polarity" and pd.api.types.is_numeric_dtype(values):
        if "label" in table.columns:
            values = table["label"]
        else:
            values = np.sign(values.astype(float)).map({1.0: "positive", 0.0: "neutral", -1.0: "negative"})
    return values.map(lambda v: np.nan if pd.isna(v) or str(v).strip() == "" else str(v).strip().lower())


PHRASE_LABELS = ("polarity", "frame", "voice")


def score_phrases(found: pd.DataFrame, gold: pd.DataFrame, *, corpus: pd.DataFrame | None = None,
                  matching: str = "one-to-one", n_boot: int = 0, random_state: int = 0) -> dict:
    """Detection and labelling scores of found framing phrases against a gold table or a coded sheet.

    The rules of PHRASES.md ("What the held-out acceptance measures"): a found phrase matches a
    gold phrase in the same document when their overlap covers at least half of the shorter
    span; pairs are made one to one, largest overlap first (:func:`match_spans`). Precision =
    matched / found rows, recall = matched / gold rows, F1 their harmonic mean. Polarity, frame
    and voice accuracy are over matched pairs where both sides have the label; a label column
    missing from either table gives NaN for that accuracy.

    Parameters
    ----------
    found : DataFrame
        ``doc_id``, ``start``, ``end``; ``polarity``, ``frame``, ``voice`` when available (a
        numeric ``polarity`` is read from the ``label`` column if there is one, else its sign).
        Every row counts as a prediction: pass the phrases found in the gold's articles.
    gold : DataFrame
        ``doc_id``, ``start``/``end`` (or ``char_start``/``char_end``) and the label columns
        present, or a coded phrase sheet: its rows coded ``is_phrase = yes`` are the gold and
        only found rows in the sheet's documents are scored (only the sampled ones, with recall
        and F1 NaN, when the sheet holds a sample of them: see :func:`score_quotes`).
    corpus : DataFrame, optional
        Maps gold keyed by source file to the corpus's articles (see :func:`score_quotes`).
    matching : {"one-to-one", "any"}
        ``"any"``: a found phrase counts as matched when it matches any gold phrase, and a gold
        phrase when any found phrase matches it (labels are then compared on the one-to-one
        pairs).
    n_boot, random_state : int
        With ``n_boot > 0``, 95% intervals for precision, recall and F1 over documents.

    Returns
    -------
    dict
        ``gold``, ``found``, ``matched`` (int); ``precision``, ``recall``, ``f1`` and their
        ``_low``/``_high``; for each label ``polarity``, ``frame``, ``voice``: ``<label>_accuracy``
        (float, NaN when not measurable) and ``<label>_n`` (pairs compared); ``coverage``;
        ``problems``.

    Examples
    --------
    >>> found = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 30], "end": [20, 40],
    ...                       "polarity": ["positive", "negative"], "frame": ["cooperation", "other"]})
    >>> gold = pd.DataFrame({"doc_id": ["a"], "start": [2], "end": [18], "polarity": ["positive"],
    ...                      "frame": ["cooperation"], "voice": ["quoted"]})
    >>> s = score_phrases(found, gold)
    >>> s["precision"], s["recall"], s["polarity_accuracy"], s["voice_accuracy"]
    (0.5, 1.0, 1.0, nan)
    """
    if matching not in ("one-to-one", "any"):
        raise ValueError(f"matching must be 'one-to-one' or 'any', got {matching!r}")
    _need(found, ["doc_id", "start", "end"], "found phrases")
    sheet = gold
    gold, docs, problems = _gold_table(gold, flag="is_phrase", found=found, corpus=corpus, what="gold phrases")
    if "is_phrase" in sheet.columns:
        found, coverage = _coverage(found, sheet, docs, flag="is_phrase", prefix="p", problems=problems)
    else:
        found, coverage = found.reset_index(drop=True), "gold"
    f_doc = found["doc_id"].astype(str)
    g_doc = gold["doc_id"].astype(str)
    pairs, f_hit, g_hit = [], set(), set()
    f_ix, g_ix = _positions(f_doc), _positions(g_doc)
    for d in sorted(g_ix):
        pi, gi = f_ix.get(d, []), g_ix[d]
        preds = list(zip(found["start"].iloc[pi].astype(int), found["end"].iloc[pi].astype(int)))
        golds = list(zip(gold["char_start"].iloc[gi].astype(int), gold["char_end"].iloc[gi].astype(int)))
        for i, j in match_spans(preds, golds):
            pairs.append((d, pi[i], gi[j]))
        if matching == "any":
            for i, p in enumerate(preds):
                for j, g in enumerate(golds):
                    ov, short = span_overlap(p, g), min(p[1] - p[0], g[1] - g[0])
                    if short > 0 and ov >= 0.5 * short:
                        f_hit.add(pi[i])
                        g_hit.add(gi[j])
    p_doc = pd.Series([d for d, _, _ in pairs], dtype=object)
    if matching == "any":
        m_f = pd.Series(1, index=sorted(f_hit)).groupby(f_doc.iloc[sorted(f_hit)].values).sum()
        m_g = pd.Series(1, index=sorted(g_hit)).groupby(g_doc.iloc[sorted(g_hit)].values).sum()
    else:
        m_f = m_g = p_doc.value_counts()
    all_docs = sorted(set(g_doc) | set(f_doc) | set(docs))
    per_doc = pd.DataFrame({"matched_found": m_f.reindex(all_docs, fill_value=0),
                            "matched_gold": m_g.reindex(all_docs, fill_value=0),
                            "pred": f_doc.value_counts().reindex(all_docs, fill_value=0),
                            "gold": g_doc.value_counts().reindex(all_docs, fill_value=0)}).fillna(0)

    def prf(c):
        prec = float(c["matched_found"] / max(c["pred"], 1))
        rec = float(c["matched_gold"] / max(c["gold"], 1))
        return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)

    total = per_doc.sum()
    prec, rec, f1 = prf(total)
    ci = _doc_bootstrap(per_doc, prf, n_boot, random_state)
    out = {"gold": len(gold), "found": len(found), "matched": len(pairs),
           "precision": prec, "recall": rec, "f1": f1,
           "precision_low": ci[0][0], "precision_high": ci[0][1], "recall_low": ci[1][0], "recall_high": ci[1][1],
           "f1_low": ci[2][0], "f1_high": ci[2][1]}
    for col in PHRASE_LABELS:
        fl, gl = _labels(found, col), _labels(gold, col)
        if fl is None or gl is None or not pairs:
            out[f"{col}_accuracy"], out[f"{col}_n"] = float("nan"), 0
            continue
        both = [(fl.iloc[i], gl.iloc[j]) for _, i, j in pairs if pd.notna(fl.iloc[i]) and pd.notna(gl.iloc[j])]
        out[f"{col}_accuracy"] = float(np.mean([a == b for a, b in both])) if both else float("nan")
        out[f"{col}_n"] = len(both)
    out["coverage"] = coverage
    if coverage == "sample":
        for k in ("recall", "recall_low", "recall_high", "f1", "f1_low", "f1_high"):
            out[k] = float("nan")
        if not len(found):
            out["precision"] = float("nan")
    out["problems"] = problems
    return out


def tone_bins(tone, *, scale: tuple[float, float] = (-2, 2)) -> pd.Series:
    """Map article tones onto the integer scale -2..+2 used by coders.

    The tool's ``scale`` (low, high) is mapped linearly onto -2..+2, then each value is rounded
    half away from zero and clipped to [-2, 2].

    Examples
    --------
    >>> tone_bins([-0.74, 0.25, 0.5, 1.6, 3.0]).tolist()
    [-1, 0, 1, 2, 2]
    >>> tone_bins([-1.0, 0.3], scale=(-1, 1)).tolist()
    [-2, 1]
    """
    lo, hi = scale
    t = pd.Series(tone, dtype=float)
    x = -2 + 4 * (t - lo) / (hi - lo)
    r = np.sign(x) * np.floor(np.abs(x) + 0.5)
    return r.clip(-2, 2).astype("Int64")


def score_tone(tone: pd.DataFrame, gold: pd.DataFrame, *, scale: tuple[float, float] = (-2, 2),
               n_boot: int = 1000, random_state: int = 0) -> dict:
    """Article tone against coded tone: Spearman's ρ and linearly weighted Cohen's κ, with intervals.

    Parameters
    ----------
    tone : DataFrame
        ``doc_id``, ``tone`` (one row per article, e.g. from the tool's article tone).
    gold : DataFrame
        ``doc_id`` and ``tone_relation`` (the PHRASES.md gold) or ``tone`` (a coded article
        sheet), integers from -2 to +2; uncoded rows are left out (listed in ``problems``).
    scale : (float, float)
        The range of the tool's tone, mapped onto -2..+2 before binning for κ (see
        :func:`tone_bins`); ρ uses the raw tone.
    n_boot, random_state : int
        95% percentile intervals by resampling articles (seeded).

    Returns
    -------
    dict
        ``n`` (articles with both), ``spearman_rho``, ``spearman_rho_low``,
        ``spearman_rho_high``, ``cohen_kappa``, ``cohen_kappa_low``, ``cohen_kappa_high``
        (linear weights over -2..+2), ``kappa_weights`` ("linear"), ``problems``.

    Examples
    --------
    >>> tone = pd.DataFrame({"doc_id": list("abcd"), "tone": [-1.2, 0.1, 0.8, 1.9]})
    >>> gold = pd.DataFrame({"doc_id": list("abcd"), "tone_relation": [-1, 0, 1, 2]})
    >>> s = score_tone(tone, gold, n_boot=0)
    >>> s["spearman_rho"], s["cohen_kappa"]
    (1.0, 1.0)
    """
    from scipy.stats import spearmanr
    from sklearn.metrics import cohen_kappa_score

    _need(tone, ["doc_id", "tone"], "tone table")
    col = "tone_relation" if "tone_relation" in gold.columns else "tone"
    _need(gold, ["doc_id", col], "gold tone")
    g = pd.DataFrame({"doc_id": gold["doc_id"].map(_strip_txt), "gold": pd.to_numeric(gold[col], errors="coerce")})
    t = pd.DataFrame({"doc_id": tone["doc_id"].astype(str), "tool": pd.to_numeric(tone["tone"], errors="coerce")})
    problems = [{"doc_id": d, "problem": "not coded, left out"} for d in g.loc[g["gold"].isna(), "doc_id"]]
    both = g.dropna().merge(t, on="doc_id", how="left")
    problems += [{"doc_id": d, "problem": "no tool tone, left out"} for d in both.loc[both["tool"].isna(), "doc_id"]]
    both = both.dropna().reset_index(drop=True)
    x, y = both["tool"].to_numpy(float), both["gold"].to_numpy(float)
    xb = tone_bins(x, scale=scale).to_numpy(int)
    yb = tone_bins(y).to_numpy(int)

    def stats(ix):
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            rho = float(spearmanr(x[ix], y[ix]).statistic) if len(ix) > 1 else float("nan")
            kappa = (float(cohen_kappa_score(xb[ix], yb[ix], labels=[-2, -1, 0, 1, 2], weights="linear"))
                     if len(set(xb[ix]) | set(yb[ix])) > 1 else float("nan"))
        return rho, kappa

    n = len(both)
    rho, kappa = stats(np.arange(n)) if n else (float("nan"), float("nan"))
    low = high = [float("nan"), float("nan")]
    if n_boot and n > 1:
        rng = np.random.default_rng(random_state)
        draws = np.array([stats(ix) for ix in rng.integers(0, n, size=(n_boot, n))])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            low, high = np.nanpercentile(draws, 2.5, axis=0).tolist(), np.nanpercentile(draws, 97.5, axis=0).tolist()
    return {"n": n, "spearman_rho": rho, "spearman_rho_low": low[0], "spearman_rho_high": high[0],
            "cohen_kappa": kappa, "cohen_kappa_low": low[1], "cohen_kappa_high": high[1],
            "kappa_weights": "linear", "problems": problems}


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
