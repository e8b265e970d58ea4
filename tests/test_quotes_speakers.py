"""Speakers found across sentences and paragraphs, and the constructions of framing.quotes.constructions.

Every text is French news prose written for these tests; each case names the behaviour it checks.
"""

import re

import pytest

from framing.quotes import quotes_in


def rows(text):
    return [q for q in quotes_in(text) if not q.nested]


def row(text, quote):
    got = [q for q in rows(text) if q.quote == quote]
    assert len(got) == 1, [(q.quote, q.speaker) for q in rows(text)]
    return got[0]


# (construction, text, quote, speaker, side): one case per construction function
CONSTRUCTIONS = [
    ("incise", "«Rien n'est encore décidé», a précisé Dmitri Peskov devant la presse.",
     "Rien n'est encore décidé", "Dmitri Peskov", "kremlin"),
    ("incise with an inverted pronoun", "«Nous voulons la paix», a déclaré Vladimir Poutine. "
     "«Mais pas à n'importe quel prix», a-t-il ajouté.", "Mais pas à n'importe quel prix", "il", "kremlin"),
    ("colon", "Sergueï Lavrov a déclaré : «Nous sommes prêts à discuter de tout.»",
     "Nous sommes prêts à discuter de tout.", "Sergueï Lavrov", "kremlin"),
    ("que-clause", "La Maison-Blanche a assuré que la rencontre aurait lieu avant l'été.",
     "la rencontre aurait lieu avant l'été", "La Maison-Blanche", "white_house"),
    ("pour-complement", "Vladimir Poutine a félicité Donald Trump pour sa victoire électorale.",
     "pour sa victoire électorale", "Vladimir Poutine", "kremlin"),
    ("de + infinitive", "Donald Trump a promis de mettre fin à la guerre en quelques jours.",
     "mettre fin à la guerre en quelques jours", "Donald Trump", "white_house"),
    ("stance noun phrase", "Le président russe a réaffirmé son attachement au dialogue avec Washington.",
     "son attachement au dialogue avec Washington", "Le président russe", "kremlin"),
    ("selon X, C", "Selon le Kremlin, les deux présidents ont parlé de la Syrie pendant une heure.",
     "les deux présidents ont parlé de la Syrie pendant une heure", "le Kremlin", "kremlin"),
    ("C, selon X", "Aucune date n'a été fixée pour le sommet, selon un conseiller de Donald Trump.",
     "Aucune date n'a été fixée pour le sommet", "un conseiller de Donald Trump", "white_house"),
    ("pour X, C", "Pour Sergueï Lavrov, les sanctions américaines restent un obstacle majeur.",
     "les sanctions américaines restent un obstacle majeur", "Sergueï Lavrov", "kremlin"),
    ("wire label", "Iouri Ouchakov : la conversation a été «très constructive».",
     "la conversation a été «très constructive»", "Iouri Ouchakov", "kremlin"),
    ("cleft", "Une «très bonne conversation». C'est en ces termes que la Maison-Blanche a qualifié l'appel.",
     "très bonne conversation", "la Maison-Blanche", "white_house"),
    ("speaker after the quotation's paragraph opening",
     "Les deux hommes se sont parlé mardi.\n\n«Il n'y a pas d'accord tant qu'il n'y a pas d'accord.» "
     "Face à la presse, le président américain a reconnu que rien n'était conclu.",
     "Il n'y a pas d'accord tant qu'il n'y a pas d'accord.", "le président américain", "white_house"),
]


@pytest.mark.parametrize("name,text,quote,speaker,side", CONSTRUCTIONS, ids=[c[0] for c in CONSTRUCTIONS])
def test_each_construction_finds_its_quote_speaker_and_side(name, text, quote, speaker, side):
    q = row(text, quote)
    assert q.speaker == speaker
    assert q.side == side
    assert text[q.speaker_start:q.speaker_end] == q.speaker


SPANS = [c[1] for c in CONSTRUCTIONS] + [
    "«Nous ne céderons pas», a martelé le porte-parole de la présidence russe, Dmitri Peskov.",
    "Le représentant permanent de la Russie Vassili Nebenzia a appelé les Occidentaux à la retenue.",
    "M. Trump a estimé que les discussions avaient été «productives».",
    "Selon Maria Zakharova, porte-parole de la diplomatie russe, Washington «joue avec le feu».",
    # a wire label in the second paragraph (its speaker was once cut to "été «très bonn")
    "Les deux présidents se sont parlé.\nIouri Ouchakov : la conversation a été «très bonne» et utile.",
]


@pytest.mark.parametrize("text", SPANS)
def test_speaker_spans_are_whole_words(text):
    for q in quotes_in(text):
        if q.speaker:
            assert not text[q.speaker_start - 1:q.speaker_start].isalnum(), q.speaker
            assert not text[q.speaker_end:q.speaker_end + 1].isalnum(), q.speaker
            assert re.match(r"\w", q.speaker) and re.search(r"\w$", q.speaker), q.speaker


def test_a_medium_citing_an_official_gives_the_officials_side():
    text = "Selon le Wall Street Journal, citant un responsable américain, la CIA a transmis l'alerte au FSB."
    q = row(text, "la CIA a transmis l'alerte au FSB")
    assert q.speaker == "un responsable américain" and q.side == "white_house"
    text = "Selon Axios, qui cite deux responsables américains, l'appel a été demandé par la partie russe."
    q = row(text, "l'appel a été demandé par la partie russe")
    assert q.side == "white_house"


def test_a_source_relayed_by_an_agency_keeps_its_own_side():
    text = "Les nouvelles sanctions pourraient enfin mordre, selon un diplomate européen en poste à Moscou, cité par Reuters."
    q = row(text, "Les nouvelles sanctions pourraient enfin mordre")
    assert q.speaker == "un diplomate européen en poste à Moscou"
    assert q.side == "other"  # a European diplomat, not the Kremlin


def test_the_cue_stays_out_of_the_speaker_span():
    text = "«Ce n'est pas le moment de parler de sanctions», lui a répondu Dmitri Peskov."
    q = row(text, "Ce n'est pas le moment de parler de sanctions")
    assert q.speaker == "Dmitri Peskov" and q.cue == "lui a répondu"


def test_quotations_following_a_colon_quotation_keep_its_speaker():
    text = "Vladimir Poutine a déclaré : «Nous voulons la paix.» «Mais pas à n'importe quel prix.»"
    assert [q.side for q in rows(text)] == ["kremlin", "kremlin"]


def test_a_pronoun_skips_a_named_person_of_the_other_gender():
    text = ("Maria Zakharova a reçu Donald Trump à Moscou. "
            "«Nous ne reconnaîtrons jamais ces sanctions», a-t-elle déclaré.")
    assert row(text, "Nous ne reconnaîtrons jamais ces sanctions").side == "kremlin"


def test_a_head_noun_gives_the_speaker_its_gender():
    # "le représentant … de la Russie" is a man although "la Russie" is feminine
    text = ("Le représentant permanent de la Russie Vassili Nebenzia a appelé les Occidentaux à la retenue. "
            "«Vous enfoncez le monde dans le chaos», a-t-il déclaré.")
    assert row(text, "Vous enfoncez le monde dans le chaos").side == "kremlin"


@pytest.mark.parametrize("ordinal,side", [("Le premier", "white_house"), ("Le second", "kremlin")])
def test_le_premier_and_le_second_refer_to_the_last_pair_named(ordinal, side):
    text = (f"Rex Tillerson et Sergueï Lavrov se sont entretenus pendant deux heures. "
            f"{ordinal} a affirmé que la rencontre avait été constructive.")
    assert row(text, "la rencontre avait été constructive").side == side


def test_a_paragraph_opening_quotation_takes_the_person_named_after_it():
    text = ("Le Trésor américain a annoncé des sanctions contre Rosneft.\n\n"
            "«C'est un acte inamical envers la Russie.» Assis face aux journalistes, Vladimir Poutine n'a pas "
            "mâché ses mots.")
    q = row(text, "C'est un acte inamical envers la Russie.")
    assert q.speaker == "Vladimir Poutine" and q.side == "kremlin"


def test_a_place_is_not_taken_for_the_speaker_after_a_quotation():
    text = ("«C'est un acte inamical envers la Russie.» Au Kremlin, Vladimir Poutine a reçu la presse jeudi.")
    assert row(text, "C'est un acte inamical envers la Russie.").speaker == "Vladimir Poutine"


def test_a_closing_mark_after_the_quotation_stays_out_of_its_span():
    text = "Le porte-parole du Kremlin a été interrogé. «Nous n'avons rien à ajouter» », a-t-il dit."
    assert all(not q.quote.endswith("»") for q in quotes_in(text))


def test_a_wire_label_after_the_first_paragraph_names_its_speaker():
    text = "Les deux présidents se sont parlé.\nIouri Ouchakov : la conversation a été «très bonne» et utile."
    q = row(text, "la conversation a été «très bonne» et utile")
    assert q.speaker == "Iouri Ouchakov" and q.side == "kremlin"


def test_a_nickname_is_no_quotation():
    text = ("Vendredi, le président américain a déroulé le tapis rouge à celui que la presse russe "
            "surnomme volontiers «le tsar».")
    assert [q.quote for q in quotes_in(text)] == []


def test_a_title_in_a_read_also_line_is_no_quotation_but_a_headline_quotation_is():
    text = ("Donald Trump a reçu Volodymyr Zelensky à la Maison-Blanche lundi.\n"
            "Lire aussi : Bart De Wever, «l'homme qui murmure à l'oreille» de Washington ?\n"
            "Lire aussi : «Le temps est venu» : Dmitriev salue le dialogue entre Moscou et Washington\n")
    assert [q.quote for q in quotes_in(text)] == ["Le temps est venu"]
