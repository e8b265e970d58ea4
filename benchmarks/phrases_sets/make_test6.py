#!/usr/bin/env python3
"""Write test6.csv (held-out list of constructed French framing phrases). Standard library only.
Checks labels, notes, length (2-10 words), uniqueness and avoidance of the PHRASES.md examples;
exits non-zero on error."""
import csv, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
P, U, N = "positive", "neutral", "negative"
CO, CF, OT = "cooperation", "conflict", "other"
NOTES = {"plain evaluation", "adverb", "intensifier", "negation", "litotes", "hedge", "idiom",
         "shared aim", "war vocabulary", "failed cooperation", "form of meeting", "atmosphere",
         "stance", "spectacle", "uncertainty", "balanced", "concession",
         "positive word in negative frame", "diminisher"}
# examples quoted in PHRASES.md and test5_README.md: must not be reused
AVOID = ["très bonne conversation", "se sont pourtant entendus", "intensifier le dialogue",
         "paix durable", "travailler ensemble", "aller plus loin sur les sujets abordés",
         "regain de tension", "sur un air de guerre froide", "de nombreux désaccords", "mis à mal",
         "ne parviennent pas à réchauffer les relations", "vents contraires",
         "un sommet qualifié d'inédit", "un simple échange de politesses",
         "aucune rencontre bilatérale prévue", "disposés à se voir",
         "un coup de fil longtemps différé", "multiplié les compliments", "sur un pied d'égalité",
         "questions délicates", "dossiers brûlants", "un curieux ballet diplomatique",
         "se refuser à tout commentaire", "une guerre des mots", "un entretien franc et constructif",
         "pas encore assez", "mettre fin à la guerre",
         "des échanges fructueux", "un entretien glacial", "aucune hostilité entre les deux hommes",
         "n'a jamais rompu le dialogue", "pas question de renouer", "pas inintéressant",
         "loin d'être une lune de miel", "un rapprochement encore timide",
         "une atmosphère un peu tendue", "unir leurs forces contre le terrorisme",
         "déminer ensemble les dossiers sensibles", "un coup d'épée dans l'eau",
         "à couteaux tirés", "une poignée de main furtive", "la date reste à fixer",
         "ni triomphe ni fiasco", "souffler le chaud et le froid", "briser la glace",
         "dialogue de sourds", "faire taire les armes ensemble", "une cordialité de façade",
         "les négociations ont capoté", "un entretien cordial et substantiel",
         "une conversation riche et détaillée"]

# phrase, label, frame, strength, note
ROWS = [
    # ===== POSITIVE =====
    # --- cooperation: evaluations of the talks and their outcome
    ("un appel extrêmement productif", P, CO, 3, "intensifier"),
    ("des discussions empreintes de confiance mutuelle", P, CO, 2, "plain evaluation; atmosphere"),
    ("un accord a été trouvé sur l'essentiel", P, CO, 2, "plain evaluation"),
    ("les deux parties ont nettement progressé", P, CO, 2, "adverb"),
    ("une percée diplomatique majeure", P, CO, 3, "intensifier"),
    ("une entente personnelle excellente", P, CO, 3, "plain evaluation"),
    ("un net réchauffement entre Paris et Alger", P, CO, 2, "intensifier; idiom"),
    ("un premier pas encourageant vers la paix", P, CO, 2, "plain evaluation; shared aim"),
    # --- cooperation: shared aims (some in war words)
    ("sceller la réconciliation entre les deux pays", P, CO, 3, "shared aim"),
    ("bâtir ensemble une architecture de sécurité européenne", P, CO, 2, "shared aim"),
    ("lutter main dans la main contre le narcotrafic", P, CO, 2, "shared aim; idiom"),
    ("combattre côte à côte les groupes jihadistes", P, CO, 2, "shared aim; war vocabulary; idiom"),
    ("une offensive diplomatique commune pour un cessez-le-feu", P, CO, 2, "shared aim; war vocabulary"),
    # --- cooperation: negation, litotes, hedges, concessions
    ("ne ferment pas la porte à un accord", P, CO, 1, "negation; idiom"),
    ("une coopération loin d'être au point mort", P, CO, 1, "litotes"),
    ("un dialogue qui n'est pas sans résultats", P, CO, 1, "litotes"),
    ("des progrès certes modestes mais réels", P, CO, 1, "concession; hedge"),
    ("un rapprochement semble se dessiner", P, CO, 1, "hedge"),
    # --- conflict: lowered tension
    ("une désescalade saluée des deux côtés", P, CF, 2, "plain evaluation"),
    ("enterrer la hache de guerre", P, CF, 3, "idiom; war vocabulary"),
    ("mettre un terme à la brouille diplomatique", P, CF, 2, "shared aim"),
    ("les tensions sont nettement retombées", P, CF, 2, "adverb"),
    ("la page de la crise semble tournée", P, CF, 1, "hedge; idiom"),
    ("un dégel prudent entre Washington et Pékin", P, CF, 1, "hedge; idiom"),
    ("les différends ont été aplanis", P, CF, 2, "plain evaluation"),
    ("la querelle appartient désormais au passé", P, CF, 2, "idiom"),
    # --- other: atmosphere, form, spectacle, stance
    ("le courant passe bien entre les deux dirigeants", P, OT, 2, "idiom; atmosphere"),
    ("une atmosphère détendue et chaleureuse", P, OT, 2, "atmosphere"),
    ("un accueil en grande pompe", P, OT, 1, "form of meeting; spectacle"),
    ("un long déjeuner en tête-à-tête", P, OT, 1, "form of meeting"),
    ("une visite d'État hautement symbolique", P, OT, 2, "form of meeting; intensifier"),
    ("se sont donné une longue accolade", P, OT, 2, "form of meeting; atmosphere"),
    ("une complicité affichée devant les caméras", P, OT, 1, "spectacle; atmosphere"),
    ("n'ont pas ménagé les éloges réciproques", P, OT, 2, "stance; negation"),
    ("un respect mutuel maintes fois souligné", P, OT, 1, "stance"),
    ("sans la moindre fausse note", P, OT, 2, "negation; idiom; atmosphere"),
    ("dérouler le tapis rouge pour son hôte", P, OT, 2, "idiom; spectacle; form of meeting"),
    ("des sourires et des poignées de main chaleureuses", P, OT, 2, "atmosphere; form of meeting"),
    ("un ton résolument amical", P, OT, 2, "adverb; atmosphere"),
    ("saluer un ami de longue date", P, OT, 2, "stance"),

    # ===== NEGATIVE =====
    # --- cooperation: failed or hollow cooperation
    ("les pourparlers sont dans l'impasse", N, CO, 2, "idiom; failed cooperation"),
    ("un sommet pour rien", N, CO, 2, "plain evaluation; failed cooperation"),
    ("le dialogue est rompu", N, CO, 3, "failed cooperation"),
    ("des négociations qui piétinent", N, CO, 2, "failed cooperation"),
    ("l'accord céréalier a volé en éclats", N, CO, 3, "idiom; failed cooperation"),
    ("un rapprochement mort-né", N, CO, 3, "failed cooperation"),
    ("une main tendue restée sans réponse", N, CO, 2, "idiom; failed cooperation; positive word in negative frame"),
    ("la bonne volonté affichée n'a pas suffi", N, CO, 2, "positive word in negative frame; negation"),
    ("un partenariat qui n'existe plus que sur le papier", N, CO, 2, "idiom; diminisher"),
    ("la confiance n'est plus au rendez-vous", N, CO, 2, "negation; idiom"),
    ("peu de progrès sur le fond", N, CO, 1, "diminisher"),
    ("pas vraiment une réussite", N, CO, 1, "negation; hedge"),
    ("des promesses restées lettre morte", N, CO, 2, "idiom; failed cooperation"),
    # --- conflict: tension, rivalry, threats
    ("un bras de fer commercial entre Washington et Pékin", N, CF, 2, "idiom"),
    ("une escalade verbale inquiétante", N, CF, 2, "plain evaluation; war vocabulary"),
    ("les relations sont au plus bas", N, CF, 3, "intensifier"),
    ("une crise diplomatique sans précédent", N, CF, 3, "intensifier"),
    ("des menaces à peine voilées", N, CF, 2, "stance"),
    ("souffler sur les braises", N, CF, 2, "idiom"),
    ("un climat de défiance réciproque", N, CF, 2, "atmosphere"),
    ("une passe d'armes entre les deux chancelleries", N, CF, 2, "war vocabulary; idiom"),
    ("tirer à boulets rouges sur Moscou", N, CF, 3, "war vocabulary; idiom"),
    ("une relation empoisonnée par les soupçons", N, CF, 2, "plain evaluation"),
    ("la tension est encore montée d'un cran", N, CF, 2, "idiom; intensifier"),
    ("une guerre froide qui ne dit pas son nom", N, CF, 3, "idiom; war vocabulary"),
    ("pas le moindre signe de détente", N, CF, 2, "negation; positive word in negative frame"),
    ("une trêve commerciale déjà fragilisée", N, CF, 1, "war vocabulary; positive word in negative frame"),
    ("Washington hausse le ton face à Pékin", N, CF, 2, "stance; idiom"),
    ("des relations exécrables", N, CF, 3, "plain evaluation"),
    ("des relations qui ne sont pas au beau fixe", N, CF, 1, "litotes; idiom"),
    # --- other: cold atmosphere, curt form, empty spectacle, snubs
    ("une rencontre expédiée en vingt minutes", N, OT, 2, "form of meeting"),
    ("un silence pesant entre les deux délégations", N, OT, 2, "atmosphere"),
    ("une poignée de main crispée", N, OT, 1, "form of meeting; atmosphere"),
    ("une mise en scène sans substance", N, OT, 2, "spectacle"),
    ("des visages fermés à l'issue de l'entretien", N, OT, 2, "atmosphere"),
    ("snober ostensiblement son homologue", N, OT, 2, "stance; adverb"),
    ("un accueil plutôt froid", N, OT, 1, "hedge; atmosphere"),
    ("une visite reportée sine die", N, OT, 2, "form of meeting"),
    ("un sommet sans déclaration commune", N, OT, 1, "form of meeting; negation"),
    ("le courant ne passe pas vraiment", N, OT, 1, "negation; hedge; idiom; atmosphere"),

    # ===== NEUTRAL =====
    # --- cooperation: mixed or open outcome
    ("des progrès inégaux selon les dossiers", U, CO, 1, "balanced"),
    ("un accord partiel et provisoire", U, CO, 1, "balanced; hedge"),
    ("des discussions appelées à se poursuivre", U, CO, 1, "uncertainty"),
    ("des avancées sur certains points, des blocages sur d'autres", U, CO, 1, "balanced"),
    ("un compromis qui ne satisfait pleinement personne", U, CO, 1, "balanced; negation"),
    ("ni percée ni rupture", U, CO, 1, "balanced; negation"),
    ("un dialogue pragmatique, sans illusions", U, CO, 1, "stance; balanced"),
    ("une coopération à géométrie variable", U, CO, 1, "idiom"),
    ("il est trop tôt pour parler de rapprochement", U, CO, 1, "hedge; uncertainty"),
    ("une normalisation progressive, sous conditions", U, CO, 1, "hedge; concession"),
    ("un partenariat à la fois nécessaire et difficile", U, CO, 1, "balanced"),
    ("un accord de principe aux contours encore flous", U, CO, 1, "concession; uncertainty"),
    ("un bilan en demi-teinte", U, CO, 1, "balanced; idiom"),
    # --- conflict: managed, contained or undecided tension
    ("concurrents mais pas ennemis", U, CF, 1, "balanced; negation"),
    ("des divergences exposées sans acrimonie", U, CF, 1, "balanced"),
    ("chacun a rappelé ses lignes rouges", U, CF, 1, "stance"),
    ("une crise contenue, sans être réglée", U, CF, 1, "balanced; concession"),
    ("un rapport de force assumé", U, CF, 1, "stance"),
    ("des frictions habituelles entre alliés", U, CF, 1, "diminisher"),
    ("une rivalité encadrée par des garde-fous", U, CF, 1, "balanced"),
    ("des tensions ni apaisées ni aggravées", U, CF, 1, "balanced; negation"),
    ("une fermeté courtoise de part et d'autre", U, CF, 1, "balanced; stance"),
    ("difficile de dire si la tension retombe", U, CF, 1, "uncertainty"),
    ("une détente encore incertaine", U, CF, 1, "uncertainty; hedge"),
    ("un équilibre précaire entre dissuasion et dialogue", U, CF, 1, "balanced; war vocabulary"),
    # --- other: form, atmosphere, stance, uncertainty
    ("une rencontre en marge du G20", U, OT, 1, "form of meeting"),
    ("un entretien téléphonique de routine", U, OT, 1, "form of meeting; diminisher"),
    ("l'issue de la rencontre reste incertaine", U, OT, 1, "uncertainty"),
    ("le Kremlin reste évasif sur la date", U, OT, 1, "uncertainty; stance"),
    ("une poignée de main protocolaire", U, OT, 1, "form of meeting"),
    ("un ton mesuré de part et d'autre", U, OT, 1, "atmosphere"),
    ("une visite placée sous le signe de la prudence", U, OT, 1, "atmosphere; hedge"),
    ("sans effusions ni froideur", U, OT, 1, "balanced; atmosphere; negation"),
    ("un format restreint, sans conseillers", U, OT, 1, "form of meeting"),
    ("une mise en scène soigneusement calibrée", U, OT, 1, "spectacle; adverb"),
    ("une courtoisie de rigueur", U, OT, 1, "atmosphere"),
    ("nous jugerons sur les actes", U, OT, 1, "stance; uncertainty"),
    ("un entretien dont rien n'a filtré", U, OT, 1, "form of meeting; negation; uncertainty"),
    ("la Maison-Blanche tempère les attentes", U, OT, 1, "stance; hedge"),
    ("aucun sujet n'a été éludé", U, OT, 1, "negation; stance"),
]


def main():
    errs = []
    seen = set()
    avoid = {a.lower() for a in AVOID}
    for r in ROWS:
        if len(r) != 5:
            errs.append(f"bad row {r}"); continue
        ph, lab, fr, st, note = r
        n = len(ph.split())
        if not 2 <= n <= 10:
            errs.append(f"{ph}: {n} words")
        if lab not in (P, U, N) or fr not in (CO, CF, OT) or st not in (1, 2, 3):
            errs.append(f"{ph}: bad label {r}")
        tags = [t.strip() for t in note.split(";")]
        bad = [t for t in tags if t not in NOTES]
        if bad or len(set(tags)) != len(tags):
            errs.append(f"{ph}: bad note {bad or tags}")
        if ph != ph.strip() or '"' in ph or "«" in ph or "»" in ph:
            errs.append(f"{ph}: stray spaces or quote marks")
        low = ph.lower()
        if low in seen:
            errs.append(f"duplicate {ph}")
        seen.add(low)
        hits = [a for a in avoid if a in low or low in a]
        if hits:
            errs.append(f"{ph}: reuses example {hits}")
    if errs:
        print("\n".join(errs)); return 1
    with open(os.path.join(HERE, "test6.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["phrase", "label", "frame", "strength", "note"])
        w.writerows(ROWS)
    print(len(ROWS), "rows")
    print(Counter(r[1] for r in ROWS), Counter(r[2] for r in ROWS), Counter(r[3] for r in ROWS))
    print(sorted(Counter((r[1], r[2]) for r in ROWS).items()))
    print(sorted(Counter((r[1], r[3]) for r in ROWS).items()))
    notes = Counter(t.strip() for r in ROWS for t in r[4].split(";"))
    print(notes.most_common())
    print("unused notes:", sorted(NOTES - set(notes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
