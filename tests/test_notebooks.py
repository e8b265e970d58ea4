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
def test_notebook_runs_on_the_seeds(path, tmp_path, monkeypatch):
    seeds = str(Path(__file__).resolve().parents[1] / "seeds")
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's own inline backend, as in Jupyter
    nb = run_notebook(path, {"CORPUS": seeds, "FIGURES": str(tmp_path)})
    n_saved = figures_saved(nb)
    assert len(list(tmp_path.glob("*.png"))) >= min(n_saved, 1)
    # every cell that draws shows its figure (figure_style must not switch interactive mode off)
    for cell in nb.cells:
        if cell.cell_type == "code" and "plots.plot_" in cell.source:
            shown = [o for o in cell.outputs if "image/png" in o.get("data", {})]
            assert shown, f"no figure shown by the cell:\n{cell.source}"


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


@pytest.fixture(scope="module")
def eu_china_study(tmp_path_factory):
    from framing.synthetic import write_study_folder

    return write_study_folder(tmp_path_factory.mktemp("study") / "corpus", n_articles=54, n_outlets=46)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["02-who-is-quoted", "05-outlet-comparison"])
def test_notebook_takes_another_studys_dictionary_in_its_parameters_cell(name, eu_china_study, tmp_path):
    actors = str(Path(__file__).resolve().parent / "data" / "eu_china_actors.csv")
    path = next(p for p in NOTEBOOKS if p.stem == name)
    nb = run_notebook(path, {"CORPUS": str(eu_china_study), "FIGURES": str(tmp_path), "N_BOOT": 100,
                             "ACTORS": actors, "MIN_ARTICLES": 2})
    shown = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            shown.append(out.get("text", "") + str(out.get("data", {}).get("text/plain", ""))
                         + str(out.get("data", {}).get("text/html", "")))
    text = "\n".join(shown).lower()
    assert "china" in text and "kremlin" not in text and "white_house" not in text
    assert "other outlets (42)" in text  # the 42 one-article outlets pooled, as MIN_ARTICLES=2 asks
    svg = "\n".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("*.svg")).lower()
    assert "kremlin" not in svg and "white house" not in svg
    if name == "05-outlet-comparison":  # key words for the largest groups, named as `framing run` names them
        assert sorted(p.name for p in tmp_path.glob("keyness_*.png")) == [
            "keyness_le-figaro.png", "keyness_le-monde.png", "keyness_les-echos.png", "keyness_liberation.png",
            "keyness_other-outlets-42.png"]
