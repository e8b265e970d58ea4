#!/usr/bin/env python3
"""Write test9.csv (held-out list of constructed French framing phrases). Standard library only; the checks and the writing are list_check.py's.
Checks labels, frames, strengths (neutral = 1), notes (fixed list of 19 types), length (2-10
whitespace-separated words), uniqueness and avoidance of the examples in make_test8.py's AVOID
list (as its first 65 lines show it); prints the make-up; exits non-zero on error."""
import os

from list_check import CF, CO, OT, N, P, U, make

HERE = os.path.dirname(os.path.abspath(__file__))

# make_test8.py's AVOID list, which the annotator of this list copied verbatim (its lines 22-63:
# the examples quoted in PHRASES.md, test6_README.md and make_test6.py's AVOID list), read from
# there. No phrase of test8.csv or of any other set was read or added. A phrase is refused if it
# contains one of these or is contained in one (case-insensitive, apostrophes and spaces normalised).
from make_test8 import AVOID  # noqa: E402

# (phrase, label, frame, strength, note)
ROWS = [
    # ---- US-Russia / Trump-Putin: positive ----
    ("un échange jugé utile et substantiel par le Kremlin", P, CO, 2, "plain evaluation"),
    ("Trump évoque un appel formidable avec Poutine", P, CO, 3, "plain evaluation"),
    ("des progrès significatifs vers un règlement en Ukraine", P, CO, 2, "plain evaluation"),
    ("Moscou et Washington rouvrent le canal diplomatique", P, CO, 2, "plain evaluation"),
    ("un échange pas inutile, concède Moscou", P, CO, 1, "litotes; concession"),
    ("Poutine vante la sincérité de son homologue américain", P, OT, 2, "stance"),
    ("Trump assure s'entendre très bien avec Poutine", P, OT, 2, "stance; intensifier"),
    ("un cessez-le-feu à portée de main, selon Washington", P, CO, 2, "shared aim; idiom"),
    ("un dégel spectaculaire entre Moscou et Washington", P, CO, 3, "idiom; intensifier"),
    ("deux heures d'échanges dans un climat cordial", P, OT, 2, "atmosphere; form of meeting"),
    ("le Kremlin se félicite de la reprise du dialogue", P, CO, 2, "plain evaluation; stance"),
    ("Moscou et Washington mettent une sourdine à leurs invectives", P, CF, 2, "idiom"),
    ("Trump et Poutine affichent leur complicité à Anchorage", P, OT, 2, "spectacle; atmosphere"),
    ("Poutine invité à monter dans la limousine de Trump", P, OT, 1, "spectacle; form of meeting"),
    ("la désescalade verbale se confirme entre Moscou et Washington", P, CF, 2, "plain evaluation"),
    ("le Kremlin n'exclut plus un face-à-face", P, CO, 1, "negation; hedge"),
    ("les pourparlers de Riyad avancent à grands pas", P, CO, 2, "idiom"),
    ("Moscou voit dans l'appel un signal encourageant", P, CO, 2, "plain evaluation"),
    ("une relation loin d'être rompue, insiste Peskov", P, CO, 1, "litotes"),
    ("Poutine remercie chaleureusement Trump pour ses efforts de paix", P, OT, 2, "stance; adverb"),
    ("Washington et Moscou parlent enfin le même langage", P, CO, 2, "adverb; idiom"),
    ("malgré la guerre, le dialogue russo-américain tient bon", P, CO, 2, "concession"),
    ("la fièvre retombe entre le Kremlin et la Maison-Blanche", P, CF, 2, "idiom"),
    ("un tête-à-tête Trump-Poutine plus long que prévu", P, OT, 1, "form of meeting"),
    # ---- US-Russia / Trump-Putin: neutral ----
    ("le Kremlin se garde de tout pronostic sur l'issue", U, OT, 1, "uncertainty; stance"),
    ("une rencontre Trump-Poutine dont la date reste à fixer", U, OT, 1, "uncertainty; form of meeting"),
    ("un appel annoncé par le Kremlin, sans commentaire de Washington", U, OT, 1, "form of meeting"),
    ("ni enthousiasme ni déception au Kremlin", U, OT, 1, "balanced; stance"),
    ("Poutine juge prématuré de parler d'un accord", U, CO, 1, "hedge; uncertainty"),
    ("Moscou prend acte des propositions américaines", U, CO, 1, "stance"),
    ("Trump ne se dit ni optimiste ni pessimiste", U, OT, 1, "balanced; stance"),
    ("Moscou attend des précisions de la partie américaine", U, CO, 1, "uncertainty; stance"),
    ("Washington et Moscou constatent leurs désaccords sans rompre", U, CF, 1, "balanced"),
    ("le Kremlin temporise sur une rencontre avec Trump", U, OT, 1, "uncertainty; stance"),
    ("une rencontre à Budapest évoquée, pas encore actée", U, OT, 1, "uncertainty; negation"),
    ("un entretien de routine entre Lavrov et Rubio", U, OT, 1, "form of meeting"),
    ("des pourparlers russo-américains loin des projecteurs", U, OT, 1, "form of meeting"),
    # ---- US-Russia / Trump-Putin: negative ----
    ("Trump accuse Poutine de le mener en bateau", N, CF, 2, "stance; idiom"),
    ("un coup de fil Trump-Poutine pour rien", N, CO, 2, "failed cooperation"),
    ("la rencontre de Budapest renvoyée aux calendes grecques", N, OT, 2, "form of meeting; idiom"),
    ("Moscou et Washington se regardent en chiens de faïence", N, CF, 2, "idiom"),
    ("la paix promise en vingt-quatre heures se fait attendre", N, CO, 2,
     "failed cooperation; positive word in negative frame"),
    ("le déjeuner prévu à Anchorage a été annulé", N, OT, 1, "form of meeting"),
    ("une déclaration commune expédiée, sans questions des journalistes", N, OT, 1, "form of meeting"),
    ("le Kremlin douche les espoirs de cessez-le-feu", N, CO, 2, "idiom; positive word in negative frame"),
    ("Trump lance un ultimatum à Poutine", N, CF, 2, "stance"),
    ("un froid polaire entre le Kremlin et la Maison-Blanche", N, CF, 3, "idiom"),
    ("l'idylle entre Trump et Poutine a vécu", N, CO, 2, "positive word in negative frame; idiom"),
    ("Poutine joue la montre, accuse Washington", N, CF, 2, "stance; idiom"),
    ("les pourparlers d'Istanbul accouchent d'une souris", N, CO, 2, "idiom"),
    ("loin, très loin d'un accord, reconnaît Rubio", N, CO, 2, "intensifier"),
    ("Moscou dénonce l'arrogance américaine", N, CF, 2, "stance"),
    ("à Anchorage, beaucoup de tapis rouge, peu de résultats", N, CO, 2,
     "concession; spectacle; positive word in negative frame"),
    ("les discussions achoppent sur le sort du Donbass", N, CO, 2, "failed cooperation"),
    ("le fossé reste béant entre Moscou et Washington", N, CF, 3, "plain evaluation"),
    ("Moscou ferme la porte à toute trêve", N, CO, 2, "idiom; failed cooperation"),
    ("Trump dit ne plus rien attendre de Poutine", N, OT, 2, "stance; negation"),
    ("Poutine, un interlocuteur peu fiable aux yeux de Trump", N, OT, 2, "stance"),
    # ---- France-Algeria ----
    ("Paris et Alger renouent après des mois de brouille", P, CO, 2, "plain evaluation"),
    ("une visite qui scelle la réconciliation franco-algérienne", P, CO, 3, "plain evaluation"),
    ("Tebboune laisse la porte entrouverte au dialogue avec Paris", P, CO, 1, "hedge; idiom"),
    ("Paris et Alger font le choix de l'apaisement", P, CF, 2, "plain evaluation"),
    ("Alger reçoit l'émissaire français sans tambour ni trompette", U, OT, 1, "form of meeting; idiom"),
    ("la crise franco-algérienne s'enlise", N, CF, 2, "plain evaluation"),
    ("la coopération sécuritaire franco-algérienne au point mort", N, CO, 2, "failed cooperation"),
    # ---- EU-China ----
    ("Pékin et Bruxelles s'engagent à rééquilibrer leurs échanges", P, CO, 1, "shared aim"),
    ("un dialogue exigeant mais nécessaire avec Pékin", U, CO, 1, "balanced; concession"),
    ("la Chine, à la fois partenaire et rival systémique", U, CF, 1, "balanced"),
    ("Bruxelles et Pékin se quittent sur un constat d'échec", N, CO, 2, "failed cooperation"),
    ("l'UE durcit le ton face à Pékin", N, CF, 2, "idiom"),
    ("un accueil glacial pour la délégation européenne à Pékin", N, OT, 3, "atmosphere"),
    # ---- India-Pakistan ----
    ("New Delhi et Islamabad conviennent d'un arrêt des hostilités", P, CF, 2, "war vocabulary"),
    ("une trêve qui tient, malgré les accusations croisées", P, CF, 1, "concession"),
    ("Islamabad se dit prêt à un dialogue global", P, CO, 1, "stance"),
    ("la tension entre l'Inde et le Pakistan atteint son paroxysme", N, CF, 3, "intensifier"),
    ("pas le moindre contact entre New Delhi et Islamabad", N, CO, 2, "negation; failed cooperation"),
    # ---- Israel-Iran ----
    ("Israël et l'Iran semblent vouloir éviter l'embrasement", P, CF, 1, "hedge"),
    ("un calme précaire entre Israël et l'Iran", U, CF, 1, "balanced"),
    ("la guerre de l'ombre entre Israël et l'Iran", N, CF, 2, "war vocabulary"),
    ("Téhéran promet une riposte écrasante à Israël", N, CF, 3, "war vocabulary; stance"),
    ("une escalade contrôlée, selon les analystes", N, CF, 1, "hedge"),
    # ---- US-China trade ----
    ("une pause bienvenue dans la guerre douanière", P, CF, 2, "war vocabulary"),
    ("Trump salue un accord fantastique avec la Chine", P, CO, 3, "plain evaluation"),
    ("une rencontre notée 12 sur 10 par Trump", P, CO, 3, "plain evaluation; spectacle"),
    ("un accord a minima pour éviter l'escalade", U, CO, 1, "diminisher; balanced"),
    ("Washington et Pékin, rivaux mais en contact", U, CF, 1, "balanced"),
    ("une guerre commerciale sans vainqueur", N, CF, 2, "war vocabulary"),
    ("Washington et Pékin, pas vraiment sur la même longueur d'onde", N, CF, 1, "litotes; idiom"),
    ("Pékin reste de marbre face aux menaces de Trump", N, CF, 2, "idiom; stance"),
    # ---- Ethiopia-Egypt ----
    ("les négociations sur le barrage de la Renaissance reprennent enfin", P, CO, 1, "adverb"),
    ("l'Égypte acte l'échec des négociations sur le barrage", N, CO, 3, "failed cooperation"),
    # ---- the two Koreas ----
    ("Kim et Moon, la main dans la main à Panmunjom", P, OT, 2, "spectacle; atmosphere"),
    ("Séoul et Pyongyang, toujours techniquement en guerre", U, CF, 1, "war vocabulary"),
    ("Pyongyang coupe toutes les lignes de communication avec Séoul", N, CO, 3, "failed cooperation"),
    ("Pyongyang qualifie Séoul d'ennemi principal", N, CF, 3, "stance"),
    # ---- Morocco-Spain ----
    ("Rabat et Madrid ouvrent une nouvelle étape", P, CO, 2, "plain evaluation"),
    ("une relation exemplaire, selon Pedro Sánchez", P, CO, 3, "plain evaluation"),
    ("Rabat garde le silence sur les propos de Madrid", U, OT, 1, "stance"),
    ("la réunion de haut niveau Rabat-Madrid, maintes fois reportée", N, OT, 1, "form of meeting"),
    # ---- Turkey-Greece ----
    ("Athènes et Ankara misent sur un agenda positif", P, CO, 2, "shared aim"),
    ("un climat apaisé entre Athènes et Ankara", P, CF, 2, "plain evaluation"),
    ("Athènes et Ankara, d'accord pour ne pas être d'accord", U, CF, 1, "balanced; idiom"),
    ("Erdogan menace Athènes d'arriver une nuit, soudainement", N, CF, 3, "stance"),
    # ---- any pair ----
    ("une discussion franche, mais sans animosité", P, OT, 1, "concession; atmosphere"),
    ("une conversation à bâtons rompus", P, OT, 1, "atmosphere; idiom"),
    ("un petit pas, mais dans la bonne direction", P, CO, 1, "diminisher; concession"),
    ("rien n'a filtré de la teneur des échanges", U, OT, 1, "uncertainty"),
    ("les positions restent éloignées, mais le dialogue se poursuit", U, CO, 1, "concession; balanced"),
    ("des divergences connues, rappelées sans acrimonie", U, CF, 1, "balanced"),
    ("un ton courtois mais ferme", U, OT, 1, "balanced; atmosphere"),
    ("une réunion d'une heure et demie, à huis clos", U, OT, 1, "form of meeting"),
    ("un rapprochement qui reste à concrétiser", U, CO, 1, "hedge; uncertainty"),
    ("trop tôt pour crier victoire", U, CO, 1, "hedge; idiom"),
    ("un partenariat à géométrie variable", U, CO, 1, "idiom; balanced"),
    ("la rencontre n'a duré que vingt minutes", N, OT, 1, "form of meeting; diminisher"),
    ("l'ambiance n'était pas à la fête", N, OT, 1, "negation; atmosphere"),
    ("une photo de famille sans sourires", N, OT, 1, "atmosphere; spectacle"),
    ("l'heure n'est pas encore à la réconciliation", N, CO, 1,
     "negation; positive word in negative frame"),
    ("un accord en trompe-l'œil", N, CO, 2, "idiom; positive word in negative frame"),
    ("sans grande illusion sur l'issue des discussions", N, CO, 1, "hedge"),
]


def main():
    make(ROWS, AVOID, "test9.csv", HERE)


if __name__ == "__main__":
    main()
