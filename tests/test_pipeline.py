"""The whole pipeline and its command line on the bundled seeds."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from framing.__main__ import main
from framing.pipeline import default_n_topics, run

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FAMILIES = ["articles_per_outlet", "quote_shares", "phrase_polarity", "phrase_frames", "outlet_tone", "topic_shares"]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    first = tmp_path_factory.mktemp("run1")
    second = tmp_path_factory.mktemp("run2")
    results = run(SEEDS, out=first, n_boot=200, progress=False)
    run(SEEDS, out=second, n_boot=200, progress=False)
    return results, first, second


@pytest.mark.slow
def test_run_writes_every_figure_family_in_three_formats_and_the_report(outputs):
    _, out, _ = outputs
    for stem in FAMILIES:
        for fmt in ("pdf", "svg", "png"):
            assert (out / f"{stem}.{fmt}").stat().st_size > 1000, f"{stem}.{fmt}"
    keyness = sorted(p.name for p in out.glob("keyness_*.png"))
    assert keyness == ["keyness_l-expression-algeria.png", "keyness_lci.png", "keyness_rt-france.png"]
    report = (out / "report.html").read_text(encoding="utf-8")
    assert report.count("data:image/png;base64,") == len(FAMILIES) + len(keyness)
    assert "Who is quoted" in report and "RT France" in report


@pytest.mark.slow
def test_run_twice_gives_byte_identical_figures_and_tables(outputs):
    _, first, second = outputs
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert len(files) > 20
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for rel in files:
        one, two = (first / rel).read_bytes(), (second / rel).read_bytes()
        if rel.name in ("report.html", "framing-run.json"):  # they record the folder and the time of the run
            one, two = (re.sub(rb"20\d\d-\d\d-\d\dT[\d:+]+|/tmp/\S+?/run[12]\d*", b"", x) for x in (one, two))
        assert one == two, str(rel)


@pytest.mark.slow
def test_run_tables_hold_the_findings_of_every_stage(outputs):
    results, out, _ = outputs
    for name in ("articles_per_outlet", "quotes", "quote_shares", "phrases", "phrase_polarity", "topic_shares",
                 "topic_words", "keyness", "candidate_phrases", "association"):
        assert (out / "tables" / f"{name}.csv").exists(), name
    assert results["articles_per_outlet"]["n_articles"].sum() == 5
    assert len(results["quotes"]) >= 20  # the seeds' gold has 35 speech acts
    assert {"kremlin", "white_house"} <= set(results["quotes"]["side"])
    found = set(results["phrases"]["phrase"].str.lower())
    assert any("vents contraires" in p for p in found)
    shares = results["topic_shares"]
    assert shares.groupby("outlet")["share"].sum().round(6).eq(1).all()


def test_command_line_fails_with_a_reason_on_bad_input(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Un article.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet,date\na.txt,X,pas une date\n", encoding="utf-8")
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[0].startswith(f"framing: cannot load {tmp_path}: 1 problem(s)")
    assert "metadata.csv, line 2: unparseable date" in err


def test_command_line_prints_a_runs_warnings_one_line_each(tmp_path, capsys, monkeypatch):
    import warnings

    import framing.pipeline

    def run_that_warns(source, **kwargs):  # the run itself is tested above; here only how the CLI shows it
        warnings.warn("46 groups are drawn; min_articles=2 (framing run --min-articles 2) pools those with "
                      "fewer than 2 articles so that at most 40 are.")

    monkeypatch.setattr(framing.pipeline, "run", run_that_warns)
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == ("framing: warning: 46 groups are drawn; min_articles=2 (framing run --min-articles 2) "
                      "pools those with fewer than 2 articles so that at most 40 are.")
    assert err[1].startswith("framing: wrote figures")


def test_command_line_on_a_missing_folder_exits_non_zero():
    proc = subprocess.run([sys.executable, "-m", "framing", "run", "no/such/folder"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "no such file or folder" in proc.stderr


@pytest.mark.parametrize("n, k", [(1, 3), (5, 3), (40, 6), (100, 10), (100_000, 10)])
def test_default_number_of_topics_grows_with_the_corpus(n, k):
    assert default_n_topics(n) == k


# --- outputs to trust -----------------------------------------------------------------------------
import json  # noqa: E402

import pandas as pd  # noqa: E402

from framing.diagnostics import problems  # noqa: E402
from framing.synthetic import write_study_folder  # noqa: E402

EU_CHINA = ROOT / "tests" / "data" / "eu_china_actors.csv"
ONE = ("Emmanuel Macron a reçu Xi Jinping à l'Élysée. « Nous voulons un partenariat équilibré », a déclaré "
       "Emmanuel Macron. Selon Pékin, les échanges commerciaux devaient être rééquilibrés. Malgré les vents "
       "contraires, le dialogue se poursuit. Les droits de douane sur les véhicules électriques pèsent.\n")


def one_outlet_folder(path, n=3):
    path.mkdir(parents=True, exist_ok=True)
    rows = ["file,outlet,date"]
    for i in range(n):
        (path / f"a{i}.txt").write_text(f"Sommet numéro {i}\n\n" + ONE, encoding="utf-8")
        rows.append(f"a{i}.txt,Le Monde,0{i + 1}/05/2017")
    (path / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_one_outlet_corpus_runs_and_writes_everything(tmp_path):
    out = tmp_path / "out"
    results = run(one_outlet_folder(tmp_path / "corpus"), out=out, n_boot=50, progress=False, actors=EU_CHINA)
    for stem in FAMILIES:
        assert (out / f"{stem}.png").exists(), stem
    assert (out / "tables" / "keyness.csv").exists() and len(results["keyness"]) == 0
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "this corpus has 1 group, so there is nothing to compare it with" in report
    assert "The association test needs at least two groups" in report


def test_a_corpus_of_two_short_articles_runs_though_no_article_can_be_modelled(tmp_path):
    table = tmp_path / "brief.csv"
    table.write_text("doc_id;Outlet;Date;text\n"
                     "a;Le Monde;02/05/2017;Poutine a déclaré que la rencontre était «très utile».\n"
                     "b;Le Monde;13/05/2017;«C'est fini», a dit Trump.\n", encoding="utf-8")
    out = tmp_path / "out"
    results = run(table, out=out, n_boot=20, progress=False)
    assert len(results["quotes"]) == 2
    assert results["doc_topics"].drop(columns="doc_id").isna().all().all()  # both too short to model
    for stem in FAMILIES:
        assert (out / f"{stem}.png").exists(), stem
    assert "No topic model could be fitted" in (out / "report.html").read_text(encoding="utf-8")


def test_a_second_run_replaces_every_file_of_the_first_and_keeps_the_researchers_own(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "README.md").write_text("Mes notes sur les figures.\n", encoding="utf-8")
    (out / "keyness_old-outlet.png").write_bytes(b"an old figure")  # from a run before framing-run.json
    corpus = one_outlet_folder(tmp_path / "corpus")
    run(SEEDS, out=out, n_boot=20, progress=False)
    assert sorted(p.name for p in out.glob("keyness_*.png")) == ["keyness_l-expression-algeria.png",
                                                                 "keyness_lci.png", "keyness_rt-france.png"]
    run(corpus, out=out, n_boot=20, progress=False)  # one outlet: no keyness figure at all
    assert list(out.glob("keyness_*")) == []
    assert (out / "README.md").read_text(encoding="utf-8") == "Mes notes sur les figures.\n"
    listed = json.loads((out / "framing-run.json").read_text(encoding="utf-8"))["files"]
    assert sorted(p.name for p in out.iterdir()) == sorted(listed + ["README.md"])
    assert not list(tmp_path.glob("out.tmp-*")) and not list(tmp_path.glob("out.old-*"))


def test_an_interrupted_run_leaves_the_previous_complete_output(tmp_path, monkeypatch):
    import framing.pipeline as pipeline

    out = tmp_path / "out"
    corpus = one_outlet_folder(tmp_path / "corpus")
    run(corpus, out=out, n_boot=20, progress=False)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "write_report", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run(SEEDS, out=out, n_boot=20, progress=False)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("out.")] == []
    # and an interrupted first run leaves nothing
    with pytest.raises(KeyboardInterrupt):
        run(SEEDS, out=tmp_path / "fresh", n_boot=20, progress=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out"]


@pytest.mark.parametrize("case", ["out-is-a-file", "parent-is-a-file", "not-writable", "tables-is-a-file"])
def test_path_errors_give_the_clean_message_and_exit_2(tmp_path, capsys, monkeypatch, case):
    corpus = one_outlet_folder(tmp_path / "corpus")
    afile = tmp_path / "a-file"
    afile.write_text("x", encoding="utf-8")
    args = ["run", str(corpus), "--no-progress", "--n-boot", "10"]
    if case == "out-is-a-file":
        args += ["--out", str(afile)]
        expected = "is a file, not a folder"
    elif case == "parent-is-a-file":
        args += ["--out", str(afile / "figures")]
        expected = "is a file, so the folder cannot be created"
    elif case == "tables-is-a-file":
        args += ["--out", str(tmp_path / "out"), "--tables", str(afile)]
        expected = "--tables"
    else:
        import framing.outputs

        (tmp_path / "locked").mkdir()
        monkeypatch.setattr(framing.outputs.os, "access", lambda path, mode: Path(path) != tmp_path / "locked")
        args += ["--out", str(tmp_path / "locked" / "figures")]
        expected = "is not writable"
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("framing: ") and expected in err and "Traceback" not in err


def test_version_is_printed(capsys):
    from framing import __version__

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.strip() == f"framing {__version__}"


@pytest.fixture(scope="module")
def study46(tmp_path_factory):
    """The messy 46-outlet, 54-article EU-China study, run with its own actor dictionary."""
    base = tmp_path_factory.mktemp("study46")
    corpus = write_study_folder(base / "corpus", n_articles=54, n_outlets=46, random_state=0)
    out, tables = base / "report", base / "elsewhere" / "tables"
    # more groups than a figure shows well: the run says which min_articles pools the small ones
    with pytest.warns(UserWarning, match=r"46 groups are drawn; min_articles=\d+ \(framing run --min-articles"):
        results = run(corpus, out=out, tables=tables, n_boot=100, progress=False, actors=EU_CHINA)
    return corpus, out, tables, results


@pytest.mark.slow
def test_46_outlets_report_is_small_and_records_how_it_was_made(study46):
    corpus, out, tables, results = study46
    report = out / "report.html"
    assert report.stat().st_size < 3_000_000
    text = report.read_text(encoding="utf-8")
    info = json.loads((out / "framing-run.json").read_text(encoding="utf-8"))
    assert info["n_articles"] == 54 and info["n_groups"] == 46 and info["n_boot"] == 100
    assert info["random_state"] == 0 and info["n_topics"] >= 3
    assert info["dictionaries"]["actors"]["name"] == "eu_china_actors.csv"
    import hashlib

    assert info["dictionaries"]["actors"]["sha256"] == hashlib.sha256(EU_CHINA.read_bytes()).hexdigest()
    for needle in (str(corpus.resolve()), info["dictionaries"]["actors"]["sha256"], "eu_china_actors.csv",
                   "cues.csv (bundled)", str(tables.resolve()), info["framing_version"]):
        assert needle in text, needle
    assert "tables/</code>" not in text  # the real tables folder is named
    # key words drawn for the 6 largest groups only, and the report says so
    assert len(list(out.glob("keyness_*.png"))) == 6
    assert "Key-word figures are drawn for the 6 largest of the 46 groups" in text
    assert "46 groups are drawn; min_articles=" in text  # in the captions of the comparison figures


@pytest.mark.slow
def test_46_outlets_french_dates_are_read_right(study46):
    corpus, _, _, results = study46
    from framing.corpus import load_corpus

    loaded = load_corpus(corpus)
    meta = pd.read_csv(corpus / "metadata.csv")
    truth = dict(zip(meta["file"], pd.to_datetime(meta["true_date"])))
    assert all(row.date.normalize() == truth[row.source_file] for row in loaded.itertuples())
    assert len(problems(loaded)) == 0


@pytest.mark.slow
def test_another_studys_dictionary_gives_only_its_own_sides_everywhere(study46):
    _, out, tables, results = study46
    assert set(results["quote_shares"]["side"]) == {"eu", "china", "joint", "other", "unattributed"}
    assert {"eu", "china"} <= set(results["quotes"]["side"])
    for path in list(tables.glob("*.csv")) + list(out.glob("*.svg")) + [out / "report.html"]:
        text = path.read_text(encoding="utf-8").lower()
        for word in ("kremlin", "white_house", "white house"):
            assert word not in text, f"{word} in {path.name}"


@pytest.mark.slow
def test_tables_are_written_as_csv_and_parquet_and_round_trip(study46):
    _, _, tables, results = study46
    for name in ("quotes", "quote_shares", "phrases", "topic_shares", "keyness", "doc_topics"):
        csv_table = pd.read_csv(tables / f"{name}.csv")
        parquet = pd.read_parquet(tables / f"{name}.parquet")
        assert len(csv_table) == len(parquet) == len(results[name]), name
    quotes = pd.read_parquet(tables / "quotes.parquet")
    assert list(problems(quotes).columns) == list(problems(results["quotes"]).columns)
    both = pd.concat([results["quotes"], results["quotes"]])
    assert len(both) == 2 * len(results["quotes"])


def test_format_csv_only(tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(one_outlet_folder(tmp_path / "c")), "--out", str(out), "--format", "csv",
                 "--n-boot", "10", "--no-progress"]) == 0
    assert list((out / "tables").glob("*.parquet")) == [] and (out / "tables" / "quotes.csv").exists()


def test_an_article_made_only_of_boilerplate_is_kept_and_reported(tmp_path):
    corpus = one_outlet_folder(tmp_path / "corpus")
    (corpus / "a9.txt").write_text("Publié le 2 mai 2017 à 10h30\nLire aussi : la Syrie\n", encoding="utf-8")
    (corpus / "metadata.csv").write_text((corpus / "metadata.csv").read_text() + "a9.txt,Le Figaro,2 mai 2017\n",
                                         encoding="utf-8")
    results = run(corpus, out=tmp_path / "out", n_boot=10, progress=False)
    assert list(results["boilerplate_notes"]["doc_id"]) == ["a9"]
    assert "kept whole" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_helper_processes_give_the_same_files_as_one_process(tmp_path, monkeypatch):
    # a large pandas run fits topics, finds candidate phrases and draws figures in two helper
    # processes: every file must be the one a run in this process alone writes
    import framing.pipeline as pipeline

    corpus = write_study_folder(tmp_path / "corpus", n_articles=40, n_outlets=5, random_state=3)
    outs = {}
    for name, threshold in (("alone", 10**9), ("helpers", 0)):
        monkeypatch.setattr(pipeline, "HELPERS_FROM", threshold)
        outs[name] = tmp_path / name
        run(corpus, out=outs[name], n_boot=50, progress=False, timings=tmp_path / f"{name}.json")
    assert "(helper process)" in (tmp_path / "helpers.json").read_text(encoding="utf-8")
    assert "(helper process)" not in (tmp_path / "alone.json").read_text(encoding="utf-8")
    files = sorted(p.relative_to(outs["alone"]) for p in outs["alone"].rglob("*") if p.is_file())
    assert len(files) > 20
    assert files == sorted(p.relative_to(outs["helpers"]) for p in outs["helpers"].rglob("*") if p.is_file())
    for rel in files:
        one, two = (outs[k].joinpath(rel).read_bytes() for k in ("alone", "helpers"))
        if rel.name in ("report.html", "framing-run.json"):  # they record the folder and the time of the run
            one, two = (re.sub(rb"20\d\d-\d\d-\d\dT[\d:+]+|" + str(tmp_path).encode() + rb"/(alone|helpers)", b"", x)
                        for x in (one, two))
        assert one == two, str(rel)


def test_helper_processes_report_a_corpus_too_short_to_model(tmp_path, monkeypatch):
    import framing.pipeline as pipeline

    monkeypatch.setattr(pipeline, "HELPERS_FROM", 0)
    table = tmp_path / "brief.csv"
    table.write_text("doc_id;Outlet;Date;text\n"
                     "a;Le Monde;02/05/2017;Poutine a déclaré que la rencontre était «très utile».\n"
                     "b;Le Figaro;13/05/2017;«C'est fini», a dit Trump.\n", encoding="utf-8")
    run(table, out=tmp_path / "out", n_boot=20, progress=False)
    assert "No topic model could be fitted" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
