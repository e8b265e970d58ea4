"""Load a corpus of news articles into the corpus table every stage reads.

The corpus table has one row per article and these columns, always, in this
order (extra metadata columns follow):

=================  =============  ==========================================================
column             dtype          meaning
=================  =============  ==========================================================
``doc_id``         str            unique, stable id (file name stem, ``-1``/``-2``... when a
                                  file holds several articles; the id column of a table)
``outlet``         str            the news outlet ("" when unknown)
``date``           datetime64     publication date (NaT when unknown)
``event``          str            the event covered ("" when unknown)
``title``          str            the headline (see *Titles* below; "" when none)
``text``           str            the article exactly as decoded: UTF-8, BOM stripped, never
                                  normalised. Every later stage reports offsets into it.
``source_file``    str            file the article came from, relative to the corpus folder
                                  ("" for rows of a table)
``source_offset``  int            where ``text`` starts inside the decoded source file:
                                  ``file_text[source_offset:source_offset + len(text)] == text``
=================  =============  ==========================================================

Sources
-------
* A **folder** of ``.txt`` files with a ``metadata.csv`` (columns ``file, outlet, date,
  event, ...``), the format of the bundled ``seeds/``. A file may hold several articles
  separated by a line of asterisks (``*****``).
* A **table** (``.csv``, ``.tsv``, ``.parquet``, ``.jsonl``) with one article per row and
  a text column.

Splitting
---------
A file with one article keeps its whole decoded text (so offsets equal file offsets).
A file with several articles is cut at every line made only of three or more
asterisks; each article is the part between two such lines without the blank
space around it, and ``source_offset`` says where it starts.

Titles
------
A ``title`` column in the metadata wins. Otherwise the title is the first of the
article's first three non-empty lines that has 3 to 30 words, at most 200
characters and does not end in ``.`` (rubric words such as "International" and
lead paragraphs are passed over); "" when no line qualifies.

Errors
------
Every problem found is reported at once in one :class:`CorpusError` naming the file
and the line, with how to fix it; ``errors="report"`` returns the loadable rows
and puts the problems in ``corpus.attrs["problems"]`` instead. No article is
dropped without a problem row saying so.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pandas as pd

from framing.diagnostics import attach

__all__ = ["load_corpus", "CorpusError", "CORPUS_COLUMNS", "PROBLEM_COLUMNS", "validate_corpus"]

CORPUS_COLUMNS = ["doc_id", "outlet", "date", "event", "title", "text", "source_file", "source_offset"]
PROBLEM_COLUMNS = ["source_file", "line", "problem"]
_STR_COLUMNS = ["doc_id", "outlet", "event", "title", "text", "source_file"]
_TABLE_SUFFIXES = {".csv", ".tsv", ".parquet", ".jsonl", ".ndjson"}
SEPARATOR_RE = re.compile(r"^[ \t]*\*{3,}[ \t]*\r?$", re.MULTILINE)


class CorpusError(ValueError):
    """The corpus could not be loaded; ``problems`` lists every problem found.

    Attributes
    ----------
    problems : pandas.DataFrame
        Columns ``source_file``, ``line`` (1-based; 0 when the problem concerns a whole
        file), ``problem`` (what is wrong and how to fix it).
    """

    def __init__(self, problems: pd.DataFrame):
        self.problems = problems
        lines = [f"{len(problems)} problem(s) while loading the corpus:"]
        for row in problems.itertuples(index=False):
            where = row.source_file + (f", line {row.line}" if row.line else "")
            lines.append(f"  - {where}: {row.problem}")
        lines.append("Fix these, or pass errors='report' to load the other articles.")
        super().__init__("\n".join(lines))


class _Problems:
    def __init__(self):
        self.rows: list[tuple[str, int, str]] = []

    def add(self, source_file, line, problem):
        self.rows.append((str(source_file), int(line or 0), problem))

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows, columns=PROBLEM_COLUMNS).astype({"line": "int64"})


def load_corpus(
    source,
    *,
    metadata=None,
    text_col: str = "text",
    id_col: str = "doc_id",
    errors: str = "raise",
) -> pd.DataFrame:
    """Load news articles into a corpus table (one row per article).

    Parameters
    ----------
    source : str, Path or DataFrame
        A folder of ``.txt`` files with a ``metadata.csv``; a ``.csv``/``.tsv``/
        ``.parquet``/``.jsonl`` table with one article per row; or a DataFrame.
    metadata : str, Path or DataFrame, optional
        For a folder: the metadata table (default ``<folder>/metadata.csv``), with a
        ``file`` column naming each text file and at least an ``outlet`` column.
    text_col : str
        Column holding the article text in a table source.
    id_col : str
        Column holding the article id in a table source; when it is absent, ids are
        ``row-<n>`` from the 1-based row number.
    errors : {"raise", "report"}
        ``"raise"``: any problem raises :class:`CorpusError` listing them all.
        ``"report"``: return the loadable articles and put the problems in
        ``corpus.attrs["problems"]``.

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id, outlet, date, event, title, text, source_file, source_offset``
        (see the module documentation), then any extra metadata columns.
        ``attrs["problems"]`` holds the problems as records; ``framing.problems(corpus)``
        gives them as a table (``source_file``, ``line``, ``problem``; empty when all went well).

    Examples
    --------
    >>> corpus = load_corpus(pd.DataFrame({"outlet": ["LCI"], "text": ["Trump a appelé Poutine."]}))
    >>> corpus[["doc_id", "outlet", "source_offset"]].to_dict("records")
    [{'doc_id': 'row-1', 'outlet': 'LCI', 'source_offset': 0}]

    On the bundled demo corpus: ``load_corpus("seeds")`` gives 5 articles.
    """
    if errors not in ("raise", "report"):
        raise ValueError(f"errors must be 'raise' or 'report', not {errors!r}")
    problems = _Problems()
    if isinstance(source, pd.DataFrame):
        frame = _from_table(source.copy(), "<DataFrame>", text_col, id_col, problems, line_base=1)
    else:
        path = Path(source)
        if path.is_dir():
            frame = _from_folder(path, metadata, problems)
        elif path.is_file() and path.suffix.lower() in _TABLE_SUFFIXES:
            table, line_base = _read_table(path, problems)
            frame = _from_table(table, str(path), text_col, id_col, problems, line_base)
        elif path.exists():
            raise CorpusError(_one(path, f"unsupported file type {path.suffix!r}: give a folder of .txt "
                                         f"files with metadata.csv, or a {', '.join(sorted(_TABLE_SUFFIXES))} table"))
        else:
            raise CorpusError(_one(path, "no such file or folder"))
    frame = _check_ids(frame, problems)
    table = problems.frame()
    if len(table) and errors == "raise":
        raise CorpusError(table)
    frame = frame.reset_index(drop=True)
    return attach(frame, problems.rows, columns=PROBLEM_COLUMNS)


def validate_corpus(corpus: pd.DataFrame, *, text_col: str = "text") -> pd.DataFrame:
    """Check that ``corpus`` has the columns a stage needs; return it unchanged.

    Stages call this at the door so that a wrong table fails with a message that
    says which column is missing, not deep inside a loop.

    >>> validate_corpus(pd.DataFrame({"doc_id": ["a"], "text": ["Bonjour."]})).shape
    (1, 2)
    """
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError(f"expected a corpus DataFrame (see framing.load_corpus), got {type(corpus).__name__}")
    missing = [c for c in ("doc_id", text_col) if c not in corpus.columns]
    if missing:
        raise ValueError(
            f"the corpus lacks column(s) {missing}; it has {list(corpus.columns)}. "
            "Load it with framing.load_corpus, or rename your columns (text_col= names the text column)."
        )
    return corpus


# ---------------------------------------------------------------------------------------------
def _one(path, problem) -> pd.DataFrame:
    p = _Problems()
    p.add(path, 0, problem)
    return p.frame()


def _empty_frame() -> pd.DataFrame:
    return _finish(pd.DataFrame({c: [] for c in CORPUS_COLUMNS}))


def _finish(frame: pd.DataFrame, extra: list[str] | None = None) -> pd.DataFrame:
    """Put the columns in order with their dtypes."""
    for col in CORPUS_COLUMNS:
        if col not in frame.columns:
            frame[col] = 0 if col == "source_offset" else (pd.NaT if col == "date" else "")
    for col in _STR_COLUMNS + (extra or []):
        frame[col] = frame[col].map(lambda v: "" if _missing(v) else str(v)).astype(object)
    frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[ns]")
    frame["source_offset"] = frame["source_offset"].astype("int64")
    extra = [c for c in frame.columns if c not in CORPUS_COLUMNS]
    return frame[CORPUS_COLUMNS + extra]


def _missing(v) -> bool:
    if v is None:
        return True
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _parse_date(value, where_file, line, problems):
    if _missing(value) or str(value).strip() == "":
        return pd.NaT
    try:
        return pd.Timestamp(str(value).strip())
    except (ValueError, TypeError):
        problems.add(where_file, line, f"unparseable date {value!r}: write dates as YYYY-MM-DD (ISO 8601)")
        return pd.NaT


def decode(raw: bytes, name, problems) -> str | None:
    """Decode UTF-8 (BOM stripped); report the byte offset and line of the first bad byte."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.add(name, line, f"not valid UTF-8 at byte offset {exc.start} ({raw[exc.start:exc.start + 4]!r}): "
                                 "re-save the file as UTF-8")
        return None
    return text[1:] if text.startswith("\ufeff") else text


def split_articles(text: str) -> list[tuple[int, str]]:
    """Split a file's text at separator lines; return ``(offset, article)`` pairs.

    One article: the whole text at offset 0. Several: each part without the
    white space around it.

    >>> split_articles("Un.\\n*****\\nDeux.\\n")
    [(0, 'Un.'), (10, 'Deux.')]
    """
    seps = list(SEPARATOR_RE.finditer(text))
    if not seps:
        return [(0, text)]
    bounds, pos = [], 0
    for m in seps:
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    out = []
    for start, end in bounds:
        part = text[start:end]
        lead = len(part) - len(part.lstrip())
        out.append((start + lead, part.strip()))
    return out


_TITLE_END = re.compile(r"[.!?…:]\s*$")


def guess_title(text: str) -> str:
    """The title rule of the module documentation.

    >>> guess_title("International\\n\\nAu téléphone avec Trump, Poutine rappelle la Syrie\\n\\nLe président...")
    'Au téléphone avec Trump, Poutine rappelle la Syrie'
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:3]
    for ln in lines:
        n_words = len(ln.split())
        if 3 <= n_words <= 30 and len(ln) <= 200 and not ln.endswith("."):
            return ln
    return ""


def _from_folder(folder: Path, metadata, problems) -> pd.DataFrame:
    if metadata is None:
        meta_path = folder / "metadata.csv"
        if not meta_path.is_file():
            problems.add(meta_path, 0, "missing metadata.csv: add a CSV with columns file, outlet, date, event")
            return _empty_frame()
        meta_name = str(meta_path)
        rows = _read_metadata_csv(meta_path, problems)
    elif isinstance(metadata, pd.DataFrame):
        meta_name = "<metadata DataFrame>"
        rows = [(i + 2, {k: ("" if _missing(v) else str(v)) for k, v in r.items()})
                for i, r in enumerate(metadata.to_dict("records"))]
        if "file" not in metadata.columns or "outlet" not in metadata.columns:
            problems.add(meta_name, 1, f"metadata needs columns 'file' and 'outlet'; it has {list(metadata.columns)}")
            rows = None
    else:
        meta_name = str(metadata)
        rows = _read_metadata_csv(Path(metadata), problems)
    if rows is None:
        return _empty_frame()

    txt_files = sorted(p.name for p in folder.glob("*.txt"))
    named = {}
    for line, row in rows:
        name = row.get("file", "").strip()
        if not name:
            problems.add(meta_name, line, "empty 'file' value: name the article's .txt file")
            continue
        if name in named:
            problems.add(meta_name, line, f"file {name!r} is listed again (first at line {named[name][0]}): "
                                          "keep one row per file")
            continue
        named[name] = (line, row)
    for name in sorted(set(named) - set(txt_files)):
        if not (folder / name).is_file():
            problems.add(meta_name, named[name][0], f"names {name!r}, which is not in {folder}: fix the name or "
                                                    "add the file")
    for name in txt_files:
        if name not in named:
            problems.add(folder / name, 0, f"no row in {meta_name}: add a row with file={name!r} and its outlet")

    records = []
    extra_cols: list[str] = []
    for name, (line, row) in sorted(named.items()):
        path = folder / name
        if not path.is_file():
            continue
        date = _parse_date(row.get("date"), meta_name, line, problems)
        text = decode(path.read_bytes(), path, problems)
        if text is None:
            continue
        parts = split_articles(text)
        stem = path.stem
        for i, (offset, article) in enumerate(parts, start=1):
            doc_id = stem if len(parts) == 1 else f"{stem}-{i}"
            if not article.strip():
                lineno = text[:offset].count("\n") + 1
                problems.add(path, lineno, f"article {i} of {len(parts)} is empty: remove the empty part or "
                                           "the separator line")
                continue
            rec = {k: v for k, v in row.items() if k not in ("file", "date")}
            for k in rec:
                if k not in extra_cols and k not in CORPUS_COLUMNS:
                    extra_cols.append(k)
            rec.update(doc_id=doc_id, date=date, text=article, source_file=name, source_offset=offset)
            if not rec.get("title"):
                rec["title"] = guess_title(article)
            records.append(rec)
    frame = pd.DataFrame.from_records(records) if records else _empty_frame()
    return _finish(frame, [c for c in extra_cols if c in frame.columns])


def _read_metadata_csv(path: Path, problems) -> list[tuple[int, dict]] | None:
    if not path.is_file():
        problems.add(path, 0, "metadata file not found")
        return None
    raw = path.read_bytes()
    text = decode(raw, path, problems)
    if text is None:
        return None
    reader = csv.DictReader(io.StringIO(text))
    fields = reader.fieldnames or []
    missing = [c for c in ("file", "outlet") if c not in fields]
    if missing:
        problems.add(path, 1, f"missing required column(s) {missing} (header has {fields}): the header must "
                              "name at least 'file' and 'outlet'")
        return None
    rows = []
    start = 2
    for row in reader:
        rows.append((start, {k: (v or "") for k, v in row.items() if k is not None}))
        start = reader.line_num + 1
    return rows


def _read_table(path: Path, problems) -> tuple[pd.DataFrame, int]:
    """Read a table; return it with the line number of its first data row."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return pd.read_parquet(path), 1
    if suffix in (".jsonl", ".ndjson"):
        raw = path.read_bytes()
        text = decode(raw, path, problems)
        if text is None:
            return pd.DataFrame(), 1
        rows, lines = [], []
        for no, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
                lines.append(no)
            except json.JSONDecodeError as exc:
                problems.add(path, no, f"not valid JSON ({exc.msg}): each line must be one JSON object")
        table = pd.DataFrame(rows)
        table.attrs["lines"] = lines
        return table, 1
    raw = path.read_bytes()
    text = decode(raw, path, problems)
    if text is None:
        return pd.DataFrame(), 2
    sep = "\t" if suffix == ".tsv" else ","
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    header = next(reader, [])
    rows, lines = [], []
    start = 2
    for rec in reader:
        if len(rec) != len(header):
            problems.add(path, start, f"has {len(rec)} fields where the header has {len(header)}: check quoting")
        else:
            rows.append(rec)
            lines.append(start)
        start = reader.line_num + 1
    table = pd.DataFrame(rows, columns=header, dtype=object)
    table.attrs["lines"] = lines
    return table, 2


def _from_table(table: pd.DataFrame, name: str, text_col: str, id_col: str, problems, line_base: int):
    lines = table.attrs.get("lines") or list(range(line_base, line_base + len(table)))
    if text_col not in table.columns:
        problems.add(name, 1 if line_base == 2 else 0,
                     f"missing required column {text_col!r} (columns: {list(table.columns)}): "
                     "pass text_col= to name the text column")
        return _empty_frame()
    table = table.reset_index(drop=True)
    if id_col in table.columns:
        ids = table[id_col].map(lambda v: "" if _missing(v) else str(v))
    else:
        ids = pd.Series([f"row-{i}" for i in range(1, len(table) + 1)])
    keep = []
    dates = []
    for i, (line, text) in enumerate(zip(lines, table[text_col])):
        if _missing(text) or not str(text).strip():
            problems.add(name, line, f"article {ids[i]!r} has an empty {text_col!r}: fill it or remove the row")
            continue
        if not ids[i]:
            problems.add(name, line, f"empty {id_col!r}: give every article an id")
            continue
        keep.append(i)
        dates.append(_parse_date(table["date"][i], name, line, problems) if "date" in table.columns else pd.NaT)
    out = table.iloc[keep].copy()
    out["text"] = [(t[1:] if isinstance(t, str) and t.startswith("\ufeff") else t) for t in out[text_col]]
    if text_col != "text":
        out = out.drop(columns=[text_col])
    out["doc_id"] = ids.iloc[keep].to_numpy()
    if id_col != "doc_id" and id_col in out.columns:
        out = out.drop(columns=[id_col])
    out["date"] = dates if keep else pd.Series([], dtype="datetime64[ns]")
    out["source_file"] = ""
    out["source_offset"] = 0
    out.attrs = {}
    out.attrs["lines"] = [lines[i] for i in keep]
    out.attrs["name"] = name
    if "title" not in out.columns:
        out["title"] = [guess_title(t) for t in out["text"]]
    if "outlet" not in out.columns:
        out["outlet"] = ""
    extra = [c for c in out.columns if c not in CORPUS_COLUMNS and out[c].dtype == object]
    lines_kept = out.attrs["lines"]
    frame = _finish(out, extra)
    frame.attrs["lines"] = lines_kept
    frame.attrs["name"] = name
    return frame


def _check_ids(frame: pd.DataFrame, problems) -> pd.DataFrame:
    lines = frame.attrs.pop("lines", None)
    name = frame.attrs.pop("name", None)
    dup = frame["doc_id"].duplicated(keep=False)
    if dup.any():
        for doc_id, group in frame[dup].groupby("doc_id", sort=True):
            where = [(lines[i] if lines else None) for i in group.index] if lines else []
            src = name or ", ".join(sorted(set(group["source_file"])))
            at = f" (lines {', '.join(map(str, where))})" if where else ""
            first_line = where[0] if where else 0
            problems.add(src, first_line, f"duplicate doc_id {doc_id!r}{at}: ids must be unique; all "
                                          f"{len(group)} rows left out")
        frame = frame[~dup]
    return frame


