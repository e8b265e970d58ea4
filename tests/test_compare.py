"""Outlet comparisons: quote shares, association tests, phrase polarity and keyness.

Statistics are checked against scipy/statsmodels and against a published worked
example (Agresti 2007, Tables 2.5-2.6); bootstrap intervals against their defining
properties (they resample articles, contain the estimate, are reproducible).
"""

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from scipy.stats import bootstrap, chi2_contingency
from scipy.stats.contingency import association as scipy_association
from statsmodels.stats.multitest import multipletests

from framing import compare
from framing.compare import SIDE_ORDER, association, keyness, phrase_polarity, quote_shares


def make_corpus(sizes: dict[str, int]) -> pd.DataFrame:
    rows = [(f"{o}-{i}", o) for o, n in sizes.items() for i in range(n)]
    return pd.DataFrame(rows, columns=["doc_id", "outlet"])


@pytest.fixture
def corpus():
    return make_corpus({"Le Monde": 3, "RT France": 2, "L'Expression": 2})


@pytest.fixture
def quotes():
    # Le Monde: 3 white house, 2 kremlin, 1 joint; RT France: 4 kremlin, 1 unattributed; L'Expression: none
    return pd.DataFrame({
        "doc_id": ["Le Monde-0", "Le Monde-0", "Le Monde-1", "Le Monde-1", "Le Monde-2", "Le Monde-2",
                   "RT France-0", "RT France-0", "RT France-1", "RT France-1", "RT France-1"],
        "side": ["white_house", "kremlin", "white_house", "joint", "white_house", "kremlin",
                 "kremlin", "kremlin", "kremlin", "kremlin", ""],
    })


# ----------------------------------------------------------------------------- quote_shares


def test_quote_shares_counts_and_shares_per_outlet(quotes, corpus):
    t = quote_shares(quotes, corpus, n_boot=200)
    assert list(t.columns) == ["outlet", "side", "count", "share", "ci_low", "ci_high", "n_articles"]
    lm = t[t.outlet == "Le Monde"].set_index("side")
    assert lm["count"].to_dict() == {"kremlin": 2, "white_house": 3, "joint": 1, "other": 0, "unattributed": 0}
    assert lm.loc["white_house", "share"] == pytest.approx(0.5)
    rt = t[t.outlet == "RT France"].set_index("side")
    assert rt.loc["kremlin", "share"] == pytest.approx(0.8)
    assert rt.loc["unattributed", "count"] == 1  # an empty side counts as unattributed
    assert set(t["n_articles"]) == {3, 2}
    assert t["count"].dtype == "int64" and t["n_articles"].dtype == "int64"


def test_outlet_without_quotes_still_appears_with_zero_count(quotes, corpus):
    t = quote_shares(quotes, corpus, n_boot=100)
    lex = t[t.outlet == "L'Expression"]
    assert len(lex) == len(SIDE_ORDER)
    assert (lex["count"] == 0).all() and lex["share"].isna().all()
    assert (lex["n_articles"] == 2).all()


def test_sides_in_fixed_order_then_other_labels_then_the_generic_ones(corpus, quotes):
    extra = pd.concat([quotes, pd.DataFrame({"doc_id": ["Le Monde-0"], "side": ["elysee"]})])
    t = quote_shares(extra, corpus, n_boot=0)
    assert list(t[t.outlet == "Le Monde"]["side"]) == ["kremlin", "white_house", "elysee", "joint", "other",
                                                       "unattributed"]


def test_bootstrap_resamples_articles_not_quotes():
    # two articles, one quoting only the Kremlin, one only the White House: resamples of
    # articles are {AA, AB, BA, BB} -> shares 1, .5, .5, 0, so the interval spans [0, 1]
    # (resampling the 20 quotes would give about 0.5 +- 0.22).
    corpus = make_corpus({"LCI": 2})
    quotes = pd.DataFrame({"doc_id": ["LCI-0"] * 10 + ["LCI-1"] * 10,
                           "side": ["kremlin"] * 10 + ["white_house"] * 10})
    k = quote_shares(quotes, corpus, n_boot=500).set_index("side").loc["kremlin"]
    assert k["share"] == pytest.approx(0.5)
    assert k["ci_low"] == 0.0 and k["ci_high"] == 1.0


@pytest.fixture
def large():
    rng = np.random.default_rng(7)
    corpus = make_corpus({"Le Figaro": 40, "RT France": 60, "Sputnik": 25})
    rows = []
    for doc, outlet in corpus.itertuples(index=False):
        p = [0.6, 0.2, 0.1, 0.05, 0.05] if outlet != "Le Figaro" else [0.3, 0.4, 0.1, 0.1, 0.1]
        rows += [(doc, rng.choice(SIDE_ORDER, p=p)) for _ in range(rng.poisson(4))]
    return corpus, pd.DataFrame(rows, columns=["doc_id", "side"])


def test_intervals_contain_the_estimate_and_are_reproducible(large):
    corpus, quotes = large
    a = quote_shares(quotes, corpus, n_boot=400, random_state=3)
    b = quote_shares(quotes, corpus, n_boot=400, random_state=3)
    c = quote_shares(quotes, corpus, n_boot=400, random_state=4)
    pd.testing.assert_frame_equal(a, b)
    assert not np.allclose(a["ci_low"], c["ci_low"])
    assert ((a["ci_low"] <= a["share"]) & (a["share"] <= a["ci_high"])).all()
    assert (a["ci_high"] - a["ci_low"] > 0).all()


def test_interval_agrees_with_scipy_percentile_bootstrap(large):
    corpus, quotes = large
    ours = quote_shares(quotes, corpus, n_boot=4000, random_state=0).set_index(["outlet", "side"])
    docs = corpus[corpus.outlet == "RT France"]["doc_id"]
    per_doc = quotes.assign(k=quotes.side == "kremlin").groupby("doc_id")["k"].agg(["sum", "size"])
    per_doc = per_doc.reindex(docs, fill_value=0)
    res = bootstrap((per_doc["sum"].to_numpy(float), per_doc["size"].to_numpy(float)),
                    lambda k, n, axis: k.sum(axis) / n.sum(axis), paired=True, vectorized=True,
                    n_resamples=4000, method="percentile", rng=np.random.default_rng(1))
    row = ours.loc[("RT France", "kremlin")]
    assert row["ci_low"] == pytest.approx(res.confidence_interval.low, abs=0.015)
    assert row["ci_high"] == pytest.approx(res.confidence_interval.high, abs=0.015)


def test_adding_an_outlet_does_not_change_another_outlets_interval(large):
    corpus, quotes = large
    small = corpus[corpus.outlet != "Sputnik"]
    a = quote_shares(quotes[quotes.doc_id.isin(small.doc_id)], small, n_boot=300).query("outlet == 'RT France'")
    b = quote_shares(quotes, corpus, n_boot=300).query("outlet == 'RT France'")
    np.testing.assert_allclose(a["ci_low"], b["ci_low"])


def test_single_article_group_gets_no_interval(quotes, corpus):
    corpus = pd.concat([corpus, make_corpus({"LCI": 1})], ignore_index=True)
    quotes = pd.concat([quotes, pd.DataFrame({"doc_id": ["LCI-0"] * 3, "side": ["kremlin"] * 3})])
    lci = quote_shares(quotes, corpus, n_boot=200).query("outlet == 'LCI' and side == 'kremlin'").iloc[0]
    assert lci["share"] == 1.0 and np.isnan(lci["ci_low"]) and np.isnan(lci["ci_high"])


def test_no_bootstrap_gives_nan_intervals(quotes, corpus):
    t = quote_shares(quotes, corpus, n_boot=0)
    assert t["ci_low"].isna().all() and t["share"].notna().sum() == 10


def test_quotes_from_another_corpus_are_refused(corpus, quotes):
    with pytest.raises(ValueError, match="not in the corpus"):
        quote_shares(quotes.assign(doc_id="Le Point-9"), corpus)


def test_missing_side_column_is_named(corpus, quotes):
    with pytest.raises(ValueError, match="side"):
        quote_shares(quotes.drop(columns="side"), corpus)


def test_groups_by_another_corpus_column(quotes, corpus):
    corpus = corpus.assign(event=["call"] * 4 + ["meeting"] * 3)
    t = quote_shares(quotes, corpus, by="event", n_boot=0)
    assert list(t.columns[:2]) == ["event", "side"]
    assert t.groupby("event")["count"].sum().to_dict() == {"call": 8, "meeting": 3}


# ----------------------------------------------------------------------------- association

AGRESTI = pd.DataFrame({"Democrat": [762, 484], "Independent": [327, 239], "Republican": [468, 477]},
                       index=pd.Index(["Females", "Males"], name="gender"))


def test_association_reproduces_agresti_party_by_gender():
    # Agresti (2007), An Introduction to Categorical Data Analysis, Tables 2.5 and 2.6:
    # X2 = 30.1, G2 = 30.0, df = 2; adjusted residuals 4.50, 0.70, -5.32 for females.
    res = association(AGRESTI)
    assert round(res.chi2, 1) == 30.1 and round(res.g2, 1) == 30.0 and res.dof == 2
    assert res.residuals.loc["Females"].round(2).tolist() == [4.50, 0.70, -5.32]
    assert res.residuals.loc["Males", "Republican"] == pytest.approx(5.32, abs=0.005)
    assert res.chi2_p < 1e-6


def test_association_matches_scipy_on_an_outlet_by_side_table():
    obs = pd.DataFrame({"kremlin": [40, 12, 25], "white_house": [10, 30, 20], "joint": [6, 8, 9]},
                       index=["RT France", "Le Monde", "Le Figaro"])
    res = association(obs)
    chi2, p, dof, exp = chi2_contingency(obs.to_numpy())
    g2, gp, _, _ = chi2_contingency(obs.to_numpy(), lambda_="log-likelihood")
    assert (res.chi2, res.chi2_p, res.dof) == pytest.approx((chi2, p, dof))
    assert (res.g2, res.g2_p) == pytest.approx((g2, gp))
    assert res.cramers_v == pytest.approx(scipy_association(obs.to_numpy(), method="cramer"))
    assert res.cramers_v == pytest.approx(np.sqrt(chi2 / (obs.to_numpy().sum() * 2)))
    np.testing.assert_allclose(res.expected.to_numpy(), exp)
    assert list(res.table["test"]) == ["chi2", "g2"]
    assert res.table["p_value"].tolist() == pytest.approx([p, gp])


def test_association_accepts_the_long_quote_shares_table(quotes, corpus, large):
    corpus, quotes = large
    shares = quote_shares(quotes, corpus, n_boot=0)
    long = association(shares)
    wide = association(shares.pivot(index="outlet", columns="side", values="count"))
    assert long.chi2 == pytest.approx(wide.chi2) and long.dof == wide.dof
    assert set(long.residuals_long().columns) == {"outlet", "side", "observed", "expected", "residual"}


def test_association_drops_an_outlet_without_quotes_and_says_so(quotes, corpus):
    shares = quote_shares(quotes, corpus, n_boot=0)
    with pytest.warns(UserWarning, match="expected counts are below 5"):
        res = association(shares)
    assert "L'Expression" in res.dropped and "other" in res.dropped
    assert list(res.observed.index) == ["Le Monde", "RT France"]


def test_association_warns_only_when_expected_counts_are_small(recwarn):
    association(AGRESTI)
    assert not [w for w in recwarn if "expected" in str(w.message)]
    with pytest.warns(UserWarning, match="below 5"):
        association(pd.DataFrame({"a": [3, 1], "b": [1, 4]}))


def test_association_2x2_uses_scipy_default_yates_correction():
    obs = np.array([[30, 10], [10, 30]])
    res = association(pd.DataFrame(obs))
    assert res.chi2 == pytest.approx(chi2_contingency(obs)[0])
    assert association(pd.DataFrame(obs), correction=False).chi2 == pytest.approx(20.0)


def test_association_refuses_non_counts():
    with pytest.raises(ValueError, match="whole counts"):
        association(pd.DataFrame({"a": [1.5, 2], "b": [3, 4]}))


# ----------------------------------------------------------------------------- phrase_polarity


def test_phrase_polarity_mean_and_frame_shares(corpus):
    phrases = pd.DataFrame({
        "doc_id": ["Le Monde-0", "Le Monde-0", "Le Monde-1", "RT France-0", "RT France-1"],
        "phrase": ["vents contraires", "regain de tension", "dialogue de sourds", "très bonne conversation",
                   "coopération pour la Syrie"],
        "polarity": [-0.6, -0.5, -0.7, 0.8, 0.6],
        "frame": ["conflict", "conflict", "conflict", "cooperation", "cooperation"],
    })
    t = phrase_polarity(phrases, corpus, n_boot=300).set_index(["outlet", "measure"])
    assert t.loc[("Le Monde", "polarity"), "value"] == pytest.approx(-0.6)
    assert t.loc[("Le Monde", "conflict"), "value"] == 1.0
    assert t.loc[("RT France", "cooperation"), "value"] == 1.0
    assert t.loc[("RT France", "polarity"), "n_phrases"] == 2
    lex = t.loc["L'Expression"]
    assert lex["value"].isna().all() and (lex["n_phrases"] == 0).all() and (lex["n_articles"] == 2).all()
    ok = t.dropna(subset=["ci_low"])
    assert ((ok["ci_low"] <= ok["value"] + 1e-12) & (ok["value"] <= ok["ci_high"] + 1e-12)).all()


def test_phrase_polarity_resamples_articles():
    corpus = make_corpus({"LCI": 2})
    phrases = pd.DataFrame({"doc_id": ["LCI-0"] * 5 + ["LCI-1"] * 5, "polarity": [-0.5] * 5 + [0.5] * 5,
                            "frame": ["conflict"] * 5 + ["cooperation"] * 5})
    t = phrase_polarity(phrases, corpus, n_boot=400).set_index("measure")
    assert t.loc["polarity", "value"] == pytest.approx(0.0)
    assert t.loc["polarity", "ci_low"] == pytest.approx(-0.5) and t.loc["polarity", "ci_high"] == pytest.approx(0.5)
    assert (t.loc["conflict", "ci_low"], t.loc["conflict", "ci_high"]) == (0.0, 1.0)


# ----------------------------------------------------------------------------- topic_shares


def test_compare_imports_without_the_topic_stage():
    code = ("import sys; sys.modules['framing.topics'] = None\n"
            "import framing.compare as c\n"
            "try:\n    c.topic_shares(None, None)\nexcept ImportError:\n    print('lazy')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "lazy"


# ----------------------------------------------------------------------------- keyness


@pytest.fixture
def news():
    return pd.DataFrame({
        "doc_id": ["rt1", "rt2", "rt3", "lm1", "lm2", "lm3"],
        "outlet": ["RT France"] * 3 + ["Le Monde"] * 3,
        "text": [
            "Vladimir Poutine a rappelé la souveraineté de la Syrie. La souveraineté syrienne est respectée.",
            "Le Kremlin salue un dialogue constructif. Souveraineté et dialogue, a déclaré Dmitri Peskov.\n"
            "Lire aussi : Ingérence, ingérence, ingérence",
            "Selon Moscou, la souveraineté de Damas prime. Un dialogue constructif s'est ouvert.",
            "Les vents sont contraires : l'ingérence russe dans l'élection inquiète Washington.",
            "Regain de tension après des soupçons d'ingérence, a affirmé la Maison-Blanche.",
            "Donald Trump a évoqué l'ingérence et les sanctions contre Moscou lors de l'appel.",
        ],
    })


def test_keyness_g2_is_the_four_cell_statistic_of_scipy(news):
    k = keyness(news, target="RT France", min_count=2, top=None, progress=False)
    assert list(k.columns) == ["group", "word", "count_target", "count_reference", "g2", "p_value", "p_adj",
                               "log_ratio"]
    from framing.french import content_lemmas

    tok = {o: sum((content_lemmas(t) for t in g["text"]), []) for o, g in news.groupby("outlet")}
    c, d = len(tok["RT France"]), len(tok["Le Monde"])
    for row in k.itertuples():
        a, b = row.count_target, row.count_reference
        assert (a, b) == (tok["RT France"].count(row.word), tok["Le Monde"].count(row.word))
        g2, p, dof, _ = chi2_contingency([[a, b], [c - a, d - b]], correction=False, lambda_="log-likelihood")
        assert row.g2 == pytest.approx(g2) and row.p_value == pytest.approx(p) and dof == 1
        assert row.log_ratio == pytest.approx(np.log2((max(a, 0.5) / c) / (max(b, 0.5) / d)))
    assert k["p_adj"].to_numpy() == pytest.approx(multipletests(k["p_value"], method="fdr_bh")[1])
    assert k["g2"].is_monotonic_decreasing


def test_keyness_finds_each_outlets_words_and_skips_stopwords_and_boilerplate(news):
    k = keyness(news, min_count=2, top=3, progress=False)
    rt = k[k.group == "RT France"]
    assert rt.iloc[0]["word"] == "souveraineté" and rt.iloc[0]["count_target"] == 4
    assert "dialogue" in set(rt["word"])
    lm = k[k.group == "Le Monde"]
    # "ingérence" in RT's "Lire aussi" line is boilerplate: Le Monde owns the word
    assert lm.iloc[0]["word"] == "ingérence" and lm.iloc[0]["count_reference"] == 0
    assert not {"le", "de", "la", "et"} & set(k["word"])
    assert (k["log_ratio"] > 0).all()


def test_keyness_needs_two_groups_and_a_known_target(news):
    with pytest.raises(ValueError, match="at least 2"):
        keyness(news.assign(outlet="X"), progress=False)
    with pytest.raises(ValueError, match="Le Figaro"):
        keyness(news, target="Le Figaro", progress=False)


# --- another study's sides, small groups, sorting -------------------------------------------------
def eu_china():
    corpus = pd.DataFrame({"doc_id": ["lm-1", "lm-2", "lf-1", "rfi-1", "xin-1"],
                           "outlet": ["Le Monde", "Le Monde", "le Figaro", "RFI", "Agence Xinhua"]})
    quotes = pd.DataFrame({"doc_id": ["lm-1", "lm-1", "lm-2", "lf-1", "xin-1", "xin-1"],
                           "side": ["eu", "china", "eu", "china", "china", ""]})
    return corpus, quotes


def test_quote_shares_use_the_dictionarys_sides_never_the_first_studys():
    corpus, quotes = eu_china()
    t = quote_shares(quotes, corpus, n_boot=0, sides=["eu", "china"])
    assert list(dict.fromkeys(t["side"])) == ["eu", "china", "joint", "other", "unattributed"]
    assert not t["side"].isin(["kremlin", "white_house"]).any()
    # without the dictionary: the sides found, still no first-study side
    t = quote_shares(quotes, corpus, n_boot=0)
    assert not t["side"].isin(["kremlin", "white_house"]).any()
    assert {"eu", "china"} <= set(t["side"])


def test_association_on_another_studys_sides_has_only_those_sides():
    corpus, quotes = eu_china()
    counts = quote_shares(quotes, corpus, n_boot=0, sides=["eu", "china"])
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = association(counts, rows="outlet", columns="side")
    assert set(res.observed.columns) <= {"eu", "china", "joint", "other", "unattributed"}
    assert "kremlin" not in res.residuals_long()["side"].tolist()


def test_groups_are_sorted_without_regard_to_case():
    corpus, quotes = eu_china()
    t = quote_shares(quotes, corpus, n_boot=0)
    assert list(dict.fromkeys(t["outlet"])) == ["Agence Xinhua", "le Figaro", "Le Monde", "RFI"]


def test_min_articles_pools_small_groups_into_a_labelled_group():
    corpus, quotes = eu_china()
    t = quote_shares(quotes, corpus, n_boot=0, min_articles=2, sides=["eu", "china"])
    assert list(dict.fromkeys(t["outlet"])) == ["Le Monde", "other outlets (3)"]
    other = t[t["outlet"] == "other outlets (3)"].set_index("side")
    assert other.loc["china", "count"] == 2 and other.loc["unattributed", "count"] == 1
    assert other["n_articles"].iloc[0] == 3
    dropped = quote_shares(quotes, corpus, n_boot=0, min_articles=2, small="drop")
    assert set(dropped["outlet"]) == {"Le Monde"}


def test_min_articles_on_phrases_and_keyness():
    corpus = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "outlet": ["LCI", "LCI", "RFI", "RTL"],
                           "text": ["Guerre froide et tension.", "La guerre, encore la guerre.",
                                    "Une coopération utile.", "Coopération et dialogue."]})
    phrases = pd.DataFrame({"doc_id": ["a", "c", "d"], "polarity": [-0.5, 0.5, 0.7],
                            "frame": ["conflict", "cooperation", "cooperation"]})
    t = phrase_polarity(phrases, corpus, n_boot=0, min_articles=2)
    pol = t[t["measure"] == "polarity"].set_index("outlet")["value"]
    assert pol["other outlets (2)"] == pytest.approx(0.6)
    k = keyness(corpus, min_count=2, min_articles=2, progress=False)
    assert set(k["group"]) <= {"LCI", "other outlets (2)"} and "coopération" in set(k["word"])


@pytest.mark.parametrize("sizes, most, expected", [
    ([3, 1, 1, 1], 2, 2),          # LCI and the pooled three
    ([3, 1, 1, 1], 4, 1),          # four groups fit: nothing to pool
    ([5, 4, 4, 2, 1, 1], 3, 5),    # min_articles 4 would leave three groups and a pooled one
    ([2] * 50, 40, 3),             # fifty groups of two: only pooling them all gets under 40
])
def test_min_articles_for_gives_the_least_pooling_that_fits(sizes, most, expected):
    outlets = [f"o{i}" for i, n in enumerate(sizes) for _ in range(n)]
    corpus = pd.DataFrame({"doc_id": [str(i) for i in range(len(outlets))], "outlet": outlets})
    k = compare.min_articles_for(corpus, most=most)
    assert k == expected
    n_groups = compare.pool_small_groups(corpus, min_articles=k)["outlet"].nunique()
    assert n_groups <= most
    if k > 1:  # one less pools too little
        assert compare.pool_small_groups(corpus, min_articles=k - 1)["outlet"].nunique() > most
