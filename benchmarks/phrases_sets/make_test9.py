#!/usr/bin/env python3
"""Write test9.csv (held-out list of constructed French framing phrases). Standard library only.
Checks labels, frames, strengths (neutral = 1), notes (fixed list of 19 types), length (2-10
whitespace-separated words), uniqueness and avoidance of the examples in make_test8.py's AVOID
list (as its first 65 lines show it); prints the make-up; exits non-zero on error."""
import csv, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
P, U, N = "positive", "neutral", "negative"
CO, CF, OT = "cooperation", "conflict", "other"
NOTES = {"plain evaluation", "adverb", "intensifier", "negation", "litotes", "hedge", "idiom",
         "shared aim", "war vocabulary", "failed cooperation", "form of meeting", "atmosphere",
         "stance", "spectacle", "uncertainty", "balanced", "concession",
         "positive word in negative frame", "diminisher"}

# Copied verbatim from make_test8.py's AVOID list (its lines 22-63: the examples quoted in
# PHRASES.md, test6_README.md and make_test6.py's AVOID list). No phrase of test8.csv or of any
# other set was read or added. A phrase is refused if it contains one of these or is contained
# in one (case-insensitive, apostrophes and spaces normalised).
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
    # ---- US-Russia / Trump-Putin: positive ----
    ("un échange jugé utile et substantiel par le Kremlin", P, CO, 2, "plain evaluation"),
    ("Trump évoque un appel formidable avec Poutine", P, CO, 3, "plain evaluation"),
    ("des progrès significatifs vers un règlement en Ukraine", P, CO, 2, "plain evaluation"),
    ("Moscou et Washington rouvrent le canal diplomatique", P, CO, 2, "plain evaluation"),
    ("un échange pas inutile, concède Moscou", P, CO, 1, "litotes; concession"),
    ("Poutine vante la sincérité de son homologue américain", P, OT, 2, "stance"),
    ("Trump assure s'entendre très bien avec Poutine", P, OT, 2, "stance; intensifier"),
    ("un cessez-le-feu à portée de main, selon Washington", P, CO, 2, "shared aim; idiom"),
    ("un dégel spectaculaire entre Moscou et Washington", P, CO, 3, "idiom; intensifier"),
    ("deux heures d'échanges dans un climat cordial", P, OT, 2, "atmosphere; form of meeting"),
    ("le Kremlin se félicite de la reprise du dialogue", P, CO, 2, "plain evaluation; stance"),
    ("Moscou et Washington mettent une sourdine à leurs invectives", P, CF, 2, "idiom"),
    ("Trump et Poutine affichent leur complicité à Anchorage", P, OT, 2, "spectacle; atmosphere"),
    ("Poutine invité à monter dans la limousine de Trump", P, OT, 1, "spectacle; form of meeting"),
    ("la désescalade verbale se confirme entre Moscou et Washington", P, CF, 2, "plain evaluation"),
    ("le Kremlin n'exclut plus un face-à-face", P, CO, 1, "negation; hedge"),
    ("les pourparlers de Riyad avancent à grands pas", P, CO, 2, "idiom"),
    ("Moscou voit dans l'appel un signal encourageant", P, CO, 2, "plain evaluation"),
    ("une relation loin d'être rompue, insiste Peskov", P, CO, 1, "litotes"),
    ("Poutine remercie chaleureusement Trump pour ses efforts de paix", P, OT, 2, "stance; adverb"),
    ("Washington et Moscou parlent enfin le même langage", P, CO, 2, "adverb; idiom"),
    ("malgré la guerre, le dialogue russo-américain tient bon", P, CO, 2, "concession"),
    ("la fièvre retombe entre le Kremlin et la Maison-Blanche", P, CF, 2, "idiom"),
    ("un tête-à-tête Trump-Poutine plus long que prévu", P, OT, 1, "form of meeting"),
    # ---- US-Russia / Trump-Putin: neutral ----
    ("le Kremlin se garde de tout pronostic sur l'issue", U, OT, 1, "uncertainty; stance"),
    ("une rencontre Trump-Poutine dont la date reste à fixer", U, OT, 1, "uncertainty; form of meeting"),
    ("un appel annoncé par le Kremlin, sans commentaire de Washington", U, OT, 1, "form of meeting"),
    ("ni enthousiasme ni déception au Kremlin", U, OT, 1, "balanced; stance"),
    ("Poutine juge prématuré de parler d'un accord", U, CO, 1, "hedge; uncertainty"),
    ("Moscou prend acte des propositions américaines", U, CO, 1, "stance"),
    ("Trump ne se dit ni optimiste ni pessimiste", U, OT, 1, "balanced; stance"),
    ("Moscou attend des précisions de la partie américaine", U, CO, 1, "uncertainty; stance"),
    ("Washington et Moscou constatent leurs désaccords sans rompre", U, CF, 1, "balanced"),
    ("le Kremlin temporise sur une rencontre avec Trump", U, OT, 1, "uncertainty; stance"),
    ("une rencontre à Budapest évoquée, pas encore actée", U, OT, 1, "uncertainty; negation"),
    ("un entretien de routine entre Lavrov et Rubio", U, OT, 1, "form of meeting"),
    ("des pourparlers russo-américains loin des projecteurs", U, OT, 1, "form of meeting"),
    # ---- US-Russia / Trump-Putin: negative ----
    ("Trump accuse Poutine de le mener en bateau", N, CF, 2, "stance; idiom"),
    ("un coup de fil Trump-Poutine pour rien", N, CO, 2, "failed cooperation"),
    ("la rencontre de Budapest renvoyée aux calendes grecques", N, OT, 2, "form of meeting; idiom"),
    ("Moscou et Washington se regardent en chiens de faïence", N, CF, 2, "idiom"),
    ("la paix promise en vingt-quatre heures se fait attendre", N, CO, 2,
     "failed cooperation; positive word in negative frame"),
    ("le déjeuner prévu à Anchorage a été annulé", N, OT, 1, "form of meeting"),
    ("une déclaration commune expédiée, sans questions des journalistes", N, OT, 1, "form of meeting"),
    ("le Kremlin douche les espoirs de cessez-le-feu", N, CO, 2, "idiom; positive word in negative frame"),
    ("Trump lance un ultimatum à Poutine", N, CF, 2, "stance"),
    ("un froid polaire entre le Kremlin et la Maison-Blanche", N, CF, 3, "idiom"),
    ("l'idylle entre Trump et Poutine a vécu", N, CO, 2, "positive word in negative frame; idiom"),
    ("Poutine joue la montre, accuse Washington", N, CF, 2, "stance; idiom"),
    ("les pourparlers d'Istanbul accouchent d'une souris", N, CO, 2, "idiom"),
    ("loin, très loin d'un accord, reconnaît Rubio", N, CO, 2, "intensifier"),
    ("Moscou dénonce l'arrogance américaine", N, CF, 2, "stance"),
    ("à Anchorage, beaucoup de tapis rouge, peu de résultats", N, CO, 2,
     "concession; spectacle; positive word in negative frame"),
    ("les discussions achoppent sur le sort du Donbass", N, CO, 2, "failed cooperation"),
    ("le fossé reste béant entre Moscou et Washington", N, CF, 3, "plain evaluation"),
    ("Moscou ferme la porte à toute trêve", N, CO, 2, "idiom; failed cooperation"),
    ("Trump dit ne plus rien attendre de Poutine", N, OT, 2, "stance; negation"),
    ("Poutine, un interlocuteur peu fiable aux yeux de Trump", N, OT, 2, "stance"),
    # ---- France-Algeria ----
    ("Paris et Alger renouent après des mois de brouille", P, CO, 2, "plain evaluation"),
    ("une visite qui scelle la réconciliation franco-algérienne", P, CO, 3, "plain evaluation"),
    ("Tebboune laisse la porte entrouverte au dialogue avec Paris", P, CO, 1, "hedge; idiom"),
    ("Paris et Alger font le choix de l'apaisement", P, CF, 2, "plain evaluation"),
    ("Alger reçoit l'émissaire français sans tambour ni trompette", U, OT, 1, "form of meeting; idiom"),
    ("la crise franco-algérienne s'enlise", N, CF, 2, "plain evaluation"),
    ("la coopération sécuritaire franco-algérienne au point mort", N, CO, 2, "failed cooperation"),
    # ---- EU-China ----
    ("Pékin et Bruxelles s'engagent à rééquilibrer leurs échanges", P, CO, 1, "shared aim"),
    ("un dialogue exigeant mais nécessaire avec Pékin", U, CO, 1, "balanced; concession"),
    ("la Chine, à la fois partenaire et rival systémique", U, CF, 1, "balanced"),
    ("Bruxelles et Pékin se quittent sur un constat d'échec", N, CO, 2, "failed cooperation"),
    ("l'UE durcit le ton face à Pékin", N, CF, 2, "idiom"),
    ("un accueil glacial pour la délégation européenne à Pékin", N, OT, 3, "atmosphere"),
    # ---- India-Pakistan ----
    ("New Delhi et Islamabad conviennent d'un arrêt des hostilités", P, CF, 2, "war vocabulary"),
    ("une trêve qui tient, malgré les accusations croisées", P, CF, 1, "concession"),
    ("Islamabad se dit prêt à un dialogue global", P, CO, 1, "stance"),
    ("la tension entre l'Inde et le Pakistan atteint son paroxysme", N, CF, 3, "intensifier"),
    ("pas le moindre contact entre New Delhi et Islamabad", N, CO, 2, "negation; failed cooperation"),
    # ---- Israel-Iran ----
    ("Israël et l'Iran semblent vouloir éviter l'embrasement", P, CF, 1, "hedge"),
    ("un calme précaire entre Israël et l'Iran", U, CF, 1, "balanced"),
    ("la guerre de l'ombre entre Israël et l'Iran", N, CF, 2, "war vocabulary"),
    ("Téhéran promet une riposte écrasante à Israël", N, CF, 3, "war vocabulary; stance"),
    ("une escalade contrôlée, selon les analystes", N, CF, 1, "hedge"),
    # ---- US-China trade ----
    ("une pause bienvenue dans la guerre douanière", P, CF, 2, "war vocabulary"),
    ("Trump salue un accord fantastique avec la Chine", P, CO, 3, "plain evaluation"),
    ("une rencontre notée 12 sur 10 par Trump", P, CO, 3, "plain evaluation; spectacle"),
    ("un accord a minima pour éviter l'escalade", U, CO, 1, "diminisher; balanced"),
    ("Washington et Pékin, rivaux mais en contact", U, CF, 1, "balanced"),
    ("une guerre commerciale sans vainqueur", N, CF, 2, "war vocabulary"),
    ("Washington et Pékin, pas vraiment sur la même longueur d'onde", N, CF, 1, "litotes; idiom"),
    ("Pékin reste de marbre face aux menaces de Trump", N, CF, 2, "idiom; stance"),
    # ---- Ethiopia-Egypt ----
    ("les négociations sur le barrage de la Renaissance reprennent enfin", P, CO, 1, "adverb"),
    ("l'Égypte acte l'échec des négociations sur le barrage", N, CO, 3, "failed cooperation"),
    # ---- the two Koreas ----
    ("Kim et Moon, la main dans la main à Panmunjom", P, OT, 2, "spectacle; atmosphere"),
    ("Séoul et Pyongyang, toujours techniquement en guerre", U, CF, 1, "war vocabulary"),
    ("Pyongyang coupe toutes les lignes de communication avec Séoul", N, CO, 3, "failed cooperation"),
    ("Pyongyang qualifie Séoul d'ennemi principal", N, CF, 3, "stance"),
    # ---- Morocco-Spain ----
    ("Rabat et Madrid ouvrent une nouvelle étape", P, CO, 2, "plain evaluation"),
    ("une relation exemplaire, selon Pedro Sánchez", P, CO, 3, "plain evaluation"),
    ("Rabat garde le silence sur les propos de Madrid", U, OT, 1, "stance"),
    ("la réunion de haut niveau Rabat-Madrid, maintes fois reportée", N, OT, 1, "form of meeting"),
    # ---- Turkey-Greece ----
    ("Athènes et Ankara misent sur un agenda positif", P, CO, 2, "shared aim"),
    ("un climat apaisé entre Athènes et Ankara", P, CF, 2, "plain evaluation"),
    ("Athènes et Ankara, d'accord pour ne pas être d'accord", U, CF, 1, "balanced; idiom"),
    ("Erdogan menace Athènes d'arriver une nuit, soudainement", N, CF, 3, "stance"),
    # ---- any pair ----
    ("une discussion franche, mais sans animosité", P, OT, 1, "concession; atmosphere"),
    ("une conversation à bâtons rompus", P, OT, 1, "atmosphere; idiom"),
    ("un petit pas, mais dans la bonne direction", P, CO, 1, "diminisher; concession"),
    ("rien n'a filtré de la teneur des échanges", U, OT, 1, "uncertainty"),
    ("les positions restent éloignées, mais le dialogue se poursuit", U, CO, 1, "concession; balanced"),
    ("des divergences connues, rappelées sans acrimonie", U, CF, 1, "balanced"),
    ("un ton courtois mais ferme", U, OT, 1, "balanced; atmosphere"),
    ("une réunion d'une heure et demie, à huis clos", U, OT, 1, "form of meeting"),
    ("un rapprochement qui reste à concrétiser", U, CO, 1, "hedge; uncertainty"),
    ("trop tôt pour crier victoire", U, CO, 1, "hedge; idiom"),
    ("un partenariat à géométrie variable", U, CO, 1, "idiom; balanced"),
    ("la rencontre n'a duré que vingt minutes", N, OT, 1, "form of meeting; diminisher"),
    ("l'ambiance n'était pas à la fête", N, OT, 1, "negation; atmosphere"),
    ("une photo de famille sans sourires", N, OT, 1, "atmosphere; spectacle"),
    ("l'heure n'est pas encore à la réconciliation", N, CO, 1,
     "negation; positive word in negative frame"),
    ("un accord en trompe-l'œil", N, CO, 2, "idiom; positive word in negative frame"),
    ("sans grande illusion sur l'issue des discussions", N, CO, 1, "hedge"),
]


def norm(s):
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = re.sub(r"\s*'\s*", "'", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    avoid = [norm(a) for a in AVOID]
    seen = set()
    for i, row in enumerate(ROWS, 1):
        if len(row) != 5:
            errors.append(f"row {i}: expected 5 fields, got {len(row)}")
            continue
        phrase, label, frame, strength, note = row
        tag = f"row {i} ({phrase!r})"
        if label not in (P, U, N):
            errors.append(f"{tag}: bad label {label!r}")
        if frame not in (CO, CF, OT):
            errors.append(f"{tag}: bad frame {frame!r}")
        if strength not in (1, 2, 3) or isinstance(strength, bool):
            errors.append(f"{tag}: bad strength {strength!r}")
        if label == U and strength != 1:
            errors.append(f"{tag}: neutral phrases must have strength 1")
        notes = [n.strip() for n in note.split(";")]
        bad = [n for n in notes if n not in NOTES]
        if bad or not note.strip():
            errors.append(f"{tag}: unknown note(s) {bad or note!r}")
        if len(notes) != len(set(notes)):
            errors.append(f"{tag}: repeated note")
        nw = len(phrase.split())
        if not 2 <= nw <= 10:
            errors.append(f"{tag}: {nw} words (must be 2-10)")
        if phrase != phrase.strip() or any(q in phrase for q in "«»\"“”"):
            errors.append(f"{tag}: stray spaces or quote marks")
        key = norm(phrase)
        if key in seen:
            errors.append(f"{tag}: duplicate")
        seen.add(key)
        for a, raw in zip(avoid, AVOID):
            if a in key or key in a:
                errors.append(f"{tag}: overlaps AVOID entry {raw!r}")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); test9.csv not written", file=sys.stderr)
        sys.exit(1)

    out = os.path.join(HERE, "test9.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["phrase", "label", "frame", "strength", "note"])
        for r in ROWS:
            w.writerow(r)

    lab = Counter(r[1] for r in ROWS)
    fr = Counter(r[2] for r in ROWS)
    st = Counter(r[3] for r in ROWS)
    print(f"wrote {out}: {len(ROWS)} phrases")
    print("label:", ", ".join(f"{l} {lab[l]}" for l in (P, U, N)))
    print("frame:", ", ".join(f"{x} {fr[x]}" for x in (CO, CF, OT)))
    print("strength:", ", ".join(f"{s}: {st[s]}" for s in (1, 2, 3)))
    print("label x frame x strength:")
    lfs = Counter((r[1], r[2], r[3]) for r in ROWS)
    for l in (P, U, N):
        for x in (CO, CF, OT):
            cells = " ".join(f"s{s}={lfs[(l, x, s)]}" for s in (1, 2, 3))
            tot = sum(lfs[(l, x, s)] for s in (1, 2, 3))
            print(f"  {l:8} x {x:11}: {tot:3}  ({cells})")
    nc = Counter(n.strip() for r in ROWS for n in r[4].split(";"))
    print("notes:", ", ".join(f"{n} {c}" for n, c in nc.most_common()))
    missing = sorted(NOTES - set(nc))
    if missing:
        print("note types not used:", ", ".join(missing))


if __name__ == "__main__":
    main()
