"""framing run --timings FILE: the wall and CPU time of each step (framing.timings)."""

import json
from pathlib import Path

import pytest

from framing.__main__ import main
from framing.timings import Stopwatch

ROOT = Path(__file__).resolve().parents[1]


def test_stopwatch_steps_follow_each_other():
    watch = Stopwatch()
    sum(range(200_000))
    watch.mark("count")
    watch.mark("nothing")
    table = watch.table()
    assert table["step"].tolist() == ["count", "nothing"]
    assert (table[["wall_s", "cpu_s"]] >= 0).all().all()
    assert table["at_s"].is_monotonic_increasing
    assert table["at_s"].iloc[-1] == pytest.approx(table["wall_s"].sum())


def test_run_writes_its_timings(tmp_path):
    path = tmp_path / "timings.json"
    assert main(["run", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--n-boot", "20", "--no-progress",
                 "--timings", str(path)]) == 0
    data = json.loads(path.read_text())
    steps = [s["step"] for s in data["steps"]]
    assert data["engine"] == "pandas" and data["n_articles"] == 5
    assert steps[0] == "load" and "figures" in steps and "write tables" in steps
    assert all(s["wall_s"] >= 0 for s in data["steps"])


def test_timings_in_a_missing_folder_is_refused_before_the_run(tmp_path, capsys):
    assert main(["run", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--no-progress",
                 "--timings", str(tmp_path / "no" / "t.json")]) == 2
    assert "--timings" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
