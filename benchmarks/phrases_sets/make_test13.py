#!/usr/bin/env python3
"""Write test13.csv (held-out list of constructed French framing phrases). Standard library only; the checks and the writing are list_check.py's.
Checks labels, frames, strengths (neutral = 1), notes (fixed list of 19 types), length (2-10
whitespace-separated words), uniqueness and avoidance of the examples in make_test8.py's AVOID
list (imported, not read); prints the make-up; exits non-zero on error."""
import os

from list_check import CF, CO, OT, N, P, U, make

HERE = os.path.dirname(os.path.abspath(__file__))

# make_test8.py's AVOID list, imported as make_test12.py does; its contents were not read by the
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
    ("un dialogue réellement fécond", P, CO, 2, "plain evaluation; adverb"),  # q
    ("des échanges empreints de respect mutuel", P, OT, 2, "atmosphere"),  # q
    ("une alchimie évidente entre les deux hommes", P, OT, 2, "atmosphere"),  # j
    ("Poutine salue le courage de Trump", P, OT, 2, "stance"),  # q (Kremlin readout)
    ("des avancées réelles vers un cessez-le-feu", P, CO, 2, "plain evaluation"),  # q
    ("une volonté commune de stabiliser la relation", P, CO, 2, "shared aim"),  # q
    ("une entente de principe sur un échange de prisonniers", P, CO, 2, "plain evaluation"),  # j
    ("rétablir une communication normale entre les deux capitales", P, CO, 1, "shared aim"),  # q
    ("la conversation s'est fort bien déroulée", P, OT, 2, "plain evaluation; intensifier"),  # q
    ("un climat nettement apaisé entre Washington et Moscou", P, CF, 2, "atmosphere; adverb"),  # j
    ("faire baisser la température entre les deux puissances", P, CF, 2, "idiom; shared aim"),  # q
    ("une rencontre absolument formidable", P, OT, 3, "plain evaluation; intensifier"),  # q
    ("prêt à poursuivre le dialogue", P, CO, 1, "stance"),  # q
    ("les deux hommes se comprennent à demi-mot", P, OT, 2, "idiom; atmosphere"),  # j
    ("une percée diplomatique longtemps attendue", P, CO, 3, "plain evaluation"),  # j
    ("un échange non dénué d'intérêt", P, CO, 1, "litotes"),  # j
    ("en dépit des frictions, une coordination réelle", P, CO, 1, "concession"),  # j (Syria, 2017)
    ("les deux présidents ont scellé un compromis", P, CO, 2, "plain evaluation"),  # j
    ("Trump ne tarit pas d'éloges sur Poutine", P, OT, 3, "stance; idiom"),  # j
    ("un tête-à-tête prolongé bien au-delà du programme", P, OT, 1, "form of meeting"),  # j
    ("un tapis rouge déroulé pour le visiteur russe", P, OT, 2, "spectacle; idiom"),  # j (2025)
    ("des pourparlers jugés fructueux à Riyad", P, CO, 2, "plain evaluation"),  # j (2025)
    ("œuvrer de concert à une paix en Ukraine", P, CO, 2, "shared aim"),  # q
    ("un nouveau chapitre dans les relations russo-américaines", P, CO, 2, "idiom"),  # q
    ("nous avons beaucoup en commun", P, CO, 2, "plain evaluation"),  # q
    ("une conversation plutôt encourageante", P, CO, 1, "hedge; plain evaluation"),  # j
    ("une relation qui repart sur de bonnes bases", P, CO, 2, "idiom"),  # q
    ("une discussion très substantielle", P, CO, 2, "plain evaluation; intensifier"),  # q
    ("je m'entends bien avec lui", P, OT, 2, "stance"),  # q
    ("des progrès, semble-t-il", P, CO, 1, "hedge"),  # j
    # negative
    ("un échange sans résultat tangible", N, CO, 2, "failed cooperation"),  # j
    ("une relation au plus mal", N, CF, 3, "plain evaluation; intensifier"),  # j
    ("une méfiance tenace entre les deux capitales", N, CF, 2, "plain evaluation"),  # j
    ("profondément déçu par son homologue russe", N, OT, 2, "stance; adverb"),  # q
    ("des menaces à peine voilées", N, CF, 2, "idiom"),  # j
    ("la rencontre a tourné court", N, CO, 2, "idiom; failed cooperation"),  # j
    ("les espoirs de rapprochement se sont évaporés", N, CO, 2, "failed cooperation"),  # j
    ("un appel qui n'a rien réglé", N, CO, 2, "negation; failed cooperation"),  # j
    ("une escalade verbale entre Washington et Moscou", N, CF, 2, "war vocabulary"),  # j
    ("Trump humilié à Helsinki", N, OT, 3, "spectacle"),  # j (2018)
    ("des divergences de fond persistent", N, CF, 2, "plain evaluation"),  # j
    ("un dialogue qui tourne en rond", N, CO, 2, "idiom; failed cooperation"),  # j
    ("la promesse d'une entente s'est fracassée sur l'Ukraine", N, CO, 3, "failed cooperation; idiom"),  # j
    ("un ultimatum lancé au Kremlin", N, CF, 2, "war vocabulary"),  # j (2025)
    ("un ton nettement plus sec", N, OT, 2, "atmosphere; adverb"),  # j
    ("des sourires qui ne trompent personne", N, OT, 2, "positive word in negative frame; atmosphere"),  # j
    ("les soupçons de collusion plombent tout rapprochement", N, CO, 2, "failed cooperation"),  # j
    ("un nouvel accès de fièvre entre les deux puissances", N, CF, 2, "idiom"),  # j
    ("Moscou dénonce l'hostilité de Washington", N, CF, 2, "stance"),  # q
    ("Trump n'a pas mâché ses mots envers Poutine", N, CF, 2, "idiom"),  # j
    ("le rendez-vous de Budapest tombe à l'eau", N, OT, 2, "form of meeting; idiom"),  # j (2025)
    ("une conversation décevante", N, CO, 2, "plain evaluation"),  # q
    ("le Kremlin accuse Washington de double jeu", N, CF, 2, "stance; idiom"),  # q
    ("pas de quoi pavoiser", N, CO, 1, "idiom; negation"),  # j
    ("un tour d'horizon rapide, sans plus", N, OT, 1, "diminisher; form of meeting"),  # j
    ("un show savamment mis en scène", N, OT, 2, "spectacle; adverb"),  # j
    ("Poutine mène Trump en bateau", N, OT, 2, "idiom; stance"),  # j
    # neutral
    ("une conversation d'une heure et demie", U, OT, 1, "form of meeting"),  # j
    ("un appel sollicité par Moscou", U, OT, 1, "form of meeting"),  # j
    ("le format d'une éventuelle rencontre reste ouvert", U, OT, 1, "uncertainty"),  # q
    ("difficile de dire ce qui en sortira", U, OT, 1, "uncertainty"),  # j
    ("des déclarations mesurées des deux côtés", U, OT, 1, "balanced"),  # j
    ("une rencontre sur un terrain neutre", U, OT, 1, "form of meeting"),  # j
    ("des négociations à huis clos", U, OT, 1, "form of meeting"),  # j
    ("le Kremlin attend des propositions concrètes", U, OT, 1, "stance"),  # q
    ("un résultat contrasté", U, CO, 1, "balanced"),  # j
    ("un contact établi au niveau des conseillers", U, OT, 1, "form of meeting"),  # j
    ("nous verrons ce que ça donne", U, OT, 1, "uncertainty"),  # q
    ("sans attentes particulières de part et d'autre", U, OT, 1, "balanced; negation"),  # j
    ("les discussions se poursuivront entre ministres", U, CO, 1, "form of meeting"),  # q
    # --- Other pairs of sides ---
    # positive
    ("refonder une relation apaisée avec Alger", P, CO, 2, "shared aim"),  # q, France-Algeria (Macron)
    ("Tebboune salue un homologue sincère", P, OT, 2, "stance"),  # q, France-Algeria
    ("rétablir les canaux de communication militaires", P, CO, 2, "shared aim"),  # q, China-US (Xi-Biden)
    ("des échanges jugés utiles à Woodside", P, CO, 1, "plain evaluation"),  # j, China-US (2023)
    ("Erdogan vante son ami Vladimir", P, OT, 2, "stance"),  # j, Turkey-Russia
    ("un cessez-le-feu salué des deux côtés", P, CF, 2, "plain evaluation"),  # j, India-Pakistan
    ("Sharif se dit prêt à dialoguer avec l'Inde", P, CO, 1, "stance"),  # q, India-Pakistan
    ("renforcer leur partenariat stratégique", P, CO, 2, "shared aim"),  # q, EU-China
    ("un dialogue UE-Chine jugé constructif", P, CO, 2, "plain evaluation"),  # j, EU-China
    ("Belgrade et Pristina s'engagent à normaliser leurs relations", P, CO, 2, "shared aim"),  # j, Serbia-Kosovo
    ("un pas dans la bonne direction", P, CO, 1, "idiom"),  # q, Serbia-Kosovo
    ("Caracas et Washington rouvrent un canal de discussion", P, CO, 2, "form of meeting"),  # j, Venezuela-US
    ("des messages apaisants transmis via le Qatar", P, CF, 1, "atmosphere"),  # j, Israel-Iran
    ("une paix enfin à portée de main", P, CO, 2, "idiom; shared aim"),  # q, Armenia-Azerbaijan
    ("un réchauffement spectaculaire entre Tokyo et Séoul", P, CO, 3, "intensifier"),  # j, Japan-South Korea
    # negative
    ("une nouvelle crise entre Paris et Alger", N, CF, 2, "plain evaluation"),  # j, France-Algeria
    ("un profond malaise entre les deux rives", N, OT, 2, "atmosphere; intensifier"),  # j, France-Algeria
    ("Alger pose ses conditions à une visite", N, OT, 1, "stance; form of meeting"),  # j, France-Algeria
    ("Biden traite Xi de dictateur", N, OT, 2, "stance"),  # j, China-US
    ("une rivalité qui ne faiblit pas", N, CF, 2, "negation"),  # j, China-US
    ("Modi et Sharif s'ignorent ostensiblement", N, OT, 2, "atmosphere; adverb"),  # j, India-Pakistan
    ("une escalade dangereuse entre les deux voisins nucléaires", N, CF, 3, "war vocabulary"),  # j, India-Pakistan
    ("le dialogue Belgrade-Pristina s'enlise à nouveau", N, CO, 2, "failed cooperation; idiom"),  # j, Serbia-Kosovo
    ("Kurti accuse Vucic de mauvaise foi", N, CF, 2, "stance"),  # j, Serbia-Kosovo
    ("Maduro fustige l'arrogance de Washington", N, CF, 2, "stance"),  # q, Venezuela-US
    ("Erdogan prend ses distances avec le Kremlin", N, OT, 1, "stance; idiom"),  # j, Turkey-Russia
    ("des signaux contradictoires venus de Téhéran", N, OT, 1, "uncertainty"),  # j, Israel-Iran (via mediators)
    ("un partenariat qui s'essouffle", N, CO, 2, "failed cooperation; idiom"),  # j, EU-China
    # neutral
    ("des messages transmis par un pays tiers", U, OT, 1, "form of meeting"),  # j, Israel-Iran
    ("un appel, le premier depuis des mois", U, OT, 1, "form of meeting"),  # j, France-Algeria
    ("Pékin attend de voir la suite", U, OT, 1, "uncertainty; stance"),  # q, China-US
    ("à la fois partenaire et rivale", U, OT, 1, "balanced"),  # j, EU-China
    ("une relation avant tout transactionnelle", U, CO, 1, "plain evaluation"),  # j, Turkey-Russia
    ("une issue encore incertaine à Bruxelles", U, OT, 1, "uncertainty"),  # j, Serbia-Kosovo
]

if __name__ == "__main__":
    make(ROWS, AVOID, "test13.csv", HERE)
