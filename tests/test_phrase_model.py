"""The phrase model (framing.phrases.phrase_model): fitting, its weight file, and how score_phrase applies it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from sklearn.metrics import f1_score

import framing
from framing.phrases import find_phrases
from framing.phrases import phrase_model as pm
from framing.phrases.match import _Doc
from framing.phrases.phrase_model import LABELS, PhraseModel, load_phrase_model, phrase_features
from framing.phrases.score import NEUTRAL_THRESHOLD

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "phrases_sets"

# constructed phrases (not from any benchmark list), labelled by PHRASES.md
TRAIN = [
    ("une conversation franche et utile", "positive"), ("un échange constructif sur la Syrie", "positive"),
    ("les deux présidents se sont bien entendus", "positive"), ("un dialogue enfin relancé", "positive"),
    ("un climat lourd de méfiance", "negative"), ("des accusations échangées sans retenue", "negative"),
    ("une rencontre tendue et sans résultat", "negative"), ("la relation reste glaciale", "negative"),
    ("l'appel a duré une heure", "neutral"), ("la rencontre aura lieu à Genève", "neutral"),
    ("les ministres se retrouveront jeudi", "neutral"), ("le Kremlin a publié un compte rendu", "neutral"),
]


def readings(phrases):
    return [(s.label, s.polarity) for s in (framing.score_phrase(p, model=False) for p in phrases)]


def fitted(**params) -> PhraseModel:
    phrases, labels = zip(*TRAIN)
    return PhraseModel(**{"C": 10.0, "min_count": 1, **params}).fit(phrases, labels, readings(phrases))


def test_features_are_lower_cased_lemmas_and_adjacent_pairs():
    assert phrase_features(["Un", "Dialogue", "relancer"]) == {
        "un", "dialogue", "relancer", "un dialogue", "dialogue relancer"}
    assert phrase_features([]) == set()


def test_a_fitted_model_reads_its_training_phrases_and_sums_to_one():
    m = fitted()
    for phrase, label in TRAIN:
        reading = framing.score_phrase(phrase, model=False)
        p = m.probabilities(_Doc(phrase).lem, reading.label, reading.polarity)
        assert set(p) == set(LABELS)
        assert sum(p.values()) == pytest.approx(1.0)
        assert max(p, key=p.get) == label, phrase


def test_the_weight_file_round_trips(tmp_path):
    m = fitted()
    path = tmp_path / "model.csv"
    m.to_csv(path, decimals=8)
    assert path.read_text(encoding="utf-8").startswith("# weight=3.0 C=10.0 min_count=1\n")
    back = PhraseModel.read_csv(path)
    assert back.weight == 3.0
    lemmas = _Doc("une conversation utile mais tendue").lem
    a, b = m.probabilities(lemmas, "neutral", 0.05), back.probabilities(lemmas, "neutral", 0.05)
    assert all(a[k] == pytest.approx(b[k], abs=1e-6) for k in LABELS)


def test_fitting_is_deterministic():
    assert fitted().weights_.equals(fitted().weights_)


@pytest.mark.parametrize("phrases, labels, n_readings, message", [
    (["un accord", "une crise"], ["positive"], 2, "2 phrases but 1 labels"),
    (["un accord", "une crise"], ["positive", "hostile"], 2, "unknown labels ['hostile']"),
    (["un accord", "un pacte"], ["positive", "positive"], 2, "at least two classes"),
    (["un accord", "une crise"], ["positive", "negative"], 1, "2 phrases but 1 readings"),
])
def test_fit_refuses_bad_input(phrases, labels, n_readings, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        PhraseModel().fit(phrases, labels, readings(phrases)[:n_readings])


def test_a_bad_weight_file_names_the_file_and_the_line(tmp_path):
    path = tmp_path / "weights.csv"
    path.write_text("feature,negative,neutral,positive\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"weights.csv, line 1: expected '# weight="):
        PhraseModel.read_csv(path)
    path.write_text("# weight=3.0\nfeature,negative,neutral,positive\naccord,0,0,1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"weights.csv: missing rows \['__intercept__'"):
        PhraseModel.read_csv(path)


def test_load_phrase_model_takes_what_score_phrase_takes(tmp_path):
    assert load_phrase_model(False) is None
    assert load_phrase_model(True) is load_phrase_model(None)
    m = fitted()
    assert load_phrase_model(m) is m
    m.to_csv(tmp_path / "m.csv")
    assert isinstance(load_phrase_model(tmp_path / "m.csv"), PhraseModel)
    with pytest.raises(ValueError, match="not fitted"):
        load_phrase_model(PhraseModel())
    with pytest.raises(TypeError, match="model= takes"):
        load_phrase_model(3)


# realistic phrases of news copy; whichever the bundled model changes, the result must stay consistent
PHRASES = [
    "les deux délégations se reverront à Genève", "Moscou attend des gestes concrets avant toute rencontre",
    "Ce ballet d'amabilités n'a trompé personne à Bruxelles.", "un accord attendu dans les quinze jours",
    "une conversation franche et constructive", "un regain de tension entre Moscou et Washington",
    "des échanges à fleurets mouchetés", "Le maire a posé la première pierre de l'hôpital.",
    "les deux présidents se sont parlé pendant une heure", "une rencontre cordiale mais sans résultat",
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_score_phrase_keeps_label_and_polarity_consistent_and_the_rules_frame(phrase):
    rules = framing.score_phrase(phrase, model=False)
    got = framing.score_phrase(phrase)
    assert rules.label == rules.lexicon_label
    assert got.lexicon_label == rules.label
    assert got.frame == rules.frame  # the model reads the label only
    assert got.entries == rules.entries and got.units == rules.units
    if got.label == rules.label:
        assert got == rules
    elif got.label == "neutral":
        assert got.polarity == 0.0
    else:
        sign = 1 if got.label == "positive" else -1
        assert sign * got.polarity >= NEUTRAL_THRESHOLD


def test_the_bundled_model_changes_some_labels_of_these_phrases():
    changed = [p for p in PHRASES if framing.score_phrase(p).label != framing.score_phrase(p, model=False).label]
    assert 0 < len(changed) < len(PHRASES)


def test_a_model_passed_in_is_the_one_applied():
    m = fitted()
    phrase = "un climat lourd de méfiance"
    reading = framing.score_phrase(phrase, model=False)
    p = m.probabilities(_Doc(phrase).lem, reading.label, reading.polarity)
    assert framing.score_phrase(phrase, model=m).label == max(p, key=p.get)


def test_the_bundled_weights_raise_macro_f1_on_a_development_list_they_were_fitted_on():
    # dev10 (hard cases on the neutral/polar line) is in the training data: this guards the
    # weight file and its application, not generalisation (benchmarks/train_phrase_model.py --cv
    # and the held-out lists report that)
    dev = pd.read_csv(SETS / "dev10.csv", keep_default_na=False)
    rules = [framing.score_phrase(p, model=False).label for p in dev["phrase"]]
    model = [framing.score_phrase(p).label for p in dev["phrase"]]
    f_rules = f1_score(dev["label"], rules, labels=list(LABELS), average="macro")
    f_model = f1_score(dev["label"], model, labels=list(LABELS), average="macro")
    assert f_model > f_rules + 0.05


def test_find_phrases_reads_units_not_the_phrase_model(monkeypatch):
    corpus = pd.DataFrame({"doc_id": ["a"], "text": [
        "Les deux présidents ont eu une conversation franche et constructive, malgré un regain de tension."]})
    before = find_phrases(corpus, quotes=framing.extract_quotes(corpus, progress=False), progress=False)

    def broken():
        raise AssertionError("find_phrases must not load the phrase model")

    monkeypatch.setattr(pm, "_bundled", broken)
    after = find_phrases(corpus, quotes=framing.extract_quotes(corpus, progress=False), progress=False)
    assert len(before) > 0
    pd.testing.assert_frame_equal(before, after)
