"""Validation: draw a sample for hand coding, write and read coding sheets, measure agreement.

A reviewer asks of every automated measure: how do you know it measures what you say? The
answer researchers give is a hand-coded sample: draw findings (or articles) at random, let two
coders judge them in a spreadsheet, report inter-coder agreement (Cohen's κ, Krippendorff's α)
and the tool's precision and recall against the coders. This module makes the sheets and the
agreement table; :mod:`framing.evaluation` scores the tool against a coded sheet. Nothing here
draws.

A **coding sheet** is a table with one row per finding (or per article):

===============  ==========================================================================
column           meaning
===============  ==========================================================================
``finding_id``   stable id made from the finding's place, not from the sample order:
                 ``q:<doc_id>:<start>-<end>`` (quote), ``p:…`` (phrase), ``f:…`` (another
                 finding), ``a:<doc_id>`` (article)
``doc_id``       the article
``start, end``   character offsets of the finding in the article text (article: 0, len)
``text``         the finding's text (article: its title)
``context``      the text around the finding, the finding marked ``⟦ ⟧`` (article: the
                 whole text, cut at 32,000 characters, the spreadsheet cell limit)
``tool_*``       the tool's own labels (``tool_kind``, ``tool_side`` …), for the analyst;
                 :func:`write_coding_sheet` leaves them out of the sheet unless asked, so
                 coders are not anchored on the tool's answer
answer columns   empty, for the coder (below)
``note``         free comment
===============  ==========================================================================

Answer columns and the values a coder may enter (empty = not coded):

- quotes (GUIDELINES.md): ``is_quote`` yes/no (is this reported speech at all?), ``kind``
  direct/indirect/mixed, ``speaker`` (free text, as written), ``side`` (the study's sides; in an
  XLSX sheet the list offered is the tool's sides plus joint/other/unattributed);
- phrases (PHRASES.md): ``is_phrase`` yes/no, ``polarity`` positive/neutral/negative,
  ``frame`` cooperation/conflict/other, ``voice`` journalist/quoted;
- articles: ``tone`` an integer from -2 to +2 (PHRASES.md, "Article tone").

A coder may add a row for a finding the tool missed: leave ``finding_id`` empty, give
``doc_id`` and either ``start``/``end`` or the exact ``text`` (then pass ``corpus=`` to
:func:`read_coding_sheet`, which locates it).

>>> import pandas as pd
>>> corpus = pd.DataFrame({"doc_id": ["d1"], "outlet": ["LCI"],
...                        "text": ["Le Kremlin a jugé la conversation «très constructive»."]})
>>> quotes = pd.DataFrame({"doc_id": ["d1"], "start": [35], "end": [52], "side": ["kremlin"],
...                        "quote": ["très constructive"]})
>>> sheet = sample_for_coding(quotes, corpus, n=5)
>>> sheet[["finding_id", "context"]].values.tolist()
[['q:d1:35-52', 'Le Kremlin a jugé la conversation «⟦très constructive⟧».']]
>>> agreement(pd.DataFrame({"finding_id": ["a", "b"], "x": ["yes", "no"]}),
...           pd.DataFrame({"finding_id": ["a", "b"], "x": ["yes", "no"]}), on="x")["cohen_kappa"].item()
1.0
"""

from __future__ import annotations

import math
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from .diagnostics import attach

__all__ = ["ANSWERS", "ALLOWED", "finding_ids", "sample_for_coding", "write_coding_sheet", "read_coding_sheet",
           "agreement", "CodingSheetError"]

# answer columns per kind of sheet, in the order they appear
ANSWERS = {
    "quotes": ["is_quote", "kind", "speaker", "side"],
    "phrases": ["is_phrase", "polarity", "frame", "voice"],
    "findings": ["is_finding"],
    "articles": ["tone"],
}
# allowed values per answer column (None: free text); a sheet may carry its own lists (XLSX) or
# the caller may pass ``allowed=`` to override
ALLOWED = {
    "is_quote": ["yes", "no"],
    "kind": ["direct", "indirect", "mixed"],
    "speaker": None,
    "side": None,
    "is_phrase": ["yes", "no"],
    "polarity": ["positive", "neutral", "negative"],
    "frame": ["cooperation", "conflict", "other"],
    "voice": ["journalist", "quoted"],
    "is_finding": ["yes", "no"],
    "tone": ["-2", "-1", "0", "1", "2"],
    "note": None,
}
_PREFIX = {"quotes": "q", "phrases": "p", "findings": "f", "articles": "a"}
# the tool's labels copied as tool_<answer> for reference
_TOOL = {
    "quotes": {"kind": "kind", "speaker": "speaker", "side": "side"},
    "phrases": {"label": "polarity", "frame": "frame", "voice": "voice"},
    "findings": {},
    "articles": {"tone": "tone"},
}
_EXTRA_SIDES = ["joint", "other", "unattributed"]
_CELL_LIMIT = 32000
OPEN, CLOSE = "⟦", "⟧"


class CodingSheetError(ValueError):
    """A coding sheet with a value a coder may not enter (the message names file and row)."""


# --------------------------------------------------------------------------- ids and kinds

def finding_ids(table: pd.DataFrame, *, prefix: str = "q") -> pd.Series:
    """Stable ids ``<prefix>:<doc_id>:<start>-<end>`` for findings (``<prefix>:<doc_id>`` without offsets).

    Parameters
    ----------
    table : DataFrame
        Columns ``doc_id`` and, for findings, ``start``, ``end``.
    prefix : str
        ``q`` quotes, ``p`` phrases, ``f`` other findings, ``a`` articles.

    Returns
    -------
    Series of str, aligned on ``table``'s index.

    Examples
    --------
    >>> finding_ids(pd.DataFrame({"doc_id": ["d1"], "start": [3], "end": [9]})).tolist()
    ['q:d1:3-9']
    """
    if "doc_id" not in table.columns:
        raise ValueError("finding_ids needs a doc_id column")
    doc = table["doc_id"].astype(str)
    if prefix == "a" or "start" not in table.columns:
        return (prefix + ":" + doc).rename("finding_id")
    return (prefix + ":" + doc + ":" + table["start"].astype("int64").astype(str) + "-"
            + table["end"].astype("int64").astype(str)).rename("finding_id")


def _kind_of(findings: pd.DataFrame, corpus: pd.DataFrame | None) -> str:
    cols = set(findings.columns)
    if not {"start", "end"} <= cols or findings is corpus:
        return "articles"
    if "phrase" in cols or "entry" in cols:
        return "phrases"
    if "quote" in cols or "speaker" in cols:
        return "quotes"
    return "findings"


def _sheet_kind(columns) -> str:
    cols = set(columns)
    for kind in ("quotes", "phrases", "findings"):
        if ANSWERS[kind][0] in cols:
            return kind
    return "articles"


# --------------------------------------------------------------------------- sampling

def _allocate(sizes: pd.Series, n: int) -> pd.Series:
    """Per-stratum sample sizes: one each (largest strata first when n is smaller than the number of
    strata), the rest shared in proportion to stratum size by largest remainder, capped at each size."""
    sizes = sizes.sort_index()
    alloc = pd.Series(0, index=sizes.index, dtype="int64")
    if n >= sizes.sum():
        return sizes.astype("int64")
    order = sorted(sizes.index, key=lambda s: (-sizes[s], str(s)))
    for s in order[:n]:
        alloc[s] = 1
    left = n - int(alloc.sum())
    while left > 0:
        room = sizes - alloc
        weight = sizes.where(room > 0, 0)
        quota = left * weight / weight.sum()
        base = np.minimum(np.floor(quota).astype("int64"), room)
        alloc += base
        left -= int(base.sum())
        rem = quota - np.floor(quota)
        for s in sorted(sizes.index, key=lambda s: (-rem[s], -sizes[s], str(s))):
            if left == 0:
                break
            if sizes[s] - alloc[s] > 0 and weight[s] > 0:
                alloc[s] += 1
                left -= 1
    return alloc


def _context(text: str, start: int, end: int, width: int) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    if a > 0:   # do not cut a word
        space = text.find(" ", a, start)
        a = space + 1 if space != -1 else a
    if b < len(text):
        space = text.rfind(" ", end, b)
        b = space if space != -1 else b
    return ("…" if a > 0 else "") + text[a:start] + OPEN + text[start:end] + CLOSE + text[end:b] + \
        ("…" if b < len(text) else "")


def sample_for_coding(findings: pd.DataFrame, corpus: pd.DataFrame, *, n: int, by: str | None = None,
                      random_state: int = 0, context: int = 300) -> pd.DataFrame:
    """A reproducible, stratified sample of findings or articles, laid out as an empty coding sheet.

    Parameters
    ----------
    findings : DataFrame
        Findings with ``doc_id``, ``start``, ``end`` (:func:`framing.extract_quotes` gives a quote
        sheet, :func:`framing.find_phrases` a phrase sheet, any other a yes/no sheet), or articles:
        the corpus itself or a per-article table without offsets (e.g. a tone table with
        ``doc_id``, ``tone``), which gives a tone sheet.
    corpus : DataFrame
        The corpus (``doc_id``, ``text``, and the ``by`` column if it is not in ``findings``).
    n : int
        Sample size. With ``n`` at least the number of findings, every finding is taken
        (``sample.attrs["took_all"]`` is then True).
    by : str, optional
        Stratify by this column (of ``findings``, else of ``corpus``), e.g. ``"outlet"`` or
        ``"side"``. The rule: each stratum gets one row (when ``n`` is smaller than the number of
        strata, the ``n`` largest strata get one), the rest is shared in proportion to stratum
        size by largest remainder, never more than a stratum holds. Rows are drawn at random
        without replacement inside each stratum.
    random_state : int
        Seed. The draw depends only on the seed and the set of findings (they are sorted by
        ``finding_id`` before drawing), not on the order of the input rows.
    context : int
        Characters of text shown on each side of a finding (cut at a word boundary).

    Returns
    -------
    DataFrame
        Sorted by ``doc_id``, ``start``: ``finding_id``, ``doc_id``, the ``by`` column if any,
        ``start``, ``end`` (int), ``text`` (the finding; for articles the title), ``context``
        (finding marked ``⟦ ⟧``; for articles the whole text), ``tool_*`` (the tool's labels),
        the empty answer columns (see the module docstring) and ``note``.
        ``attrs``: ``sheet`` (quotes/phrases/findings/articles), ``population`` (number of
        distinct findings), ``took_all`` (bool), ``allowed`` (value lists for the answer
        columns); :func:`framing.problems` lists findings given twice (same span), coded once.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "title": ["T1", "T2"],
    ...                        "text": ["Texte un.", "Texte deux."]})
    >>> s = sample_for_coding(corpus, corpus, n=1, by="outlet")
    >>> s.columns.tolist()
    ['finding_id', 'doc_id', 'outlet', 'start', 'end', 'text', 'context', 'tone', 'note']
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    for col in ("doc_id", "text"):
        if col not in corpus.columns:
            raise ValueError(f"corpus: missing column {col!r}")
    if "doc_id" not in findings.columns:
        raise ValueError("findings: missing column 'doc_id'")
    kind = _kind_of(findings, corpus)
    texts = dict(zip(corpus["doc_id"].astype(str), corpus["text"].astype(str)))
    titles = dict(zip(corpus["doc_id"].astype(str), corpus["title"].astype(str))) if "title" in corpus else {}
    table = findings.copy()
    table["doc_id"] = table["doc_id"].astype(str)
    unknown = sorted(set(table["doc_id"]) - set(texts))
    if unknown:
        raise ValueError(f"findings: doc_id(s) not in the corpus: {unknown[:5]}")
    if kind == "articles":
        table["start"] = 0
        table["end"] = [len(texts[d]) for d in table["doc_id"]]
    table["finding_id"] = finding_ids(table, prefix=_PREFIX[kind])
    if by is not None:
        if by not in table.columns:
            if by not in corpus.columns:
                raise ValueError(f"by={by!r} is a column of neither the findings nor the corpus")
            table[by] = table["doc_id"].map(dict(zip(corpus["doc_id"].astype(str), corpus[by])))
        table[by] = table[by].astype(object).where(table[by].notna(), "(missing)")
    dup = table["finding_id"][table["finding_id"].duplicated()]
    problems = [{"finding_id": f, "problem": "the same span twice in the findings: coded once"}
                for f in sorted(set(dup))]
    table = table.drop_duplicates("finding_id").sort_values("finding_id").reset_index(drop=True)
    rng = np.random.default_rng(random_state)
    if by is None:
        take = sorted(rng.choice(len(table), size=min(n, len(table)), replace=False).tolist())
    else:
        groups = table.groupby(by, sort=True).indices
        alloc = _allocate(pd.Series({g: len(ix) for g, ix in groups.items()}), n)
        take = []
        for g in sorted(groups, key=str):
            ix = np.sort(groups[g])
            take += ix[rng.choice(len(ix), size=int(alloc[g]), replace=False)].tolist() if alloc[g] else []
    picked = table.iloc[sorted(take)].copy()
    out = pd.DataFrame({"finding_id": picked["finding_id"], "doc_id": picked["doc_id"]})
    if by is not None:
        out[by] = picked[by]
    out["start"] = picked["start"].astype("int64")
    out["end"] = picked["end"].astype("int64")
    if kind == "articles":
        out["text"] = [titles.get(d, "") for d in picked["doc_id"]]
        out["context"] = [texts[d][:_CELL_LIMIT] for d in picked["doc_id"]]
    else:
        out["text"] = [texts[d][s:e] for d, s, e in zip(picked["doc_id"], out["start"], out["end"])]
        out["context"] = [_context(texts[d], s, e, context) for d, s, e in
                          zip(picked["doc_id"], out["start"], out["end"])]
    for src, answer in _TOOL[kind].items():
        if src in picked.columns:
            out[f"tool_{answer}"] = picked[src].values
    for col in ANSWERS[kind]:
        out[col] = pd.Series(pd.NA, index=out.index, dtype="Int64") if col == "tone" else np.nan
        if col != "tone":
            out[col] = out[col].astype(object)
    out["note"] = pd.Series(np.nan, index=out.index, dtype=object)
    out = out.sort_values(["doc_id", "start", "end"]).reset_index(drop=True)
    for col in out.columns:
        if col not in ("start", "end", "tone") and not pd.api.types.is_numeric_dtype(out[col]):
            out[col] = out[col].astype(object)
    allowed = {c: ALLOWED[c] for c in ANSWERS[kind] if ALLOWED[c] is not None}
    if kind == "quotes":
        sides = sorted(set(findings["side"].dropna().astype(str))) if "side" in findings else []
        allowed["side"] = sides + [s for s in _EXTRA_SIDES if s not in sides]
    out.attrs.update(sheet=kind, population=len(table), took_all=len(out) == len(table), allowed=allowed)
    return attach(out, problems, columns=["finding_id", "problem"])


# --------------------------------------------------------------------------- writing and reading

def _answer_columns(columns) -> list[str]:
    return [c for c in ANSWERS[_sheet_kind(columns)] if c in columns]


def write_coding_sheet(sample: pd.DataFrame, path, *, tool_labels: bool = False, allowed: dict | None = None) -> Path:
    """Write a coding sheet as CSV (UTF-8) or XLSX (by the file's suffix).

    The CSV file is UTF-8 with a byte-order mark, so that Excel shows accents right. The XLSX
    sheet has the finding highlighted (bold, dark red) in its context, the header row frozen,
    a drop-down list on every answer column with a fixed set of values, wrapped text, sized
    columns, answer columns shaded, and a hidden ``allowed`` sheet holding those lists so that
    :func:`read_coding_sheet` checks the same values.

    Parameters
    ----------
    sample : DataFrame
        From :func:`sample_for_coding` (or a sheet read back).
    path : str or Path
        ``.csv`` or ``.xlsx``.
    tool_labels : bool
        Keep the ``tool_*`` columns in the sheet (default: left out, so coders are not anchored
        on the tool's answers).
    allowed : dict, optional
        Value lists per answer column, overriding ``sample.attrs["allowed"]`` and the defaults.

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    >>> import tempfile, os
    >>> s = pd.DataFrame({"finding_id": ["a:d1"], "doc_id": ["d1"], "start": [0], "end": [5],
    ...                   "text": [""], "context": ["Bonjour"], "tone": [pd.NA], "note": [None]})
    >>> p = write_coding_sheet(s, os.path.join(tempfile.mkdtemp(), "tone.csv"))
    >>> read_coding_sheet(p)["finding_id"].tolist()
    ['a:d1']
    """
    path = Path(path)
    table = sample if tool_labels else sample.drop(columns=[c for c in sample.columns if c.startswith("tool_")])
    table = table.astype({c: "Int64" for c in ("start", "end", "tone") if c in table.columns
                          and pd.api.types.is_numeric_dtype(table[c])})
    lists = _allowed_for(table.columns, sample.attrs.get("allowed"), allowed)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".csv":
        table.to_csv(path, index=False, encoding="utf-8-sig")   # the BOM makes Excel read UTF-8
    elif path.suffix.lower() == ".xlsx":
        _write_xlsx(table, path, lists)
    else:
        raise ValueError(f"{path}: a coding sheet is .csv or .xlsx")
    return path


def _allowed_for(columns, *overrides) -> dict:
    lists = {c: ALLOWED[c] for c in _answer_columns(columns) if ALLOWED.get(c) is not None}
    for extra in overrides:
        for c, values in (extra or {}).items():
            if c in columns:
                lists[c] = None if values is None else [str(v) for v in values]
    return {c: v for c, v in lists.items() if v is not None}


def _write_xlsx(table: pd.DataFrame, path: Path, lists: dict) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "coding"
    ws.append(list(table.columns))
    answers = set(_answer_columns(table.columns)) | {"note"}
    mark = InlineFont(b=True, color="9C0006")
    for row in table.itertuples(index=False):
        ws.append([_cell(v) for v in row])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"   # text, not a formula
    ctx = list(table.columns).index("context") + 1 if "context" in table.columns else None
    wrap = Alignment(wrap_text=True, vertical="top")
    for r in range(2, len(table) + 2):
        for c in range(1, len(table.columns) + 1):
            ws.cell(r, c).alignment = wrap
        if ctx is not None:
            value = ws.cell(r, ctx).value
            if isinstance(value, str) and OPEN in value and CLOSE in value:
                a, rest = value.split(OPEN, 1)
                mid, b = rest.split(CLOSE, 1)
                ws.cell(r, ctx).value = CellRichText([t for t in (a, TextBlock(mark, OPEN + mid + CLOSE), b) if t])
    fill = PatternFill("solid", fgColor="FFF2CC")
    for c, name in enumerate(table.columns, start=1):
        head = ws.cell(1, c)
        head.font = Font(bold=True)
        letter = get_column_letter(c)
        width = {"context": 80, "text": 40, "finding_id": 28, "doc_id": 22, "note": 30, "speaker": 22}.get(name, 12)
        ws.column_dimensions[letter].width = width
        if name in answers:
            head.fill = fill
            for r in range(2, len(table) + 2):
                ws.cell(r, c).fill = fill
    ws.freeze_panes = "A2"
    allowed_ws = wb.create_sheet("allowed")
    allowed_ws.sheet_state = "hidden"
    for k, (name, values) in enumerate(sorted(lists.items()), start=1):
        allowed_ws.cell(1, k, name)
        for r, v in enumerate(values, start=2):
            allowed_ws.cell(r, k, str(v))
        letter = get_column_letter(k)
        dv = DataValidation(type="list", allow_blank=True, showErrorMessage=True,
                            formula1=f"{quote_sheetname('allowed')}!${letter}$2:${letter}${len(values) + 1}",
                            errorTitle=f"{name}", error=f"{name}: one of {', '.join(map(str, values))}")
        col = get_column_letter(list(table.columns).index(name) + 1)
        dv.add(f"{col}2:{col}{max(len(table) + 1, 2) + 500}")
        ws.add_data_validation(dv)
    wb.save(path)


def _cell(v):
    """A value for a spreadsheet cell: empty for missing, plain int, control characters XLSX cannot
    hold replaced by U+FFFD (offsets are in start/end, so the finding stays findable)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if _empty(v):
        return None
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    if isinstance(v, str):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", v)
    return v


def _empty(v) -> bool:
    if v is None or v is pd.NA:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and v.strip() == ""


def _read_rows(path: Path) -> tuple[list[str], list[list], dict]:
    if path.suffix.lower() == ".csv":
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        return list(raw.columns), raw.values.tolist(), {}
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        ws = wb["coding"] if "coding" in wb.sheetnames else wb.worksheets[0]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        if not rows:
            raise CodingSheetError(f"{path}: the sheet is empty")
        header = [str(h) if h is not None else "" for h in rows[0]]
        lists = {}
        if "allowed" in wb.sheetnames:
            for col in wb["allowed"].iter_cols(values_only=True):
                if col and col[0]:
                    lists[str(col[0])] = [str(v) for v in col[1:] if v is not None]
        body = [r for r in rows[1:]]
        while body and all(_empty(v) for v in body[-1]):
            body.pop()
        return header, [["" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v))
                         for v in r] for r in body], lists
    raise ValueError(f"{path}: a coding sheet is .csv or .xlsx")


def read_coding_sheet(path, *, allowed: dict | None = None, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """Read a coding sheet back (CSV or XLSX), checking every value a coder entered.

    Values are compared after trimming spaces and ignoring case, and read back in the list's
    spelling (``Yes`` reads as ``yes``, ``+1`` as ``1``). An empty cell means "not coded". Rows a coder added for a finding the
    tool missed (empty ``finding_id``) get their offsets from ``start``/``end`` or, when those
    are empty, by finding ``text`` in the article (needs ``corpus=``; the text must occur once),
    and an id like the tool's.

    Parameters
    ----------
    path : str or Path
        A sheet written by :func:`write_coding_sheet` and filled in by a coder.
    allowed : dict, optional
        Value lists per answer column; by default the lists stored in the XLSX file, else the
        defaults in :data:`ALLOWED` (``side`` and ``speaker`` are free text in a CSV sheet).
    corpus : DataFrame, optional
        ``doc_id``, ``text``: to locate rows added by a coder.

    Returns
    -------
    DataFrame
        The sheet's columns; ``start``, ``end`` as int64, ``tone`` as Int64, other answers as
        str (missing: NaN); a column ``added`` (bool) marks rows a coder added.

    Raises
    ------
    CodingSheetError
        Naming the file, the row as numbered in the spreadsheet (header = row 1), the column,
        the value and the allowed values.
    """
    path = Path(path)
    header, rows, stored = _read_rows(path)
    need = ["finding_id", "doc_id", "start", "end"]
    missing = [c for c in need if c not in header]
    if missing:
        raise CodingSheetError(f"{path}, row 1: missing column(s) {missing}; a coding sheet has {need} "
                               "and answer columns")
    kind = _sheet_kind(header)
    lists = _allowed_for(header, stored, allowed)
    texts = dict(zip(corpus["doc_id"].astype(str), corpus["text"].astype(str))) if corpus is not None else {}
    records, errors = [], []
    for k, values in enumerate(rows):
        rownum = k + 2
        rec = {h: (np.nan if _empty(v) else str(v)) for h, v in zip(header, values)}
        if all(_empty(v) for v in values):
            continue
        for col in _answer_columns(header):
            v = rec.get(col)
            if _empty(v):
                continue
            norm = str(v).strip()
            if col in lists or col in ("is_quote", "is_phrase", "is_finding", "kind", "polarity", "frame",
                                       "voice", "tone"):
                norm = norm.lower()
            if col == "tone":
                norm = norm.lstrip("+")
                try:
                    norm = str(int(float(norm))) if float(norm).is_integer() else norm
                except ValueError:
                    pass
            if col in lists:
                canonical = {str(x).lower(): str(x) for x in lists[col]}
                if norm.lower() not in canonical:
                    errors.append(f"{path}, row {rownum}, column {col!r}: {v!r} is not allowed; "
                                  f"use one of {lists[col]} or leave it empty")
                norm = canonical.get(norm.lower(), norm)
            rec[col] = norm
        rec["added"] = _empty(rec.get("finding_id")) or str(rec.get("added", "")).strip().lower() == "true"
        if _empty(rec.get("doc_id")):
            errors.append(f"{path}, row {rownum}: doc_id is empty")
            continue
        if _empty(rec.get("start")) or _empty(rec.get("end")):
            if kind == "articles" and not rec["added"]:
                errors.append(f"{path}, row {rownum}: start/end are empty")
                continue
            text = rec.get("text")
            doc = str(rec["doc_id"])
            if _empty(text) or not texts:
                errors.append(f"{path}, row {rownum}: an added row needs start and end, or its exact text "
                              "and read_coding_sheet(..., corpus=corpus) to locate it")
                continue
            if doc not in texts:
                errors.append(f"{path}, row {rownum}: doc_id {doc!r} is not in the corpus")
                continue
            # any run of white space (a pasted non-breaking space too) matches any other
            pattern = r"\s+".join(re.escape(w) for w in str(text).split())
            hits = [(m.start(), m.end()) for m in re.finditer(pattern, texts[doc])]
            if len(hits) != 1:
                errors.append(f"{path}, row {rownum}: the text {str(text)[:40]!r} occurs {len(hits)} times in "
                              f"{doc}; give start and end")
                continue
            rec["start"], rec["end"] = hits[0]
        try:
            rec["start"], rec["end"] = int(float(rec["start"])), int(float(rec["end"]))
        except ValueError:
            errors.append(f"{path}, row {rownum}: start/end must be whole numbers, got "
                          f"{rec['start']!r}, {rec['end']!r}")
            continue
        if rec["added"]:
            rec["finding_id"] = finding_ids(pd.DataFrame([rec]), prefix=_PREFIX[kind]).iloc[0]
        records.append(rec)
    if errors:
        raise CodingSheetError("\n".join(errors))
    out = pd.DataFrame(records, columns=[h for h in header if h != "added"] + ["added"])
    out["start"] = out["start"].astype("int64")
    out["end"] = out["end"].astype("int64")
    out["added"] = out["added"].astype(bool)
    for col in out.columns:
        if col == "tone":
            out[col] = pd.to_numeric(out[col]).astype("Int64")
        elif col.startswith("tool_") and out[col].notna().any() and \
                pd.to_numeric(out[col].dropna(), errors="coerce").notna().all():
            out[col] = pd.to_numeric(out[col])   # the tool's numeric labels (e.g. tone) stay numbers
        elif col not in ("start", "end", "added"):
            out[col] = out[col].astype(object)
    out.attrs.update(sheet=kind, allowed=lists, path=str(path))
    return out


# --------------------------------------------------------------------------- agreement

AGREEMENT_COLUMNS = ["n", "percent_agreement", "percent_agreement_low", "percent_agreement_high",
                     "cohen_kappa", "cohen_kappa_low", "cohen_kappa_high",
                     "krippendorff_alpha", "krippendorff_alpha_low", "krippendorff_alpha_high",
                     "level", "kappa_weights"]


def _coded(x) -> pd.DataFrame:
    if isinstance(x, (str, Path)):
        return read_coding_sheet(x)
    return x


def _ordered_categories(values, level: str, categories) -> list:
    if categories is not None:
        return list(categories)
    vals = sorted(set(values), key=lambda v: (str(type(v)), v))
    if level == "nominal":
        return vals
    try:
        nums = sorted(float(v) for v in vals)
    except (TypeError, ValueError):
        raise ValueError(f"level={level!r} needs numbers or an ordered categories= list; got {vals[:6]}") from None
    if all(v.is_integer() for v in nums) and nums:
        return list(range(int(nums[0]), int(nums[-1]) + 1))
    return nums


def _stats(x: np.ndarray, y: np.ndarray, level: str, k: int) -> tuple[float, float, float]:
    """percent agreement, Cohen's kappa and Krippendorff's alpha of two coded vectors of category codes."""
    import krippendorff
    from sklearn.metrics import cohen_kappa_score

    pa = float(np.mean(x == y))
    weights = {"nominal": None, "ordinal": "linear", "interval": "quadratic"}[level]
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        if len(set(x) | set(y)) < 2:
            kappa = float("nan")
        else:
            kappa = float(cohen_kappa_score(x, y, labels=list(range(k)), weights=weights))
        try:
            alpha = float(krippendorff.alpha(reliability_data=np.vstack([x, y]).astype(float),
                                             value_domain=list(range(k)), level_of_measurement=level))
        except (ValueError, ZeroDivisionError):
            alpha = float("nan")
    return pa, kappa, alpha


def agreement(a, b, *, on, id: str = "finding_id", level: str = "nominal", categories=None,
              n_boot: int = 1000, random_state: int = 0) -> pd.DataFrame:
    """Agreement between two coders (or a coder and the tool) on one answer column.

    Units are joined on ``id``; a unit counts when both have a value. Measures:

    - percent agreement;
    - Cohen's κ (scikit-learn's ``cohen_kappa_score``): unweighted for nominal data, **linearly**
      weighted for ordinal data, quadratically weighted for interval data (Cohen 1968), over the
      full ordered category list, so an unused middle category still counts in the distances;
    - Krippendorff's α (the ``krippendorff`` package) at the given level (Krippendorff 2004);
    - for each, a 95% percentile bootstrap interval over units (``n_boot`` resamples, seeded).

    Parameters
    ----------
    a, b : DataFrame or path
        Coded sheets (a path is read with :func:`read_coding_sheet`), or the tool's findings
        (e.g. :func:`framing.extract_quotes` output): without a ``finding_id`` column they get
        the ids their coding sheet would have (see :func:`finding_ids`).
    on : str or (str, str)
        The answer column, or the pair (column of ``a``, column of ``b``), e.g.
        ``("side", "tool_side")``.
    id : str
        The unit id column.
    level : {"nominal", "ordinal", "interval"}
        Level of measurement. Ordinal and interval need numbers (e.g. tone -2..+2) or
        ``categories=`` in order.
    categories : list, optional
        All categories, in order for ordinal data.
    n_boot, random_state : int
        Bootstrap resamples and seed.

    Returns
    -------
    DataFrame
        One row: ``n`` (units coded by both), ``percent_agreement``, ``cohen_kappa``,
        ``krippendorff_alpha``, each with ``_low`` and ``_high``; ``level``; ``kappa_weights``
        (none, linear or quadratic). :func:`framing.problems` lists (``id``, ``problem``) the
        units only one side coded or that only one table has.

    Examples
    --------
    >>> a = pd.DataFrame({"finding_id": list("abcde"), "is_quote": ["yes", "yes", "no", "no", "yes"]})
    >>> b = pd.DataFrame({"finding_id": list("abcde"), "is_quote": ["yes", "no", "no", "no", "yes"]})
    >>> r = agreement(a, b, on="is_quote", n_boot=0)
    >>> round(r["cohen_kappa"].item(), 4), round(r["krippendorff_alpha"].item(), 4)
    (0.6154, 0.64)
    """
    if level not in ("nominal", "ordinal", "interval"):
        raise ValueError(f"level must be nominal, ordinal or interval, got {level!r}")
    a, b = _coded(a), _coded(b)
    col_a, col_b = (on, on) if isinstance(on, str) else tuple(on)
    # a table of the tool's findings (doc_id, start, end, no id) gets the ids its sheet would have
    for this, other in ((0, 1), (1, 0)):
        t, o = (a, b)[this], (a, b)[other]
        if id == "finding_id" and id not in t.columns and {"doc_id", "start", "end"} <= set(t.columns) \
                and id in o.columns and len(o):
            prefix = str(o[id].iloc[0]).split(":", 1)[0]
            t = t.assign(finding_id=finding_ids(t, prefix=prefix))
            a, b = (t, b) if this == 0 else (a, t)
    for name, t, col in (("a", a, col_a), ("b", b, col_b)):
        for c in (id, col):
            if c not in t.columns:
                raise ValueError(f"agreement: table {name} has no column {c!r}")
    left = a[[id, col_a]].rename(columns={col_a: "_a"})
    right = b[[id, col_b]].rename(columns={col_b: "_b"})
    for name, t in (("a", left), ("b", right)):
        dup = t[id][t[id].duplicated()].tolist()
        if dup:
            raise ValueError(f"agreement: table {name} has duplicated {id} values {dup[:5]}")
    both = left.merge(right, on=id, how="outer", indicator=True)
    problems = []
    for row in both.itertuples(index=False):
        uid, va_, vb_, where = row[0], row[1], row[2], row[3]
        if where != "both":
            problems.append({"id": str(uid), "problem": f"only in table {'a' if where == 'left_only' else 'b'}"})
        elif _empty(va_) or _empty(vb_):
            who = "a or b" if _empty(va_) and _empty(vb_) else ("a" if _empty(va_) else "b")
            problems.append({"id": str(uid), "problem": f"not coded by {who}"})
    pairs = both[(both["_merge"] == "both") & both["_a"].map(lambda v: not _empty(v))
                 & both["_b"].map(lambda v: not _empty(v))]
    numeric = level != "nominal" and categories is None
    try:
        norm = float if numeric else str
        va = [norm(v) for v in pairs["_a"]]
        vb = [norm(v) for v in pairs["_b"]]
    except (TypeError, ValueError):
        raise ValueError(f"agreement: level={level!r} needs numbers (e.g. tone -2..+2) or an ordered "
                         "categories= list") from None
    cats = _ordered_categories(va + vb, level, categories)
    index = {float(c) if numeric else str(c): i for i, c in enumerate(cats)}
    unknown = sorted({str(v) for v in va + vb if v not in index})
    if unknown:
        raise ValueError(f"agreement: values {unknown} are not among categories {cats}")
    x = np.array([index[v] for v in va], dtype=int)
    y = np.array([index[v] for v in vb], dtype=int)
    n = len(x)
    est = _stats(x, y, level, len(cats)) if n else (np.nan, np.nan, np.nan)
    lows, highs = [np.nan] * 3, [np.nan] * 3
    if n_boot and n > 1:
        rng = np.random.default_rng(random_state)
        draws = np.array([_stats(x[ix], y[ix], level, len(cats))
                          for ix in rng.integers(0, n, size=(n_boot, n))])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            lows = np.nanpercentile(draws, 2.5, axis=0).tolist()
            highs = np.nanpercentile(draws, 97.5, axis=0).tolist()
    row = {"n": n}
    for k, name in enumerate(["percent_agreement", "cohen_kappa", "krippendorff_alpha"]):
        row[name], row[f"{name}_low"], row[f"{name}_high"] = est[k], lows[k], highs[k]
    row["level"] = level
    row["kappa_weights"] = {"nominal": "none", "ordinal": "linear", "interval": "quadratic"}[level]
    return attach(pd.DataFrame([row], columns=AGREEMENT_COLUMNS), problems, columns=["id", "problem"])
