"""Every notebook runs top to bottom: on the bundled seeds, and on a larger generated corpus
by changing only the parameters cell (the way papermill injects parameters)."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from framing.synthetic import make_corpus

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("[0-9][0-9]-*.ipynb"))
EXPECTED = ["01-corpus", "02-who-is-quoted", "03-framing-phrases", "04-topics", "05-outlet-comparison",
            "06-is-it-valid"]


def test_the_notebooks_are_there():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stripped_and_has_a_parameters_cell(path):
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged 'parameters'"
    for name in ("CORPUS", "OUTLET_COL", "N_BOOT", "FIGURES"):
        assert name in tagged[0].source
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "outputs must be stripped"
            assert "def " not in cell.source and "class " not in cell.source, "no definitions in notebooks"


def run_notebook(path: Path, parameters: dict) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    index = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    source = "\n".join(f"{k} = {v!r}" for k, v in parameters.items())
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["tags"] = ["injected-parameters"]
    nb.cells.insert(index + 1, cell)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


def figures_saved(nb) -> int:
    return sum("save_figure" in c.source for c in nb.cells if c.cell_type == "code")


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_the_seeds(path, tmp_path):
    seeds = str(Path(__file__).resolve().parents[1] / "seeds")
    nb = run_notebook(path, {"CORPUS": seeds, "FIGURES": str(tmp_path)})
    n_saved = figures_saved(nb)
    assert len(list(tmp_path.glob("*.png"))) >= min(n_saved, 1)


@pytest.fixture(scope="module")
def larger_corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "synthetic.parquet"
    corpus = make_corpus(360, random_state=7)
    corpus.attrs = {}
    corpus.to_parquet(path)
    return path


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_a_larger_generated_corpus(path, larger_corpus, tmp_path):
    nb = run_notebook(path, {"CORPUS": str(larger_corpus), "FIGURES": str(tmp_path), "N_BOOT": 200})
    assert len(list(tmp_path.glob("*.png"))) >= min(figures_saved(nb), 1)
