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
from pathlib import Path

import numpy as np
import pandas as pd

from framing.corpus import load_corpus
from framing.diagnostics import problems
from framing.french import keep_content_lemmas
from framing.outputs import slug

__all__ = ["run", "corpus_summary", "default_n_topics", "write_report", "largest_groups", "slug"]


def corpus_summary(corpus: pd.DataFrame, *, by: str = "outlet") -> dict[str, pd.DataFrame]:
    """Articles per group (outlet) and per date.

    ``corpus`` has a ``text`` column, or (a table without the texts) ``n_chars``.

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
    from framing.compare import sort_groups

    n_chars = corpus["n_chars"] if "text" not in corpus.columns else corpus["text"].str.len()
    per_outlet = (
        corpus.assign(n_chars=n_chars)
        .groupby(by, sort=True)
        .agg(n_articles=("doc_id", "size"), n_chars=("n_chars", "sum"),
             first_date=("date", "min"), last_date=("date", "max"))
    )
    per_outlet = per_outlet.reindex(sort_groups(per_outlet.index)).reset_index()  # case-insensitive order
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


#: Stems of the figures and tables ``run`` writes (besides ``keyness_<group>``).
FIGURE_STEMS = ("articles_per_outlet", "quote_shares", "phrase_polarity", "phrase_frames", "topic_shares")
TABLE_STEMS = ("articles_per_outlet", "articles_per_date", "quotes", "quote_problems", "phrases",
               "candidate_phrases", "topic_words", "doc_topics", "quote_shares", "association",
               "association_residuals", "phrase_polarity", "topic_shares", "keyness", "load_problems",
               "boilerplate_notes")


def largest_groups(corpus: pd.DataFrame, *, by: str = "outlet", top: int | None = 6) -> list:
    """The ``top`` groups with the most articles (ties by name, without regard to case); all if ``top`` is None.

    >>> c = pd.DataFrame({"outlet": ["RFI", "LCI", "LCI", "le Monde", "Atlantico"]})
    >>> largest_groups(c, top=2)
    ['LCI', 'Atlantico']
    """
    from framing.compare import sort_groups

    sizes = corpus[by].value_counts()
    names = sort_groups(list(sizes.index), pooled=corpus.attrs.get("pooled_group"))
    rank = {g: i for i, g in enumerate(names)}
    ordered = sorted(sizes.index, key=lambda g: (-sizes[g], rank[g]))
    return ordered if top is None else ordered[:top]


#: Articles (a seeded sample, :func:`framing.engine.sample`) the topic model is fitted on; every
#: article then gets its shares (inferred outside the sample). Topic-word estimates from 3,000
#: articles recover planted outlet shares within 1 pp (benchmarks/topics_recovery.py), and the
#: fit's cost no longer grows with the corpus.
TOPIC_SAMPLE = 3_000
#: Articles (a seeded sample) searched for candidate phrases: suggestions for the lexicon.
CANDIDATE_SAMPLE = 1_000


def run(source, *, out="figures", tables=None, by: str = "outlet", n_boot: int = 1000,
        n_topics: int | None = None, random_state: int = 0, progress: bool = True, actors=None, cues=None,
        lexicon=None, formats=("csv", "parquet"), min_articles: int = 1, max_group_figures: int | None = 6,
        dayfirst: bool = True, engine: str = "pandas", scheduler: str | None = None,
        workers: int | None = None, timings=None) -> dict[str, pd.DataFrame]:
    """Run the pipeline on ``source``; write tables, figures and ``report.html``.

    Everything is written into a temporary folder next to ``out`` and moved into
    place at the end (see :mod:`framing.outputs`): a failed or interrupted run leaves
    the previous complete output, and files of an earlier run never stay beside
    the new ones.

    Parameters
    ----------
    source : str, Path or DataFrame
        Anything :func:`framing.load_corpus` reads.
    out : str or Path
        Folder for figures, ``report.html`` and ``framing-run.json`` (created if needed).
    tables : str or Path, optional
        Folder for the tables; ``<out>/tables`` by default.
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
    actors, cues, lexicon : str, Path or DataFrame, optional
        The study's actor dictionary, speech cues and phrase lexicon (the bundled
        ones by default; see :func:`framing.load_actors`, :func:`framing.load_cues`,
        :func:`framing.load_lexicon`). Sides in every table and figure are the actor
        dictionary's, plus ``joint``, ``other`` and ``unattributed``.
    formats : tuple of {"csv", "parquet"}
        Table formats written (both by default).
    min_articles : int
        Groups with fewer articles are pooled into one ``"other outlets (k)"`` group
        in the comparisons and their figures (1: every group on its own); the
        captions say so. ``articles_per_outlet`` always lists every group.
    max_group_figures : int or None
        Per-group figures (keyness) are drawn for this many groups, the largest;
        the report says which (None: every group). The keyness table has them all.
    dayfirst : bool
        How numeric dates in the corpus are read (see :func:`framing.load_corpus`).
    engine : {"pandas", "dask"}
        ``"dask"``: the per-article stages (quotes, phrases, tone, topic inference,
        keyness counts) run partition by partition on a Dask cluster (see
        :mod:`framing.engine`); the tables are the same as with pandas. This process
        still holds the corpus table; for corpora larger than its memory, use
        ``load_corpus(..., engine="dask")`` and the stage functions (README, "Running on
        a cluster").
    scheduler : str, optional
        Dask only: address of a running scheduler; by default a ``LocalCluster`` of
        ``workers`` processes is started for the run and closed after it.
    workers : int, optional
        Dask only: worker processes of the local cluster (default: one per core).
    timings : str or Path, optional
        Write the wall and CPU time of each step of the run to this JSON file
        (:class:`framing.timings.Stopwatch`; ``framing run --timings FILE``).

    Returns
    -------
    dict of DataFrame
        Every table written, by name (the table file names without suffix).

    Examples
    --------
    From the root of the repository (the test suite runs this on the seeds)::

        results = run("seeds", out="figures", n_boot=1000)
        results["quote_shares"]      # also in figures/tables/quote_shares.csv and .parquet

    Notes
    -----
    On large corpora the topic model is fitted on a seeded sample of
    :data:`TOPIC_SAMPLE` articles and candidate phrases are searched in
    :data:`CANDIDATE_SAMPLE` articles (the same articles with either engine); every
    article gets its quotes, phrases and topic shares. A pandas run of
    :data:`HELPERS_FROM` articles or more fits the model, finds the candidates and draws
    the figures in two helper processes while this one maps the articles (the same
    files as in one process).
    """
    from framing.outputs import check_output_folder, staged_outputs
    from framing.timings import Stopwatch

    clock = Stopwatch()
    if timings is not None and not Path(timings).parent.is_dir():
        raise ValueError(f"--timings: the folder of {timings} does not exist")
    formats = tuple(formats)
    bad = [f for f in formats if f not in ("csv", "parquet")]
    if bad or not formats:
        raise ValueError(f"formats must name csv and/or parquet, not {list(formats)}")
    if engine not in ("pandas", "dask"):
        raise ValueError(f"engine must be 'pandas' or 'dask', not {engine!r}")
    out = check_output_folder(out, what="--out")
    tables_dir = check_output_folder(tables, what="--tables") if tables is not None else out / "tables"
    known = set(FIGURE_STEMS) | set(TABLE_STEMS)
    options = dict(source=source, out=out, tables_dir=tables_dir, by=by, n_boot=n_boot, n_topics=n_topics,
                   random_state=random_state, progress=progress, actors=actors, cues=cues, lexicon=lexicon,
                   formats=formats, min_articles=min_articles, max_group_figures=max_group_figures, clock=clock)
    if engine == "pandas":
        pool = None
        try:
            corpus = load_corpus(source, dayfirst=dayfirst) if not isinstance(source, pd.DataFrame) else source
            clock.mark("load")
            _check_by(corpus, by)
            if len(corpus) >= HELPERS_FROM:
                pool = _helper_pool()  # they import while this process finds the quotes
            with staged_outputs(out, tables_dir, known_stems=known) as (stage, stage_tables):
                with keep_content_lemmas():  # topic shares and keyness read the same lemmas
                    results = _run(corpus, corpus, stage=stage, stage_tables=stage_tables, dask=False, pool=pool,
                                   **options)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
    else:
        from framing.engine import get_client

        with get_client(scheduler, workers=workers) as client:
            clock.mark("start the Dask client")
            try:
                data, corpus = _load_on_workers(source, dayfirst=dayfirst)
                clock.mark("load (the texts on the workers)")
                _check_by(corpus, by)
                with staged_outputs(out, tables_dir, known_stems=known) as (stage, stage_tables):
                    results = _run(corpus, data, stage=stage, stage_tables=stage_tables, dask=True, **options)
            finally:
                if scheduler is None:
                    client.cluster.close()
    clock.mark("move the outputs into place" if engine == "pandas" else "outputs into place, Dask closed")
    if timings is not None:
        clock.write(timings, engine=engine, n_articles=int(len(corpus)))
    return results


#: More groups than this in the comparison figures: the run says which ``min_articles`` pools them.
FIGURE_GROUPS = 40

#: A pandas run of this many articles or more uses two helper processes (:func:`_helper_pool`);
#: a smaller one runs in this process alone (starting them would cost more than they save).
HELPERS_FROM = 1000


def _helper_pool(processes: int = 2):
    """Processes that work beside a pandas run, or None on a single core.

    A pandas run maps its articles in this process (quotes, phrases, tone, topic shares);
    the work that does not depend on that map runs in these processes meanwhile: the
    candidate phrases of their sample and the topic fit on its sample (both started
    before the map), then the figures (:func:`framing.run_figures.render`, two at a time
    while this process writes the tables). They are started with the run (``spawn``:
    nothing of this process is copied) and import what they need at once. Their results
    are those of the same calls in this process, byte for byte: the fits are seeded and
    single-threaded, and drawing is deterministic. The caller shuts the pool down.

    >>> from framing.run_figures import render
    >>> spec = {"stem": "articles_per_outlet", "title": "The corpus", "caption": "Articles.",
    ...         "plot": "plot_articles_per_outlet", "plot_kw": {"by": "outlet"},
    ...         "table": pd.DataFrame({"outlet": ["A", "B"], "n_articles": [3, 1]}),
    ...         "figure": {"group": 2, "labels": ["A", "B"]}}
    >>> pool = _helper_pool()
    >>> files = pool.submit(render, spec).result() if pool else render(spec)
    >>> files == render(spec)
    True
    >>> pool.shutdown() if pool else None
    """
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    n = min(int(processes), cores)
    if n < 2:
        return None
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"))
    for _ in range(n):
        pool.submit(_warm_helper)
    return pool


def _warm_helper() -> None:
    """Import what the helper processes run (in a process of :func:`_helper_pool`)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot  # noqa: F401

    from framing import phrases, plots, topics  # noqa: F401


def _candidates(sample: pd.DataFrame, *, by: str, lexicon, progress: bool) -> pd.DataFrame:
    """The run's candidate phrases: :func:`framing.candidate_phrases` on their sample."""
    from framing.phrases import candidate_phrases

    return candidate_phrases(sample, by=by, min_count=2, top=30, lexicon=lexicon, progress=progress)


def _fit(sample: pd.DataFrame, k: int, *, random_state: int, progress: bool):
    """The run's topic model, fitted on its sample, and a note (None, or why no model could be fitted)."""
    from framing.topics import fit_topics

    try:
        return fit_topics(sample, k, random_state=random_state, progress=progress, sample_size=None), None
    except ValueError as exc:  # every article is too short to model: the other stages still stand
        if "no article has" not in str(exc):
            raise
        return None, f"No topic model could be fitted: {exc}"


def _check_by(corpus, by):
    if by not in corpus.columns:
        raise ValueError(f"by={by!r} is not a column of the corpus; it has {list(corpus.columns)}")


def _article_facts(part: pd.DataFrame) -> pd.DataFrame:
    """The corpus partition without its texts, plus ``n_chars`` and ``all_boilerplate`` of each article."""
    from framing.french import all_boilerplate

    texts = part["text"].astype(str)
    out = part.drop(columns=["text"]).assign(n_chars=texts.str.len().astype("int64"),
                                             all_boilerplate=[all_boilerplate(t) for t in texts])
    out.attrs = dict(part.attrs)  # the partition's load problems travel with it
    return out


def _load_on_workers(source, *, dayfirst: bool):
    """(texts on the workers, the corpus table here without its texts) for a Dask run.

    The workers read the files (``load_corpus(..., engine="dask")``: the same validation and
    columns) and keep them; this process gets every column but ``text``, with ``n_chars``
    and ``all_boilerplate`` computed on the workers, and the load problems. A pandas table
    given as ``source`` is cut into partitions and sent to the workers instead.
    """
    from framing import engine as eng

    if isinstance(source, pd.DataFrame):
        return eng.partitioned(source).persist(), source
    data = load_corpus(source, dayfirst=dayfirst, engine="dask").persist()
    meta = _article_facts(data._meta.iloc[:0])
    meta.attrs = {}
    return data, eng.compute(eng.map_articles(_article_facts, data, meta=meta, progress_arg=None))


def _run(corpus, data, *, source, stage, stage_tables, out, tables_dir, by, n_boot, n_topics, random_state, progress,
         actors, cues, lexicon, formats, min_articles, max_group_figures, clock, dask=False, pool=None):
    import json

    from framing import engine as eng

    from framing import compare, run_figures
    from framing.actors import load_actors
    from framing.french import all_boilerplate
    from framing.outputs import MANIFEST, dictionary_info, provenance, write_table
    from framing.phrases import article_tone, find_phrases
    from framing.quotes import extract_quotes

    actor_table = load_actors(actors)
    results: dict[str, pd.DataFrame] = dict(corpus_summary(corpus, by=by))
    results["load_problems"] = problems(corpus)
    furniture = (corpus["all_boilerplate"] if "all_boilerplate" in corpus.columns
                 else corpus["text"].map(all_boilerplate))
    results["boilerplate_notes"] = pd.DataFrame(
        [(d, f, "every line looks like page furniture (boilerplate): the whole text was kept and counted")
         for d, f, bp in zip(corpus["doc_id"], corpus.get("source_file", [""] * len(corpus)), furniture)
         if bp], columns=["doc_id", "source_file", "note"])
    small = len(corpus) < 50
    n_groups_all = corpus[by].nunique()
    pooled = compare.pool_small_groups(corpus, by=by, min_articles=min_articles)
    groups = compare.sort_groups(pd.unique(pooled[by]), pooled=pooled.attrs.get("pooled_group"))
    n_groups = len(groups)
    opts = {"min_articles": min_articles}
    crowd_note = ""
    if n_groups > FIGURE_GROUPS:  # a figure row per group: say how to pool the small ones
        k = compare.min_articles_for(pooled, by=by, most=FIGURE_GROUPS)
        crowd_note = (f" {n_groups} groups are drawn; min_articles={k} (framing run --min-articles {k}) pools "
                      f"those with fewer than {k} articles so that at most {FIGURE_GROUPS} are.")
        import warnings

        warnings.warn(crowd_note.strip(), stacklevel=3)

    # --- stages: one map over articles each (partition by partition on Dask) -----------------
    # With Dask every per-article stage is handed to the workers at once (persist does not wait),
    # and this process samples the corpus and fits the topic model while they work: the two
    # cores are never idle while there is work. With pandas the same calls run one after another.
    # the samples of the candidate phrases and of the topic fit, taken before the workers get busy
    candidate_sample = eng.sample(data, CANDIDATE_SAMPLE, random_state=random_state)
    topic_sample = eng.sample(data, TOPIC_SAMPLE, random_state=random_state, columns=["doc_id", "text"])
    k = n_topics or default_n_topics(len(corpus))
    early = None
    if pool is not None:  # the samples' stages in the helper processes, beside the map over articles below
        early = (pool.submit(_candidates, candidate_sample, by=by, lexicon=lexicon, progress=False),
                 pool.submit(_fit, topic_sample, k, random_state=random_state, progress=False))
    lazy_quotes = extract_quotes(data, actors=actors, cues=cues, progress=progress)
    if dask:
        lazy_quotes = lazy_quotes.persist()  # computed once, then given to find_phrases partition by partition
    lazy_phrases = find_phrases(data, lexicon=lexicon, quotes=lazy_quotes, progress=progress)
    if dask:
        lazy_phrases = lazy_phrases.persist()
    lazy_tone = article_tone(lazy_phrases, data)
    clock.mark("quotes, phrases, tone" + (" (handed to the workers)" if dask else ""))
    background = None
    if dask:
        from concurrent.futures import ThreadPoolExecutor

        lazy_tone = lazy_tone.persist()
        background = ThreadPoolExecutor(1, thread_name_prefix="framing-keyness")
    keyness_args = dict(by=by, min_count=2 if small else 5, top=20, progress=progress, **opts)
    keyness_job = (background.submit(compare.keyness, data, **keyness_args)
                   if background is not None and n_groups >= 2 else None)
    helpers = " (helper process)" if early else ""
    candidates = (early[0].result() if early else
                  _candidates(candidate_sample, by=by, lexicon=lexicon, progress=progress))
    clock.mark("candidate phrases (sample)" + helpers)
    notes: dict[str, str] = {}
    model, note = early[1].result() if early else _fit(topic_sample, k, random_state=random_state, progress=progress)
    if note:
        notes["topics"] = note
    clock.mark("fit topics (sample)" + helpers)
    lazy_theta = model.transform(data) if model is not None else None
    if dask and lazy_theta is not None:
        lazy_theta = lazy_theta.persist()
    # each comparison as soon as its table is here (with Dask, while the workers go on)
    quotes = eng.compute(lazy_quotes)
    results["quotes"] = quotes
    results["quote_problems"] = problems(quotes)
    results["quote_shares"] = compare.quote_shares(quotes, corpus, by=by, n_boot=n_boot, random_state=random_state,
                                                   sides=actor_table, **opts)
    assoc = None
    drawn_sides = results["quote_shares"].groupby("side", sort=False)["count"].sum()
    if (drawn_sides > 0).sum() >= 2 and n_groups >= 2:
        import warnings

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assoc = compare.association(results["quote_shares"], rows=by, columns="side")
        results["association"] = assoc.table.assign(
            warning="; ".join(sorted({str(w.message) for w in caught})))
        results["association_residuals"] = assoc.residuals_long()
    else:
        notes["association"] = (f"The association test needs at least two groups and two sides with quotes; "
                                f"this corpus has {n_groups} group(s) and {(drawn_sides > 0).sum()} side(s).")
    phrases = eng.compute(lazy_phrases)
    results["phrases"] = phrases
    results["article_tone"] = eng.compute(lazy_tone).reset_index(drop=True)
    results["candidate_phrases"] = candidates
    results["phrase_polarity"] = compare.phrase_polarity(phrases, corpus, by=by, n_boot=n_boot,
                                                         random_state=random_state, **opts)
    results["outlet_tone"] = compare.outlet_tone(results["article_tone"], corpus, by=by, n_boot=n_boot,
                                                 random_state=random_state, **opts)
    if model is not None:
        theta = eng.compute(lazy_theta)
        results["topic_words"] = model.top_words(10)
        topic_labels = model.topic_labels_
    else:
        theta = pd.DataFrame(np.nan, index=pd.Index(corpus["doc_id"].astype(str), name="doc_id", dtype=object),
                             columns=pd.Index([f"topic_{i}" for i in range(k)], name="topic"))
        results["topic_words"] = pd.DataFrame({"topic": pd.Series(dtype=object), "rank": pd.Series(dtype="int64"),
                                               "word": pd.Series(dtype=object), "weight": pd.Series(dtype=float),
                                               "frex": pd.Series(dtype=float)})
        topic_labels = {}
    results["doc_topics"] = theta.reset_index()

    results["topic_shares"] = compare.topic_shares(theta, corpus, by=by, n_boot=n_boot, random_state=random_state,
                                                   **opts)
    clock.mark("topic shares, comparisons" if not dask else "gather quotes, phrases, tone, topic shares; comparisons")
    if keyness_job is not None:
        results["keyness"] = keyness_job.result()
        background.shutdown()
    elif n_groups >= 2:
        results["keyness"] = compare.keyness(data, **keyness_args)
    else:
        results["keyness"] = compare._empty(compare.KEYNESS_COLUMNS, {"count_target": "int64",
                                                                      "count_reference": "int64"})
        notes["keyness"] = (f"Keyness compares each group with the rest of the corpus; this corpus has "
                            f"{n_groups} group, so there is nothing to compare it with.")

    clock.mark("keyness")

    # --- figures ----------------------------------------------------------------------------
    figures: list[tuple[str, str, str]] = []  # (stem, title, caption)
    pool_note = ""
    if pooled.attrs.get("pooled_group"):
        pool_note = (f" The {len(pooled.attrs['small_groups'])} groups with fewer than {min_articles} articles "
                     f"are pooled into «{pooled.attrs['pooled_group']}».")
    one_article = (pooled[by].value_counts() == 1).sum()
    hollow = (f" Hollow markers: {one_article} group(s) of a single article, which give no interval."
              if one_article else "")
    key_groups = [g for g in largest_groups(pooled, by=by, top=max_group_figures)
                  if g in set(results["keyness"]["group"])]
    specs = run_figures.figure_specs(
        results, corpus_groups=list(corpus[by].unique()), groups=groups, by=by, sides=actor_table,
        n_sides=max(1, int((drawn_sides > 0).sum())), topic_labels=topic_labels, n_topics=k, key_groups=key_groups,
        note=hollow + pool_note + crowd_note)
    # drawn on the Dask workers or in the helper processes, all at once, while this process writes the tables
    if dask:
        from distributed import get_client

        drawing = get_client().map(run_figures.render, specs, pure=False)
    elif pool is not None:
        drawing = [pool.submit(run_figures.render, spec) for spec in specs]
    for name, table in results.items():
        write_table(table, stage_tables / name, formats)
    clock.mark("write tables")
    if dask:
        drawn = get_client().gather(drawing)
    else:
        drawn = (f.result() for f in drawing) if pool is not None else map(run_figures.render, specs)
    for spec, files in zip(specs, drawn):
        for name, data in files.items():
            (stage / name).write_bytes(data)
        figures.append((spec["stem"], spec["title"], spec["caption"]))
    n_key_groups = results["keyness"]["group"].nunique()
    if n_key_groups > len(key_groups):
        notes["keyness_figures"] = (
            f"Key-word figures are drawn for the {len(key_groups)} largest of the {n_key_groups} groups "
            f"with key words ({', '.join(map(str, key_groups))}; ties by name); every group's key words "
            "are in the keyness table (--max-group-figures changes how many are drawn).")

    clock.mark("figures")
    info = provenance(
        corpus=str(Path(source).resolve()) if not isinstance(source, pd.DataFrame) else "<DataFrame>",
        n_articles=int(len(corpus)), n_groups=int(n_groups_all), by=by, random_state=random_state, n_boot=n_boot,
        n_topics=int(k), min_articles=int(min_articles), max_group_figures=max_group_figures,
        dictionaries={"actors": dictionary_info(actors, "actors.csv"), "cues": dictionary_info(cues, "cues.csv"),
                      "lexicon": dictionary_info(lexicon, "phrases.csv")},
        sides=[s for s in dict.fromkeys(results["quote_shares"]["side"])],
        out=str(out.resolve()), tables=str(Path(tables_dir).resolve()), table_formats=list(formats))
    write_report(stage / "report.html", corpus=corpus, results=results, figures=figures, out=stage,
                 association=assoc, by=by, n_topics=k, info=info, notes=notes)
    clock.mark("report")
    for stem, _, _ in figures:
        (stage / f".{stem}.report.png").unlink()
    files = sorted(p.name for p in stage.iterdir()) + [MANIFEST]
    (stage / MANIFEST).write_text(json.dumps({**info, "files": files}, indent=1, ensure_ascii=False) + "\n",
                                  encoding="utf-8")
    if not stage_tables.is_relative_to(stage):
        table_files = sorted(p.name for p in stage_tables.iterdir()) + [MANIFEST]
        (stage_tables / MANIFEST).write_text(json.dumps({**info, "files": table_files}, indent=1,
                                                        ensure_ascii=False) + "\n", encoding="utf-8")
    elif stage_tables != stage:
        (stage_tables / MANIFEST).write_text(json.dumps({"files": sorted(p.name for p in stage_tables.iterdir())},
                                                        indent=1) + "\n", encoding="utf-8")
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
    more = (f"<p class='note'>{len(df) - max_rows} more rows in the table files.</p>" if len(df) > max_rows
            else "")
    return shown.to_html(index=False, escape=True, border=0) + more


def write_report(path, *, corpus, results, figures, out, association=None, by="outlet", n_topics=None,
                 info=None, notes=None) -> Path:
    """Write the one-page HTML report (figures embedded as PNG data, so it opens offline).

    ``info`` (from :func:`framing.outputs.provenance`) is shown as "How this report was
    made"; ``notes`` (by section: ``association``, ``keyness``, ``keyness_figures``) say
    what could not be computed or drawn and why. A figure is embedded from
    ``<out>/.<stem>.report.png`` when present (a lighter copy), else from ``<stem>.png``.
    """
    out = Path(out)
    esc = html.escape
    info = info or {}
    notes = notes or {}
    tables_at = info.get("tables", "tables/")
    formats = " and ".join(f.upper() for f in info.get("table_formats", ["csv"]))
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>framing report</title>"
             f"<style>{_CSS}</style></head><body>",
             "<h1>framing report</h1>",
             f"<p>{len(corpus)} articles from {corpus[by].nunique()} groups (<code>{esc(by)}</code>), "
             f"{len(results['quotes'])} quotes, {len(results['phrases'])} framing phrases, "
             f"{n_topics} topics. Tables ({esc(formats)}) are in <code>{esc(str(tables_at))}</code>.</p>"]

    if info:
        dicts = info.get("dictionaries", {})
        rows = [("corpus", info.get("corpus", "")), ("articles", info.get("n_articles", "")),
                (f"groups ({by})", info.get("n_groups", "")), ("random_state (seed)", info.get("random_state", "")),
                ("bootstrap resamples (n_boot)", info.get("n_boot", "")), ("topics (K)", info.get("n_topics", "")),
                ("min_articles", info.get("min_articles", ""))]
        rows += [(f"{what} dictionary", f"{d['name']} · sha256 {d['sha256']}") for what, d in dicts.items()]
        rows += [("sides", ", ".join(info.get("sides", []))), ("tables", f"{tables_at} ({formats})"),
                 ("framing version", info.get("framing_version", "")),
                 ("Python / pandas / NumPy", f"{info.get('python', '')} / {info.get('pandas', '')} / "
                                             f"{info.get('numpy', '')}"),
                 ("made (UTC)", info.get("created_utc", ""))]
        parts += ["<h2>How this report was made</h2>",
                  "<table>" + "".join(f"<tr><th>{esc(str(k))}</th><td><code>{esc(str(v))}</code></td></tr>"
                                      for k, v in rows) + "</table>",
                  "<p class='note'>The same is in <code>framing-run.json</code> next to this report.</p>"]

    def figure(stem):
        for s, title, caption in figures:
            if s == stem:
                light = out / f".{s}.report.png"
                data = base64.b64encode((light if light.exists() else out / f"{s}.png").read_bytes()).decode("ascii")
                return (f"<figure><img alt='{esc(title)}' src='data:image/png;base64,{data}'>"
                        f"<figcaption><b>{esc(title)}.</b> {esc(caption)} Files: {esc(s)}.pdf / .svg / .png"
                        f"</figcaption></figure>")
        return ""

    def note(key):
        return f"<p class='warn'>{esc(notes[key])}</p>" if key in notes else ""

    parts += ["<h2>1. The corpus</h2>", figure("articles_per_outlet"),
              _table_html(results["articles_per_outlet"], max_rows=60)]
    load_problems = problems(corpus)
    if len(load_problems):
        parts += ["<p class='warn'>Problems while loading:</p>", _table_html(load_problems)]
    bp = results.get("boilerplate_notes")
    if bp is not None and len(bp):
        parts += [f"<p class='warn'>{len(bp)} article(s) made only of lines that look like page furniture were "
                  "kept whole (see <code>boilerplate_notes</code>):</p>", _table_html(bp)]

    parts += ["<h2>2. Who is quoted</h2>", figure("quote_shares"),
              _table_html(results["quote_shares"], max_rows=60)]
    if association is not None:
        table = results["association"]
        parts += ["<p>Association between group and side (χ² and G-test, Cramér's V):</p>",
                  _table_html(table.drop(columns=["warning"]))]
        if table["warning"].iloc[0]:
            hint = (" With many small outlets, pooling them (<code>--min-articles</code>, "
                    "<code>min_articles=</code>) gives a test you can read." if info.get("min_articles", 1) <= 1
                    else "")
            parts.append(f"<p class='warn'>{esc(table['warning'].iloc[0])}.{hint}</p>")
    parts.append(note("association"))
    qp = results.get("quote_problems")
    if qp is not None and len(qp):
        parts += [f"<p class='warn'>{len(qp)} quote-mark problem(s) (unbalanced marks), see the "
                  "<code>quote_problems</code> table.</p>"]
    parts += ["<p>Quotes (first rows):</p>",
              _table_html(results["quotes"][["doc_id", "kind", "speaker", "actor", "side", "cue", "quote"]])]

    parts += ["<h2>3. How it is framed</h2>", figure("outlet_tone"),
              _table_html(results["outlet_tone"], max_rows=40) if "outlet_tone" in results else "",
              figure("phrase_polarity"), figure("phrase_frames"),
              _table_html(results["phrase_polarity"], max_rows=40),
              "<p>Candidate phrases for the lexicon (recurring multiword expressions not yet in it):</p>",
              _table_html(results["candidate_phrases"], max_rows=20)]

    parts += ["<h2>4. What it talks about</h2>", note("topics"), figure("topic_shares"),
              _table_html(results["topic_words"][results["topic_words"]["rank"] <= 5], max_rows=60)]

    parts += ["<h2>5. Words that set each group apart</h2>", note("keyness"), note("keyness_figures")]
    parts += [figure(s) for s, _, _ in figures if s.startswith("keyness_")]
    parts += ["<p class='note'>Written by framing.pipeline.run.</p></body></html>"]
    path = Path(path)
    path.write_text("\n".join(p for p in parts if p), encoding="utf-8")
    return path
