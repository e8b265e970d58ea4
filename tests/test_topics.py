"""Tests for framing.topics: topic shares per article and per outlet, with uncertainty."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy.optimize import linear_sum_assignment
from sklearn.base import clone

import framing
from framing.diagnostics import problems
from framing.french import content_lemmas, load_stopwords
from framing.topics import TopicModel, frex

# Four planted topics of French news about the Trump-Putin calls, as real words
# (some inflected, so lemmatisation is exercised).
PLANTED = {
    "diplomatie": ["sommet", "négociation", "diplomate", "ambassadeur", "accord", "traité", "pourparlers",
                   "kremlin", "entretien", "téléphonique", "dialogue", "médiation", "émissaire", "rencontre"],
    "guerre": ["front", "offensive", "drone", "missile", "bombardement", "soldat", "armée", "char",
               "tranchée", "frappe", "artillerie", "combat", "bataillon", "munition"],
    "économie": ["sanction", "pétrole", "gaz", "embargo", "exportation", "rouble", "dollar", "marché",
                 "inflation", "banque", "commerce", "douane", "tarif", "investissement"],
    "politique": ["élection", "sondage", "scrutin", "député", "parlement", "réforme", "candidat",
                  "opposition", "gouvernement", "ministre", "campagne", "électeur", "majorité", "budget"],
}
TOPIC_NAMES = list(PLANTED)
GLUE = ["le", "la", "les", "de", "du", "et", "dans", "pour", "avec", "a", "sont"]
PREVALENCE = {  # true mean share of each planted topic per outlet
    "Le Monde": [0.40, 0.30, 0.20, 0.10],
    "RT France": [0.10, 0.20, 0.30, 0.40],
}


def make_corpus(n_per_outlet=80, length=60, seed=0, prevalence=PREVALENCE):
    """Articles drawn from known topic mixtures; returns (corpus, true theta (docs x topics))."""
    rng = np.random.default_rng(seed)
    rows, thetas = [], []
    for outlet, prev in prevalence.items():
        for i in range(n_per_outlet):
            theta = rng.dirichlet(4 * np.asarray(prev))
            topics = rng.choice(len(TOPIC_NAMES), size=length, p=theta)
            words = []
            for j, t in enumerate(topics):
                pool = PLANTED[TOPIC_NAMES[t]]
                word = pool[rng.integers(len(pool))]
                words.append(word + ("s" if rng.random() < 0.3 and not word.endswith(("s", "x")) else ""))
                if j % 3 == 2:
                    words.append(GLUE[rng.integers(len(GLUE))])
            text = "Lire aussi : notre dossier\n" + " ".join(words).capitalize() + "."
            rows.append((f"{outlet[:2]}-{i:03d}", outlet, text))
            thetas.append(theta)
    corpus = pd.DataFrame(rows, columns=["doc_id", "outlet", "text"]).astype(object)
    return corpus, np.array(thetas)


@pytest.fixture(scope="module")
def small():
    corpus, theta = make_corpus()
    model = framing.TopicModel(4, random_state=0, progress=False).fit(corpus)
    return corpus, theta, model


def planted_order(model):
    """Fitted topic index matching each planted topic (Hungarian matching on planted words' mass)."""
    index = {w: i for i, w in enumerate(model.vocabulary_)}
    mass = np.array([[model.topic_word_[j, [index[w] for w in PLANTED[t] if w in index]].sum()
                      for j in range(model.n_topics)] for t in TOPIC_NAMES])
    _, cols = linear_sum_assignment(-mass)
    return cols


# --------------------------------------------------------------------------- recovery


def test_recovers_planted_outlet_shares(small):
    corpus, theta, model = small
    est = model.theta_.to_numpy()[:, planted_order(model)]
    for outlet in PREVALENCE:
        rows = (corpus["outlet"] == outlet).to_numpy()
        error = np.abs(est[rows].mean(axis=0) - theta[rows].mean(axis=0)).max()
        assert error < 0.05, (outlet, error)
    # article by article too: the fitted shares follow the planted ones
    corr = [np.corrcoef(est[:, k], theta[:, k])[0, 1] for k in range(4)]
    assert min(corr) > 0.9, corr


def test_top_words_of_each_topic_come_from_one_planted_topic(small):
    _, _, model = small
    top = model.top_words(5)
    assert list(top.columns) == ["topic", "rank", "word", "weight", "frex"]
    assert len(top) == 4 * 5
    assert top["rank"].tolist() == [1, 2, 3, 4, 5] * 4
    for topic, words in top.groupby("topic")["word"]:
        homes = {name for name, pool in PLANTED.items() for w in words if w in pool}
        assert len(homes) == 1, (topic, list(words))
    assert top["frex"].between(0, 1, inclusive="right").all()
    assert (top.groupby("topic")["weight"].apply(lambda w: w.is_monotonic_decreasing)).all()


def test_topic_labels_are_short_distinct_and_editable(small):
    _, _, model = small
    labels = model.topic_labels_
    assert list(labels) == ["topic_0", "topic_1", "topic_2", "topic_3"]
    assert len(set(labels.values())) == 4
    for name, label in labels.items():
        assert 0 < len(label.split(" · ")) <= 3
        assert set(label.split(" · ")) <= set(model.top_words(50, by="frex").query("topic == @name")["word"])
    edited = clone(model).fit(make_corpus(n_per_outlet=20)[0])
    edited.topic_labels_["topic_0"] = "diplomatie"
    assert edited.transform(make_corpus(n_per_outlet=2)[0]).attrs["topic_labels"]["topic_0"] == "diplomatie"


def test_fitted_state_follows_scikit_learn_conventions(small):
    _, _, model = small
    assert list(model.get_feature_names_out()) == ["topic_0", "topic_1", "topic_2", "topic_3"]
    assert model.topic_word_.shape == (4, len(model.vocabulary_))
    assert np.allclose(model.topic_word_.sum(axis=1), 1)
    assert "sommet" in set(model.vocabulary_) and "le" not in set(model.vocabulary_)
    assert model.get_params()["n_topics"] == 4
    assert not hasattr(clone(model), "theta_")


def test_frex_prefers_exclusive_words_over_frequent_shared_ones():
    words = ["russie", "sanction", "sommet", "drone", "pétrole", "gaz"]
    beta = np.array([[0.30, 0.25, 0.05, 0.05, 0.20, 0.15],
                     [0.30, 0.01, 0.30, 0.29, 0.05, 0.05]])
    scores = frex(beta)
    # "russie" is the most frequent word of topic 0 but equally frequent in topic 1
    assert words[int(np.argmax(beta[0]))] == "russie"
    assert words[int(np.argmax(scores[0]))] == "sanction"
    assert scores[0, 0] == pytest.approx(1 / (0.5 / 0.5 + 0.5 / 1))  # exclusivity rank 3/6, frequency rank 6/6
    assert ((scores > 0) & (scores <= 1)).all()


# --------------------------------------------------------------------------- determinism


def test_same_random_state_gives_identical_results():
    corpus, _ = make_corpus(n_per_outlet=40)
    a = framing.TopicModel(4, random_state=7, progress=False)
    b = framing.TopicModel(4, random_state=7, progress=False)
    pd.testing.assert_frame_equal(a.fit_transform(corpus), b.fit_transform(corpus))
    unseen, _ = make_corpus(n_per_outlet=10, seed=9)
    pd.testing.assert_frame_equal(a.transform(unseen), b.transform(unseen))
    pd.testing.assert_frame_equal(a.transform(unseen), a.transform(unseen))
    pd.testing.assert_frame_equal(a.top_words(10), b.top_words(10))


def test_transform_gives_fitted_shares_to_seen_articles_and_infers_edited_ones(small):
    corpus, _, model = small
    pd.testing.assert_frame_equal(model.transform(corpus), model.theta_)
    edited = corpus.copy()
    edited.loc[0, "text"] = "Drones, missiles et artillerie : les frappes se multiplient sur le front. " * 3
    theta = model.transform(edited)
    war = f"topic_{planted_order(model)[1]}"
    assert theta.iloc[0].idxmax() == war and theta.iloc[0][war] > 0.8
    pd.testing.assert_frame_equal(theta.iloc[1:], model.theta_.iloc[1:])


def test_fit_transform_rows_sum_to_one_in_corpus_order(small):
    corpus, _, model = small
    theta = clone(model).fit_transform(corpus.iloc[::-1])
    assert list(theta.index) == list(corpus["doc_id"].iloc[::-1])
    assert theta.index.name == "doc_id"
    assert np.allclose(theta.sum(axis=1), 1)


# --------------------------------------------------------------------------- edge cases

SHORT_ARTICLES = [
    pytest.param("", id="empty"),
    pytest.param("Lire aussi : Poutine et Trump au téléphone\nVoir aussi", id="boilerplate-only"),
    pytest.param("Poutine.", id="one-word"),
    pytest.param("Le 18 mars 2025, à 15h : https://www.lemonde.fr/international/", id="numbers-and-url"),
    pytest.param("Il l'a dit, et c'est ce qu'il y a.", id="stop-words-only"),
]


@pytest.mark.parametrize("text", SHORT_ARTICLES)
def test_short_articles_get_nan_rows_and_a_problem(text):
    corpus, _ = make_corpus(n_per_outlet=25)
    corpus = pd.concat([corpus, pd.DataFrame({"doc_id": ["short"], "outlet": ["Le Monde"], "text": [text]})],
                       ignore_index=True)
    model = framing.TopicModel(4, random_state=0, progress=False)
    for theta in (model.fit_transform(corpus), model.transform(corpus)):
        assert theta.shape == (len(corpus), 4)
        assert theta.loc["short"].isna().all()
        assert np.allclose(theta.drop(index="short").sum(axis=1), 1)
        found = problems(theta)
        assert list(found.columns) == ["doc_id", "problem"]
        assert found["doc_id"].tolist() == ["short"]
    assert model.problems_["doc_id"].tolist() == ["short"]
    shares = framing.topic_shares(model.theta_, corpus, n_boot=50)
    assert problems(shares)["doc_id"].tolist() == ["short"]
    assert shares.loc[shares.outlet == "Le Monde", "n_articles"].iloc[0] == 25


@pytest.mark.parametrize("text", [
    "Publié le 16/07/2018 à 18h. Le sommet d'Helsinki entre Donald Trump et Vladimir Poutine s'est achevé sur "
    "une conférence de presse commune où les deux dirigeants ont évoqué la Syrie, l'Ukraine, les sanctions "
    "économiques et l'ingérence dans l'élection présidentielle américaine.",
    "Les négociations entre Moscou et Washington sur le contrôle des armements nucléaires reprendront à Genève "
    "le mois prochain, selon les diplomates des deux pays, malgré les sanctions et les missiles. (AFP)",
])
def test_a_one_paragraph_article_matched_by_a_boilerplate_rule_still_gets_shares(text):
    corpus, _ = make_corpus(n_per_outlet=25)
    corpus = pd.concat([corpus, pd.DataFrame({"doc_id": ["para"], "outlet": ["Le Monde"], "text": [text]})],
                       ignore_index=True)
    model = framing.TopicModel(4, random_state=0, progress=False)
    theta = model.fit_transform(corpus)
    assert theta.loc["para"].notna().all() and np.isclose(theta.loc["para"].sum(), 1)
    assert "para" not in set(problems(theta)["doc_id"])
    assert model.transform(corpus.iloc[-1:]).loc["para"].notna().all()


def test_fit_on_a_sample_gives_every_article_shares_and_the_same_sample_each_time():
    corpus, _ = make_corpus(n_per_outlet=100)
    model = framing.TopicModel(4, random_state=0, progress=False, sample_size=80).fit(corpus)
    assert 40 < len(model.theta_) < 120 and set(model.theta_.index) < set(corpus["doc_id"])
    again = framing.TopicModel(4, random_state=0, progress=False, sample_size=80).fit(corpus)
    assert list(again.theta_.index) == list(model.theta_.index)
    theta = model.transform(corpus)
    assert theta.notna().all().all() and len(theta) == len(corpus)


def test_fit_on_a_corpus_without_usable_text_says_how_to_fix_it():
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "text": ["", "Voir aussi"]})
    with pytest.raises(ValueError, match="min_tokens"):
        framing.TopicModel(2, progress=False).fit(corpus)
    with pytest.raises(ValueError, match="'body'"):
        framing.TopicModel(2, text_col="body", progress=False).fit(corpus)
    with pytest.raises(ValueError, match="engine"):
        framing.TopicModel(2, engine="gensim", progress=False).fit(corpus)


def test_single_outlet_corpus():
    corpus, theta = make_corpus(n_per_outlet=60, prevalence={"Le Figaro": [0.25, 0.25, 0.25, 0.25]})
    model = framing.fit_topics(corpus, 4, random_state=0, progress=False)
    shares = framing.topic_shares(model.theta_, corpus, n_boot=200)
    assert shares["outlet"].unique().tolist() == ["Le Figaro"]
    assert len(shares) == 4
    assert shares["share"].sum() == pytest.approx(1)
    assert (shares["n_articles"] == 60).all()


def test_transform_on_unseen_articles(small):
    _, _, model = small
    unseen = pd.DataFrame({
        "doc_id": ["war", "mixed", "foreign", "econ"],
        "outlet": ["Libération"] * 4,
        "text": [
            "Les drones et les missiles frappent le front ; l'artillerie et les chars sont au combat.",
            "Sanctions, embargo et pétrole : le sommet et les négociations au Kremlin.",
            "The quick brown fox jumps over the lazy dog again and again, fox and dog.",
            "Le rouble chute, la banque centrale et le marché face à l'inflation et aux douanes.",
        ],
    })
    theta = model.transform(unseen)
    assert list(theta.index) == ["war", "mixed", "foreign", "econ"]
    order = planted_order(model)
    war, econ = f"topic_{order[1]}", f"topic_{order[2]}"
    assert theta.loc["war"].idxmax() == war and theta.loc["war", war] > 0.6
    assert theta.loc["econ"].idxmax() == econ and theta.loc["econ", econ] > 0.6
    assert theta.loc["mixed", [f"topic_{order[0]}", econ]].sum() > 0.7
    assert theta.loc["foreign"].isna().all()
    assert problems(theta)["doc_id"].tolist() == ["foreign"]


def test_transform_gives_the_same_shares_on_one_thread_or_two(small):
    """New articles are inferred with tomotopy's threads (``n_jobs``); each has its own seeded sampler."""
    corpus, _, model = small
    edited = corpus.assign(doc_id=corpus["doc_id"] + "-new",
                           text=corpus["text"] + " Le sommet et les négociations au Kremlin.")
    one = clone(model).set_params(n_jobs=1).fit(corpus).transform(edited)
    two = clone(model).set_params(n_jobs=2).fit(corpus).transform(edited)
    assert one.notna().all().all() and len(one) == len(corpus)
    pd.testing.assert_frame_equal(one, two)


# --------------------------------------------------------------------------- shares per outlet


def test_topic_shares_intervals_contain_the_mean(small):
    corpus, _, model = small
    shares = framing.topic_shares(model.theta_, corpus, by="outlet", n_boot=300, random_state=3)
    assert list(shares.columns) == ["outlet", "topic", "share", "ci_low", "ci_high", "n_articles"]
    assert shares.dtypes["n_articles"] == "int64"
    assert ((shares.ci_low <= shares.share) & (shares.share <= shares.ci_high)).all()
    assert (shares.ci_high - shares.ci_low).between(0.005, 0.2).all()
    assert shares.groupby("outlet")["share"].sum().round(6).eq(1).all()
    means = model.theta_.join(corpus.set_index("doc_id")["outlet"]).groupby("outlet").mean()
    for row in shares.itertuples():
        assert row.share == pytest.approx(means.loc[row.outlet, row.topic])
    again = framing.topic_shares(model.theta_, corpus, by="outlet", n_boot=300, random_state=3)
    pd.testing.assert_frame_equal(shares, again)


def test_topic_shares_separates_outlets_that_differ(small):
    corpus, _, model = small
    order = planted_order(model)
    shares = framing.topic_shares(model.theta_, corpus, n_boot=300).set_index(["outlet", "topic"])
    diplo, politics = f"topic_{order[0]}", f"topic_{order[3]}"
    # Le Monde: 40% diplomatie vs RT France 10%; the intervals do not overlap
    assert shares.loc[("Le Monde", diplo), "ci_low"] > shares.loc[("RT France", diplo), "ci_high"]
    assert shares.loc[("RT France", politics), "ci_low"] > shares.loc[("Le Monde", politics), "ci_high"]


def test_topic_shares_pools_refits_over_seeds():
    corpus, _ = make_corpus(n_per_outlet=40)
    thetas = [framing.TopicModel(4, random_state=s, progress=False).fit_transform(corpus) for s in (0, 1, 2)]
    pooled = framing.topic_shares(thetas, corpus, n_boot=200)
    single = framing.topic_shares(thetas[0], corpus, n_boot=200)
    assert list(pooled.columns) == list(single.columns)
    # topics were matched across fits: pooled shares stay close to the first fit's
    assert np.abs(pooled["share"] - single["share"]).max() < 0.03
    assert ((pooled.ci_low <= pooled.share) & (pooled.share <= pooled.ci_high)).all()


def test_topic_shares_checks_its_inputs(small):
    corpus, _, model = small
    with pytest.raises(ValueError, match="'newspaper'"):
        framing.topic_shares(model.theta_, corpus, by="newspaper")
    with pytest.raises(ValueError, match="not in the corpus"):
        framing.topic_shares(model.theta_, corpus.iloc[:10])
    one = corpus.assign(outlet=np.where(corpus["doc_id"] == corpus["doc_id"].iloc[0], "Mediapart", corpus["outlet"]))
    lone = framing.topic_shares(model.theta_, one, n_boot=50).query("outlet == 'Mediapart'")
    assert (lone["n_articles"] == 1).all() and lone[["ci_low", "ci_high"]].isna().all().all()
    assert np.allclose(lone["share"], model.theta_.iloc[0])
    empty = framing.topic_shares(model.theta_.iloc[:0], corpus, n_boot=10)
    assert list(empty.columns) == ["outlet", "topic", "share", "ci_low", "ci_high", "n_articles"]
    assert len(empty) == 0


# --------------------------------------------------------------------------- choosing K


def test_choose_k_reports_fit_coherence_and_exclusivity_per_k():
    corpus, _ = make_corpus(n_per_outlet=50)
    table = framing.choose_k(corpus, ks=(2, 4), random_state=0, progress=False)
    assert list(table.columns) == ["k", "heldout_ll", "perplexity", "coherence", "exclusivity", "train_ll", "n_iter"]
    assert table["k"].tolist() == [2, 4]
    assert np.isfinite(table[["heldout_ll", "perplexity", "coherence", "exclusivity"]].to_numpy()).all()
    assert np.allclose(table["perplexity"], np.exp(-table["heldout_ll"]))
    assert (table["coherence"] < 0).all()
    assert table["exclusivity"].between(0, 10).all()  # summed FREX of 10 top words
    # four planted topics: K=4 predicts held-out words better and its top words co-occur more than K=2's
    k2, k4 = table.set_index("k").loc[2], table.set_index("k").loc[4]
    assert k4.heldout_ll > k2.heldout_ll
    assert k4.coherence > k2.coherence


# --------------------------------------------------------------------------- preprocessing


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les négociations ont échoué.", ["négociation", "échouer"]),
        ("L'Ukraine et l'Europe s'inquiètent", ["ukraine", "europe", "inquiéter"]),
        ("Trump a-t-il cédé à Poutine ?", ["trump", "céder", "poutine"]),
        ("Un appel de 90 minutes le 18 mars 2025", ["appel", "minute"]),
        ("Lire aussi : Zelensky à Washington\nLe cessez-le-feu", ["cesser", "feu"]),
        ("Photo : AFP\nLa Maison-Blanche", ["maison", "blanche"]),
        ("Voir www.lci.fr/monde/ ou écrire à contact@rt.com", ["voir", "écrire"]),
    ],
)
def test_content_lemmas_count_only_article_words(text, expected):
    assert content_lemmas(text) == expected


def test_researchers_can_extend_the_stop_words():
    corpus, _ = make_corpus(n_per_outlet=20)
    words = content_lemmas("Le sommet du Kremlin", stopwords=load_stopwords(extra=("kremlin",)))
    assert words == ["sommet"]
    model = framing.TopicModel(4, stopwords=["sommet", "kremlin"], progress=False).fit(corpus)
    assert "sommet" not in set(model.vocabulary_) and "drone" in set(model.vocabulary_)


@pytest.mark.parametrize("init", ["nmf", "random"])
def test_parallel_starts_give_the_same_model_as_sequential_ones(init):
    from framing.synthetic import make_corpus

    corpus = make_corpus(80, random_state=3)
    one = TopicModel(4, random_state=5, init=init, n_starts=3, n_jobs=1, progress=False).fit_transform(corpus)
    two = TopicModel(4, random_state=5, init=init, n_starts=3, n_jobs=2, progress=False).fit_transform(corpus)
    pd.testing.assert_frame_equal(one, two)


# --------------------------------------------------------------------------- start and stopping


def test_nmf_start_spreads_each_words_prior_mass_like_its_topic(small):
    _, _, model = small
    order = planted_order(model)
    for topic, words in PLANTED.items():
        home = order[TOPIC_NAMES.index(topic)]
        for word in words[:4]:
            prior = np.asarray(model.model_.get_word_prior(word))
            assert prior.sum() == pytest.approx(4 * model.eta)  # the symmetric prior's mass per word
            assert int(np.argmax(prior)) == home, (word, prior)


def test_random_start_is_plain_lda_without_word_priors():
    corpus, theta = make_corpus(n_per_outlet=40)
    model = TopicModel(4, init="random", n_starts=4, random_state=1, progress=False).fit(corpus)
    assert list(model.model_.get_word_prior("sommet")) == []
    est = model.theta_.to_numpy()[:, planted_order(model)]
    assert np.abs(est.mean(axis=0) - theta.mean(axis=0)).max() < 0.05


def test_nmf_start_gives_the_planted_shares_after_few_sweeps():
    corpus, theta = make_corpus(n_per_outlet=60)
    model = TopicModel(4, random_state=2, progress=False).fit(corpus)
    assert model.n_iter_ < model.n_iter  # stopped by tol, not by n_iter
    est = model.theta_.to_numpy()[:, planted_order(model)]
    for outlet in PREVALENCE:
        rows = (corpus["outlet"] == outlet).to_numpy()
        assert np.abs(est[rows].mean(axis=0) - theta[rows].mean(axis=0)).max() < 0.05


def test_tol_zero_runs_every_sweep():
    corpus, _ = make_corpus(n_per_outlet=20)
    assert TopicModel(4, n_iter=45, tol=0, progress=False).fit(corpus).n_iter_ == 45


def test_init_must_be_nmf_or_random():
    corpus, _ = make_corpus(n_per_outlet=5)
    with pytest.raises(ValueError, match="init must be one of"):
        TopicModel(4, init="lda", progress=False).fit(corpus)


def test_a_pickled_model_keeps_its_start_and_infers_the_same_shares(small):
    import pickle

    corpus, _, model = small
    unseen, _ = make_corpus(n_per_outlet=5, seed=11)
    again = pickle.loads(pickle.dumps(model))
    assert list(again.model_.get_word_prior("sommet")) == list(model.model_.get_word_prior("sommet"))
    pd.testing.assert_frame_equal(again.transform(unseen), model.transform(unseen))


def test_n_jobs_must_be_positive():
    with pytest.raises(ValueError, match="n_jobs"):
        TopicModel(3, n_jobs=0).fit(pd.DataFrame({"doc_id": ["a"], "outlet": ["x"], "text": ["mot " * 10]}))
