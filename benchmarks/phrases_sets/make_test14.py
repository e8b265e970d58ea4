#!/usr/bin/env python3
"""Write test14.csv (held-out list of constructed French framing phrases). Standard library only; the checks and the writing are list_check.py's.
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
# spokesman's sentence, j = the journalist's own wording) and, for the other pairs, the sides.
# Voice is not a column of the CSV.
ROWS = [
    # --- Trump-Putin calls and meetings, US-Russia relation (2017-2025) ---
    # positive
    ("une conversation d'une grande cordialité", P, OT, 2, "atmosphere; intensifier"),  # q
    ("nous avons eu un échange très productif", P, CO, 2, "plain evaluation; intensifier"),  # q
    ("les tensions retombent nettement", P, CF, 2, "adverb"),  # j
    ("se sont quittés sur une note optimiste", P, OT, 2, "atmosphere"),  # j
    ("Moscou salue la volonté américaine de dialoguer", P, OT, 2, "stance"),  # j
    ("je pense que nous allons nous entendre", P, CO, 1, "hedge"),  # q
    ("une vraie complicité entre les deux hommes", P, OT, 2, "atmosphere"),  # j
    ("jeter les bases d'une coopération renouvelée", P, CO, 2, "shared aim; idiom"),  # q
    ("une coordination militaire qui fonctionne en Syrie", P, CO, 2, "plain evaluation; war vocabulary"),  # j
    ("retrouver le chemin du dialogue", P, CO, 2, "idiom; shared aim"),  # q
    ("Poutine loue la sincérité de son interlocuteur", P, OT, 2, "stance"),  # j
    ("Trump ne cache pas son admiration pour Poutine", P, OT, 2, "stance; negation"),  # j
    ("une désescalade que les deux capitales appellent de leurs vœux", P, CF, 2, "shared aim; idiom"),  # j
    ("les négociateurs avancent à grands pas", P, CO, 2, "idiom"),  # j
    ("des pourparlers menés dans un esprit constructif", P, CO, 2, "plain evaluation; atmosphere"),  # q
    ("un échange de prisonniers, geste de bonne volonté", P, CO, 2, "stance"),  # q
    ("les relations repartent sur de bonnes bases", P, CO, 2, "idiom"),  # q
    ("Trump se dit prêt à recevoir Poutine à Washington", P, OT, 1, "form of meeting; stance"),  # j
    ("une rencontre qui n'est pas restée sans effet", P, CO, 1, "litotes; negation"),  # j
    ("je crois qu'il veut la paix", P, OT, 1, "hedge; stance"),  # q
    ("des avancées modestes mais réelles", P, CO, 1, "concession; diminisher"),  # j
    ("une poignée de main appuyée devant les caméras", P, OT, 1, "spectacle"),  # j
    ("une normalisation progressive des relations bilatérales", P, CO, 2, "shared aim"),  # q
    ("réduire les risques d'affrontement direct", P, CF, 2, "shared aim; war vocabulary"),  # q
    ("une relation enfin remise sur les rails", P, CO, 2, "idiom; adverb"),  # j
    ("une conversation merveilleuse", P, OT, 3, "plain evaluation"),  # q
    ("Moscou et Washington rapprochent leurs positions", P, CO, 2, "plain evaluation"),  # j
    ("une journée historique pour nos deux pays", P, OT, 3, "plain evaluation"),  # q
    # neutral
    ("un appel d'environ une heure et demie", U, OT, 1, "form of meeting"),  # j
    ("un entretien en présence des seuls interprètes", U, OT, 1, "form of meeting"),  # j
    ("la date d'une rencontre reste à fixer", U, OT, 1, "uncertainty; form of meeting"),  # q
    ("il est trop tôt pour parler de résultats", U, OT, 1, "uncertainty; hedge"),  # q
    ("des groupes de travail chargés des questions techniques", U, CO, 1, "form of meeting"),  # j
    ("des points de convergence comme de divergence", U, OT, 1, "balanced"),  # q
    ("Peskov évoque une conversation de travail", U, OT, 1, "form of meeting"),  # j
    ("un aparté de quelques minutes à Osaka", U, OT, 1, "form of meeting"),  # j
    ("pas de percée, pas de rupture non plus", U, OT, 1, "balanced; negation"),  # j
    ("Washington dit prendre acte de la proposition russe", U, OT, 1, "stance"),  # j
    ("les deux capitales divergent sur la méthode, pas sur l'objectif", U, CO, 1, "balanced; negation"),  # j
    ("aucune décision n'a encore été prise sur une rencontre", U, OT, 1, "uncertainty; negation"),  # q
    ("Moscou et Washington, adversaires qui continuent de se parler", U, CF, 1, "balanced"),  # j
    # negative
    ("une méfiance réciproque tenace", N, CF, 2, "plain evaluation"),  # j
    ("les discussions piétinent", N, CO, 2, "failed cooperation; idiom"),  # j
    ("Trump fulmine contre son homologue russe", N, CF, 2, "stance"),  # j
    ("Moscou accuse Washington de saboter les négociations", N, CF, 2, "stance"),  # j
    ("un rapprochement mort-né", N, CO, 3, "failed cooperation; idiom"),  # j
    ("une spirale d'expulsions de diplomates", N, CF, 2, "idiom"),  # j
    ("le ton est monté entre les deux capitales", N, CF, 2, "idiom"),  # j
    ("l'ombre de l'enquête russe plane sur la rencontre", N, OT, 2, "idiom; atmosphere"),  # j
    ("des engagements jamais tenus", N, CO, 2, "failed cooperation; negation"),  # q
    ("Poutine joue la montre", N, OT, 2, "idiom; stance"),  # j
    ("une conversation qui n'a débouché sur rien", N, CO, 2, "failed cooperation; negation"),  # j
    ("les négociateurs achoppent sur la question territoriale", N, CO, 2, "failed cooperation"),  # j
    ("une escalade verbale entre le Kremlin et la Maison-Blanche", N, CF, 2, "plain evaluation"),  # j
    ("des menaces à peine voilées", N, CF, 2, "stance"),  # j
    ("un échange tendu au sujet de l'Ukraine", N, CF, 2, "atmosphere"),  # j
    ("un fiasco diplomatique pour la Maison-Blanche", N, OT, 3, "plain evaluation"),  # j
    ("une déclaration commune introuvable", N, CO, 2, "failed cooperation"),  # j
    ("je ne suis pas content de lui", N, OT, 2, "stance; negation"),  # q
    ("une guerre d'usure diplomatique", N, CF, 2, "war vocabulary; idiom"),  # j
    ("un désaccord profond sur le sort de l'Ukraine", N, CF, 2, "plain evaluation; intensifier"),  # j
    ("la perspective d'un accord s'éloigne", N, CO, 2, "failed cooperation"),  # j
    ("l'optimisme affiché à Riyad a fait long feu", N, CO, 2, "idiom; positive word in negative frame"),  # j
    ("une rencontre réduite à une séance de photos", N, OT, 2, "diminisher; spectacle"),  # j
    ("Moscou pose des conditions jugées inacceptables", N, OT, 2, "stance"),  # j
    ("Lavrov raille les exigences américaines", N, CF, 2, "stance"),  # j
    ("une rencontre à haut risque pour Trump", N, OT, 1, "uncertainty"),  # j
    ("les Européens redoutent un marché de dupes", N, CO, 2, "idiom"),  # j
    ("le Kremlin douche les espoirs d'un cessez-le-feu", N, CO, 2, "idiom"),  # j
    ("une rencontre qui n'a guère rapproché les points de vue", N, CO, 2, "negation; failed cooperation"),  # j
    # --- other pairs ---
    ("Berlin et Pékin veulent approfondir leur partenariat", P, CO, 2, "shared aim"),  # j Germany-China
    ("une visite du chancelier centrée sur le commerce", U, OT, 1, "form of meeting"),  # j Germany-China
    ("des frictions commerciales persistantes avec Pékin", N, CF, 2, "plain evaluation"),  # j Germany-China
    ("des discussions indirectes par l'entremise d'Oman", U, OT, 1, "form of meeting"),  # j US-Iran
    ("les discussions se sont déroulées dans une bonne atmosphère", P, OT, 2, "atmosphere"),  # q US-Iran
    ("un accord nucléaire encore jugé possible", P, CO, 1, "hedge"),  # j US-Iran
    ("Washington agite la menace d'une riposte militaire", N, CF, 2, "war vocabulary; stance"),  # j US-Iran
    ("des négociations suspendues après les bombardements", N, CO, 2, "failed cooperation; war vocabulary"),  # j US-Iran
    ("la fin de vingt ans d'hostilité", P, CF, 3, "plain evaluation"),  # j Ethiopia-Eritrea
    ("Abiy et Issaias s'étreignent à Asmara", P, OT, 2, "spectacle"),  # j Ethiopia-Eritrea
    ("une paix qui n'a jamais vraiment pris", N, CO, 2, "negation; failed cooperation"),  # j Ethiopia-Eritrea
    ("une accalmie bienvenue en mer Égée", P, CF, 2, "plain evaluation"),  # j Greece-Turkey
    ("des relations de bon voisinage", P, CO, 2, "shared aim"),  # q Greece-Turkey
    ("Ankara accuse Athènes de provocations", N, CF, 2, "stance"),  # j Greece-Turkey
    ("une rencontre en marge de l'OTAN à Vilnius", U, OT, 1, "form of meeting"),  # j Greece-Turkey
    ("des relations diplomatiques rompues depuis 2021", N, CF, 2, "plain evaluation"),  # j Morocco-Algeria
    ("le roi appelle Alger au dialogue", P, CO, 1, "stance; shared aim"),  # j Morocco-Algeria
    ("un mur de silence entre Alger et Rabat", N, OT, 2, "idiom; atmosphere"),  # j Morocco-Algeria
    ("Kim et Moon franchissent ensemble la ligne de démarcation", P, OT, 2, "spectacle"),  # j North-South Korea
    ("une nouvelle ère de paix sur la péninsule", P, CO, 3, "shared aim"),  # q North-South Korea
    ("Pyongyang coupe toutes les lignes de communication avec Séoul", N, CO, 2, "failed cooperation"),  # j North-South Korea
    ("Séoul attend la réponse de Pyongyang", U, OT, 1, "uncertainty"),  # j North-South Korea
    ("un nouveau départ avec nos voisins européens", P, CO, 2, "shared aim"),  # q UK-EU
    ("des négociations techniques sur le protocole nord-irlandais", U, CO, 1, "form of meeting"),  # j UK-EU
    ("les plaies du Brexit ne sont pas refermées", N, OT, 2, "idiom; negation"),  # j UK-EU
    ("des pourparlers indirects au Caire", U, OT, 1, "form of meeting"),  # j Israel-Hamas (Egypt)
    ("les médiateurs qataris font état de progrès", P, CO, 1, "plain evaluation"),  # j Israel-Hamas (Qatar)
    ("les tractations sur une trêve une nouvelle fois suspendues", N, CO, 2, "failed cooperation"),  # j Israel-Hamas
    ("une trêve arrachée après des semaines de marchandage", P, CF, 2, "idiom; war vocabulary"),  # j Israel-Hamas
    ("les délégations se sont séparées au bout de deux heures", U, OT, 1, "form of meeting"),  # j Ukraine-Russia
    ("des exigences russes jugées irrecevables par Kiev", N, OT, 2, "stance"),  # j Ukraine-Russia
    ("seul résultat tangible, un échange de prisonniers", N, CO, 1, "diminisher"),  # j Ukraine-Russia
    ("une crise diplomatique éclair entre Bogota et Washington", N, CF, 2, "plain evaluation"),  # j Colombia-US
    ("l'incident est désormais clos", P, CF, 1, "adverb"),  # q Colombia-US
]

if __name__ == "__main__":
    make(ROWS, AVOID, "test14.csv", HERE)
