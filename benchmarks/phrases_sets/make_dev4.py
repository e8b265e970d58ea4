#!/usr/bin/env python3
"""Write dev4.csv (DEVELOPMENT list of constructed French framing phrases; tuning allowed). Standard library only; the checks and the writing are list_check.py's.
Checks labels, frames, strengths (neutral = 1), notes (fixed list of 19 types), length (2-10
whitespace-separated words), uniqueness and avoidance of the examples in make_test8.py's AVOID
list (imported, not read); prints the make-up; exits non-zero on error."""
import os
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ next to the scripts

from list_check import CF, CO, OT, N, P, U, make  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# make_test8.py's AVOID list (the examples quoted in PHRASES.md and in earlier lists' READMEs),
# imported as make_test9.py does; its entries were not read by the author of this list. A phrase
# is refused if it contains one of these or is contained in one (case-insensitive, apostrophes and
# spaces normalised).
from make_test8 import AVOID  # noqa: E402

# (phrase, label, frame, strength, note)
ROWS = [
    # ---- US-Russia / Trump-Putin / Russia-Ukraine talks: positive ----
    ("Trump et Poutine, des retrouvailles chaleureuses", P, OT, 2, "atmosphere"),
    ("une conversation longue et substantielle", P, CO, 2, "plain evaluation"),
    ("nous avons beaucoup avancé aujourd'hui", P, CO, 2, "plain evaluation; intensifier"),
    ("des progrès modestes mais réels vers un cessez-le-feu", P, CO, 1, "diminisher; shared aim; war vocabulary"),
    ("Moscou et Washington s'accordent pour normaliser leurs ambassades", P, CO, 1, "plain evaluation"),
    ("Poutine salue le courage de Trump", P, OT, 2, "stance"),
    ("Trump, visiblement séduit par son hôte russe", P, OT, 2, "stance; adverb"),
    ("une poignée de main appuyée sur le tarmac", P, OT, 1, "spectacle"),
    ("tout sourire, les deux présidents posent côte à côte", P, OT, 1, "spectacle; atmosphere"),
    ("un échange respectueux, sans langue de bois", P, OT, 2, "atmosphere; negation"),
    ("Kiev et Moscou s'entendent sur un échange de prisonniers", P, CO, 1, "plain evaluation; war vocabulary"),
    ("Washington et Moscou décidés à repartir de zéro", P, CO, 2, "idiom"),
    ("jamais la paix n'a été aussi proche, assure Trump", P, CO, 3, "intensifier; shared aim"),
    ("le Kremlin se félicite d'un dialogue enfin constructif", P, CO, 2, "adverb; plain evaluation"),
    ("une rencontre jugée historique au Kremlin", P, OT, 3, "plain evaluation; form of meeting"),
    ("Moscou et Washington, unis pour arrêter les combats", P, CO, 2, "shared aim; war vocabulary"),
    ("un appel qualifié de très productif par la Maison-Blanche", P, CO, 2, "intensifier"),
    ("nous nous comprenons parfaitement, affirme Poutine", P, OT, 3, "stance; adverb"),
    ("une relation de confiance s'installe, assure Ouchakov", P, OT, 2, "stance"),
    ("un dialogue qui renaît après des années de silence", P, CO, 2, "plain evaluation"),
    ("la tension retombe d'un cran entre Moscou et Washington", P, CF, 1, "idiom; diminisher"),
    ("l'apaisement gagne les relations russo-américaines", P, CF, 2, "plain evaluation"),
    ("pas de désaccord de fond, selon le Kremlin", P, CF, 1, "negation"),
    ("un round loin d'être stérile, reconnaît Kiev", P, CO, 1, "litotes"),
    ("des discussions à Genève plus fructueuses que prévu", P, CO, 2, "plain evaluation"),
    ("Trump et Poutine, accolade et grands sourires", P, OT, 2, "spectacle; atmosphere"),
    ("une volonté commune de sortir de l'impasse", P, CO, 2, "shared aim; idiom"),
    ("Kiev et Moscou de nouveau autour de la table", P, CO, 1, "idiom"),
    ("une conversation d'une chaleur inhabituelle", P, OT, 3, "atmosphere; intensifier"),
    ("nous sommes tout près d'un accord", P, CO, 2, "plain evaluation"),
    ("il n'y a pas d'alternative au dialogue", P, CO, 2, "negation; shared aim"),
    ("un homme avec qui on peut travailler", P, OT, 1, "stance"),
    ("une avancée majeure vers la fin de la guerre", P, CO, 3, "shared aim; war vocabulary"),

    # ---- US-Russia / Trump-Putin / Russia-Ukraine talks: neutral ----
    ("Moscou et Washington campent sur leurs positions, mais se parlent", U, CO, 1, "balanced; concession"),
    ("le Kremlin ne confirme ni ne dément la rencontre", U, OT, 1, "uncertainty; balanced"),
    ("une rencontre dont la date reste à fixer", U, OT, 1, "uncertainty; form of meeting"),
    ("des avancées sur certains points, des blocages sur d'autres", U, CO, 1, "balanced"),
    ("Trump attend de voir ce que Poutine proposera", U, OT, 1, "uncertainty; stance"),
    ("ni percée ni rupture entre Moscou et Washington", U, CO, 1, "balanced"),
    ("l'issue des pourparlers demeure incertaine", U, OT, 1, "uncertainty"),
    ("Washington et Moscou, adversaires qui continuent de négocier", U, CF, 1, "balanced"),
    ("Moscou dit étudier le plan américain", U, CO, 1, "stance"),
    ("Poutine reste prudent sur les chances d'un accord", U, OT, 1, "hedge; stance"),
    ("une trêve énergétique fragile entre Kiev et Moscou", U, CF, 1, "hedge; war vocabulary"),
    ("ni chaleur ni froideur dans la salle", U, OT, 1, "atmosphere; balanced"),
    ("les délégations se reverront, sans date précise", U, CO, 1, "uncertainty; form of meeting"),
    ("échanges de prisonniers, mais pas de progrès politique", U, CO, 1, "balanced; war vocabulary"),
    ("Washington se donne deux semaines pour juger Moscou", U, OT, 1, "stance; uncertainty"),
    ("Russes et Américains, rivaux condamnés à se parler", U, CF, 1, "balanced"),
    ("des discussions difficiles mais nécessaires", U, CO, 1, "balanced; concession"),
    ("la balle est dans le camp américain", U, OT, 1, "idiom; stance"),
    ("nous ne sommes pas pressés", U, OT, 1, "stance; negation"),
    ("on verra bien ce qui se passera", U, OT, 1, "uncertainty"),

    # ---- US-Russia / Trump-Putin / Russia-Ukraine talks: negative ----
    ("l'appel n'a débouché sur rien de concret", N, CO, 2, "failed cooperation; negation"),
    ("Poutine fait attendre Trump, une fois de plus", N, OT, 1, "stance; form of meeting"),
    ("Trump se dit très déçu par Poutine", N, OT, 2, "stance; intensifier"),
    ("le rendez-vous de Budapest renvoyé sine die", N, CO, 2, "form of meeting; failed cooperation"),
    ("les pourparlers d'Istanbul tournent court", N, CO, 2, "failed cooperation; idiom"),
    ("Moscou accuse Washington de duplicité", N, CF, 2, "stance"),
    ("Trump menace Moscou de représailles économiques", N, CF, 2, "stance"),
    ("des divergences toujours aussi profondes sur l'Ukraine", N, CF, 2, "intensifier"),
    ("le dialogue russo-américain au point mort", N, CO, 2, "failed cooperation; idiom"),
    ("Poutine ne croit guère aux promesses américaines", N, OT, 2, "stance; negation"),
    ("des échanges glaciaux entre Lavrov et Rubio", N, OT, 3, "atmosphere"),
    ("trêve aussitôt violée, Moscou et Kiev s'accusent mutuellement", N, CF, 2, "war vocabulary; positive word in negative frame"),
    ("Trump sort les griffes contre le Kremlin", N, CF, 2, "idiom"),
    ("plus de questions que de réponses après Anchorage", N, OT, 1, "uncertainty"),
    ("un bilan guère encourageant, concède Washington", N, CO, 1, "litotes; negation"),
    ("le processus de paix s'enlise", N, CO, 2, "failed cooperation; idiom"),
    ("une paix au rabais, dénoncent les Ukrainiens", N, CO, 2, "positive word in negative frame; stance"),
    ("le Kremlin rejette sèchement la proposition américaine", N, CO, 2, "adverb; failed cooperation"),
    ("beaucoup de mots, aucune avancée", N, CO, 2, "failed cooperation; concession"),
    ("Trump et Poutine, la fin des illusions", N, OT, 2, "stance"),
    ("une méfiance réciproque qui ne se dissipe pas", N, OT, 2, "stance; negation"),
    ("un cessez-le-feu promis, jamais appliqué", N, CO, 2, "positive word in negative frame; war vocabulary"),
    ("les négociateurs se séparent sans communiqué commun", N, CO, 1, "failed cooperation; form of meeting"),
    ("une conversation tendue, écourtée par le Kremlin", N, OT, 2, "atmosphere; form of meeting"),
    ("les pourparlers, une simple façade selon Kiev", N, CO, 2, "diminisher; stance"),
    ("cette fois, pas de poignée de main", N, OT, 1, "spectacle; negation"),
    ("une relation russo-américaine en chute libre", N, CF, 3, "idiom"),
    ("je ne suis pas content de lui", N, OT, 2, "stance; negation"),
    ("une perte de temps, tranche Trump", N, CO, 2, "failed cooperation; stance"),

    # ---- US-China ----
    ("Pékin et Washington concluent une trêve commerciale", P, CF, 2, "war vocabulary"),
    ("Xi et Trump, sourires et compliments à Busan", P, OT, 2, "spectacle; atmosphere"),
    ("un accord gagnant-gagnant, se réjouit Pékin", P, CO, 2, "plain evaluation"),
    ("Washington et Pékin, concurrents mais interdépendants", U, CF, 1, "balanced"),
    ("les surtaxes suspendues, mais pas supprimées", U, CF, 1, "balanced; negation"),
    ("Pékin riposte coup pour coup aux taxes américaines", N, CF, 2, "idiom"),
    ("la guerre des puces s'intensifie entre Pékin et Washington", N, CF, 3, "war vocabulary; intensifier"),
    ("une trêve commerciale déjà menacée", N, CF, 1, "positive word in negative frame; hedge"),

    # ---- France-Algeria ----
    ("Macron et Tebboune veulent rebâtir la confiance", P, CO, 2, "shared aim"),
    ("Paris et Alger renouent le fil de la discussion", P, CO, 2, "idiom"),
    ("une visite qui ouvre une nouvelle page", P, CO, 2, "idiom"),
    ("Alger souffle le chaud et le froid", U, OT, 1, "balanced; idiom"),
    ("la relation franco-algérienne, entre mémoire et intérêts", U, OT, 1, "balanced"),
    ("Paris et Alger, un froid qui s'installe", N, OT, 2, "atmosphere; idiom"),
    ("entre Paris et Alger, la confiance est rompue", N, OT, 3, "stance"),
    ("l'escalade des expulsions croisées", N, CF, 2, "plain evaluation"),
    ("Paris et Alger, une réconciliation sans cesse ajournée", N, CO, 2, "positive word in negative frame; failed cooperation"),

    # ---- India-Pakistan ----
    ("un premier contact bienvenu entre New Delhi et Islamabad", P, CO, 1, "plain evaluation"),
    ("le calme revient le long de la ligne de contrôle", P, CF, 2, "atmosphere"),
    ("Inde et Pakistan, une accalmie sous surveillance", U, CF, 1, "hedge"),
    ("Islamabad attend un geste de New Delhi", U, CO, 1, "stance; uncertainty"),
    ("New Delhi ferme la porte à toute médiation", N, CO, 2, "failed cooperation; idiom"),
    ("une rhétorique martiale de part et d'autre de la frontière", N, CF, 2, "war vocabulary"),
    ("Inde et Pakistan au bord du gouffre", N, CF, 3, "idiom"),

    # ---- Israel-Iran ----
    ("Israël et l'Iran renoncent à une nouvelle riposte", P, CF, 1, "war vocabulary"),
    ("une retenue mutuelle saluée par les chancelleries", P, CF, 2, "plain evaluation"),
    ("Israël et l'Iran, une dissuasion réciproque", U, CF, 1, "balanced"),
    ("Téhéran se garde de répondre à Israël", U, OT, 1, "stance"),
    ("Israël et l'Iran, l'engrenage de la riposte", N, CF, 3, "idiom; war vocabulary"),
    ("Téhéran promet une réponse foudroyante à Israël", N, CF, 3, "war vocabulary; stance"),
    ("aucune voie diplomatique en vue entre Israël et l'Iran", N, CO, 2, "failed cooperation; negation"),

    # ---- Turkey-Greece ----
    ("Mitsotakis et Erdogan, l'heure de la bonne entente", P, CO, 2, "plain evaluation"),
    ("Athènes et Ankara misent sur un agenda positif", P, CO, 1, "shared aim"),
    ("une visite cordiale d'Erdogan à Athènes", P, OT, 2, "atmosphere"),
    ("Athènes et Ankara, voisins méfiants mais polis", U, OT, 1, "balanced"),
    ("le dossier chypriote, toujours en suspens", U, CO, 1, "uncertainty"),
    ("Athènes et Ankara, un dialogue de nouveau grippé", N, CO, 2, "failed cooperation; idiom"),
    ("Erdogan et Mitsotakis renouent avec les invectives", N, CF, 2, "plain evaluation; positive word in negative frame"),

    # ---- the two Koreas ----
    ("Séoul tend de nouveau la perche à Pyongyang", P, CO, 1, "idiom"),
    ("Pyongyang et Séoul rétablissent leur ligne de liaison", P, CO, 2, "plain evaluation"),
    ("la péninsule coréenne, ni guerre ni paix", U, CF, 1, "balanced; war vocabulary"),
    ("Séoul guette un signal de Pyongyang", U, OT, 1, "uncertainty"),
    ("Pyongyang ignore les appels au dialogue de Séoul", N, CO, 2, "failed cooperation; stance"),
    ("Kim désigne Séoul comme ennemi principal", N, CF, 3, "stance"),
    ("la surenchère des ballons entre les deux Corées", N, CF, 2, "spectacle"),

    # ---- Morocco-Algeria ----
    ("Rabat propose à Alger un dialogue sans conditions", P, CO, 2, "stance"),
    ("des gestes d'apaisement entre Rabat et Alger", P, CF, 1, "plain evaluation"),
    ("Rabat et Alger, frontière fermée mais discours mesurés", U, OT, 1, "balanced"),
    ("Alger étudie l'offre marocaine, sans se prononcer", U, CO, 1, "uncertainty; stance"),
    ("entre Rabat et Alger, les ponts sont coupés", N, CO, 3, "idiom; failed cooperation"),
    ("Alger oppose une fin de non-recevoir à Rabat", N, CO, 2, "failed cooperation; idiom"),
    ("une course aux armements qui inquiète la région", N, CF, 2, "war vocabulary"),

    # ---- UK-EU ----
    ("Londres et Bruxelles scellent leur réconciliation", P, CO, 3, "plain evaluation"),
    ("un nouveau départ dans les relations post-Brexit", P, CO, 2, "plain evaluation"),
    ("Starmer salue un partenariat retrouvé avec l'Europe", P, CO, 2, "stance"),
    ("un rapprochement prudent entre Londres et Bruxelles", P, CO, 1, "hedge"),
    ("Londres et Bruxelles négocient au cas par cas", U, CO, 1, "hedge"),
    ("la pêche, pomme de discorde entre Londres et Bruxelles", N, CF, 2, "idiom"),
    ("Bruxelles ne fait plus confiance à Londres", N, OT, 2, "stance; negation"),

    # ---- Japan-China ----
    ("Tokyo et Pékin s'engagent à stabiliser leurs relations", P, CO, 2, "shared aim"),
    ("un échange jugé constructif par Tokyo", P, CO, 2, "plain evaluation"),
    ("entre Tokyo et Pékin, une relation en pointillé", U, OT, 1, "uncertainty; idiom"),
    ("Pékin observe Takaichi avec circonspection", U, OT, 1, "stance; hedge"),
    ("Pékin somme Tokyo de retirer ses propos", N, CF, 2, "stance"),
    ("Pékin annule la rencontre prévue avec Tokyo", N, CO, 2, "form of meeting; failed cooperation"),
    ("les îles de la discorde empoisonnent la relation sino-japonaise", N, CF, 2, "idiom"),

    # ---- Venezuela-Colombia ----
    ("Petro et Maduro, retrouvailles à la frontière", P, OT, 1, "spectacle"),
    ("Bogota et Caracas rouvrent enfin leur frontière", P, CO, 2, "adverb"),
    ("une relation pragmatique entre Bogota et Caracas", U, CO, 1, "plain evaluation"),
    ("Petro reste évasif sur ses liens avec Maduro", U, OT, 1, "hedge; stance"),
    ("Caracas et Bogota, la rupture consommée", N, CO, 3, "failed cooperation"),
    ("Bogota et Caracas ne se parlent plus", N, CO, 2, "failed cooperation; negation"),

    # ---- Ethiopia-Eritrea ----
    ("Abiy et Issaias, l'accolade de la réconciliation", P, CO, 3, "spectacle"),
    ("une paix qui semblait impossible", P, CO, 2, "concession"),
    ("entre Addis-Abeba et Asmara, un long silence", U, OT, 1, "uncertainty"),
    ("la promesse de paix d'Asmara s'est évaporée", N, CO, 2, "positive word in negative frame; failed cooperation"),
    ("Addis-Abeba et Asmara, bruits de bottes à la frontière", N, CF, 3, "idiom; war vocabulary"),
    ("Asmara se méfie des ambitions d'Abiy", N, OT, 1, "stance"),
]

if __name__ == "__main__":
    make(ROWS, AVOID, "dev4.csv", HERE)
