"""Run every stage on a corpus and write its tables and figures.

``run(source, out=...)`` is the whole study in one call: load the corpus, run each
stage, compute the comparisons, write CSV tables and figures (PDF, SVG, PNG).
The command line (``framing run SOURCE --out DIR``) is a thin shell over it.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from framing.corpus import load_corpus

__all__ = ["run", "corpus_summary"]


def corpus_summary(corpus: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Articles per outlet and per date.

    Returns
    -------
    dict
        ``"articles_per_outlet"``: columns ``outlet, n_articles, n_chars, first_date, last_date``;
        ``"articles_per_date"``: columns ``date, outlet, n_articles``.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "text": ["un", "deux"],
    ...                   "date": pd.to_datetime(["2017-05-02", "2017-05-03"])})
    >>> corpus_summary(c)["articles_per_outlet"][["outlet", "n_articles"]].to_dict("records")
    [{'outlet': 'X', 'n_articles': 2}]
    """
    per_outlet = (
        corpus.assign(n_chars=corpus["text"].str.len())
        .groupby("outlet", sort=True)
        .agg(n_articles=("doc_id", "size"), n_chars=("n_chars", "sum"),
             first_date=("date", "min"), last_date=("date", "max"))
        .reset_index()
    )
    per_date = (
        corpus.assign(date=corpus["date"].dt.normalize())
        .groupby(["date", "outlet"], sort=True, dropna=False)
        .size()
        .rename("n_articles")
        .reset_index()
    )
    return {"articles_per_outlet": per_outlet, "articles_per_date": per_date}


def run(source, *, out="figures", tables=None, progress: bool = True) -> dict[str, pd.DataFrame]:
    """Run the pipeline on ``source`` and write tables and figures.

    Parameters
    ----------
    source : str or Path
        Anything :func:`framing.load_corpus` reads.
    out : str or Path
        Folder for figures (created if needed).
    tables : str or Path, optional
        Folder for CSV tables; ``<out>/tables`` by default.
    progress : bool
        Show progress bars on stderr.

    Returns
    -------
    dict of DataFrame
        Every table written, by name.
    """
    from framing import plots

    out = Path(out)
    tables = Path(tables) if tables is not None else out / "tables"
    out.mkdir(parents=True, exist_ok=True)
    tables.mkdir(parents=True, exist_ok=True)
    corpus = load_corpus(source)
    results = corpus_summary(corpus)
    for name, table in results.items():
        table.to_csv(tables / f"{name}.csv", index=False)
    with plots.figure_style():
        fig, ax = plots.new_figure("single")
        plots.plot_articles_per_outlet(results["articles_per_outlet"], ax=ax)
        plots.save_figure(fig, out / "articles_per_outlet")
    return results
