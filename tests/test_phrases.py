"""Framing phrases: lexicon and shifter loading, score_phrase, find_phrases, candidate_phrases."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.phrases import (
    CANDIDATE_COLUMNS,
    FRAMES,
    PHRASE_COLUMNS,
    SHIFTER_KINDS,
    PhraseScore,
    candidate_phrases,
    find_phrases,
    load_lexicon,
    load_shifters,
)


def score_phrase(text, **kw):
    """The rules' reading (``model=False``): these tests pin the lexicon and the rules, not the fitted phrase model."""
    return framing.score_phrase(text, model=False, **kw)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def corpus_of(*texts: str, outlets=None) -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(len(texts))],
        "outlet": outlets or ["X"] * len(texts),
        "text": list(texts),
    })


def entries_found(text: str, lexicon=None) -> list[tuple[str, str]]:
    found = find_phrases(corpus_of(text), lexicon=lexicon, progress=False)
    return list(zip(found["phrase"], found["entry"]))


# ----------------------------------------------------------------------------- the data files
def test_bundled_lexicon_is_large_valid_and_uses_documented_frames():
    lex = load_lexicon()
    assert len(lex) >= 300
    assert lex["polarity"].between(-1, 1).all()
    assert set(lex["frame"]) <= set(FRAMES)
    assert (lex["size"] >= 2).sum() >= 150  # mostly multiword expressions
    assert lex["pattern"].is_unique


def test_bundled_lexicon_writes_each_pattern_once():
    # a user lexicon may repeat a pattern (its last row wins, as documented); in the bundled file a
    # repeated pattern is a dead row that nobody reads
    import csv
    from importlib.resources import files

    text = (files("framing") / "data" / "phrases.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(line for line in text.splitlines() if line and not line.startswith("#")))
    patterns = [r[0] for r in rows[1:]]
    repeated = sorted({p for p in patterns if patterns.count(p) > 1})
    assert not repeated, repeated
    # the same for the compositional rule's words, where the first row wins
    text = (files("framing") / "data" / "evaluative_words.csv").read_text(encoding="utf-8")
    words = [r[0] for r in csv.reader(line for line in text.splitlines() if line and not line.startswith("#"))][1:]
    assert sorted({w for w in words if words.count(w) > 1}) == []


def test_bundled_shifters_cover_every_kind():
    sh = load_shifters()
    assert set(sh["kind"]) == set(SHIFTER_KINDS)
    plus = sh[sh["pattern"] == "plus"]
    assert plus.iloc[0]["kind"] == "negator" and plus.iloc[0]["requires"] == "ne"


@pytest.mark.parametrize(
    "row, message",
    [
        ("vent contraire,1.5,conflict,,", "polarity 1.5 is outside"),
        ("vent contraire,très,conflict,,", "is not a number"),
        (",-0.5,conflict,,", "empty pattern"),
        ("vent contraire,-0.5,,,", "empty frame"),
        ("* vent,-0.5,conflict,,", "cannot start with a gap"),
    ],
)
def test_lexicon_file_with_a_bad_row_names_file_and_line(tmp_path, row, message):
    path = tmp_path / "my_lexicon.csv"
    path.write_text(
        "# my own lexicon\npattern,polarity,frame,note,source\nregain de tension,-0.6,conflict,,\n" + row + "\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError) as err:
        load_lexicon(path)
    text = str(err.value)
    assert "my_lexicon.csv" in text and "line 4" in text and message in text


def test_lexicon_dataframe_with_a_bad_row_names_the_row():
    df = pd.DataFrame({"pattern": ["dégel", "lune de miel"], "polarity": [0.6, 2.0], "frame": ["cooperation"] * 2})
    with pytest.raises(ValueError, match=r"<DataFrame>, row 2: polarity 2.0 is outside"):
        load_lexicon(df)


def test_lexicon_missing_column_is_reported(tmp_path):
    path = tmp_path / "lex.csv"
    path.write_text("pattern,frame\ndégel,cooperation\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing column.*polarity"):
        load_lexicon(path)


def test_shifters_file_with_unknown_kind_names_file_and_line(tmp_path):
    path = tmp_path / "shifters.csv"
    path.write_text("pattern,kind,weight\ntrès,intensifier,1.3\nguère,negation,1\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load_shifters(path)
    assert "shifters.csv, line 3" in str(err.value) and "unknown shifter kind 'negation'" in str(err.value)


# ----------------------------------------------------------------------------- score_phrase
@pytest.mark.parametrize(
    "text, label, frame",
    [
        ("vents contraires", "negative", "conflict"),
        ("un regain de tension", "negative", "conflict"),
        ("sur un air de guerre froide", "negative", "conflict"),
        ("le torchon brûle entre Moscou et Washington", "negative", "conflict"),
        ("un dialogue de sourds", "negative", "diplomacy"),
        ("une très bonne conversation", "positive", "diplomacy"),
        ("s'efforcent de coordonner leurs diplomaties", "positive", "cooperation"),
        ("une coopération pour la Syrie", "positive", "cooperation"),
        ("enterrer la hache de guerre", "positive", "cooperation"),
        ("un nouveau train de sanctions", "negative", "economy"),
        ("un entretien téléphonique", "neutral", "diplomacy"),
        ("selon un communiqué du Kremlin", "neutral", "neutral"),
    ],
)
def test_plain_entries_score_polarity_and_frame(text, label, frame):
    s = score_phrase(text)
    assert isinstance(s, PhraseScore)
    assert (s.label, s.detail) == (label, frame)
    assert -1 <= s.polarity <= 1


@pytest.mark.parametrize(
    "text, entry",
    [
        ("les vents sont contraires", "vent * contraire"),  # a gap
        ("Les relations restent très tendues", "relation * =tendu|=tendue|=tendus|=tendues"),  # gap + inflected forms
        ("ils ont enterré la hache de guerre", "enterrer la hache de guerre"),  # participle
        ("la reprise du dialogue", "reprise de *1 dialogue"),  # du/des for «de»
        ("Les deux présidents se sont entretenus", "se *2 entretenir"),  # reflexive, compound tense
        ("Washington claque la porte", "claquer * porte"),  # present tense
    ],
)
def test_inflected_forms_and_gaps_match(text, entry):
    assert entry in score_phrase(text).entries


def test_a_gap_does_not_cross_sentence_punctuation():
    assert "vent * contraire" not in score_phrase("Les vents. Contraires").entries
    assert entries_found("Le vent tourne; contraire à tout.") == []


@pytest.mark.parametrize(
    "text",
    [
        "pas une très bonne conversation",  # ne…pas / bare pas
        "l'entretien n'a pas été constructif",  # ne … pas
        "aucun progrès notable",  # aucun
        "une rencontre sans la moindre avancée",  # sans
        "loin d'un accord",  # loin de
        "les pourparlers n'ont guère avancé",  # ne … guère
        "Moscou ne coopère plus",  # ne + plus after the verb
    ],
)
def test_negation_turns_a_positive_phrase_negative(text):
    s = score_phrase(text)
    assert s.negated and s.label == "negative", s


@pytest.mark.parametrize(
    "text",
    ["il n'y a aucune tension", "sans la moindre fausse note", "Moscou est loin d'être un ennemi"],
)
def test_negation_turns_a_negative_phrase_positive(text):
    s = score_phrase(text)
    assert s.negated and s.label == "positive", s


def test_plus_without_ne_is_not_a_negator():
    more = score_phrase("plus de coopération")
    assert not more.negated and more.label == "positive" and more.intensity > 1
    no_more = score_phrase("il n'y a plus de coopération")
    assert no_more.negated and no_more.label == "negative"
    assert not score_phrase("plus que jamais déterminés à coopérer").negated


def test_negated_conflict_is_detailed_as_cooperation_and_the_reverse():
    assert score_phrase("Moscou ne coopère plus").detail == "conflict"
    assert score_phrase("Moscou est loin d'être un ennemi").detail == "cooperation"


@pytest.mark.parametrize(
    "text, label, frame",
    [
        # PHRASES.md: good talks and shared aims are cooperation, so is their failure
        ("une très bonne conversation", "positive", "cooperation"),
        ("mettre fin à la guerre", "positive", "cooperation"),
        ("Moscou ne coopère plus", "negative", "cooperation"),
        ("les pourparlers sont au point mort", "negative", "cooperation"),
        # an easing of the sides' conflict stays conflict, the failure of dialogue cooperation ...
        ("les deux capitales cherchent à apaiser les tensions", "positive", "conflict"),
        ("une désescalade entre les deux voisins", "positive", "conflict"),
        ("la tension est retombée entre les deux capitales", "positive", "conflict"),
        ("aucune provocation de part et d'autre", "positive", "conflict"),
        ("mettre un terme à la brouille diplomatique", "positive", "conflict"),
        ("le calme est revenu dans la zone démilitarisée", "positive", "conflict"),
        ("un retour au calme entre les deux armées", "positive", "conflict"),
        ("le dialogue n'est pas rompu", "positive", "cooperation"),
        ("ce n'est pas la rupture", "positive", "cooperation"),
        # ... and a conflict averted as a shared aim is cooperation
        ("éviter une nouvelle guerre froide", "positive", "cooperation"),
        ("lutter ensemble contre le terrorisme", "positive", "cooperation"),
        # tension, disagreement, threats between the sides are conflict
        ("un regain de tension", "negative", "conflict"),
        ("de nombreux désaccords", "negative", "conflict"),
        ("Moscou menace de représailles", "negative", "conflict"),
        # atmosphere, uncertainty and style are other
        ("une ambiance glaciale", "negative", "other"),
        ("un avenir incertain", "negative", "other"),
    ],
)
def test_frames_are_cooperation_conflict_or_other(text, label, frame):
    s = score_phrase(text)
    assert (s.label, s.frame) == (label, frame)
    assert s.frame in FRAMES


@pytest.mark.parametrize(
    "plain, shifted, kind",
    [
        ("une bonne conversation", "une très bonne conversation", "intensifier"),
        ("des tensions", "de vives tensions", "intensifier"),
        ("un désaccord", "un profond désaccord", "intensifier"),
        ("une avancée", "une avancée timide", "dampener"),
        ("un accord", "un accord partiel", "dampener"),
        ("un rapprochement", "un léger rapprochement", "dampener"),
    ],
)
def test_intensifiers_and_dampeners_scale_the_polarity(plain, shifted, kind):
    a, b = score_phrase(plain), score_phrase(shifted)
    assert a.label == b.label != "neutral"
    if kind == "intensifier":
        assert abs(b.polarity) > abs(a.polarity)
    else:
        assert abs(b.polarity) < abs(a.polarity)


@pytest.mark.parametrize(
    "text, label",
    [
        ("n'exclut pas un accord", "positive"),  # litotes: the door stays open
        ("un échange pas inutile", "positive"),
        ("un bilan non négligeable", "positive"),
        ("n'exclut pas de nouvelles sanctions", "negative"),  # what follows keeps its sign
    ],
)
def test_litotes_are_not_plain_negations(text, label):
    s = score_phrase(text)
    assert s.label == label, s
    assert any(u.source == "litotes" for u in s.units)


@pytest.mark.parametrize(
    "text, label",
    [
        ("un climat cordial mais des divergences profondes", "negative"),
        ("des tensions, mais un dialogue constructif", "positive"),
        ("un entretien constructif mais un profond désaccord", "negative"),
    ],
)
def test_the_clause_after_mais_weighs_more(text, label):
    s = score_phrase(text)
    assert s.label == label, s
    before, after = s.units[0], s.units[-1]
    assert before.weight < 1 < after.weight


def test_mais_aussi_adds_rather_than_contrasts():
    s = score_phrase("des divergences, mais aussi des convergences")
    assert all(u.weight == 1 for u in s.units)


def test_concession_weighs_less_than_the_main_clause():
    s = score_phrase("Malgré les vents contraires, les deux hommes s'efforcent de coordonner leurs diplomaties")
    assert s.label == "positive"
    assert s.units[0].entry == "vent contraire" and s.units[0].weight == 0.5


@pytest.mark.parametrize(
    "text, label",
    [
        ("apaiser les tensions", "positive"),
        ("loin d'apaiser les tensions", "negative"),
        ("le risque d'escalade semble écarté", "positive"),
        ("la confiance est rompue", "negative"),
    ],
)
def test_reversers_turn_what_they_act_on(text, label):
    assert score_phrase(text).label == label


def test_an_entry_inside_a_longer_one_counts_once():
    s = score_phrase("un regain de tension")
    assert s.entries == ("regain de tension",)
    found = entries_found("Malgré le regain de tension, ils se parlent.")
    assert [e for _, e in found if "tension" in e] == ["regain de tension"]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "!!! ..."])
def test_empty_text_is_neutral(text):
    s = score_phrase(text)
    assert (s.polarity, s.label, s.entries, s.negated) == (0.0, "neutral", (), False)


def test_unknown_phrase_falls_back_to_word_valences():
    s = score_phrase("une catastrophe épouvantable")
    assert s.label == "negative" and s.entries == ()
    assert {u.source for u in s.units} == {"word"}


def test_score_phrase_accepts_a_user_lexicon_as_dataframe():
    lex = pd.DataFrame({"pattern": ["dossier brûlant"], "polarity": [-0.4], "frame": ["conflict"]})
    s = score_phrase("plusieurs dossiers brûlants", lexicon=lex)
    assert s.entries == ("dossier brûlant",) and s.label == "negative"


# ----------------------------------------------------------------------------- find_phrases
def test_find_phrases_on_the_seeds():
    corpus = framing.load_corpus(SEEDS)
    found = find_phrases(corpus, progress=False)
    texts = corpus.set_index("doc_id")["text"]
    for row in found.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.phrase
    by_doc = found.groupby("doc_id")["phrase"].apply(set)
    ids = {d[:3] + ("-2" if d.endswith("-2") else "") : d for d in by_doc.index}
    assert "vents contraires" in by_doc[ids["000"]]
    assert "vents contraires" in by_doc[ids["001-2"]]
    for phrase in ("très bonne conversation", "regain de tension", "de nombreux désaccords"):
        assert phrase in by_doc[ids["002"]], phrase
    conv = found[found["phrase"] == "très bonne conversation"].iloc[0]
    assert conv["entry"] == "bon conversation" and conv["intensity"] > 1 and conv["label"] == "positive"
    # «ceux qui ne veulent pas d'une bonne relation»: negated
    rel = found[found["entry"] == "bon relation"].iloc[0]
    assert rel["negated"] and rel["label"] == "negative"


def test_find_phrases_columns_and_dtypes_are_fixed_even_when_empty():
    empty = find_phrases(corpus_of("Rien à signaler ici.", ""), progress=False)
    full = find_phrases(corpus_of("Un regain de tension."), progress=False)
    assert list(empty.columns) == list(full.columns) == list(PHRASE_COLUMNS)
    assert len(empty) == 0 and len(full) == 1
    assert {c: str(t) for c, t in empty.dtypes.items()} == {c: str(t) for c, t in full.dtypes.items()}
    assert str(full["negated"].dtype) == "bool" and str(full["start"].dtype) == "int64"


def test_find_phrases_reports_a_missing_column():
    with pytest.raises(ValueError, match="lacks column.*text"):
        find_phrases(pd.DataFrame({"doc_id": ["a"]}), progress=False)


def test_find_phrases_uses_a_user_lexicon_file(tmp_path):
    path = tmp_path / "lex.csv"
    path.write_text("pattern,polarity,frame\ndossier brûlant,-0.4,conflict\n", encoding="utf-8")
    assert entries_found("Plusieurs dossiers brûlants.", lexicon=path) == [("dossiers brûlants", "dossier brûlant")]


def test_an_exact_form_in_a_user_lexicon_matches_that_form_only():
    lex = pd.DataFrame({"pattern": ["=affrontements", "affrontement"], "polarity": [-0.7, -0.7],
                        "frame": ["conflict", "conflict"], "kind": ["event", "framing"]})
    plural = find_phrases(corpus_of("De violents affrontements ont eu lieu."), lexicon=lex, progress=False)
    singular = find_phrases(corpus_of("Ils redoutent un affrontement direct."), lexicon=lex, progress=False)
    assert plural.empty  # the clashes: event vocabulary, not a framing phrase
    assert singular[["phrase", "entry"]].values.tolist() == [["affrontement", "affrontement"]]


def test_an_exact_form_is_not_matched_through_another_form_s_lemma():
    lex = pd.DataFrame({"pattern": ["de =commande"], "polarity": [-0.4], "frame": ["other"]})
    staged = find_phrases(corpus_of("Un enthousiasme de commande."), lexicon=lex, progress=False)
    orders = find_phrases(corpus_of("Les carnets de commandes sont pleins."), lexicon=lex, progress=False)
    assert staged["phrase"].tolist() == ["de commande"] and orders.empty


def test_exact_and_plain_alternatives_cannot_be_mixed():
    lex = pd.DataFrame({"pattern": ["=affrontements|combat"], "polarity": [-0.4], "frame": ["conflict"]})
    with pytest.raises(ValueError, match="every alternative as =form"):
        find_phrases(corpus_of("Des combats."), lexicon=lex, progress=False)


# ----------------------------------------------------------------------------- candidate_phrases
def test_candidate_phrases_on_a_small_corpus():
    corpus = corpus_of(
        "Les deux capitales évoquent une ligne rouge. Le processus reste bloqué.",
        "Une ligne rouge a été franchie, selon Moscou.",
        "Encore une ligne rouge. Des dossiers brûlants sont sur la table.",
        "Des dossiers brûlants attendent. Un regain de tension est signalé.",
        "Plusieurs dossiers brûlants. Lire aussi : une ligne rouge\nLe regain de tension continue.",
        outlets=["A", "A", "A", "B", "B"],
    )
    lex = pd.DataFrame({"pattern": ["regain de tension"], "polarity": [-0.6], "frame": ["conflict"]})
    out = candidate_phrases(corpus, lexicon=lex, progress=False)
    assert list(out.columns) == list(CANDIDATE_COLUMNS)
    got = {(r.group, r.lemmas): r for r in out.itertuples()}
    assert got[("A", "ligne rouge")].count == 3  # the boilerplate «Lire aussi» line is skipped
    assert got[("A", "ligne rouge")].keyness > 0
    assert got[("B", "dossier brûlant")].count == 2 and got[("B", "dossier brûlant")].n_docs == 2
    assert ("A", "dossier brûlant") not in got  # only once in A: below min_count
    assert got[("B", "dossier brûlant")].phrase == "dossiers brûlants"
    assert not any("tension" in lem for _, lem in got)  # already in the lexicon
    assert not any(lem.split()[0] in {"le", "un", "de"} for _, lem in got)  # no stop-word edges


def test_candidate_phrases_empty_result_keeps_columns():
    out = candidate_phrases(corpus_of("Un mot."), by=None, progress=False)
    assert list(out.columns) == list(CANDIDATE_COLUMNS) and len(out) == 0


def test_find_phrases_leaves_out_procedural_entries():
    found = find_phrases(corpus_of("Selon un communiqué, il a déclaré que les tensions persistent."), progress=False)
    assert list(found["entry"]) == ["tension"]


# ----------------------------------------------------------------------------- second pass (issue 5)
@pytest.mark.parametrize(
    "text, label",
    [
        ("le cessez-le-feu n'est pas rompu", "positive"),  # the negation turns the reverser
        ("la coopération ne progresse plus", "negative"),  # positive subject of a negated verb
        ("un rapprochement qui n'a jamais vraiment commencé", "negative"),
        ("personne ne souhaite une nouvelle guerre", "positive"),  # bare «ne» after «personne»
        ("ni Paris ni Berlin ne veulent une escalade", "positive"),
        ("peu d'avancées concrètes", "negative"),  # «peu» negates
        ("sans la moindre avancée", "negative"),
        ("la Russie n'exclut pas de recourir à des frappes", "negative"),  # litotes over a negative act
        ("la tension ne retombe pas", "negative"),  # a negative subject keeps its sign
    ],
)
def test_french_negation_scope(text, label):
    assert score_phrase(text).label == label


def test_negation_scope_stops_at_the_first_unit():
    s = score_phrase("pas hostile à une coopération")
    assert s.label == "positive"
    assert [u.negated for u in s.units] == [True, False]


def test_pas_encore_suspends_rather_than_denies():
    assert score_phrase("l'accord n'est pas encore signé").label == "neutral"
    assert score_phrase("l'accord n'est pas signé").label == "negative"


@pytest.mark.parametrize(
    "text, label",
    [
        ("Washington suspend sa coopération avec Moscou", "negative"),  # reverser acting on any sign
        ("Bruxelles suspend les sanctions", "positive"),
        ("l'assouplissement des sanctions", "positive"),
        ("la levée partielle de l'embargo", "positive"),  # reverser reach over a dampener
        ("un accord de façade", "negative"),  # reverser-after acting on positive units
        ("la menace d'une confrontation s'éloigne", "positive"),  # reach over the noun phrase
        ("les négociations s'enlisent", "negative"),
        ("un cessez-le-feu qui ne tient qu'à un fil", "negative"),
        ("les Européens redoutent un accord", "negative"),
    ],
)
def test_reversers_know_which_units_they_turn(text, label):
    assert score_phrase(text).label == label


def test_shifters_file_with_a_bad_acts_on_names_file_and_line(tmp_path):
    path = tmp_path / "shifters.csv"
    path.write_text("pattern,kind,weight,requires,note,acts_on\napaiser,reverser,1,,,both\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load_shifters(path)
    assert "shifters.csv, line 2" in str(err.value) and "acts_on 'both'" in str(err.value)


@pytest.mark.parametrize(
    "text",
    [
        "le sort des otages sera discuté",
        "la question des réfugiés sera abordée lors du sommet",
        "ils n'ont pas évoqué la guerre",
    ],
)
def test_mention_words_do_not_evaluate_their_topic(text):
    assert score_phrase(text).label == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "le ministre s'est refusé à tout commentaire",
        "Washington n'a ni confirmé ni démenti",
        "a indiqué une source diplomatique sous couvert d'anonymat",
        "la réunion a duré trois heures",
    ],
)
def test_procedural_wording_is_neutral(text):
    s = score_phrase(text)
    assert (s.label, s.detail) == ("neutral", "neutral")


def test_weak_fallback_words_are_ignored():
    s = score_phrase("les échanges se poursuivront demain")
    assert s.label == "neutral" and all(u.source != "word" for u in s.units)


@pytest.mark.parametrize(
    "text, label",
    [
        ("un entretien cordial mais ferme", "neutral"),  # the halves balance
        ("les tensions demeurent, mais le dialogue reprend", "positive"),
        ("Moscou se dit ouvert à la discussion mais pose des conditions inacceptables", "negative"),
    ],
)
def test_mais_balances_or_decides(text, label):
    assert score_phrase(text).label == label


@pytest.mark.parametrize(
    "text, label, frame",
    [
        ("une conversation glaciale", "negative", "diplomacy"),  # talks + conflict word: diplomacy first
        ("des mesures de riposte seront prises", "negative", "threat"),
        ("Moscou et Washington tentent de recoller les morceaux", "positive", "cooperation"),
        ("la Russie ferme le robinet du gaz", "negative", "economy"),
        ("Paris a mis de l'eau dans son vin", "positive", "diplomacy"),
        ("les pourparlers sont au point mort", "negative", "diplomacy"),
        ("un sommet sur le fil du rasoir", "negative", "uncertainty"),
        ("un nouvel échange de prisonniers", "positive", "humanitarian"),
        ("les deux ministres ont croisé le fer", "negative", "conflict"),
        ("l'Union européenne lève l'embargo", "positive", "economy"),
        ("un net réchauffement des relations", "positive", "cooperation"),
        ("les deux camps ont trouvé un terrain d'entente", "positive", "cooperation"),
    ],
)
def test_idioms_of_political_news_by_class(text, label, frame):
    s = score_phrase(text)
    assert (s.label, s.detail) == (label, frame)


# --------------------------------------------------------------------------- third pass
@pytest.mark.parametrize(
    "text, label",
    [
        ("la crise ne cesse de s'aggraver", "negative"),  # «ne cesser de» continues
        ("les tensions n'en finissent pas de monter", "negative"),
        ("la défiance n'a de cesse de grandir", "negative"),
    ],
)
def test_ne_cesser_de_continues_and_does_not_stop(text, label):
    s = score_phrase(text)
    assert s.label == label and not s.negated


@pytest.mark.parametrize(
    "text, label",
    [
        ("jamais la tension n'avait été aussi vive", "negative"),
        ("jamais la coopération n'avait été aussi étroite", "positive"),
        ("la défiance n'a jamais été aussi profonde entre les alliés", "negative"),
    ],
)
def test_jamais_aussi_is_a_superlative_not_a_negation(text, label):
    assert score_phrase(text).label == label


@pytest.mark.parametrize(
    "text",
    ["aucun compromis n'est encore trouvé", "rien n'est encore réglé entre les négociateurs"],
)
def test_negation_followed_by_encore_is_pending(text):
    assert score_phrase(text).label == "neutral"


@pytest.mark.parametrize(
    "text, label",
    [
        ("les bombardements ne reprendront pas", "positive"),  # a harm that will not recur
        ("l'offensive n'a pas eu lieu", "positive"),
        ("les négociations ne reprendront pas", "negative"),  # a good that will not recur
    ],
)
def test_what_does_not_recur_is_denied(text, label):
    assert score_phrase(text).label == label


@pytest.mark.parametrize(
    "text",
    ["Moscou menace de frapper les convois occidentaux", "le Kremlin se dit prêt à riposter par la force",
     "Washington n'exclut pas de nouvelles frappes"],
)
def test_hostile_acts_presented_as_possible_are_threat(text):
    s = score_phrase(text)
    assert (s.label, s.detail) == ("negative", "threat")


def test_a_topic_word_without_polarity_does_not_stop_negation():
    # «croire à» carries no valence: the negation reaches what is expected
    s = score_phrase("nul ne croit à une trêve durable")
    assert (s.label, s.detail) == ("negative", "uncertainty")


@pytest.mark.parametrize(
    "text, label",
    [
        ("un éventuel compromis reste à négocier", "neutral"),  # pending outcome is a mention
        ("il serait prématuré de parler de réconciliation", "neutral"),
        ("le nombre de déplacés demeure inchangé", "neutral"),  # stable values say nothing
        ("un entretien centré sur la sécurité énergétique", "neutral"),
        ("l'aide alimentaire bloquée au poste-frontière", "negative"),  # obstruction turns a good
        ("des doutes sur la bonne foi du Kremlin", "negative"),  # doubt turns a quality
    ],
)
def test_calibration_of_mentions_hedges_and_obstruction(text, label):
    assert score_phrase(text).label == label


@pytest.mark.parametrize(
    "text, label, frame",
    [
        ("le projet de traité est mis en veilleuse", "negative", "diplomacy"),  # shelving
        ("le sommet a fait pschitt", "negative", "diplomacy"),  # fizzle
        ("une rencontre peu productive", "negative", "diplomacy"),  # outcome adjective, negated
        ("des négociations plutôt fructueuses", "positive", "diplomacy"),
        ("les deux capitales sont à couteaux tirés", "negative", "conflict"),  # standoff idiom
        ("une vieille rancune entre les deux capitales", "negative", "conflict"),  # hostile feeling
        ("les alliés parlent d'une seule voix", "positive", "cooperation"),  # harmony
        ("une discussion à cœur ouvert", "positive", "diplomacy"),  # frankness
        ("les négociations sont sur les rails", "positive", "diplomacy"),  # progress
        ("l'économie russe remonte la pente", "positive", "economy"),  # recovery, noun decides
        ("une flambée des prix de l'électricité", "negative", "economy"),
        ("des milliers de familles jetées sur les routes", "negative", "humanitarian"),
        ("les otages sont rentrés chez eux sains et saufs", "positive", "humanitarian"),
    ],
)
def test_third_pass_lexicon_classes(text, label, frame):
    s = score_phrase(text)
    assert (s.label, s.detail) == (label, frame)


def test_a_capitalised_one_word_entry_matches_its_own_name():
    """«Yalta» is an entry of its own (the world shared between great powers): a capitalised word
    inside a clause is dropped only when it is not the entry's word («la France» is not «franc»)."""
    assert ("Yalta", "Yalta") in entries_found("Certains y voient déjà un nouveau Yalta entre les deux puissances.")
    assert entries_found("La France a salué l'annonce.") == []


@pytest.mark.parametrize("text, phrase", [
    ("« Ce n'est pas encore la paix, mais c'est un point de départ », a estimé le diplomate.", "un point de départ"),
    ("« Ce n'est pas encore la paix, mais c'est une base », a estimé le diplomate.", "une base"),
])
def test_base_and_starting_point_are_two_entries(text, phrase):
    """Alternatives in a pattern are single words: «une base|un point de départ» was one broken row."""
    assert any(phrase in found for found, _ in entries_found(text)), entries_found(text)


def test_first_person_plural_verbs_the_lemmatiser_reads_as_nouns_still_match():
    """simplemma reads «avançons» as the noun «avançon» and «sommes» as «somme»: the entries of
    «avancer» and «être» must still match «nous avançons», «nous sommes»."""
    assert any(entry == "avancer|progresser pas à pas"
               for _, entry in entries_found("« Nous avançons pas à pas », a assuré le ministre."))
    assert framing.french.lemma("sommes") == "être"


@pytest.mark.parametrize("text, words, sign", [
    ("« Le plus dur reste à faire », a reconnu le médiateur.", "reste à faire", -1),
    ("Malgré la guerre, les deux hommes se parlent encore.", "se parlent encore", 1),
    ("« Chacun a fait un pas », s'est félicité le ministre turc.", "fait un pas", 1),
    ("Sous la pression, Moscou a fait un pas en arrière.", "pas en arrière", -1),
    ("Les deux délégations restent très éloignées l'une de l'autre.", "éloignées", -1),
    ("Chacun reste arc-bouté sur sa position.", "arc-bouté sur", -1),
])
def test_general_evaluations_of_the_talks(text, words, sign):
    """Common ways French news evaluates talks («le plus dur reste à faire», «se parlent encore»), and
    the longer entry winning over the shorter one («un pas en arrière» is no concession)."""
    found = find_phrases(corpus_of(text), progress=False)
    hits = found[found["phrase"].str.contains(words)]
    assert len(hits) == 1, found[["phrase", "entry", "polarity"]]
    assert (hits["polarity"].iloc[0] > 0) == (sign > 0)


def test_shifters_of_some_clauses_are_those_of_the_whole_text():
    # find_phrases scans for shifters only the clauses around its phrases (clause_spans): in
    # each scanned range they must be exactly those a scan of the whole text finds there
    from framing.phrases.lexicon import _get_shifters
    from framing.phrases.match import _Doc, _Hits, clause_spans

    text = ("Le dialogue n'est pas rompu, loin de là ; les tensions se sont apaisées. "
            "Rien ou presque n'a été décidé, et l'aide ne parvient plus. Sans doute un pas, "
            "plus que jamais nécessaire : «les essais ne reprendront pas», a-t-il dit. "
            "Jamais les échanges n'avaient été aussi cordiaux ; la confiance est rompue.")
    doc = _Doc(text)
    sh = _get_shifters(None)
    whole = _Hits(doc, sh)
    assert whole.all and whole.after  # the text has shifters of both passes
    for units in ([[2]], [[5, 6]], [[14], [30]], [[doc.n - 1]], [[i] for i in range(0, doc.n, 7)]):
        spans = clause_spans(doc, units, reach=10)
        assert all(doc.cut[lo] or lo == 0 for lo, _ in spans)
        assert all(hi == doc.n or doc.cut[hi] for _, hi in spans)
        part = _Hits(doc, sh, spans=spans)
        inside = lambda hits: [h for h in hits if any(lo <= h[2] < hi for lo, hi in spans)]
        assert part.all == inside(whole.all)
        assert part.after == inside(whole.after)
    assert clause_spans(doc, [[0], [doc.n - 1]], reach=doc.n) == [(0, doc.n)]


@pytest.mark.parametrize("text, label", [
    # a stall or a struggling effort denies the positive thing it is said of
    ("Depuis l'été, le rapprochement entre Rome et Tunis marque le pas.", "negative"),
    ("Les deux capitales peinent à relancer la coopération.", "negative"),
    ("Ils ont du mal à renouer le dialogue.", "negative"),
    ("Le partenariat est réduit à sa plus simple expression.", "negative"),
    # an adverb in -ment grades the evaluative word after it, which the negation then turns
    ("Les relations entre les deux voisins ne sont pas franchement idylliques.", "negative"),
    ("Les deux présidents se sont invectivés toute la semaine.", "negative"),
    ("Ankara et Athènes baissent d'un ton.", "positive"),
])
def test_stalls_struggles_and_graded_words(text, label):
    assert score_phrase(text).label == label


@pytest.mark.parametrize("text, label", [
    # the two sides named after the subject do not use up the reach of what follows
    ("Les tensions entre Rabat et Madrid se sont apaisées.", "positive"),
    ("La tension entre l'Éthiopie et l'Égypte est retombée.", "positive"),
    ("Le dialogue entre Séoul et Pyongyang est rompu.", "negative"),
    ("Le dialogue entre Séoul et Pyongyang n'est pas rompu.", "positive"),
])
def test_predicate_after_the_sides_named(text, label):
    assert score_phrase(text).label == label
    found = find_phrases(pd.DataFrame({"doc_id": ["a"], "text": [text]}), progress=False)
    assert found["label"].tolist()[:1] == [label]


@pytest.mark.parametrize("text, label", [
    ("Les engagements de coopération pris à Genève sont restés vains.", "negative"),  # vain turns them
    ("Un entretien d'une rare chaleur.", "positive"),  # «d'une rare» is a degree, not scarcity
    ("Le président turc a fait attendre son homologue russe pendant une heure.", "negative"),
    ("Les deux ministres ont tenté de calmer le jeu.", "positive"),
])
def test_vain_promises_rare_warmth_and_slights(text, label):
    assert score_phrase(text).label == label


@pytest.mark.parametrize("text, label", [
    # from the dev list dev2
    # «tendu» is the adjective; the verb «tendre» is not tension
    ("La relation entre les deux capitales tend à s'améliorer.", "positive"),
    ("Pékin tend la perche à Washington.", "positive"),
    ("Les relations restent tendues.", "negative"),
    ("Le ton se tend entre Ankara et Athènes.", "negative"),
    # what is still to be built or defined is pending, neither success nor failure
    ("Un accord de principe encore à concrétiser.", "neutral"),
    ("Une alliance à repenser, disent les deux ministres.", "neutral"),
    # stances: unmoved, silent, praise, good faith; a shared aim; ruling talks out
    ("Moscou reste de marbre devant les offres de Kiev.", "negative"),
    ("Washington demeure silencieux.", "negative"),
    ("Le président loue la sagesse de son homologue.", "positive"),
    ("Les deux camps disent négocier de bonne foi.", "positive"),
    ("La fin des combats, un objectif commun aux deux délégations.", "positive"),
    ("Séoul exclut toute discussion avec Pyongyang.", "negative"),
    ("Séoul n'exclut pas une discussion avec Pyongyang.", "positive"),
    ("Les chances d'un règlement semblent s'évanouir.", "negative"),
    # from the dev sets phrases_articles17 and 18
    ("Les deux chefs de la diplomatie s'apprécient.", "positive"),
    ("Rabat veut remettre la relation sur de bons rails.", "positive"),
    ("Les négociateurs ont posé les premiers jalons d'un accord.", "positive"),
    ("Pour Ankara, le compte n'y est toujours pas.", "negative"),
    ("Rien de substantiel n'est sorti de la réunion de Doha.", "negative"),
    ("La déclaration ouvre la voie à une normalisation.", "positive"),
    ("Les deux ministres ne se sont pas adressé la parole.", "negative"),
    ("Les diplomates des deux pays ont repris à se parler.", "positive"),
    ("Une trêve en sursis.", "negative"),
    ("Le président a renoncé à sa visite à Pékin.", "negative"),
    ("La rencontre a été rayée du calendrier.", "negative"),
    ("Le partenariat est en lambeaux.", "negative"),
    ("Personne ne fait confiance à Bakou.", "negative"),
    ("Un minimum de confiance s'est installé entre les négociateurs.", "positive"),
    ("Les deux pays ont tout à gagner ensemble.", "positive"),
    ("L'arrêt des négociations a surpris les observateurs.", "negative"),
    # from the dev list dev3
    # an entry with a valence wins over a bare mention of as many words
    ("Le Maroc rompt ses relations diplomatiques avec l'Iran.", "negative"),
    ("Les deux présidents ne se serrent pas la main.", "negative"),
    ("Belgrade coupe tous les canaux de communication avec Pristina.", "negative"),
    ("La confiance entre Ankara et Athènes s'est évaporée.", "negative"),
    ("Le Kremlin ironise sur les promesses de la Maison-Blanche.", "negative"),
    ("Les deux camps ne parlent plus le même langage.", "negative"),
    ("Un continent débarrassé de la guerre, promettent les deux dirigeants.", "positive"),
    ("Les deux ministres se tutoient.", "positive"),
    ("Le sommet accouche de vagues déclarations d'intention.", "negative"),
    ("Les divergences restent à surmonter.", "neutral"),
    # two ends of opposite signs, the second headed by a noun
    ("entre menaces et gestes d'ouverture", "neutral"),
    # a rival who still talks: the sum is balanced
    ("Deux rivaux qui continuent de se parler.", "neutral"),
    # from the dev sets phrases_articles19 and 20
    ("Tokyo met fin à des années de mutisme avec Séoul.", "positive"),
    ("Le ministre n'a pas dévié d'un pouce.", "negative"),
    ("Les diplomates sont restés sur leur faim.", "negative"),
    ("Le Caire menace de se retirer des négociations.", "negative"),
    ("Les relations se sont aigries depuis l'été.", "negative"),
    ("Une paix imposée, dénonce l'opposition.", "negative"),
    ("Les deux pays veulent reconstruire les ponts.", "positive"),
    ("La réunion a débordé du programme prévu.", "positive"),
    ("Les récits des deux camps ne concordent pas.", "negative"),
    ("L'espoir d'un accord s'est fracassé sur la question des frontières.", "negative"),
    ("Le Kremlin accueille la proposition avec intérêt.", "positive"),
    ("Une médiation morte avant d'être née.", "negative"),
    ("Les deux capitales ont réactivé leur commission mixte.", "positive"),
    ("Un voisin qui ne fait pas la leçon.", "positive"),
    # from the dev list dev4 (headlines)
    ("Moscou ignore les appels à la négociation.", "negative"),  # the row once read «main tendu» as two slots
    ("Washington a ignoré la main tendue de Caracas.", "negative"),
    ("Une trêve signée, jamais respectée.", "negative"),
    ("Pour les deux ministres, il n'y a pas d'alternative à la négociation.", "positive"),
    ("Les deux voisins rouvrent leur frontière.", "positive"),
    ("Un dirigeant avec qui l'on peut discuter, dit le président.", "positive"),
    ("Une rhétorique belliqueuse des deux côtés.", "negative"),
    ("Le Caire se méfie des promesses d'Addis-Abeba.", "negative"),
    ("Le président n'est pas content de son homologue.", "negative"),
    ("Plus de questions que de réponses après la rencontre.", "negative"),
    ("Le ministre sort les griffes.", "negative"),
    ("Le Kremlin reste prudent sur les chances d'un compromis.", "neutral"),
    ("Un dialogue grippé depuis l'été.", "negative"),
    # from the dev set phrases_articles22
    ("Kiev et Moscou se donnent une dernière chance.", "positive"),
    ("Le président a rompu des années de mutisme avec son voisin.", "positive"),
    ("La ligne directe est rouverte.", "positive"),
    ("Les deux ministres ont eu une discussion de fond.", "positive"),
    ("Aucun signe d'assouplissement à Ankara.", "negative"),
    ("Un sommet sans substance.", "negative"),
    ("Les négociations n'ont débouché que sur un communiqué.", "negative"),
    ("Les contacts entre les deux capitales avaient été rompus.", "negative"),
    ("Ces espoirs se sont évanouis.", "negative"),
    ("Une étape décisive, disent les deux délégations.", "positive"),
    ("Ces accords ouvrent la voie à une normalisation.", "positive"),  # «ouvrent», not «ouvrer»
    ("Le maire a posé la première pierre de l'hôpital.", "neutral"),  # a building, not the relation
])
def test_session_26_vocabulary(text, label):
    """General rows of the session-26 passes, on sentences written for the test, not the sets' own."""
    assert score_phrase(text).label == label


@pytest.mark.parametrize("text", [
    "Les échanges commerciaux entre les deux pays se sont effondrés en 2023.",  # trade, not talks
    "Le sommet s'est ouvert lundi à Genève.",  # began
    "Une séquence diplomatique ouverte par l'appel de mardi.",  # opened by
    "Accueil | Bons plans | Météo",  # a site's menu
])
def test_words_that_do_not_evaluate_the_talks(text):
    found = find_phrases(pd.DataFrame({"doc_id": ["a"], "text": [text]}), progress=False)
    assert found.empty, found[["phrase", "entry"]]


@pytest.mark.parametrize("text, entry", [
    ("Les relations se sont tendues.", "se tendre"),  # a compound tense after «se»
    ("Les deux dirigeants s'étaient tutoyés.", "se tutoyer"),
    ("Les deux dirigeants se tutoient.", "se tutoyer"),
])
def test_a_verb_after_se_matches_its_compound_tenses(text, entry):
    assert entry in score_phrase(text).entries


def test_only_a_form_of_etre_may_stand_between_se_and_its_verb():
    assert "se tendre" not in score_phrase("Ils se demandent si la main tendue suffira.").entries


def test_a_trade_peace_is_still_the_relation():
    # only «échanges commerciaux» is trade rather than talks; «une paix commerciale» frames the relation
    found = find_phrases(pd.DataFrame({"doc_id": ["a"], "text": ["Une paix commerciale solide, à Genève."]}),
                         progress=False)
    assert found["phrase"].str.contains("paix commerciale").any()


@pytest.mark.parametrize("text, label", [
    ("Les deux ministres ne se sont plus parlé depuis le printemps.", "negative"),
    ("Les militaires des deux pays savent encore se parler.", "positive"),
    ("Un retour du Hamas à la table ? Hors de question, répond Israël.", "negative"),
    ("Les deux capitales se renvoient la faute.", "negative"),
    ("Le dialogue entre les deux voisins s'est effondré.", "negative"),
    ("Pékin répond par le silence.", "negative"),
])
def test_session_26_commentary_vocabulary(text, label):
    assert score_phrase(text).label == label


@pytest.mark.parametrize("text, label", [
    # from the dev list dev5
    ("Les deux chefs de la diplomatie ont renié leurs promesses de l'hiver.", "negative"),
    ("Les deux peuples veulent vivre en bons voisins.", "positive"),
    ("Des rencontres restées strictement formelles.", "negative"),
    ("Nous n'avons aucune raison de discuter avec eux.", "negative"),
    ("Pour Séoul, la réunification paraît plus lointaine que jamais.", "negative"),
    ("Une relation devenue plus adulte.", "positive"),
    ("Un sommet sans ambition.", "negative"),
    ("Nous nous sommes bien entendus, a dit le président.", "positive"),
    ("Le cessez-le-feu n'aura tenu que deux jours.", "negative"),  # restrictive «ne … que»
    ("Une négociation impossible tant que les frappes continuent.", "negative"),
    ("Il faut regarder vers l'avenir, dit le ministre.", "positive"),
    # from the dev sets phrases_articles24 and 25
    ("Le ministre a salué une avancée réelle.", "positive"),
    ("Aucune avancée sur le tracé de la frontière.", "negative"),
    ("Ils ont souvent parlé à des moments gênants.", "negative"),
    ("Les deux hommes s'appellent par leurs prénoms.", "positive"),
    ("Ce sommet le place en position de faiblesse.", "negative"),
    ("Une véritable guerre des communiqués entre les deux capitales.", "negative"),
    ("Leur relation n'est plus qu'un champ de ruines.", "negative"),  # «ne … plus que»: only
    ("La fenêtre ouverte en mars s'est vite refermée.", "negative"),
    ("Le président a répondu sur un ton détendu.", "positive"),
    ("Pour Ankara, pas question de reculer.", "negative"),
    ("Les discussions avancent assez bien.", "positive"),
    ("Les deux pays ont tout intérêt à coopérer.", "positive"),
    ("Le projet de traité est sur la glace depuis l'été.", "negative"),
    ("Les deux ministres se sont plu, dit-on.", "positive"),
    ("Le dialogue a été ramené au strict minimum.", "negative"),
    ("Nous avons ouvert une brèche, estime le négociateur.", "positive"),
    ("Le Premier ministre s'est incliné devant Pékin.", "negative"),
    ("Un accord qui ouvre des perspectives immenses.", "positive"),
    ("Cinq années de silence entre les deux capitales.", "negative"),
    ("La paix ne se décrète pas, rappelle le médiateur.", "negative"),
    ("Une diplomatie patiente a porté ses fruits.", "positive"),
    ("Seul acquis tangible : une commission d'experts.", "negative"),
    # from the dev sets phrases_articles27 and 28
    ("La trêve semble tenir depuis lundi.", "positive"),
    ("Une hostilité de principe envers Rabat.", "negative"),  # the attitude; «les hostilités» are the fighting
    ("Des violations flagrantes de l'accord, selon Kinshasa.", "negative"),
    ("La situation reste explosive à la frontière.", "negative"),
    ("Alger oppose un silence total aux demandes de Paris.", "negative"),
    ("Des partenaires naturels, dit le Premier ministre.", "positive"),
    ("Un interlocuteur crédible pour Washington.", "positive"),
    ("Ce n'est qu'un répit, prévient l'analyste.", "negative"),
    ("Les divergences de fond demeurent, les écarts persistent.", "negative"),
    ("Deux ans de crise entre les deux capitales.", "negative"),
    ("Sur ce point, nous sommes d'accord.", "positive"),
    ("Le pays reste au ban des nations.", "negative"),
    ("La réunion s'est achevée sans rien décider.", "negative"),
    ("Les choses avancent, assure le négociateur.", "positive"),
    ("Avec eux, on parle à un mur.", "negative"),
    ("Un compromis se dessine sur les visas.", "positive"),
    ("Le président a fait un pas vers Ankara.", "positive"),
    ("Les deux équipes vont poursuivre le travail.", "positive"),
    ("L'entente entre les deux hommes est réelle.", "positive"),
    # from the dev set phrases_articles29
    ("Les deux capitales tirent dans la même direction.", "positive"),
    ("Ce geste ouvre la porte à un compromis.", "positive"),
    ("La relation atteint un point bas.", "negative"),
    ("Depuis l'été, le canal est muet.", "negative"),
    ("Les sujets qui opposent les deux pays sont nombreux.", "negative"),
    ("Un communiqué commun, c'est déjà quelque chose.", "positive"),
    ("Une opération de communication, raille l'opposition.", "negative"),
    ("Les espoirs de janvier se sont rapidement dissipés.", "negative"),  # se + être + adverb + participle
    ("Le dialogue n'a jamais repris depuis.", "negative"),  # the negation in the unit's gap
])
def test_session_27_vocabulary(text, label):
    """General rows and rules of the session-27 pass, on sentences written for the test, not the sets'."""
    assert score_phrase(text).label == label


@pytest.mark.parametrize("text, label", [
    # from the dev sets phrases_articles31 and 32
    ("Un grand bond en avant dans les discussions.", "positive"),
    ("Le résultat va au-delà des attentes des deux camps.", "positive"),
    ("Entre les deux capitales, la glace finit par céder.", "positive"),
    ("Tout a été réglé sur le dos des Kurdes.", "negative"),
    ("Les accusations réciproques se multiplient.", "negative"),
    ("Depuis mars, la négociation tourne complètement à vide.", "negative"),
    ("Ankara a trop tiré sur la corde.", "negative"),
    ("Les montagnes russes de la relation franco-algérienne.", "negative"),
    ("Pékin dénonce l'unilatéralisme de Washington.", "negative"),
    ("Les deux ministres se sont fait des compliments.", "positive"),
    ("Une rivalité sans merci pour les métaux rares.", "negative"),
    ("Un dirigeant avec lequel on peut négocier.", "positive"),
    ("Depuis l'été, le dialogue semble introuvable.", "negative"),
    ("Une rencontre d'une grande densité.", "positive"),
    ("Les négociations n'ont apporté aucune ouverture.", "negative"),
    ("Une relation purement transactionnelle.", "neutral"),
])
def test_session_28_vocabulary(text, label):
    """General rows of the session-28 pass, on sentences written for the test, not the sets'."""
    assert score_phrase(text).label == label


@pytest.mark.parametrize("text, label", [
    ("Il s'agit bien entendu d'un sommet très attendu.", "neutral"),  # «bien entendu»: of course
    ("L'arrêt des hostilités a été prolongé.", "positive"),  # the plural is an event, reversed by «arrêt»
    ("Les relations se sont rapidement tendues.", "negative"),  # an adverb after «être» in «se» + verb
    ("Le mirage d'Helsinki s'est dissipé.", "negative"),  # one unit already holds its verb: not turned twice
    ("Les combats n'ont pas repris.", "positive"),  # a conflict that does not recur
    ("Il ne reste plus que des tensions.", "negative"),  # the restrictive «ne … plus que»
])
def test_compound_tenses_and_gaps(text, label):
    assert score_phrase(text).label == label


@pytest.mark.parametrize("text, label", [
    # from the dev sets phrases_articles34 and 35
    ("Le gouvernement porterait l'entière responsabilité d'un échec.", "negative"),
    ("Séoul promet de riposter avec fermeté.", "negative"),
    ("Pyongyang s'est encore dérobé.", "negative"),
    ("Les deux ministres gardent un contact direct.", "positive"),
    ("Une fenêtre de négociation s'ouvre enfin.", "positive"),
    ("Des promesses non tenues depuis des années.", "negative"),
    ("Les préparatifs d'une éventuelle entrevue à Genève.", "positive"),
    ("La possibilité d'un sommet à Rome se précise.", "positive"),
    ("Les deux capitales veulent unir leurs forces.", "positive"),
    ("Sur les frontières, on reste loin du compte.", "negative"),
])
def test_session_29_vocabulary(text, label):
    """General rows of the session-29 pass, on sentences written for the test, not the sets'."""
    assert score_phrase(text).label == label


def test_reassuring_ones_own_public_is_no_framing_phrase():
    """«rassurer» (0 of 7 hits coded in the 27 dev article sets) is a topic row since session 29."""
    corpus = pd.DataFrame({"doc_id": ["a"], "text": ["Le ministre a voulu rassurer les agriculteurs."]})
    assert find_phrases(corpus, progress=False).empty
    hits = find_phrases(corpus, progress=False, all_hits=True)
    assert hits[["phrase", "kind"]].values.tolist() == [["rassurer", "topic"]]


@pytest.mark.parametrize("text, label", [
    # from the dev list dev6
    ("Une pure mascarade, selon l'opposition.", "negative"),
    ("Le jeu trouble de Téhéran inquiète.", "negative"),
    ("La rencontre a vite tourné au vinaigre.", "negative"),
    ("Il les a menés en bateau pendant des mois.", "negative"),
    ("Le traité est resté sur le papier.", "negative"),
    ("Les deux camps sont repartis avec leurs certitudes.", "negative"),
    ("Depuis l'été, les échanges se sont taris.", "negative"),
    ("Un texte en retrait des attentes de Kiev.", "negative"),
    ("Washington a pris au sérieux les inquiétudes de Séoul.", "positive"),
    ("La visite a permis de dissiper les malentendus.", "positive"),
    ("La réconciliation reste une utopie.", "negative"),
    ("La réconciliation n'est plus une utopie.", "positive"),
])
def test_session_29_list_vocabulary(text, label):
    """General rows of the session-29 pass on the dev list dev6, on sentences written for the test."""
    assert score_phrase(text).label == label


@pytest.mark.parametrize("text, frame", [
    ("un rapprochement, sous conditions", "cooperation"),
    ("une trêve possible, si tant est que Moscou le veuille", "cooperation"),
    ("une reprise du dialogue, pour peu que Pékin le veuille", "cooperation"),
])
def test_a_trailing_condition_holds_the_evaluation_back_and_keeps_its_frame(text, frame):
    """«…, sous conditions»: the phrase is neutral (PHRASES.md), its frame that of what it holds back."""
    got = score_phrase(text)
    assert (got.label, got.frame) == ("neutral", frame), got


@pytest.mark.parametrize("text, frame", [
    ("Un accord reste à finaliser.", "cooperation"),
    ("Les deux capitales examinent un éventuel accord.", "cooperation"),
    ("La rencontre s'est tenue à huis clos.", "other"),  # the meeting's form
    ("Un tête-à-tête d'une heure est prévu.", "other"),
])
def test_a_neutral_phrase_about_an_agreement_frames_cooperation(text, frame):
    """Neutral, with no evaluating entry: an agreement or trust as its subject makes it cooperation,
    the meeting's form stays other (PHRASES.md)."""
    got = score_phrase(text)
    assert (got.label, got.frame) == ("neutral", frame), got


def test_a_condition_before_an_evaluation_does_not_hold_it_back():
    assert score_phrase("Sous conditions, le dialogue sera excellent.").label == "positive"


@pytest.mark.parametrize("text, label", [
    # from the dev set phrases_articles37 (commentary)
    ("Je ne vois aucune raison de ne pas coopérer.", "positive"),
    ("Séoul et Tokyo réapprennent à travailler ensemble.", "positive"),
    ("Le dialogue a enfin repris ses droits.", "positive"),
    ("Ankara n'a pas joué le jeu.", "negative"),
    ("La négociation a déraillé dès le premier jour.", "negative"),
    ("Entre les deux capitales, un mariage blanc.", "negative"),
    ("Des mois d'atermoiements ont lassé Washington.", "negative"),
    ("Les investissements promis, on n'en a jamais vu la couleur.", "negative"),
    ("Un sommet meilleur qu'attendu.", "positive"),
    ("La signature marque une étape.", "positive"),
])
def test_session_29_commentary_vocabulary(text, label):
    """General rows of the session-29 pass on phrases_articles37, on sentences written for the test."""
    assert score_phrase(text).label == label


@pytest.mark.parametrize("text, phrase, voice", [
    ("Une conversation que le président américain juge prometteuse.", "prometteuse", "quoted"),
    ("Le Kremlin y voit un signal encourageant.", "signal encourageant", "quoted"),
    ("Pékin présente comme un succès la trêve commerciale.", "succès", "quoted"),
    ("Chaque appel est présenté comme un succès.", "succès", "journalist"),
    ("À Paris, on y voit un signal encourageant.", "signal encourageant", "journalist"),
    ("Le Kremlin évoque des échanges très utiles.", "utiles", "quoted"),
    ("Le ministre turc a salué un dialogue constructif.", "constructif", "quoted"),
    ("On parle de progrès réels.", "progrès", "journalist"),
])
def test_a_speakers_judgement_of_the_talks_is_reported_speech(text, phrase, voice):
    """Session 29: «X juge Y prometteuse», «X y voit …» carry X's voice; a passive or «on» does not."""
    found = find_phrases(pd.DataFrame({"doc_id": ["a"], "text": [text]}), progress=False)
    hit = found[found.phrase.str.contains(phrase)]
    assert len(hit) == 1, found.phrase.tolist()
    assert hit.voice.iloc[0] == voice


@pytest.mark.parametrize("text, phrase, label", [
    ("La chaleur de l'accueil réservé à Poutine a surpris.", "chaleur", "positive"),
    ("Le Kremlin a pris note de la déclaration américaine.", "pris note", "neutral"),
])
def test_session_30_atmosphere_and_reserve_are_framing_phrases(text, phrase, label):
    """«chaleur» (the atmosphere) and «prendre note» (a side's reserve) are framing rows, no longer topics."""
    got = find_phrases(pd.DataFrame({"doc_id": ["a"], "text": [text]}), progress=False)
    row = got[got["phrase"] == phrase]
    assert len(row) == 1 and row["label"].iloc[0] == label, got[["phrase", "label"]]


def _assert_reading(text, label, frame=None):
    """score_phrase(text) has this label, and this frame unless frame is None."""
    got = score_phrase(text)
    assert got.label == label, got
    if frame is not None:
        assert got.frame == frame, got


@pytest.mark.parametrize("text, label, frame", [
    ("Moscou ne cédera pas aux menaces de la Maison-Blanche.", "negative", "conflict"),
    ("Le président a juré de ne jamais plier face aux pressions de Washington.", "negative", "conflict"),
    ("Pékin n'acceptera aucun diktat, a prévenu le porte-parole.", "negative", "conflict"),
    ("Nous ne nous plierons pas à ces exigences.", "negative", "conflict"),
    ("Le Kremlin n'acceptera pas d'ultimatum.", "negative", "conflict"),
    # controls: a hostile act not sought is still an easing, and the rows need a verb of giving in
    ("Téhéran assure ne pas chercher la confrontation.", "positive", None),
    ("Les menaces ne sont pas exclues.", "negative", None),
])
def test_session_32_a_refusal_to_give_in_frames_defiance(text, label, frame):
    """«ne pas céder aux menaces»: the negation is the refusal's, the hostile word is not turned positive."""
    _assert_reading(text, label, frame)


@pytest.mark.parametrize("text, label, frame", [
    ("Le sommet de Genève laisse un goût amer aux diplomates.", "negative", "other"),
    ("Entre les deux chancelleries, la mésentente est profonde.", "negative", "conflict"),
    ("L'entretien a laissé beaucoup de non-dits.", "negative", "other"),
    ("Le coup de fil a remis de l'huile dans les rouages.", "positive", "cooperation"),
    ("Le ministre a jugé irrespectueux le ton de son homologue.", "negative", "conflict"),
    ("Pékin et Washington ont besoin l'un de l'autre.", "positive", "cooperation"),
    ("Le président a réservé un accueil fastueux à son invité.", "positive", "other"),
])
def test_session_32_vocabulary_of_the_dev_set_39(text, label, frame):
    """General rows of the session-32 pass on phrases_articles39, on sentences written for the test."""
    got = score_phrase(text)
    assert (got.label, got.frame) == (label, frame), got


@pytest.mark.parametrize("text, label", [
    # the noun is a compromise, whatever stands beside it
    ("Les négociateurs ont trouvé un compromis équilibré.", "positive"),
    ("C'est un bon compromis pour les deux pays.", "positive"),
    ("Kiev défend un accord de compromis sur les centrales.", "positive"),
    # the participle and the verb compromise what they qualify
    ("Selon Kiev, l'accord est désormais compromis.", "negative"),
    ("Les frappes de la nuit ont compromis la trêve.", "negative"),
    ("Les chances d'un sommet sont compromises.", "negative"),
    ("Cette décision compromet le dialogue.", "negative"),
])
def test_session_33_compromis_the_noun_is_not_the_participle(text, label):
    """«un compromis équilibré» is positive: the noun is no longer read as «compromettre» turning «équilibré»."""
    got = score_phrase(text)
    assert got.label == label, got


@pytest.mark.parametrize("text, label, frame", [
    ("Le président américain n'a pas tari d'éloges sur son homologue.", "positive", "other"),
    ("Pour l'opposition, ce n'est qu'un dialogue de dupes.", "negative", "cooperation"),
    ("Moscou fait sciemment traîner les choses, selon un diplomate.", "negative", "conflict"),
    ("Le négociateur pose à chaque séance de nouvelles conditions.", "negative", "conflict"),
    ("Notre patience envers Téhéran a des limites, a-t-il prévenu.", "negative", "conflict"),
    ("Les ponts sont enfin rétablis entre Rabat et Alger.", "positive", "cooperation"),
    ("Les deux capitales ont mis une sourdine à leurs différends.", "positive", "conflict"),
    ("Washington et Pékin s'offrent une pause dans la guerre commerciale.", "positive", "conflict"),
    ("Une normalisation qui tarde à se concrétiser, déplore Erevan.", "negative", None),
    ("Les récriminations réciproques ont dominé la réunion.", "negative", "conflict"),
])
def test_session_33_rows_from_the_dev_list_dev7(text, label, frame):
    """General vocabulary the dev list dev7 showed missing, on sentences written for the test."""
    _assert_reading(text, label, frame)


@pytest.mark.parametrize("text, label, frame", [
    ("Les deux ministres ont prolongé leur entretien bien au-delà de l'horaire prévu.", "positive", "other"),
    ("La réunion a duré nettement plus longtemps que prévu.", "positive", "other"),
    ("« Nous n'avons pas vu le temps passer », a confié le chancelier.", "positive", "other"),
    ("Le président a répondu en plaisantant à la question du journaliste.", "positive", "other"),
    ("L'ambassadeur a répliqué sèchement à son homologue.", "negative", "conflict"),
    ("Le porte-parole a contredit ouvertement le ministre turc.", "negative", "conflict"),
    ("Ces sanctions feront plus de mal que de bien, prévient Rome.", "negative", "conflict"),
    ("La télévision d'État dénonce une campagne antirusse.", "negative", "conflict"),
    ("Pour l'opposition, ce sommet n'est qu'une victoire de communication.", "negative", "other"),
    ("Ce ballet d'amabilités n'a trompé personne à Bruxelles.", "positive", "other"),
    ("Le terrain avait été soigneusement miné par les deux délégations.", "negative", "conflict"),
    ("Cette annonce jette une ombre sur les engagements de Rabat.", "negative", "cooperation"),
    ("Les deux dirigeants se sont quittés sans un regard.", "negative", "other"),
    ("Le dossier le plus épineux reste celui des frontières.", "negative", "other"),
    ("La rencontre s'est achevée sans aucun livrable.", "negative", "cooperation"),
    ("Téhéran a écarté la trêve proposée par Washington.", "negative", None),
])
def test_session_33_rows_from_the_dev_set_40(text, label, frame):
    """General vocabulary the dev set phrases_articles40 showed missing, on sentences written for the test."""
    _assert_reading(text, label, frame)



@pytest.mark.parametrize("text, word", [
    ("Les combats se sont prolongés toute la nuit.", "prolong"),
    ("On ne plaisante pas avec la sécurité nucléaire, a-t-il dit.", "plaisant"),
])
def test_session_33_rows_need_their_context(text, word):
    """Controls: the meeting's length needs a plan it outlasts, and «plaisanter avec» is no banter."""
    got = score_phrase(text)
    assert not any(word in u.text for u in got.units), got


def test_session_33_a_gap_does_not_reach_across_a_clause_of_its_own():
    """«hors de la réalité» allows one word between «de» and «réalité», not a whole relative clause."""
    assert score_phrase("Des propositions déconnectées de toute réalité.").label == "negative"
    assert score_phrase("Une paix qu'on croyait hors d'atteinte devient réalité.").label == "positive"


@pytest.mark.parametrize("text, label, frame", [
    ("Les deux équipes n'ont jamais été aussi proches d'un compromis.", "positive", None),
    ("Washington et Téhéran sont plus proches que jamais d'un accord.", "positive", "cooperation"),
    ("Fini le temps des menaces entre Ankara et Athènes.", "positive", None),
    ("Un cessez-le-feu taillé sur mesure pour Moscou, dénonce Kiev.", "negative", None),
    ("Les deux camps restent à des années-lumière d'un règlement.", "negative", "cooperation"),
    ("Le régime n'a aucune intention de négocier, selon Séoul.", "negative", "cooperation"),
    ("Le rétablissement des canaux de communication a été salué.", "positive", "cooperation"),
    ("Le candidat a traité son rival de menteur.", "negative", "conflict"),
    ("Sur l'Iran, leurs positions divergent nettement.", "negative", "conflict"),
    ("Le Hamas a accepté la proposition égyptienne.", "positive", "cooperation"),
    ("Des signes de décrispation apparaissent entre Belgrade et Pristina.", "positive", "conflict"),
    ("Une page d'histoire s'écrit à Séoul.", "positive", "other"),
    ("La confiance a été détruite par ce retrait.", "negative", None),
    ("La Maison-Blanche est restée muette.", "negative", "other"),
    ("Moscou a accepté la proposition de suspendre les frappes.", "positive", None),
])
def test_session_33_rows_from_the_dev_list_dev8(text, label, frame):
    """General vocabulary and shifters the dev list dev8 showed missing, on sentences written for the test."""
    _assert_reading(text, label, frame)


@pytest.mark.parametrize("text, label", [
    ("La coopération militaire est suspendue.", "negative"),
    ("Moscou suspend sa coopération avec l'agence.", "negative"),
    ("Jamais la tension n'avait été aussi forte.", "negative"),
    ("Ils ne se sont jamais parlé depuis.", "negative"),
])
def test_session_33_controls_of_the_dev8_shifters(text, label):
    """Controls: «suspendu» still turns what it follows, «jamais» still negates where no «que» compares."""
    _assert_reading(text, label)


@pytest.mark.parametrize("text, label, frame", [
    ("Aucune date n'a été fixée pour la suite des discussions.", "negative", "other"),
    ("Le Premier ministre a décliné l'invitation du Kremlin.", "negative", None),
    ("Le rapprochement entre Rabat et Madrid se fait attendre.", "negative", None),
    ("Le dialogue a enfin quitté l'ornière.", "positive", "cooperation"),
    ("Les sourires n'ont pas caché les divergences sur Gaza.", None, None),
    ("Les dirigeants se sont recueillis sous l'Arc de Triomphe.", "neutral", None),
    ("Le ministre de la Défense s'est rendu sur place mardi.", "neutral", None),
    ("Pékin campe sur ses objectifs, selon les diplomates.", "negative", "conflict"),
    ("Les négociateurs butent depuis des mois sur le tracé de la frontière.", "negative", "cooperation"),
    ("Les deux présidents ne se sont pas salués à l'arrivée.", "negative", "other"),
    ("Le dirigeant ne prend plus les appels de son homologue.", "negative", "other"),
    ("Il aurait refusé à plusieurs reprises les appels de l'Élysée.", "negative", "other"),
    ("Rome et Berlin divergent sur la question migratoire.", "negative", "conflict"),
])
def test_session_33_rows_from_the_dev_set_41(text, label, frame):
    """Rows of the pass on phrases_articles41: «aucune date» is negative, refusals and delays turn what
    they govern, a monument and a place («sur place») are no framing."""
    if label is None:  # the divergences are shown: a negative unit, whatever the smiles weigh
        got = score_phrase(text)
        assert any(u.weighted < 0 and "cach" in u.text for u in got.units), got
    else:
        _assert_reading(text, label, frame)


@pytest.mark.parametrize("text", [
    "Moscou souhaite un règlement politique de la crise syrienne.",
    "Les deux pays cherchent une solution à la crise.",
    "Paris plaide pour une solution politique au conflit.",
    "Un règlement de la crise reste possible.",
])
def test_session_33_a_settlement_turns_the_crisis_it_settles(text):
    """«un règlement politique de la crise»: the crisis settled is no conflict frame of the talks (a seed
    article read it negative: the lexicon entry «règlement politique» hid the reverser «règlement»)."""
    assert score_phrase(text).label == "positive"


@pytest.mark.parametrize("text, label, frame", [
    ("Les deux chefs d'État ont affiché une complicité évidente devant la presse.", "positive", "other"),
    ("Erdogan et Poutine affichent leur proximité à Sotchi.", "positive", "other"),
    ("Le ministre se dit optimiste après la rencontre.", "positive", "other"),
    ("L'optimisme était de mise à la sortie du dîner.", "positive", "other"),
    ("Un climat de confiance s'est installé entre les délégations.", "positive", "other"),
    # controls: an agreement displayed is still cooperation, and a measured optimism still a hedge
    ("Les deux capitales affichent leur entente sur le dossier nucléaire.", "positive", "cooperation"),
    ("Un optimisme prudent régnait à Genève.", None, "other"),
])
def test_session_34_rapport_optimism_and_trust_climate_frame_other(text, label, frame):
    """A display of rapport, optimism and a climate of trust are atmosphere or stance (`other`), as the dev
    article sets' and lists' coders code them; a displayed agreement stays cooperation."""
    if label is None:
        assert score_phrase(text).frame == frame
    else:
        _assert_reading(text, label, frame)


@pytest.mark.parametrize("text, label, frame", [
    ("Sur le Donbass, les positions restent très éloignées.", "negative", "conflict"),
    ("Moscou maintient ses exigences sur la neutralité de l'Ukraine.", None, "conflict"),
    ("Washington ne se fait plus d'illusions sur un accord rapide.", None, "cooperation"),
    ("Le Kremlin juge honteux le traitement réservé à ses diplomates.", "negative", "other"),
    ("Le président turc s'est montré conciliant à Sotchi.", "positive", "other"),
    ("Un entretien tendu a opposé les deux ministres à Genève.", "negative", "conflict"),
    ("Des promesses de coopération restées sans lendemain.", "negative", "cooperation"),
    ("Les échanges ont tourné au marchandage sur les sanctions.", "negative", "other"),
    # control: the atmosphere of «dossiers brûlants» stays other, as PHRASES.md lists it
    ("Plusieurs dossiers brûlants attendent les deux délégations.", "negative", "other"),
])
def test_session_34_disagreement_demands_and_stances_take_the_coders_frames(text, label, frame):
    """Positions that stay apart, demands and a tense meeting frame conflict; lost illusions and promises
    without a morrow frame cooperation (its failure); shame, a conciliatory stance and haggling frame other:
    the frames the dev article sets' coders give most such phrases."""
    if label is None:
        assert score_phrase(text).frame == frame, score_phrase(text)
    else:
        _assert_reading(text, label, frame)


@pytest.mark.parametrize("text, label, frame", [
    ("Les négociateurs ont franchi un pas décisif à Genève.", "positive", "cooperation"),
    ("Les deux ministres veulent maintenir le fil avec Moscou.", "positive", "cooperation"),
    ("Le ton s'est nettement radouci entre les deux capitales.", "positive", "conflict"),
    ("Le président américain a encensé son homologue.", "positive", "other"),
    ("Les relations entre les deux pays sont en berne depuis l'été.", "negative", "cooperation"),
    ("Un partenariat à la dérive.", "negative", "cooperation"),
    ("La Maison-Blanche fulminait contre le Kremlin.", "negative", "conflict"),
    ("Varsovie s'est insurgée contre la décision de Berlin.", "negative", "conflict"),
    ("Le ministre a tancé son homologue devant la presse.", "negative", "conflict"),
    ("Les appels de Paris ont laissé Moscou de marbre.", "negative", "other"),
    ("Leurs accords sont restés théoriques.", "negative", "cooperation"),
    ("Une paix froide s'est installée entre les deux voisins.", "negative", "cooperation"),
    # controls: a negated step, and «théorique» not after «rester»
    ("Ce n'est pas décisif pour la suite.", "neutral", None),
    ("Un accord théorique a été trouvé.", "positive", None),
])
def test_session_34_vocabulary_from_the_dev_lists_11_and_12(text, label, frame):
    """General evaluative vocabulary the lexicon lacked: a decisive step, keeping the thread, a softening tone,
    praise; a relation at half-mast or adrift; fuming, protesting, scolding; left unmoved; agreements that stay
    theoretical; a cold peace."""
    _assert_reading(text, label, frame)


@pytest.mark.parametrize("text, label, detail", [
    ("Un compromis n'est pas à exclure, selon le Quai d'Orsay.", "positive", None),
    ("Une reprise du dialogue n'est plus à exclure.", "positive", None),
    ("Une riposte n'est pas à exclure, prévient Téhéran.", "negative", "threat"),
    ("Washington se garde de toute critique envers Pékin.", "positive", None),
    ("Ankara se garde de tout soutien trop visible à Moscou.", "negative", None),
    ("Les deux capitales veulent stabiliser une relation abîmée.", "positive", None),
    # control: a relation damaged, not stabilised
    ("Une relation abîmée par des années de méfiance.", "negative", None),
])
def test_session_34_possible_outcomes_refraining_and_stabilising(text, label, detail):
    """«n'est pas / plus à exclure» is a litotes (possible, and a threat when hostile), «se garder de» negates
    what it governs, «stabiliser» turns the damage it acts on."""
    got = score_phrase(text)
    assert got.label == label, got
    if detail is not None:
        assert got.detail == detail, got


@pytest.mark.parametrize("text, label", [
    ("Des conservateurs sabotent le rapprochement entre les deux pays.", "negative"),
    ("Les deux diplomates veulent recréer pas à pas la confiance.", "positive"),
    ("Séoul et Tokyo ont convenu de gérer leurs différends par le dialogue.", "positive"),
    ("Une visite pour solder la querelle des fermes.", "positive"),
    ("Ottawa ne se laissera pas intimider par Washington.", "negative"),
    ("Le sommet n'est pas tout à fait un échec.", "neutral"),
    # control: a plain negation still denies
    ("Le sommet n'est pas un échec.", "positive"),
])
def test_session_34_sabotage_step_by_step_managed_disputes_and_defiance(text, label):
    """«saboter» turns the rapprochement it sabotages; «pas à pas» is no negation; «gérer» and «solder» turn
    the disputes they manage or settle; «ne se laissera pas intimider» is defiance; «pas tout à fait» hedges."""
    assert score_phrase(text).label == label, score_phrase(text)
