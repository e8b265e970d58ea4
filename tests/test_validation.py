"""Validation kit: samples for coding, coding sheets round-trip, agreement, scoring against coders."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import interval_distance
from sklearn.metrics import cohen_kappa_score

import framing
from framing.evaluation import score_phrases, score_quotes, score_tone, tone_bins
from framing.validation import (CodingSheetError, _allocate, agreement, finding_ids, read_coding_sheet,
                                sample_for_coding, write_coding_sheet)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CODED = ROOT / "notebooks" / "coded"
GOLD = ROOT / "benchmarks" / "annotation" / "seeds_gold_quotes.csv"

TEXTS = [
    "Le Kremlin a jugé la conversation «très constructive», selon un communiqué publié mardi soir.",
    "«Nous voulons la paix», a déclaré Donald Trump. La Maison-Blanche a ajouté que les échanges "
    "étaient francs.",
    "Selon Dmitri Peskov, les deux présidents sont convenus de se revoir. Le climat reste pourtant tendu.",
    "Vladimir Poutine a affirmé que la Russie ne céderait pas. «C'est inacceptable», a-t-il ajouté.",
]


@pytest.fixture
def corpus():
    return pd.DataFrame({"doc_id": ["d1", "d2", "d3", "d4"], "outlet": ["RT", "LCI", "LCI", "RT"],
                         "title": ["Appel", "Paix", "Revoir", "Refus"], "text": TEXTS})


@pytest.fixture
def quotes(corpus):
    rows = []
    for doc, text, frag, side in [("d1", TEXTS[0], "très constructive", "kremlin"),
                                  ("d2", TEXTS[1], "Nous voulons la paix", "white_house"),
                                  ("d2", TEXTS[1], "les échanges étaient francs", "white_house"),
                                  ("d3", TEXTS[2], "les deux présidents sont convenus de se revoir", "kremlin"),
                                  ("d4", TEXTS[3], "la Russie ne céderait pas", "kremlin"),
                                  ("d4", TEXTS[3], "C'est inacceptable", "kremlin")]:
        start = text.index(frag)
        rows.append({"doc_id": doc, "start": start, "end": start + len(frag), "quote": frag, "kind": "direct",
                     "speaker": "x", "side": side})
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- sampling

def test_finding_ids_come_from_the_place_of_the_finding_not_the_order(quotes, corpus):
    ids = finding_ids(quotes)
    assert ids.iloc[0] == f"q:d1:{TEXTS[0].index('très')}-{TEXTS[0].index('très') + 17}"
    shuffled = quotes.sample(frac=1, random_state=3)
    a = sample_for_coding(quotes, corpus, n=3, random_state=5)
    b = sample_for_coding(shuffled, corpus, n=3, random_state=5)
    assert a["finding_id"].tolist() == b["finding_id"].tolist()


def test_the_sample_is_reproducible_and_depends_on_the_seed(quotes, corpus):
    draws = {tuple(sample_for_coding(quotes, corpus, n=3, random_state=s)["finding_id"]) for s in range(8)}
    assert len(draws) > 1
    assert sample_for_coding(quotes, corpus, n=3, random_state=1).equals(
        sample_for_coding(quotes, corpus, n=3, random_state=1))


@pytest.mark.parametrize("sizes,n,expected", [
    ({"a": 10, "b": 10}, 4, {"a": 2, "b": 2}),
    ({"a": 30, "b": 10}, 8, {"a": 6, "b": 2}),          # 1 each, the other 6 shared 30:10 -> 4.5/1.5
    ({"a": 50, "b": 1, "c": 1}, 5, {"a": 3, "b": 1, "c": 1}),   # one each even for tiny strata
    ({"a": 5, "b": 3, "c": 1}, 2, {"a": 1, "b": 1, "c": 0}),    # fewer than strata: the largest first
    ({"a": 2, "b": 9}, 7, {"a": 2, "b": 5}),             # never more than a stratum holds
])
def test_allocation_gives_one_per_stratum_then_shares_the_rest_by_size(sizes, n, expected):
    alloc = _allocate(pd.Series(sizes), n)
    assert alloc.to_dict() == expected
    assert alloc.sum() == min(n, sum(sizes.values()))


def test_stratified_sample_takes_each_outlet_and_says_when_it_took_all(quotes, corpus):
    s = sample_for_coding(quotes, corpus, n=2, by="outlet")
    assert sorted(s["outlet"]) == ["LCI", "RT"]
    assert not s.attrs["took_all"]
    everything = sample_for_coding(pd.concat([quotes, quotes.iloc[:1]]), corpus, n=60, by="side")
    assert len(everything) == len(quotes) and everything.attrs["took_all"]
    assert everything.attrs["population"] == len(quotes)
    assert framing.problems(everything)["finding_id"].tolist() == [finding_ids(quotes).iloc[0]]


def test_a_quote_sheet_has_context_with_the_finding_marked_and_empty_answers(quotes, corpus):
    s = sample_for_coding(quotes, corpus, n=10, context=20)
    row = s[s["text"] == "Nous voulons la paix"].iloc[0]
    assert row["context"].startswith("«⟦Nous voulons la paix⟧», a déclaré Donald")
    assert row["context"].endswith("…")
    assert not row["context"][:-1].endswith(" ")
    assert row["tool_side"] == "white_house"
    for col in ("is_quote", "kind", "speaker", "side", "note"):
        assert s[col].isna().all()
    assert s.attrs["sheet"] == "quotes"
    assert s.attrs["allowed"]["side"] == ["kremlin", "white_house", "joint", "other", "unattributed"]


def test_articles_are_sampled_from_the_corpus_or_from_a_tone_table(corpus):
    s = sample_for_coding(corpus, corpus, n=2, by="outlet", random_state=0)
    assert s["finding_id"].str.fullmatch(r"a:d\d").all()
    assert (s["context"] == s["doc_id"].map(dict(zip(corpus["doc_id"], corpus["text"])))).all()
    assert s["tone"].dtype == "Int64" and s["tone"].isna().all()
    tone = pd.DataFrame({"doc_id": ["d1", "d2", "d3", "d4"], "tone": [0.4, -0.2, 0.0, -1.1]})
    t = sample_for_coding(tone, corpus, n=4)
    assert t["tool_tone"].tolist() == [0.4, -0.2, 0.0, -1.1] and t.attrs["sheet"] == "articles"


def test_phrase_findings_give_a_phrase_sheet(corpus):
    start = TEXTS[2].index("tendu")
    phrases = pd.DataFrame({"doc_id": ["d3"], "start": [start], "end": [start + 5], "phrase": ["tendu"],
                            "label": ["negative"], "frame": ["conflict"]})
    s = sample_for_coding(phrases, corpus, n=1)
    assert s["finding_id"].tolist() == [f"p:d3:{start}-{start + 5}"]
    assert {"is_phrase", "polarity", "frame", "voice", "tool_polarity", "tool_frame"} <= set(s.columns)


def test_findings_outside_the_corpus_are_refused(quotes, corpus):
    with pytest.raises(ValueError, match="not in the corpus"):
        sample_for_coding(quotes.assign(doc_id="zz"), corpus, n=2)


# --------------------------------------------------------------------------- sheets

def coded(sample):
    s = sample.copy()
    s["is_quote"] = ["yes", "no", "yes", "yes", "yes", "yes"][: len(s)]
    s["kind"] = ["direct", None, "indirect", "indirect", "indirect", "direct"][: len(s)]
    s["speaker"] = ["le Kremlin", None, "la Maison-Blanche", "Dmitri Peskov", "Vladimir Poutine", "il"][: len(s)]
    s["side"] = ["kremlin", None, "white_house", "kremlin", "kremlin", "kremlin"][: len(s)]
    s["note"] = [None, "pas une citation", None, None, None, None][: len(s)]
    return s


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_coded_sheet_round_trips(quotes, corpus, tmp_path, suffix):
    sample = coded(sample_for_coding(quotes, corpus, n=10, by="outlet"))
    path = write_coding_sheet(sample, tmp_path / f"quotes{suffix}")
    back = read_coding_sheet(path)
    expected = sample.drop(columns=[c for c in sample.columns if c.startswith("tool_")]).assign(added=False)
    pd.testing.assert_frame_equal(back, expected.astype({c: object for c in ("is_quote", "kind", "speaker",
                                                                              "side", "note")}))
    with_tool = read_coding_sheet(write_coding_sheet(sample, tmp_path / f"tool{suffix}", tool_labels=True))
    assert with_tool["tool_side"].tolist() == sample["tool_side"].tolist()
    again = read_coding_sheet(write_coding_sheet(back, tmp_path / f"again{suffix}"))   # a read sheet, rewritten
    pd.testing.assert_frame_equal(again, back)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_tone_sheet_round_trips_with_integer_tones(corpus, tmp_path, suffix):
    s = sample_for_coding(corpus, corpus, n=4)
    s["tone"] = pd.array([2, -1, pd.NA, 0], dtype="Int64")
    back = read_coding_sheet(write_coding_sheet(s, tmp_path / f"tone{suffix}"))
    pd.testing.assert_frame_equal(back.drop(columns="added"), s)
    tone = pd.DataFrame({"doc_id": ["d1", "d2"], "tone": [0.4, -1.25]})
    labelled = read_coding_sheet(write_coding_sheet(sample_for_coding(tone, corpus, n=2),
                                                    tmp_path / f"tool{suffix}", tool_labels=True))
    assert labelled["tool_tone"].tolist() == [0.4, -1.25]


def test_the_xlsx_sheet_highlights_the_finding_freezes_the_header_and_offers_lists(quotes, corpus, tmp_path):
    from openpyxl import load_workbook
    from openpyxl.cell.rich_text import CellRichText

    path = write_coding_sheet(sample_for_coding(quotes, corpus, n=10), tmp_path / "q.xlsx")
    wb = load_workbook(path, rich_text=True)
    ws = wb["coding"]
    header = [c.value for c in ws[1]]
    assert "tool_side" not in header and ws.freeze_panes == "A2"
    ctx = ws.cell(2, header.index("context") + 1).value
    assert isinstance(ctx, CellRichText)
    bold = [str(block.text) for block in ctx if hasattr(block, "font") and block.font.b]
    assert bold == ["⟦très constructive⟧"]
    lists = {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1 for dv in ws.data_validations.dataValidation}
    letter = {name: ws.cell(1, k + 1).column_letter for k, name in enumerate(header)}
    assert {letter[c] for c in ("is_quote", "kind", "side")} <= set(lists)
    assert letter["speaker"] not in lists
    assert wb["allowed"].sheet_state == "hidden"
    assert ws.column_dimensions[letter["context"]].width > ws.column_dimensions[letter["start"]].width


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_bad_value_is_reported_with_file_row_and_column(quotes, corpus, tmp_path, suffix):
    s = coded(sample_for_coding(quotes, corpus, n=10))
    s.loc[2, "kind"] = "directe"        # third data row: row 4 in the spreadsheet
    s.loc[4, "is_quote"] = "peut-être"  # row 6
    path = write_coding_sheet(s, tmp_path / f"bad{suffix}")
    with pytest.raises(CodingSheetError) as err:
        read_coding_sheet(path)
    msg = str(err.value)
    assert f"bad{suffix}, row 4, column 'kind': 'directe' is not allowed" in msg
    assert "row 6, column 'is_quote'" in msg and "['yes', 'no']" in msg


def test_values_are_read_leniently_but_the_side_list_of_an_xlsx_sheet_is_enforced(quotes, corpus, tmp_path):
    s = coded(sample_for_coding(quotes, corpus, n=10))
    s.loc[0, "is_quote"] = " Yes "
    assert read_coding_sheet(write_coding_sheet(s, tmp_path / "a.csv"))["is_quote"].iloc[0] == "yes"
    s.loc[0, "side"] = "elysee"
    assert read_coding_sheet(write_coding_sheet(s, tmp_path / "b.csv"))["side"].iloc[0] == "elysee"
    with pytest.raises(CodingSheetError, match="column 'side': 'elysee'"):
        read_coding_sheet(write_coding_sheet(s, tmp_path / "b.xlsx"))
    ok = read_coding_sheet(write_coding_sheet(s, tmp_path / "c.xlsx", allowed={"side": ["kremlin", "Elysee",
                                                                                        "white_house"]}))
    assert ok["side"].iloc[0] == "Elysee"   # the list's spelling


def test_a_coder_adds_a_missed_quote_by_pasting_its_text(quotes, corpus, tmp_path):
    s = coded(sample_for_coding(quotes, corpus, n=10))
    extra = pd.DataFrame([{"doc_id": "d3", "text": "le climat reste", "is_quote": "no"},
                          {"doc_id": "d1", "text": "très\u00a0constructive", "is_quote": "yes", "kind": "direct",
                           "side": "kremlin"}])
    path = write_coding_sheet(pd.concat([s, extra], ignore_index=True), tmp_path / "added.csv")
    with pytest.raises(CodingSheetError, match="row 8: an added row needs start and end"):
        read_coding_sheet(path)
    with pytest.raises(CodingSheetError, match="row 8: the text 'le climat reste' occurs 0 times in d3"):
        read_coding_sheet(path, corpus=corpus)
    extra.loc[0, "text"] = "Le climat reste"
    back = read_coding_sheet(write_coding_sheet(pd.concat([s, extra], ignore_index=True), path), corpus=corpus)
    added = back[back["added"]]
    start = TEXTS[2].index("Le climat")
    assert added["finding_id"].tolist() == [f"q:d3:{start}-{start + 15}", s["finding_id"].iloc[0]]


# --------------------------------------------------------------------------- agreement

A5 = ["yes", "yes", "no", "no", "yes"]
B5 = ["yes", "no", "no", "no", "yes"]


def two(a, b, col="x"):
    ids = [f"u{i}" for i in range(len(a))]
    return pd.DataFrame({"finding_id": ids, col: a}), pd.DataFrame({"finding_id": ids, col: b})


def test_agreement_matches_values_computed_by_hand():
    # p_o = 4/5; p_e = 3/5*2/5 + 2/5*3/5 = 0.48; kappa = (0.8 - 0.48) / 0.52
    # alpha: 10 values, 5 yes / 5 no; D_o = 2/10, D_e = 2*5*5/(10*9); alpha = 1 - 0.2 / (50/90) = 0.64
    r = agreement(*two(A5, B5), on="x", n_boot=0).iloc[0]
    assert r["n"] == 5 and r["percent_agreement"] == pytest.approx(0.8)
    assert r["cohen_kappa"] == pytest.approx(0.32 / 0.52)
    assert r["krippendorff_alpha"] == pytest.approx(0.64)
    assert np.isnan(r["cohen_kappa_low"])


def test_linearly_weighted_kappa_for_ordinal_tone_matches_a_hand_computation():
    a, b = [-1, 0, 1, 1], [-1, 1, 1, 0]
    # categories -1..1, weights |i-j|/2; observed disagreement = (0 + .5 + 0 + .5)/4 = .25
    # marginals a and b: (1/4, 1/4, 2/4); expected = sum p_i q_j |i-j|/2
    #   = 2 * (1/16 * .5 + 1/8 * 1 + 1/8 * .5) = 0.4375
    r = agreement(*two(a, b), on="x", level="ordinal", n_boot=0).iloc[0]
    assert r["cohen_kappa"] == pytest.approx(1 - 0.25 / 0.4375)
    assert r["kappa_weights"] == "linear"


SHARED = [
    (["a", "a", "b", "b", "c", "c", "a", "b"], ["a", "b", "b", "b", "c", "a", "a", "b"]),
    (A5 * 3, B5 + A5 + ["no", "no", "yes", "no", "no"]),
    (["kremlin", "white_house", "joint", "other", "kremlin", "kremlin", "unattributed", "joint", "white_house"],
     ["kremlin", "white_house", "white_house", "other", "kremlin", "joint", "unattributed", "joint", "other"]),
]


@pytest.mark.parametrize("a,b", SHARED)
def test_nominal_agreement_matches_scikit_learn_and_nltk(a, b):
    r = agreement(*two(a, b), on="x", n_boot=0).iloc[0]
    task = AnnotationTask(data=[("c1", i, x) for i, x in enumerate(a)] + [("c2", i, y) for i, y in enumerate(b)])
    assert r["cohen_kappa"] == pytest.approx(cohen_kappa_score(a, b))
    assert r["cohen_kappa"] == pytest.approx(task.kappa())
    assert r["krippendorff_alpha"] == pytest.approx(task.alpha())
    assert r["percent_agreement"] == pytest.approx(task.avg_Ao())


def test_interval_alpha_matches_nltk_with_the_interval_distance():
    a, b = [-2, -1, 0, 1, 2, 1, 0, -1], [-2, 0, 0, 2, 1, 1, -1, -1]
    r = agreement(*two(a, b), on="x", level="interval", n_boot=0).iloc[0]
    task = AnnotationTask(data=[("c1", i, x) for i, x in enumerate(a)] + [("c2", i, y) for i, y in enumerate(b)],
                          distance=interval_distance)
    assert r["krippendorff_alpha"] == pytest.approx(task.alpha())
    assert r["cohen_kappa"] == pytest.approx(cohen_kappa_score(a, b, weights="quadratic"))


def test_bootstrap_intervals_are_seeded_and_bracket_the_estimate():
    a, b = SHARED[1]
    r1 = agreement(*two(a, b), on="x", n_boot=300, random_state=4)
    r2 = agreement(*two(a, b), on="x", n_boot=300, random_state=4)
    pd.testing.assert_frame_equal(r1, r2)
    for m in ("percent_agreement", "cohen_kappa", "krippendorff_alpha"):
        assert r1[f"{m}_low"].item() <= r1[m].item() <= r1[f"{m}_high"].item()
        assert r1[f"{m}_low"].item() < r1[f"{m}_high"].item()


def test_units_one_side_did_not_code_are_listed_not_silently_dropped():
    a = pd.DataFrame({"finding_id": ["u1", "u2", "u3"], "side": ["kremlin", "joint", None]})
    b = pd.DataFrame({"finding_id": ["u1", "u2", "u4"], "tool_side": ["kremlin", "other", "joint"]})
    r = agreement(a, b, on=("side", "tool_side"), n_boot=0)
    assert r["n"].item() == 2
    assert framing.problems(r).to_dict("records") == [{"id": "u3", "problem": "only in table a"},
                                                      {"id": "u4", "problem": "only in table b"}]


def test_ordinal_agreement_needs_numbers_or_an_order():
    with pytest.raises(ValueError, match="categories="):
        agreement(*two(["low", "high"], ["high", "high"]), on="x", level="ordinal")
    r = agreement(*two(["low", "high", "mid"], ["mid", "high", "mid"]), on="x", level="ordinal",
                  categories=["low", "mid", "high"], n_boot=0)
    assert r["percent_agreement"].item() == pytest.approx(2 / 3)


# --------------------------------------------------------------------------- scoring against coders

def test_score_quotes_counts_only_predictions_in_the_golds_documents_as_the_acceptance_scorer():
    found = pd.DataFrame({"doc_id": ["a", "z"], "start": [0, 0], "end": [10, 10], "side": ["kremlin", "other"]})
    gold = pd.DataFrame({"doc_id": ["a.txt"], "char_start": [0], "char_end": [10], "kind": ["direct"],
                         "side": ["kremlin"]})
    s = score_quotes(found, gold)
    assert (s["pred"], s["precision"], s["recall"]) == (1, 1.0, 1.0)


def test_a_coded_sheet_is_gold_its_no_rows_are_not_and_its_documents_all_count():
    found = pd.DataFrame({"doc_id": ["a", "a", "b"], "start": [0, 20, 0], "end": [10, 30, 10],
                          "side": ["kremlin", "joint", "other"]})
    sheet = pd.DataFrame({"finding_id": ["q:a:0-10", "q:a:20-30", "q:b:0-10"], "doc_id": ["a", "a", "b"],
                          "start": [0, 20, 0], "end": [10, 30, 10], "is_quote": ["yes", "no", "no"],
                          "kind": ["direct", None, None], "side": ["kremlin", None, None]})
    s = score_quotes(found, sheet)
    assert (s["gold"], s["pred"], s["correct"]) == (1, 3, 1)
    assert s["precision"] == pytest.approx(1 / 3) and s["recall"] == 1.0


@pytest.fixture(scope="module")
def seeds_split():
    corpus = framing.load_corpus(SEEDS)
    return corpus, framing.extract_quotes(corpus, progress=False)


@pytest.mark.parametrize("suffix", ["", ".txt"])
def test_gold_keyed_by_file_is_mapped_onto_the_articles_a_file_was_split_into(seeds_split, suffix):
    from framing.evaluation import _gold_table

    corpus, found = seeds_split
    gold = pd.read_csv(GOLD, dtype={"doc_id": str})
    gold["doc_id"] = gold["doc_id"] + suffix
    mapped, docs, problems = _gold_table(gold, flag="is_quote", found=found, corpus=corpus, what="gold")
    texts = dict(zip(corpus["doc_id"], corpus["text"]))
    assert problems == [] and len(mapped) == len(gold)
    assert {d for d in mapped["doc_id"] if d.startswith("001_")} == {"001_2f1464cb4d1d22d2-1",
                                                                      "001_2f1464cb4d1d22d2-2"}
    assert all(texts[r.doc_id][r.char_start:r.char_end] == r.quote_text for r in mapped.itertuples())
    s = score_quotes(found, gold, corpus=corpus)
    assert s["gold"] == len(gold) and s["pred"] == len(found) and s["recall"] > 0.8
    with pytest.raises(ValueError, match="pass corpus="):
        score_quotes(found, gold)


def test_the_shipped_coded_sheets_read_back_and_score_the_tool(seeds_split):
    corpus, found = seeds_split
    c1 = read_coding_sheet(CODED / "seeds_quotes_coder1.csv", corpus=corpus)
    c2 = read_coding_sheet(CODED / "seeds_quotes_coder2.csv", corpus=corpus)
    s = score_quotes(found, c1, n_boot=200)
    judged = finding_ids(found).isin(c1["finding_id"])
    assert s["pred"] == (len(found) if s["coverage"] == "complete" else judged.sum())
    assert s["gold"] == (c1["is_quote"] == "yes").sum()
    assert s["precision_low"] <= s["precision"] <= s["precision_high"]
    tool = agreement(c1, found, on="side", n_boot=0).iloc[0]
    # the tool's table is joined through the ids its sheet would have
    assert tool["n"] == (judged & finding_ids(found).map(dict(zip(c1["finding_id"], c1["side"]))).notna()).sum()
    side = agreement(c1, c2, on="side").iloc[0]
    assert 0 < side["cohen_kappa"] < 1 and side["n"] > 25
    tone = agreement(CODED / "seeds_tone_coder1.csv", CODED / "seeds_tone_coder2.csv", on="tone", level="ordinal")
    assert tone["n"].item() == len(corpus)
    p1, p2 = (read_coding_sheet(CODED / f"seeds_phrases_coder{k}.csv") for k in (1, 2))
    assert agreement(p1, p2, on="is_phrase")["n"].item() == len(p1) == 30
    phrases = score_phrases(framing.find_phrases(corpus, progress=False), p1)
    assert phrases["gold"] == (p1["is_phrase"] == "yes").sum() and phrases["coverage"] == "sample"


def phrase_tables():
    found = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "start": [0, 8, 40, 0], "end": [20, 14, 50, 6],
                          "polarity": [0.6, -0.4, 0.0, -0.5], "label": ["positive", "negative", "neutral", "negative"],
                          "frame": ["cooperation", "conflict", "other", "conflict"]})
    gold = pd.DataFrame({"doc_id": ["a", "a", "b", "c"], "start": [2, 44, 0, 0], "end": [18, 60, 4, 10],
                         "polarity": ["positive", "negative", "negative", "positive"],
                         "frame": ["cooperation", "other", "conflict", "cooperation"],
                         "voice": ["quoted", "journalist", "journalist", "quoted"]})
    return found, gold


def test_score_phrases_matches_by_half_the_shorter_span_one_to_one():
    found, gold = phrase_tables()
    s = score_phrases(found, gold)
    # pairs: (0, 0) overlap 16; found 1 (8-14) also overlaps gold 0 but gold 0 is taken; (2, 1) overlap 6 >= 5;
    # (3, 2) overlap 4 >= 2; gold 3 in doc c is missed
    assert (s["found"], s["gold"], s["matched"]) == (4, 4, 3)
    assert s["precision"] == 0.75 and s["recall"] == 0.75
    assert s["polarity_accuracy"] == pytest.approx(2 / 3) and s["polarity_n"] == 3
    assert s["frame_accuracy"] == 1.0
    assert np.isnan(s["voice_accuracy"]) and s["voice_n"] == 0
    anyhow = score_phrases(found, gold, matching="any")
    assert anyhow["precision"] == 1.0 and anyhow["recall"] == 0.75


def test_score_phrases_survives_missing_label_columns_and_a_numeric_polarity_without_label():
    found, gold = phrase_tables()
    s = score_phrases(found.drop(columns=["label", "frame"]), gold.drop(columns=["frame"]))
    assert np.isnan(s["frame_accuracy"])
    # the sign of the numeric polarity: positive, neutral, negative against positive, negative, negative
    assert s["polarity_accuracy"] == pytest.approx(2 / 3)
    bare = score_phrases(found[["doc_id", "start", "end"]], gold[["doc_id", "start", "end"]], n_boot=100)
    assert bare["recall"] == 0.75 and all(np.isnan(bare[f"{c}_accuracy"]) for c in ("polarity", "frame", "voice"))
    assert bare["recall_low"] <= bare["recall"] <= bare["recall_high"]


def test_a_coded_phrase_sheet_is_gold_over_its_own_documents():
    found, _ = phrase_tables()
    # a coder judged the tool's four phrases (two are not framing phrases) and added one in doc c
    sheet = found[["doc_id", "start", "end"]].assign(finding_id=finding_ids(found, prefix="p"),
                                                     is_phrase=["yes", "no", "yes", "no"],
                                                     polarity=["positive", None, "negative", None])
    sheet = pd.concat([sheet, pd.DataFrame([{"finding_id": "p:c:0-10", "doc_id": "c", "start": 0, "end": 10,
                                             "is_phrase": "yes", "polarity": "positive"}])], ignore_index=True)
    s = score_phrases(found, sheet)
    assert s["coverage"] == "complete"
    assert (s["gold"], s["found"], s["matched"]) == (3, 4, 2)
    assert (s["precision"], s["recall"]) == (0.5, pytest.approx(2 / 3))
    assert s["polarity_accuracy"] == 0.5   # positive = positive; neutral != negative


def test_a_sheet_holding_a_sample_of_the_findings_estimates_precision_only():
    found = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "start": [0, 20, 40, 0], "end": [10, 30, 50, 10],
                          "side": ["kremlin", "joint", "other", "other"]})
    sheet = found.iloc[[0, 2]].assign(finding_id=lambda t: finding_ids(t), is_quote=["yes", "no"],
                                      kind=["direct", None], side=["kremlin", None])
    s = score_quotes(found, sheet)
    assert s["coverage"] == "sample" and (s["pred"], s["correct"]) == (2, 1)
    assert s["precision"] == 0.5 and np.isnan(s["recall"]) and np.isnan(s["f1"])
    assert "the sheet holds 2 of the 3 findings" in s["problems"][0]["problem"]
    complete = score_quotes(found.iloc[[0, 2]], sheet)
    assert complete["coverage"] == "complete" and complete["recall"] == 1.0
    moved = score_quotes(found.assign(start=found["start"] + 1), sheet)   # a sheet from another run
    assert np.isnan(moved["precision"]) and "another run" in moved["problems"][0]["problem"]


def test_tone_bins_map_the_tools_scale_onto_minus_two_to_two():
    assert tone_bins([-2.6, -1.5, -0.49, 0.5, 1.49]).tolist() == [-2, -2, 0, 1, 1]
    assert tone_bins([-1, -0.3, 0.1, 0.76, 1], scale=(-1, 1)).tolist() == [-2, -1, 0, 2, 2]


def test_score_tone_gives_rho_and_weighted_kappa_with_intervals():
    tone = pd.DataFrame({"doc_id": list("abcdefgh"), "tone": [-0.9, -0.4, 0.0, 0.1, 0.3, 0.45, 0.8, -0.1]})
    gold = pd.DataFrame({"doc_id": list("abcdefgh") + ["i"], "tone_relation": [-2, -1, 0, 0, 1, 1, 2, 1, 0]})
    s = score_tone(tone, gold, scale=(-1, 1), n_boot=300)
    # binned tool tone: -2, -1, 0, 0, 1, 1, 2, 0 -> one disagreement by one step out of 8
    assert s["n"] == 8
    from scipy.stats import spearmanr
    assert s["spearman_rho"] == pytest.approx(spearmanr(tone["tone"], gold["tone_relation"][:8]).statistic)
    assert s["cohen_kappa"] == pytest.approx(cohen_kappa_score([-2, -1, 0, 0, 1, 1, 2, 0], [-2, -1, 0, 0, 1, 1, 2, 1],
                                                               labels=[-2, -1, 0, 1, 2], weights="linear"))
    assert s["spearman_rho_low"] <= s["spearman_rho"] <= s["spearman_rho_high"]
    assert s["problems"] == [{"doc_id": "i", "problem": "no tool tone, left out"}]


@pytest.mark.slow
def test_notebook_06_writes_the_sheets_and_a_citable_validity_table(tmp_path):
    from test_notebooks import run_notebook

    run_notebook(ROOT / "notebooks" / "06-is-it-valid.ipynb", {"CORPUS": str(SEEDS), "FIGURES": str(tmp_path)})
    sheets = tmp_path / "coding-sheets"
    assert {p.name for p in sheets.iterdir()} >= {"quotes.xlsx", "quotes.csv", "articles.xlsx", "articles.csv",
                                                  "validity.csv"}
    assert len(read_coding_sheet(sheets / "quotes.xlsx")) == len(framing.extract_quotes(framing.load_corpus(SEEDS),
                                                                                          progress=False))
    table = pd.read_csv(sheets / "validity.csv")
    assert list(table.columns) == ["measure", "comparison", "statistic", "n", "estimate", "low", "high"]
    rows = table.set_index(["comparison", "statistic"])
    # the inter-coder rows depend on the shipped sheets only; the tool's rows on today's tool
    kappa = rows.loc[("inter-coder", "Cohen's κ, side")]
    assert kappa["n"] > 25 and kappa["low"] <= kappa["estimate"] <= kappa["high"]
    assert {"precision (span and side)", "detection precision", "Spearman ρ"} <= set(
        rows.loc["tool vs coder 1"].index)


def test_xlsx_cells_keep_text_that_looks_like_a_formula_and_survive_control_characters(tmp_path):
    text = "=SOMME(A1) n'est pas une formule\x0b mais du texte."
    corpus = pd.DataFrame({"doc_id": ["d1"], "text": [text]})
    found = pd.DataFrame({"doc_id": ["d1"], "start": [0], "end": [10], "quote": [text[:10]], "side": ["other"]})
    s = sample_for_coding(found, corpus, n=1)
    back = read_coding_sheet(write_coding_sheet(s, tmp_path / "f.xlsx"))
    assert back["text"].item() == "=SOMME(A1)"
    assert back["context"].item() == "⟦=SOMME(A1)⟧ n'est pas une formule\ufffd mais du texte."
    assert read_coding_sheet(write_coding_sheet(s, tmp_path / "f.csv"))["context"].item() == s["context"].item()
