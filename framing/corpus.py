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
lead paragraphs are passed over); boilerplate lines and crawl artefacts
(``ADVERTISEMENT``, ``date 2017-01-05``, «Publié le …», see
:func:`framing.french.is_boilerplate_line`) are skipped first; "" when no line qualifies.

Dask
----
``load_corpus(source, engine="dask")`` (or a Dask DataFrame as ``source``) returns a
lazy ``dask.dataframe.DataFrame`` with the same columns and dtypes, for corpora
larger than memory (see :mod:`framing.engine`):

* a **folder**: ``metadata.csv`` and the folder listing are checked at once (a
  missing or unlisted file fails here, as with pandas); the ``.txt`` files are read
  when the partitions are computed, ``FILES_PER_PARTITION`` files per partition, in
  file-name order as with pandas;
* a **Parquet dataset** (a ``.parquet`` file or a folder of them): read with
  ``dask.dataframe.read_parquet``; the id column is read at once to number rows
  and find duplicate ids; every partition is then validated like a table;
* any other table, or a pandas DataFrame: loaded with pandas, then cut into
  partitions.

Problems found in an article (bad UTF-8, empty text, bad date) are raised or reported
when its partition is computed: with ``errors="raise"`` the computation fails with
the :class:`CorpusError`; with ``errors="report"`` each partition carries its
problems and ``framing.engine.compute(corpus)`` gathers them.

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

__all__ = ["load_corpus", "CorpusError", "CORPUS_COLUMNS", "PROBLEM_COLUMNS", "validate_corpus", "parse_date",
           "DateError"]

CORPUS_COLUMNS = ["doc_id", "outlet", "date", "event", "title", "text", "source_file", "source_offset"]
PROBLEM_COLUMNS = ["source_file", "line", "problem"]
_STR_COLUMNS = ["doc_id", "outlet", "event", "title", "text", "source_file"]
FILES_PER_PARTITION = 1000  # .txt files per partition of a Dask corpus read from a folder
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
        self.dates = {"dayfirst": True, "date_format": None}  # how dates are read (load_corpus options)

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
    dayfirst: bool = True,
    date_format: str | None = None,
    engine: str = "pandas",
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
    dayfirst : bool
        Read numeric dates such as ``02/05/2017`` day first (2 May 2017), the French
        convention; ``False`` reads them month first. ISO dates (``2017-05-02``) and
        French dates (``lundi 2 mai 2017``, ``12 mars 2025 à 14h``) are unambiguous.
        A date that is not valid in the order asked is a problem row, never a guess
        (see :func:`parse_date`).
    date_format : str, optional
        A :func:`datetime.strptime` format (e.g. ``"%d/%m/%Y"``): only dates in this
        form are accepted.
    engine : {"pandas", "dask"}
        ``"dask"`` returns a lazy ``dask.dataframe.DataFrame`` with the same columns and
        dtypes, read partition by partition (see *Dask* in the module documentation);
        passing a Dask DataFrame as ``source`` implies it.

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id, outlet, date, event, title, text, source_file, source_offset``
        (see the module documentation), then any extra metadata columns.
        ``attrs["problems"]`` holds the problems as records; ``framing.problems(corpus)``
        gives them as a table (``source_file``, ``line``, ``problem``; empty when all went well).
        With ``engine="dask"``: a Dask DataFrame with the same columns and dtypes.

    Examples
    --------
    >>> corpus = load_corpus(pd.DataFrame({"outlet": ["LCI"], "text": ["Trump a appelé Poutine."]}))
    >>> corpus[["doc_id", "outlet", "source_offset"]].to_dict("records")
    [{'doc_id': 'row-1', 'outlet': 'LCI', 'source_offset': 0}]

    On the bundled demo corpus: ``load_corpus("seeds")`` gives 5 articles.
    """
    if errors not in ("raise", "report"):
        raise ValueError(f"errors must be 'raise' or 'report', not {errors!r}")
    if engine not in ("pandas", "dask"):
        raise ValueError(f"engine must be 'pandas' or 'dask', not {engine!r}")
    if engine == "dask" or _is_dask(source):
        return _load_dask(source, metadata=metadata, text_col=text_col, id_col=id_col, errors=errors,
                          dates={"dayfirst": dayfirst, "date_format": date_format})
    problems = _Problems()
    problems.dates = {"dayfirst": dayfirst, "date_format": date_format}
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
    if isinstance(value, pd.Timestamp):
        return value.tz_localize(None) if value.tzinfo is not None else value
    dayfirst, date_format = problems.dates["dayfirst"], problems.dates["date_format"]
    try:
        return parse_date(value, dayfirst=dayfirst, date_format=date_format)
    except DateError as exc:
        how = (f"write it as {date_format!r} or fix date_format=" if date_format else
               "write dates as YYYY-MM-DD (ISO 8601), DD/MM/YYYY or «2 mai 2017»"
               + ("" if dayfirst else "; numeric dates are read month first because dayfirst=False"))
        problems.add(where_file, line, f"unparseable date {value!r} ({exc}): {how}")
        return pd.NaT


# ---------------------------------------------------------------------------------------------
# Dates
_MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2,
    "mars": 3, "mar": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "aoû": 8, "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
_WEEKDAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_TIME = r"(?:\s*(?:,|à|a|-)?\s*(?P<h>\d{1,2})\s*(?:h|:)\s*(?P<mi>\d{2})?(?:\s*(?::|min)\s*\d{2})?)?"
_FRENCH_DATE_RE = re.compile(
    rf"^(?:{_WEEKDAYS}\s*,?\s+)?(?P<d>\d{{1,2}})(?:er|ᵉʳ)?\s+(?P<m>[^\W\d_]+)\.?\s+(?P<y>\d{{4}}){_TIME}\s*$",
    re.IGNORECASE,
)
_NUMERIC_DATE_RE = re.compile(
    rf"^(?:{_WEEKDAYS}\s*,?\s+)?(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})"
    rf"(?:T|\s)?{_TIME}\s*$",
    re.IGNORECASE,
)
_ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_YMD_RE = re.compile(r"^(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})$")


class DateError(ValueError):
    """A date that cannot be read without guessing."""


def parse_date(value, *, dayfirst: bool = True, date_format: str | None = None) -> pd.Timestamp:
    """Read one publication date the way French news writes it; never guess.

    Accepted: ISO 8601 (``2017-05-02``, ``2017-05-02T10:00``, with a time zone, kept
    as local wall time); numeric dates ``02/05/2017``, ``2.5.2017``, ``02-05-17``,
    day first by default (French convention; ``dayfirst=False`` reads them month
    first); French dates with an optional weekday and time (``2 mai 2017``,
    ``lundi 1er mai 2017``, ``12 mars 2025 à 14h``, ``12 mars 2025 à 14h30``);
    ``2017/05/02``. With ``date_format`` (a :func:`datetime.strptime` format), only
    that format is accepted.

    Raises
    ------
    DateError
        The value is not a date in any of these forms (or not valid in the order
        asked, e.g. ``13/05/2017`` with ``dayfirst=False``).

    Examples
    --------
    >>> parse_date("02/05/2017"), parse_date("02/05/2017", dayfirst=False)
    (Timestamp('2017-05-02 00:00:00'), Timestamp('2017-02-05 00:00:00'))
    >>> parse_date("lundi 1er mai 2017"), parse_date("12 mars 2025 à 14h")
    (Timestamp('2017-05-01 00:00:00'), Timestamp('2025-03-12 14:00:00'))
    """
    import datetime as _dt

    text = " ".join(str(value).split())
    if date_format is not None:
        try:
            return pd.Timestamp(_dt.datetime.strptime(text, date_format))
        except ValueError:
            raise DateError(f"does not match date_format={date_format!r}") from None

    def build(y, m, d, h=None, mi=None):
        y = int(y)
        if y < 100:
            y += 2000
        try:
            return pd.Timestamp(_dt.datetime(y, int(m), int(d), int(h or 0), int(mi or 0)))
        except ValueError as exc:
            raise DateError(str(exc)) from None

    if _ISO_RE.match(text):
        try:
            ts = pd.Timestamp(text)
        except ValueError as exc:
            raise DateError(str(exc)) from None
        return ts.tz_localize(None) if ts.tzinfo is not None else ts
    m = _YMD_RE.match(text)
    if m:
        return build(m["y"], m["m"], m["d"])
    m = _NUMERIC_DATE_RE.match(text)
    if m:
        day, month = (m["a"], m["b"]) if dayfirst else (m["b"], m["a"])
        try:
            return build(m["y"], month, day, m["h"], m["mi"])
        except DateError:
            order = "day first (DD/MM/YYYY)" if dayfirst else "month first (MM/DD/YYYY)"
            raise DateError(f"not a valid date read {order}") from None
    m = _FRENCH_DATE_RE.match(text)
    if m:
        month = _MONTHS.get(m["m"].lower().rstrip("."))
        if month is None:
            raise DateError(f"unknown month name {m['m']!r}")
        return build(m["y"], month, m["d"], m["h"], m["mi"])
    raise DateError("not a date in a known form")


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
    from framing.french import is_boilerplate_line

    lines = [ln.strip() for ln in text.split("\n") if ln.strip() and not is_boilerplate_line(ln)][:3]
    for ln in lines:
        n_words = len(ln.split())
        if 3 <= n_words <= 30 and len(ln) <= 200 and not ln.endswith("."):
            return ln
    return ""


def _from_folder(folder: Path, metadata, problems) -> pd.DataFrame:
    listing = _folder_listing(folder, metadata, problems)
    if listing is None:
        return _empty_frame()
    meta_name, named = listing
    return _read_listed(folder, sorted(named.items()), meta_name, problems)


def _folder_listing(folder: Path, metadata, problems):
    """``(meta_name, {file name: (line, metadata row)})`` of a corpus folder, or ``None``.

    Reads and checks the metadata once (every problem of the listing is added to
    ``problems``); reads no text.
    """
    if metadata is None:
        meta_path = folder / "metadata.csv"
        if not meta_path.is_file():
            problems.add(meta_path, 0, "missing metadata.csv: add a CSV with columns file, outlet, date, event")
            return None
        meta_name = str(meta_path)
        rows = _read_metadata_csv(meta_path, problems)
    elif isinstance(metadata, pd.DataFrame):
        meta_name = "<metadata DataFrame>"
        fields = _canonical_header([str(c) for c in metadata.columns],
                                   ("file", "doc_id", "outlet", "date", "event", "title"), meta_name, problems)
        rows = None
        if fields is not None:
            meta = metadata.set_axis(fields, axis=1)
            rows = [(i + 2, {k: ("" if _missing(v) else str(v)) for k, v in r.items()})
                    for i, r in enumerate(meta.to_dict("records"))]
            if not ({"file", "doc_id"} & set(fields)) or "outlet" not in fields:
                problems.add(meta_name, 1, "metadata needs columns 'file' (or 'doc_id') and 'outlet'; it has "
                                           f"{list(metadata.columns)}")
                rows = None
    else:
        meta_name = str(metadata)
        rows = _read_metadata_csv(Path(metadata), problems)
    if rows is None:
        return None

    txt_files = sorted(p.name for p in folder.glob("*.txt"))
    named = {}
    for line, row in rows:
        name = row.get("file", "").strip()
        if not name and row.get("doc_id", "").strip():  # no file column: the text is <doc_id>.txt
            name = row["doc_id"].strip() + ".txt"
        if not name:
            problems.add(meta_name, line, "empty 'file' value: name the article's .txt file")
            continue
        if not row.get("outlet", "").strip():
            problems.add(meta_name, line, f"{name!r} has no outlet: fill the 'outlet' column (write 'unknown' "
                                          "if it is not known); loaded with outlet ''")
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

    return meta_name, named


def _read_listed(folder: Path, entries, meta_name: str, problems) -> pd.DataFrame:
    """The articles of the listed files ``entries`` (``(name, (line, row))``, in order)."""
    records = []
    extra_cols: list[str] = []
    for name, (line, row) in entries:
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
            rec = {k: v for k, v in row.items() if k not in ("file", "date", "doc_id")}
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
    header, records = read_csv_records(text, path, problems)
    fields = _canonical_header(header, ("file", "doc_id", "outlet", "date", "event", "title"), path, problems)
    if fields is None:
        return None
    missing = [c for c in ("outlet",) if c not in fields] + ([] if {"file", "doc_id"} & set(fields) else ["file"])
    if missing:
        hint = _delimiter_hint(header)
        problems.add(path, 1, f"missing required column(s) {missing} (header has {header}): the header must "
                              "name at least 'file' (or 'doc_id', to read <doc_id>.txt) and 'outlet'" + hint)
        return None
    rows = []
    for line, rec in records:
        if len(rec) != len(fields):
            problems.add(path, line, f"has {len(rec)} fields where the header has {len(fields)}: check quoting; "
                                     "row left out")
            continue
        rows.append((line, dict(zip(fields, rec))))
    return rows


def _canonical_header(header: list[str], known, path, problems) -> list[str] | None:
    """Column names with spaces stripped; known names matched without regard to case.

    ``Date``, ``DATE`` and `` date `` all become ``date``; two columns that would
    both become the same name are a problem (``None`` is returned).
    """
    known = {k.lower(): k for k in known}
    out = []
    for name in header:
        clean = str(name).strip()
        out.append(known.get(clean.lower(), clean))
    seen: dict[str, str] = {}
    for orig, new in zip(header, out):
        if new in seen:
            problems.add(path, 1, f"columns {seen[new]!r} and {orig!r} both name {new!r} (names are read "
                                  "without regard to case or spaces): rename one")
            return None
        seen[new] = orig
    if "date" in known and "date" not in out:
        lookalikes = [h for h in header if "date" in str(h).lower()]
        if lookalikes:  # never leave every date empty without a word
            problems.add(path, 1, f"no 'date' column, but {lookalikes} looks like one: rename it 'date', "
                                  "or every date stays empty")
    return out


def _delimiter_hint(header: list[str]) -> str:
    if len(header) == 1 and any(d in header[0] for d in ";\t|"):
        return "; the header looks like one column: is the file separated by ';', tabs or '|'?"
    return ""


def sniff_delimiter(text: str, default: str = ",") -> str:
    """The delimiter of a CSV text, read from its header line: ``,``, ``;``, tab or ``|``.

    The character (outside quotes) that occurs most often in the first line wins;
    ``default`` when none occurs.

    >>> sniff_delimiter("file;outlet;date\\na.txt;Le Monde;02/05/2017\\n")
    ';'
    """
    first = text.split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", first)
    counts = {d: unquoted.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: (counts[d], d == default))
    return best if counts[best] else default


def _lines(text: str) -> list[str]:
    """Lines with their ``\\n``, split on ``\\n`` only (U+2028, U+2029 and \\x1c.. stay inside a line)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def read_csv_records(text: str, path, problems, *, delimiter: str | None = None) -> tuple[list[str], list]:
    """Parse CSV text strictly; return the header and ``(line, fields)`` per record.

    A record with an unterminated or stray quote (which a lenient reader would
    merge with every following line into one field) is a problem naming the line
    where it starts; reading resumes on the next line, so the other records are kept.
    The delimiter is sniffed from the header line (:func:`sniff_delimiter`) unless given.
    """
    delimiter = delimiter or sniff_delimiter(text)
    lines = _lines(text)
    records: list[tuple[int, list[str]]] = []
    i = 0
    while i < len(lines):
        pos = [i]

        def feed(pos=pos):
            while pos[0] < len(lines):
                pos[0] += 1
                yield lines[pos[0] - 1]

        start = i
        try:
            for rec in csv.reader(feed(), delimiter=delimiter, strict=True):
                if rec:
                    records.append((start + 1, rec))
                start = pos[0]
            break
        except csv.Error as exc:
            what = ("a quoted field is never closed" if "unexpected end of data" in str(exc)
                    else f"malformed quoting ({exc})")
            problems.add(path, start + 1, f"{what} in the record starting on this line; the record is left "
                                          "out and reading resumes on the next line: close the quote or "
                                          'double it ("") inside a quoted field')
            i = start + 1
    header = records.pop(0)[1] if records else []
    return header, records


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
        # JSON Lines are separated by \n only: U+2028/U+2029 may appear raw inside JSON strings
        # (json.dumps(ensure_ascii=False) writes them so), and str.splitlines would cut there.
        for no, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.add(path, no, f"not valid JSON ({exc.msg} at column {exc.colno}): each line must be "
                                       "one JSON object")
                continue
            if not isinstance(value, dict):
                problems.add(path, no, f"a JSON {type(value).__name__}, not an object: each line must be one "
                                       'JSON object such as {"doc_id": ..., "outlet": ..., "text": ...}')
                continue
            rows.append(value)
            lines.append(no)
        table = pd.DataFrame(rows)
        table.attrs["lines"] = lines
        return table, 1
    raw = path.read_bytes()
    text = decode(raw, path, problems)
    if text is None:
        return pd.DataFrame(), 2
    header, records = read_csv_records(text, path, problems, delimiter="\t" if suffix == ".tsv" else None)
    rows, lines = [], []
    for line, rec in records:
        if len(rec) != len(header):
            problems.add(path, line, f"has {len(rec)} fields where the header has {len(header)}: check quoting "
                                     f"and the delimiter{_delimiter_hint(header)}; row left out")
        else:
            rows.append(rec)
            lines.append(line)
    table = pd.DataFrame(rows, columns=header, dtype=object)
    table.attrs["lines"] = lines
    return table, 2


def _from_table(table: pd.DataFrame, name: str, text_col: str, id_col: str, problems, line_base: int):
    lines = table.attrs.get("lines") or list(range(line_base, line_base + len(table)))
    header = [str(c) for c in table.columns]
    fields = _canonical_header(header, (text_col, id_col, "outlet", "date", "event", "title"), name, problems)
    if fields is None:
        return _empty_frame()
    table = table.set_axis(fields, axis=1)
    if text_col not in table.columns:
        problems.add(name, 1 if line_base == 2 else 0,
                     f"missing required column {text_col!r} (columns: {header}): "
                     "pass text_col= to name the text column" + _delimiter_hint(header))
        return _empty_frame()
    table = table.reset_index(drop=True)
    if id_col in table.columns:
        ids = table[id_col].map(lambda v: "" if _missing(v) else str(v))
    else:
        ids = pd.Series([f"row-{i}" for i in range(1, len(table) + 1)])
    keep = []
    dates = []
    for i, (line, text) in enumerate(zip(lines, table[text_col])):
        if not _missing(text) and not isinstance(text, str):
            problems.add(name, line, f"article {ids[i]!r}: {text_col!r} is a {type(text).__name__} "
                                     f"({str(text)[:40]!r}), not a string: store the article text as text")
            continue
        if _missing(text) or not str(text).strip():
            problems.add(name, line, f"article {ids[i]!r} has an empty {text_col!r}: fill it or remove the row")
            continue
        if not ids[i]:
            problems.add(name, line, f"empty {id_col!r}: give every article an id")
            continue
        if "outlet" in table.columns and (_missing(table["outlet"][i]) or not str(table["outlet"][i]).strip()):
            problems.add(name, line, f"article {ids[i]!r} has no outlet: fill the 'outlet' column (write "
                                     "'unknown' if it is not known); loaded with outlet ''")
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




# ---------------------------------------------------------------------------------------------
# Dask: the same loading, partition by partition (see "Dask" in the module documentation)
def _is_dask(obj) -> bool:
    from framing.engine import is_dask

    return is_dask(obj)


def _finish_partition(frame: pd.DataFrame, problems: _Problems, errors: str, columns=None) -> pd.DataFrame:
    frame = _check_ids(frame, problems).reset_index(drop=True)
    table = problems.frame()
    if len(table) and errors == "raise":
        raise CorpusError(table)
    if columns is not None:
        for col in columns:
            if col not in frame.columns:
                frame[col] = ""
        frame = frame[list(columns)]
    frame.attrs = {}
    return attach(frame, problems.rows, columns=PROBLEM_COLUMNS)


def _new_problems(dates) -> _Problems:
    problems = _Problems()
    problems.dates = dict(dates)
    return problems


def _folder_partition(item, folder, meta_name, errors, columns, dates):
    entries, early = item  # the partition's files with their metadata rows, read once by _dask_folder
    problems = _new_problems(dates)
    for row in early:
        problems.add(*row)
    frame = _read_listed(folder, entries, meta_name, problems)
    return _finish_partition(frame, problems, errors, columns)


def _table_partition(part, name, text_col, id_col, errors, starts, early, dates, partition_info=None):
    number = partition_info["number"] if partition_info else 0
    start = starts[number] if number < len(starts) else 0
    problems = _new_problems(dates)
    for row in (early if number == 0 else ()):
        problems.add(*row)
    part = part.reset_index(drop=True)
    if id_col not in part.columns:  # the row numbers of the whole table, as with pandas
        part[id_col] = [f"row-{start + i}" for i in range(1, len(part) + 1)]
    frame = _from_table(part, name, text_col, id_col, problems, line_base=start + 1)
    return _finish_partition(frame, problems, errors)


def _load_dask(source, *, metadata, text_col, id_col, errors, dates):
    import dask
    import dask.dataframe as dd

    from framing.engine import is_dask

    with dask.config.set({"dataframe.convert-string": False}):  # str columns stay object, as with pandas
        if is_dask(source):
            return _dask_table(source, "<Dask DataFrame>", text_col, id_col, errors, dates)
        path = None if isinstance(source, pd.DataFrame) else Path(source)
        if path is not None and path.is_dir() and (
                metadata is not None or (path / "metadata.csv").is_file() or any(path.glob("*.txt"))):
            return _dask_folder(path, metadata, errors, dates)
        if path is not None and (path.suffix.lower() == ".parquet" or (path.is_dir() and any(path.glob("*.parquet")))):
            return _dask_table(dd.read_parquet(path), str(path), text_col, id_col, errors, dates)
        # any other source: loaded with pandas, then cut into partitions
        from framing.engine import partitioned

        corpus = load_corpus(source, metadata=metadata, text_col=text_col, id_col=id_col, errors=errors, **dates)
        return partitioned(corpus, size=FILES_PER_PARTITION)


def _dask_folder(folder: Path, metadata, errors, dates):
    import dask.dataframe as dd

    early = _new_problems(dates)
    listing = _folder_listing(folder, metadata, early)  # the metadata read and checked once, here
    if early.rows and errors == "raise":
        raise CorpusError(early.frame())
    meta_name, named = listing if listing is not None else ("", {})
    # every listed .txt file under the folder (metadata may name files in subfolders); unlisted ones
    # are not read. Each partition gets its own files' metadata rows: no task reads the whole listing.
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.txt"))
    entries = [(name, named[name]) for name in files if name in named]
    chunks = [entries[i:i + FILES_PER_PARTITION] for i in range(0, len(entries), FILES_PER_PARTITION)] or [[]]
    # the columns: those of the first partition, read now (extra metadata columns included)
    first = _read_listed(folder, chunks[0], meta_name, _new_problems(dates))
    columns = list(first.columns)
    meta = first.iloc[:0].copy()
    meta.attrs = {}
    items = [(chunk, early.rows if i == 0 else []) for i, chunk in enumerate(chunks)]
    return dd.from_map(_folder_partition, items, folder=folder, meta_name=meta_name, errors=errors,
                       columns=columns, dates=dates, meta=meta, enforce_metadata=False)


def _dask_table(table, name, text_col, id_col, errors, dates):
    import dask

    early = _new_problems(dates)
    if text_col not in table.columns:
        early.add(name, 0, f"missing required column {text_col!r} (columns: {list(table.columns)}): "
                           "pass text_col= to name the text column")
        raise CorpusError(early.frame())
    if id_col in table.columns:
        parts = dask.compute(*table[id_col].to_delayed())
        lengths = [len(p) for p in parts]
        ids = pd.concat(parts, ignore_index=True).map(lambda v: "" if _missing(v) else str(v))
        counts = ids[ids != ""].value_counts()
        for doc_id in sorted(counts[counts > 1].index):
            early.add(name, 0, f"duplicate doc_id {doc_id!r} ({counts[doc_id]} rows, in different partitions "
                               f"or not): ids must be unique; all {counts[doc_id]} rows left out")
        dup = frozenset(counts[counts > 1].index)
        if dup:
            if errors == "raise":
                raise CorpusError(early.frame())
            table = table[~table[id_col].astype(str).isin(list(dup))]
            parts = dask.compute(*table[id_col].to_delayed())
            lengths = [len(p) for p in parts]
    else:
        lengths = [int(n) for n in table.map_partitions(len).compute()]
    starts = [0]
    for n in lengths[:-1]:
        starts.append(starts[-1] + int(n))
    meta_part = table._meta.iloc[:0].copy()
    meta = _table_partition(meta_part, name, text_col, id_col, "report", [0], [], dates)
    meta.attrs = {}
    return table.map_partitions(_table_partition, name, text_col, id_col, errors, starts, early.rows, dates,
                                meta=meta, enforce_metadata=False, align_dataframes=False)
