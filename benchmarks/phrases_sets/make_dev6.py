#!/usr/bin/env python3
"""Write dev6.csv (DEVELOPMENT list of constructed French framing phrases as a coder marks them
inside running news text and commentary; tuning allowed). Standard library only; the checks and
the writing are list_check.py's.
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
# imported as make_dev5.py does; its entries were not read by the author of this list. A phrase
# is refused if it contains one of these or is contained in one (case-insensitive, apostrophes and
# spaces normalised).
from make_test8 import AVOID  # noqa: E402

# Voice (PHRASES.md): J = journalist, Q = inside reported speech (direct or indirect, including
# the content of stance verbs such as accuser, dénoncer, exclure, qualifier; GUIDELINES.md).
# Attitude verbs (vouloir, souhaiter) and agreement predicates (convenir de) are not speech: J.
J, Q = "journalist", "quoted"

# Pair: RU = Trump-Putin / US-Russia / Russia-Ukraine talks 2017-2025 (one block); the others:
# CN US-China, DZ France-Algeria, IR US-Iran, HM Israel-Hamas mediation, PK India-Pakistan,
# XK Serbia-Kosovo, AZ Armenia-Azerbaijan, KR the two Koreas, RW DRC-Rwanda, TR Turkey-Russia,
# UK EU-UK, JP Japan-China.
PAIRS = {"RU": "US-Russia / Trump-Putin / Russia-Ukraine", "CN": "US-China",
         "DZ": "France-Algeria", "IR": "US-Iran", "HM": "Israel-Hamas mediation",
         "PK": "India-Pakistan", "XK": "Serbia-Kosovo", "AZ": "Armenia-Azerbaijan",
         "KR": "the two Koreas", "RW": "DRC-Rwanda", "TR": "Turkey-Russia", "UK": "EU-UK",
         "JP": "Japan-China"}

# (phrase, label, frame, strength, note, voice, pair)
ROWS = [
    # ---------------- US-Russia / Trump-Putin / Russia-Ukraine: positive (30) ----------------
    ("une conversation chaleureuse et très substantielle", P, OT, 2, "atmosphere; intensifier", Q, "RU"),
    ("les deux délégations ont nettement rapproché leurs positions", P, CO, 2, "adverb", J, "RU"),
    ("Moscou et Washington ont renoué le fil du dialogue", P, CO, 2, "idiom", J, "RU"),
    ("des progrès plus tangibles qu'à Istanbul", P, CO, 2, "plain evaluation", Q, "RU"),
    ("on ne peut pas dire que rien n'ait bougé", P, CO, 1, "negation; litotes", J, "RU"),
    ("nous nous sommes compris d'emblée, Vladimir et moi", P, OT, 2, "stance", Q, "RU"),
    ("Poutine a tenu parole", P, OT, 2, "stance", Q, "RU"),
    ("l'heure n'est plus à la confrontation", P, CF, 2, "negation", Q, "RU"),
    ("les négociateurs ont levé plusieurs obstacles majeurs", P, CO, 2, "plain evaluation", J, "RU"),
    ("les deux camps ont fini par s'entendre sur les prisonniers", P, CO, 2, "war vocabulary", J, "RU"),
    ("un pas important vers la fin des combats", P, CO, 2, "shared aim; war vocabulary", Q, "RU"),
    ("l'atmosphère s'est nettement décrispée", P, CF, 2, "adverb; atmosphere", J, "RU"),
    ("une rencontre qui a dépassé toutes nos attentes", P, CO, 3, "intensifier", Q, "RU"),
    ("Poutine a multiplié les signes de bonne volonté", P, OT, 2, "stance", J, "RU"),
    ("il n'y a aucune raison de ne pas s'entendre", P, CO, 2, "negation", Q, "RU"),
    ("le climat n'a jamais été aussi bon entre nous", P, OT, 3, "atmosphere; negation", Q, "RU"),
    ("les pourparlers avancent, lentement mais sûrement", P, CO, 1, "adverb; concession", J, "RU"),
    ("une percée réelle, même si tout n'est pas réglé", P, CO, 2, "concession", Q, "RU"),
    ("un dirigeant fort et respectueux", P, OT, 2, "stance", Q, "RU"),
    ("une rencontre utile, qui ouvre des perspectives", P, CO, 2, "plain evaluation", Q, "RU"),
    ("le dialogue entre militaires, rétabli après des mois de silence", P, CO, 2, "plain evaluation", J, "RU"),
    ("les Américains ont pris au sérieux nos préoccupations", P, OT, 2, "stance", Q, "RU"),
    ("pas la moindre fausse note entre les deux présidents", P, OT, 2, "negation; atmosphere; idiom", J, "RU"),
    ("la désescalade semble enfin s'amorcer", P, CF, 1, "hedge; adverb", J, "RU"),
    ("nous avons franchi un cap décisif", P, CO, 3, "idiom", Q, "RU"),
    ("Moscou accueille favorablement les propositions américaines", P, CO, 2, "stance", J, "RU"),
    ("un entretien d'une rare cordialité", P, OT, 3, "atmosphere; intensifier", J, "RU"),
    ("la relation repart sur de meilleures bases", P, CO, 2, "idiom", Q, "RU"),
    ("des discussions difficiles, mais qui ont porté leurs fruits", P, CO, 2, "concession; idiom", Q, "RU"),
    ("ces deux jours auront permis de dissiper bien des malentendus", P, CF, 2, "plain evaluation", Q, "RU"),
    # ---------------- US-Russia block: negative (30) ----------------
    ("les pourparlers font du surplace depuis des semaines", N, CO, 2, "idiom; failed cooperation", J, "RU"),
    ("la montagne a accouché d'une souris à Anchorage", N, CO, 2, "idiom; failed cooperation", J, "RU"),
    ("un résultat très en retrait des attentes ukrainiennes", N, CO, 2, "plain evaluation; intensifier", J, "RU"),
    ("Poutine m'a beaucoup déçu", N, OT, 2, "stance", Q, "RU"),
    ("Washington soupçonne Moscou de jouer la montre", N, OT, 2, "idiom; stance", J, "RU"),
    ("guère plus qu'une prise de contact", N, CO, 1, "diminisher; negation", J, "RU"),
    ("un double langage américain", N, CF, 2, "stance", Q, "RU"),
    ("le ton est monté d'un cran au téléphone", N, CF, 2, "idiom; atmosphere", J, "RU"),
    ("la trêve de Pâques, violée dès les premières heures", N, CF, 2, "positive word in negative frame; war vocabulary", J, "RU"),
    ("un cessez-le-feu resté lettre morte", N, CO, 2, "idiom; positive word in negative frame; war vocabulary", J, "RU"),
    ("le dialogue stratégique est gelé depuis l'invasion", N, CO, 2, "failed cooperation; war vocabulary", J, "RU"),
    ("nous ne ferons aucune concession sur nos territoires", N, CF, 2, "negation; stance", Q, "RU"),
    ("des exigences jugées inacceptables à Kiev", N, CF, 2, "stance", J, "RU"),
    ("un échange de plus en plus acrimonieux", N, CF, 2, "intensifier; atmosphere", J, "RU"),
    ("une rencontre glaciale, sans poignée de main", N, OT, 3, "atmosphere; spectacle", J, "RU"),
    ("un appel qui a tourné à l'aigre", N, OT, 2, "idiom; atmosphere", J, "RU"),
    ("la rencontre de Budapest n'aura finalement pas lieu", N, CO, 2, "form of meeting; failed cooperation; negation", J, "RU"),
    ("chacun est reparti avec ses certitudes", N, CO, 1, "idiom; failed cooperation", J, "RU"),
    ("Poutine mène Trump en bateau", N, OT, 2, "idiom; stance", Q, "RU"),
    ("Trump brandit la menace de représailles écrasantes", N, CF, 3, "stance; intensifier", J, "RU"),
    ("le courant ne passe plus entre les deux hommes", N, OT, 2, "idiom; atmosphere; negation", J, "RU"),
    ("un accord qui aurait pu être signé dès avril 2022", N, CO, 1, "failed cooperation", J, "RU"),
    ("ni le Kremlin ni la Maison-Blanche ne cèdent d'un pouce", N, CF, 2, "negation; idiom", J, "RU"),
    ("une véritable mascarade diplomatique", N, OT, 3, "spectacle", Q, "RU"),
    ("nous n'avons aucune confiance dans la parole russe", N, OT, 3, "negation; stance", Q, "RU"),
    ("les contacts se sont espacés puis taris", N, CO, 2, "failed cooperation", J, "RU"),
    ("un ton nettement plus froid qu'à Helsinki", N, OT, 2, "atmosphere; adverb", J, "RU"),
    ("Moscou durcit le ton face à Washington", N, CF, 2, "idiom", J, "RU"),
    ("une paix imposée à l'Ukraine par-dessus sa tête", N, CO, 2, "positive word in negative frame", J, "RU"),
    ("un redémarrage des relations qui n'a jamais eu lieu", N, CO, 2, "negation; failed cooperation", J, "RU"),
    # ---------------- US-Russia block: neutral (20) ----------------
    ("tout dépendra de la réponse de Moscou", U, OT, 1, "uncertainty", J, "RU"),
    ("à condition que Kiev soit associé aux discussions", U, CO, 1, "hedge", Q, "RU"),
    ("l'issue reste suspendue au bon vouloir du Kremlin", U, OT, 1, "uncertainty", J, "RU"),
    ("ni avancée spectaculaire ni échec cuisant", U, CO, 1, "balanced; negation", J, "RU"),
    ("une réunion à huis clos de près de trois heures", U, OT, 1, "form of meeting", J, "RU"),
    ("un deuxième round est prévu d'ici la fin du mois", U, OT, 1, "form of meeting", J, "RU"),
    ("il est trop tôt pour parler de percée", U, CO, 1, "hedge; uncertainty", Q, "RU"),
    ("des positions qui restent éloignées, mais un dialogue maintenu", U, CO, 1, "balanced; concession", J, "RU"),
    ("le Kremlin n'exclut pas une rencontre, sans plus", U, OT, 1, "negation; hedge", Q, "RU"),
    ("des actes plutôt que des paroles", U, OT, 1, "stance", Q, "RU"),
    ("ni optimisme excessif ni pessimisme", U, OT, 1, "balanced; negation", Q, "RU"),
    ("un cessez-le-feu partiel, aux contours encore flous", U, CF, 1, "war vocabulary; uncertainty", J, "RU"),
    ("les délégations se retrouveront à Riyad la semaine prochaine", U, OT, 1, "form of meeting", J, "RU"),
    ("la réunion s'est tenue comme prévu malgré les bombardements", U, OT, 1, "war vocabulary; form of meeting", J, "RU"),
    ("on jugera sur pièces", U, OT, 1, "idiom; stance", Q, "RU"),
    ("des divergences assumées, sans escalade verbale", U, CF, 1, "balanced", J, "RU"),
    ("les deux parties se disent prêtes à poursuivre, sous conditions", U, CO, 1, "hedge", Q, "RU"),
    ("rien n'est acquis, mais rien n'est perdu", U, OT, 1, "balanced; negation", Q, "RU"),
    ("un format calqué sur celui d'Istanbul", U, OT, 1, "form of meeting", J, "RU"),
    ("une trêve qui tient, pour l'instant", U, CF, 1, "war vocabulary; hedge", J, "RU"),
    # ---------------- US-China (7) ----------------
    ("Washington et Pékin ont remis leurs relations sur les rails", P, CO, 2, "idiom", J, "CN"),
    ("Xi et Trump se sont quittés sur une note positive", P, OT, 2, "atmosphere", J, "CN"),
    ("nous avons conclu un accord formidable avec la Chine", P, CO, 3, "intensifier", Q, "CN"),
    ("la surenchère tarifaire repart de plus belle", N, CF, 2, "idiom", J, "CN"),
    ("une riposte ferme et proportionnée", N, CF, 2, "stance", Q, "CN"),
    ("une trêve douanière prolongée, sans règlement de fond", U, CF, 1, "balanced", J, "CN"),
    ("des négociations commerciales au long cours", U, OT, 1, "form of meeting", J, "CN"),
    # ---------------- France-Algeria (7) ----------------
    ("Paris et Alger veulent tourner la page de la crise", P, CO, 1, "idiom; shared aim", J, "DZ"),
    ("une relation apaisée et tournée vers l'avenir", P, CO, 2, "shared aim", Q, "DZ"),
    ("Macron et Tebboune ont convenu de relancer la coopération", P, CO, 2, "plain evaluation", J, "DZ"),
    ("une brouille diplomatique qui s'éternise", N, CF, 2, "plain evaluation", J, "DZ"),
    ("le rappel de l'ambassadeur, signe d'une crise profonde", N, CF, 2, "plain evaluation", J, "DZ"),
    ("une visite maintes fois reportée", N, OT, 1, "form of meeting; failed cooperation", J, "DZ"),
    ("Alger attend des gestes concrets de Paris", U, OT, 1, "stance", J, "DZ"),
    # ---------------- US-Iran (7) ----------------
    ("un premier round constructif et encourageant", P, CO, 2, "plain evaluation", Q, "IR"),
    ("Téhéran et Washington baissent d'un ton", P, CF, 1, "idiom", J, "IR"),
    ("Téhéran exclut toute négociation directe", N, CO, 2, "negation; stance; failed cooperation", Q, "IR"),
    ("la fenêtre diplomatique se referme", N, CO, 2, "idiom; failed cooperation", J, "IR"),
    ("des menaces à peine voilées de part et d'autre", N, CF, 2, "plain evaluation", J, "IR"),
    ("des échanges indirects, par l'entremise d'Oman", U, OT, 1, "form of meeting", J, "IR"),
    ("un accord reste possible, pour peu que Washington bouge", U, CO, 1, "hedge", Q, "IR"),
    # ---------------- Israel-Hamas mediation (7) ----------------
    ("des progrès non négligeables", P, CO, 1, "litotes; negation", Q, "HM"),
    ("un accord de cessez-le-feu enfin arraché", P, CO, 2, "war vocabulary; adverb", J, "HM"),
    ("les négociations de Doha butent sur le retrait militaire israélien", N, CO, 2, "failed cooperation; war vocabulary", J, "HM"),
    ("les médiateurs ne cachent plus leur exaspération", N, OT, 2, "stance; atmosphere", J, "HM"),
    ("une trêve précaire, déjà ébranlée par de nouveaux bombardements", N, CF, 2, "positive word in negative frame; war vocabulary", J, "HM"),
    ("une délégation du Hamas est attendue au Caire", U, OT, 1, "form of meeting", J, "HM"),
    ("la deuxième phase reste à négocier", U, CO, 1, "uncertainty", J, "HM"),
    # ---------------- India-Pakistan (7) ----------------
    ("New Delhi et Islamabad conviennent de cesser les tirs", P, CF, 2, "war vocabulary", J, "PK"),
    ("la ligne directe entre états-majors a fonctionné", P, CF, 1, "plain evaluation", J, "PK"),
    ("une désescalade saluée par les deux capitales", P, CF, 2, "plain evaluation", J, "PK"),
    ("une surenchère verbale entre les deux puissances nucléaires", N, CF, 2, "plain evaluation", J, "PK"),
    ("Islamabad accuse New Delhi de provocation délibérée", N, CF, 2, "stance", Q, "PK"),
    ("des relations au plus bas depuis 2019", N, CF, 2, "plain evaluation", J, "PK"),
    ("un calme relatif le long de la ligne de contrôle", U, CF, 1, "hedge; war vocabulary", J, "PK"),
    # ---------------- Serbia-Kosovo (7) ----------------
    ("un accord oral, mais un accord tout de même", P, CO, 1, "concession; diminisher", Q, "XK"),
    ("une avancée que personne n'osait espérer", P, CO, 3, "negation; intensifier", Q, "XK"),
    ("le dialogue parrainé par Bruxelles est dans l'impasse", N, CO, 2, "idiom; failed cooperation", J, "XK"),
    ("Belgrade et Pristina se renvoient la responsabilité du blocage", N, CF, 2, "failed cooperation", J, "XK"),
    ("Kurti et Vucic refusent de se serrer la main", N, OT, 2, "spectacle", J, "XK"),
    ("une rencontre trilatérale sous l'égide de Bruxelles", U, OT, 1, "form of meeting", J, "XK"),
    ("un accord sur les plaques, à défaut d'un règlement global", U, CO, 1, "balanced; diminisher", J, "XK"),
    # ---------------- Armenia-Azerbaijan (7) ----------------
    ("Erevan et Bakou ont paraphé un texte historique", P, CO, 3, "plain evaluation", J, "AZ"),
    ("la paix n'est plus une utopie", P, CO, 2, "negation; shared aim", Q, "AZ"),
    ("Aliev et Pachinian se serrent la main à la Maison-Blanche", P, OT, 2, "spectacle", J, "AZ"),
    ("la méfiance reste profonde des deux côtés", N, OT, 2, "stance", J, "AZ"),
    ("des incidents frontaliers qui empoisonnent les négociations", N, CF, 2, "war vocabulary; idiom", J, "AZ"),
    ("une frontière calme, mais toujours militarisée", U, CF, 1, "balanced; war vocabulary", J, "AZ"),
    ("des pourparlers à Abou Dhabi, sans médiateur", U, OT, 1, "form of meeting", J, "AZ"),
    # ---------------- the two Koreas (7) ----------------
    ("une poignée de main historique sur la ligne de démarcation", P, OT, 3, "spectacle", J, "KR"),
    ("Séoul et Pyongyang rouvrent leur ligne de liaison", P, CO, 2, "plain evaluation", J, "KR"),
    ("Moon et Kim s'étreignent longuement devant les caméras", P, OT, 2, "spectacle; adverb", J, "KR"),
    ("s'engager ensemble sur la voie de la paix", P, CO, 2, "shared aim", Q, "KR"),
    ("Pyongyang ferme la porte à toute réunification", N, CO, 3, "idiom; failed cooperation", J, "KR"),
    ("Kim qualifie Séoul d'ennemi numéro un", N, CF, 3, "stance", Q, "KR"),
    ("rester ouvert au dialogue, sans illusion", U, CO, 1, "hedge; concession", Q, "KR"),
    # ---------------- DRC-Rwanda (6) ----------------
    ("un accord salué comme un tournant pour les Grands Lacs", P, CO, 2, "plain evaluation", J, "RW"),
    ("la médiation qatarie enregistre de premiers succès", P, CO, 1, "plain evaluation; diminisher", J, "RW"),
    ("un jeu trouble de Kigali", N, CF, 2, "stance", Q, "RW"),
    ("un accord qui reste largement sur le papier", N, CO, 2, "idiom; positive word in negative frame", J, "RW"),
    ("les deux présidents se regardent en chiens de faïence", N, OT, 2, "idiom; atmosphere", J, "RW"),
    ("un mécanisme conjoint de vérification doit voir le jour", U, CO, 1, "form of meeting", J, "RW"),
    # ---------------- Turkey-Russia (6) ----------------
    ("une complicité affichée à Sotchi", P, OT, 2, "spectacle; atmosphere", J, "TR"),
    ("mon cher ami Vladimir", P, OT, 2, "stance", Q, "TR"),
    ("un partenariat de circonstance, fragile et ambigu", N, OT, 1, "plain evaluation", J, "TR"),
    ("les combats d'Idlib ont tendu les relations russo-turques", N, CF, 2, "war vocabulary", J, "TR"),
    ("Ankara ménage à la fois Moscou et Kiev", U, OT, 1, "balanced; stance", J, "TR"),
    ("rivaux en Syrie mais partenaires dans le gaz", U, CF, 1, "balanced", J, "TR"),
    # ---------------- EU-UK (6) ----------------
    ("nous ouvrons un nouveau chapitre", P, CO, 2, "idiom", Q, "UK"),
    ("réparer les liens abîmés par le Brexit", P, CO, 1, "shared aim", J, "UK"),
    ("les négociations sur la pêche tournent au vinaigre", N, CF, 2, "idiom", J, "UK"),
    ("Bruxelles accuse Londres de mauvaise foi", N, CF, 2, "stance", Q, "UK"),
    ("une rencontre annuelle, désormais inscrite au calendrier", U, OT, 1, "form of meeting", J, "UK"),
    ("Bruxelles salue l'accord, mais reste vigilante", U, CO, 1, "balanced; concession", Q, "UK"),
    # ---------------- Japan-China (6) ----------------
    ("une relation stratégique mutuellement bénéfique", P, CO, 2, "shared aim", Q, "JP"),
    ("des signes de réchauffement entre Tokyo et Pékin", P, CO, 1, "idiom; hedge", J, "JP"),
    ("une passe d'armes diplomatique entre Tokyo et Pékin", N, CF, 2, "idiom", J, "JP"),
    ("Pékin exige des excuses immédiates de Tokyo", N, CF, 2, "stance", Q, "JP"),
    ("un bref aparté en marge de l'APEC", U, OT, 1, "form of meeting", J, "JP"),
    ("prêt à dialoguer, sans rien céder sur le fond", U, CO, 1, "balanced; stance", Q, "JP"),
]

if __name__ == "__main__":
    bad = [r for r in ROWS if len(r) != 7 or r[5] not in (J, Q) or r[6] not in PAIRS]
    if bad:
        for r in bad:
            print("ERROR: bad voice/pair in", r, file=sys.stderr)
        sys.exit(1)
    make([r[:5] for r in ROWS], AVOID, "dev6.csv", HERE)
    voice = Counter((r[1], r[5]) for r in ROWS)
    print("voice:", "; ".join(f"{lb} {voice[(lb, J)]} J / {voice[(lb, Q)]} Q" for lb in (P, U, N)))
    block = Counter(("RU" if r[6] == "RU" else "other", r[1]) for r in ROWS)
    for b in ("RU", "other"):
        print(f"block {b}: {sum(block[(b, lb)] for lb in (P, U, N))} "
              f"({', '.join(f'{lb} {block[(b, lb)]}' for lb in (P, U, N))})")
    pc = Counter(r[6] for r in ROWS)
    print("pairs:", ", ".join(f"{k} {pc[k]}" for k in PAIRS))
    print(f"done: {len(ROWS)} rows, dev6.csv written")
