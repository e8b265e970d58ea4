"""The README's quick tour runs as written (from the repository root, on the bundled seeds)."""

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def readme_code(heading: str) -> str:
    """The first Python block under ``heading`` in README.md."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(r"```python\n(.*?)```", readme.split(heading, 1)[1], re.S).group(1)


def test_quick_tour_runs(tmp_path, monkeypatch):
    code = readme_code("## A quick tour")
    monkeypatch.chdir(tmp_path)
    os.symlink(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "figures").mkdir()
    namespace: dict = {}
    with pytest.warns(UserWarning, match="expected counts are below 5"):  # 33 quotes in 3 outlets: as it should
        exec(compile(code, "README.md quick tour", "exec"), namespace)
    assert len(namespace["corpus"]) == 5
    assert len(namespace["quotes"]) > 0 and len(namespace["phrases"]) > 0
    assert (tmp_path / "figures" / "quote_shares.pdf").exists()


@pytest.mark.slow
def test_cluster_section_runs_on_a_local_cluster(tmp_path, monkeypatch):
    code = readme_code("## Running on a cluster")
    monkeypatch.chdir(tmp_path)
    os.symlink(ROOT / "seeds", tmp_path / "seeds")
    namespace: dict = {}
    exec(compile(code, "README.md cluster section", "exec"), namespace)
    import framing

    pandas_corpus = framing.load_corpus(ROOT / "seeds")
    assert len(namespace["table"]) == len(framing.extract_quotes(pandas_corpus, progress=False))
    assert namespace["shares"].equals(framing.quote_shares(framing.extract_quotes(pandas_corpus, progress=False),
                                                           pandas_corpus))
    assert len(namespace["theta"]) == len(pandas_corpus)
