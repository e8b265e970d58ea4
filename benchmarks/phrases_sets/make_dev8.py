#!/usr/bin/env python3
"""Write dev8.csv (DEVELOPMENT list of constructed French framing phrases as they occur inside
running news text; tuning allowed). Standard library only; the checks and the writing are
list_check.py's.
Checks labels, frames, strengths (neutral = 1), notes (fixed list of 19 types), length (2-10
whitespace-separated words), uniqueness and avoidance of the examples in make_test8.py's AVOID
list (imported, not read); prints the make-up, then the voice and pair make-up kept in this
script only (the CSV columns are list_check's five); exits non-zero on error."""
import os
import sys
from collections import Counter

sys.dont_write_bytecode = True  # leave no __pycache__ next to the scripts

from list_check import CF, CO, OT, N, P, U, make  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# make_test8.py's AVOID list (the examples quoted in PHRASES.md and in earlier lists' READMEs),
# imported as the earlier dev scripts do; its entries were not read by the author of this list. A
# phrase is refused if it contains one of these or is contained in one (case-insensitive,
# apostrophes and spaces normalised).
from make_test8 import AVOID  # noqa: E402

# Voice (PHRASES.md): J = journalist, Q = inside reported speech (direct or indirect, incl. the
# content of speech and stance verbs: se dire, accuser, rejeter, accepter de, s'engager à, promettre,
# qualifier de, selon X, faire état de). Attitude verbs and agreement predicates (vouloir, attendre,
# convenir de, s'accorder) are J, as in GUIDELINES.md. A bare fragment has the voice of the sentence
# the annotator had in mind.
J, Q = "journalist", "quoted"

# Pairs. Block A (90 rows): US-RU = Trump-Putin / Biden-Putin / US-Russia channel (incl. the
# 2025 Trump-Putin calls on Ukraine); RU-UA = Russia-Ukraine talks, direct or US-mediated
# (Belarus and Istanbul 2022, Istanbul 2025, Geneva 2025). Block B (70 rows): ten other pairs.
PAIRS = {
    "US-RU": "A: Trump-Putin / US-Russia",
    "RU-UA": "A: Russia-Ukraine talks",
    "FR-CN": "B: Macron-Xi / France-China",
    "US-CN": "B: Biden-Xi / US-China",
    "TR-RU": "B: Erdogan-Putin / Turkey-Russia",
    "IN-PK": "B: Modi-Sharif / India-Pakistan",
    "IL-HA": "B: Israel-Hamas (Qatari, Egyptian, US mediation)",
    "RS-XK": "B: Serbia-Kosovo (EU-facilitated dialogue)",
    "EU-UK": "B: EU-UK",
    "DZ-MA": "B: Algeria-Morocco",
    "KP-KR": "B: the two Koreas",
    "IR-US": "B: Iran-US (Omani mediation)",
}

ROWS = [
    # ---------------- Block A: Trump-Putin / US-Russia / Russia-Ukraine (90) ----------------
    # positive (37)
    ("un échange long et très substantiel", P, CO, 2, "plain evaluation; intensifier", Q, "US-RU"),
    ("une conversation d'une rare cordialité", P, OT, 3, "atmosphere; intensifier", Q, "US-RU"),
    ("les deux hommes se sont quittés sur une note chaleureuse", P, OT, 2, "atmosphere", J, "US-RU"),
    ("nous avons fait des progrès considérables", P, CO, 3, "plain evaluation; intensifier", Q, "US-RU"),
    ("un premier pas encourageant vers un règlement", P, CO, 2, "plain evaluation; shared aim", Q, "RU-UA"),
    ("une entente s'est dessinée sur l'échange de prisonniers", P, CO, 2, "plain evaluation", J, "RU-UA"),
    ("une vraie alchimie entre les deux présidents", P, OT, 2, "atmosphere; idiom", J, "US-RU"),
    ("un tête-à-tête prolongé bien au-delà du programme", P, OT, 1, "form of meeting; adverb", J, "US-RU"),
    ("des pourparlers qualifiés de productifs par les deux camps", P, CO, 2, "plain evaluation", Q, "US-RU"),
    ("je crois que nous allons très bien nous entendre", P, CO, 1, "hedge; stance", Q, "US-RU"),
    ("un homme avec qui l'on peut traiter", P, OT, 2, "stance", Q, "US-RU"),
    ("fini le temps des invectives entre Washington et Moscou", P, CF, 2, "idiom", J, "US-RU"),
    ("la glace semble enfin rompue", P, CO, 1, "idiom; hedge", J, "US-RU"),
    ("un accord de principe sur une trêve énergétique", P, CO, 2, "plain evaluation", J, "US-RU"),
    ("Kiev et Moscou ont enfin trouvé un terrain commun", P, CO, 2, "idiom; adverb", J, "RU-UA"),
    ("une percée inespérée à Istanbul", P, CO, 3, "plain evaluation", J, "RU-UA"),
    ("nous sommes plus proches que jamais d'un accord", P, CO, 3, "intensifier", Q, "RU-UA"),
    ("l'ambiance était détendue, presque amicale", P, OT, 2, "atmosphere; hedge", J, "US-RU"),
    ("Poutine veut vraiment la paix", P, OT, 2, "stance; adverb", Q, "RU-UA"),
    ("une poignée de main appuyée, tout sourire", P, OT, 2, "atmosphere; spectacle", J, "US-RU"),
    ("le tapis rouge déroulé pour Poutine à Anchorage", P, OT, 1, "spectacle; form of meeting; idiom", J, "US-RU"),
    ("les deux présidents ont promis de se revoir rapidement", P, CO, 1, "form of meeting", Q, "US-RU"),
    ("une conversation franche, mais respectueuse", P, OT, 1, "atmosphere; concession", Q, "US-RU"),
    ("un geste de bonne volonté salué à Washington", P, CO, 2, "stance", Q, "US-RU"),
    ("les négociateurs ont bien avancé sur le texte", P, CO, 2, "adverb; plain evaluation", J, "RU-UA"),
    ("Moscou accepte le principe d'un cessez-le-feu", P, CO, 1, "stance", Q, "RU-UA"),
    ("une rencontre formidable à tous points de vue", P, CO, 3, "plain evaluation; intensifier", Q, "US-RU"),
    ("l'espoir renaît d'une sortie négociée", P, CO, 2, "shared aim; idiom", J, "RU-UA"),
    ("un réchauffement perceptible entre Washington et Moscou", P, CO, 1, "diminisher; idiom", J, "US-RU"),
    ("des échanges parfois tendus, mais utiles au bout du compte", P, CO, 1, "concession; hedge", Q, "RU-UA"),
    ("Zelensky se dit prêt à rencontrer Poutine", P, CO, 1, "stance", Q, "RU-UA"),
    ("ce ne fut pas une perte de temps", P, CO, 1, "litotes; negation", Q, "US-RU"),
    ("aucune friction apparente entre les deux dirigeants", P, OT, 1, "negation; hedge; atmosphere", J, "US-RU"),
    ("des avancées modestes mais réelles", P, CO, 1, "diminisher; concession", Q, "RU-UA"),
    ("Washington et Moscou s'accordent sur la nécessité de reprendre contact", P, CO, 2, "shared aim", J, "US-RU"),
    ("les tensions sont retombées d'un cran", P, CF, 1, "idiom", J, "US-RU"),
    ("une désescalade verbale bienvenue", P, CF, 2, "plain evaluation", J, "US-RU"),
    # neutral (20)
    ("un entretien d'un peu plus de deux heures", U, OT, 1, "form of meeting", J, "US-RU"),
    ("aucune conférence de presse commune n'est prévue", U, OT, 1, "form of meeting; negation", J, "US-RU"),
    ("une nouvelle rencontre n'est pas exclue", U, OT, 1, "uncertainty; negation", Q, "US-RU"),
    ("la date et le lieu restent à fixer", U, OT, 1, "uncertainty; form of meeting", J, "US-RU"),
    ("difficile de dire à ce stade ce qui en sortira", U, OT, 1, "uncertainty; hedge", J, "RU-UA"),
    ("les deux parties ont exposé leurs positions respectives", U, CO, 1, "plain evaluation", J, "RU-UA"),
    ("un premier contact, avant des discussions plus approfondies", U, CO, 1, "form of meeting", Q, "US-RU"),
    ("les pourparlers reprendront à Genève la semaine prochaine", U, OT, 1, "form of meeting", J, "RU-UA"),
    ("chacun campe sur ses positions, mais le canal reste ouvert", U, CO, 1, "balanced; idiom", J, "RU-UA"),
    ("des progrès sur certains points, des blocages sur d'autres", U, CO, 1, "balanced", Q, "RU-UA"),
    ("la suite est entre les mains du Kremlin", U, OT, 1, "uncertainty; idiom", Q, "RU-UA"),
    ("ni Washington ni Moscou n'ont publié de compte rendu détaillé", U, OT, 1, "form of meeting; negation", J, "US-RU"),
    ("une tension contenue, sans nouvelle escalade", U, CF, 1, "balanced; negation", J, "US-RU"),
    ("Moscou dit étudier attentivement la proposition américaine", U, CO, 1, "stance", Q, "RU-UA"),
    ("pas d'avancée majeure, pas de clash non plus", U, CO, 1, "balanced; negation", J, "US-RU"),
    ("la porte reste entrouverte, à certaines conditions", U, CO, 1, "hedge; idiom", Q, "RU-UA"),
    ("le Kremlin reste prudent sur les chances d'un accord", U, OT, 1, "uncertainty; stance", J, "RU-UA"),
    ("les contacts se poursuivent au niveau des experts", U, CO, 1, "form of meeting", Q, "US-RU"),
    ("une trêve dont le respect reste difficile à vérifier", U, CF, 1, "uncertainty", J, "RU-UA"),
    ("une rencontre sans éclat mais sans heurt", U, OT, 1, "balanced; negation", J, "US-RU"),
    # negative (33)
    ("aucune avancée concrète après trois heures d'échanges", N, CO, 2, "negation; failed cooperation", J, "US-RU"),
    ("les pourparlers se heurtent à un mur", N, CO, 2, "idiom; failed cooperation", J, "RU-UA"),
    ("une rencontre qui n'a débouché sur rien", N, CO, 2, "negation; failed cooperation", J, "US-RU"),
    ("l'impasse reste totale sur la question territoriale", N, CO, 3, "failed cooperation; intensifier", J, "RU-UA"),
    ("un climat glacial entre les deux délégations", N, OT, 3, "atmosphere", J, "RU-UA"),
    ("je commence à perdre patience avec Moscou", N, OT, 2, "stance", Q, "US-RU"),
    ("Moscou accuse Washington de saboter les discussions", N, CF, 2, "stance", Q, "US-RU"),
    ("le ton s'est durci d'un appel à l'autre", N, CF, 2, "atmosphere", J, "US-RU"),
    ("un cessez-le-feu qui n'aura tenu que quelques heures", N, CO, 2, "positive word in negative frame; diminisher", J, "RU-UA"),
    ("un plan de paix taillé sur mesure pour le Kremlin", N, CO, 2, "positive word in negative frame; idiom", J, "RU-UA"),
    ("les deux camps restent à des années-lumière d'un accord", N, CO, 3, "idiom; failed cooperation", J, "RU-UA"),
    ("Kiev rejette en bloc les exigences russes", N, CF, 2, "stance", Q, "RU-UA"),
    ("des exigences maximalistes qui rendent tout compromis illusoire", N, CO, 3, "failed cooperation", J, "RU-UA"),
    ("le Kremlin fait traîner les choses, selon Washington", N, OT, 2, "stance; idiom", Q, "RU-UA"),
    ("la défiance mutuelle n'a jamais été aussi forte", N, OT, 3, "stance; intensifier; negation", J, "US-RU"),
    ("des relations au plus bas depuis des décennies", N, CF, 3, "plain evaluation; intensifier", J, "US-RU"),
    ("un ultimatum de cinquante jours adressé au Kremlin", N, CF, 2, "stance", J, "US-RU"),
    ("un texte signé, mais qui ne règle rien au fond", N, CO, 2, "concession; negation; failed cooperation", J, "RU-UA"),
    ("sans même une conférence de presse commune", N, OT, 1, "form of meeting; negation", J, "US-RU"),
    ("les deux hommes ont évité de se regarder", N, OT, 2, "atmosphere; spectacle", J, "US-RU"),
    ("une poignée de main furtive, sans un sourire", N, OT, 2, "atmosphere; spectacle", J, "US-RU"),
    ("des bombardements qui sapent les pourparlers", N, CO, 2, "war vocabulary; failed cooperation", J, "RU-UA"),
    ("des discussions qui tournent à vide", N, CO, 2, "idiom; failed cooperation", J, "RU-UA"),
    ("Moscou n'a aucune intention de négocier sérieusement", N, CO, 3, "stance; negation", Q, "RU-UA"),
    ("l'Ukraine tenue à l'écart de discussions qui la concernent", N, CO, 2, "stance", J, "RU-UA"),
    ("le dialogue sur la maîtrise des armements est à l'arrêt", N, CO, 2, "failed cooperation", J, "US-RU"),
    ("des promesses de paix restées sans effet", N, CO, 2, "positive word in negative frame", J, "RU-UA"),
    ("un échange d'amabilités de façade", N, OT, 2, "atmosphere; positive word in negative frame", J, "US-RU"),
    ("la méfiance l'a emporté sur la bonne volonté affichée", N, OT, 2, "stance; positive word in negative frame", J, "US-RU"),
    ("on est loin, très loin d'une percée", N, CO, 2, "intensifier; failed cooperation", Q, "RU-UA"),
    ("pas question de céder un centimètre de territoire", N, CF, 3, "stance; negation", Q, "RU-UA"),
    ("le fossé entre les deux positions s'est creusé", N, CF, 2, "idiom", J, "RU-UA"),
    ("les relations ne sont pas au beau fixe", N, CF, 1, "litotes; idiom; negation", J, "US-RU"),
    # ---------------- Block B: ten other pairs (70) ----------------
    # France-China
    ("un dialogue sincère et sans tabou avec le président Xi", P, CO, 2, "plain evaluation", Q, "FR-CN"),
    ("une relation empreinte de respect mutuel", P, OT, 2, "atmosphere; stance", Q, "FR-CN"),
    ("Paris et Pékin veulent peser ensemble pour le climat", P, CO, 2, "shared aim", J, "FR-CN"),
    ("une séquence plus informelle dans les jardins du gouverneur", U, OT, 1, "form of meeting", J, "FR-CN"),
    ("des divergences persistantes sur le soutien chinois à Moscou", N, CF, 2, "plain evaluation", J, "FR-CN"),
    ("Macron n'a guère obtenu d'engagement de Xi", N, CO, 1, "diminisher; failed cooperation; negation", J, "FR-CN"),
    ("la guerre commerciale du cognac envenime les échanges", N, CF, 2, "war vocabulary; idiom", J, "FR-CN"),
    # US-China
    ("un échange franc et approfondi de plus de quatre heures", P, CO, 1, "plain evaluation; form of meeting", J, "US-CN"),
    ("le rétablissement des canaux de communication entre militaires", P, CO, 2, "plain evaluation", J, "US-CN"),
    ("s'engager à empêcher que la rivalité ne dégénère", P, CF, 2, "shared aim", Q, "US-CN"),
    ("une rivalité gérée plutôt qu'apaisée", U, CF, 1, "balanced", J, "US-CN"),
    ("une rencontre en marge du forum de l'APEC, à Lima", U, OT, 1, "form of meeting", J, "US-CN"),
    ("Pékin met en garde Washington contre toute ingérence sur Taïwan", N, CF, 2, "stance", Q, "US-CN"),
    ("Biden traite de nouveau Xi de dictateur", N, OT, 3, "stance", Q, "US-CN"),
    # Turkey-Russia
    ("mon cher ami Vladimir", P, OT, 2, "stance", Q, "TR-RU"),
    ("une coopération énergétique florissante entre Ankara et Moscou", P, CO, 2, "plain evaluation", J, "TR-RU"),
    ("les deux dirigeants affichent une complicité évidente", P, OT, 2, "atmosphere; spectacle", J, "TR-RU"),
    ("un numéro d'équilibriste turc entre Moscou et l'Occident", U, OT, 1, "balanced; idiom", J, "TR-RU"),
    ("une relation minée par les arrière-pensées", N, OT, 2, "stance; idiom", J, "TR-RU"),
    ("Erdogan contraint de patienter devant les caméras", N, OT, 1, "spectacle", J, "TR-RU"),
    ("des intérêts qui divergent nettement en Syrie", N, CF, 2, "adverb", J, "TR-RU"),
    # India-Pakistan
    ("les deux voisins semblent vouloir éviter l'escalade", P, CF, 1, "hedge", J, "IN-PK"),
    ("une trêve plus solide qu'on ne le craignait", P, CF, 1, "plain evaluation", J, "IN-PK"),
    ("Islamabad se dit ouvert à un dialogue global", P, CO, 1, "stance", Q, "IN-PK"),
    ("un contact entre les directeurs des opérations militaires", U, OT, 1, "form of meeting", J, "IN-PK"),
    ("Modi et Sharif n'ont échangé qu'un salut protocolaire", N, OT, 1, "diminisher; form of meeting; negation", J, "IN-PK"),
    ("New Delhi refuse toute médiation étrangère", N, CO, 2, "stance", Q, "IN-PK"),
    ("la suspension du traité de l'Indus empoisonne les relations", N, CF, 2, "idiom", J, "IN-PK"),
    # Israel-Hamas, through mediators
    ("les médiateurs font état de progrès significatifs", P, CO, 2, "plain evaluation", Q, "IL-HA"),
    ("les deux camps ont accepté la première phase du plan", P, CO, 2, "stance", Q, "IL-HA"),
    ("les négociations indirectes reprennent au Caire", U, OT, 1, "form of meeting", J, "IL-HA"),
    ("Doha dit attendre la réponse des deux parties", U, OT, 1, "uncertainty", Q, "IL-HA"),
    ("Israël et le Hamas s'accusent mutuellement de bloquer l'accord", N, CF, 2, "stance", Q, "IL-HA"),
    ("des mois de navettes diplomatiques pour presque rien", N, CO, 2, "diminisher; failed cooperation", J, "IL-HA"),
    # Serbia-Kosovo
    ("un pas significatif vers la normalisation, selon Bruxelles", P, CO, 2, "plain evaluation", Q, "RS-XK"),
    ("Vučić et Kurti acceptent de revenir à la table", P, CO, 1, "stance; idiom", Q, "RS-XK"),
    ("un format à trois, avec le représentant spécial de l'UE", U, OT, 1, "form of meeting", J, "RS-XK"),
    ("un dialogue dont l'issue dépend largement des élections à Pristina", U, OT, 1, "uncertainty", J, "RS-XK"),
    ("Belgrade et Pristina refusent de se serrer la main", N, OT, 2, "spectacle; atmosphere", J, "RS-XK"),
    ("un dialogue facilité par l'UE qui patine depuis des années", N, CO, 2, "idiom; failed cooperation", J, "RS-XK"),
    ("Kurti accuse Belgrade de vouloir déstabiliser le nord", N, CF, 2, "stance", Q, "RS-XK"),
    # EU-UK
    ("une nouvelle page s'ouvre entre Londres et Bruxelles", P, CO, 2, "idiom", J, "EU-UK"),
    ("un partenariat renouvelé, selon Keir Starmer", P, CO, 2, "plain evaluation", Q, "EU-UK"),
    ("la confiance est revenue des deux côtés de la Manche", P, OT, 2, "stance", J, "EU-UK"),
    ("des rendez-vous réguliers au niveau des dirigeants", U, OT, 1, "form of meeting", J, "EU-UK"),
    ("les discussions sur la pêche restent ouvertes", U, CO, 1, "uncertainty", J, "EU-UK"),
    ("des années d'invectives et de méfiance", N, CF, 2, "plain evaluation", J, "EU-UK"),
    ("Londres reproche à Bruxelles son intransigeance", N, CF, 2, "stance", Q, "EU-UK"),
    # Algeria-Morocco
    ("le roi réitère sa disponibilité au dialogue avec Alger", P, CO, 1, "stance", Q, "DZ-MA"),
    ("des signaux timides de décrispation", P, CF, 1, "diminisher", J, "DZ-MA"),
    ("une médiation saoudienne accueillie avec intérêt", P, CO, 1, "hedge", J, "DZ-MA"),
    ("aucune réaction officielle d'Alger", U, OT, 1, "negation; uncertainty", J, "DZ-MA"),
    ("des relations rompues depuis 2021, sans perspective de reprise", N, CO, 3, "failed cooperation; negation", J, "DZ-MA"),
    ("une rivalité qui s'exacerbe autour du Sahara occidental", N, CF, 2, "plain evaluation", J, "DZ-MA"),
    ("Alger dénonce une provocation marocaine", N, CF, 2, "stance", Q, "DZ-MA"),
    # the two Koreas
    ("une accolade chaleureuse sur la ligne de démarcation", P, OT, 2, "atmosphere; spectacle", J, "KP-KR"),
    ("les deux dirigeants s'engagent à bâtir une paix permanente", P, CO, 2, "shared aim", Q, "KP-KR"),
    ("une page d'histoire s'écrit à Panmunjom", P, OT, 3, "spectacle; idiom", J, "KP-KR"),
    ("Séoul attend un signe de Pyongyang avant tout nouveau contact", U, OT, 1, "uncertainty", J, "KP-KR"),
    ("la ligne de communication intercoréenne reste muette", N, CO, 1, "failed cooperation; idiom", J, "KP-KR"),
    ("Pyongyang ne veut plus entendre parler d'unification", N, CO, 3, "stance; negation", J, "KP-KR"),
    ("des lâchers de ballons qui ravivent la tension", N, CF, 2, "plain evaluation", J, "KP-KR"),
    # Iran-US
    ("des discussions constructives, dans un climat respectueux", P, CO, 2, "plain evaluation; atmosphere", Q, "IR-US"),
    ("les deux parties ont convenu de poursuivre les pourparlers", P, CO, 1, "shared aim", J, "IR-US"),
    ("un canal de discussion rouvert après des années de silence", P, CO, 2, "plain evaluation", J, "IR-US"),
    ("Mascate fait la navette entre les deux délégations", U, OT, 1, "form of meeting", J, "IR-US"),
    ("Téhéran juge prématuré de parler d'accord", U, OT, 1, "uncertainty", Q, "IR-US"),
    ("Washington agite la menace d'une option militaire", N, CF, 2, "war vocabulary; stance", J, "IR-US"),
    ("Téhéran refuse de négocier sous la pression", N, CO, 2, "stance", Q, "IR-US"),
    ("une confiance détruite par le retrait américain de 2018", N, OT, 3, "stance", J, "IR-US"),
]


def main():
    bad = [r for r in ROWS if len(r) != 7 or r[5] not in (J, Q) or r[6] not in PAIRS]
    if bad:
        for r in bad:
            print("ERROR: bad voice or pair:", r, file=sys.stderr)
        sys.exit(1)
    make([r[:5] for r in ROWS], AVOID, "dev8.csv", HERE)
    vl = Counter((r[5], r[1]) for r in ROWS)
    vc = Counter(r[5] for r in ROWS)
    print("voice:", ", ".join(f"{v} {vc[v]}" for v in (Q, J)))
    for lb in (P, U, N):
        print(f"  {lb:8}: {vl[(Q, lb)]} quoted / {vl[(J, lb)]} journalist")
    print("pairs (positive/neutral/negative):")
    blocks = Counter(PAIRS[r[6]][0] for r in ROWS)
    print("  block A", blocks["A"], "/ block B", blocks["B"])
    for code, desc in PAIRS.items():
        c = Counter(r[1] for r in ROWS if r[6] == code)
        tot = sum(c.values())
        print(f"  {code} {desc}: {tot} ({c[P]}/{c[U]}/{c[N]})")


if __name__ == "__main__":
    main()
