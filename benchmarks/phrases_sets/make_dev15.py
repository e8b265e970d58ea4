#!/usr/bin/env python3
"""Write dev15.csv (development list of constructed French framing phrases: the neutral/polar line).
Standard library only; the checks and the writing are list_check.py's.
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
    ("une conversation d'une rare cordialité", P, OT, 2, "atmosphere; intensifier"),  # j
    ("nous avons fait de vrais progrès", P, CO, 2, "plain evaluation"),  # q
    ("des discussions très constructives", P, CO, 2, "plain evaluation; intensifier"),  # q
    ("je crois qu'il veut la paix", P, OT, 1, "stance; hedge"),  # q
    ("une volonté commune de stabiliser la relation", P, CO, 2, "shared aim"),  # j
    ("un rapprochement spectaculaire entre Washington et Moscou", P, CO, 3, "plain evaluation; intensifier"),  # j
    ("les deux présidents ont trouvé un accord", P, CO, 2, "plain evaluation"),  # j
    ("un entretien jugé fructueux de part et d'autre", P, CO, 2, "plain evaluation"),  # j
    ("Trump salue un dirigeant fort", P, OT, 2, "stance"),  # j
    ("Poutine vante le pragmatisme de Trump", P, OT, 2, "stance"),  # j
    ("nous nous sommes quittés en bons termes", P, OT, 2, "atmosphere"),  # q
    ("une longue poignée de main souriante", P, OT, 1, "spectacle"),  # j
    ("rétablir des relations normales", P, CO, 2, "shared aim"),  # q
    ("un premier pas vers la désescalade", P, CF, 2, "plain evaluation"),  # j
    ("la tension est nettement retombée", P, CF, 2, "adverb"),  # j
    ("une coopération exemplaire sur le dossier syrien", P, CO, 3, "plain evaluation; intensifier"),  # q
    ("une entente réelle entre les deux hommes", P, OT, 2, "atmosphere"),  # j
    ("des avancées concrètes sur l'échange de prisonniers", P, CO, 2, "plain evaluation"),  # j
    ("une conversation utile", P, CO, 1, "plain evaluation"),  # q
    ("un dialogue enfin relancé", P, CO, 2, "adverb"),  # j
    ("un climat apaisé à Anchorage", P, CF, 2, "atmosphere"),  # j
    ("les deux camps disent vouloir la paix en Ukraine", P, CO, 1, "shared aim; hedge"),  # j
    ("un accueil d'une grande chaleur", P, OT, 2, "atmosphere; intensifier"),  # j
    ("un geste de bonne volonté de Moscou", P, OT, 2, "stance"),  # j
    ("nos intérêts convergent sur bien des points", P, CO, 2, "shared aim"),  # q
    ("une relation qui repart sur de bonnes bases", P, CO, 2, "idiom"),  # j
    ("un contact direct enfin rétabli", P, CO, 2, "form of meeting; adverb"),  # j
    ("un échange empreint de franchise", P, OT, 1, "atmosphere"),  # q
    ("l'espoir d'une sortie de crise", P, CO, 1, "shared aim; uncertainty"),  # j
    ("Trump se dit très honoré de l'invitation", P, OT, 2, "stance; intensifier"),  # j
    ("un pas de géant pour la relation", P, CO, 3, "idiom; intensifier"),  # q
    ("nous avons eu un moment formidable", P, OT, 2, "plain evaluation"),  # q
    # neutral
    ("un appel d'environ deux heures", U, OT, 1, "form of meeting"),  # j
    ("à la demande de la partie américaine", U, OT, 1, "form of meeting"),  # j
    ("une rencontre prévue en marge du G20", U, OT, 1, "form of meeting"),  # j
    ("l'ordre du jour reste à fixer", U, OT, 1, "form of meeting; uncertainty"),  # j
    ("les deux délégations se retrouveront à Riyad", U, CO, 1, "form of meeting"),  # j
    ("une conversation consacrée à l'Ukraine et au Proche-Orient", U, OT, 1, "form of meeting"),  # j
    ("des résultats difficiles à évaluer pour l'instant", U, OT, 1, "uncertainty"),  # j
    ("chaque camp a exposé ses positions", U, OT, 1, "balanced"),  # j
    ("Moscou parle d'un échange constructif", U, OT, 1, "hedge"),  # j
    ("ce que Washington appelle une conversation positive", U, OT, 1, "hedge"),  # j
    ("un dialogue qualifié d'hostile par la presse russe", U, OT, 1, "hedge"),  # j
    ("un appel annoncé par le Kremlin mardi soir", U, OT, 1, "form of meeting"),  # j
    ("un tête-à-tête avec seulement les interprètes", U, OT, 1, "form of meeting"),  # j
    ("une rencontre en format restreint", U, OT, 1, "form of meeting"),  # j
    ("des contacts au niveau des ministres", U, CO, 1, "form of meeting"),  # j
    ("il est trop tôt pour parler d'accord", U, CO, 1, "uncertainty; hedge"),  # q
    ("l'avenir dira si cela débouche", U, OT, 1, "uncertainty"),  # q
    ("ni percée ni rupture à l'issue de l'appel", U, OT, 1, "balanced"),  # j
    ("des points d'accord et des divergences", U, OT, 1, "balanced"),  # j
    ("des avancées sur certains dossiers, pas sur d'autres", U, CO, 1, "balanced"),  # j
    ("Moscou dit étudier la proposition américaine", U, OT, 1, "stance"),  # j
    ("la Maison Blanche prend acte de la réponse russe", U, OT, 1, "stance"),  # j
    ("aucune date n'a encore été fixée", U, OT, 1, "form of meeting; uncertainty; negation"),  # j
    ("une rencontre dont le lieu reste à déterminer", U, OT, 1, "form of meeting; uncertainty"),  # j
    ("les conseillers diplomatiques préparent le terrain", U, CO, 1, "form of meeting"),  # j
    ("un échange centré sur le contrôle des armements", U, OT, 1, "form of meeting"),  # j
    ("des discussions techniques entre experts", U, CO, 1, "form of meeting"),  # j
    ("ni amis ni ennemis, a résumé un diplomate", U, OT, 1, "balanced; negation"),  # q
    ("difficile de prédire la suite des discussions", U, OT, 1, "uncertainty"),  # j
    ("une rencontre en Alaska, terre autrefois russe", U, OT, 1, "form of meeting"),  # j
    ("un compte rendu sobre publié par la Maison Blanche", U, OT, 1, "form of meeting"),  # j
    ("un échange de vues sur la sécurité européenne", U, OT, 1, "form of meeting"),  # j
    ("Poutine voudrait un accord, reste à voir", U, CO, 1, "hedge; uncertainty"),  # j
    ("un communiqué commun au ton factuel", U, OT, 1, "atmosphere"),  # j
    ("deux lectures opposées de la même conversation", U, OT, 1, "balanced"),  # j
    ("Trump enthousiaste, Moscou plus sobre", U, OT, 1, "balanced"),  # j
    # negative
    ("des pourparlers sans résultat", N, CO, 2, "failed cooperation"),  # j
    ("une rencontre maintenue, sans plus", N, OT, 1, "form of meeting; diminisher"),  # j
    ("un appel passé à la seule demande de Moscou", N, OT, 1, "form of meeting; stance"),  # j
    ("les rapports n'ont jamais été aussi mauvais", N, CF, 3, "plain evaluation; intensifier; negation"),  # q
    ("une montée des tensions entre les deux capitales", N, CF, 2, "plain evaluation"),  # j
    ("une escalade verbale inquiétante", N, CF, 2, "plain evaluation"),  # j
    ("Trump ne cache plus son agacement envers Poutine", N, OT, 2, "stance; negation"),  # j
    ("des menaces à peine voilées", N, CF, 2, "plain evaluation"),  # j
    ("un simple tour de table protocolaire", N, OT, 1, "form of meeting; diminisher"),  # j
    ("un entretien écourté", N, OT, 1, "form of meeting"),  # j
    ("une méfiance profonde entre les deux camps", N, CF, 2, "plain evaluation; intensifier"),  # j
    ("les négociations patinent", N, CO, 2, "idiom; failed cooperation"),  # j
    ("l'ombre de l'enquête russe sur la rencontre", N, OT, 2, "idiom; atmosphere"),  # j
    ("le Kremlin dénonce une provocation américaine", N, CF, 2, "stance"),  # j
    ("une rhétorique de plus en plus belliqueuse", N, CF, 2, "war vocabulary; intensifier"),  # j
    ("des engagements jamais honorés", N, CO, 2, "failed cooperation; negation"),  # j
    ("un rendez-vous manqué", N, CO, 2, "idiom; failed cooperation"),  # j
    ("une ambiance tendue à la conférence de presse", N, OT, 2, "atmosphere"),  # j
    ("Poutine a fait attendre Trump", N, OT, 1, "spectacle; stance"),  # j
    ("une mise en scène au profit du Kremlin", N, OT, 2, "spectacle"),  # j
    ("la conversation n'a rien donné", N, CO, 2, "failed cooperation; negation"),  # j
    ("l'appel s'est limité aux formalités", N, OT, 1, "diminisher; form of meeting"),  # j
    ("des positions toujours inconciliables", N, CF, 2, "plain evaluation; adverb"),  # j
    ("Washington hausse le ton face à Moscou", N, CF, 2, "idiom"),  # j
    ("Trump menace Moscou de représailles économiques", N, CF, 2, "stance"),  # j
    ("un cessez-le-feu que Moscou continue d'esquiver", N, CO, 2, "failed cooperation"),  # j
    ("un fossé qui se creuse entre les deux puissances", N, CF, 2, "idiom"),  # j
    ("une spirale de représailles diplomatiques", N, CF, 3, "idiom; intensifier"),  # j
    ("une relation empoisonnée par les soupçons", N, CF, 2, "idiom"),  # j
    ("une rencontre sous haute tension", N, CF, 2, "atmosphere; intensifier"),  # j
    ("le dialogue est rompu", N, CO, 3, "failed cooperation"),  # j
    ("la réunion a tourné au fiasco", N, OT, 3, "plain evaluation"),  # j
    # --- other pairs ---
    # positive
    ("Xi et Trump affichent leur entente à Busan", P, OT, 2, "atmosphere"),  # j China-US
    ("un accord commercial salué par les deux capitales", P, CO, 2, "plain evaluation"),  # j China-US
    ("un nouvel élan pour la relation franco-algérienne", P, CO, 2, "plain evaluation"),  # j France-Algeria
    ("une relation apaisée avec Paris", P, CF, 1, "atmosphere"),  # q Algeria-France (Tebboune)
    ("une lettre magnifique de Kim Jong-un", P, OT, 2, "stance"),  # q North Korea-US (Trump)
    ("la dénucléarisation comme objectif commun", P, CO, 1, "shared aim"),  # j North Korea-US
    ("Belgrade et Pristina acceptent de reprendre le dialogue", P, CO, 2, "plain evaluation"),  # j Serbia-Kosovo
    ("Erdogan et Poutine affichent une complicité ancienne", P, OT, 2, "atmosphere"),  # j Turkey-Russia
    ("un échange de prisonniers réussi entre Kiev et Moscou", P, CO, 2, "plain evaluation"),  # j Ukraine-Russia
    ("la reprise des relations entre Riyad et Téhéran", P, CO, 2, "plain evaluation"),  # j Saudi Arabia-Iran
    ("un partenariat stratégique renforcé", P, CO, 2, "plain evaluation"),  # q China-Russia (Xi)
    ("Modi et Sharif optent pour l'apaisement", P, CF, 2, "plain evaluation"),  # j India-Pakistan
    ("un traité de paix enfin paraphé", P, CO, 3, "adverb"),  # j Armenia-Azerbaijan
    ("une relation de confiance avec Londres", P, OT, 1, "stance"),  # q EU-UK (Commission)
    ("Pékin et Tokyo se reparlent enfin", P, CO, 2, "adverb"),  # j China-Japan
    ("une coopération climatique relancée entre Pékin et Bruxelles", P, CO, 2, "shared aim"),  # j EU-China
    ("un échange exigeant mais utile", P, CO, 1, "concession"),  # q France-Russia (Macron)
    ("une visite d'État célébrée en grande pompe", P, OT, 2, "spectacle"),  # j China-France (Xi in Paris)
    # neutral
    ("une rencontre en Californie, la première depuis un an", U, OT, 1, "form of meeting"),  # j China-US
    ("une visioconférence de trois heures entre Xi et Biden", U, OT, 1, "form of meeting"),  # j China-US
    ("Alger et Paris doivent encore préciser le calendrier", U, CO, 1, "uncertainty"),  # j France-Algeria
    ("un envoyé spécial dépêché à Alger", U, OT, 1, "form of meeting"),  # j France-Algeria
    ("les émissaires serbes et kosovars à Ohrid", U, OT, 1, "form of meeting"),  # j Serbia-Kosovo
    ("des pourparlers directs à Istanbul", U, OT, 1, "form of meeting"),  # j Ukraine-Russia
    ("des délégations de rang modeste", U, OT, 1, "form of meeting"),  # j Ukraine-Russia
    ("une médiation chinoise entre Riyad et Téhéran", U, OT, 1, "form of meeting"),  # j Saudi Arabia-Iran
    ("Ankara se pose en intermédiaire", U, OT, 1, "stance"),  # j Turkey-Russia
    ("Erdogan reçu à Sotchi pour quelques heures", U, OT, 1, "form of meeting"),  # j Turkey-Russia
    ("un échange de lettres entre Pyongyang et Washington", U, OT, 1, "form of meeting"),  # j North Korea-US
    ("une rencontre dans la zone démilitarisée", U, OT, 1, "form of meeting"),  # j North Korea-US
    ("New Delhi dit attendre des gestes concrets", U, OT, 1, "stance"),  # j India-Pakistan
    ("une ligne directe entre états-majors", U, CF, 1, "form of meeting"),  # j India-Pakistan
    ("une réunion annuelle à Pékin", U, OT, 1, "form of meeting"),  # j EU-China
    ("Bruxelles réserve son jugement sur les promesses chinoises", U, OT, 1, "hedge; stance"),  # j EU-China
    ("un appel à l'initiative de l'Élysée", U, OT, 1, "form of meeting"),  # j France-Russia
    ("Paris qualifie l'échange de franc", U, OT, 1, "hedge"),  # j France-Russia
    ("un calendrier de négociation encore flou", U, CO, 1, "uncertainty"),  # j Armenia-Azerbaijan
    ("une rencontre à Washington sous l'égide américaine", U, OT, 1, "form of meeting"),  # j Armenia-Azerbaijan
    ("des négociations sur la pêche entre Londres et Bruxelles", U, OT, 1, "form of meeting"),  # j UK-EU
    ("Tokyo parle d'un dialogue nécessaire avec Pékin", U, CO, 1, "hedge"),  # j Japan-China
    ("un entretien en marge de l'APEC", U, OT, 1, "form of meeting"),  # j Japan-China
    ("Washington et Pékin réaffirment leurs positions respectives", U, OT, 1, "balanced"),  # j China-US
    # negative
    ("une trêve commerciale fragile", N, CF, 1, "positive word in negative frame"),  # j China-US
    ("des accusations d'espionnage en série", N, CF, 2, "plain evaluation"),  # j China-US
    ("une nouvelle crise entre Paris et Alger", N, CF, 2, "plain evaluation"),  # j France-Algeria
    ("Alger dénonce une ingérence française", N, CF, 2, "stance"),  # j France-Algeria
    ("des négociations dans l'impasse entre Belgrade et Pristina", N, CO, 2, "failed cooperation; idiom"),  # j Serbia-Kosovo
    ("un climat délétère entre Serbes et Kosovars", N, CF, 2, "atmosphere"),  # j Serbia-Kosovo
    ("Islamabad et New Delhi échangent des menaces", N, CF, 2, "war vocabulary"),  # j India-Pakistan
    ("des pourparlers d'Istanbul réduits à un échange de listes", N, CO, 2, "diminisher; failed cooperation"),  # j Ukraine-Russia
    ("Moscou et Kiev s'accusent mutuellement de sabotage", N, CF, 2, "stance"),  # j Ukraine-Russia
    ("une guerre commerciale larvée entre Bruxelles et Pékin", N, CF, 2, "war vocabulary; idiom"),  # j EU-China
    ("Hanoï, un rendez-vous écourté sans accord", N, CO, 2, "failed cooperation; form of meeting"),  # j North Korea-US
    ("des insultes personnelles entre Kim et Trump", N, CF, 3, "stance; intensifier"),  # j North Korea-US
    ("un partenariat turco-russe plein d'arrière-pensées", N, OT, 1, "idiom"),  # j Turkey-Russia
    ("Macron n'obtient rien de Poutine", N, CO, 2, "failed cooperation; negation"),  # j France-Russia
    ("une méfiance tenace entre Bakou et Erevan", N, CF, 2, "plain evaluation"),  # j Armenia-Azerbaijan
    ("Londres et Bruxelles, un divorce amer", N, CF, 2, "idiom"),  # j UK-EU
    ("Téhéran et Riyad restent sur leurs gardes", N, CF, 1, "hedge"),  # j Saudi Arabia-Iran
    ("Pékin convoque l'ambassadeur japonais", N, CF, 2, "stance"),  # j China-Japan
]

if __name__ == "__main__":
    make(ROWS, AVOID, "dev15.csv", HERE)
