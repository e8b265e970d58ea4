"""Run every stage on a corpus and write its tables, figures and ``report.html``.

``run(source, out=...)`` is the whole study in one call: load the corpus, extract
quotes and framing phrases, fit topics, compare outlets, then write every table
(CSV), every figure (PDF, SVG, PNG through :func:`framing.plots.save_figure`) and a
one-page ``report.html`` that embeds the figures and key tables, so it opens
offline. The command line (``framing run SOURCE --out DIR``) is a thin shell over it.

Figures written (the five families)
-----------------------------------
``articles_per_outlet``   the corpus: articles per group
``quote_shares``          who is quoted: share of quotes per side, 95% intervals
``phrase_polarity``       how it is framed: mean phrase polarity, and ``phrase_frames``
``outlet_tone``           how it is framed: mean article tone, journalist's phrases beside quoted ones
``topic_shares``          what it talks about: mean topic share per group
``keyness_<group>``       which words set each group apart (one figure per group)
"""

from __future__ import annotations

import base64
import html
import re
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd

from framing.corpus import load_corpus
from framing.diagnostics import problems

__all__ = ["run", "corpus_summary", "default_n_topics", "write_report"]


def corpus_summary(corpus: pd.DataFrame, *, by: str = "outlet") -> dict[str, pd.DataFrame]:
    """Articles per group (outlet) and per date.

    Returns
    -------
    dict
        ``"articles_per_outlet"``: columns ``<by>, n_articles, n_chars, first_date, last_date``;
        ``"articles_per_date"``: columns ``date, <by>, n_articles``.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "text": ["un", "deux"],
    ...                   "date": pd.to_datetime(["2017-05-02", "2017-05-03"])})
    >>> corpus_summary(c)["articles_per_outlet"][["outlet", "n_articles"]].to_dict("records")
    [{'outlet': 'X', 'n_articles': 2}]
    """
    per_outlet = (
        corpus.assign(n_chars=corpus["text"].str.len())
        .groupby(by, sort=True)
        .agg(n_articles=("doc_id", "size"), n_chars=("n_chars", "sum"),
             first_date=("date", "min"), last_date=("date", "max"))
        .reset_index()
    )
    per_date = (
        corpus.assign(date=corpus["date"].dt.normalize())
        .groupby(["date", by], sort=True, dropna=False)
        .size()
        .rename("n_articles")
        .reset_index()
    )
    return {"articles_per_outlet": per_outlet, "articles_per_date": per_date}


def default_n_topics(n_articles: int) -> int:
    """The number of topics ``run`` fits when none is given: √n, kept within 3..10.

    A starting point only; use :func:`framing.choose_k` to decide for a real study.

    >>> default_n_topics(5), default_n_topics(40), default_n_topics(3000)
    (3, 6, 10)
    """
    return int(np.clip(round(np.sqrt(max(n_articles, 1))), 3, 10))


def _slug(name: str) -> str:
    """A file-name-safe form of a group name.

    >>> _slug("L'Écho du Sud"), _slug("RT en français")
    ('l-echo-du-sud', 'rt-en-francais')
    """
    ascii_name = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^0-9a-zA-Z]+", "-", ascii_name).strip("-").lower()
    return slug or "group"


def run(source, *, out="figures", tables=None, by: str = "outlet", n_boot: int = 1000,
        n_topics: int | None = None, random_state: int = 0, progress: bool = True) -> dict[str, pd.DataFrame]:
    """Run the pipeline on ``source``; write tables, figures and ``report.html``.

    Parameters
    ----------
    source : str, Path or DataFrame
        Anything :func:`framing.load_corpus` reads.
    out : str or Path
        Folder for figures and ``report.html`` (created if needed).
    tables : str or Path, optional
        Folder for CSV tables; ``<out>/tables`` by default.
    by : str
        Corpus column that defines the groups compared (the outlet by default).
    n_boot : int
        Bootstrap resamples for every interval.
    n_topics : int, optional
        Number of topics; :func:`default_n_topics` of the corpus size by default.
    random_state : int
        Seed for the topic model and every bootstrap: the same seed gives the same
        tables and byte-identical figures.
    progress : bool
        Show progress bars on stderr.

    Returns
    -------
    dict of DataFrame
        Every table written, by name (the CSV file names without ``.csv``).

    Examples
    --------
    From the root of the repository (the test suite runs this on the seeds)::

        results = run("seeds", out="figures", n_boot=1000)
        results["quote_shares"]      # also in figures/tables/quote_shares.csv
    """
    from framing import compare, plots
    from framing.phrases import article_tone, candidate_phrases, find_phrases
    from framing.quotes import extract_quotes
    from framing.topics import fit_topics

    out = Path(out)
    tables_dir = Path(tables) if tables is not None else out / "tables"
    out.mkdir(parents=True, exist_ok=True)
    tables_dir.mkdir(parents=True, exist_ok=True)

    corpus = load_corpus(source) if not isinstance(source, pd.DataFrame) else source
    if by not in corpus.columns:
        raise ValueError(f"by={by!r} is not a column of the corpus; it has {list(corpus.columns)}")
    results: dict[str, pd.DataFrame] = dict(corpus_summary(corpus, by=by))
    small = len(corpus) < 50

    # --- stages: one map over articles each --------------------------------------------------
    quotes = extract_quotes(corpus, progress=progress)
    results["quotes"] = quotes
    results["quote_problems"] = problems(quotes)
    phrases = find_phrases(corpus, quotes=quotes, progress=progress)
    results["phrases"] = phrases
    results["article_tone"] = article_tone(phrases, corpus)
    results["candidate_phrases"] = candidate_phrases(corpus, by=by, min_count=2, top=30, progress=progress)
    k = n_topics or default_n_topics(len(corpus))
    model = fit_topics(corpus, k, random_state=random_state, progress=progress)
    theta = model.theta_
    results["topic_words"] = model.top_words(10)
    results["doc_topics"] = theta.reset_index()

    # --- comparisons ------------------------------------------------------------------------
    results["quote_shares"] = compare.quote_shares(quotes, corpus, by=by, n_boot=n_boot, random_state=random_state)
    assoc = None
    if quotes["side"].nunique() >= 2 and corpus[by].nunique() >= 2:
        import warnings

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assoc = compare.association(results["quote_shares"], rows=by, columns="side")
        results["association"] = assoc.table.assign(
            warning="; ".join(sorted({str(w.message) for w in caught})))
        results["association_residuals"] = assoc.residuals_long()
    results["phrase_polarity"] = compare.phrase_polarity(phrases, corpus, by=by, n_boot=n_boot,
                                                         random_state=random_state)
    results["outlet_tone"] = compare.outlet_tone(results["article_tone"], corpus, by=by, n_boot=n_boot,
                                                 random_state=random_state)
    results["topic_shares"] = compare.topic_shares(theta, corpus, by=by, n_boot=n_boot, random_state=random_state)
    results["keyness"] = compare.keyness(corpus, by=by, min_count=2 if small else 5, top=20, progress=progress)

    for name, table in results.items():
        table.to_csv(tables_dir / f"{name}.csv", index=False)

    # --- figures ----------------------------------------------------------------------------
    figures: list[tuple[str, str, str]] = []  # (stem, title, caption)
    n_groups = corpus[by].nunique()
    with plots.figure_style():
        import matplotlib.pyplot as plt

        def save(fig, stem, title, caption):
            plots.save_figure(fig, out / stem)
            plt.close(fig)
            figures.append((stem, title, caption))

        fig, ax = plots.new_figure("single", height_cm=plots.height_cm_for(n_groups))
        plots.plot_articles_per_outlet(results["articles_per_outlet"], ax=ax, by=by)
        save(fig, "articles_per_outlet", "The corpus", "Number of articles per group.")

        fig, ax = plots.new_figure("double", height_cm=plots.height_cm_for(n_groups * 3))
        plots.plot_quote_shares(results["quote_shares"], ax=ax, by=by)
        save(fig, "quote_shares", "Who is quoted",
             "Share of each group's quotes by the speaker's side; whiskers: 95% bootstrap intervals "
             "resampling articles within the group.")

        fig, ax = plots.new_figure("single", height_cm=plots.height_cm_for(n_groups))
        plots.plot_phrase_polarity(results["phrase_polarity"], ax=ax, by=by, measure="polarity")
        save(fig, "phrase_polarity", "How it is framed: polarity",
             "Mean polarity of the framing phrases found in each group (−1 negative … +1 positive); "
             "whiskers: 95% article-bootstrap intervals.")

        fig, ax = plots.new_figure("double", height_cm=plots.height_cm_for(n_groups * 2))
        plots.plot_phrase_polarity(results["phrase_polarity"], ax=ax, by=by, measure="frames")
        save(fig, "phrase_frames", "How it is framed: conflict or cooperation",
             "Share of each group's framing phrases in the conflict and cooperation frames; whiskers: 95% intervals.")

        fig, ax = plots.new_figure("double", height_cm=plots.height_cm_for(n_groups * 2))
        plots.plot_outlet_tone(results["outlet_tone"], ax=ax, by=by)
        save(fig, "outlet_tone", "How it is framed: tone, and in whose voice",
             "Mean article tone toward the relation (framing phrases, net polarity weighted by strength and "
             "shrunk toward 0 for articles with few phrases; −1 cold … +1 warm), from the journalist's own "
             "phrases and from the phrases inside quotes; whiskers: 95% article-bootstrap intervals.")

        fig, ax = plots.new_figure("double", height_cm=plots.height_cm_for(n_groups) + 1.5)
        plots.plot_topic_shares(results["topic_shares"], ax=ax, by=by, labels=model.topic_labels_)
        save(fig, "topic_shares", "What it talks about",
             f"Mean share of each of {k} topics (LDA, labels from top words) in each group's articles; "
             "whiskers: 95% article-bootstrap intervals.")

        for group in sorted(results["keyness"]["group"].unique(), key=str):
            rows = results["keyness"][results["keyness"]["group"] == group]
            fig, ax = plots.new_figure("single", height_cm=plots.height_cm_for(min(len(rows), 15)))
            plots.plot_keyness(results["keyness"], ax=ax, group=group)
            save(fig, f"keyness_{_slug(group)}", f"Key words: {group}",
                 "Words over-represented in this group against all others (log-likelihood G², "
                 "Benjamini–Hochberg adjusted).")

    write_report(out / "report.html", corpus=corpus, results=results, figures=figures, out=out,
                 association=assoc, by=by, n_topics=k)
    return results


# ---------------------------------------------------------------------------------------------
_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;
color:#222;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #ddd}
figure{margin:1rem 0}figure img{max-width:100%;height:auto}figcaption{font-size:.85rem;color:#555}
table{border-collapse:collapse;font-size:.8rem;margin:.6rem 0}th,td{border-bottom:1px solid #e4e4e4;
padding:.2rem .5rem;text-align:left;vertical-align:top}th{background:#f6f6f6}
.note{font-size:.85rem;color:#555}.warn{color:#8a4b00}
"""


def _table_html(df: pd.DataFrame, *, max_rows: int = 30, floatfmt: str = "{:.3g}") -> str:
    if df is None or len(df) == 0:
        return "<p class='note'>(no rows)</p>"
    shown = df.head(max_rows).copy()
    for col in shown.columns:
        if pd.api.types.is_float_dtype(shown[col]):
            shown[col] = shown[col].map(lambda v: "" if pd.isna(v) else floatfmt.format(v))
        elif pd.api.types.is_datetime64_any_dtype(shown[col]):
            shown[col] = shown[col].dt.strftime("%Y-%m-%d").fillna("")
    more = f"<p class='note'>{len(df) - max_rows} more rows in the CSV table.</p>" if len(df) > max_rows else ""
    return shown.to_html(index=False, escape=True, border=0) + more


def write_report(path, *, corpus, results, figures, out, association=None, by="outlet", n_topics=None) -> Path:
    """Write the one-page HTML report (figures embedded as PNG data, so it opens offline)."""
    out = Path(out)
    esc = html.escape
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>framing report</title>"
             f"<style>{_CSS}</style></head><body>",
             "<h1>framing report</h1>",
             f"<p>{len(corpus)} articles from {corpus[by].nunique()} groups (<code>{esc(by)}</code>), "
             f"{len(results['quotes'])} quotes, {len(results['phrases'])} framing phrases, "
             f"{n_topics} topics. Tables are in the <code>tables/</code> CSV files.</p>"]

    def figure(stem):
        for s, title, caption in figures:
            if s == stem:
                data = base64.b64encode((out / f"{s}.png").read_bytes()).decode("ascii")
                return (f"<figure><img alt='{esc(title)}' src='data:image/png;base64,{data}'>"
                        f"<figcaption><b>{esc(title)}.</b> {esc(caption)} Files: {esc(s)}.pdf / .svg / .png"
                        f"</figcaption></figure>")
        return ""

    parts += ["<h2>1. The corpus</h2>", figure("articles_per_outlet"),
              _table_html(results["articles_per_outlet"])]
    load_problems = problems(corpus)
    if len(load_problems):
        parts += ["<p class='warn'>Problems while loading:</p>", _table_html(load_problems)]

    parts += ["<h2>2. Who is quoted</h2>", figure("quote_shares"),
              _table_html(results["quote_shares"], max_rows=60)]
    if association is not None:
        table = results["association"]
        parts += ["<p>Association between group and side (χ² and G-test, Cramér's V):</p>",
                  _table_html(table.drop(columns=["warning"]))]
        if table["warning"].iloc[0]:
            parts.append(f"<p class='warn'>{esc(table['warning'].iloc[0])}</p>")
    qp = results.get("quote_problems")
    if qp is not None and len(qp):
        parts += [f"<p class='warn'>{len(qp)} quote-mark problem(s) (unbalanced marks), see "
                  "<code>quote_problems.csv</code>.</p>"]
    parts += ["<p>Quotes (first rows):</p>",
              _table_html(results["quotes"][["doc_id", "kind", "speaker", "actor", "side", "cue", "quote"]])]

    parts += ["<h2>3. How it is framed</h2>", figure("outlet_tone"),
              _table_html(results["outlet_tone"], max_rows=40) if "outlet_tone" in results else "",
              figure("phrase_polarity"), figure("phrase_frames"),
              _table_html(results["phrase_polarity"], max_rows=40),
              "<p>Candidate phrases for the lexicon (recurring multiword expressions not yet in it):</p>",
              _table_html(results["candidate_phrases"], max_rows=20)]

    parts += ["<h2>4. What it talks about</h2>", figure("topic_shares"),
              _table_html(results["topic_words"][results["topic_words"]["rank"] <= 5], max_rows=60)]

    parts += ["<h2>5. Words that set each group apart</h2>"]
    parts += [figure(s) for s, _, _ in figures if s.startswith("keyness_")]
    parts += ["<p class='note'>Written by framing.pipeline.run.</p></body></html>"]
    path = Path(path)
    path.write_text("\n".join(p for p in parts if p), encoding="utf-8")
    return path
