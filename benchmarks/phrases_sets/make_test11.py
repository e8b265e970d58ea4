#!/usr/bin/env python3
"""Write test11.csv (held-out list of constructed French framing phrases). Standard library only; the checks and the writing are list_check.py's.
Checks labels, frames, strengths (neutral = 1), notes (fixed list of 19 types), length (2-10
whitespace-separated words), uniqueness and avoidance of the examples in make_test8.py's AVOID
list (imported, not read); prints the make-up; exits non-zero on error."""
import os

from list_check import CF, CO, OT, N, P, U, make

HERE = os.path.dirname(os.path.abspath(__file__))

# make_test8.py's AVOID list, imported as make_test10.py does; its contents were not read by the
# annotator of this list. No phrase of any other set was read or added. A phrase is refused if it
# contains one of these or is contained in one (case-insensitive, apostrophes and spaces normalised).
from make_test8 import AVOID  # noqa: E402

# (phrase, label, frame, strength, note)
# The trailing comment gives the voice the annotator had in mind (q = a piece of a leader's or a
# spokesman's sentence, j = the journalist's own wording) and, for the other pairs, the sides.
# Voice is not a column of the CSV.
ROWS = [
    # ---- US-Russia / Trump-Putin: positive (27) ----
    ("une conversation très productive", P, CO, 2, "plain evaluation; intensifier"),  # q
    ("des progrès substantiels ont été accomplis", P, CO, 2, "plain evaluation"),  # q
    ("nous n'avons jamais été aussi près d'un accord", P, CO, 3, "negation; intensifier"),  # q
    ("s'engager ensemble à faire taire les armes", P, CO, 2, "shared aim; war vocabulary; idiom"),  # j
    ("une relation personnelle solide entre les deux hommes", P, OT, 2, "stance"),  # q
    ("Poutine a salué le courage de son homologue", P, OT, 2, "stance"),  # j
    ("un ton résolument constructif", P, OT, 2, "atmosphere; adverb"),  # j
    ("le dialogue a repris entre Moscou et Washington", P, CO, 2, "plain evaluation"),  # j
    ("une véritable percée diplomatique", P, CO, 3, "plain evaluation; intensifier"),  # q
    ("Moscou et Washington veulent faire baisser la tension", P, CF, 2, "shared aim"),  # j
    ("les premiers signes d'une détente", P, CF, 1, "hedge"),  # j
    ("Trump se dit prêt à rencontrer Poutine très vite", P, CO, 2, "stance; form of meeting"),  # q
    ("il n'y a aucune hostilité entre nous", P, CF, 2, "negation"),  # q
    ("une confiance qui s'installe peu à peu", P, OT, 1, "atmosphere; adverb"),  # j
    ("un accord semble à portée de main", P, CO, 1, "hedge; idiom"),  # q
    ("des points de convergence sur l'Ukraine", P, CO, 1, "plain evaluation"),  # j
    ("Moscou juge les propositions américaines encourageantes", P, CO, 2, "stance"),  # q
    ("ouvrir un nouveau chapitre entre nos deux pays", P, CO, 2, "idiom; shared aim"),  # q
    ("une alchimie manifeste entre les deux dirigeants", P, OT, 2, "atmosphere"),  # j
    ("le tapis rouge déroulé pour le président russe", P, OT, 2, "spectacle; form of meeting"),  # j
    ("nous nous respectons mutuellement", P, OT, 2, "stance"),  # q
    ("un accord de principe sur un cessez-le-feu", P, CO, 2, "plain evaluation; war vocabulary"),  # j
    ("l'appel s'est déroulé dans une ambiance détendue", P, OT, 2, "atmosphere"),  # q
    ("sans être parfait, ce dialogue porte ses fruits", P, CO, 2, "concession; idiom"),  # j
    ("une éclaircie dans le ciel russo-américain", P, CF, 1, "idiom"),  # j
    ("sur la même longueur d'onde", P, CO, 2, "idiom"),  # q
    ("un échange loin d'être stérile", P, CO, 1, "litotes"),  # j

    # ---- US-Russia / Trump-Putin: neutral (16) ----
    ("un appel d'environ une heure et demie", U, OT, 1, "form of meeting"),  # j
    ("leur deuxième conversation en moins d'un mois", U, OT, 1, "form of meeting"),  # j
    ("un échange consacré pour l'essentiel à l'Ukraine", U, OT, 1, "form of meeting"),  # j
    ("aucune date n'a encore été fixée pour une rencontre", U, OT, 1, "uncertainty; negation"),  # j
    ("Moscou reste muet sur le contenu de l'échange", U, OT, 1, "stance; uncertainty"),  # j
    ("des avancées sur certains points, des blocages sur d'autres", U, CO, 1, "balanced"),  # j
    ("ni percée ni rupture", U, CO, 1, "balanced; negation"),  # j
    ("une discussion préparatoire entre conseillers diplomatiques", U, OT, 1, "form of meeting"),  # j
    ("rien ne permet encore de dire si l'appel aboutira", U, OT, 1, "uncertainty; negation"),  # j
    ("un appel passé à l'initiative de la partie américaine", U, OT, 1, "form of meeting"),  # j
    ("les négociateurs se retrouveront prochainement à Istanbul", U, CO, 1, "form of meeting"),  # j
    ("Moscou attend des précisions avant de se prononcer", U, OT, 1, "stance; uncertainty"),  # j
    ("un large tour d'horizon des dossiers bilatéraux", U, OT, 1, "form of meeting"),  # j
    ("les deux capitales restent prudentes", U, OT, 1, "stance; hedge"),  # j
    ("une relation avant tout transactionnelle", U, OT, 1, "plain evaluation"),  # j
    ("les différends ont été évoqués sans détour", U, CF, 1, "balanced"),  # q

    # ---- US-Russia / Trump-Putin: negative (27) ----
    ("un échange cordial, mais sans avancée concrète", N, CO, 2,
     "concession; negation; positive word in negative frame"),  # j
    ("les pourparlers piétinent", N, CO, 2, "failed cooperation"),  # j
    ("Trump se dit très déçu par Poutine", N, OT, 2, "stance; intensifier"),  # q
    ("de belles paroles sans lendemain", N, CO, 2, "idiom; positive word in negative frame"),  # q
    ("un dialogue de pure façade", N, CO, 3, "plain evaluation; intensifier"),  # j
    ("Trump menace Moscou de droits de douane massifs", N, CF, 2, "stance"),  # j
    ("le ton est monté entre les deux présidents", N, CF, 2, "atmosphere; idiom"),  # j
    ("des relations au point mort", N, CO, 2, "failed cooperation; idiom"),  # j
    ("Moscou accuse Washington de saboter la paix", N, CF, 3, "stance"),  # q
    ("un ultimatum adressé au Kremlin", N, CF, 2, "war vocabulary; stance"),  # j
    ("le tête-à-tête annoncé a été reporté sine die", N, CO, 2, "form of meeting; failed cooperation"),  # j
    ("un échange glacial", N, OT, 3, "atmosphere"),  # j
    ("la méfiance reste de mise", N, OT, 2, "stance; atmosphere"),  # j
    ("Poutine cherche surtout à gagner du temps", N, CO, 2, "stance; idiom"),  # j
    ("les espoirs d'un accord rapide se sont évanouis", N, CO, 2,
     "failed cooperation; positive word in negative frame"),  # j
    ("un fossé persistant entre les positions", N, CF, 2, "idiom"),  # j
    ("un entretien particulièrement tendu", N, CF, 3, "atmosphere; intensifier"),  # j
    ("une passe d'armes entre le Kremlin et la Maison-Blanche", N, CF, 2, "war vocabulary; idiom"),  # j
    ("Washington dénonce l'intransigeance russe", N, CF, 2, "stance"),  # q
    ("un rapprochement qui tourne court", N, CO, 2, "failed cooperation; positive word in negative frame"),  # j
    ("une rencontre sans déclaration commune", N, CO, 1, "form of meeting; negation"),  # j
    ("une douche froide pour les partisans d'un accord", N, CO, 2, "idiom"),  # j
    ("une guerre des nerfs", N, CF, 2, "idiom; war vocabulary"),  # j
    ("un Kremlin qui souffle le chaud et le froid", N, OT, 2, "idiom; stance"),  # j
    ("la Maison-Blanche affiche un certain scepticisme", N, OT, 1, "stance; hedge"),  # j
    ("Moscou n'a pas caché son agacement", N, OT, 2, "negation; stance"),  # j
    ("un appel expédié en quelques minutes", N, OT, 1, "form of meeting; diminisher"),  # j

    # ---- other pairs: positive (13) ----
    ("Pékin et Washington promettent de se parler plus souvent", P, CO, 2, "shared aim"),  # q, US-China
    ("un homme que je respecte énormément", P, OT, 2, "stance; intensifier"),  # q, Trump on Xi
    ("Paris et Alger relancent leur coopération sécuritaire", P, CO, 2, "plain evaluation"),  # j, France-Algeria
    ("Ottawa et Washington renouent le fil du dialogue", P, CO, 2, "idiom"),  # j, Canada-US
    ("Athènes et Ankara misent sur l'apaisement", P, CF, 2, "shared aim"),  # j, Greece-Turkey
    ("une réconciliation saluée des deux côtés de la frontière", P, CO, 2, "plain evaluation"),  # j, Thailand-Cambodia
    ("New Delhi et Islamabad s'accordent sur un cessez-le-feu", P, CO, 2, "war vocabulary"),  # j, India-Pakistan
    ("un échange franchement constructif avec Zelensky", P, CO, 2, "adverb"),  # q, Trump-Zelensky
    ("Zelensky a remercié Trump à plusieurs reprises", P, OT, 2, "stance"),  # j, Ukraine-US
    ("le climat s'est nettement réchauffé entre Rome et Paris", P, CO, 2, "atmosphere; adverb"),  # j, Italy-France
    ("Tokyo et Séoul affichent une entente inédite", P, CO, 2, "plain evaluation"),  # j, Japan-South Korea
    ("Bruxelles et Washington ont évité l'escalade", P, CF, 2, "war vocabulary"),  # j, EU-US trade
    ("une poignée de main historique entre les deux ennemis", P, OT, 3, "spectacle"),  # j, Armenia-Azerbaijan

    # ---- other pairs: neutral (8) ----
    ("une rencontre en marge de l'Assemblée générale de l'ONU", U, OT, 1, "form of meeting"),  # j, any pair
    ("Trump et Xi se verront en marge de l'APEC", U, OT, 1, "form of meeting"),  # j, US-China
    ("Paris et Alger s'observent en attendant un geste", U, OT, 1, "stance; uncertainty"),  # j, France-Algeria
    ("Kiev attend de connaître les détails du plan", U, OT, 1, "uncertainty; stance"),  # j, Ukraine-US
    ("un différend frontalier confié à une commission mixte", U, CF, 1, "form of meeting"),  # j, China-India
    ("des discussions qui se poursuivront à huis clos", U, OT, 1, "form of meeting"),  # j, any pair
    ("un accord partiel qui laisse bien des questions ouvertes", U, CO, 1, "balanced"),  # j, any pair
    ("des relations correctes, sans plus", U, OT, 1, "balanced; diminisher"),  # q, any pair

    # ---- other pairs: negative (13) ----
    ("une nouvelle crise diplomatique entre Paris et Alger", N, CF, 2, "plain evaluation"),  # j, France-Algeria
    ("une altercation spectaculaire dans le Bureau ovale", N, CF, 3, "spectacle"),  # j, Trump-Zelensky
    ("Pékin accuse Washington de chantage", N, CF, 2, "stance"),  # q, China-US
    ("Ottawa et Washington à couteaux tirés", N, CF, 3, "idiom"),  # j, Canada-US
    ("Kiev redoute d'être mis devant le fait accompli", N, OT, 2, "stance; idiom"),  # j, Ukraine vs US-Russia
    ("des pourparlers russo-ukrainiens qui tournent en rond", N, CO, 2, "failed cooperation; idiom"),  # j, Russia-Ukraine
    ("un dialogue rompu depuis l'été", N, CO, 2, "failed cooperation"),  # j, Algeria-Mali
    ("l'irritation croissante de Trump envers Netanyahou", N, OT, 2, "stance"),  # j, US-Israel
    ("une guerre commerciale qui ne dit pas son nom", N, CF, 2, "idiom; war vocabulary"),  # j, EU-US
    ("Pékin snobe l'invitation américaine", N, CO, 2, "stance"),  # j, China-US
    ("des relations empoisonnées par le passé colonial", N, CF, 2, "plain evaluation"),  # j, France-Algeria
    ("un accueil protocolaire réduit au strict minimum", N, OT, 2, "form of meeting; diminisher"),  # j, any pair
    ("Tokyo juge les propos de Pékin inacceptables", N, CF, 2, "stance"),  # q, Japan-China
]

if __name__ == "__main__":
    make(ROWS, AVOID, "test11.csv", HERE)
