#!/usr/bin/env python3
"""Write test10.csv (held-out list of constructed French framing phrases). Standard library only; the checks and the writing are list_check.py's.
Checks labels, frames, strengths (neutral = 1), notes (fixed list of 19 types), length (2-10
whitespace-separated words), uniqueness and avoidance of the examples in make_test8.py's AVOID
list (imported, not read); prints the make-up; exits non-zero on error."""
import os

from list_check import CF, CO, OT, N, P, U, make

HERE = os.path.dirname(os.path.abspath(__file__))

# make_test8.py's AVOID list (the examples quoted in PHRASES.md, test6_README.md and
# make_test6.py's AVOID list), imported as make_test9.py does; its contents were not read by the
# annotator of this list. No phrase of any other set was read or added. A phrase is refused if it
# contains one of these or is contained in one (case-insensitive, apostrophes and spaces normalised).
from make_test8 import AVOID  # noqa: E402

# (phrase, label, frame, strength, note)
ROWS = [
    # ---- US-Russia / Trump-Putin: positive (24) ----
    ("une conversation jugée fructueuse par le Kremlin", P, CO, 2, "plain evaluation"),
    ("Trump salue un échange extrêmement productif avec Poutine", P, CO, 3, "intensifier; plain evaluation"),
    ("Poutine et Trump se quittent sur une note optimiste", P, OT, 2, "atmosphere"),
    ("un appel chaleureux de près de deux heures", P, OT, 2, "atmosphere; form of meeting"),
    ("Moscou et Washington conviennent de relancer leurs ambassades", P, CO, 2, "shared aim"),
    ("les deux présidents partagent l'objectif d'un cessez-le-feu rapide", P, CO, 2, "shared aim; war vocabulary"),
    ("une avancée réelle vers un règlement négocié", P, CO, 2, "plain evaluation"),
    ("Trump se dit confiant dans la bonne foi de Poutine", P, OT, 2, "stance"),
    ("le Kremlin se félicite du ton constructif de Washington", P, OT, 2, "stance; atmosphere"),
    ("un rapprochement spectaculaire entre la Maison-Blanche et le Kremlin", P, CO, 3, "plain evaluation"),
    ("les canaux de communication russo-américains fonctionnent de nouveau", P, CO, 2, "plain evaluation"),
    ("un dialogue qui n'est pas rompu, souligne Ouchakov", P, CO, 1, "negation; litotes"),
    ("Poutine ne tarit pas d'éloges sur son homologue", P, OT, 3, "stance; idiom"),
    ("Trump et Poutine rivalisent d'amabilités devant les caméras", P, OT, 2, "spectacle; stance"),
    ("la désescalade entre Moscou et Washington semble amorcée", P, CF, 1, "hedge"),
    ("Washington et Moscou veulent désormais éviter toute confrontation directe", P, CF, 2, "shared aim"),
    ("une poignée de main longue et appuyée à Anchorage", P, OT, 1, "spectacle"),
    ("l'entretien en tête-à-tête a largement débordé l'horaire", P, OT, 2, "form of meeting; adverb"),
    ("un climat de confiance retrouvé entre les deux capitales", P, OT, 2, "atmosphere"),
    ("Moscou juge le plan américain digne d'intérêt", P, CO, 1, "stance; plain evaluation"),
    ("un échange magnifique, s'enthousiasme Trump", P, CO, 3, "plain evaluation; stance"),
    ("des progrès notables sur l'échange de prisonniers", P, CO, 2, "plain evaluation"),
    ("les deux dirigeants promettent de se revoir très vite", P, CO, 2, "shared aim; adverb"),
    ("une relation personnelle solide, assure Trump", P, OT, 2, "stance"),
    # ---- US-Russia: neutral (14) ----
    ("le Kremlin qualifie l'échange de simplement professionnel", U, OT, 1, "plain evaluation; diminisher"),
    ("une conversation ni chaleureuse ni glaciale", U, OT, 1, "balanced; negation"),
    ("Moscou réserve sa réponse aux propositions de Washington", U, CO, 1, "uncertainty; stance"),
    ("la date d'une nouvelle rencontre reste à fixer", U, OT, 1, "uncertainty; form of meeting"),
    ("des avancées sur certains points, des blocages sur d'autres", U, CO, 1, "balanced"),
    ("Peskov refuse de s'avancer sur un calendrier", U, OT, 1, "uncertainty; hedge"),
    ("un échange téléphonique sans annonce particulière", U, OT, 1, "form of meeting"),
    ("une rencontre au format restreint, sans conseillers", U, OT, 1, "form of meeting"),
    ("la Maison-Blanche se montre prudente sur les résultats", U, OT, 1, "hedge; stance"),
    ("Washington et Moscou maintiennent un contact minimal", U, CO, 1, "diminisher"),
    ("des divergences assumées, mais un canal ouvert", U, CF, 1, "balanced; concession"),
    ("Trump attend de voir si Moscou tiendra parole", U, OT, 1, "uncertainty"),
    ("une réunion technique entre délégations à Riyad", U, OT, 1, "form of meeting"),
    ("l'issue des négociations demeure très incertaine", U, OT, 1, "uncertainty; intensifier"),
    # ---- US-Russia: negative (24) ----
    ("une conversation sans résultat concret", N, CO, 2, "failed cooperation"),
    ("les pourparlers de paix piétinent depuis des mois", N, CO, 2, "failed cooperation"),
    ("Trump se dit profondément déçu par Poutine", N, OT, 2, "stance; intensifier"),
    ("Moscou dénonce des exigences américaines inacceptables", N, CF, 2, "plain evaluation; stance"),
    ("la rencontre de Budapest est renvoyée sine die", N, OT, 2, "form of meeting"),
    ("un face-à-face qui n'a débouché sur rien", N, CO, 2, "failed cooperation; negation"),
    ("les relations russo-américaines au plus bas depuis des décennies", N, CF, 3, "intensifier; plain evaluation"),
    ("Trump menace Moscou de mesures très sévères", N, CF, 3, "intensifier"),
    ("le Kremlin raille l'ultimatum de la Maison-Blanche", N, CF, 2, "stance"),
    ("une méfiance tenace de part et d'autre", N, OT, 2, "atmosphere"),
    ("un accord de façade qui ne règle rien", N, CO, 2, "positive word in negative frame; negation"),
    ("l'embellie entre Washington et Moscou aura été de courte durée", N, CO, 2, "positive word in negative frame"),
    ("les deux camps campent sur leurs positions", N, CF, 2, "idiom"),
    ("Poutine fait la sourde oreille aux appels de Trump", N, CO, 2, "idiom; failed cooperation"),
    ("une rencontre écourtée dans une ambiance pesante", N, OT, 2, "form of meeting; atmosphere"),
    ("l'escalade verbale entre le Kremlin et la Maison-Blanche", N, CF, 2, "plain evaluation"),
    ("un cessez-le-feu toujours hors de portée", N, CO, 2, "failed cooperation; war vocabulary"),
    ("Washington et Moscou s'accusent mutuellement de mauvaise foi", N, CF, 2, "stance"),
    ("peu de chances de percée, estiment les diplomates", N, CO, 1, "hedge; uncertainty"),
    ("la réunion tourne court après quarante minutes", N, OT, 2, "form of meeting; idiom"),
    ("une relation devenue franchement exécrable", N, CF, 3, "adverb; plain evaluation"),
    ("Trump reproche à Poutine de faire traîner les choses", N, CF, 2, "stance"),
    ("la perspective d'un accord s'éloigne encore", N, CO, 2, "failed cooperation; adverb"),
    ("un simulacre de négociation, selon Kiev", N, CO, 3, "plain evaluation"),
    # ---- other pairs: positive (16) ----
    ("Erevan et Bakou paraphent un accord de paix historique", P, CO, 3, "plain evaluation; war vocabulary"),
    ("Riyad et Téhéran renouent officiellement leurs relations diplomatiques", P, CO, 2, "plain evaluation; adverb"),
    ("Pékin et New Delhi s'engagent à apaiser leur frontière", P, CF, 2, "shared aim"),
    ("Londres et Bruxelles saluent une nouvelle ère de coopération", P, CO, 2, "plain evaluation"),
    ("Tokyo et Séoul tournent la page des querelles historiques", P, CF, 2, "idiom"),
    ("une visite d'État placée sous le signe de l'amitié franco-marocaine", P, OT, 2, "atmosphere"),
    ("Washington et Pékin prolongent leur trêve commerciale", P, CF, 2, "war vocabulary"),
    ("Kinshasa et Kigali font un premier pas l'un vers l'autre", P, CO, 1, "idiom"),
    ("Macron et Tebboune affichent une complicité retrouvée", P, OT, 2, "spectacle; stance"),
    ("des retrouvailles joyeuses entre Bogotá et Caracas", P, OT, 2, "atmosphere"),
    ("un climat nettement plus serein entre Pékin et Washington", P, CF, 2, "adverb; atmosphere"),
    ("Belgrade et Pristina, enfin autour de la même table", P, CO, 2, "adverb; form of meeting"),
    ("Ankara et Damas n'excluent pas une normalisation", P, CO, 1, "negation; hedge"),
    ("Xi salue une rencontre extrêmement fructueuse avec Modi", P, CO, 3, "intensifier"),
    ("Paris et Alger relancent leur coopération sécuritaire", P, CO, 2, "plain evaluation"),
    ("la Corée du Sud et le Japon, partenaires désormais indispensables", P, CO, 2, "plain evaluation; adverb"),
    # ---- other pairs: neutral (10) ----
    ("Pékin et Washington, ni alliés ni ennemis", U, CF, 1, "balanced; negation"),
    ("Alger observe une prudente réserve envers Paris", U, OT, 1, "stance; hedge"),
    ("une rencontre Modi-Xi au protocole minutieusement réglé", U, OT, 1, "form of meeting"),
    ("Londres et Bruxelles, une relation encore en construction", U, CO, 1, "uncertainty"),
    ("Bakou et Erevan poursuivent des discussions discrètes", U, CO, 1, "form of meeting"),
    ("Tokyo laisse la porte ouverte sans rien promettre", U, CO, 1, "balanced; idiom"),
    ("des échanges cordiaux mais sans engagement précis", U, CO, 1, "balanced; concession"),
    ("Kigali et Kinshasa se jaugent à distance", U, OT, 1, "stance"),
    ("Washington et Pékin gèrent leur rivalité au cas par cas", U, CF, 1, "balanced"),
    ("Paris attend un geste d'Alger avant toute relance", U, CO, 1, "uncertainty; stance"),
    # ---- other pairs: negative (16) ----
    ("Paris et Alger en pleine crise diplomatique", N, CF, 2, "plain evaluation; intensifier"),
    ("nouveau coup de froid entre Alger et Paris", N, CF, 2, "idiom"),
    ("Pékin et New Delhi s'invectivent par communiqués interposés", N, CF, 2, "stance"),
    ("Belgrade et Pristina échouent une fois de plus", N, CO, 2, "failed cooperation"),
    ("la guerre des tarifs repart de plus belle", N, CF, 3, "war vocabulary; idiom"),
    ("Kigali et Kinshasa se renvoient la responsabilité de l'échec", N, CO, 2, "failed cooperation; stance"),
    ("un dialogue UE-Chine réduit à un exercice de style", N, CO, 2, "diminisher; plain evaluation"),
    ("Téhéran juge les gestes saoudiens purement cosmétiques", N, CO, 2, "diminisher; stance"),
    ("Séoul et Tokyo, une réconciliation restée lettre morte", N, CO, 2, "positive word in negative frame; idiom"),
    ("Bakou accuse Erevan de provocations incessantes", N, CF, 2, "stance; intensifier"),
    ("une visite ministérielle annulée à la dernière minute", N, OT, 2, "form of meeting"),
    ("un accueil poli mais distant à Pékin", N, OT, 1, "atmosphere; concession"),
    ("Londres et Bruxelles renouent avec la défiance", N, OT, 2, "stance"),
    ("aucune avancée tangible entre Caracas et Bogotá", N, CO, 2, "failed cooperation; negation"),
    ("les promesses de coopération franco-algérienne sont restées sans suite", N, CO, 2, "positive word in negative frame; failed cooperation"),
    ("Ankara et Damas, des retrouvailles sans lendemain", N, CO, 2, "positive word in negative frame"),
]

if __name__ == "__main__":
    make(ROWS, AVOID, "test10.csv", HERE)
