#!/usr/bin/env python3
"""Write dev5.csv (DEVELOPMENT list of constructed French framing phrases as they occur inside
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
# imported as make_dev4.py does; its entries were not read by the author of this list. A phrase
# is refused if it contains one of these or is contained in one (case-insensitive, apostrophes and
# spaces normalised).
from make_test8 import AVOID  # noqa: E402

# Voice (PHRASES.md): J = journalist, Q = inside reported speech (direct or indirect, incl.
# «selon X», «à en croire X», «, accuse X», «X a salué …», «X s'est dit …»). Voice and pair are
# kept here for the README's make-up only; they are not written to the CSV.
J, Q = "journalist", "quoted"
# Pairs: the US-Russia / Trump-Putin / Russia-Ukraine block is "RU"; the other pairs by code.
RU, FA, UC, IP, II, KK, SK, CR, AA, UE = ("RU", "France-Algeria", "US-China", "India-Pakistan",
                                          "Israel-Iran", "two Koreas", "Serbia-Kosovo",
                                          "DRC-Rwanda", "Armenia-Azerbaijan", "UK-EU")

# (phrase, label, frame, strength, note, voice, pair)
DATA = [
    # ---- US-Russia / Trump-Putin / Russia-Ukraine talks: positive (30) ----
    ("nous avons eu une conversation extrêmement productive", P, CO, 3, "intensifier", Q, RU),
    ("un échange franc, concret et tourné vers les résultats", P, CO, 2, "plain evaluation", Q, RU),
    ("nous nous sommes très bien entendus", P, OT, 2, "stance; intensifier", Q, RU),
    ("nous sommes plus près d'un accord que jamais", P, CO, 3, "intensifier", Q, RU),
    ("ce n'était pas une mauvaise réunion, loin de là", P, CO, 2, "litotes; negation", Q, RU),
    ("je crois qu'il a compris notre position", P, OT, 1, "hedge; stance", Q, RU),
    ("je pense que nous pouvons trouver un compromis", P, CO, 1, "hedge", Q, RU),
    ("nous avons bien avancé sur plusieurs points", P, CO, 2, "plain evaluation", Q, RU),
    ("un climat de confiance s'est instauré entre nous", P, OT, 2, "atmosphere", Q, RU),
    ("il veut la paix, j'en suis convaincu", P, OT, 2, "stance", Q, RU),
    ("les Américains nous ont écoutés avec attention", P, OT, 1, "stance", Q, RU),
    ("nous avons convenu de nous revoir très prochainement", P, CO, 2, "form of meeting; shared aim", Q, RU),
    ("un dialogue respectueux, d'égal à égal", P, OT, 2, "atmosphere", Q, RU),
    ("nous voulons tous les deux que la tuerie cesse", P, CO, 2, "shared aim; war vocabulary", Q, RU),
    ("Moscou a salué la bonne volonté de Washington", P, OT, 2, "stance", Q, RU),
    ("le Kremlin s'est dit satisfait de l'entretien", P, CO, 1, "plain evaluation", Q, RU),
    ("une conversation jugée exceptionnelle de part et d'autre", P, CO, 3, "plain evaluation", Q, RU),
    ("un bilan non négligeable, de l'aveu même de Kiev", P, CO, 1, "litotes; negation", Q, RU),
    ("les deux présidents ont affiché une complicité évidente", P, OT, 2, "spectacle", J, RU),
    ("la conversation s'est déroulée dans une ambiance détendue", P, OT, 1, "atmosphere", J, RU),
    ("un premier pas concret vers un cessez-le-feu", P, CO, 2, "shared aim; war vocabulary", J, RU),
    ("Russes et Ukrainiens ont fini par s'entendre", P, CO, 2, "plain evaluation", J, RU),
    ("un échange de prisonniers d'une ampleur sans précédent", P, CO, 2, "war vocabulary; intensifier", J, RU),
    ("les deux camps ont nettement rapproché leurs positions", P, CO, 2, "adverb", J, RU),
    ("une percée, certes limitée, mais tangible", P, CO, 1, "concession; diminisher", J, RU),
    ("la tension est sensiblement retombée entre les deux capitales", P, CF, 2, "adverb", J, RU),
    ("un rapprochement spectaculaire, encore impensable il y a un an", P, CO, 3, "intensifier", J, RU),
    ("les deux hommes se sont quittés sur une note optimiste", P, OT, 2, "atmosphere", J, RU),
    ("Washington et Moscou ont renoué le fil du dialogue", P, CO, 2, "idiom", J, RU),
    ("l'entretien a permis de dissiper plusieurs malentendus", P, CO, 2, "plain evaluation", J, RU),

    # ---- US-Russia / Trump-Putin / Russia-Ukraine talks: neutral (22) ----
    ("les deux hommes se sont parlé pendant près d'une heure", U, OT, 1, "form of meeting", J, RU),
    ("un nouvel échange est prévu dans les prochains jours", U, OT, 1, "form of meeting", J, RU),
    ("un entretien dont la teneur n'a pas été dévoilée", U, OT, 1, "uncertainty; negation", J, RU),
    ("le Kremlin s'est borné à confirmer l'appel", U, OT, 1, "stance; diminisher", J, RU),
    ("le sort des territoires occupés a dominé les échanges", U, OT, 1, "war vocabulary; form of meeting", J, RU),
    ("aucun n'a cédé, mais aucun n'a claqué la porte", U, CF, 1, "balanced; negation; idiom", J, RU),
    ("les deux délégations se retrouveront à Istanbul la semaine prochaine", U, OT, 1, "form of meeting", J, RU),
    ("une rencontre de travail, sans cérémonie particulière", U, OT, 1, "form of meeting; negation", J, RU),
    ("sans que l'on sache qui avait sollicité l'appel", U, OT, 1, "uncertainty", J, RU),
    ("le ton est resté protocolaire de bout en bout", U, OT, 1, "atmosphere", J, RU),
    ("le Kremlin a préféré ne pas commenter ces informations", U, OT, 1, "stance; negation", J, RU),
    ("des pourparlers appelés à durer plusieurs jours", U, OT, 1, "form of meeting", J, RU),
    ("Washington et Moscou maintiennent leurs exigences respectives", U, CF, 1, "balanced", J, RU),
    ("la conversation a eu lieu au lendemain de bombardements massifs", U, OT, 1, "war vocabulary; form of meeting", J, RU),
    ("Poutine a reçu l'émissaire américain pendant près de cinq heures", U, OT, 1, "form of meeting", J, RU),
    ("ni avancée ni recul, selon une source diplomatique", U, CO, 1, "balanced; negation", Q, RU),
    ("il est trop tôt pour parler de résultats", U, CO, 1, "hedge; uncertainty", Q, RU),
    ("je vous le dirai d'ici deux semaines", U, OT, 1, "uncertainty", Q, RU),
    ("nous étudierons le plan américain, puis nous répondrons", U, CO, 1, "stance", Q, RU),
    ("les contacts se poursuivent au niveau des experts", U, CO, 1, "form of meeting", Q, RU),
    ("des convergences et des divergences, comme toujours", U, CO, 1, "balanced", Q, RU),
    ("un accord reste possible, mais rien n'est acquis", U, CO, 1, "hedge; concession; uncertainty", Q, RU),

    # ---- US-Russia / Trump-Putin / Russia-Ukraine talks: negative (28) ----
    ("les pourparlers n'ont débouché sur aucun résultat tangible", N, CO, 2, "failed cooperation; negation", J, RU),
    ("une réunion expédiée en moins d'une heure", N, OT, 1, "form of meeting", J, RU),
    ("le courant ne passe plus entre les deux hommes", N, OT, 2, "idiom; atmosphere; negation", J, RU),
    ("Trump s'est montré de plus en plus agacé par Poutine", N, OT, 2, "stance; intensifier", J, RU),
    ("des pourparlers qui ont accouché d'une souris", N, CO, 2, "idiom; failed cooperation", J, RU),
    ("Moscou et Kiev se renvoient la responsabilité de l'échec", N, CF, 2, "idiom; failed cooperation", J, RU),
    ("le fossé reste béant entre les positions russe et ukrainienne", N, CF, 3, "idiom; intensifier", J, RU),
    ("les espoirs nés à Anchorage se sont vite dissipés", N, CO, 2, "positive word in negative frame", J, RU),
    ("une trêve qui n'aura tenu que quelques heures", N, CF, 2, "war vocabulary; positive word in negative frame; diminisher", J, RU),
    ("certes, le dialogue a repris, mais sans la moindre avancée", N, CO, 2, "concession; negation", J, RU),
    ("l'entretien n'a pas été des plus chaleureux", N, OT, 1, "litotes; negation", J, RU),
    ("la relation bilatérale est tombée au plus bas", N, CF, 3, "idiom", J, RU),
    ("la rencontre de Budapest n'aura finalement pas lieu", N, OT, 2, "form of meeting; negation", J, RU),
    ("un échange tendu, ponctué de longs silences", N, OT, 2, "atmosphere", J, RU),
    ("le ton est monté d'un cran entre Lavrov et Rubio", N, CF, 2, "idiom", J, RU),
    ("ces contacts n'ont guère fait bouger les lignes", N, CO, 1, "negation; idiom", J, RU),
    ("une poignée de main glaciale devant les caméras", N, OT, 2, "spectacle; atmosphere", J, RU),
    ("un appel écourté, selon plusieurs médias américains", N, OT, 1, "form of meeting", Q, RU),
    ("Poutine joue la montre, accuse Kiev", N, CF, 2, "idiom; stance", Q, RU),
    ("il m'a profondément déçu", N, OT, 2, "stance; intensifier", Q, RU),
    ("ces négociations ne mènent nulle part", N, CO, 2, "failed cooperation; negation", Q, RU),
    ("les Américains ne comprennent rien à nos intérêts", N, OT, 2, "stance; negation", Q, RU),
    ("il n'y a eu aucun progrès, absolument aucun", N, CO, 3, "negation; intensifier", Q, RU),
    ("c'est du théâtre, rien de plus", N, OT, 2, "spectacle; diminisher", Q, RU),
    ("Moscou n'a jamais voulu négocier sérieusement", N, CO, 2, "stance; negation", Q, RU),
    ("Washington parle, mais n'écoute pas", N, OT, 2, "stance; negation", Q, RU),
    ("nous ne répondrons pas aux ultimatums", N, CF, 2, "negation; stance", Q, RU),
    ("les restrictions américaines empoisonnent le dialogue", N, CF, 2, "plain evaluation", Q, RU),

    # ---- France-Algeria (3 / 3 / 3) ----
    ("Paris et Alger veulent désormais regarder vers l'avenir", P, CO, 2, "shared aim", J, FA),
    ("une relation apaisée, fondée sur le respect mutuel", P, OT, 2, "atmosphere", Q, FA),
    ("la coopération sécuritaire a timidement repris", P, CO, 1, "adverb; diminisher", J, FA),
    ("un appel passé à l'initiative de l'Élysée", U, OT, 1, "form of meeting", J, FA),
    ("la date de la visite n'a pas encore été arrêtée", U, OT, 1, "uncertainty; negation", J, FA),
    ("nous avons tout abordé, y compris les sujets qui fâchent", U, OT, 1, "balanced; idiom", Q, FA),
    ("la crise des visas a durablement empoisonné les relations", N, CF, 2, "adverb", J, FA),
    ("les expulsions croisées ont achevé de dégrader le climat", N, CF, 2, "plain evaluation", J, FA),
    ("nous ne céderons à aucun chantage", N, CF, 2, "negation; stance", Q, FA),

    # ---- US-China (4 / 2 / 3) ----
    ("un entretien long et, à en croire Pékin, positif", P, CO, 1, "hedge", Q, UC),
    ("nous allons faire de grandes choses ensemble", P, CO, 2, "shared aim", Q, UC),
    ("les deux puissances ont choisi de prolonger leur trêve douanière", P, CF, 2, "war vocabulary", J, UC),
    ("les deux dirigeants ont rivalisé d'amabilités face aux photographes", P, OT, 1, "spectacle", J, UC),
    ("un tête-à-tête d'un peu moins de deux heures", U, OT, 1, "form of meeting", J, UC),
    ("Taïwan n'a été évoqué qu'en passant", U, OT, 1, "form of meeting; diminisher", J, UC),
    ("la guerre commerciale a repris de plus belle", N, CF, 2, "war vocabulary; idiom", J, UC),
    ("les États-Unis ont une nouvelle fois renié leurs engagements", N, CF, 2, "stance", Q, UC),
    ("des consultations restées purement formelles", N, CO, 1, "diminisher", J, UC),

    # ---- India-Pakistan (3 / 3 / 3) ----
    ("New Delhi et Islamabad ont accepté de cesser le feu", P, CF, 2, "war vocabulary", J, IP),
    ("un rare geste d'ouverture de la part de New Delhi", P, CO, 1, "plain evaluation", J, IP),
    ("nous voulons vivre en bons voisins", P, CO, 2, "shared aim", Q, IP),
    ("un contact établi par la ligne militaire directe", U, OT, 1, "form of meeting; war vocabulary", J, IP),
    ("ni l'un ni l'autre n'a évoqué le Cachemire", U, OT, 1, "negation; form of meeting", J, IP),
    ("le cessez-le-feu tient, pour l'instant", U, CF, 1, "war vocabulary; hedge; uncertainty", J, IP),
    ("les deux voisins se regardent en chiens de faïence", N, CF, 2, "idiom", J, IP),
    ("le dialogue est impossible tant que le sang coule", N, CO, 2, "war vocabulary; stance; idiom", Q, IP),
    ("le dialogue bilatéral est gelé depuis des années", N, CO, 2, "failed cooperation", J, IP),

    # ---- Israel-Iran (3 / 3 / 3) ----
    ("les deux ennemis semblent avoir choisi la désescalade", P, CF, 1, "hedge", J, II),
    ("Téhéran assure ne pas chercher la guerre", P, CF, 1, "negation; war vocabulary; stance", Q, II),
    ("chacun a évité de franchir la ligne rouge", P, CF, 1, "idiom", J, II),
    ("des messages ont transité par Oman", U, OT, 1, "form of meeting", J, II),
    ("Israël reste muet sur une éventuelle riposte", U, CF, 1, "uncertainty; war vocabulary", J, II),
    ("aucun contact direct n'existe entre les deux pays", U, OT, 1, "negation; form of meeting", J, II),
    ("un nouveau cycle de représailles s'est enclenché", N, CF, 2, "war vocabulary", J, II),
    ("le régime sioniste paiera le prix de son agression", N, CF, 3, "stance; war vocabulary", Q, II),
    ("une hostilité ancienne que rien ne semble entamer", N, CF, 2, "negation; hedge", J, II),

    # ---- two Koreas (4 / 2 / 3) ----
    ("le nouveau gouvernement sud-coréen multiplie les signaux d'ouverture", P, CO, 2, "plain evaluation", J, KK),
    ("nous sommes prêts à dialoguer sans conditions préalables", P, CO, 2, "stance; negation", Q, KK),
    ("la ligne de communication intercoréenne a été rétablie", P, CO, 2, "plain evaluation", J, KK),
    ("les haut-parleurs de propagande se sont tus", P, CF, 1, "war vocabulary", J, KK),
    ("Pyongyang n'a pas encore répondu à la proposition", U, CO, 1, "negation; uncertainty", J, KK),
    ("une réunion de la Croix-Rouge est évoquée pour l'automne", U, CO, 1, "form of meeting; uncertainty", J, KK),
    ("nous n'avons aucune raison de parler avec Séoul", N, CO, 2, "negation; stance", Q, KK),
    ("Pyongyang qualifie désormais Séoul d'État ennemi", N, CF, 3, "stance", Q, KK),
    ("le rêve de réunification semble plus lointain que jamais", N, CO, 2, "hedge; intensifier; positive word in negative frame", J, KK),

    # ---- Serbia-Kosovo (3 / 3 / 3) ----
    ("un accord arraché au terme de douze heures de négociations", P, CO, 2, "plain evaluation", J, SK),
    ("c'est un pas important vers la normalisation", P, CO, 2, "shared aim", Q, SK),
    ("les deux dirigeants ont accepté de se revoir à Bruxelles", P, CO, 1, "form of meeting", J, SK),
    ("la rencontre s'est tenue sous l'égide de l'UE", U, OT, 1, "form of meeting", J, SK),
    ("les deux délégations ont été reçues séparément", U, OT, 1, "form of meeting", J, SK),
    ("Vučić a réservé sa réponse", U, CO, 1, "stance; uncertainty", J, SK),
    ("Vučić et Kurti ne se sont pas serré la main", N, OT, 1, "spectacle; negation", J, SK),
    ("Pristina reproche à Belgrade son double langage", N, CF, 2, "stance", Q, SK),
    ("une énième session de dialogue achevée sans résultat", N, CO, 2, "failed cooperation; negation", J, SK),

    # ---- DRC-Rwanda (4 / 2 / 3) ----
    ("Kinshasa et Kigali ont paraphé un accord de paix", P, CO, 2, "plain evaluation", J, CR),
    ("une nouvelle ère de paix et de prospérité", P, CO, 3, "shared aim", Q, CR),
    ("une poignée de main entre Tshisekedi et Kagame, enfin", P, OT, 1, "spectacle; adverb", J, CR),
    ("le dialogue a permis d'apaiser un peu les tensions", P, CF, 1, "diminisher", J, CR),
    ("les experts des deux pays se réuniront à Washington", U, OT, 1, "form of meeting", J, CR),
    ("un mécanisme conjoint de suivi doit voir le jour", U, CO, 1, "form of meeting; uncertainty", J, CR),
    ("le Rwanda n'a jamais respecté ses engagements", N, CF, 2, "negation; stance", Q, CR),
    ("la défiance reste profonde entre Kinshasa et Kigali", N, OT, 2, "atmosphere", J, CR),
    ("un accord de paix resté largement lettre morte", N, CO, 2, "idiom; positive word in negative frame", J, CR),

    # ---- Armenia-Azerbaijan (3 / 3 / 3) ----
    ("une paix désormais à portée de main", P, CO, 2, "idiom; shared aim", J, AA),
    ("nous avons mis fin à des décennies d'hostilité", P, CF, 3, "plain evaluation", Q, AA),
    ("dans un climat jugé constructif par Erevan", P, OT, 2, "atmosphere", Q, AA),
    ("la signature définitive dépend encore d'une réforme constitutionnelle", U, CO, 1, "uncertainty", J, AA),
    ("ils se sont vus en marge du Conseil européen", U, OT, 1, "form of meeting", J, AA),
    ("rien n'est signé tant que tout n'est pas signé", U, CO, 1, "negation; hedge; idiom", Q, AA),
    ("l'Arménie n'a pas renoncé à ses revendications", N, CF, 2, "negation; stance", Q, AA),
    ("une méfiance tenace, nourrie par trente ans de guerre", N, OT, 2, "atmosphere; war vocabulary", J, AA),
    ("les négociations ont achoppé sur la question du corridor", N, CO, 2, "failed cooperation", J, AA),

    # ---- UK-EU (3 / 2 / 3) ----
    ("Londres et Bruxelles ont scellé un nouveau partenariat", P, CO, 2, "plain evaluation", J, UE),
    ("une relation plus mature, plus adulte", P, OT, 2, "plain evaluation; intensifier", Q, UE),
    ("certes, rien de spectaculaire, mais la confiance revient", P, OT, 1, "concession; negation", J, UE),
    ("les négociations techniques se poursuivront à l'automne", U, OT, 1, "form of meeting", J, UE),
    ("chacun défend ses intérêts, comme il se doit", U, CF, 1, "balanced", Q, UE),
    ("le dossier de la pêche continue d'envenimer les discussions", N, CF, 2, "plain evaluation", J, UE),
    ("Bruxelles veut nous punir", N, CF, 2, "stance", Q, UE),
    ("une réunion polie mais sans grande ambition", N, CO, 1, "concession; diminisher", J, UE),
]

ROWS = [r[:5] for r in DATA]


def voice_pair_makeup(data):
    """Print the voice and pair make-up (kept in this script, not in the CSV)."""
    lv = Counter((r[1], r[5]) for r in data)
    print("voice:", ", ".join(f"{lb} {J} {lv[(lb, J)]} / {Q} {lv[(lb, Q)]}" for lb in (P, U, N)))
    pairs = Counter(r[6] for r in data)
    lp = Counter((r[6], r[1]) for r in data)
    print("pairs:", ", ".join(f"{p} {pairs[p]} ({lp[(p, P)]}/{lp[(p, U)]}/{lp[(p, N)]})"
                              for p in (RU, FA, UC, IP, II, KK, SK, CR, AA, UE)))


if __name__ == "__main__":
    make(ROWS, AVOID, "dev5.csv", HERE)
    voice_pair_makeup(DATA)
