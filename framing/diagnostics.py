"""Problems met while loading or analysing articles, carried with every result table.

A result table (a corpus, quotes, phrases, topic shares, ...) keeps the problems met
while it was made in ``table.attrs["problems"]``: a list of plain records (dicts of
str/int), never a DataFrame, so that the table can be written with ``to_parquet``
(pandas stores ``attrs`` as JSON in the file's metadata) and concatenated with
``pd.concat``. :func:`problems` returns them as a DataFrame; :func:`concat` joins
result tables and their problems, so that none is lost when partitions are joined.

Examples
--------
>>> import pandas as pd
>>> t = attach(pd.DataFrame({"doc_id": ["a"]}), [{"doc_id": "a", "problem": "unclosed «"}],
...            columns=["doc_id", "problem"])
>>> problems(t)
  doc_id     problem
0      a  unclosed «
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

__all__ = ["attach", "problems", "concat"]


def _plain(value):
    """A JSON-able Python scalar for ``value`` (numpy ints and floats become int/float)."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


def attach(table: pd.DataFrame, rows: Iterable, *, columns: Sequence[str]) -> pd.DataFrame:
    """Store ``rows`` (dicts or tuples in ``columns`` order) as ``table.attrs["problems"]``.

    Returns ``table`` itself (changed in place), for chaining. The column names are kept in
    ``attrs["problem_columns"]`` so that an empty list still gives a typed empty table.
    """
    records = []
    for row in rows:
        if not isinstance(row, dict):
            row = dict(zip(columns, row))
        records.append({c: _plain(row.get(c)) for c in columns})
    table.attrs["problems"] = records
    table.attrs["problem_columns"] = list(columns)
    return table


def problems(table: pd.DataFrame) -> pd.DataFrame:
    """The problems recorded with a result table, as a DataFrame (empty when none).

    Parameters
    ----------
    table : DataFrame
        A table returned by ``framing`` (``load_corpus``, ``extract_quotes``,
        ``find_phrases``, ``TopicModel.transform``, ``topic_shares``, ...).

    Returns
    -------
    DataFrame
        One row per problem; the columns depend on the stage (for a corpus:
        ``source_file``, ``line``, ``problem``; for quotes: ``doc_id``, ``start``,
        ``problem``; for topics: ``doc_id``, ``problem``).
    """
    records = table.attrs.get("problems", [])
    if isinstance(records, pd.DataFrame):  # a table made by hand the old way
        return records
    columns = table.attrs.get("problem_columns")
    frame = pd.DataFrame(list(records), columns=columns)
    for c in frame.columns:
        if c in ("line", "start"):
            frame[c] = frame[c].astype("int64")
        else:
            frame[c] = frame[c].astype(object)
    return frame


def concat(tables: Sequence[pd.DataFrame], **kwargs) -> pd.DataFrame:
    """``pd.concat`` of result tables that also joins their problems (in order).

    ``pd.concat`` alone keeps ``attrs`` only when every table has the same ones; this
    keeps the problems of all of them. Keyword arguments go to ``pd.concat``.

    Examples
    --------
    >>> a = attach(pd.DataFrame({"x": [1]}), [("a", "p1")], columns=["doc_id", "problem"])
    >>> b = attach(pd.DataFrame({"x": [2]}), [("b", "p2")], columns=["doc_id", "problem"])
    >>> problems(concat([a, b], ignore_index=True))["doc_id"].tolist()
    ['a', 'b']
    """
    tables = list(tables)
    out = pd.concat(tables, **kwargs)
    columns = next((t.attrs["problem_columns"] for t in tables if "problem_columns" in t.attrs), None)
    records = [r for t in tables for r in problems(t).to_dict("records")]
    out.attrs = {k: v for k, v in (tables[0].attrs.items() if tables else []) if k not in ("problems", "problem_columns")}
    if columns is not None or records:
        attach(out, records, columns=columns or list(records[0]))
    return out
