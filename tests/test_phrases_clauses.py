"""Framing clauses the lexicon misses (framing.phrases.clauses): cutting, the fitted model, find_phrases."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.phrases import PHRASE_COLUMNS, find_phrases
from framing.phrases.clauses import (
    ClauseModel, clause_features, clause_spans_of, load_clause_model, open_clauses,
)

NO_QUOTES = pd.DataFrame({"doc_id": pd.Series([], dtype=object), "start": pd.Series([], dtype="int64"),
                          "end": pd.Series([], dtype="int64"), "side": pd.Series([], dtype=object)})


def found(text: str, **kw) -> pd.DataFrame:
    corpus = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    return find_phrases(corpus, quotes=NO_QUOTES, progress=False, **kw)


def small_model(**kw) -> ClauseModel:
    """A model fitted on a few French clauses: warm, cold and plain reporting."""
    warm = ["un pas important vers la paix", "une vraie chance pour le dialogue", "nous avons commencé à réparer cela"]
    cold = ["parler n'est pas négocier", "rien de plus qu'une photo", "des promesses sans lendemain"]
    plain = ["la réunion a lieu mardi à Genève", "le ministre est arrivé dans la soirée",
             "les chiffres ont été publiés hier"]
    X = pd.DataFrame({"text": (warm + cold + plain) * 4, "quoted": False})
    y = pd.DataFrame({"framing": ([True] * 6 + [False] * 3) * 4,
                      "polarity": (["positive"] * 3 + ["negative"] * 3 + [""] * 3) * 4,
                      "frame": (["cooperation"] * 3 + ["conflict"] * 3 + [""] * 3) * 4})
    return ClauseModel(C=10.0, min_count=1, **kw).fit(X, y)


def test_clauses_are_cut_at_punctuation_and_quote_marks():
    text = ("Selon le Kremlin, la conversation a été « franche et directe » ; "
            "les deux présidents (qui ne s'étaient pas parlé depuis mars) se reverront. Fin.")
    got = [text[s:e] for s, e in clause_spans_of(text)]
    assert got == ["Selon le Kremlin", "la conversation a été", "franche et directe",
                   "les deux présidents", "qui ne s'étaient pas parlé depuis mars", "se reverront."]
    for s, e in clause_spans_of(text):  # stripped spans into the text
        assert text[s:e] == text[s:e].strip()


def test_a_one_word_clause_and_a_run_on_line_are_not_clauses():
    assert clause_spans_of("Moscou. Washington.") == []
    run_on = " ".join(["mot"] * 60)
    assert clause_spans_of(run_on) == []


def test_open_clauses_leave_out_every_clause_a_phrase_touches():
    text = "La rencontre fut cordiale, mais rien de plus, selon un diplomate."
    s = text.index("cordiale")
    got = [text[a:b] for a, b in open_clauses(text, [(s, s + 8)])]
    assert got == ["mais rien de plus", "selon un diplomate."]


def test_features_are_words_and_word_pairs_lower_cased():
    assert clause_features("Un Pas") == {"un", "pas", "un pas"}


def test_a_fitted_model_reads_warm_and_cold_clauses_apart():
    m = small_model()
    warm, cold, plain = (m.read(t, False) for t in (
        "un pas important", "des promesses sans lendemain", "le ministre est arrivé mardi"))
    assert warm.probability > 0.5 and cold.probability > 0.5 and plain.probability < 0.5
    assert warm.polarity > 0.1 > -0.1 > cold.polarity
    assert (warm.frame, cold.frame) == ("cooperation", "conflict")
    assert m.probability("un pas important", False) == pytest.approx(warm.probability)


def test_the_weight_file_round_trips(tmp_path):
    m = small_model(threshold=0.4)
    path = tmp_path / "model.csv"
    m.to_csv(path, decimals=8)
    with open(path, encoding="utf-8") as fh:
        assert fh.readline().startswith("# threshold=0.4")
    back = load_clause_model(path)
    assert back.threshold == 0.4
    for t in ("un pas important vers la paix", "rien de plus", "la réunion a lieu"):
        a, b = m.read(t, True), back.read(t, True)
        assert b.probability == pytest.approx(a.probability, abs=1e-6)
        assert b.polarity == pytest.approx(a.polarity, abs=1e-6) and a.frame == b.frame


def test_fit_names_what_is_wrong():
    X = pd.DataFrame({"text": ["un pas", "un échec"], "quoted": False})
    with pytest.raises(ValueError, match="missing columns"):
        ClauseModel().fit(X, pd.DataFrame({"framing": [True, True]}))
    y = pd.DataFrame({"framing": [True, True], "polarity": ["positive", "good"], "frame": ["other", "other"]})
    with pytest.raises(ValueError, match="good"):
        ClauseModel(min_count=1).fit(X, y)
    with pytest.raises(ValueError, match="not fitted"):
        load_clause_model(ClauseModel())
    with pytest.raises(TypeError, match="ClauseModel"):
        load_clause_model(42)


def test_a_weight_file_without_its_first_line_is_named(tmp_path):
    path = tmp_path / "weights.csv"
    path.write_text("feature,framing\nun,0.1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="weights.csv, line 1"):
        load_clause_model(path)


def test_find_phrases_adds_the_model_clauses_only_where_no_phrase_stands():
    text = ("Les deux présidents se sont parlé mardi, une très bonne conversation selon Moscou. "
            "Nous avons commencé à réparer cela, dit-on au Kremlin. "
            "Pour un diplomate européen, « c'est rien de plus qu'une photo ».")
    off = found(text, clauses=False)
    on = found(text, clauses=small_model(threshold=0.5))
    assert dict(on.dtypes.astype(str)) == PHRASE_COLUMNS
    assert on["start"].is_monotonic_increasing  # text order, the model's clauses among the others
    model_rows = on[on["entry"] == "model:clause"]
    assert on.loc[on["entry"] != "model:clause", "phrase"].tolist() == off["phrase"].tolist() == [
        "très bonne conversation"]
    for s, e in zip(model_rows["start"], model_rows["end"]):
        assert not any(a < e and b > s for a, b in zip(off["start"], off["end"]))
        assert (s, e) in clause_spans_of(text)
    got = model_rows.set_index("phrase")
    assert got.loc["Nous avons commencé à réparer cela", ["label", "frame", "voice"]].tolist() == [
        "positive", "cooperation", "journalist"]
    assert got.loc["c'est rien de plus qu'une photo", ["label", "frame", "voice"]].tolist() == [
        "negative", "conflict", "quoted"]


def test_the_bundled_model_reads_reporting_apart_from_framing():
    m = load_clause_model()
    for plain in ("Le ministre est arrivé mardi soir à Genève", "La réunion a eu lieu dans la matinée",
                  "Le président ukrainien l'a appris par la presse"):
        assert m.probability(plain, False) < 0.1, plain
    cold = m.read("Mais parler n'est pas négocier", True)
    assert cold.probability >= m.threshold and cold.polarity < -0.1


def test_a_model_passed_in_replaces_the_bundled_one():
    text = "Le ministre est arrivé dans la soirée. Un pas important vers la paix, selon lui."
    strict = small_model(threshold=0.999)
    assert "model:clause" not in found(text, clauses=strict)["entry"].tolist()
    loose = small_model(threshold=0.0)
    rows = found(text, clauses=loose)
    assert (rows["entry"] == "model:clause").sum() >= 1
    assert "model:clause" not in found(text, clauses=False)["entry"].tolist()


def test_page_furniture_gives_no_model_clause():
    text = "Abonnez-vous pour lire la suite de cet article, sans engagement.\nTous droits réservés, reproduction interdite."
    loose = small_model(threshold=0.0)
    assert found(text, clauses=loose).empty


def test_the_model_clauses_count_in_the_tone_only_when_asked():
    from framing import article_tone

    corpus = pd.DataFrame({"doc_id": ["a"], "text": ["x" * 100]})
    phrases = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 50], "polarity": [0.5, -0.9],
                            "entry": ["cordial", "model:clause"], "voice": "journalist", "kind": "framing"})
    default = article_tone(phrases, corpus).iloc[0]
    lexicon_only = article_tone(phrases.iloc[:1], corpus).iloc[0]
    assert default["tone"] == pytest.approx(lexicon_only["tone"]) and default["n_phrases"] == 2
    full = article_tone(phrases, corpus, clause_weight=1.0).iloc[0]
    assert full["tone"] < 0 < default["tone"]
    with pytest.raises(ValueError, match="clause_weight"):
        article_tone(phrases, corpus, clause_weight=2.0)


def test_an_interview_answer_is_reported_speech():
    from framing.phrases.voice import interview_answers

    text = ("Entretien avec une chercheuse.\n\n"
            "Le Point : Une rencontre entre les deux présidents est-elle probable ?\n\n"
            "A. M. : Elle est possible. Mais un sommet improvisé risque de ressembler à Helsinki : "
            "de très belles images, et rien derrière.\n\n"
            "Le Point : Et l'Europe, dans tout cela ?\n\n"
            "A. M. : Elle est absente de la table. La relation reste très tendue.")
    assert len(interview_answers(text)) == 2
    got = found(text, clauses=False)
    assert got[["phrase", "voice"]].values.tolist() == [["relation reste très tendue", "quoted"]]
    # the same words outside an interview are the journalist's
    plain = found("La relation reste très tendue.", clauses=False)
    assert plain["voice"].tolist() == ["journalist"]


@pytest.mark.parametrize("text", [
    # links to other articles, not an interview
    "Lire aussi : Le sommet de Budapest tombe à l'eau, faute d'accord sur l'Ukraine.\n"
    "Guerre en Ukraine : ce que l'on sait de la coalition des volontaires réunie à Paris.\n"
    "Lire aussi : Poutine et Trump se parlent encore, mais ne s'entendent sur rien du tout.\n"
    "Guerre en Ukraine : les Européens tentent de peser sur une négociation qui leur échappe.",
    # a broadcast transcript: the newsroom's own people speak in the journalist's voice
    "PRÉSENTATRICE : Deux heures de visioconférence entre les deux présidents ce soir, et un ton très ferme.\n"
    "CORRESPONDANT : Oui, la Maison-Blanche insiste sur une conversation directe et sans détour.\n"
    "PRÉSENTATRICE : Et du côté de Moscou, que retient-on de cet échange si tendu ?\n"
    "CORRESPONDANT : Le Kremlin parle d'un dialogue utile, mais rien n'a été réglé ce soir.",
])
def test_links_and_a_newsroom_transcript_are_no_interview(text):
    from framing.phrases.voice import interview_answers

    assert interview_answers(text) == []
