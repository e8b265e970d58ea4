"""Run a per-article stage in this process (pandas) or partition by partition on Dask.

Every per-article stage of ``framing`` (quotes, framing phrases, tone) is a pure
map over the rows of the corpus table, so a corpus too large for one process can
be cut into partitions (blocks of articles) and each partition handed to the
stage on its own, on the cores of a laptop or the nodes of a cluster. This module
holds that machinery, so that each stage needs only a two-line hook::

    if engine.is_dask(corpus):
        return engine.map_articles(extract_quotes, corpus, meta=_empty_quotes(), actors=actors)

* :func:`is_dask`: is this a Dask collection (without importing Dask when it is not)?
* :func:`map_articles`: ``corpus.map_partitions(func)`` with an explicit ``meta`` (the
  empty result: same columns, same dtypes), each partition's result cast to
  exactly those dtypes, progress bars off on the workers.
* :func:`compute`: compute a Dask result into one pandas table **and gather the
  problems** every partition reported (see *Problems* below).
* ``framing.concat`` (:func:`framing.diagnostics.concat`) joins pandas results and
  their problems; :func:`compute` uses it.
* :func:`sample`: a seeded random sample of articles that does not depend on the
  engine or on the partitions (the same articles with pandas and with Dask).
* :func:`partitioned`: a pandas table as a Dask DataFrame, dtypes and problems kept.
* :func:`get_client`: connect to a Dask scheduler, or start a ``LocalCluster``.

Problems
--------
A pandas result carries the problems it met in ``attrs["problems"]`` (unclosed
quote marks, unreadable files ...). A Dask DataFrame has no ``attrs``; each of
its partitions still carries its own. ``framing.engine.compute(result)`` computes
the partitions, joins their problems and puts them on the pandas table it
returns, in partition order (read them with ``framing.problems(table)``); plain
``result.compute()`` returns the same rows **without** the problems (Dask's own
concatenation drops ``attrs``). Problems found before any partition is read (e.g.
a file missing from ``metadata.csv``) are carried by the first partition. No
separate pass over the articles is needed: the problems travel with the rows.

Examples
--------
>>> import pandas as pd
>>> is_dask(pd.DataFrame())
False
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pandas as pd

from framing.diagnostics import concat

__all__ = ["is_dask", "map_articles", "compute", "sample", "partitioned", "get_client"]

_PROBLEM_ATTRS = ("problems", "problem_columns")


def is_dask(obj) -> bool:
    """True when ``obj`` is a Dask collection (a Dask DataFrame, Series, Bag ...).

    Dask is imported only if it already is, so pandas users never pay for it.

    >>> is_dask([1, 2]), is_dask(pd.Series([1]))
    (False, False)
    """
    if "dask" not in sys.modules:
        return False
    from dask.base import is_dask_collection

    return bool(is_dask_collection(obj))


def _dask_frame(obj) -> bool:
    if not is_dask(obj):
        return False
    import dask.dataframe as dd

    return isinstance(obj, dd.DataFrame)


def compute(obj, **kwargs):
    """Compute a Dask result into pandas, gathering the problems of every partition.

    A pandas object is returned unchanged. A Dask DataFrame is computed partition
    by partition (on the current Dask client, if any) and the partitions joined
    with ``framing.concat``, so ``framing.problems(table)`` lists what every partition
    reported. Any other Dask collection is computed with ``dask.compute``.

    ``kwargs`` go to ``dask.compute`` (e.g. ``scheduler="synchronous"``).
    """
    if not is_dask(obj):
        return obj
    import dask

    if not _dask_frame(obj):
        return dask.compute(obj, **kwargs)[0]
    parts = dask.compute(*obj.to_delayed(), **kwargs)
    meta = obj._meta
    if not parts:
        return meta.copy()
    out = concat(parts)
    kept = {k: out.attrs.pop(k) for k in _PROBLEM_ATTRS if k in out.attrs}
    # Dask may turn object strings into its own string dtype on the way: back to the declared dtypes
    out = out.astype(meta.dtypes.to_dict())
    if out.index.dtype != meta.index.dtype:
        out.index = out.index.astype(meta.index.dtype)
    out.attrs.update(kept)
    return out


def _draw(doc_ids, random_state: int):
    """A uniform number in [0, 1) per doc_id, from a hash of (random_state, doc_id)."""
    import hashlib

    import numpy as np

    seed = str(int(random_state)).encode("ascii") + b"\x00"
    out = np.empty(len(doc_ids))
    for i, doc_id in enumerate(doc_ids):
        digest = hashlib.blake2b(seed + str(doc_id).encode("utf-8", "surrogatepass"), digest_size=8).digest()
        out[i] = int.from_bytes(digest, "little") / 2.0**64
    return out


def _sample_partition(part: pd.DataFrame, fraction: float, random_state: int) -> pd.DataFrame:
    keep = _draw(part["doc_id"].tolist(), random_state) < fraction
    return part[keep]


def sample(corpus, size: int | None, *, random_state: int = 0, columns=None) -> pd.DataFrame:
    """A seeded random sample of about ``size`` articles, as a pandas table in corpus order.

    Each article is kept when a hash of ``(random_state, doc_id)``, read as a number in
    [0, 1), is below ``size / n`` (Bernoulli sampling): the sample depends only on the
    ids and the seed, never on the engine or the partitions, so a pandas corpus and
    the same corpus on Dask give the same articles. Its size is about ``size`` (within
    a few ``sqrt(size)``); the whole corpus when ``size`` is None or ``>= n``.

    Parameters
    ----------
    corpus : DataFrame or dask.dataframe.DataFrame
        Needs a ``doc_id`` column.
    size : int or None
        Expected number of articles.
    random_state : int
        Seed of the draw.
    columns : list of str, optional
        Columns to keep (all by default); only these are read from a Dask corpus.

    Returns
    -------
    pandas.DataFrame
        The sampled rows (index reset), columns as asked.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": [f"a{i}" for i in range(1000)], "text": ["Bonjour."] * 1000})
    >>> picked = sample(corpus, 100, random_state=1)
    >>> 60 < len(picked) < 140, picked["doc_id"].equals(sample(corpus, 100, random_state=1)["doc_id"])
    (True, True)
    """
    if columns is not None:
        corpus = corpus[list(dict.fromkeys(["doc_id", *columns]))]
    n = int(corpus.map_partitions(len).compute().sum()) if is_dask(corpus) else len(corpus)
    if size is None or int(size) >= n:
        out = compute(corpus)
        return out.reset_index(drop=True)
    fraction = int(size) / n
    if is_dask(corpus):
        picked = compute(corpus.map_partitions(_sample_partition, fraction, int(random_state),
                                               meta=corpus._meta))
    else:
        picked = _sample_partition(corpus, fraction, int(random_state))
    return picked.reset_index(drop=True)


def _run_partition(part: pd.DataFrame, func: Callable, dtypes: dict, kwargs: dict, names=(), *partners):
    kwargs = dict(kwargs, **dict(zip(names, partners)))  # Dask options: their partition of these articles
    out = func(part, **kwargs)
    attrs = dict(out.attrs)
    out.attrs = {}
    columns = list(dtypes)
    if list(out.columns) != columns:
        out = out[columns]
    out = out.astype(dtypes)
    out.attrs = attrs
    return out


def map_articles(func: Callable, corpus, *, meta: pd.DataFrame, progress_arg: str | None = "progress", **kwargs):
    """Run a per-article stage on every partition of a Dask corpus.

    Parameters
    ----------
    func : callable
        The stage's public function, ``func(corpus_partition, **kwargs) -> DataFrame``
        (for example :func:`framing.extract_quotes`). It sees an ordinary pandas
        corpus table holding some of the articles.
    corpus : dask.dataframe.DataFrame
        The corpus (see :func:`framing.load_corpus` with ``engine="dask"``).
    meta : DataFrame
        The result for no article: its columns and dtypes are those of the result,
        and every partition's result is cast to them.
    progress_arg : str or None
        Name of the stage's progress-bar option, set to ``False`` on the workers
        (``None`` when the stage has none).
    **kwargs
        Further options of ``func`` (dictionaries, lexicons ...), sent to every task. A
        Dask DataFrame made from the same corpus partition by partition (e.g. the quotes
        that :func:`framing.find_phrases` takes) is passed partition by partition: each
        task gets the rows of its own articles.

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy result, one partition per corpus partition, columns and dtypes of ``meta``.
        Compute it with :func:`compute` to keep the problems of every partition.
    """
    if not _dask_frame(corpus):
        raise TypeError(f"map_articles expects a Dask DataFrame, not {type(corpus).__name__}")
    if progress_arg:
        kwargs[progress_arg] = False
    meta = meta.iloc[:0].copy()
    meta.attrs = {}
    dtypes = meta.dtypes.to_dict()
    partners = {k: v for k, v in kwargs.items() if _dask_frame(v)}
    for name, value in partners.items():
        if value.npartitions != corpus.npartitions:
            raise ValueError(f"{name} has {value.npartitions} partitions and the corpus {corpus.npartitions}: pass "
                             f"a table made from this corpus partition by partition, or a pandas table")
    static = {k: v for k, v in kwargs.items() if k not in partners}
    return corpus.map_partitions(_run_partition, func, dtypes, static, list(partners), *partners.values(),
                                 meta=meta, enforce_metadata=False, align_dataframes=False)


def _identity(part):
    return part


def partitioned(corpus: pd.DataFrame, *, size: int = 1000):
    """A pandas corpus (or result table) as a Dask DataFrame of ``size`` rows per partition.

    Columns and dtypes are kept exactly (no conversion of strings to Dask's string
    type); the first partition carries the table's problems (``framing.problems``).
    """
    import dask
    import dask.dataframe as dd

    from framing.diagnostics import attach, problems

    found = problems(corpus)
    columns = list(found.columns) or corpus.attrs.get("problem_columns") or ["problem"]
    parts = []
    for i, lo in enumerate(range(0, max(len(corpus), 1), int(size))):
        part = corpus.iloc[lo:lo + int(size)].copy()
        part.attrs = {}
        parts.append(attach(part, found.to_dict("records") if i == 0 else [], columns=columns))
    meta = corpus.iloc[:0].copy()
    meta.attrs = {}
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_map(_identity, parts, meta=meta, enforce_metadata=False)


def get_client(scheduler: str | None = None, *, workers: int | None = None, threads_per_worker: int = 1,
               **cluster_kwargs):
    """A Dask ``distributed.Client``: on an existing scheduler, or on a new ``LocalCluster``.

    Parameters
    ----------
    scheduler : str, optional
        Address of a running scheduler (``tcp://10.0.0.5:8786``, or the
        ``scheduler_address`` of a dask-jobqueue cluster). When given, ``workers`` is
        ignored: the cluster already has its workers.
    workers : int, optional
        Worker processes of the new ``LocalCluster`` (default: one per core).
    threads_per_worker : int
        Threads per local worker; 1 by default, because the stages are pure Python and
        hold the GIL: parallelism comes from processes.
    **cluster_kwargs
        Further ``LocalCluster`` options (``memory_limit=``, ``dashboard_address=`` ...).

    Returns
    -------
    distributed.Client
        Call ``client.close()`` (and ``client.cluster.close()`` for a local cluster)
        when done, or use it as a context manager.
    """
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    import os

    n = int(workers) if workers else (os.cpu_count() or 1)
    if n < 1:
        raise ValueError(f"workers must be at least 1, not {workers!r}")
    import dask

    # The stages are pure Python holding the GIL: the workers' statistical profiler (a thread
    # sampling every task's stack every 10 ms) would take a share of each core from them.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        cluster = LocalCluster(n_workers=n, threads_per_worker=int(threads_per_worker), processes=True,
                               **cluster_kwargs)
    return Client(cluster)
