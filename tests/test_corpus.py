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


# --- a researcher's real corpus: French dates, headers, quoting, boilerplate, JSON Lines ----------
ARTICLE = "Emmanuel Macron a reçu Xi Jinping à l'Élysée.\nLes deux présidents ont parlé du commerce.\n"


def folder_with_dates(tmp_path, dates, header="file,outlet,date"):
    lines = [header]
    for i, d in enumerate(dates):
        (tmp_path / f"a{i}.txt").write_text(ARTICLE, encoding="utf-8")
        lines.append(f'a{i}.txt,Le Monde,"{d}"')
    (tmp_path / "metadata.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "written, expected",
    [
        ("2 mai 2017", "2017-05-02"),
        ("lundi 2 mai 2017", "2017-05-02"),
        ("1er mai 2017", "2017-05-01"),
        ("02/05/2017", "2017-05-02"),  # day first: 2 May, never 5 February
        ("13/05/2017", "2017-05-13"),
        ("2.5.2017", "2017-05-02"),
        ("2017-05-02T10:00", "2017-05-02 10:00"),
        ("2017-05-02T10:00:00+02:00", "2017-05-02 10:00"),
        ("12 mars 2025 à 14h", "2025-03-12 14:00"),
        ("mercredi 12 mars 2025 à 14h30", "2025-03-12 14:30"),
        ("3 févr. 2024", "2024-02-03"),
        ("17 août 2023", "2023-08-17"),
    ],
)
def test_french_dates_are_read_day_first(tmp_path, written, expected):
    corpus = load_corpus(folder_with_dates(tmp_path, [written]))
    assert corpus["date"].iloc[0] == pd.Timestamp(expected)


def test_month_first_only_when_asked_and_an_impossible_month_is_refused(tmp_path):
    folder = folder_with_dates(tmp_path, ["02/05/2017", "13/05/2017"])
    corpus = load_corpus(folder, dayfirst=False, errors="report")
    assert corpus.set_index("doc_id").loc["a0", "date"] == pd.Timestamp("2017-02-05")
    assert pd.isna(corpus.set_index("doc_id").loc["a1", "date"])
    found = problems(corpus)
    bad = found[found["problem"].str.contains("13/05/2017")]
    assert len(bad) == 1 and bad["line"].iloc[0] == 3 and bad["source_file"].iloc[0].endswith("metadata.csv")
    assert "month first" in bad["problem"].iloc[0]


def test_date_format_accepts_only_that_format(tmp_path):
    folder = folder_with_dates(tmp_path, ["02/05/2017", "2 mai 2017"])
    corpus = load_corpus(folder, date_format="%d/%m/%Y", errors="report")
    assert corpus["date"].iloc[0] == pd.Timestamp("2017-05-02")
    assert list(problems(corpus)["line"]) == [3]


def test_unparseable_date_names_file_and_line(tmp_path):
    folder = folder_with_dates(tmp_path, ["2 mai 2017", "le lendemain du sommet", "32 mai 2017"])
    with pytest.raises(CorpusError) as info:
        load_corpus(folder)
    problems = info.value.problems
    assert list(problems["line"]) == [3, 4]
    assert "le lendemain du sommet" in problems["problem"].iloc[0]
    assert "metadata.csv, line 3" in str(info.value)


@pytest.mark.parametrize("header", ["file,outlet,Date", "File,Outlet,DATE", " file , outlet , date "])
def test_header_names_are_read_without_regard_to_case_or_spaces(tmp_path, header):
    corpus = load_corpus(folder_with_dates(tmp_path, ["02/05/2017"], header=header))
    assert corpus["date"].iloc[0] == pd.Timestamp("2017-05-02")
    assert corpus["outlet"].iloc[0] == "Le Monde"


def test_two_columns_that_read_as_the_same_name_are_refused(tmp_path):
    (tmp_path / "t.csv").write_text("doc_id,outlet,date,Date,text\na,LCI,2017-05-02,2017-05-03,Bonjour à tous.\n",
                                    encoding="utf-8")
    with pytest.raises(CorpusError, match="'date' and 'Date' both name 'date'"):
        load_corpus(tmp_path / "t.csv")


def test_table_header_date_is_recognised(tmp_path):
    (tmp_path / "t.csv").write_text("doc_id,Outlet,Date,Text\na,LCI,02/05/2017,Poutine a appelé Trump.\n",
                                    encoding="utf-8")
    corpus = load_corpus(tmp_path / "t.csv")
    assert corpus["date"].iloc[0] == pd.Timestamp("2017-05-02") and corpus["outlet"].iloc[0] == "LCI"


def test_unterminated_quote_is_named_and_never_swallows_the_rest(tmp_path):
    rows = ['doc_id,outlet,text',
            'a,LCI,"Trump a appelé Poutine mardi.',  # the closing quote is missing
            'b,RT France,"Le Kremlin a confirmé l\'appel, selon Dmitri Peskov."',
            'c,Le Monde,Les deux présidents ont parlé de la Syrie.',
            'd,France 24,"Un « entretien constructif », a dit la Maison-Blanche."']
    (tmp_path / "t.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path / "t.csv", errors="report")
    found = problems(corpus)
    assert 2 in set(found["line"])
    assert "quote" in found[found["line"] == 2]["problem"].iloc[0]
    assert set(corpus["doc_id"]) >= {"c", "d"}
    # no article holds another row's text
    assert not corpus["text"].str.contains("Le Monde,").any()
    assert corpus.set_index("doc_id").loc["d", "text"].startswith("Un « entretien constructif »")


def test_unterminated_quote_on_the_last_row_is_reported(tmp_path):
    (tmp_path / "t.csv").write_text('doc_id,outlet,text\na,LCI,Bonjour.\nb,RT,"Le Kremlin dément.\n',
                                    encoding="utf-8")
    with pytest.raises(CorpusError, match=r"t\.csv, line 3: a quoted field is never closed"):
        load_corpus(tmp_path / "t.csv")


def test_semicolon_separated_metadata_and_tables_are_read(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file;outlet;date\na.txt;Le Figaro;02/05/2017\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus["outlet"].iloc[0] == "Le Figaro" and corpus["date"].iloc[0] == pd.Timestamp("2017-05-02")
    (tmp_path / "t.csv").write_text('doc_id;outlet;text\nx;LCI;"Poutine; Trump; Xi."\n', encoding="utf-8")
    table = load_corpus(tmp_path / "t.csv")
    assert table["text"].iloc[0] == "Poutine; Trump; Xi."


def test_metadata_with_doc_id_and_no_file_column_finds_the_txt(tmp_path):
    (tmp_path / "lm-001.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,outlet,date\nlm-001,Le Monde,2 mai 2017\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert list(corpus["doc_id"]) == ["lm-001"] and corpus["source_file"].iloc[0] == "lm-001.txt"
    assert corpus["text"].iloc[0] == ARTICLE


def test_metadata_row_without_outlet_is_a_problem_row(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet\na.txt,Le Monde\nb.txt,\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, errors="report")
    assert len(corpus) == 2  # nothing dropped
    found = problems(corpus)
    assert list(found["line"]) == [3] and "no outlet" in found["problem"].iloc[0]
    with pytest.raises(CorpusError, match="line 3"):
        load_corpus(tmp_path)


def test_table_row_without_outlet_is_a_problem_row(tmp_path):
    (tmp_path / "t.csv").write_text("doc_id,outlet,text\na,LCI,Bonjour.\nb,,Salut.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path / "t.csv", errors="report")
    assert list(problems(corpus)["line"]) == [3]


def test_jsonl_lines_that_are_not_objects_or_texts_that_are_not_strings_are_named(tmp_path):
    import json

    lines = [json.dumps({"doc_id": "a", "outlet": "LCI", "text": "Poutine a appelé Trump."}, ensure_ascii=False),
             json.dumps(["b", "RT France", "Une liste, pas un objet."], ensure_ascii=False),
             json.dumps({"doc_id": "c", "outlet": "RT France", "text": 42}),
             '"juste une chaîne"',
             json.dumps({"doc_id": "d", "outlet": "Le Monde", "text": "Fin de l'appel."}, ensure_ascii=False)]
    (tmp_path / "t.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path / "t.jsonl", errors="report")
    assert list(corpus["doc_id"]) == ["a", "d"]
    found = problems(corpus).sort_values("line")
    assert list(found["line"]) == [2, 3, 4]
    assert all(found["source_file"].str.endswith("t.jsonl"))
    assert "not an object" in found["problem"].iloc[0] and "not a string" in found["problem"].iloc[1]


def test_jsonl_keeps_u2028_inside_strings_and_line_numbers(tmp_path):
    import json

    text = "Premier paragraphe.\u2028Deuxième, «\u2029» compris."
    lines = [json.dumps({"doc_id": "a", "outlet": "LCI", "text": text}, ensure_ascii=False),
             json.dumps({"doc_id": "b", "outlet": "LCI", "text": ""}),
             json.dumps({"doc_id": "c", "outlet": "LCI", "text": "Troisième."})]
    (tmp_path / "t.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "\u2028" in (tmp_path / "t.jsonl").read_text(encoding="utf-8")
    corpus = load_corpus(tmp_path / "t.jsonl", errors="report")
    assert corpus.set_index("doc_id").loc["a", "text"] == text
    assert list(problems(corpus)["line"]) == [2]  # the empty text, on its real line


@pytest.mark.parametrize(
    "text",
    [
        "Publié le 2 mai 2017 à 10h30. Donald Trump et Vladimir Poutine ont parlé de la Syrie au téléphone.",
        "Photos de l'entretien publiées par le Kremlin : Poutine et Trump se sont parlé mardi de la Syrie.",
        "Mis à jour le 3 mai. Le Kremlin a qualifié l'appel de « constructif », a indiqué Dmitri Peskov.",
        "© Le président russe a jugé la conversation « très utile », selon le Kremlin, mardi soir.",
        "Lire aussi les déclarations de Sergueï Lavrov, qui affirme que la Russie veut un dialogue sur la Syrie.",
        "Donald Trump et Vladimir Poutine ont évoqué la Syrie et la Corée du Nord lors d'un long appel (AFP)",
        "Publié le 2 mai 2017",
    ],
)
def test_boilerplate_never_blanks_a_one_paragraph_article(text):
    from framing.french import content_lemmas, content_text

    assert content_text(text).strip(), "the article kept its words"
    assert content_lemmas(text)


def test_an_article_made_only_of_boilerplate_lines_is_kept_and_flagged():
    from framing.french import all_boilerplate, content_text

    text = "Publié le 2 mai 2017\nLire aussi : la Syrie"
    assert content_text(text) == text and all_boilerplate(text)


def test_boilerplate_lines_still_go_when_the_article_has_prose():
    from framing.french import content_lemmas

    text = ("ADVERTISEMENT\ndate 2017-01-05\nPublié le 2 mai 2017 à 10h30\nLire aussi : la Syrie\n"
            "Photo : Donald Trump à la Maison-Blanche. © Reuters\nPoutine a appelé Trump.")
    assert content_lemmas(text) == ["poutine", "appeler", "trump"]


def test_titles_skip_crawl_artefacts():
    assert guess_title("ADVERTISEMENT\ndate 2017-01-05\nXi Jinping reçu à Paris par Emmanuel Macron\nCorps.") \
        == "Xi Jinping reçu à Paris par Emmanuel Macron"
    assert guess_title("Publié le 2 mai 2017 à 10h30\nTrump et Poutine se parlent\nCorps.") == \
        "Trump et Poutine se parlent"


def test_crawl_artefacts_are_not_counted_as_words():
    from framing.french import content_lemmas

    assert content_lemmas("Le sommet s'ouvre à 10 h mm.\nADVERTISEMENT\nXi arrive.") == ["sommet", "ouvrir", "xi",
                                                                                           "arriver"]


def test_a_date_column_under_another_name_is_named_not_left_all_empty(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet,Date de publication\na.txt,LCI,02/05/2017\n",
                                           encoding="utf-8")
    with pytest.raises(CorpusError, match=r"no 'date' column, but \['Date de publication'\] looks like one"):
        load_corpus(tmp_path)


def test_kept_content_lemmas_are_computed_once_and_equal(monkeypatch):
    """keep_content_lemmas: each distinct text is lemmatised once; the lemmas do not change."""
    from framing import french

    texts = ["Les négociations ont échoué à Genève.", "Poutine a appelé Trump.\nLire aussi : la Syrie",
             "Les négociations ont échoué à Genève."]
    plain = [french.content_lemmas(t) for t in texts]
    calls = []
    real = french._content_lemmas
    monkeypatch.setattr(french, "_content_lemmas", lambda *a: calls.append(a[0]) or real(*a))
    with french.keep_content_lemmas():
        kept = [french.content_lemmas(t) for t in texts] + [french.content_lemmas(t) for t in texts]
        kept[0].append("changed by a caller")  # a copy: the kept lemmas stay as they were
        assert french.content_lemmas(texts[0]) == plain[0]
        assert french.content_lemmas(texts[0], min_length=9) == ["négociation"]
    assert kept[:3] == [plain[0] + ["changed by a caller"], plain[1], plain[2]] and kept[3:] == plain
    assert calls == texts[:2] + [texts[0]]  # the third call is the min_length=9 one
    french.content_lemmas(texts[1])
    assert calls[-1] == texts[1]  # outside the block nothing is kept


def test_word_spans_and_content_lemmas_match_word_re_on_awkward_text():
    """The fast tokeniser finds exactly WORD_RE's words: elisions up to 7 letters, an apostrophe
    after 8 letters or more (no elision), numbers, hyphens, astral letters, digits inside words."""
    import random

    from framing import french

    pieces = ["l'", "qu’", "jusqu'", "lorsqu’", "presqu'île", "aujourd'hui", "Aujourd’hui", "ambassadeurs'",
              "ambassadeur'x", "négociations’accord", "a-t-il", "Maison-Blanche", "3,5", "1.000.000", "12h30",
              "𝐊remlin", "OTAN", "«non»", "x2y", "_tiret_", "œuvre", "ÉTATS-UNIS", "'", "’", " ", ", ", ".\n"]
    rng = random.Random(0)
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "-", "'"]) for _ in range(12))
        starts, ends, words = french.word_spans(text)
        expected = [m.span() for m in french.WORD_RE.finditer(text)]
        assert list(zip(starts, ends)) == expected, text
        assert words == [text[a:b] for a, b in expected]
        memo = {}
        slow = [lem for w in french.WORD_RE.findall(french.content_text(text))
                if (lem := memo.setdefault(w, french._content_lemma(w, french.stopwords(), 2)))]
        assert french.content_lemmas(text) == slow, text


def test_furniture_lines_are_short_lines_with_a_marker(tmp_path):
    from framing.french import furniture_patterns, furniture_spans

    text = ("Moscou et Washington renouent le dialogue.\n"
            "Déjà abonné ? Connectez-vous\n"
            "Nous utilisons des cookies.\n"
            "Un accord de 5 milliards d'€ a été signé à Pékin entre les deux pays, après des mois de "
            "discussions difficiles sur les droits de douane, les terres rares et les semi-conducteurs.")
    got = [text[s:e] for s, e in furniture_spans(text)]
    assert got == ["Déjà abonné ? Connectez-vous", "Nous utilisons des cookies."]
    assert furniture_spans("Trump appelle Poutine.") == []
    bad = tmp_path / "furniture.txt"
    bad.write_text("# a comment\n©\n(unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"furniture.txt, line 3"):
        furniture_patterns(bad)
