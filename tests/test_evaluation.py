"""Quote scoring: the matching rule on hand-made spans, and agreement with the acceptance scorer."""

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.evaluation import load_quote_gold, match_quotes, match_spans, nonquotes_extracted, score_quotes

ROOT = Path(__file__).resolve().parents[1]
ANNOTATION = ROOT / "benchmarks" / "annotation"  # a copy of the shared annotation target


@pytest.mark.parametrize("preds,golds,pairs", [
    # one to one: two predictions over one gold row, the larger overlap wins
    ([(0, 6), (0, 10)], [(0, 10)], [(1, 0)]),
    # one prediction over two gold rows: only the larger overlap is paired
    ([(0, 20)], [(0, 8), (8, 20)], [(0, 1)]),
    # largest overlap first even when it comes later in the lists
    ([(0, 10), (0, 30)], [(0, 30), (0, 10)], [(1, 0), (0, 1)]),
    # threshold: half of the shorter span, inclusive
    ([(0, 10)], [(5, 40)], [(0, 0)]),
    ([(0, 10)], [(6, 40)], []),
    ([(0, 40)], [(35, 45)], [(0, 0)]),
    ([(0, 40)], [(36, 45)], []),
    # disjoint and empty spans never match
    ([(0, 5)], [(5, 9)], []),
    ([(3, 3)], [(0, 9)], []),
])
def test_match_spans_is_one_to_one_largest_overlap_first_with_half_shorter_threshold(preds, golds, pairs):
    assert match_spans(preds, golds) == pairs


def test_a_match_with_the_wrong_side_counts_for_recall_by_kind_but_not_for_f1():
    found = pd.DataFrame({"doc_id": ["a", "a", "b"], "start": [0, 50, 0], "end": [20, 70, 10],
                          "side": ["kremlin", "joint", "other"]})
    gold = pd.DataFrame({"doc_id": ["a", "a", "b"], "char_start": [0, 52, 30], "char_end": [20, 70, 40],
                         "kind": ["direct", "indirect", "mixed"], "side": ["kremlin", "white_house", "other"]})
    pairs = match_quotes(found, gold)
    assert pairs[["pred", "gold", "correct"]].values.tolist() == [[0, 0, True], [1, 1, False]]
    s = score_quotes(found, gold)
    assert (s["matched"], s["correct"]) == (2, 1)
    assert s["precision"] == s["recall"] == pytest.approx(1 / 3)
    assert s["side_accuracy"] == 0.5
    assert s["direct_mixed_recall"] == 0.5
    assert s["recall_by_kind"] == {"direct": 1.0, "indirect": 1.0, "mixed": 0.0}
    # predicted sides kremlin, joint, other vs gold kremlin, white_house, other
    assert s["share_tvd"] == pytest.approx(1 / 3)
    assert s["nonquotes_extracted"] is None


def test_a_name_in_guillemets_counts_as_extracted_only_when_the_quote_hugs_it():
    nq = pd.DataFrame({"doc_id": ["a", "a"], "char_start": [10, 100], "text": ["Air Force One", "kompromat"]})
    found = pd.DataFrame({"doc_id": ["a", "a"], "start": [8, 20], "end": [25, 200]})
    assert nonquotes_extracted(found, nq)["text"].tolist() == ["Air Force One"]
    gold = pd.DataFrame({"doc_id": ["a"], "char_start": [0], "char_end": [5], "kind": ["direct"],
                         "side": ["other"]})
    assert score_quotes(found.assign(side="other"), gold, nonquotes=nq)["nonquotes_extracted"] == 1


def test_scores_agree_with_the_acceptance_scorer_on_the_seeds():
    script = ANNOTATION / "score_quotes.py"
    assert script.exists(), f"the acceptance scorer is expected at {script}"
    run = subprocess.run([sys.executable, str(script), "--gold", str(ANNOTATION / "seeds_gold_quotes.csv"),
                          "--texts", str(ROOT / "seeds")], cwd=ROOT, capture_output=True, text=True, check=True)
    printed = re.search(r"attribution F1=([0-9.]+) \(P=([0-9.]+) R=([0-9.]+)\)", run.stdout)
    assert printed, run.stdout
    gs = load_quote_gold(gold=ANNOTATION / "seeds_gold_quotes.csv", texts=ROOT / "seeds",
                         nonquotes=ANNOTATION / "seeds_gold_nonquotes.csv")
    corpus = gs.corpus.assign(outlet="unknown", date=pd.NaT, title="")
    s = score_quotes(framing.extract_quotes(corpus, progress=False), gs.gold, nonquotes=gs.nonquotes)
    assert (f"{s['f1']:.3f}", f"{s['precision']:.3f}", f"{s['recall']:.3f}") == printed.groups()
    side = re.search(r"side_acc=([0-9.]+) share_TVD=([0-9.]+)", run.stdout)
    assert (f"{s['side_accuracy']:.3f}", f"{s['share_tvd']:.3f}") == side.groups()
    assert s["nonquotes_extracted"] == 0


@pytest.mark.parametrize("name", ["quotes_dev", "quotes_test1", "quotes_test2"])
def test_scores_agree_with_the_acceptance_scorer_on_the_benchmark_sets_also_as_a_coded_sheet(name):
    folder = ROOT / "benchmarks" / name
    run = subprocess.run([sys.executable, str(ANNOTATION / "score_quotes.py"), "--gold", str(folder / "gold.csv"),
                          "--texts", str(folder / "texts")], cwd=ROOT, capture_output=True, text=True, check=True)
    printed = re.search(r"gold=(\d+) pred=(\d+) matched=(\d+) direct\+mixed recall=([0-9.]+) side_acc=([0-9.]+) "
                        r"share_TVD=([0-9.]+)\nattribution F1=([0-9.]+) \(P=([0-9.]+) R=([0-9.]+)\)", run.stdout)
    assert printed, run.stdout
    gs = load_quote_gold(folder)
    found = framing.extract_quotes(gs.corpus.assign(outlet="unknown", date=pd.NaT, title=""), progress=False)
    # the same gold laid out as a coded sheet (start/end, is_quote) gives the same figures
    sheet = gs.gold.rename(columns={"char_start": "start", "char_end": "end"}).assign(is_quote="yes")
    for gold in (gs.gold, sheet):
        s = score_quotes(found, gold)
        mine = (str(s["gold"]), str(s["pred"]), str(s["matched"])) + tuple(
            f"{s[k]:.3f}" for k in ("direct_mixed_recall", "side_accuracy", "share_tvd", "f1", "precision", "recall"))
        assert mine == printed.groups()
