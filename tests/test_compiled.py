"""The modules setup.py compiles with Cython (framing.compiled): imported in place of their source,
and giving the rows the pure Python source gives, on real French text."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

import framing
from framing.compiled import FRAMING_ROOT, compiled_modules, imported_compiled, stale_modules

REPO = Path(__file__).resolve().parents[1]
#: Articles of two development sets (scraped French news of many outlets) and the seeds.
TEXTS = sorted((REPO / "benchmarks" / "phrases_articles2" / "texts").glob("*.txt")) \
    + sorted((REPO / "benchmarks" / "phrases_articles3" / "texts").glob("*.txt")) + sorted((REPO / "seeds").glob("*.txt"))

PURE_RUN = """
import sys, pandas as pd, framing
from framing.compiled import imported_compiled
corpus = pd.read_pickle(sys.argv[1])
quotes = framing.extract_quotes(corpus, progress=False)
out = pd.concat([framing.find_phrases(corpus, quotes=quotes, progress=False),
                 framing.find_phrases(corpus, quotes=quotes, progress=False, all_hits=True)], ignore_index=True)
assert not imported_compiled(), imported_compiled()
assert framing.__file__.startswith(sys.argv[3]), framing.__file__
out.to_pickle(sys.argv[2])
"""


def test_the_compiled_modules_are_the_ones_python_imports():
    compiled = compiled_modules()
    for name, ext in compiled.items():
        assert Path(importlib.import_module(name).__file__) == ext
    assert imported_compiled() == sorted(compiled)
    assert stale_modules() == []


def test_compiled_and_pure_python_modules_find_the_same_phrases(tmp_path):
    """Run on this installation's modules (compiled where setup.py compiled them) and on a copy of the
    package without extensions, in a fresh process: the same rows, to the last float bit."""
    corpus = pd.DataFrame({"doc_id": [p.stem for p in TEXTS], "text": [p.read_text(encoding="utf-8") for p in TEXTS]})
    assert len(corpus) > 40
    quotes = framing.extract_quotes(corpus, progress=False)
    here = pd.concat([framing.find_phrases(corpus, quotes=quotes, progress=False),
                      framing.find_phrases(corpus, quotes=quotes, progress=False, all_hits=True)], ignore_index=True)
    assert len(here) > 1000 and set(here["voice"]) == {"journalist", "quoted"}

    pure = tmp_path / "pure"
    shutil.copytree(FRAMING_ROOT, pure / "framing", ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
    corpus.to_pickle(tmp_path / "corpus.pkl")
    env = dict(os.environ, PYTHONPATH=str(pure), PYTHONHASHSEED="0")
    subprocess.run([sys.executable, "-c", PURE_RUN, str(tmp_path / "corpus.pkl"), str(tmp_path / "pure.pkl"),
                    str(pure)], env=env, check=True, cwd=tmp_path)
    pd.testing.assert_frame_equal(here, pd.read_pickle(tmp_path / "pure.pkl"), check_exact=True)
