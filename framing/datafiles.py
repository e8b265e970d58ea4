"""Reading the package's data files (and a researcher's own) with errors naming file and line.

Every word list and table of the package (``framing/data/*.csv``, ``*.txt``) is read
the same way: the bundled file through :mod:`importlib.resources` by default, or a
user path, or (for tables) a DataFrame; blank lines and lines starting with ``#`` are
comments; every row keeps the number of its source line so that an error can say
where to look. Validation of the values stays with each loader.

>>> name, lines = read_lines(None, default="stopwords.txt")
>>> name, lines[0][0] > 0
('framing/data/stopwords.txt', True)
"""

from __future__ import annotations

import csv
import re
from importlib import resources
from pathlib import Path

import pandas as pd

__all__ = ["read_text", "read_lines", "read_table", "read_weights", "write_weights"]


def read_text(source: str | Path | None, *, default: str) -> tuple[str, str]:
    """Read a bundled data file (``source=None``) or a user file, as UTF-8.

    Parameters
    ----------
    source : str or Path, optional
        A user file; ``None`` for the bundled ``framing/data/<default>``.
    default : str
        File name under ``framing/data``.

    Returns
    -------
    (name, text)
        ``name`` is how errors should name the file (``framing/data/<default>`` or
        the user path as given).

    Raises
    ------
    OSError
        When the file cannot be read.

    Examples
    --------
    >>> read_text(None, default="cues.csv")[0]
    'framing/data/cues.csv'
    """
    if source is None:
        return f"framing/data/{default}", resources.files("framing").joinpath("data", default).read_text(
            encoding="utf-8")
    return str(source), Path(source).read_text(encoding="utf-8")


def data_lines(text: str) -> list[tuple[int, str]]:
    """``(line number, stripped line)`` of the lines of ``text`` that are neither blank nor comments.

    >>> data_lines("# a comment\\n\\n  le \\nla")
    [(3, 'le'), (4, 'la')]
    """
    out = []
    for i, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append((i, line))
    return out


def read_lines(source: str | Path | None, *, default: str) -> tuple[str, list[tuple[int, str]]]:
    """Read a one-item-per-line data file: ``(name, [(line number, stripped line)])``.

    Blank lines and lines starting with ``#`` are left out; see :func:`read_text` for
    ``source`` and ``default`` (an unreadable file raises ``OSError``).

    Examples
    --------
    >>> name, lines = read_lines(None, default="boilerplate.txt")
    >>> all(not line.startswith("#") for _, line in lines)
    True
    """
    name, text = read_text(source, default=default)
    return name, data_lines(text)


def read_table(source, *, default: str, required, what: str, columns=None, frame_name: str = "<DataFrame>",
               frame_rows: str = "line", ragged: bool = False) -> pd.DataFrame:
    """Read a CSV data table (bundled, user file or DataFrame) keeping where each row came from.

    Parameters
    ----------
    source : str, Path, DataFrame or None
        ``None`` for the bundled ``framing/data/<default>``; a CSV file (UTF-8, comma
        separated, a header line, blank lines and lines starting with ``#`` ignored,
        one record per line); or a table.
    default : str
        File name under ``framing/data``.
    required : list of str
        Columns that must be present (in the header or the DataFrame).
    what : str
        What the table is, for messages (``"actor dictionary"``, ``"cue table"``).
    columns : list of str, optional
        All the columns the table may have, listed in messages; ``required`` by default.
    frame_name : str
        How messages name a DataFrame source (``"actors DataFrame"``).
    frame_rows : {"line", "row"}
        How rows of a DataFrame are located in messages: ``"line"`` numbers them as
        the lines of the equivalent CSV file (first row = line 2), ``"row"`` counts
        them from 1.
    ragged : bool
        If True, a record with fewer fields than the header is padded with empty
        strings and a record whose fields are all blank is skipped; if False both
        are errors (the latter left to the caller's own checks). More fields than
        the header is always an error.

    Returns
    -------
    DataFrame
        The table's columns (header names stripped), all values ``str`` (missing
        values of a DataFrame become ``""``), index 0..n-1. ``attrs["name"]`` names the
        source and ``attrs["where"]`` lists, per row, its place (``"line 7"``), so that
        a caller reports ``f"{name}, {where[i]}: ..."``.

    Raises
    ------
    ValueError
        An unreadable or empty file, a header or DataFrame without a required
        column, or a record with the wrong number of fields; the message names the
        file and line.

    Examples
    --------
    >>> import pandas as pd
    >>> t = read_table(pd.DataFrame({"lemma": ["dire"], "kind": ["verb"]}), default="cues.csv",
    ...                required=["lemma", "kind"], what="cue table", frame_name="cues DataFrame")
    >>> t.attrs["name"], t.attrs["where"], t.loc[0, "lemma"]
    ('cues DataFrame', ['line 2'], 'dire')
    """
    required = list(required)
    columns = list(columns) if columns is not None else required
    if isinstance(source, pd.DataFrame):
        name = frame_name
        missing = [c for c in required if c not in source.columns]
        if missing:
            optional = [c for c in columns if c not in required]
            extra = f" ({', '.join(optional)} may be left out)" if optional else ""
            raise ValueError(f"{name}: missing column(s) {missing}; expected columns {','.join(columns)}{extra}")
        table = source.reset_index(drop=True).astype(object)
        table = table.where(table.notna(), "").map(str)
        first = 2 if frame_rows == "line" else 1
        where = [f"{frame_rows} {i + first}" for i in range(len(table))]
    else:
        try:
            name, text = read_text(source, default=default)
        except OSError as exc:
            raise ValueError(f"{source}: cannot read the {what}: {exc}") from None
        body = [(i, line) for i, line in enumerate(text.splitlines(), start=1)
                if line.strip() and not line.lstrip().startswith("#")]
        if not body:
            raise ValueError(f"{name}: empty {what}; it needs a header line {','.join(columns)}")
        head_no, head = body[0]
        header = [h.strip() for h in next(csv.reader([head]))]
        twice = sorted({h for h in header if header.count(h) > 1})
        if twice:
            raise ValueError(f"{name}, line {head_no}: column(s) {twice} appear more than once in the header")
        missing = [c for c in required if c not in header]
        if missing:
            raise ValueError(f"{name}, line {head_no}: the header is missing column(s) {missing}; expected "
                             f"{','.join(columns)}")
        rows, where = [], []
        for no, line in body[1:]:
            fields = next(csv.reader([line]))
            if ragged and not any(f.strip() for f in fields):
                continue
            if len(fields) > len(header) or (len(fields) < len(header) and not ragged):
                raise ValueError(f"{name}, line {no}: {len(fields)} fields where the header has "
                                 f"{len(header)} ({','.join(header)}); quote fields that contain commas")
            rows.append(fields + [""] * (len(header) - len(fields)))
            where.append(f"line {no}")
        table = pd.DataFrame(rows, columns=header, dtype=object)
    table.attrs["name"] = name
    table.attrs["where"] = where
    return table


def write_weights(path, settings: dict, table: pd.DataFrame, *, decimals: int = 4, keep=()) -> None:
    """Write a fitted model's weight file: ``# key=value ...`` on line 1, then the weight table.

    The numeric columns are rounded to ``decimals``; a row whose every weight rounds to 0 is left
    out unless its ``feature`` is in ``keep`` (the intercept and the other fixed terms).
    """
    w = table.copy()
    num = list(w.columns[1:])
    w[num] = w[num].round(decimals)
    kept = (w[num].abs() > 0).any(axis=1) | w["feature"].isin(list(keep))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("# " + " ".join(f"{k}={v}" for k, v in settings.items()) + "\n")
        w[kept].to_csv(fh, index=False)


def read_weights(fh, source: str, key: str) -> tuple[float, pd.DataFrame]:
    """The setting ``key`` of line 1 (``# key=value ...``) and the weight table of a model's weight file.

    >>> import io
    >>> value, table = read_weights(io.StringIO("# threshold=0.4 C=4\\nfeature,w\\na,1\\n"), "m.csv", "threshold")
    >>> value, list(table.columns)
    (0.4, ['feature', 'w'])
    """
    head = fh.readline()
    found = re.search(rf"{key}=([0-9.]+)", head)
    if not head.startswith("#") or found is None:
        raise ValueError(f"{source}, line 1: expected '# {key}=... C=... min_count=...', got {head[:60]!r}")
    return float(found.group(1)), pd.read_csv(fh, keep_default_na=False)
