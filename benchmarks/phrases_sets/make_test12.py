#!/usr/bin/env python3
"""Write test12.csv (held-out list of constructed French framing phrases). Standard library only; the checks and the writing are list_check.py's.
Checks labels, frames, strengths (neutral = 1), notes (fixed list of 19 types), length (2-10
whitespace-separated words), uniqueness and avoidance of the examples in make_test8.py's AVOID
list (imported, not read); prints the make-up; exits non-zero on error."""
import os

from list_check import CF, CO, OT, N, P, U, make

HERE = os.path.dirname(os.path.abspath(__file__))

# make_test8.py's AVOID list, imported as make_test11.py does; its contents were not read by the
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
    ("un échange particulièrement chaleureux", P, OT, 3, "atmosphere; intensifier"),  # q
    ("une conversation très productive", P, CO, 2, "plain evaluation; intensifier"),  # q
    ("nous nous entendons vraiment bien", P, OT, 2, "stance; adverb"),  # q
    ("un homme avec qui l'on peut discuter", P, OT, 2, "stance"),  # q
    ("une volonté commune d'arrêter l'effusion de sang", P, CO, 2, "shared aim"),  # j
    ("des progrès significatifs ont été accomplis", P, CO, 2, "plain evaluation"),  # q
    ("normaliser le travail des missions diplomatiques", P, CO, 1, "shared aim"),  # j
    ("la glace semble enfin rompue", P, CO, 2, "idiom; hedge; adverb"),  # j
    ("faire baisser la tension d'un cran", P, CF, 2, "idiom"),  # j
    ("le courant passe entre les deux hommes", P, OT, 2, "idiom; atmosphere"),  # j
    ("Poutine se dit prêt à recevoir Trump à Moscou", P, CO, 2, "form of meeting; stance"),  # j
    ("un pas important vers la paix", P, CO, 2, "plain evaluation; shared aim"),  # q
    ("Trump ne tarit pas d'éloges sur son homologue", P, OT, 2, "stance; idiom"),  # j
    ("une conversation loin d'être inutile", P, CO, 1, "litotes"),  # q
    ("le Kremlin salue une approche plus réaliste", P, OT, 2, "stance"),  # j
    ("une rencontre d'une rare cordialité", P, OT, 3, "atmosphere; intensifier"),  # j
    ("tout s'est très bien passé", P, OT, 2, "plain evaluation; intensifier"),  # q
    ("un nouveau départ pour la relation bilatérale", P, CO, 2, "idiom"),  # q
    ("un accord, même limité, sur les infrastructures énergétiques", P, CO, 1, "concession"),  # j
    ("une poignée de main longue et souriante", P, OT, 2, "atmosphere; spectacle"),  # j
    ("un climat de confiance mutuelle", P, OT, 2, "atmosphere"),  # q
    ("conjuguer leurs efforts pour stabiliser la Syrie", P, CO, 2, "shared aim"),  # j
    ("des relations nettement apaisées", P, CF, 2, "adverb"),  # j
    ("Poutine accueilli sous les applaudissements en Alaska", P, OT, 2, "spectacle; atmosphere"),  # j
    ("je lui donne dix sur dix", P, OT, 3, "plain evaluation"),  # q
    ("un bon début", P, CO, 1, "plain evaluation"),  # q
    ("malgré leurs différends, ils continuent de se parler", P, CO, 1, "concession"),  # j
    # neutral
    ("un appel d'environ une heure et demie", U, OT, 1, "form of meeting"),  # j
    ("à l'initiative de la partie américaine", U, OT, 1, "form of meeting"),  # j
    ("un aparté lors du forum de l'APEC à Da Nang", U, OT, 1, "form of meeting"),  # j
    ("le lieu de la rencontre reste à déterminer", U, OT, 1, "uncertainty"),  # j
    ("ni enthousiasme ni hostilité de part et d'autre", U, OT, 1, "balanced; atmosphere"),  # j
    ("il est trop tôt pour parler d'une rencontre", U, OT, 1, "uncertainty; hedge"),  # q
    ("les contacts se poursuivent au niveau technique", U, CO, 1, "form of meeting"),  # q
    ("chacun défendra ses propres intérêts", U, OT, 1, "stance"),  # q
    ("sans préjuger de l'issue des pourparlers", U, OT, 1, "uncertainty; hedge"),  # q
    ("une prudence de mise des deux côtés", U, OT, 1, "stance; balanced"),  # j
    ("Moscou jugera sur pièces", U, OT, 1, "stance; idiom"),  # q
    ("les canaux de déconfliction restent ouverts", U, CF, 1, "form of meeting"),  # j
    ("ça marchera peut-être, peut-être pas", U, OT, 1, "uncertainty; balanced"),  # q
    ("pas d'accord tant que tout n'est pas conclu", U, CO, 1, "uncertainty; negation"),  # q
    ("un face-à-face très médiatisé", U, OT, 1, "spectacle"),  # j
    # negative
    ("une relation au plus bas depuis des décennies", N, CF, 3, "plain evaluation; intensifier"),  # j
    ("aucune avancée concrète", N, CO, 2, "failed cooperation; negation"),  # j
    ("une rencontre reportée sine die", N, OT, 2, "form of meeting"),  # j
    ("Trump se dit très déçu par Poutine", N, OT, 2, "stance; intensifier"),  # q
    ("beaucoup de foutaises de la part de Poutine", N, OT, 3, "stance"),  # q
    ("une escalade diplomatique entre Moscou et Washington", N, CF, 2, "war vocabulary"),  # j
    ("des négociations enlisées", N, CO, 2, "failed cooperation; idiom"),  # j
    ("pas de tête-à-tête prévu à Hambourg", N, OT, 1, "form of meeting; negation"),  # j
    ("un accueil d'une froideur calculée", N, OT, 2, "atmosphere"),  # j
    ("Trump brandit la menace de droits de douane secondaires", N, CF, 2, "idiom; stance"),  # j
    ("Moscou dénonce une hystérie antirusse", N, CF, 2, "stance"),  # q
    ("une rencontre qui accouche d'une souris", N, CO, 2, "idiom; failed cooperation"),  # j
    ("une relation plombée par les soupçons d'ingérence", N, CF, 2, "idiom"),  # j
    ("des sourires qui masquent de profonds désaccords", N, CF, 2, "positive word in negative frame"),  # j
    ("une embellie de courte durée", N, CO, 2, "positive word in negative frame; idiom"),  # j
    ("le rapprochement promis n'a jamais eu lieu", N, CO, 2, "failed cooperation; negation"),  # j
    ("des mains serrées sans un sourire", N, OT, 2, "atmosphere; spectacle"),  # j
    ("aucune percée n'est attendue", N, CO, 1, "negation; uncertainty"),  # q
    ("se regardent en chiens de faïence", N, CF, 2, "idiom"),  # j
    ("des relations au bord de la rupture", N, CF, 3, "idiom"),  # j
    ("nos relations se sont encore dégradées", N, CF, 2, "plain evaluation"),  # q
    ("un simple coup de fil de courtoisie", N, OT, 1, "diminisher; form of meeting"),  # j
    ("beaucoup de mise en scène pour peu de résultats", N, CO, 2, "spectacle; diminisher"),  # j
    ("aucun accord n'a été conclu à Anchorage", N, CO, 2, "failed cooperation; negation"),  # j
    ("la fameuse alchimie entre les deux hommes", N, OT, 1, "positive word in negative frame"),  # j (irony)
    ("bien que cordial, l'échange n'a rien réglé", N, CO, 1, "concession; failed cooperation"),  # j
    ("une conversation franchement décevante", N, CO, 2, "adverb"),  # q
    # --- other pairs ---
    # positive
    ("Riyad et Téhéran enterrent des années de brouille", P, CO, 2, "idiom"),  # j, Iran-Saudi Arabia
    ("une réconciliation scellée à Al-Ula", P, CO, 2, "idiom"),  # j, Saudi Arabia-Qatar
    ("Kinshasa et Kigali s'engagent sur la voie de la paix", P, CO, 2, "shared aim; idiom"),  # j, DRC-Rwanda
    ("une poignée de main au-dessus de la ligne de démarcation", P, OT, 2, "spectacle; form of meeting"),  # j, North-South Korea
    ("plus jamais de guerre sur la péninsule", P, CO, 2, "shared aim; negation"),  # q, North-South Korea
    ("Londres et Bruxelles retrouvent un climat apaisé", P, CF, 2, "atmosphere"),  # j, UK-EU
    ("un moteur franco-allemand relancé", P, CO, 2, "idiom"),  # j, France-Germany
    ("des voisins redevenus partenaires", P, CO, 2, "plain evaluation"),  # q, Poland-Germany
    ("Ankara et Damas esquissent un rapprochement", P, CO, 1, "hedge"),  # j, Turkey-Syria
    ("Belgrade et Pristina acceptent de se reparler", P, CO, 1, "form of meeting"),  # j, Serbia-Kosovo
    ("Rabat et Madrid ouvrent une étape inédite", P, CO, 2, "idiom"),  # q, Morocco-Spain
    ("des pourparlers qualifiés de constructifs par les deux délégations", P, CO, 2, "plain evaluation"),  # j, US-Iran
    ("Caracas et Georgetown renoncent à recourir à la force", P, CO, 2, "shared aim"),  # j, Venezuela-Guyana
    ("Le Caire et Addis-Abeba renouent le fil", P, CO, 2, "idiom"),  # j, Egypt-Ethiopia
    # neutral
    ("des pourparlers indirects par l'entremise d'Oman", U, OT, 1, "form of meeting"),  # j, US-Iran
    ("un dialogue facilité par Bruxelles", U, CO, 1, "form of meeting"),  # j, Serbia-Kosovo
    ("une médiation qatarie entre Kinshasa et Kigali", U, OT, 1, "form of meeting"),  # j, DRC-Rwanda
    ("le dossier du barrage reste sur la table", U, CO, 1, "idiom; uncertainty"),  # j, Egypt-Ethiopia
    ("ni Alger ni Rabat n'ont réagi officiellement", U, OT, 1, "negation"),  # j, Morocco-Algeria
    ("des gains pour les uns, des concessions pour les autres", U, CO, 1, "balanced"),  # j, UK-EU
    ("Séoul attend une réponse de Pyongyang", U, OT, 1, "uncertainty"),  # j, North-South Korea
    ("des contacts au niveau des services de renseignement", U, OT, 1, "form of meeting"),  # j, Turkey-Syria
    # negative
    ("une rupture consommée entre Alger et Rabat", N, CF, 3, "idiom"),  # j, Morocco-Algeria
    ("Kinshasa accuse Kigali de jouer double jeu", N, CF, 2, "stance; idiom"),  # j, DRC-Rwanda
    ("un accord de paix déjà fragilisé", N, CO, 2, "failed cooperation"),  # j, DRC-Rwanda
    ("dix ans de dialogue pour presque rien", N, CO, 3, "failed cooperation; diminisher"),  # j, Serbia-Kosovo
    ("l'impasse sur le barrage de la Renaissance", N, CO, 2, "failed cooperation"),  # j, Egypt-Ethiopia
    ("une escalade verbale autour de l'Essequibo", N, CF, 2, "war vocabulary"),  # j, Venezuela-Guyana
    ("Pyongyang claque la porte au nez de Séoul", N, CO, 3, "idiom; failed cooperation"),  # j, North-South Korea
    ("Séoul désigné comme ennemi principal par Pyongyang", N, CF, 3, "stance; war vocabulary"),  # q, North-South Korea
    ("les relations entre Varsovie et Berlin se crispent", N, CF, 2, "plain evaluation"),  # j, Poland-Germany
    ("Londres et Bruxelles se renvoient la balle", N, CF, 2, "idiom"),  # j, UK-EU
    ("Téhéran dénonce la duplicité de Washington", N, CF, 2, "stance"),  # q, US-Iran
    ("la confiance reste très faible", N, OT, 2, "stance; intensifier"),  # q, Iran-Saudi Arabia
    ("un face-à-face sans cesse repoussé", N, OT, 2, "form of meeting"),  # j, Turkey-Syria (Erdogan-Assad)
]

if __name__ == "__main__":
    make(ROWS, AVOID, "test12.csv", HERE)
