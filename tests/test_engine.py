"""A Dask run gives the same tables as the pandas run (framing.engine, load_corpus(engine="dask")).

The Dask side runs on a 2-worker LocalCluster (separate processes, as on a cluster), so
everything sent to the workers must pickle and every partition's result must match the
pandas result of the same articles.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest

import framing
from framing import engine
from framing.corpus import CorpusError, load_corpus
from framing.synthetic import make_corpus

dd = pytest.importorskip("dask.dataframe")
ROOT = Path(__file__).resolve().parents[1]

ARTICLES = {
    "lemonde-1.txt": ("Le Monde", "2018-07-16",
                      "Trump et Poutine à Helsinki\n\n"
                      "« Nous avons eu une très bonne conversation », a déclaré Donald Trump après le sommet.\n\n"
                      "Selon le Kremlin, les deux dirigeants ont évoqué la Syrie. Malgré les vents contraires, "
                      "le dialogue continue, a assuré Dmitri Peskov."),
    "rt-1.txt": ("RT en français", "2018-07-17",
                 "Poutine salue un dialogue constructif\n\n"
                 "Vladimir Poutine a affirmé : « La guerre froide est terminée ». Le torchon brûle pourtant "
                 "entre Moscou et Washington au sujet des sanctions.\n"),
    "figaro-1.txt": ("Le Figaro", "2018-07-16",
                     "Sommet d'Helsinki : un regain de tension\n\n"
                     "« Ce sommet est une faute, a estimé un sénateur américain. Le président s'est incliné.\n\n"
                     "D'après la Maison-Blanche, la coopération contre le terrorisme sera renforcée."),
}


@pytest.fixture(scope="module")
def client():
    client = engine.get_client(workers=2)
    try:
        yield client
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()


@pytest.fixture(scope="module")
def corpus():
    hand = pd.DataFrame([{"doc_id": name[:-4], "outlet": o, "date": d, "text": t}
                         for name, (o, d, t) in ARTICLES.items()])
    synth = make_corpus(90, random_state=7)
    synth.attrs = {}
    table = pd.concat([hand, synth[["doc_id", "outlet", "date", "text"]]], ignore_index=True)
    return load_corpus(table)


def as_dask(corpus: pd.DataFrame, npartitions: int = 4):
    """The corpus cut into partitions, through load_corpus(engine="dask") (same validation)."""
    frame = corpus.copy()
    frame.attrs = {}
    return load_corpus(dd.from_pandas(frame, npartitions=npartitions, sort=False))


def test_is_dask_tells_a_dask_frame_from_a_pandas_one(corpus):
    assert engine.is_dask(as_dask(corpus))
    assert not engine.is_dask(corpus)


@pytest.mark.slow
def test_quotes_on_dask_equal_the_pandas_run_problems_included(client, corpus):
    expected = framing.extract_quotes(corpus, progress=False)
    lazy = framing.extract_quotes(as_dask(corpus))
    assert engine.is_dask(lazy)
    assert lazy.dtypes.to_dict() == expected.dtypes.to_dict()
    got = engine.compute(lazy)
    pdt.assert_frame_equal(got.reset_index(drop=True), expected)
    # the unclosed « of the Figaro article is reported from its partition
    problems = framing.problems(got)
    assert "figaro-1" in set(problems["doc_id"])
    assert len(problems) == len(framing.problems(expected))


@pytest.mark.slow
def test_phrases_and_comparisons_on_dask_equal_the_pandas_run(client, corpus):
    dask_corpus = as_dask(corpus)
    quotes = framing.extract_quotes(corpus, progress=False)
    phrases = framing.find_phrases(corpus, progress=False)
    dask_phrases = framing.find_phrases(dask_corpus)
    pdt.assert_frame_equal(engine.compute(dask_phrases).reset_index(drop=True), phrases)
    pdt.assert_frame_equal(framing.quote_shares(framing.extract_quotes(dask_corpus), dask_corpus, n_boot=200),
                           framing.quote_shares(quotes, corpus, n_boot=200))
    pdt.assert_frame_equal(framing.phrase_polarity(dask_phrases, dask_corpus, n_boot=200),
                           framing.phrase_polarity(phrases, corpus, n_boot=200))
    pdt.assert_frame_equal(framing.keyness(dask_corpus, min_count=3),
                           framing.keyness(corpus, min_count=3, progress=False))


@pytest.mark.slow
def test_topic_shares_inferred_partition_by_partition_equal_the_pandas_ones(client, corpus):
    model = framing.fit_topics(corpus, 3, random_state=0, progress=False)
    expected = model.transform(corpus)
    dask_corpus = as_dask(corpus)
    lazy = model.transform(dask_corpus)
    got = engine.compute(lazy)
    pdt.assert_frame_equal(got, expected)
    pdt.assert_frame_equal(framing.topic_shares(lazy, dask_corpus, n_boot=100),
                           framing.topic_shares(expected, corpus, n_boot=100))
    # fitting on the Dask corpus (all articles: fewer than sample_size) gives the same model
    refit = framing.fit_topics(as_dask(corpus), 3, random_state=0, progress=False)
    pdt.assert_frame_equal(refit.theta_, model.theta_)


@pytest.mark.slow
def test_a_folder_read_lazily_equals_the_pandas_load(client, tmp_path, monkeypatch):
    import framing.corpus as corpus_module

    rows = ["file,outlet,date"]
    for name, (outlet, date, text) in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{outlet},{date}")
    (tmp_path / "double.txt").write_text("Premier article sur Poutine.\n*****\nSecond article sur Trump.\n",
                                         encoding="utf-8")
    rows.append("double.txt,Le Temps,2018-07-18")
    (tmp_path / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setattr(corpus_module, "FILES_PER_PARTITION", 2)  # several partitions from 4 files
    lazy = load_corpus(tmp_path, engine="dask")
    assert lazy.npartitions == 2
    pdt.assert_frame_equal(engine.compute(lazy).reset_index(drop=True), load_corpus(tmp_path))


def test_the_folder_metadata_is_read_once_not_by_every_partition(tmp_path, monkeypatch):
    # with a million articles, a metadata table parsed by each of a thousand tasks is quadratic:
    # the partitions carry their own rows, so they compute even once metadata.csv is gone
    import framing.corpus as corpus_module

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Trump a appelé Poutine.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Le Kremlin a répondu.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Un sommet est prévu à Helsinki.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,outlet,date\na.txt,LCI,2018-07-16\nsub/b.txt,RT France,17/07/2018\nc.txt,Le Monde,2018-07-18\n",
        encoding="utf-8")
    monkeypatch.setattr(corpus_module, "FILES_PER_PARTITION", 2)
    expected = load_corpus(tmp_path)
    lazy = load_corpus(tmp_path, engine="dask")
    (tmp_path / "metadata.csv").unlink()
    got = engine.compute(lazy, scheduler="synchronous").reset_index(drop=True)
    pdt.assert_frame_equal(got, expected)
    assert sorted(got["doc_id"]) == ["a", "b", "c"]


@pytest.mark.slow
def test_folder_problems_are_raised_at_once_or_gathered_from_partitions(client, tmp_path, monkeypatch):
    import framing.corpus as corpus_module

    (tmp_path / "a.txt").write_text("Trump a appelé Poutine.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("Le Kremlin répond.".encode("latin-1") + b"\xe9\xff")
    (tmp_path / "c.txt").write_text("Sans ligne dans les métadonnées.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet,date\na.txt,LCI,2018-07-16\nb.txt,LCI,2018-07-16\n",
                                           encoding="utf-8")
    monkeypatch.setattr(corpus_module, "FILES_PER_PARTITION", 1)
    with pytest.raises(CorpusError, match="c.txt"):  # the listing is checked before any text is read
        load_corpus(tmp_path, engine="dask")
    lazy = load_corpus(tmp_path, engine="dask", errors="report")
    got = engine.compute(lazy)
    expected = load_corpus(tmp_path, errors="report")
    pdt.assert_frame_equal(got.reset_index(drop=True), expected)
    got_problems = framing.problems(got)
    want = framing.problems(expected)
    assert sorted(got_problems["problem"]) == sorted(want["problem"])
    assert any("UTF-8" in p for p in got_problems["problem"])


def test_parquet_dataset_numbers_rows_across_partitions_like_pandas(tmp_path):
    table = pd.DataFrame({"outlet": ["LCI", "RT", "LCI", "TF1", "RT"],
                          "text": ["Trump appelle Poutine.", "Le Kremlin répond.", "Sommet à Helsinki.",
                                   "Les sanctions tombent.", "Nouvel appel."]})
    dd.from_pandas(table, npartitions=3).to_parquet(tmp_path / "corpus")
    lazy = load_corpus(tmp_path / "corpus", engine="dask")
    assert lazy.npartitions == 3
    got = engine.compute(lazy, scheduler="synchronous").reset_index(drop=True)
    pdt.assert_frame_equal(got, load_corpus(table))
    assert got["doc_id"].tolist() == ["row-1", "row-2", "row-3", "row-4", "row-5"]


def test_duplicate_ids_across_parquet_partitions_are_refused(tmp_path):
    table = pd.DataFrame({"doc_id": ["a", "b", "a"], "text": ["Un.", "Deux.", "Trois."]})
    dd.from_pandas(table, npartitions=3).to_parquet(tmp_path / "corpus")
    with pytest.raises(CorpusError, match="duplicate doc_id 'a'"):
        load_corpus(tmp_path / "corpus", engine="dask")


def test_two_results_concatenate_with_their_problems():
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": ["« Fin du dialogue, a dit Poutine.",
                                                           "«Rien», a déclaré Trump."]})
    first = framing.extract_quotes(corpus.iloc[:1], progress=False)
    second = framing.extract_quotes(corpus.iloc[1:], progress=False)
    both = framing.concat([first, second], ignore_index=True)
    pdt.assert_frame_equal(both, framing.extract_quotes(corpus, progress=False), check_exact=True)
    assert framing.problems(both)["doc_id"].tolist() == ["a"]


@pytest.mark.slow
def test_framing_run_on_dask_writes_the_same_tables_as_the_pandas_run(client, corpus, tmp_path, monkeypatch):
    import framing.pipeline as pipeline
    from framing.__main__ import main

    monkeypatch.setattr(pipeline, "TOPIC_SAMPLE", 60)  # both runs fit topics on the same sampled articles
    monkeypatch.setattr(pipeline, "CANDIDATE_SAMPLE", 50)
    source = tmp_path / "corpus.parquet"
    corpus.to_parquet(source)
    assert main(["run", str(source), "--out", str(tmp_path / "pandas"), "--n-boot", "100", "--no-progress"]) == 0
    assert main(["run", str(source), "--out", str(tmp_path / "dask"), "--n-boot", "100", "--no-progress",
                 "--engine", "dask", "--scheduler", client.scheduler.address]) == 0
    tables = sorted(p.name for p in (tmp_path / "pandas" / "tables").glob("*.csv"))
    assert "doc_topics.csv" in tables and "quotes.csv" in tables
    assert sorted(p.name for p in (tmp_path / "dask" / "tables").glob("*.csv")) == tables
    for name in tables:
        pandas_bytes = (tmp_path / "pandas" / "tables" / name).read_bytes()
        assert (tmp_path / "dask" / "tables" / name).read_bytes() == pandas_bytes, name
    doc_topics = pd.read_csv(tmp_path / "dask" / "tables" / "doc_topics.csv")
    assert len(doc_topics) == len(corpus) and doc_topics.drop(columns="doc_id").notna().all().all()
    # the figures, drawn on the workers in the Dask run, are the same files
    figures = sorted(p.name for p in (tmp_path / "pandas").glob("*.p*"))
    assert "quote_shares.png" in figures and "topic_shares.pdf" in figures
    for name in figures:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "pandas" / name).read_bytes(), name


@pytest.mark.slow
def test_run_starts_and_closes_its_own_local_cluster(tmp_path):
    import framing.pipeline as pipeline

    import time

    import psutil

    def workers():  # child processes, except multiprocessing's resource tracker (lives as long as Python)
        return {p.pid for p in psutil.Process().children(recursive=True)
                if p.is_running() and "resource_tracker" not in " ".join(p.cmdline())}

    before = workers()
    results = pipeline.run(ROOT / "seeds", out=tmp_path, n_boot=50, progress=False, engine="dask", workers=2)
    assert len(results["quotes"]) > 0 and (tmp_path / "report.html").is_file()
    for _ in range(50):  # the run's worker processes end with it
        left = workers() - before
        if not left:
            break
        time.sleep(0.1)
    assert not left


def test_scheduler_options_need_the_dask_engine(capsys):
    from framing.__main__ import main

    with pytest.raises(SystemExit):
        main(["run", "seeds", "--workers", "2"])
    assert "--engine dask" in capsys.readouterr().err
