"""load_corpus on the bundled seeds, on every bad input it must name, and on table round trips."""

from pathlib import Path

import pandas as pd
import pytest

from framing.diagnostics import problems
from framing.corpus import CORPUS_COLUMNS, CorpusError, guess_title, load_corpus, split_articles

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS)


def test_seeds_load_five_articles_with_metadata_outlets_and_dates(seeds):
    assert len(seeds) == 5
    meta = pd.read_csv(SEEDS / "metadata.csv")
    by_file = meta.set_index("file")
    for row in seeds.itertuples():
        assert row.outlet == by_file.loc[row.source_file, "outlet"]
        assert row.date == pd.Timestamp(by_file.loc[row.source_file, "date"])
        assert row.event == by_file.loc[row.source_file, "event"]
    assert seeds["outlet"].value_counts().to_dict() == {"RT France": 3, "LCI": 1, "L'Expression (Algeria)": 1}


def test_columns_are_in_order_with_their_dtypes(seeds):
    assert list(seeds.columns[: len(CORPUS_COLUMNS)]) == CORPUS_COLUMNS
    assert str(seeds["date"].dtype) == "datetime64[ns]"
    assert seeds["source_offset"].dtype == "int64"
    assert seeds["doc_id"].is_unique
    assert {"url", "outlet_evidence"} <= set(seeds.columns)  # extra metadata kept after


def test_file_with_two_articles_is_split_and_offsets_map_back(seeds):
    parts = seeds[seeds["source_file"] == "001_2f1464cb4d1d22d2.txt"]
    assert list(parts["doc_id"]) == ["001_2f1464cb4d1d22d2-1", "001_2f1464cb4d1d22d2-2"]
    for row in seeds.itertuples():
        file_text = (SEEDS / row.source_file).read_text(encoding="utf-8")
        assert file_text[row.source_offset: row.source_offset + len(row.text)] == row.text
    first, second = parts["text"]
    assert first.startswith("Le président russe Vladimir Poutine a rencontré")
    assert first.endswith("[de la Syrie]».")
    assert second.startswith("Poutine et Trump s’entretiendront au téléphone")
    assert "*****" not in first + second


def test_single_article_files_keep_their_whole_text(seeds):
    row = seeds[seeds["doc_id"] == "003_5b93b9773f3e7b57"].iloc[0]
    assert row.text == (SEEDS / "003_5b93b9773f3e7b57.txt").read_text(encoding="utf-8")
    assert row.source_offset == 0


@pytest.mark.parametrize(
    "text, title",
    [
        ("International\n\nAu téléphone avec Trump, Poutine rappelle la Syrie\n\nCorps.", "Au téléphone avec Trump, Poutine rappelle la Syrie"),
        ("Trump et Poutine se parlent\nLe président américain a appelé.", "Trump et Poutine se parlent"),
        ("Le président russe a rencontré son homologue syrien à Sotchi, lundi.\nSuite.", ""),
    ],
)
def test_title_rule(text, title):
    assert guess_title(text) == title


def test_split_keeps_exact_offsets():
    text = "Un article.\n\n*****\n\nDeux articles.\n"
    parts = split_articles(text)
    assert [p for _, p in parts] == ["Un article.", "Deux articles."]
    for offset, part in parts:
        assert text[offset: offset + len(part)] == part


# --- bad inputs ---------------------------------------------------------------------------------
def make_folder(tmp_path, files: dict, metadata: str):
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (tmp_path / name).write_bytes(data)
    (tmp_path / "metadata.csv").write_text(metadata, encoding="utf-8")
    return tmp_path


GOOD = "Trump et Poutine se sont parlé au téléphone mardi."


@pytest.mark.parametrize(
    "files, metadata, expected",
    [
        ({"a.txt": GOOD, "b.txt": GOOD}, "file,outlet,date\na.txt,Le Monde,2017-05-02\n",
         ["b.txt", "no row in", "metadata.csv"]),
        ({"a.txt": GOOD}, "file,outlet,date\na.txt,Le Monde,2017-05-02\nmissing.txt,LCI,2017-05-03\n",
         ["metadata.csv, line 3", "'missing.txt'", "not in"]),
        ({"a.txt": GOOD}, "file,date\na.txt,2017-05-02\n",
         ["metadata.csv, line 1", "missing required column", "outlet"]),
        ({"a.txt": GOOD, "b.txt": b"Bon d\xe9but\nmais"}, "file,outlet,date\na.txt,X,2017-05-02\nb.txt,Y,2017-05-02\n",
         ["b.txt, line 1", "byte offset 5", "UTF-8"]),
        ({"a.txt": GOOD}, "file,outlet,date\na.txt,Le Monde,le 2 mai\n",
         ["metadata.csv, line 2", "unparseable date 'le 2 mai'", "YYYY-MM-DD"]),
        ({"a.txt": GOOD + "\n*****\n   \n"}, "file,outlet,date\na.txt,X,2017-05-02\n",
         ["a.txt", "article 2 of 2 is empty"]),
        ({"a.txt": GOOD}, "file,outlet,date\na.txt,X,2017-05-02\na.txt,Y,2017-05-02\n",
         ["metadata.csv, line 3", "listed again"]),
    ],
    ids=["missing-metadata-row", "row-names-missing-file", "missing-column", "undecodable", "bad-date",
         "empty-article", "file-listed-twice"],
)
def test_bad_folder_input_raises_naming_file_and_line(tmp_path, files, metadata, expected):
    folder = make_folder(tmp_path, files, metadata)
    with pytest.raises(CorpusError) as info:
        load_corpus(folder)
    message = str(info.value)
    for fragment in expected:
        assert fragment in message
    assert isinstance(info.value, ValueError)
    assert len(info.value.problems) >= 1


def test_all_problems_reported_at_once(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": GOOD, "b.txt": b"\xff\xfe", "c.txt": GOOD},
                         "file,outlet,date\na.txt,X,bad\nb.txt,Y,2017-01-01\n")
    with pytest.raises(CorpusError) as info:
        load_corpus(folder)
    problems = info.value.problems
    assert len(problems) == 3
    assert set(problems.columns) == {"source_file", "line", "problem"}


def test_errors_report_returns_loadable_rows_and_problems(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": GOOD, "b.txt": GOOD, "c.txt": GOOD},
                         "file,outlet,date\na.txt,X,2017-05-02\nb.txt,Y,pas une date\n")
    corpus = load_corpus(folder, errors="report")
    assert sorted(corpus["doc_id"]) == ["a", "b"]  # b loads with date NaT, c has no metadata row
    assert pd.isna(corpus.set_index("doc_id").loc["b", "date"])
    found = problems(corpus)
    assert len(found) == 2
    assert found["problem"].str.contains("unparseable date").any()
    assert found["problem"].str.contains("no row in").any()


def test_duplicate_ids_in_a_table_are_named_with_lines(tmp_path):
    path = tmp_path / "corpus.csv"
    pd.DataFrame({"doc_id": ["x", "y", "x"], "outlet": ["A", "B", "C"], "text": [GOOD] * 3}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match=r"duplicate doc_id 'x' \(lines 2, 4\)"):
        load_corpus(path)
    corpus = load_corpus(path, errors="report")
    assert list(corpus["doc_id"]) == ["y"]


def test_empty_text_in_a_table_names_the_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"doc_id": "a", "outlet": "X", "text": "Bonjour."}\n{"doc_id": "b", "outlet": "X", "text": ""}\n',
                    encoding="utf-8")
    with pytest.raises(CorpusError, match=r"corpus.jsonl, line 2: article 'b' has an empty 'text'"):
        load_corpus(path)


def test_table_without_text_column_says_how_to_fix(tmp_path):
    path = tmp_path / "corpus.csv"
    pd.DataFrame({"doc_id": ["a"], "body": [GOOD]}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match="text_col="):
        load_corpus(path)
    assert load_corpus(path, text_col="body")["text"].tolist() == [GOOD]


def test_missing_source_is_reported():
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus("does/not/exist")


# --- round trips ----------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".parquet", ".jsonl"])
def test_table_round_trip_keeps_text_ids_and_metadata(seeds, tmp_path, suffix):
    table = seeds[["doc_id", "outlet", "date", "event", "title", "text", "url"]].copy()
    path = tmp_path / f"corpus{suffix}"
    if suffix == ".csv":
        table.to_csv(path, index=False)
    elif suffix == ".tsv":
        table.to_csv(path, index=False, sep="\t")
    elif suffix == ".parquet":
        table.to_parquet(path)
    else:
        table.assign(date=table["date"].dt.strftime("%Y-%m-%d")).to_json(path, orient="records", lines=True,
                                                                         force_ascii=False)
    back = load_corpus(path)
    assert list(back.columns[:8]) == CORPUS_COLUMNS
    assert back["doc_id"].tolist() == seeds["doc_id"].tolist()
    assert back["text"].tolist() == seeds["text"].tolist()
    assert back["outlet"].tolist() == seeds["outlet"].tolist()
    assert (back["date"] == seeds["date"]).all()
    assert back["url"].fillna("").tolist() == seeds["url"].fillna("").tolist()
    assert (back["source_offset"] == 0).all() and (back["source_file"] == "").all()


def test_dataframe_source_without_ids_gets_row_ids():
    corpus = load_corpus(pd.DataFrame({"outlet": ["A", "B"], "text": [GOOD, GOOD]}))
    assert corpus["doc_id"].tolist() == ["row-1", "row-2"]
    assert corpus["date"].isna().all()


def test_bom_is_stripped(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": "\ufeff" + GOOD}, "file,outlet,date\na.txt,X,2017-05-02\n")
    assert load_corpus(folder)["text"].iloc[0] == GOOD
