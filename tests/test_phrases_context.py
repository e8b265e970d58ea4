"""Framing phrases in context: what counts as one (PHRASES.md), its frame, its voice, the article's tone."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest

import framing
from framing.phrases import FRAMES, PHRASE_COLUMNS, article_tone, find_phrases, phrase_voice
from framing.phrases.voice import in_quote_marks, said_of_itself


matplotlib.use("Agg")


def score_phrase(text, **kw):
    """The rules' reading (``model=False``): these tests pin the lexicon and the rules, not the fitted phrase model."""
    return framing.score_phrase(text, model=False, **kw)


def corpus_of(*texts: str, outlets=None) -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(len(texts))],
        "outlet": outlets or ["X"] * len(texts),
        "text": list(texts),
    })


NO_QUOTES = pd.DataFrame({"doc_id": pd.Series([], dtype=object), "start": pd.Series([], dtype="int64"),
                          "end": pd.Series([], dtype="int64"), "side": pd.Series([], dtype=object)})


def found(text: str, **kw) -> pd.DataFrame:
    kw.setdefault("quotes", NO_QUOTES)
    return find_phrases(corpus_of(text), progress=False, **kw)


# ----------------------------------------------------------------------------- what a framing phrase is
@pytest.mark.parametrize("text", [
    "Les frappes russes se sont poursuivies toute la nuit sur Kharkiv.",
    "Des troupes supplémentaires ont été déployées à la frontière.",
    "Le texte évoque la lutte contre le terrorisme et les armes chimiques.",
    "Washington a annoncé un nouveau train de sanctions contre Moscou.",
    "La guerre en Ukraine entre dans sa quatrième année.",
])
def test_event_vocabulary_is_not_a_framing_phrase(text):
    assert found(text).empty
    hits = found(text, all_hits=True)
    assert len(hits) and set(hits["kind"]) <= {"event", "topic"}


@pytest.mark.parametrize("text", [
    "Les deux présidents se sont entretenus par téléphone mardi.",
    "Le sommet aura lieu à Helsinki le 16 juillet.",
    "Ils ont abordé la question syrienne lors d'un entretien téléphonique.",
])
def test_bare_reporting_words_are_not_framing_phrases(text):
    assert found(text).empty
    assert "topic" in set(found(text, all_hits=True)["kind"])


@pytest.mark.parametrize("text, phrase, label", [
    # an evaluative modifier turns a reporting word into a framing phrase
    ("Les deux hommes ont eu un entretien constructif.", "constructif", "positive"),
    ("Poutine a évoqué une très bonne conversation.", "très bonne conversation", "positive"),
    ("Un échange glacial, selon un diplomate.", "glacial", "negative"),
    # a war word inside an evaluation of the relation
    ("Une guerre des mots oppose Washington et Moscou.", "guerre des mots", "negative"),
    # a shared aim is favourable to the relation even though its words are not
    ("Les deux dirigeants veulent mettre fin à la guerre.", "mettre fin à la guerre", "positive"),
])
def test_evaluations_of_the_relation_are_framing_phrases(text, phrase, label):
    got = found(text)
    assert phrase in set(got["phrase"])
    assert got.set_index("phrase").loc[phrase, "label"] == label
    assert set(got["kind"]) == {"framing"}


def test_all_hits_keeps_every_hit_and_says_which_frame_the_relation():
    text = "Malgré les frappes, ils ont eu une très bonne conversation au sommet."
    framing_only = found(text)
    every = found(text, all_hits=True)
    assert len(every) > len(framing_only)
    assert every[every["kind"] == "framing"].reset_index(drop=True).equals(framing_only)


@pytest.mark.parametrize("text, frame", [
    ("une très bonne conversation", "cooperation"),
    ("les pourparlers sont dans l'impasse", "cooperation"),
    ("ils ne parviennent pas à réchauffer les relations", "cooperation"),
    ("un regain de tension", "conflict"),
    ("Washington adresse un ultimatum à Moscou", "conflict"),
    ("une poignée de main chaleureuse", "other"),
    ("un avenir incertain", "other"),
])
def test_frames_of_found_phrases_follow_the_guidelines(text, frame):
    got = found(text)
    assert len(got) >= 1
    assert got["frame"].iloc[0] == frame
    assert set(got["frame"]) <= set(FRAMES)


# ----------------------------------------------------------------------------- voice
TRUMP_QUOTES = ("«Nous avons eu une très bonne conversation», a déclaré Donald Trump. "
                "Les relations restent pourtant tendues.")


def test_a_phrase_inside_a_quote_is_quoted_with_the_speakers_side():
    got = find_phrases(corpus_of(TRUMP_QUOTES), progress=False)  # quotes computed here
    by_phrase = got.set_index("phrase")
    assert by_phrase.loc["très bonne conversation", ["voice", "side"]].tolist() == ["quoted", "white_house"]
    assert by_phrase.loc["relations restent pourtant tendues", ["voice", "side"]].tolist() == ["journalist", ""]


def test_a_quotes_table_passed_in_is_the_one_used():
    corpus = corpus_of(TRUMP_QUOTES)
    quotes = framing.extract_quotes(corpus, progress=False)
    assert find_phrases(corpus, quotes=quotes, progress=False).equals(find_phrases(corpus, progress=False))
    # with no quote row, a phrase is quoted only when it stands between quote marks
    bare = find_phrases(corpus, quotes=quotes.iloc[0:0], progress=False)
    text = corpus["text"].iloc[0]
    marks = [in_quote_marks(text, s, e) for s, e in zip(bare["start"], bare["end"])]
    assert (bare["voice"] == ["quoted" if m else "journalist" for m in marks]).all()
    assert (bare["voice"] == "journalist").any()


def test_a_word_quoted_alone_is_reported_speech_even_without_a_quote_row():
    text = ("Les deux présidents se sont retrouvés à Anchorage. Leur relation, jugée « excellente » "
            "à Moscou, reste pourtant marquée par de nombreux désaccords.")
    got = find_phrases(corpus_of(text), quotes=NO_QUOTES, progress=False)
    assert got.set_index("phrase").loc["excellente", "voice"] == "quoted"
    assert got.set_index("phrase").loc["de nombreux désaccords", "voice"] == "journalist"
    # a match that straddles the opening mark keeps only its quoted part
    got = find_phrases(corpus_of("Selon lui, l'atmosphère était « très bonne », a-t-il dit."), quotes=NO_QUOTES,
                       progress=False)
    assert got[["phrase", "voice"]].values.tolist() == [["très bonne", "quoted"]]


def test_phrase_voice_takes_the_innermost_quote_and_needs_half_the_phrase_inside():
    phrases = pd.DataFrame({"doc_id": ["a", "a", "a"], "start": [12, 28, 50], "end": [20, 36, 60]})
    quotes = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 10], "end": [40, 22],
                           "side": ["kremlin", "white_house"]})
    got = phrase_voice(phrases, quotes)
    assert got.values.tolist() == [["quoted", "white_house"], ["quoted", "kremlin"], ["journalist", ""]]


def test_phrase_voice_with_the_corpus_gives_find_phrases_voice():
    # outside every quote row: a stance declared of itself, a word between quote marks, an
    # interview's answer; and the journalist's own phrase
    text = ("Le Kremlin s'est dit très satisfait de l'échange. La relation reste « excellente », selon lui. "
            "Les tensions persistent sur le terrain.\n"
            "Le Monde : La rencontre aura-t-elle lieu ?\n"
            "I. K. : Je le crois, car le dialogue est franc et constructif entre les deux capitales.\n"
            "Le Monde : Et ensuite ?\n"
            "I. K. : Ensuite viendra le temps des négociations, qui seront longues et difficiles.")
    corpus = corpus_of(text)
    found = find_phrases(corpus, quotes=NO_QUOTES, progress=False, clauses=False)
    assert {"quoted", "journalist"} <= set(found["voice"])
    got = phrase_voice(found, NO_QUOTES, corpus=corpus)
    assert got["voice"].tolist() == found["voice"].tolist()
    assert got["side"].tolist() == found["side"].tolist()
    # without the texts only the quote rows count: every phrase is the journalist's here
    assert set(phrase_voice(found, NO_QUOTES)["voice"]) == {"journalist"}


@pytest.mark.parametrize("verb", [
    "juge", "jugeait", "y voit", "y voient", "y voyait", "y verra", "présente comme", "décrit comme",
    "a salué", "a dénoncé", "a décrit", "a évoqué", "a promis", "a regretté", "a déploré", "a fustigé",
    "a qualifié", "salue", "dénonce", "dénonçait", "évoque", "parle de", "promet", "regrette",
    "déplore", "fustige", "Salue", "ÉVOQUE"])
def test_a_speaker_judging_the_talks_is_reported_speech(verb):
    text = f"Le Kremlin {verb} un dialogue utile. On {verb} un dialogue utile."
    first, second = text.index("un dialogue"), text.rindex("un dialogue")
    assert said_of_itself(text, first)
    assert not said_of_itself(text, second)  # the generic «on» is no speaker


def test_no_match_gives_the_same_columns():
    got = found("Rien à signaler.")
    assert got.empty and list(got.columns) == list(PHRASE_COLUMNS)
    assert dict(got.dtypes.astype(str)) == PHRASE_COLUMNS


# ----------------------------------------------------------------------------- article tone
WARM = ("Les deux présidents ont eu une très bonne conversation, franche et constructive. "
        "Ils veulent travailler ensemble et intensifier le dialogue.")
COLD = ("Le sommet s'est achevé sur un constat d'échec. Les relations restent tendues et "
        "de nombreux désaccords persistent, sur fond de guerre froide.")
FACTS = "Le président russe s'est rendu à Helsinki mardi, a indiqué le Kremlin."


def test_article_tone_ranks_warm_above_cold_and_keeps_every_article():
    corpus = corpus_of(WARM, COLD, FACTS)
    tone = article_tone(find_phrases(corpus, quotes=NO_QUOTES, progress=False), corpus)
    assert tone["doc_id"].tolist() == ["d0", "d1", "d2"]
    warm, cold, facts = tone["tone"].tolist()
    assert warm > 0.3 and cold < -0.3
    assert facts == 0.0 and tone["n_phrases"].iloc[2] == 0
    assert tone["tone"].between(-1, 1).all()


def test_article_tone_shrinks_articles_with_few_phrases_toward_neutral():
    corpus = pd.DataFrame({"doc_id": ["one", "five"]})
    phrases = pd.DataFrame({"doc_id": ["one"] + ["five"] * 5, "polarity": [0.5] * 6})
    tone = article_tone(phrases, corpus).set_index("doc_id")["tone"]
    assert 0 < tone["one"] < tone["five"] < 1


def test_article_tone_splits_voices_and_ignores_non_framing_hits():
    corpus = corpus_of(TRUMP_QUOTES)
    every = find_phrases(corpus, all_hits=True, progress=False)
    tone = article_tone(every, corpus)
    assert tone.equals(article_tone(every[every["kind"] == "framing"], corpus))
    row = tone.iloc[0]
    assert row["tone_quoted"] > 0 > row["tone_journalist"]
    assert row["n_quoted"] + row["n_journalist"] == row["n_phrases"]


def test_article_tone_rejects_phrases_of_another_corpus():
    with pytest.raises(ValueError, match="not in the corpus"):
        article_tone(pd.DataFrame({"doc_id": ["zz"], "polarity": [0.5]}), pd.DataFrame({"doc_id": ["a"]}))


# ----------------------------------------------------------------------------- by outlet, figure, viewer
def test_outlet_tone_gives_each_voice_with_article_bootstrap_intervals():
    corpus = corpus_of(WARM, WARM.replace("très bonne", "excellente"), COLD, COLD.replace("tendues", "glaciales"),
                       outlets=["A", "A", "B", "B"])
    tone = article_tone(find_phrases(corpus, quotes=NO_QUOTES, progress=False), corpus)
    table = framing.outlet_tone(tone, corpus, n_boot=200)
    assert list(table.columns) == ["outlet", "voice", "tone", "ci_low", "ci_high", "n_phrases", "n_articles"]
    assert table["voice"].tolist() == ["all", "journalist", "quoted"] * 2
    overall = table[table["voice"] == "all"].set_index("outlet")
    assert overall.loc["A", "tone"] > 0 > overall.loc["B", "tone"]
    assert (overall["ci_low"] <= overall["tone"]).all() and (overall["tone"] <= overall["ci_high"]).all()
    quoted = table[table["voice"] == "quoted"]
    assert quoted["tone"].isna().all() and (quoted["n_articles"] == 0).all()


def test_plot_outlet_tone_draws_journalist_beside_quoted():
    corpus = corpus_of(TRUMP_QUOTES, COLD, outlets=["A", "B"])
    tone = article_tone(find_phrases(corpus, progress=False), corpus)
    table = framing.outlet_tone(tone, corpus, n_boot=0)
    ax = framing.plot_outlet_tone(table)
    bars = {c.patches[0].get_gid(): [p.get_width() for p in c.patches]
            for c in ax.containers if hasattr(c, "patches") and c.patches}
    assert set(bars) == {"voice:journalist", "voice:quoted"}
    assert len(bars["voice:journalist"]) == 2 and len(bars["voice:quoted"]) == 1  # B quotes nobody
    notes = [(t.get_text(), round(t.xy[1], 6)) for t in ax.texts]
    assert notes == [("no phrase in this voice", 1.2)]  # where B's quoted bar would stand
    assert "tone" in ax.get_xlabel()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A (n=1)", "B (n=1)"]


def test_the_span_viewer_shows_the_voice():
    corpus = corpus_of(TRUMP_QUOTES)
    quotes = framing.extract_quotes(corpus, progress=False)
    phrases = find_phrases(corpus, quotes=quotes, progress=False)
    html = framing.show("d0", corpus=corpus, quotes=quotes, phrases=phrases).html()
    assert "voice: quoted (white house)" in html
    assert "framing-voice-journalist" in html and "framing-voice-quoted" in html


def test_a_name_is_not_an_inflection_of_a_framing_word():
    text = "Les États-Unis, la France et le Royaume-Uni ont réagi. Toute l'info sur Tensions USA-Russie."
    assert found(text)["phrase"].tolist() == ["Tensions"]


@pytest.mark.parametrize("text, label", [
    ("un dialogue constructif sur la guerre en Ukraine", "positive"),
    ("une rencontre cordiale sur fond de guerre", "positive"),
    ("des progrès sur les sanctions", "positive"),
    ("de nouvelles frappes", "negative"),  # event words alone keep their sign
])
def test_event_vocabulary_does_not_frame_a_phrase_that_evaluates_the_relation(text, label):
    assert score_phrase(text).label == label


@pytest.mark.parametrize("text, label, frame", [
    # the examples of shared/annotation/PHRASES.md
    ("une très bonne conversation", "positive", "cooperation"),
    ("ils se sont pourtant entendus", "positive", "cooperation"),
    ("une paix durable", "positive", "cooperation"),
    ("ne parviennent pas à réchauffer les relations", "negative", "cooperation"),
    ("sur un air de guerre froide", "negative", "conflict"),
    ("de nombreux désaccords", "negative", "conflict"),
    ("un simple échange de politesses", "negative", "other"),
    ("plusieurs dossiers brûlants", "negative", "other"),
    ("des questions délicates", "negative", "other"),
    ("un coup de fil longtemps différé", "negative", "other"),
    ("ils ont multiplié les compliments", "positive", "other"),
    ("le ministre s'est refusé à tout commentaire", "neutral", "other"),
])
def test_the_guidelines_examples_get_their_polarity_and_frame(text, label, frame):
    s = score_phrase(text)
    assert (s.label, s.frame) == (label, frame)
    assert s.entries  # a lexicon entry, not the sign fallback


def test_a_lexicon_with_the_older_finer_frames_still_loads():
    lex = framing.load_lexicon(pd.DataFrame({
        "pattern": ["ultimatum", "entretien cordial", "sommet", "selon"],
        "polarity": [-0.7, 0.5, 0.0, 0.0], "frame": ["threat", "diplomacy", "diplomacy", "neutral"]}))
    assert lex["frame"].tolist() == ["conflict", "cooperation", "other", "other"]
    assert lex["detail"].tolist() == ["threat", "diplomacy", "diplomacy", "neutral"]
    assert lex["kind"].tolist() == ["framing", "framing", "topic", "procedural"]


def test_an_unknown_kind_is_reported_with_its_file_and_line(tmp_path):
    path = tmp_path / "lex.csv"
    path.write_text("pattern,polarity,frame,kind\ndégel,0.6,cooperation,framing\nfrappe,-0.6,conflict,evnt\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"lex\.csv.*line 3.*unknown kind 'evnt'"):
        framing.load_lexicon(path)


def test_article_tone_weighs_the_headline_more_than_the_end():
    text = "Une très bonne conversation entre les deux présidents.\n" + "Le texte suit. " * 40 + \
        "Un désaccord profond demeure."
    corpus = pd.DataFrame({"doc_id": ["a"], "text": [text]})
    phrases = find_phrases(corpus, quotes=NO_QUOTES, progress=False)
    assert phrases["label"].tolist() == ["positive", "negative"]
    weighted = article_tone(phrases, corpus)["tone"].iloc[0]
    flat = article_tone(phrases, corpus, position=0)["tone"].iloc[0]
    assert weighted > flat + 0.1  # the warm headline outweighs the cold last line
    with pytest.raises(ValueError, match="position must be in"):
        article_tone(phrases, corpus, position=1.5)
