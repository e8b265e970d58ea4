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


# «son homologue»: the counterpart of the one named before, or the leader of the country its adjective names

@pytest.mark.parametrize("text,quote,actor,side", [
    ("Donald Trump s'est entretenu mardi avec Vladimir Poutine. «Nous avons eu une conversation utile», "
     "a déclaré son homologue.", "Nous avons eu une conversation utile", "Vladimir Putin", "kremlin"),
    ("Vladimir Poutine a appelé Donald Trump pour le féliciter. Son homologue a assuré que les discussions "
     "reprendraient bientôt.", "les discussions reprendraient bientôt", "Donald Trump", "white_house"),
    ("Sergueï Lavrov a rencontré Marco Rubio à Riyad. Son homologue a affirmé que le dialogue restait "
     "indispensable.", "le dialogue restait indispensable", "Marco Rubio", "white_house"),
])
def test_son_homologue_is_the_counterpart_of_the_one_named_before(text, quote, actor, side):
    q = row(text, quote)
    assert (q.speaker.lower(), q.actor, q.side) == ("son homologue", actor, side)


def test_son_homologue_with_a_nationality_is_that_countrys_leader():
    text = ("Emmanuel Macron a reçu des journalistes à l'Elysée. "
            "Son homologue ukrainien a affirmé que la paix restait possible.")
    q = row(text, "la paix restait possible")
    assert (q.speaker, q.actor, q.side) == ("Son homologue ukrainien", "Volodymyr Zelensky", "other")


def test_son_homologue_of_a_country_without_a_named_leader_is_a_third_party():
    text = ("Donald Trump a reçu les dirigeants européens à la Maison-Blanche. "
            "Son homologue portugais a estimé que la réunion avait été utile.")
    q = row(text, "la réunion avait été utile")
    assert (q.actor, q.side) == ("", "other")


def test_selon_son_homologue_names_the_source():
    text = ("Le président américain a reçu Alexander Stubb mardi. "
            "Selon son homologue finlandais, la rencontre a été franche et utile.")
    q = row(text, "la rencontre a été franche et utile")
    assert (q.speaker, q.side) == ("son homologue finlandais", "other")


def test_son_homologue_with_no_one_named_before_is_unattributed():
    q = row("Son homologue a affirmé que la paix restait possible.", "la paix restait possible")
    assert (q.actor, q.side) == ("", "unattributed")


# pronouns: the subject of the speech verb before, not the person named last

def test_a_person_named_after_a_pronoun_subject_is_no_antecedent():
    text = ("Vladimir Poutine a déclaré que la Russie était prête au dialogue. "
            "Il a rencontré Donald Trump à Helsinki en juillet. «Nous avons parlé franchement», a-t-il ajouté.")
    assert row(text, "Nous avons parlé franchement").actor == "Vladimir Putin"


def test_an_impersonal_il_leaves_the_sentence_subject_in_place():
    text = ("Le président russe a dénoncé les sanctions. Il y a un mois, Donald Trump les avait prolongées. "
            "Il a estimé qu'elles étaient injustes.")
    assert row(text, "elles étaient injustes").actor == "Donald Trump"


@pytest.mark.parametrize("cue,actor", [("a-t-il ajouté", "Donald Trump"), ("a-t-il déclaré", "Vladimir Putin")])
def test_a_continuing_cue_refers_to_the_previous_speaker(cue, actor):
    # "ajouter" says the speaker goes on: the one who spoke before; "déclarer" takes the latest subject
    text = ("Donald Trump a assuré que les négociations avançaient. "
            f"Vladimir Poutine est arrivé lundi à Budapest. «Ce sera un grand moment», {cue}.")
    assert row(text, "Ce sera un grand moment").actor == actor


# a quotation inside another's words

def test_a_quotation_inside_a_quotation_gets_a_nested_row_for_a_distinct_speaker():
    text = ("«Bachar al-Assad nous a dit : \"Nous sommes prêts à une trêve\"», a déclaré Dmitri Peskov.")
    got = [(q.quote, q.speaker, q.side, q.nested) for q in quotes_in(text)]
    assert got == [('Bachar al-Assad nous a dit : "Nous sommes prêts à une trêve"', "Dmitri Peskov", "kremlin",
                    False),
                   ("Nous sommes prêts à une trêve", "Bachar al-Assad", "other", True)]


@pytest.mark.parametrize("text", [
    # the same side as the one quoted around it: no distinct party
    "Dmitri Peskov a déclaré : «Vladimir Poutine a dit : \"La Russie ne reculera pas\".»",
    # no one named before the inner quotation
    "«Nous avons répondu : \"Non, pas maintenant\"», a déclaré Dmitri Peskov.",
    # no speech verb before the colon
    "«Le message de Bachar al-Assad est simple : \"la paix d'abord\"», a déclaré Dmitri Peskov.",
])
def test_an_inner_quotation_gets_no_row_of_its_own_otherwise(text):
    assert [q.nested for q in quotes_in(text)] == [False]


def test_an_impersonal_il_in_any_tense_leaves_the_subject_after_it():
    text = ("Il aura fallu une heure de discussion pour que Donald Trump change d'avis. "
            "«Nous avons trouvé un accord», a-t-il déclaré.")
    assert row(text, "Nous avons trouvé un accord").actor == "Donald Trump"


def test_a_gerund_sharing_a_pronoun_subject_shares_its_antecedent():
    # "a-t-il dit …, ajoutant que": one "il"; "ajouter" must not send the second row to an earlier speaker
    text = ("Le Congrès américain a affirmé que l'enquête continuerait. Dimanche, Donald Trump a tenté de rassurer. "
            "«Je fais confiance à nos agences», a-t-il dit, ajoutant qu'il croyait Vladimir Poutine sincère.")
    assert [q.actor for q in rows(text)] == ["US Congress", "Donald Trump", "Donald Trump"]


@pytest.mark.parametrize("text, quote, speaker, side", [
    # a «selon X» incise inside the clause it attributes: the whole clause, incise included (session 29)
    ("Dmitri Peskov était formel. Le président russe a, selon lui, invité son homologue à Moscou.",
     "Le président russe a, selon lui, invité son homologue à Moscou", "lui", "kremlin"),
    ("La rencontre, selon le Kremlin, a été constructive et utile.",
     "La rencontre, selon le Kremlin, a été constructive et utile", "le Kremlin", "kremlin"),
])
def test_a_selon_incise_inside_the_clause_attributes_the_whole_clause(text, quote, speaker, side):
    q = row(text, quote)
    assert (q.speaker, q.side) == (speaker, side)


def test_a_selon_source_at_the_end_still_attributes_the_clause_before_it():
    q = row("La rencontre a été constructive, selon le Kremlin.", "La rencontre a été constructive")
    assert (q.speaker, q.side) == ("le Kremlin", "kremlin")


@pytest.mark.parametrize("text, quote, speaker", [
    ("Pour plusieurs diplomates européens, l'appel marque surtout un rapprochement de façade.",
     "l'appel marque surtout un rapprochement de façade", "plusieurs diplomates européens"),
    ("Pour de nombreux observateurs, cette trêve ne tiendra pas longtemps.",
     "cette trêve ne tiendra pas longtemps", "de nombreux observateurs"),
])
def test_pour_some_experts_attributes_the_clause(text, quote, speaker):
    """«Pour X, C» with X a group of sources (GUIDELINES: propositions attributed by pour X)."""
    q = row(text, quote)
    assert (q.speaker, q.side) == (speaker, "other")


@pytest.mark.parametrize("text", [
    "Pour des raisons de sécurité, le sommet a été déplacé à Genève.",
    "Pour plusieurs semaines, les discussions sont suspendues.",
])
def test_pour_with_no_source_is_no_speech(text):
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "Mais la séquence confirme qu'un sommet n'est pas une politique.",
    "Ce sommet montre que les deux pays peuvent encore se parler.",
])
def test_an_event_as_subject_is_no_speaker(text):
    """«la séquence confirme que …»: the subject is an event, not a person or an institution (session 29)."""
    assert rows(text) == []


def test_a_spokesman_confirming_is_still_speech():
    q = row("Le porte-parole du Kremlin a confirmé que la rencontre aurait lieu.", "la rencontre aurait lieu")
    assert q.side == "kremlin"
