#!/usr/bin/env python3
"""Write dev7.csv (DEVELOPMENT list of constructed French framing phrases as they occur inside
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

# Voice (PHRASES.md, GUIDELINES.md): J = journalist, Q = inside reported speech (direct quote, or
# the content of a speech or stance verb: «déclare», «juge», «accuse … de», «promet», «se dit»,
# «salue», «qualifie … de», «selon X»). Attitude verbs and agreement predicates («veulent»,
# «conviennent de», «s'accordent») are J. A bare fragment takes the voice of the sentence the
# annotator had in mind; that sentence is sketched in the comment after some Q rows.
J, Q = "journalist", "quoted"

# Pairs. The first block (80 rows) is Trump-Putin / US-Russia (US-RU) and Russia-Ukraine (RU-UA)
# talks, 2017-2025; the second block (80 rows) is ten other pairs, 8 rows each (3 positive,
# 2 neutral, 3 negative).
USRU, RUUA = "US-Russia", "Russia-Ukraine"
USCN, FRDZ, USIR = "US-China", "France-Algeria", "US-Iran"
ILHA, INPK, RSXK = "Israel-Hamas (mediation)", "India-Pakistan", "Serbia-Kosovo"
AMAZ, KRKP, GRTR, EUUK = "Armenia-Azerbaijan", "two Koreas", "Greece-Turkey", "EU-UK"
BLOCK_A = {USRU, RUUA}

ROWS = [
    # ---------------- block A: US-Russia / Russia-Ukraine -- positive (30) ----------------
    ("nous avons eu un échange vraiment productif", P, CO, 2, "intensifier; plain evaluation", Q, USRU),  # a déclaré Trump
    ("les deux présidents ont trouvé un langage commun", P, CO, 2, "idiom", Q, USRU),  # selon Iouri Ouchakov
    ("Poutine est quelqu'un avec qui on peut traiter", P, OT, 2, "stance", Q, USRU),
    ("une connivence volontiers montrée aux photographes", P, OT, 1, "spectacle; atmosphere", J, USRU),
    ("une entente personnelle manifeste entre les deux dirigeants", P, OT, 2, "atmosphere", J, USRU),
    ("le risque d'escalade s'éloigne nettement", P, CF, 2, "adverb", Q, USRU),  # estime le Kremlin
    ("les échanges de prisonniers se poursuivent sans accroc", P, CO, 1, "idiom; war vocabulary", J, RUUA),
    ("Moscou et Washington renouent le fil du dialogue", P, CO, 2, "idiom", J, USRU),
    ("une atmosphère détendue, presque amicale", P, OT, 2, "atmosphere; hedge", Q, USRU),  # a raconté un diplomate
    ("des discussions de fond, sans la moindre invective", P, OT, 2, "negation; atmosphere", J, USRU),
    ("ce fut une rencontre extrêmement fructueuse", P, CO, 3, "intensifier", Q, USRU),
    ("la désescalade est en bonne voie", P, CF, 2, "idiom", Q, USRU),  # selon Sergueï Lavrov
    ("le dialogue stratégique reprend enfin ses droits", P, CO, 2, "idiom; adverb", J, USRU),
    ("les deux camps ont mis une sourdine à leurs griefs", P, CF, 2, "idiom", J, USRU),
    ("un accord céréalier salué des deux côtés", P, CO, 2, "plain evaluation", J, RUUA),
    ("on ne peut pas nier que le climat s'est amélioré", P, OT, 1, "negation; litotes", Q, USRU),  # a concédé Peskov
    ("Trump n'a pas tari d'éloges sur son hôte", P, OT, 2, "stance; idiom", J, USRU),
    ("Poutine a salué la sincérité de son interlocuteur américain", P, OT, 2, "stance", Q, USRU),
    ("la relation n'a jamais été aussi prometteuse", P, CO, 3, "negation; intensifier", Q, USRU),
    ("à défaut de miracle, la rencontre a rétabli le contact", P, CO, 1, "diminisher; concession", J, USRU),
    ("un moratoire sur les infrastructures globalement respecté", P, CF, 1, "hedge; war vocabulary", J, RUUA),
    ("les invectives ont cédé la place à un ton courtois", P, CF, 2, "atmosphere", J, USRU),
    ("un climat de confiance mutuelle s'installe", P, OT, 2, "atmosphere", Q, USRU),  # selon Ouchakov
    ("Washington et Moscou partagent le même objectif de paix", P, CO, 2, "shared aim", Q, USRU),  # a assuré Rubio
    ("les ponts sont désormais rétablis entre les deux capitales", P, CO, 2, "idiom; adverb", Q, USRU),  # a dit Lavrov
    ("une avancée modeste, mais bien réelle", P, CO, 1, "concession; diminisher", Q, RUUA),  # a jugé Zelensky
    ("le président russe s'est montré très ouvert", P, OT, 2, "stance; intensifier", Q, USRU),  # a rapporté l'émissaire
    ("une conversation formidable, absolument formidable", P, CO, 3, "intensifier", Q, USRU),
    ("un bilan loin d'être négligeable", P, CO, 1, "litotes", Q, USRU),
    ("l'humeur était à la détente à Anchorage", P, OT, 2, "atmosphere", J, USRU),
    # ---------------- block A -- neutral (20) ----------------
    ("un échange téléphonique d'une heure et demie", U, OT, 1, "form of meeting", J, USRU),
    ("un tête-à-tête en présence des seuls interprètes", U, OT, 1, "form of meeting", J, USRU),
    ("des convergences sur certains points, des écarts sur d'autres", U, CO, 1, "balanced", Q, USRU),  # a résumé Peskov
    ("il est prématuré de tirer un bilan", U, OT, 1, "uncertainty; hedge", Q, USRU),
    ("les experts poursuivront le travail à Genève", U, OT, 1, "form of meeting", J, USRU),
    ("Moscou et Kiev maintiennent leurs exigences respectives", U, CF, 1, "stance", J, RUUA),
    ("une rencontre ni chaleureuse ni glaciale", U, OT, 1, "balanced; atmosphere", J, USRU),
    ("le Kremlin se garde de tout pronostic", U, OT, 1, "stance; hedge", J, USRU),
    ("la suite est conditionnée à l'accord de Kiev", U, OT, 1, "uncertainty", J, RUUA),
    ("des pourparlers techniques, loin des caméras", U, OT, 1, "form of meeting", J, USRU),
    ("nous étudierons la proposition américaine avec attention", U, CO, 1, "stance; hedge", Q, USRU),
    ("des accusations réciproques, mais sur un ton mesuré", U, CF, 1, "balanced", J, USRU),
    ("l'issue des discussions demeure incertaine", U, OT, 1, "uncertainty", J, RUUA),
    ("des progrès sur les prisonniers, rien sur les territoires", U, CO, 1, "balanced", J, RUUA),
    ("une rivalité assumée, mais contenue", U, CF, 1, "balanced", J, USRU),
    ("Washington dit attendre la réponse de Moscou", U, OT, 1, "uncertainty", Q, USRU),
    ("ni enthousiasme ni déception du côté ukrainien", U, OT, 1, "balanced", J, RUUA),
    ("les désaccords persistent, les canaux restent ouverts", U, CO, 1, "balanced", Q, USRU),  # a dit Lavrov
    ("le calendrier des prochaines discussions n'est pas encore arrêté", U, OT, 1,
     "uncertainty; form of meeting; negation", Q, USRU),  # a indiqué le Kremlin
    ("un arrêt des combats limité aux installations énergétiques", U, CF, 1, "war vocabulary", J, RUUA),
    # ---------------- block A -- negative (30) ----------------
    ("une rencontre qui n'a débouché sur rien de concret", N, CO, 2, "negation; failed cooperation", J, USRU),
    ("le fossé entre les deux camps reste béant", N, CF, 2, "idiom", J, RUUA),
    ("une conversation glaciale, écourtée par le Kremlin", N, OT, 3, "atmosphere; form of meeting", J, USRU),
    ("Moscou multiplie les exigences maximalistes", N, CF, 2, "stance", J, RUUA),
    ("un simulacre de négociation", N, CO, 3, "plain evaluation", Q, RUUA),  # dénonce Kiev
    ("ma patience envers Poutine a des limites", N, OT, 2, "stance", Q, USRU),  # a prévenu Trump
    ("une séance expédiée en moins de deux heures", N, OT, 1, "form of meeting", J, RUUA),
    ("le Kremlin fait délibérément traîner les choses", N, CF, 2, "stance; adverb", Q, RUUA),  # accuse Kiev
    ("une paix au rabais, dictée par Moscou", N, CO, 2, "idiom; positive word in negative frame", Q, RUUA),
    ("nos relations ont touché le fond", N, CF, 3, "idiom", Q, USRU),  # a constaté Lavrov
    ("les deux camps campent sur des positions inconciliables", N, CF, 2, "idiom", J, RUUA),
    ("les promesses de Trump restent sans lendemain", N, CO, 2, "idiom; failed cooperation", J, USRU),
    ("un cessez-le-feu aussitôt démenti sur le terrain", N, CF, 2,
     "positive word in negative frame; war vocabulary", J, RUUA),
    ("une provocation délibérée et inacceptable", N, CF, 2, "stance", Q, USRU),  # a dénoncé Moscou
    ("la méfiance a repris le dessus", N, OT, 2, "atmosphere; idiom", J, USRU),
    ("une rencontre plus spectaculaire qu'utile", N, OT, 2, "spectacle", J, USRU),
    ("Washington menace de se retirer de la médiation", N, CO, 2, "failed cooperation; stance", Q, RUUA),
    ("une surenchère de menaces entre Washington et Moscou", N, CF, 2, "plain evaluation", J, USRU),
    ("le ton est monté d'un cran", N, CF, 2, "idiom", J, USRU),
    ("des sourires de circonstance", N, OT, 1, "atmosphere", J, USRU),
    ("Poutine se moque du monde", N, OT, 3, "idiom; stance", Q, USRU),  # a lâché Trump
    ("une guerre d'usure diplomatique", N, CF, 2, "war vocabulary; idiom", J, USRU),
    ("le dernier traité de désarmement agonise dans l'indifférence", N, CO, 3,
     "idiom; failed cooperation", J, USRU),
    ("des pourparlers parasités par les récriminations mutuelles", N, CF, 2, "plain evaluation", J, RUUA),
    ("un accord bancal que personne ne veut vraiment appliquer", N, CO, 2,
     "positive word in negative frame; negation", J, RUUA),
    ("un marchandage conclu dans le dos de Kiev", N, CO, 2, "idiom", Q, USRU),  # dénonce Zelensky
    ("la fameuse alchimie entre les deux hommes n'a rien produit", N, CO, 2,
     "positive word in negative frame; negation", J, USRU),  # ironic «fameuse»
    ("nous sommes encore loin, très loin d'un accord", N, CO, 2, "intensifier; failed cooperation", Q, RUUA),
    ("Moscou souffle le chaud et le froid", N, OT, 1, "idiom; stance", J, USRU),
    ("une rencontre humiliante pour la diplomatie américaine", N, OT, 3, "plain evaluation; spectacle", J, USRU),

    # ---------------- block B: ten other pairs, 8 rows each ----------------
    ("la reprise bienvenue des contacts entre militaires", P, CO, 2, "plain evaluation", J, USCN),
    ("Pékin et Washington s'accordent une pause dans l'escalade", P, CF, 1, "plain evaluation", J, USCN),
    ("nous nous entendons extrêmement bien, Xi et moi", P, OT, 3, "intensifier; stance", Q, USCN),
    ("des droits de douane suspendus, en attendant la suite", U, CF, 1, "uncertainty", J, USCN),
    ("un entretien d'une heure quarante à Busan", U, OT, 1, "form of meeting", J, USCN),
    ("la guerre commerciale repart de plus belle", N, CF, 2, "war vocabulary; idiom", J, USCN),
    ("Pékin accuse Washington d'intimidation économique", N, CF, 2, "stance", Q, USCN),
    ("une rivalité qui ne laisse guère de place au compromis", N, CF, 2, "negation", J, USCN),

    ("un nouvel élan dans la relation bilatérale", P, CO, 2, "idiom", Q, FRDZ),  # selon l'Élysée
    ("Alger promet de relancer la coopération migratoire", P, CO, 2, "stance", Q, FRDZ),
    ("une relation apaisée, enfin délestée des rancœurs mémorielles", P, CF, 2, "adverb", J, FRDZ),
    ("une visite ministérielle à l'agenda encore flou", U, OT, 1, "form of meeting; uncertainty", J, FRDZ),
    ("une relation en convalescence, encore fragile", U, CO, 1, "balanced; idiom", J, FRDZ),
    ("la brouille s'installe dans la durée", N, CF, 2, "idiom", J, FRDZ),
    ("une escalade verbale sans précédent entre les deux capitales", N, CF, 3, "intensifier", J, FRDZ),
    ("Alger juge les propos français inadmissibles", N, CF, 2, "stance", Q, FRDZ),

    ("des discussions indirectes jugées positives par les deux parties", P, CO, 2, "plain evaluation", Q, USIR),
    ("Téhéran se dit prêt à un compromis raisonnable", P, CO, 2, "stance", Q, USIR),
    ("un climat plus serein qu'au printemps", P, OT, 1, "atmosphere", J, USIR),
    ("un quatrième cycle de pourparlers à Mascate", U, OT, 1, "form of meeting", J, USIR),
    ("Washington n'exclut ni la diplomatie ni la force", U, CF, 1, "balanced; negation", Q, USIR),
    ("des menaces à peine voilées de part et d'autre", N, CF, 2, "idiom", J, USIR),
    ("un dialogue de dupes", N, CO, 2, "idiom", J, USIR),
    ("Téhéran claque la porte des négociations", N, CO, 3, "idiom; failed cooperation", J, USIR),

    ("les médiateurs font état de progrès notables", P, CO, 2, "plain evaluation", Q, ILHA),
    ("un accord sur les otages à portée de main", P, CO, 2, "idiom", Q, ILHA),  # selon les médiateurs qataris
    ("l'Égypte salue l'esprit de responsabilité des deux délégations", P, OT, 2, "stance", Q, ILHA),
    ("les délégations ne se parlent que par l'intermédiaire de Doha", U, OT, 1, "form of meeting", J, ILHA),
    ("le Hamas examine la proposition, sans s'engager", U, CO, 1, "stance; hedge", J, ILHA),
    ("les négociations achoppent encore sur le retrait israélien", N, CO, 2, "failed cooperation", J, ILHA),
    ("chaque camp accuse l'autre de saboter la trêve", N, CF, 2, "stance", Q, ILHA),
    ("une trêve qui ne tient qu'à un fil", N, CF, 2, "idiom; positive word in negative frame", J, ILHA),

    ("un retour bienvenu au téléphone rouge entre états-majors", P, CO, 2, "idiom", J, INPK),
    ("New Delhi et Islamabad affichent leur volonté d'apaisement", P, CF, 2, "stance", J, INPK),
    ("un geste de bonne volonté apprécié à Islamabad", P, OT, 1, "stance", J, INPK),
    ("des échanges limités aux directeurs des opérations militaires", U, OT, 1, "form of meeting", J, INPK),
    ("ouverts au dialogue, mais pas à n'importe quel prix", U, CO, 1, "concession; hedge", Q, INPK),
    ("une rhétorique belliqueuse des deux côtés de la frontière", N, CF, 2, "war vocabulary", J, INPK),
    ("le dialogue bilatéral reste gelé depuis des années", N, CO, 2, "idiom; failed cooperation", J, INPK),
    ("New Delhi promet une riposte sans merci", N, CF, 3, "stance; war vocabulary", Q, INPK),

    ("Belgrade et Pristina ont fait un pas l'une vers l'autre", P, CO, 2, "idiom", J, RSXK),
    ("les tensions dans le nord retombent enfin", P, CF, 2, "adverb", J, RSXK),
    ("un dialogue remis sur les rails par Bruxelles", P, CO, 2, "idiom", J, RSXK),
    ("une nouvelle session du dialogue prévue à Bruxelles", U, OT, 1, "form of meeting", J, RSXK),
    ("Pristina attend des garanties avant de signer", U, CO, 1, "uncertainty; stance", J, RSXK),
    ("Kurti et Vučić refusent de se serrer la main", N, OT, 2, "atmosphere; negation", J, RSXK),
    ("un processus de normalisation à bout de souffle", N, CO, 2, "idiom; failed cooperation", J, RSXK),
    ("Belgrade qualifie l'initiative de Pristina d'agression", N, CF, 2, "stance", Q, RSXK),

    ("une paix qu'on croyait hors d'atteinte devient réalité", P, CO, 3, "idiom", J, AMAZ),
    ("Bakou et Erevan conviennent d'ouvrir les voies de communication", P, CO, 2, "shared aim", J, AMAZ),
    ("Aliyev et Pachinian se sont quittés sur une note optimiste", P, OT, 2, "atmosphere; idiom", J, AMAZ),
    ("une commission frontalière qui se réunit à huis clos", U, OT, 1, "form of meeting", J, AMAZ),
    ("la signature définitive dépend d'une révision constitutionnelle", U, OT, 1, "uncertainty", J, AMAZ),
    ("Erevan accuse Bakou de nettoyage ethnique", N, CF, 3, "stance; war vocabulary", Q, AMAZ),
    ("des négociations entravées par la méfiance héritée de la guerre", N, CO, 2,
     "failed cooperation; war vocabulary", J, AMAZ),
    ("Bakou pose sans cesse de nouvelles conditions", N, CF, 2, "stance; adverb", Q, AMAZ),  # déplore Erevan

    ("Séoul multiplie les gestes d'ouverture envers le Nord", P, CO, 2, "stance", J, KRKP),
    ("une poignée de main émouvante sur la ligne de démarcation", P, OT, 2, "spectacle; atmosphere", J, KRKP),
    ("nous voulons vivre en paix côte à côte", P, CO, 2, "shared aim", Q, KRKP),
    ("une liaison téléphonique rétablie, mais peu utilisée", U, CO, 1, "balanced; concession", J, KRKP),
    ("Pyongyang n'a pas encore répondu à l'offre de dialogue", U, OT, 1, "uncertainty; negation", J, KRKP),
    ("Pyongyang rompt tout contact avec Séoul", N, CO, 3, "failed cooperation", J, KRKP),
    ("des tirs d'essai qui attisent la tension sur la péninsule", N, CF, 2, "war vocabulary", J, KRKP),
    ("une guerre des tracts et des haut-parleurs", N, CF, 2, "war vocabulary; idiom", J, KRKP),

    ("la mer Égée connaît une accalmie bienvenue", P, CF, 2, "idiom", J, GRTR),
    ("une déclaration d'amitié et de bon voisinage", P, CO, 2, "plain evaluation", J, GRTR),
    ("Mitsotakis salue un climat nettement plus apaisé", P, OT, 2, "stance; atmosphere; adverb", Q, GRTR),
    ("une nouvelle série de consultations exploratoires à Athènes", U, OT, 1, "form of meeting", J, GRTR),
    ("les contentieux maritimes restent sur la table", U, CF, 1, "uncertainty; idiom", J, GRTR),
    ("des violations de l'espace aérien qui ravivent les tensions", N, CF, 2, "war vocabulary", J, GRTR),
    ("Ankara agite le spectre d'un casus belli", N, CF, 3, "idiom; war vocabulary", J, GRTR),
    ("Erdogan juge le dialogue avec Athènes inutile", N, CO, 2, "stance; failed cooperation", Q, GRTR),

    ("une nouvelle ère de partenariat entre Londres et Bruxelles", P, CO, 2, "plain evaluation", Q, EUUK),
    ("Starmer et von der Leyen affichent une entente cordiale", P, OT, 2, "atmosphere; spectacle", J, EUUK),
    ("un compromis sur la pêche arraché de haute lutte", P, CO, 2, "idiom; concession", J, EUUK),
    ("des négociations techniques menées en parallèle sur l'énergie", U, OT, 1, "form of meeting", J, EUUK),
    ("Bruxelles reste prudente quant aux intentions britanniques", U, OT, 1, "stance; hedge", J, EUUK),
    ("des relations plombées par la querelle nord-irlandaise", N, CF, 2, "idiom", J, EUUK),
    ("Londres reproche à Bruxelles une rigidité excessive", N, CF, 2, "stance; intensifier", Q, EUUK),
    ("une relance des relations qui tarde à se concrétiser", N, CO, 1, "failed cooperation; hedge", J, EUUK),
]

if __name__ == "__main__":
    bad = [r for r in ROWS if len(r) != 7 or r[5] not in (J, Q)]
    if bad:
        for r in bad:
            print("ERROR: bad voice or field count:", r, file=sys.stderr)
        sys.exit(1)
    make([r[:5] for r in ROWS], AVOID, "dev7.csv", HERE)
    voice = Counter(r[5] for r in ROWS)
    print("voice:", ", ".join(f"{v} {voice[v]}" for v in (Q, J)))
    for lb in (P, U, N):
        lv = Counter(r[5] for r in ROWS if r[1] == lb)
        print(f"  {lb:8}: quoted {lv[Q]}, journalist {lv[J]}")
    blk = Counter(("A" if r[6] in BLOCK_A else "B", r[1]) for r in ROWS)
    for b, name in (("A", "US-Russia / Russia-Ukraine"), ("B", "other pairs")):
        tot = sum(blk[(b, lb)] for lb in (P, U, N))
        print(f"block {b} ({name}): {tot}  (" + ", ".join(f"{lb} {blk[(b, lb)]}" for lb in (P, U, N)) + ")")
    pairs = Counter(r[6] for r in ROWS)
    print("pairs:", ", ".join(f"{p} {c}" for p, c in pairs.most_common()))
