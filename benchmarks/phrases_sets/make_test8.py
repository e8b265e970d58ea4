#!/usr/bin/env python3
"""Write test8.csv (held-out list of constructed French framing phrases). Standard library only; the checks and the writing are list_check.py's.
Checks labels, frames, strengths, notes, length (2-10 words), uniqueness and avoidance of the
examples in make_test7.py's AVOID list (as far as its first 60 lines show it); prints the
make-up; exits non-zero on error."""
import os

from list_check import CF, CO, OT, N, P, U, make

HERE = os.path.dirname(os.path.abspath(__file__))

# Copied from make_test7.py's AVOID list as far as its first 60 lines show it (examples quoted
# in PHRASES.md, test6_README.md and make_test6.py's AVOID list). The entries of make_test7.py
# after line 60 were not read. Nothing from test7.csv's rows is added. A phrase is refused if it
# contains one of these or is contained in one (case-insensitive, apostrophes and spaces
# normalised).
AVOID = [
    # PHRASES.md: framing phrases
    "très bonne conversation", "se sont pourtant entendus", "intensifier le dialogue",
    "paix durable", "travailler ensemble", "aller plus loin sur les sujets abordés",
    "regain de tension", "sur un air de guerre froide", "de nombreux désaccords", "mis à mal",
    "ne parviennent pas à réchauffer les relations", "vents contraires",
    "un sommet qualifié d'inédit", "un simple échange de politesses",
    "aucune rencontre bilatérale prévue", "disposés à se voir",
    "un coup de fil longtemps différé", "multiplié les compliments", "sur un pied d'égalité",
    "questions délicates", "dossiers brûlants", "un curieux ballet diplomatique",
    "se refuser à tout commentaire", "une guerre des mots entre Washington et Moscou",
    "une guerre des mots", "un entretien franc et constructif", "pas encore assez",
    "mettre fin à la guerre", "très bonne", "excellente",
    # PHRASES.md: event vocabulary and bare reporting words (not framing phrases)
    "frappes", "troupes", "attentat", "terrorisme", "guerre en Ukraine", "armes chimiques",
    "sanctions", "entretien téléphonique", "s'entretenir", "aborder", "sommet",
    # test6_README.md
    "bras de fer", "hache de guerre", "main tendue",
    "combattre côte à côte les groupes jihadistes", "enterrer la hache de guerre",
    "une main tendue restée sans réponse", "pas le moindre signe de détente",
    "les pourparlers sont dans l'impasse", "les tensions sont nettement retombées",
    "le courant passe bien entre les deux dirigeants", "le courant ne passe pas vraiment",
    "une coopération loin d'être au point mort", "la confiance n'est plus au rendez-vous",
    "des sourires et des poignées de main chaleureuses", "une poignée de main crispée",
    "une poignée de main protocolaire", "un dégel prudent entre Washington et Pékin",
    "une détente encore incertaine", "concurrents mais pas ennemis",
    "une rivalité encadrée par des garde-fous", "des tensions ni apaisées ni aggravées",
    "les différends ont été aplanis", "la querelle appartient désormais au passé",
    "un appel extrêmement productif", "saluer un ami de longue date",
    "nous jugerons sur les actes", "aucun sujet n'a été éludé", "un rapport de force assumé",
    "chacun a rappelé ses lignes rouges", "une complicité affichée devant les caméras",
    "un accueil en grande pompe", "un sommet sans déclaration commune",
    "une trêve commerciale déjà fragilisée", "les relations sont au plus bas",
    "des relations exécrables", "un partenariat qui n'existe plus que sur le papier",
    "une rencontre en marge du G20",
    # make_test6.py AVOID (test5_README.md examples)
    "des échanges fructueux", "un entretien glacial", "aucune hostilité entre les deux hommes",
    "n'a jamais rompu le dialogue", "pas question de renouer", "pas inintéressant",
    "loin d'être une lune de miel", "un rapprochement encore timide",
    "une atmosphère un peu tendue", "unir leurs forces contre le terrorisme",
    "déminer ensemble les dossiers sensibles", "un coup d'épée dans l'eau",
]

# (phrase, label, frame, strength, note)
ROWS = [
    # ---------------- positive / cooperation ----------------
    ("une conversation franche et utile", P, CO, 2, "plain evaluation"),
    ("un entretien particulièrement chaleureux et productif", P, CO, 3, "plain evaluation; intensifier"),
    ("Trump et Poutine prêts à se revoir rapidement", P, CO, 2, "form of meeting; stance"),
    ("Poutine accepte volontiers l'invitation à Washington", P, CO, 2, "form of meeting; adverb"),
    ("des discussions constructives et sans tabou", P, CO, 2, "plain evaluation"),
    ("un dialogue renoué après des mois de silence", P, CO, 2, "plain evaluation"),
    ("Bruxelles et Pékin s'accordent sur une feuille de route", P, CO, 2, "shared aim"),
    ("une volonté commune de stabiliser le Caucase", P, CO, 2, "shared aim"),
    ("Erevan et Bakou avancent vers un traité de paix", P, CO, 2, "shared aim"),
    ("un échange qui ouvre des perspectives encourageantes", P, CO, 2, "plain evaluation"),
    ("Paris et Alger relancent leur coopération sécuritaire", P, CO, 2, "plain evaluation"),
    ("malgré des positions éloignées, Washington et Téhéran progressent", P, CO, 2, "concession"),
    ("un entretien loin d'être stérile", P, CO, 1, "litotes"),
    ("pas un échange de pure forme", P, CO, 1, "litotes; negation"),
    ("un rapprochement spectaculaire entre Washington et Moscou", P, CO, 3, "plain evaluation; intensifier"),
    ("Belgrade et Pristina acceptent de reprendre langue", P, CO, 1, "idiom"),
    ("bâtir ensemble une sortie de guerre", P, CO, 2, "shared aim; war vocabulary"),
    ("un fil ténu mais réel renoué entre Pékin et Taipei", P, CO, 1, "concession; diminisher"),
    ("des pourparlers qui avancent à bon rythme", P, CO, 2, "plain evaluation"),
    ("l'Arménie et l'Azerbaïdjan paraphent un texte historique", P, CO, 3, "plain evaluation"),
    ("un premier pas, modeste mais encourageant", P, CO, 1, "diminisher; concession"),
    ("les deux hommes se sont parlé longuement et sans détour", P, CO, 2, "adverb"),
    ("une rencontre fructueuse et dense", P, CO, 2, "plain evaluation"),
    ("un dialogue plutôt encourageant", P, CO, 1, "hedge"),
    ("Trump invite Poutine à la Maison-Blanche", P, CO, 2, "form of meeting"),
    # ---------------- positive / conflict (easing) ----------------
    ("la fièvre est retombée entre Erevan et Bakou", P, CF, 2, "idiom"),
    ("une désescalade saluée des deux côtés du détroit", P, CF, 2, "plain evaluation"),
    ("ni menaces ni ultimatums cette fois", P, CF, 2, "negation"),
    ("la querelle diplomatique semble en voie d'apaisement", P, CF, 1, "hedge"),
    ("Washington et Téhéran baissent d'un ton", P, CF, 2, "idiom"),
    ("aucune invective échangée, une première depuis des mois", P, CF, 2, "negation"),
    ("un contentieux mémoriel en passe d'être dépassé", P, CF, 2, "plain evaluation"),
    ("Bruxelles et Pékin rangent les armes douanières", P, CF, 2, "war vocabulary"),
    ("un cessez-le-feu verbal entre Trump et Poutine", P, CF, 2, "war vocabulary"),
    # ---------------- positive / other ----------------
    ("une ambiance détendue, ponctuée de rires", P, OT, 2, "atmosphere"),
    ("Trump ne tarit pas d'éloges sur Poutine", P, OT, 3, "stance; negation"),
    ("Poutine salue le courage de son homologue", P, OT, 2, "stance"),
    ("une longue promenade en tête-à-tête dans les jardins", P, OT, 1, "form of meeting"),
    ("un déjeuner de travail prolongé dans la bonne humeur", P, OT, 2, "form of meeting; atmosphere"),
    ("une connivence évidente entre les deux hommes", P, OT, 2, "atmosphere"),
    ("un accueil des plus chaleureux à Pékin", P, OT, 3, "intensifier; atmosphere"),
    ("Macron et Tebboune affichent une entente personnelle", P, OT, 2, "stance; spectacle"),
    ("pas l'ombre d'une crispation autour de la table", P, OT, 2, "negation; atmosphere"),
    ("un respect mutuel souligné à plusieurs reprises", P, OT, 2, "stance"),
    ("une rencontre qui n'a pas déplu au Kremlin", P, OT, 1, "litotes"),
    # ---------------- negative / cooperation (failed) ----------------
    ("une conversation sans résultat tangible", N, CO, 2, "failed cooperation"),
    ("les négociations patinent depuis des semaines", N, CO, 2, "failed cooperation"),
    ("aucun progrès sur le dossier ukrainien", N, CO, 2, "negation; failed cooperation"),
    ("un entretien décevant, de l'aveu même de la Maison-Blanche", N, CO, 2, "plain evaluation"),
    ("Paris et Alger peinent à renouer le fil", N, CO, 2, "failed cooperation"),
    ("la normalisation entre Belgrade et Pristina s'enlise", N, CO, 2, "failed cooperation"),
    ("une coopération réduite à sa plus simple expression", N, CO, 2, "diminisher"),
    ("des promesses de dialogue jamais suivies d'effet", N, CO, 2, "positive word in negative frame; negation"),
    ("des sourires, mais aucune concession concrète", N, CO, 2, "concession; positive word in negative frame"),
    ("une relation qui ne décolle pas", N, CO, 1, "negation"),
    ("un partenariat sino-européen en panne", N, CO, 2, "plain evaluation"),
    ("Téhéran ferme la porte à toute négociation directe", N, CO, 3, "stance; failed cooperation"),
    ("la réconciliation franco-algérienne marque le pas", N, CO, 2, "failed cooperation"),
    ("aucune percée, pas même sur les prisonniers", N, CO, 2, "negation; intensifier"),
    ("un réchauffement qui a fait long feu", N, CO, 2, "positive word in negative frame; idiom"),
    ("un rapprochement mort-né", N, CO, 3, "positive word in negative frame"),
    ("difficile de parler d'une relance", N, CO, 1, "hedge"),
    ("une relation pas franchement idyllique", N, CO, 1, "litotes"),
    # ---------------- negative / conflict ----------------
    ("une relation empoisonnée par la méfiance", N, CF, 2, "plain evaluation"),
    ("les deux capitales se livrent une guerre d'usure diplomatique", N, CF, 3, "war vocabulary"),
    ("Moscou et Washington s'invectivent par médias interposés", N, CF, 2, "plain evaluation; spectacle"),
    ("un climat de suspicion réciproque", N, CF, 2, "plain evaluation"),
    ("la surenchère verbale entre Washington et Téhéran", N, CF, 2, "plain evaluation"),
    ("une nouvelle crise ouverte entre Paris et Alger", N, CF, 2, "plain evaluation"),
    ("une hostilité à peine voilée", N, CF, 2, "hedge"),
    ("les désaccords n'ont jamais été aussi profonds", N, CF, 3, "negation; intensifier"),
    ("Bakou hausse le ton face à Erevan", N, CF, 2, "stance; idiom"),
    ("une rivalité qui vire à l'affrontement ouvert", N, CF, 3, "war vocabulary"),
    ("derrière les amabilités, une défiance intacte", N, CF, 2, "positive word in negative frame; concession"),
    ("Trump et Poutine, adversaires plus que partenaires", N, CF, 2, "stance"),
    ("un ton franchement belliqueux", N, CF, 3, "war vocabulary; adverb"),
    ("les griefs s'accumulent de part et d'autre", N, CF, 2, "plain evaluation"),
    ("une tension qui ne retombe pas", N, CF, 2, "negation"),
    ("le différend commercial s'envenime encore", N, CF, 2, "adverb"),
    ("Belgrade et Pristina au bord de la rupture", N, CF, 3, "plain evaluation"),
    ("des tirs de barrage verbaux contre Paris", N, CF, 2, "war vocabulary"),
    ("une cordialité qui masque mal les désaccords", N, CF, 2, "positive word in negative frame"),
    ("le dossier ukrainien, toujours aussi épineux", N, CF, 1, "adverb"),
    # ---------------- negative / other ----------------
    ("la rencontre est encore une fois reportée", N, OT, 1, "form of meeting"),
    ("pas de tête-à-tête prévu à Genève", N, OT, 1, "form of meeting; negation"),
    ("une poignée de main sèche, sans un regard", N, OT, 2, "atmosphere; spectacle"),
    ("Poutine snobe l'invitation américaine", N, OT, 2, "stance; form of meeting"),
    ("un échange réduit à une photo de famille", N, OT, 2, "diminisher; spectacle"),
    ("Trump se dit déçu par Poutine", N, OT, 2, "stance"),
    ("Trump écourte brusquement la rencontre", N, OT, 2, "form of meeting; adverb"),
    # ---------------- neutral / cooperation ----------------
    ("ni percée ni rupture dans les discussions", U, CO, 1, "balanced"),
    ("un accord encore à finaliser", U, CO, 1, "uncertainty"),
    ("le dialogue continue, sans avancée majeure", U, CO, 1, "balanced; concession"),
    ("une négociation confiée aux ministres des Affaires étrangères", U, CO, 1, "form of meeting"),
    ("les deux parties étudient un éventuel accord", U, CO, 1, "uncertainty"),
    ("l'avenir de l'accord reste suspendu à Téhéran", U, CO, 1, "uncertainty"),
    ("un texte agréé en partie, le reste en suspens", U, CO, 1, "balanced"),
    ("la coopération se poursuit, ni plus ni moins", U, CO, 1, "balanced"),
    ("Moscou conditionne toute avancée à des garanties", U, CO, 1, "stance"),
    ("les deux délégations se reverront, sans date fixée", U, CO, 1, "uncertainty; form of meeting"),
    ("Erevan et Bakou, entre espoir de paix et méfiance", U, CO, 1, "balanced"),
    # ---------------- neutral / conflict ----------------
    ("une compétition stratégique que personne ne nie", U, CF, 1, "stance; negation"),
    ("des désaccords persistants, sans escalade", U, CF, 1, "balanced"),
    ("la brouille franco-algérienne, ni soldée ni envenimée", U, CF, 1, "balanced"),
    ("chaque camp reste sur ses positions, sans hausser le ton", U, CF, 1, "balanced"),
    ("difficile de dire si la crise est derrière eux", U, CF, 1, "uncertainty"),
    ("les tensions dans le détroit restent à un niveau habituel", U, CF, 1, "plain evaluation"),
    ("la question de Taïwan, sensible mais pas bloquante", U, CF, 1, "balanced; concession"),
    # ---------------- neutral / other ----------------
    ("une rencontre au format restreint", U, OT, 1, "form of meeting"),
    ("une conversation d'une heure, à l'initiative de Washington", U, OT, 1, "form of meeting"),
    ("le Kremlin reste évasif sur la date", U, OT, 1, "uncertainty; stance"),
    ("une rencontre encore hypothétique", U, OT, 1, "uncertainty"),
    ("la date et le lieu restent à fixer", U, OT, 1, "uncertainty; form of meeting"),
    ("un ton poli, sans chaleur particulière", U, OT, 1, "balanced; atmosphere"),
    ("ni effusions ni froideur", U, OT, 1, "balanced; atmosphere"),
    ("une visite de travail sans faste particulier", U, OT, 1, "form of meeting; diminisher"),
    ("Washington ne confirme ni n'infirme la rencontre", U, OT, 1, "uncertainty; negation"),
    ("la Maison-Blanche se montre prudente sur l'issue", U, OT, 1, "hedge; stance"),
    ("Pékin observe une réserve calculée", U, OT, 1, "stance"),
    ("Poutine dit attendre de voir", U, OT, 1, "stance; uncertainty"),
]


def main():
    make(ROWS, AVOID, "test8.csv", HERE)


if __name__ == "__main__":
    main()
