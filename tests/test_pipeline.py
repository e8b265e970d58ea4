"""The whole pipeline and its command line on the bundled seeds."""

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
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), str(rel)


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


def test_command_line_on_a_missing_folder_exits_non_zero():
    proc = subprocess.run([sys.executable, "-m", "framing", "run", "no/such/folder"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "no such file or folder" in proc.stderr


@pytest.mark.parametrize("n, k", [(1, 3), (5, 3), (40, 6), (100, 10), (100_000, 10)])
def test_default_number_of_topics_grows_with_the_corpus(n, k):
    assert default_n_topics(n) == k
