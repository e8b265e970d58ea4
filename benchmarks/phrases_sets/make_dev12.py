#!/usr/bin/env python3
"""Write dev12.csv (DEVELOPMENT list of constructed French framing phrases, headline and caption
fragments and quoted soundbites). Standard library only; the checks and the writing are
list_check.py's.
Checks labels, frames, strengths (neutral = 1), notes (fixed list of 19 types), length (2-10
whitespace-separated words), uniqueness and avoidance of the examples in make_test8.py's AVOID
list (imported, not read); prints the make-up; exits non-zero on error."""
import os

from list_check import CF, CO, OT, N, P, U, make

HERE = os.path.dirname(os.path.abspath(__file__))

# make_test8.py's AVOID list, imported as make_test13.py does; its contents were not read by the
# annotator of this list. No phrase of any other set was read or added. A phrase is refused if it
# contains one of these or is contained in one (case-insensitive, apostrophes and spaces normalised).
from make_test8 import AVOID  # noqa: E402

# (phrase, label, frame, strength, note)
# The trailing comment gives the voice the annotator had in mind (q = a piece of a leader's or a
# spokesman's sentence, j = the journalist's own wording, here mostly a headline or a caption)
# and, for the other pairs, the sides. Voice is not a column of the CSV.
ROWS = [
    # --- Trump-Putin calls and meetings, US-Russia relation (2017-2025) ---
    # positive
    ("un coup de fil prometteur", P, CO, 2, "plain evaluation"),  # j
    ("une entente cordiale", P, OT, 2, "idiom; atmosphere"),  # j
    ("nous avons bien avancé", P, CO, 2, "plain evaluation; adverb"),  # q
    ("un échange dense", P, CO, 1, "plain evaluation"),  # q
    ("la paix se rapproche", P, CO, 2, "shared aim"),  # q
    ("le ton se radoucit", P, CF, 2, "idiom"),  # j
    ("je l'aime bien", P, OT, 2, "stance"),  # q
    ("un courant de sympathie", P, OT, 2, "idiom; atmosphere"),  # j
    ("des pas significatifs", P, CO, 2, "plain evaluation"),  # q
    ("un accord à bout touchant", P, CO, 2, "idiom"),  # j
    ("l'embellie russo-américaine", P, CO, 2, "idiom"),  # j
    ("une éclaircie à Riyad", P, CO, 2, "idiom"),  # j
    ("un dialogue de qualité", P, CO, 2, "plain evaluation"),  # q
    ("Poutine, un homme intelligent", P, OT, 2, "stance"),  # q
    ("les deux hommes s'apprécient", P, OT, 2, "atmosphere"),  # j
    ("un climat de confiance", P, OT, 2, "atmosphere"),  # q
    ("une désescalade bienvenue", P, CF, 2, "plain evaluation"),  # j
    ("un premier pas encourageant", P, CO, 2, "plain evaluation"),  # q
    ("un accord, malgré tout", P, CO, 1, "concession"),  # j
    ("c'était vraiment formidable", P, OT, 3, "plain evaluation; intensifier"),  # q
    ("un tournant majeur", P, CO, 3, "plain evaluation"),  # q
    ("Moscou ouvre la porte", P, CO, 1, "idiom"),  # j
    ("une conversation sans accroc", P, OT, 2, "negation; atmosphere"),  # j
    ("des convergences réelles", P, CO, 2, "plain evaluation"),  # q
    ("Anchorage, le retour du dialogue", P, CO, 2, "plain evaluation"),  # j
    ("un cessez-le-feu partiel accepté", P, CF, 1, "diminisher"),  # j
    ("le pont est rétabli", P, CO, 2, "idiom"),  # j
    ("nous sommes proches d'un accord", P, CO, 2, "shared aim"),  # q
    ("un entretien de bon augure", P, CO, 2, "idiom"),  # j
    ("nullement décevant", P, OT, 1, "litotes; negation"),  # q
    ("Trump encense Poutine", P, OT, 3, "stance"),  # j
    ("un gage de confiance", P, OT, 2, "stance"),  # q
    ("vers une normalisation", P, CO, 1, "hedge"),  # j
    ("relance du dialogue nucléaire", P, CO, 2, "plain evaluation"),  # j
    # neutral
    ("l'appel Trump-Poutine", U, OT, 1, "form of meeting"),  # j
    ("Helsinki, 16 juillet 2018", U, OT, 1, "form of meeting"),  # j
    ("rendez-vous à Anchorage", U, OT, 1, "form of meeting"),  # j
    ("Lavrov et Rubio à Riyad", U, OT, 1, "form of meeting"),  # j
    ("au menu : l'Ukraine", U, OT, 1, "form of meeting"),  # j
    ("deux heures de conversation", U, OT, 1, "form of meeting"),  # j
    ("tête-à-tête sans conseillers", U, OT, 1, "form of meeting"),  # j
    ("Peskov confirme l'appel", U, OT, 1, "form of meeting"),  # j
    ("deuxième appel cette semaine", U, OT, 1, "form of meeting"),  # j
    ("la délégation russe à Istanbul", U, OT, 1, "form of meeting"),  # j
    ("négociations techniques à Genève", U, OT, 1, "form of meeting"),  # j
    ("l'ordre du jour reste ouvert", U, OT, 1, "uncertainty"),  # q
    ("rien n'est décidé", U, OT, 1, "uncertainty; negation"),  # q
    ("date à confirmer", U, OT, 1, "uncertainty; form of meeting"),  # j
    ("ce qu'on sait de l'appel", U, OT, 1, "form of meeting"),  # j
    ("Witkoff de nouveau à Moscou", U, OT, 1, "form of meeting"),  # j
    ("ni succès ni échec", U, CO, 1, "balanced; negation"),  # j
    ("désarmement au programme", U, OT, 1, "form of meeting"),  # j
    ("appel d'une heure trente", U, OT, 1, "form of meeting"),  # j
    ("Moscou réserve sa réponse", U, OT, 1, "uncertainty; stance"),  # j
    ("premier contact depuis l'investiture", U, OT, 1, "form of meeting"),  # j
    ("les conseillers à la manœuvre", U, OT, 1, "form of meeting"),  # j
    ("Trump-Poutine, face à face", U, OT, 1, "form of meeting"),  # j
    ("rencontre prévue en Arabie saoudite", U, OT, 1, "form of meeting"),  # j
    ("un échange sur l'Ukraine", U, OT, 1, "form of meeting"),  # j
    ("suite dans quelques jours", U, OT, 1, "uncertainty"),  # j
    ("compte rendu du Kremlin", U, OT, 1, "form of meeting"),  # j
    ("chacun a exposé ses positions", U, CO, 1, "balanced"),  # q
    # negative
    ("un dialogue grippé", N, CO, 2, "idiom; failed cooperation"),  # j
    ("la douche froide", N, CO, 2, "idiom"),  # j
    ("un camouflet pour Trump", N, OT, 2, "idiom; stance"),  # j
    ("Washington fulmine", N, CF, 2, "stance"),  # j
    ("la rebuffade du Kremlin", N, OT, 2, "stance"),  # j
    ("des rapports délétères", N, CF, 3, "plain evaluation"),  # j
    ("la discorde s'installe", N, CF, 2, "plain evaluation"),  # j
    ("un marché de dupes", N, CO, 2, "idiom"),  # j
    ("rien de concret", N, CO, 2, "negation; failed cooperation"),  # j
    ("Moscou fait monter les enchères", N, CF, 2, "idiom"),  # j
    ("je suis furieux contre Poutine", N, OT, 2, "stance"),  # q
    ("une escalade verbale", N, CF, 2, "plain evaluation"),  # j
    ("Poutine gagne du temps", N, CF, 1, "stance"),  # j
    ("un rendez-vous manqué", N, CO, 2, "idiom; failed cooperation"),  # j
    ("la brouille s'aggrave", N, CF, 2, "plain evaluation"),  # j
    ("une poignée de main glaçante", N, OT, 2, "atmosphere"),  # j
    ("Trump désavoué à Helsinki", N, OT, 2, "spectacle"),  # j
    ("la capitulation de Helsinki", N, OT, 3, "spectacle; war vocabulary"),  # j
    ("sourire de circonstance", N, OT, 1, "atmosphere"),  # j
    ("l'impasse ukrainienne", N, CO, 2, "failed cooperation"),  # j
    ("un ultimatum américain", N, CF, 2, "stance"),  # j
    ("Moscou crie à l'ingérence", N, CF, 2, "idiom; stance"),  # j
    ("retour à la case départ", N, CO, 2, "idiom; failed cooperation"),  # j
    ("des pourparlers dans l'ornière", N, CO, 2, "idiom"),  # j
    ("ça ne mène nulle part", N, CO, 2, "negation; failed cooperation"),  # q
    ("une relation en berne", N, CO, 2, "idiom"),  # j
    ("l'espoir douché", N, CO, 2, "idiom"),  # j
    ("une rencontre pour rien", N, CO, 2, "failed cooperation"),  # j
    ("peu de progrès tangibles", N, CO, 1, "diminisher"),  # j
    ("la défiance domine", N, OT, 2, "atmosphere"),  # j
    ("une passe d'armes", N, CF, 2, "idiom; war vocabulary"),  # j
    ("Moscou boude les négociations", N, CO, 2, "stance"),  # j
    ("des relations à la dérive", N, CO, 2, "idiom"),  # j
    ("un partenariat mort-né", N, CO, 3, "idiom; failed cooperation"),  # j
    ("la fin des illusions", N, CO, 2, "idiom"),  # j
    ("de la poudre aux yeux", N, OT, 2, "idiom; spectacle"),  # j
    ("un fossé infranchissable", N, CF, 3, "idiom"),  # j
    ("une normalisation en trompe-l'œil", N, CO, 2, "idiom; positive word in negative frame"),  # j
    # --- other pairs ---
    # positive
    ("un dialogue utile, selon l'Élysée", P, CO, 1, "plain evaluation"),  # q, France-Russia
    ("garder le fil", P, CO, 1, "idiom"),  # q, France-Russia
    ("mon meilleur ami", P, OT, 3, "stance"),  # q, China-Russia
    ("une alliance de fait", P, CO, 2, "plain evaluation"),  # j, China-Russia
    ("une accalmie à Woodside", P, CF, 2, "idiom"),  # j, US-China
    ("des échanges constructifs", P, CO, 2, "plain evaluation"),  # q, US-China
    ("le dragon et l'éléphant réconciliés", P, CO, 2, "idiom"),  # j, China-India
    ("un partenariat, pas une rivalité", P, CO, 2, "negation; stance"),  # q, China-India
    ("un voisinage apaisé", P, CF, 2, "plain evaluation"),  # j, Greece-Turkey
    ("une déclaration d'amitié", P, CO, 2, "plain evaluation"),  # j, Greece-Turkey
    ("la réconciliation de Pékin", P, CO, 2, "plain evaluation"),  # j, Saudi Arabia-Iran via China
    ("un pas décisif", P, CO, 2, "plain evaluation"),  # q, Serbia-Kosovo
    ("un cessez-le-feu humanitaire accepté", P, CF, 1, "plain evaluation"),  # j, Sudan army-RSF
    ("un engagement de non-agression", P, CF, 2, "shared aim"),  # j, Venezuela-Guyana
    ("la désescalade obtenue", P, CF, 2, "plain evaluation"),  # j, Venezuela-Guyana
    ("des gestes d'apaisement", P, CF, 2, "plain evaluation"),  # j, Japan-China
    ("Tokyo et Pékin se rapprochent", P, CO, 2, "plain evaluation"),  # j, Japan-China
    ("une poignée de main historique", P, OT, 3, "spectacle"),  # j, Azerbaijan-Armenia
    ("enfin la paix", P, CO, 3, "adverb; shared aim"),  # q, Azerbaijan-Armenia
    ("un accord salué de concert", P, CO, 2, "plain evaluation"),  # j, DRC-Rwanda
    ("une paix enfin signée", P, CO, 3, "adverb"),  # j, DRC-Rwanda
    # neutral
    ("Macron appelle Poutine", U, OT, 1, "form of meeting"),  # j, France-Russia
    ("Brégançon, août 2019", U, OT, 1, "form of meeting"),  # j, France-Russia
    ("Xi à Moscou", U, OT, 1, "form of meeting"),  # j, China-Russia
    ("Biden et Xi à Bali", U, OT, 1, "form of meeting"),  # j, US-China
    ("quatre heures de discussions", U, OT, 1, "form of meeting"),  # j, US-China
    ("Modi et Xi à Tianjin", U, OT, 1, "form of meeting"),  # j, China-India
    ("Mitsotakis à Ankara", U, OT, 1, "form of meeting"),  # j, Greece-Turkey
    ("accord signé à Pékin", U, OT, 1, "form of meeting"),  # j, Saudi Arabia-Iran
    ("ambassades rouvertes sous deux mois", U, CO, 1, "form of meeting"),  # j, Saudi Arabia-Iran
    ("nouvelle réunion à Bruxelles", U, OT, 1, "form of meeting"),  # j, Serbia-Kosovo
    ("pourparlers à Djeddah", U, OT, 1, "form of meeting"),  # j, Sudan army-RSF
    ("médiation saoudo-américaine", U, OT, 1, "form of meeting"),  # j, Sudan army-RSF
    ("Maduro et Ali à Saint-Vincent", U, OT, 1, "form of meeting"),  # j, Venezuela-Guyana
    ("Kishida et Xi, à l'APEC", U, OT, 1, "form of meeting"),  # j, Japan-China
    ("le corridor en discussion", U, OT, 1, "form of meeting"),  # j, Azerbaijan-Armenia
    ("Aliev et Pachinian à Washington", U, OT, 1, "form of meeting"),  # j, Azerbaijan-Armenia
    ("Tshisekedi et Kagame à Washington", U, OT, 1, "form of meeting"),  # j, DRC-Rwanda
    # negative
    ("Paris et Moscou, le divorce", N, CO, 2, "idiom"),  # j, France-Russia
    ("Macron berné par Poutine", N, OT, 2, "stance"),  # j, France-Russia
    ("un partenaire encombrant", N, OT, 2, "stance"),  # j, China-Russia
    ("une amitié à sens unique", N, OT, 2, "idiom; positive word in negative frame"),  # j, China-Russia
    ("une rivalité des plus féroces", N, CF, 3, "intensifier"),  # j, US-China
    ("le ton se durcit", N, CF, 2, "idiom"),  # j, US-China
    ("la frontière, pomme de discorde", N, CF, 2, "idiom"),  # j, China-India
    ("les vieux griefs resurgissent", N, CF, 2, "plain evaluation"),  # j, China-India
    ("Ankara hausse le ton", N, CF, 2, "idiom"),  # j, Greece-Turkey
    ("Athènes s'insurge", N, CF, 2, "stance"),  # j, Greece-Turkey
    ("une réconciliation fragile", N, CO, 1, "positive word in negative frame"),  # j, Saudi Arabia-Iran
    ("Belgrade et Pristina se toisent", N, CF, 2, "idiom"),  # j, Serbia-Kosovo
    ("des accords d'Ohrid restés théoriques", N, CO, 2, "failed cooperation"),  # j, Serbia-Kosovo
    ("les généraux se défient", N, CF, 2, "stance"),  # j, Sudan army-RSF
    ("trêves jamais respectées", N, CF, 2, "negation"),  # j, Sudan army-RSF
    ("les rodomontades de Caracas", N, CF, 2, "stance"),  # j, Venezuela-Guyana
    ("Pékin tance Tokyo", N, CF, 2, "stance"),  # j, Japan-China
    ("la rancœur historique", N, CF, 2, "atmosphere"),  # j, Japan-China
    ("Bakou souffle sur les braises", N, CF, 2, "idiom"),  # j, Azerbaijan-Armenia
    ("un dialogue impossible", N, CO, 2, "failed cooperation"),  # j, DRC-Rwanda
    ("Kinshasa crie à l'agression", N, CF, 2, "stance"),  # q, DRC-Rwanda
    ("une paix froide", N, CO, 1, "idiom; positive word in negative frame"),  # j, Saudi Arabia-Iran
]

if __name__ == "__main__":
    make(ROWS, AVOID, "dev12.csv", HERE)
