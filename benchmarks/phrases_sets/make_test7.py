#!/usr/bin/env python3
"""Write test7.csv (held-out list of constructed French framing phrases). Standard library only; the checks and the writing are list_check.py's.
Checks labels, frames, strengths, notes, length (2-10 words), uniqueness and avoidance of the
examples quoted in PHRASES.md and test6_README.md; prints the make-up; exits non-zero on error."""
import os

from list_check import CF, CO, OT, N, P, U, make

HERE = os.path.dirname(os.path.abspath(__file__))

# Every example quoted in /work/shared/annotation/PHRASES.md (framing examples, event vocabulary
# and bare reporting words) and in test6_README.md, plus the avoid list visible in the first 40
# lines of make_test6.py (examples of test5_README.md). A phrase is refused if it contains one of
# these or is contained in one (case-insensitive, apostrophes and spaces normalised).
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
    "à couteaux tirés", "une poignée de main furtive", "la date reste à fixer",
    "ni triomphe ni fiasco", "souffler le chaud et le froid", "briser la glace",
    "dialogue de sourds", "faire taire les armes ensemble", "une cordialité de façade",
    "les négociations ont capoté", "un entretien cordial et substantiel",
    "une conversation riche et détaillée",
]

# phrase, label, frame, strength, note
ROWS = [
    # ===== POSITIVE =====
    # --- cooperation (17)
    ("un échange franchement productif", P, CO, 2, "adverb; plain evaluation"),
    ("des discussions d'une grande utilité", P, CO, 2, "intensifier; plain evaluation"),
    ("Moscou se dit prêt à reprendre les négociations", P, CO, 1, "stance"),
    ("ouvrir une nouvelle page entre Paris et Alger", P, CO, 2, "idiom; shared aim"),
    ("un accord à portée de main", P, CO, 2, "idiom"),
    ("les échanges n'ont pas été vains", P, CO, 1, "litotes; negation"),
    ("malgré les divergences, le dialogue se poursuit", P, CO, 1, "concession"),
    ("un rapprochement réel, quoique encore fragile", P, CO, 1, "hedge; concession"),
    ("œuvrer ensemble à la stabilité régionale", P, CO, 2, "shared aim"),
    ("Washington et Téhéran se reparlent enfin", P, CO, 2, "adverb"),
    ("un excellent premier contact", P, CO, 3, "plain evaluation"),
    ("des progrès, même modestes, sur le commerce", P, CO, 1, "diminisher; concession"),
    ("une percée diplomatique majeure", P, CO, 3, "intensifier; plain evaluation"),
    ("un partenariat qui n'a jamais été aussi solide", P, CO, 3, "negation; intensifier"),
    ("le dégel semble bien amorcé", P, CO, 1, "hedge; idiom"),
    ("Pékin met de l'eau dans son vin", P, CO, 1, "idiom; stance"),
    ("un nouveau départ dans la relation franco-algérienne", P, CO, 2, "idiom"),
    # --- conflict: easing of tension (12)
    ("la tension est retombée d'un cran", P, CF, 1, "idiom; diminisher"),
    ("une désescalade bienvenue entre New Delhi et Islamabad", P, CF, 2, "plain evaluation"),
    ("fumer le calumet de la paix", P, CF, 3, "idiom"),
    ("une trêve dans la guerre des tarifs", P, CF, 1, "war vocabulary"),
    ("les deux capitales ont désamorcé la crise", P, CF, 2, "war vocabulary"),
    ("si les désaccords demeurent, le ton s'est adouci", P, CF, 1, "concession"),
    ("aucune provocation de part et d'autre", P, CF, 1, "negation"),
    ("mettre un terme à l'escalade", P, CF, 2, "shared aim"),
    ("un apaisement spectaculaire entre Paris et Alger", P, CF, 3, "intensifier"),
    ("fin des invectives entre Washington et Téhéran", P, CF, 2, "plain evaluation"),
    ("une rivalité désormais apaisée", P, CF, 2, "adverb"),
    ("calmer le jeu à la frontière", P, CF, 2, "idiom; shared aim"),
    # --- other: atmosphere, style, spectacle, stance, form (15)
    ("dans une ambiance particulièrement détendue", P, OT, 2, "atmosphere; intensifier"),
    ("pas la moindre fausse note", P, OT, 2, "negation; idiom; atmosphere"),
    ("une complicité évidente entre les deux hommes", P, OT, 2, "atmosphere"),
    ("Trump ne tarit pas d'éloges sur Poutine", P, OT, 2, "idiom; negation; stance"),
    ("une accolade appuyée devant les photographes", P, OT, 1, "spectacle"),
    ("le tapis rouge déroulé pour l'hôte américain", P, OT, 1, "spectacle; idiom; form of meeting"),
    ("un tête-à-tête prolongé au-delà du programme", P, OT, 1, "form of meeting"),
    ("un climat de confiance retrouvé", P, OT, 2, "atmosphere"),
    ("des mots chaleureux pour son homologue", P, OT, 2, "stance"),
    ("un respect mutuel manifeste", P, OT, 2, "stance"),
    ("une rencontre plutôt cordiale", P, OT, 1, "hedge; atmosphere"),
    ("sur la même longueur d'onde", P, OT, 2, "idiom; atmosphere"),
    ("une visite d'État hautement symbolique", P, OT, 1, "form of meeting; adverb"),
    ("un échange d'une rare cordialité", P, OT, 3, "intensifier; atmosphere"),
    ("des relations au beau fixe", P, OT, 2, "idiom; atmosphere"),

    # ===== NEUTRAL =====
    # --- cooperation (14)
    ("des avancées sur certains points, des blocages sur d'autres", U, CO, 1, "balanced"),
    ("l'issue des négociations demeure incertaine", U, CO, 1, "uncertainty"),
    ("un accord partiel, le reste en suspens", U, CO, 1, "balanced"),
    ("rien n'est encore acté", U, CO, 1, "uncertainty; negation"),
    ("d'autres rencontres ne sont pas exclues", U, CO, 1, "uncertainty; negation; hedge"),
    ("une feuille de route encore à préciser", U, CO, 1, "uncertainty"),
    ("Pékin attend des gestes concrets", U, CO, 1, "stance"),
    ("ni percée ni rupture", U, CO, 1, "balanced; negation"),
    ("le dialogue se poursuit au niveau des experts", U, CO, 1, "form of meeting"),
    ("un accord possible, mais pas acquis", U, CO, 1, "balanced; hedge"),
    ("trop tôt pour parler de rapprochement", U, CO, 1, "uncertainty; hedge"),
    ("une négociation ouverte, sans calendrier précis", U, CO, 1, "uncertainty; form of meeting"),
    ("les deux parties se donnent jusqu'à l'automne", U, CO, 1, "uncertainty"),
    ("un accord de principe aux contours encore flous", U, CO, 1, "balanced; uncertainty"),
    # --- conflict: contained or managed rivalry (14)
    ("partenaire, concurrent et rival systémique", U, CF, 1, "balanced"),
    ("des divergences exprimées sans éclats de voix", U, CF, 1, "balanced"),
    ("chacun campe sur ses positions, sans escalade", U, CF, 1, "balanced; idiom"),
    ("une rivalité assumée de part et d'autre", U, CF, 1, "stance"),
    ("Washington et Moscou se jaugent", U, CF, 1, "uncertainty"),
    ("la frontière reste calme mais surveillée", U, CF, 1, "balanced"),
    ("chaque camp teste les limites de l'autre", U, CF, 1, "uncertainty; stance"),
    ("l'escalade n'est ni certaine ni exclue", U, CF, 1, "uncertainty; balanced; negation"),
    ("une concurrence frontale mais encadrée", U, CF, 1, "balanced; concession"),
    ("un cessez-le-feu qui tient, sans plus", U, CF, 1, "war vocabulary; diminisher; balanced"),
    ("une rivalité ancienne, sans aggravation récente", U, CF, 1, "balanced; negation"),
    ("des désaccords sur le nucléaire, pas de rupture", U, CF, 1, "balanced; negation"),
    ("une tension latente mais maîtrisée", U, CF, 1, "balanced; concession"),
    ("Paris et Alger divergent sur la mémoire, convergent sur l'énergie", U, CF, 1, "balanced"),
    # --- other: form, style, uncertainty (15)
    ("une rencontre à huis clos", U, OT, 1, "form of meeting"),
    ("un tête-à-tête sans conseillers", U, OT, 1, "form of meeting"),
    ("un échange de quatre-vingt-dix minutes", U, OT, 1, "form of meeting"),
    ("une rencontre très médiatisée", U, OT, 1, "spectacle"),
    ("difficile de dire qui l'a emporté", U, OT, 1, "uncertainty"),
    ("un ton ni chaleureux ni hostile", U, OT, 1, "balanced; atmosphere; negation"),
    ("un accueil conforme au protocole", U, OT, 1, "form of meeting"),
    ("les deux camps restent avares de détails", U, OT, 1, "stance"),
    ("une visite de travail sans faste", U, OT, 1, "form of meeting"),
    ("des comptes rendus sobres de part et d'autre", U, OT, 1, "form of meeting"),
    ("un format inédit à trois", U, OT, 1, "form of meeting"),
    ("une rencontre en terrain neutre, à Genève", U, OT, 1, "form of meeting"),
    ("un appel dont le contenu reste flou", U, OT, 1, "uncertainty"),
    ("le Kremlin se borne à confirmer l'appel", U, OT, 1, "stance; diminisher"),
    ("des compliments d'usage", U, OT, 1, "form of meeting; atmosphere"),

    # ===== NEGATIVE =====
    # --- cooperation: failed or empty talks (14)
    ("un accord encore hors de portée", N, CO, 2, "idiom"),
    ("les discussions ont tourné court", N, CO, 2, "failed cooperation; idiom"),
    ("un accord historique resté lettre morte", N, CO, 2,
     "positive word in negative frame; idiom; failed cooperation"),
    ("aucune avancée concrète", N, CO, 2, "negation; plain evaluation"),
    ("Téhéran exclut toute négociation directe", N, CO, 2, "stance; negation"),
    ("une coopération cantonnée à quelques dossiers", N, CO, 1, "diminisher"),
    ("certes courtois, l'échange n'a rien donné", N, CO, 2,
     "concession; positive word in negative frame; negation"),
    ("une rencontre sans lendemain", N, CO, 2, "failed cooperation; idiom"),
    ("le dialogue entre New Delhi et Islamabad est rompu", N, CO, 3, "failed cooperation"),
    ("les promesses de coopération sont restées vaines", N, CO, 2,
     "failed cooperation; positive word in negative frame"),
    ("quelques maigres résultats", N, CO, 1, "diminisher"),
    ("un échec cuisant pour la diplomatie", N, CO, 3, "plain evaluation; intensifier"),
    ("pas vraiment de quoi relancer la relation", N, CO, 1, "negation; hedge"),
    ("les deux camps ne se parlent plus", N, CO, 3, "negation; failed cooperation"),
    # --- conflict: tension, rivalry, threats (17)
    ("un nouveau coup de froid entre Paris et Alger", N, CF, 2, "idiom"),
    ("l'escalade verbale entre New Delhi et Islamabad", N, CF, 2, "war vocabulary"),
    ("une guerre commerciale ouverte entre Bruxelles et Pékin", N, CF, 3, "war vocabulary"),
    ("des relations extrêmement tendues", N, CF, 3, "intensifier"),
    ("une crise diplomatique sans précédent", N, CF, 3, "intensifier"),
    ("les menaces fusent de part et d'autre", N, CF, 2, "plain evaluation"),
    ("une bataille de communiqués", N, CF, 1, "war vocabulary; spectacle"),
    ("les deux pays se regardent en chiens de faïence", N, CF, 2, "idiom"),
    ("un duel à distance entre Trump et Poutine", N, CF, 1, "war vocabulary; spectacle"),
    ("la rivalité ne faiblit pas", N, CF, 2, "negation"),
    ("une tension palpable malgré les sourires", N, CF, 2,
     "concession; positive word in negative frame; atmosphere"),
    ("la menace d'une riposte plane toujours", N, CF, 2, "war vocabulary"),
    ("le torchon brûle entre Paris et Alger", N, CF, 3, "idiom"),
    ("un différend loin d'être réglé", N, CF, 1, "litotes; negation"),
    ("Trump hausse le ton face à Téhéran", N, CF, 2, "idiom; stance"),
    ("une rhétorique digne de la guerre froide", N, CF, 2, "war vocabulary; idiom"),
    ("la querelle mémorielle s'envenime", N, CF, 2, "plain evaluation"),
    # --- other: cold atmosphere, empty show, stance, form (12)
    ("une ambiance pour le moins fraîche", N, OT, 1, "litotes; hedge; atmosphere"),
    ("pas franchement au beau fixe", N, OT, 1, "litotes; negation; idiom; atmosphere"),
    ("une rencontre plus formelle que chaleureuse", N, OT, 1,
     "hedge; atmosphere; positive word in negative frame"),
    ("des sourires forcés devant les caméras", N, OT, 2,
     "spectacle; positive word in negative frame"),
    ("une opération de communication sans substance", N, OT, 2, "spectacle"),
    ("Alger garde ses distances", N, OT, 1, "stance; idiom"),
    ("un accueil glacial à l'aéroport", N, OT, 3, "atmosphere; form of meeting"),
    ("beaucoup de mise en scène, peu de résultats", N, OT, 2, "spectacle; diminisher"),
    ("une amitié à sens unique", N, OT, 2, "positive word in negative frame; idiom"),
    ("Poutine fait attendre son homologue", N, OT, 1, "spectacle; stance"),
    ("à peine quelques mots échangés", N, OT, 1, "diminisher; form of meeting"),
    ("une rencontre expédiée en vingt minutes", N, OT, 2, "form of meeting"),
]


def main():
    make(ROWS, AVOID, "test7.csv", HERE)


if __name__ == "__main__":
    main()
