#!/usr/bin/env python3
"""Write dev10.csv (development list of constructed French framing phrases: commentary, headlines, state-media and radio style). Standard library only; the checks and the writing are list_check.py's.
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
# spokesman's sentence, or of a guest's words on the radio; j = the journalist's, editorialist's or
# headline's own wording) and, for the other pairs, the sides. Voice is not a column of the CSV.
ROWS = [
    # --- Trump-Putin calls and meetings, US-Russia relation (2017-2025) ---
    # positive
    ("Trump-Poutine, le retour du dialogue", P, CO, 2, "plain evaluation"),  # j
    ("Washington semble enfin entendre raison", P, OT, 2, "stance; adverb; hedge"),  # j
    ("un vent nouveau souffle sur la relation russo-américaine", P, CO, 2, "idiom"),  # j
    ("une entente cordiale en gestation", P, CO, 1, "idiom"),  # j
    ("l'axe Washington-Moscou reprend des couleurs", P, CO, 2, "idiom"),  # j
    ("pour une fois, on s'est vraiment écoutés", P, CO, 1, "adverb"),  # q
    ("une rencontre à marquer d'une pierre blanche", P, OT, 3, "idiom"),  # j
    ("la diplomatie reprend ses droits", P, CO, 2, "idiom"),  # j
    ("Poutine et Trump enfin d'accord sur quelque chose", P, CO, 1, "adverb; diminisher"),  # j
    ("une brèche ouverte vers la paix", P, CO, 2, "idiom; shared aim"),  # j
    ("on aurait tort de bouder cette avancée", P, CO, 1, "negation"),  # j
    ("un échange de prisonniers, et ce n'est pas rien", P, CO, 1, "litotes"),  # j
    ("le Kremlin se félicite d'un échange sans tabou", P, OT, 2, "stance; atmosphere"),  # j
    ("Moscou salue le pragmatisme de la nouvelle administration", P, OT, 2, "stance"),  # j
    ("les deux puissances ont tout intérêt à s'entendre", P, CO, 1, "shared aim"),  # q
    ("des sourires complices sous les flashs", P, OT, 2, "spectacle"),  # j
    ("le dialogue n'a jamais été aussi nourri", P, CO, 3, "negation; intensifier"),  # q
    ("une percée, ni plus ni moins", P, CO, 3, "intensifier"),  # j
    ("Trump a vanté l'intelligence de son interlocuteur", P, OT, 2, "stance"),  # j
    ("une relation qui reprend pied", P, CO, 1, "idiom"),  # j
    ("la tension retombe enfin entre les deux capitales", P, CF, 2, "adverb"),  # j
    ("l'entretien a dépassé nos attentes", P, CO, 2, "plain evaluation"),  # q
    ("on tient peut-être enfin quelque chose", P, CO, 1, "hedge"),  # q
    ("pas de quoi faire la fine bouche", P, CO, 1, "negation; idiom"),  # j
    ("le téléphone rouge fonctionne à nouveau", P, CO, 2, "idiom"),  # j
    ("une ouverture bienvenue, quoique tardive", P, CO, 1, "concession"),  # j
    ("le président russe se montre conciliant", P, OT, 2, "stance"),  # j
    ("un coup de fil qui change la donne", P, CO, 2, "idiom"),  # j
    ("entre eux, le dialogue est loin d'être rompu", P, CO, 1, "litotes; negation"),  # j
    ("pas une mauvaise conversation, loin de là", P, OT, 2, "litotes; negation"),  # q
    ("un résultat qui n'est pas négligeable", P, CO, 1, "litotes"),  # j
    ("les deux camps jouent cartes sur table", P, OT, 1, "idiom"),  # j
    ("nous avons parlé comme deux partenaires", P, OT, 2, "atmosphere"),  # q
    ("un optimisme prudent à la Maison-Blanche", P, OT, 1, "hedge; stance"),  # j
    # neutral
    ("Trump-Poutine : ce qu'il faut retenir de l'appel", U, OT, 1, "form of meeting"),  # j
    ("un coup de fil, et après ?", U, OT, 1, "uncertainty"),  # j
    ("ni emballement ni crispation", U, OT, 1, "balanced; negation"),  # j
    ("difficile de dire qui a remporté la manche", U, OT, 1, "uncertainty; idiom"),  # j
    ("autant de blocages que d'avancées", U, CO, 1, "balanced"),  # j
    ("rien de décidé, rien d'exclu", U, OT, 1, "balanced; uncertainty; negation"),  # q
    ("ni un échec ni un succès", U, CO, 1, "balanced; negation"),  # j
    ("un échange direct, selon la Maison-Blanche", U, OT, 1, "atmosphere"),  # j
    ("ce n'est ni Yalta ni Munich", U, OT, 1, "balanced; negation; idiom"),  # j
    ("un appel que personne n'attendait", U, OT, 1, "form of meeting"),  # j
    ("le Kremlin ne confirme ni ne dément", U, OT, 1, "stance; negation"),  # j
    ("les deux capitales se parlent sans s'apprécier", U, OT, 1, "balanced"),  # j
    ("un appel de routine, selon Peskov", U, OT, 1, "form of meeting; diminisher"),  # j
    ("pas tout à fait un échec", U, CO, 1, "negation; hedge"),  # j
    ("il ne s'est rien passé de dramatique", U, OT, 1, "negation"),  # q
    ("on ne parlera pas de fiasco", U, CO, 1, "negation"),  # j
    ("la balle est dans le camp russe", U, OT, 1, "idiom; stance"),  # j
    ("une conversation cordiale, sans plus", U, OT, 1, "atmosphere; diminisher"),  # j
    ("chacun est resté dans son rôle", U, OT, 1, "balanced; idiom"),  # j
    ("à Moscou, on observe et on attend", U, OT, 1, "uncertainty; stance"),  # j
    ("tout reste à faire", U, CO, 1, "uncertainty"),  # j
    ("l'issue des discussions reste suspendue", U, CO, 1, "uncertainty"),  # j
    ("Trump veut croire à un accord", U, OT, 1, "hedge; stance"),  # j
    ("un accord, peut-être, un jour", U, CO, 1, "hedge; uncertainty"),  # j
    ("une réussite, si l'on veut", U, OT, 1, "hedge"),  # j
    ("le dialogue de la dernière chance", U, CO, 1, "uncertainty; idiom"),  # j
    ("Moscou prend note des propos de Trump", U, OT, 1, "stance"),  # j
    ("on en saura davantage dans les prochains jours", U, OT, 1, "uncertainty"),  # q
    # negative
    ("un marché de dupes", N, CO, 2, "idiom"),  # j
    ("Poutine a mené la danse", N, OT, 2, "idiom; stance"),  # j
    ("un rendez-vous manqué", N, CO, 2, "idiom; failed cooperation"),  # j
    ("beaucoup de bruit pour rien", N, CO, 2, "idiom"),  # j
    ("une poignée de main qui ne règle rien", N, CO, 2, "negation; spectacle"),  # j
    ("un barnum médiatique, et rien derrière", N, OT, 2, "spectacle; diminisher"),  # j
    ("Washington cherche encore et toujours l'affrontement", N, CF, 2, "stance; adverb"),  # j
    ("la russophobie qui règne à Washington", N, CF, 2, "stance"),  # j
    ("l'État profond sabote le rapprochement", N, CO, 2, "failed cooperation"),  # j
    ("le rapprochement n'aura pas lieu", N, CO, 2, "negation; failed cooperation"),  # j
    ("l'idylle n'aura duré qu'un printemps", N, CO, 2, "idiom; diminisher"),  # j
    ("de la poudre aux yeux", N, OT, 2, "idiom"),  # j
    ("le Kremlin n'en attend plus grand-chose", N, OT, 1, "negation; stance"),  # j
    ("un dialogue qui patine", N, CO, 2, "idiom; failed cooperation"),  # j
    ("l'heure n'est pas aux embrassades", N, OT, 1, "negation; atmosphere"),  # j
    ("le fossé se creuse entre les deux capitales", N, CF, 2, "idiom"),  # j
    ("Moscou n'est pas dupe", N, OT, 2, "negation; stance"),  # j
    ("les belles paroles ne suffiront pas", N, CO, 1, "negation; positive word in negative frame"),  # j
    ("un pas en avant, deux pas en arrière", N, CO, 2, "idiom"),  # j
    ("l'accord relève du mirage", N, CO, 2, "idiom"),  # j
    ("des promesses en l'air", N, CO, 2, "idiom"),  # j
    ("les noms d'oiseaux volent entre Washington et Moscou", N, CF, 2, "idiom"),  # j
    ("Trump menace, Poutine encaisse", N, CF, 2, "stance"),  # j
    ("un cessez-le-feu mort-né", N, CO, 2, "idiom; war vocabulary"),  # j
    ("Moscou ne cède pas d'un pouce", N, CO, 2, "negation; idiom"),  # j
    ("un entretien cordial mais creux", N, CO, 1, "concession; positive word in negative frame"),  # j
    ("une relation en lambeaux", N, CO, 3, "idiom"),  # j
    ("l'escalade paraît inévitable", N, CF, 2, "hedge; war vocabulary"),  # j
    ("Washington souffle sur les braises", N, CF, 2, "idiom"),  # j
    ("une rencontre pour la galerie", N, OT, 2, "idiom; spectacle"),  # j
    ("un échange aigre-doux", N, OT, 1, "atmosphere"),  # j
    ("Poutine se paie la tête de Trump", N, OT, 2, "idiom; stance"),  # j
    ("quelle belle entente, mais pour combien de temps ?", N, OT, 1, "positive word in negative frame; uncertainty"),  # j
    ("des contacts d'ordre technique, sans plus", N, CO, 1, "diminisher"),  # j
    ("pas franchement une réussite", N, CO, 1, "negation; hedge"),  # q
    ("un dialogue, certes, mais pour quoi faire ?", N, CO, 1, "concession; uncertainty"),  # j
    ("une rencontre qui soulève plus de questions qu'elle n'en règle", N, CO, 1, "uncertainty"),  # j
    ("nous n'avons aucune illusion", N, OT, 2, "negation; stance"),  # q
    # --- Other pairs of sides ---
    ("une lettre magnifique de Kim, selon Trump", P, OT, 2, "stance"),  # j; US-North Korea
    ("le feu et la colère promis à Pyongyang", N, CF, 3, "war vocabulary; idiom"),  # j; US-North Korea
    ("nous sommes tombés amoureux", P, OT, 3, "atmosphere; idiom"),  # q; US-North Korea
    ("à Hanoï, les deux dirigeants repartent bredouilles", N, CO, 2, "idiom; failed cooperation"),  # j; US-North Korea
    ("une rencontre impromptue dans la zone démilitarisée", U, OT, 1, "form of meeting"),  # j; US-North Korea
    ("une normalisation parrainée par Pékin", P, CO, 2, "plain evaluation"),  # j; Saudi Arabia-Iran
    ("une réconciliation de raison entre Riyad et Téhéran", P, CO, 1, "diminisher"),  # j; Saudi Arabia-Iran
    ("une rivalité régionale loin d'être éteinte", N, CF, 2, "negation"),  # j; Saudi Arabia-Iran
    ("des discussions discrètes à Bagdad", U, OT, 1, "form of meeting"),  # j; Saudi Arabia-Iran
    ("un rapprochement à observer dans la durée", U, CO, 1, "uncertainty"),  # j; Saudi Arabia-Iran
    ("Rome et Paris à nouveau fâchés", N, CF, 2, "adverb"),  # j; France-Italy
    ("un tête-à-tête pour solder les brouilles", P, CF, 1, "shared aim"),  # j; France-Italy
    ("une relation franco-italienne en dents de scie", U, OT, 1, "idiom; balanced"),  # j; France-Italy
    ("une crise sans précédent depuis la guerre", N, CF, 3, "intensifier; war vocabulary"),  # q; France-Italy
    ("des sourires appuyés entre Macron et Meloni", P, OT, 1, "spectacle"),  # j; France-Italy
    ("Kinshasa accuse Kigali d'agression", N, CF, 3, "war vocabulary; stance"),  # j; DRC-Rwanda
    ("un accord de paix paraphé à Washington", P, CO, 2, "plain evaluation"),  # j; DRC-Rwanda
    ("la poignée de main n'a pas eu lieu", N, OT, 2, "negation; form of meeting"),  # j; DRC-Rwanda
    ("des pourparlers sous médiation angolaise", U, OT, 1, "form of meeting"),  # j; DRC-Rwanda
    ("un accord dont l'application reste à vérifier", U, CO, 1, "uncertainty"),  # j; DRC-Rwanda
    ("Pékin convoque l'ambassadeur japonais", N, CF, 2, "stance"),  # j; China-Japan
    ("des relations stratégiques réciproquement avantageuses", P, CO, 2, "plain evaluation"),  # q; China-Japan
    ("un bref aparté à Lima", U, OT, 1, "form of meeting"),  # j; China-Japan
    ("les vieilles rancœurs remontent à la surface", N, CF, 2, "idiom"),  # j; China-Japan
    ("Tokyo et Pékin conviennent de gérer leurs différends", P, CF, 1, "shared aim"),  # j; China-Japan
    ("la fin de la guerre commerciale avec Canberra", P, CF, 2, "war vocabulary"),  # j; Australia-China
    ("Canberra dans la ligne de mire de Pékin", N, CF, 2, "idiom"),  # j; Australia-China
    ("une visite qui consacre la stabilisation des liens", P, CO, 2, "plain evaluation"),  # j; Australia-China
    ("un dialogue commercial relancé à bas bruit", P, CO, 1, "idiom"),  # j; Australia-China
    ("Albanese à Pékin, une visite très attendue", U, OT, 1, "form of meeting"),  # j; Australia-China
    ("Mexico ne se laissera pas intimider, prévient Sheinbaum", N, CF, 2, "negation; stance"),  # j; US-Mexico
    ("un appel qualifié d'amical par la présidente", P, OT, 2, "atmosphere"),  # j; US-Mexico
    ("un sursis d'un mois sur les droits de douane", U, CF, 1, "uncertainty"),  # j; US-Mexico
    ("une relation à la merci d'un message sur les réseaux", N, OT, 2, "uncertainty; idiom"),  # j; US-Mexico
    ("un groupe de travail bilatéral sur la sécurité", U, CO, 1, "form of meeting"),  # j; US-Mexico
    ("Ottawa et New Delhi expulsent mutuellement leurs diplomates", N, CF, 2, "plain evaluation"),  # j; Canada-India
    ("une crise diplomatique d'une rare gravité", N, CF, 3, "intensifier"),  # j; Canada-India
    ("un retour des hauts-commissaires qui vaut détente", P, CF, 2, "plain evaluation"),  # j; Canada-India
    ("une conversation entre conseillers à la sécurité nationale", U, OT, 1, "form of meeting"),  # j; Canada-India
    ("reconstruire pas à pas la confiance", P, CO, 2, "shared aim; idiom"),  # q; Canada-India
    ("le barrage de la discorde", N, CF, 2, "idiom"),  # j; Egypt-Ethiopia
    ("une nouvelle série de négociations tripartites", U, CO, 1, "form of meeting"),  # j; Egypt-Ethiopia
    ("Le Caire n'exclut aucune option", N, CF, 2, "negation; war vocabulary"),  # q; Egypt-Ethiopia
    ("un compromis enfin esquissé sur le remplissage", P, CO, 1, "adverb; hedge"),  # j; Egypt-Ethiopia
    ("des positions inchangées de part et d'autre", U, CO, 1, "balanced"),  # j; Egypt-Ethiopia
    ("Orbán, le mouton noir de Bruxelles", N, OT, 2, "idiom; stance"),  # j; Hungary-EU
    ("un veto hongrois toujours en suspens", U, OT, 1, "uncertainty"),  # j; Hungary-EU
    ("un compromis trouvé in extremis avec Budapest", P, CO, 2, "adverb"),  # j; Hungary-EU
    ("Orbán reçu à Bruxelles pour un dîner de travail", U, OT, 1, "form of meeting"),  # j; Hungary-EU
    ("entre Bruxelles et Budapest, une trêve armée", N, CF, 1, "idiom; war vocabulary"),  # j; Hungary-EU
    ("la fin d'un demi-siècle de brouille", P, CO, 3, "idiom"),  # j; US-Cuba
    ("Washington referme la parenthèse Obama", N, CO, 2, "idiom"),  # j; US-Cuba
    ("La Havane dénonce un retour en arrière", N, CF, 2, "stance"),  # j; US-Cuba
    ("des discussions migratoires de routine", U, CO, 1, "form of meeting; diminisher"),  # j; US-Cuba
    ("La Havane dit vouloir une relation civilisée", P, OT, 1, "stance"),  # j; US-Cuba
    ("un accord historique signé à Doha", P, CO, 3, "plain evaluation"),  # j; US-Taliban
    ("neuf cycles de pourparlers au Qatar", U, OT, 1, "form of meeting"),  # j; US-Taliban
    ("Trump annule les pourparlers secrets de Camp David", N, OT, 2, "form of meeting"),  # j; US-Taliban
    ("un accord de sortie plus que de paix", N, CO, 2, "diminisher"),  # j; US-Taliban
    ("les talibans jugent l'accord équilibré", P, CO, 1, "plain evaluation"),  # j; US-Taliban
]

make(ROWS, AVOID, "dev10.csv", HERE)
