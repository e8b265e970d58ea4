"""Result tables carry their problems as plain records: Parquet and pd.concat keep working."""

import pandas as pd

import framing
from framing.diagnostics import problems

BROKEN = "«La paix est proche, a dit Poutine. Le Kremlin a démenti toute rencontre."


def test_quote_problems_survive_parquet(tmp_path):
    corpus = framing.load_corpus(pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [BROKEN]}))
    quotes = framing.extract_quotes(corpus, progress=False)
    assert problems(quotes)["problem"].str.contains("unclosed").any()
    path = tmp_path / "quotes.parquet"
    quotes.to_parquet(path)
    back = pd.read_parquet(path)
    pd.testing.assert_frame_equal(problems(back), problems(quotes))
    corpus.to_parquet(tmp_path / "corpus.parquet")  # the corpus too


def test_concat_of_two_results_keeps_both_problem_lists():
    parts = [framing.load_corpus(pd.DataFrame({"doc_id": [d], "outlet": ["X"], "text": [BROKEN]}))
             for d in ("a", "b")]
    quotes = [framing.extract_quotes(c, progress=False) for c in parts]
    assert len(pd.concat(quotes, ignore_index=True)) == sum(map(len, quotes))  # plain concat no longer fails
    joined = framing.concat(quotes, ignore_index=True)
    assert problems(joined)["doc_id"].tolist() == ["a", "b"]


def test_problems_of_a_table_without_any_is_empty():
    assert problems(pd.DataFrame({"x": [1]})).empty
