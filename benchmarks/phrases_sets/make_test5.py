#!/usr/bin/env python3
"""Write test5.csv (held-out list of constructed French framing phrases). Standard library only.
Checks labels, length (2-10 words) and uniqueness; exits non-zero on error."""
import csv, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
# phrase, label, frame, strength, note
ROWS = [
    # --- plain evaluations of the talks
    ("un entretien cordial et substantiel", "positive", "cooperation", 2, "plain evaluation"),
    ("une conversation riche et détaillée", "positive", "cooperation", 2, "plain evaluation"),
    ("des échanges fructueux", "positive", "cooperation", 2, "plain evaluation"),
    ("une rencontre chaleureuse", "positive", "other", 2, "plain evaluation; atmosphere"),
    ("un dialogue confiant", "positive", "cooperation", 2, "plain evaluation"),
    ("des discussions stériles", "negative", "cooperation", 2, "plain evaluation"),
    ("un entretien glacial", "negative", "other", 3, "plain evaluation; atmosphere"),
    ("une relation empoisonnée", "negative", "conflict", 3, "plain evaluation"),
    ("un dialogue laborieux", "negative", "cooperation", 1, "plain evaluation"),
    ("une conversation houleuse", "negative", "conflict", 2, "plain evaluation; atmosphere"),
    ("une relation pragmatique", "positive", "cooperation", 1, "plain evaluation"),
    ("un entretien de routine", "neutral", "other", 1, "plain evaluation; form of meeting"),
    ("une discussion d'affaires courante", "neutral", "other", 1, "plain evaluation; form of meeting"),
    ("l'entretien s'est bien passé", "positive", "cooperation", 1, "adverb"),
    ("ont longuement et franchement discuté", "neutral", "other", 1, "adverb; franchise ambiguous"),
    ("un échange particulièrement fécond", "positive", "cooperation", 3, "intensifier"),
    ("une rencontre historique", "positive", "other", 2, "spectacle; plain evaluation"),
    ("un partenariat d'égal à égal", "positive", "cooperation", 2, "collocation"),
    # --- intensifiers
    ("une très, très bonne discussion", "positive", "cooperation", 3, "intensifier"),
    ("une relation au plus bas", "negative", "conflict", 3, "intensifier"),
    ("une entente vraiment exceptionnelle", "positive", "cooperation", 3, "intensifier"),
    ("des rapports extrêmement dégradés", "negative", "conflict", 3, "intensifier"),
    ("un désaccord total", "negative", "conflict", 3, "intensifier"),
    ("des convergences de plus en plus nombreuses", "positive", "cooperation", 2, "intensifier"),
    ("une défiance plus forte que jamais", "negative", "conflict", 3, "intensifier"),
    # --- negation
    ("n'ont pas réussi à s'entendre", "negative", "cooperation", 2, "negation; failed cooperation"),
    ("aucun progrès n'a été enregistré", "negative", "cooperation", 2, "negation; failed cooperation"),
    ("la rencontre n'a rien changé", "negative", "cooperation", 2, "negation"),
    ("rien n'a filtré des échanges", "neutral", "other", 1, "negation; uncertainty"),
    ("pas de réel rapprochement", "negative", "cooperation", 2, "negation"),
    ("sans la moindre avancée", "negative", "cooperation", 2, "negation; intensifier"),
    ("aucune hostilité entre les deux hommes", "positive", "other", 1, "negation; atmosphere"),
    ("n'a jamais rompu le dialogue", "positive", "cooperation", 2, "negation"),
    ("ne se font plus confiance", "negative", "conflict", 2, "negation"),
    ("pas l'ombre d'un compromis", "negative", "cooperation", 2, "negation; idiom"),
    ("ne ferme pas la porte à un accord", "positive", "cooperation", 1, "negation; idiom"),
    ("pas question de renouer", "negative", "cooperation", 2, "negation"),
    ("n'a pas été à la hauteur des attentes", "negative", "cooperation", 2, "negation"),
    ("les deux camps ne lâchent rien", "negative", "conflict", 2, "negation; idiom"),
    ("sans aucune acrimonie", "positive", "other", 1, "negation; atmosphere"),
    ("aucun éclat, aucune tension", "positive", "other", 1, "negation; atmosphere"),
    # --- litotes
    ("pas inintéressant", "positive", "cooperation", 1, "litotes"),
    ("loin d'être négligeable", "positive", "cooperation", 1, "litotes"),
    ("pas totalement inutile", "positive", "cooperation", 1, "litotes; hedge"),
    ("ce n'est pas une mince avancée", "positive", "cooperation", 2, "litotes"),
    ("pas franchement chaleureux", "negative", "other", 1, "litotes; hedge; atmosphere"),
    ("pas vraiment une réussite", "negative", "cooperation", 1, "litotes; hedge"),
    ("loin d'être une lune de miel", "negative", "cooperation", 2, "litotes; idiom"),
    ("ce n'était pas le grand amour", "negative", "other", 1, "litotes; idiom"),
    # --- hedges
    ("un rapprochement encore timide", "positive", "cooperation", 1, "hedge"),
    ("une relative détente", "positive", "conflict", 1, "hedge"),
    ("un accord sans doute possible", "positive", "cooperation", 1, "hedge; uncertainty"),
    ("une discussion plutôt constructive", "positive", "cooperation", 1, "hedge"),
    ("une atmosphère un peu tendue", "negative", "other", 1, "hedge; atmosphere"),
    ("quelques progrès, peut-être", "positive", "cooperation", 1, "hedge; uncertainty"),
    ("une relation apparemment apaisée", "positive", "conflict", 1, "hedge"),
    ("des divergences qui semblent persister", "negative", "conflict", 1, "hedge"),
    ("un optimisme mesuré", "positive", "cooperation", 1, "hedge"),
    # --- idioms
    ("briser la glace", "positive", "cooperation", 2, "idiom"),
    ("un dialogue de sourds", "negative", "cooperation", 2, "idiom"),
    ("remettre les compteurs à zéro", "positive", "cooperation", 2, "idiom"),
    ("le torchon brûle entre les deux capitales", "negative", "conflict", 3, "idiom"),
    ("repartir sur de nouvelles bases", "positive", "cooperation", 2, "idiom"),
    ("ils sont à couteaux tirés", "negative", "conflict", 3, "idiom; war vocabulary"),
    ("se regarder en chiens de faïence", "negative", "conflict", 2, "idiom"),
    ("le fil du dialogue est rompu", "negative", "cooperation", 2, "idiom"),
    ("mettre de l'eau dans son vin", "positive", "cooperation", 1, "idiom"),
    ("un coup d'épée dans l'eau", "negative", "cooperation", 2, "idiom; war vocabulary"),
    ("une montagne qui accouche d'une souris", "negative", "cooperation", 2, "idiom"),
    ("jeter les bases d'une coopération", "positive", "cooperation", 2, "idiom"),
    ("un bras de fer diplomatique", "negative", "conflict", 2, "idiom"),
    ("souffler le chaud et le froid", "neutral", "other", 1, "idiom; uncertainty"),
    ("atomes crochus entre les deux présidents", "positive", "other", 2, "idiom; atmosphere"),
    ("la lune de miel est terminée", "negative", "cooperation", 2, "idiom"),
    ("le dialogue reprend des couleurs", "positive", "cooperation", 2, "idiom"),
    ("une relation en dents de scie", "neutral", "other", 1, "idiom; uncertainty"),
    # --- shared aims in war words (positive)
    ("unir leurs forces contre le terrorisme", "positive", "cooperation", 2, "shared aim; war vocabulary"),
    ("faire taire les armes ensemble", "positive", "cooperation", 2, "shared aim; war vocabulary"),
    ("combattre ensemble l'Etat islamique", "positive", "cooperation", 2, "shared aim; war vocabulary"),
    ("éviter une nouvelle guerre froide", "positive", "cooperation", 1, "shared aim; war vocabulary"),
    ("déminer ensemble les dossiers sensibles", "positive", "cooperation", 2, "shared aim; war vocabulary; idiom"),
    ("une alliance de circonstance contre les jihadistes", "positive", "cooperation", 1, "shared aim; war vocabulary; hedge"),
    ("arrêter l'effusion de sang", "positive", "cooperation", 2, "shared aim; war vocabulary"),
    # --- failed cooperation (negative/cooperation)
    ("les négociations ont capoté", "negative", "cooperation", 2, "failed cooperation"),
    ("un accord mort-né", "negative", "cooperation", 3, "failed cooperation; idiom"),
    ("le processus est enlisé", "negative", "cooperation", 2, "failed cooperation"),
    ("la trêve a volé en éclats", "negative", "cooperation", 3, "failed cooperation; idiom"),
    ("un rendez-vous manqué", "negative", "cooperation", 2, "failed cooperation"),
    ("des promesses restées lettre morte", "negative", "cooperation", 2, "failed cooperation; idiom"),
    ("le dialogue tourne en rond", "negative", "cooperation", 2, "failed cooperation; idiom"),
    ("le reset n'a pas tenu", "negative", "cooperation", 2, "failed cooperation; negation"),
    # --- the meeting's form
    ("une brève rencontre en marge du sommet", "neutral", "other", 1, "form of meeting"),
    ("un tête-à-tête de plus de deux heures", "positive", "other", 1, "form of meeting"),
    ("seuls avec leurs interprètes", "neutral", "other", 1, "form of meeting"),
    ("une rencontre sans cesse repoussée", "negative", "other", 2, "form of meeting"),
    ("une poignée de main furtive", "negative", "other", 1, "form of meeting; atmosphere"),
    ("pas de conférence de presse commune", "negative", "other", 1, "form of meeting; negation"),
    ("une visite d'Etat en grande pompe", "positive", "other", 2, "form of meeting; spectacle"),
    ("invité à Moscou", "positive", "other", 1, "form of meeting"),
    ("la date reste à fixer", "neutral", "other", 1, "form of meeting; uncertainty"),
    ("un appel prévu de longue date", "neutral", "other", 1, "form of meeting"),
    ("un simple coup de fil de courtoisie", "negative", "other", 1, "form of meeting; diminisher"),
    ("une rencontre au format élargi", "neutral", "other", 1, "form of meeting"),
    ("le sommet est annulé", "negative", "other", 2, "form of meeting"),
    # --- atmosphere and stance
    ("une ambiance détendue", "positive", "other", 2, "atmosphere"),
    ("des sourires de circonstance", "neutral", "other", 1, "atmosphere"),
    ("un climat de méfiance", "negative", "conflict", 2, "atmosphere"),
    ("échange de piques", "negative", "conflict", 1, "atmosphere"),
    ("tapes dans le dos et compliments", "positive", "other", 1, "atmosphere; spectacle"),
    ("un ton nettement plus conciliant", "positive", "other", 2, "stance; intensifier"),
    ("une fermeté affichée", "negative", "conflict", 1, "stance"),
    ("garder ses distances avec Moscou", "negative", "other", 1, "stance"),
    ("dans un respect mutuel", "positive", "other", 2, "atmosphere"),
    ("un froid perceptible", "negative", "other", 2, "atmosphere"),
    ("une grande complicité", "positive", "other", 2, "atmosphere"),
    # --- neutral / balanced / uncertainty
    ("ni triomphe ni fiasco", "neutral", "cooperation", 1, "negation; balanced"),
    ("un premier contact exploratoire", "neutral", "other", 1, "form of meeting"),
    ("une relation purement transactionnelle", "neutral", "other", 1, "stance"),
    ("ni chaleur ni hostilité", "neutral", "other", 1, "negation; atmosphere; balanced"),
    ("des discussions à huis clos", "neutral", "other", 1, "form of meeting"),
    ("un dialogue qui reste à construire", "neutral", "cooperation", 1, "uncertainty"),
    ("un bilan contrasté", "neutral", "cooperation", 1, "balanced"),
    ("l'issue reste incertaine", "neutral", "other", 1, "uncertainty"),
    ("des résultats à confirmer", "neutral", "cooperation", 1, "uncertainty; hedge"),
    ("des avancées et des désaccords", "neutral", "cooperation", 1, "balanced"),
    # --- positive words in negative frames / concessions
    ("une cordialité de façade", "negative", "other", 2, "positive word in negative frame"),
    ("des sourires qui ne trompent personne", "negative", "other", 2, "positive word in negative frame; negation"),
    ("beaucoup de bonne volonté, peu de résultats", "negative", "cooperation", 1, "concession"),
    ("malgré les désaccords, le dialogue continue", "positive", "cooperation", 1, "concession"),
    ("une paix qui ressemble à une capitulation", "negative", "cooperation", 2, "positive word in negative frame; war vocabulary"),
]


def main():
    errs = []
    seen = set()
    for r in ROWS:
        ph, lab, fr, st, note = r
        n = len(ph.split())
        if not 2 <= n <= 10:
            errs.append(f"{ph}: {n} words")
        if lab not in ("positive", "neutral", "negative") or fr not in ("cooperation", "conflict", "other") or st not in (1, 2, 3):
            errs.append(f"{ph}: bad label {r}")
        if ph.lower() in seen:
            errs.append(f"duplicate {ph}")
        seen.add(ph.lower())
    if errs:
        print("\n".join(errs)); return 1
    with open(os.path.join(HERE, "test5.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["phrase", "label", "frame", "strength", "note"])
        w.writerows(ROWS)
    print(len(ROWS), "rows")
    print(Counter(r[1] for r in ROWS), Counter(r[2] for r in ROWS), Counter(r[3] for r in ROWS))
    print(sorted(Counter((r[1], r[2]) for r in ROWS).items()))
    notes = Counter(t.strip() for r in ROWS for t in r[4].split(";"))
    print(notes.most_common())
    return 0


if __name__ == "__main__":
    sys.exit(main())
