#!/usr/bin/env python3
"""Write dev14.csv (DEVELOPMENT list of constructed French framing phrases, other pairs of sides). Standard library only; the checks and the writing are list_check.py's.
Checks labels, frames, strengths (neutral = 1), notes (fixed list of 19 types), length (2-10
whitespace-separated words), uniqueness and avoidance of the examples in make_test8.py's AVOID
list (imported, not read); prints the make-up; exits non-zero on error."""
import os

from list_check import CF, CO, OT, N, P, U, make

HERE = os.path.dirname(os.path.abspath(__file__))

# make_test8.py's AVOID list, imported as make_test13.py does; its contents were not read by the
# annotator of this list. No phrase of any other set was read or added. A phrase is refused if it
# contains one of these or is contained in one (case-insensitive, apostrophes and spaces normalised).
from make_test8 import AVOID  # noqa: E402

# (phrase, label, frame, strength, note)
# The trailing comment gives the voice the annotator had in mind (q = a piece of a leader's or a
# spokesman's sentence, j = the journalist's own wording), the sides and the kind of French-language
# press imagined. Voice is not a column of the CSV. No row is about Trump-Putin / US-Russia.
ROWS = [
    # --- France-Algeria (Macron-Tebboune); Algerian and French press ---
    ("un entretien qualifié d'amical par l'Élysée", P, OT, 2, "atmosphere"),  # j TSA-like
    ("retour à la normale entre Paris et Alger", P, CO, 2, "plain evaluation"),  # j El Watan-like
    ("Tebboune parle d'un climat apaisé", P, CF, 2, "atmosphere"),  # j
    ("une commission mixte d'historiens relancée", P, CO, 1, "form of meeting"),  # j
    ("Paris attend un geste d'Alger", U, OT, 1, "stance; uncertainty"),  # j
    ("Alger n'a pas réagi officiellement", U, OT, 1, "negation; uncertainty"),  # j
    ("une brouille diplomatique qui s'éternise", N, CF, 2, "idiom"),  # j
    ("une surenchère verbale de part et d'autre", N, CF, 2, "plain evaluation; balanced"),  # j
    ("la visite d'État sans cesse reportée", N, OT, 2, "form of meeting; adverb"),  # j
    ("une réconciliation mémorielle encore inachevée", N, CO, 1, "hedge; failed cooperation"),  # j
    # --- China-US (Xi-Biden, Xi-Trump); Swiss, Québec, Belgian press ---
    ("des garde-fous pour éviter un conflit", P, CF, 2, "shared aim; war vocabulary"),  # q
    ("la reprise des contacts entre états-majors", P, CO, 1, "form of meeting"),  # j Le Temps-like
    ("une rencontre cordiale près de San Francisco", P, OT, 2, "atmosphere"),  # j Le Devoir-like
    ("Pékin et Washington se reparleront au printemps", P, CO, 1, "shared aim"),  # j
    ("un entretien de quatre heures", U, OT, 1, "form of meeting"),  # j
    ("chacun a exposé ses lignes", U, OT, 1, "balanced"),  # j
    ("une rivalité qui ne faiblit pas", N, CF, 2, "negation"),  # j Le Soir-like
    ("Taïwan reste la ligne de fracture", N, CF, 2, "idiom"),  # j
    ("des engagements peu suivis d'effets", N, CO, 2, "failed cooperation; diminisher"),  # j
    ("une guerre commerciale qui reprend de plus belle", N, CF, 2, "war vocabulary; idiom"),  # j
    # --- India-Pakistan (Modi-Sharif); Lebanese, Swiss, French press ---
    ("un retour au calme salué à Islamabad", P, CF, 2, "plain evaluation"),  # j L'Orient-Le Jour-like
    ("une désescalade bienvenue sur la frontière", P, CF, 2, "plain evaluation"),  # j
    ("le corridor de Kartarpur, un pont entre les deux pays", P, CO, 2, "idiom"),  # j
    ("des messages transmis par les directeurs des opérations militaires", U, OT, 1, "form of meeting"),  # j
    ("Washington revendique une médiation, New Delhi la conteste", U, OT, 1, "balanced; uncertainty"),  # j
    ("une trêve dont la durée reste incertaine", U, CF, 1, "uncertainty"),  # j
    ("New Delhi accuse Islamabad de duplicité", N, CF, 2, "stance"),  # j
    ("les pires affrontements depuis des décennies", N, CF, 3, "war vocabulary; intensifier"),  # j
    ("le traité des eaux de l'Indus suspendu", N, CO, 2, "failed cooperation"),  # j
    ("une rhétorique belliqueuse des deux côtés", N, CF, 2, "war vocabulary; balanced"),  # j
    # --- Turkey-Greece (Erdoğan-Mitsotakis); Belgian, Swiss press ---
    ("un agenda positif entre Athènes et Ankara", P, CO, 2, "plain evaluation"),  # q
    ("des sourires appuyés entre Erdoğan et Mitsotakis", P, OT, 2, "atmosphere; spectacle"),  # j
    ("une accalmie durable en mer Égée", P, CF, 2, "plain evaluation"),  # j
    ("les différends maritimes laissés de côté", P, CO, 1, "concession"),  # j
    ("une réunion du conseil de coopération de haut niveau", U, OT, 1, "form of meeting"),  # j
    ("Athènes reste attentive aux gestes d'Ankara", U, OT, 1, "stance; uncertainty"),  # q
    ("les survols en mer Égée ravivent les tensions", N, CF, 2, "plain evaluation"),  # j
    ("Erdoğan menace d'arriver une nuit, sans prévenir", N, CF, 3, "war vocabulary; idiom"),  # q
    ("une rencontre annulée par Ankara", N, OT, 2, "form of meeting"),  # j
    ("Mitsotakis n'existe plus pour moi", N, OT, 3, "stance; negation"),  # q Erdoğan 2022
    # --- Azerbaijan-Armenia (Aliev-Pachinian); French, Swiss press ---
    ("une poignée de main historique à la Maison-Blanche", P, OT, 3, "spectacle"),  # j
    ("la fin de trois décennies d'hostilité", P, CF, 3, "shared aim; war vocabulary"),  # q
    ("des frontières enfin délimitées d'un commun accord", P, CO, 2, "plain evaluation; adverb"),  # j
    ("Pachinian parle d'une paix véritable", P, CO, 2, "plain evaluation"),  # j
    ("des pourparlers entre ministres à Almaty", U, OT, 1, "form of meeting"),  # j
    ("Erevan attend des garanties", U, OT, 1, "stance; uncertainty"),  # j
    ("un texte encore soumis à ratification", U, CO, 1, "uncertainty"),  # j
    ("Bakou exige d'abord une révision constitutionnelle", N, OT, 1, "stance"),  # j
    ("une paix imposée par la force", N, CF, 2, "war vocabulary; stance"),  # q Armenian opposition
    ("des incidents frontaliers qui empoisonnent le processus", N, CF, 2, "idiom"),  # j
    # --- Serbia-Kosovo (Vučić-Kurti); Belgian, Swiss press ---
    ("un accord verbal obtenu à Ohrid", P, CO, 1, "plain evaluation; diminisher"),  # j Le Soir-like
    ("Bruxelles salue une avancée décisive", P, CO, 2, "plain evaluation"),  # j
    ("un compromis in extremis sur les plaques d'immatriculation", P, CO, 1, "plain evaluation"),  # j
    ("une réunion trilatérale sous l'égide de Josep Borrell", U, OT, 1, "form of meeting"),  # j
    ("la mise en œuvre reste à discuter", U, CO, 1, "uncertainty"),  # q EU spokesman
    ("les deux délégations ont présenté leurs propositions", U, CO, 1, "form of meeting"),  # j
    ("Kurti accusé de bloquer l'association des communes serbes", N, CF, 2, "stance"),  # j
    ("Belgrade crie à la persécution des Serbes", N, CF, 2, "idiom; stance"),  # j
    ("des rencontres qui s'achèvent sur un constat d'échec", N, CO, 2, "failed cooperation"),  # j
    ("pas même une poignée de main", N, OT, 2, "negation; atmosphere"),  # j
    # --- Rwanda-DR Congo (Kagame-Tshisekedi); Congolese, Senegalese, Belgian press ---
    ("un accord de paix salué à Kinshasa", P, CO, 2, "plain evaluation"),  # j Actualite.cd-like
    ("Kagame et Tshisekedi côte à côte à Doha", P, OT, 1, "spectacle; form of meeting"),  # j
    ("un engagement à cesser les hostilités", P, CF, 2, "shared aim; war vocabulary"),  # q
    ("des discussions à Luanda sous médiation angolaise", U, OT, 1, "form of meeting"),  # j
    ("Kigali attend la neutralisation des FDLR", U, OT, 1, "stance"),  # j
    ("une rencontre tripartite évoquée sans date", U, OT, 1, "uncertainty; form of meeting"),  # j Le Soleil-like
    ("Kinshasa accuse Kigali d'agression", N, CF, 2, "stance; war vocabulary"),  # j
    ("Tshisekedi multiplie les invectives contre Kagame", N, CF, 2, "stance"),  # j
    ("un processus de Luanda à l'arrêt", N, CO, 2, "failed cooperation"),  # j
    ("une hostilité viscérale entre Kigali et Kinshasa", N, CF, 3, "intensifier"),  # j
    # --- Venezuela-Guyana (Maduro-Ali); Québec, French press ---
    ("l'engagement de ne pas recourir à la force", P, CF, 2, "shared aim; negation"),  # q Argyle 2023
    ("une rencontre apaisante à Saint-Vincent", P, CF, 2, "atmosphere"),  # j
    ("le dialogue l'a emporté sur la surenchère", P, CF, 2, "idiom"),  # j
    ("un face-à-face sous l'égide de la CELAC", U, OT, 1, "form of meeting"),  # j
    ("le différend renvoyé devant la Cour internationale", U, OT, 1, "form of meeting"),  # j
    ("Georgetown s'en remet au droit international", U, OT, 1, "stance"),  # q
    ("Caracas revendique l'Essequibo à coups de référendum", N, CF, 2, "stance; idiom"),  # j
    ("Georgetown dénonce une menace existentielle", N, CF, 3, "stance; war vocabulary"),  # q
    ("des bruits de bottes à la frontière", N, CF, 2, "idiom; war vocabulary"),  # j
    ("Maduro et Ali sans le moindre point d'accord", N, CO, 2, "negation; failed cooperation"),  # j
    # --- Japan-South Korea (Kishida/Ishiba-Yoon/Lee); Québec, Swiss press ---
    ("la diplomatie de la navette relancée", P, CO, 2, "form of meeting"),  # j
    ("Lee veut regarder vers l'avenir avec Tokyo", P, CO, 1, "shared aim"),  # q
    ("un dîner complice entre Kishida et Yoon", P, OT, 2, "atmosphere; spectacle"),  # j
    ("un rapprochement qui n'a rien d'anecdotique", P, CO, 1, "litotes"),  # j Le Devoir-like
    ("une première rencontre entre Ishiba et Lee", U, OT, 1, "form of meeting"),  # j
    ("le contentieux historique reste en suspens", U, OT, 1, "uncertainty"),  # j
    ("Tokyo s'interroge sur la ligne de Lee", U, OT, 1, "uncertainty"),  # j
    ("la question des travailleurs forcés empoisonne toujours les relations", N, CF, 2, "idiom; adverb"),  # j
    ("Séoul proteste contre la visite au Yasukuni", N, CF, 2, "stance"),  # j
    ("une réconciliation jugée humiliante par l'opposition sud-coréenne", N, OT, 2, "positive word in negative frame; stance"),  # j
    # --- Israel-Hamas through Qatar (and Egypt); Lebanese, Swiss press ---
    ("une trêve arrachée après des semaines de médiation", P, CF, 2, "war vocabulary; idiom"),  # j L'Orient-Le Jour-like
    ("Doha évoque des progrès significatifs", P, CO, 2, "plain evaluation"),  # j
    ("des négociations entrées dans leur phase finale", P, CO, 1, "plain evaluation"),  # q Qatari spokesman
    ("les deux camps acceptent le plan des médiateurs", P, CO, 2, "shared aim"),  # j
    ("des négociations indirectes par l'intermédiaire du Qatar", U, OT, 1, "form of meeting"),  # j
    ("les médiateurs qataris font la navette entre les délégations", U, OT, 1, "form of meeting"),  # j
    ("chaque camp attend la réponse de l'autre", U, OT, 1, "balanced; uncertainty"),  # j
    ("des pourparlers au Caire qui échouent une nouvelle fois", N, CO, 2, "failed cooperation"),  # j
    ("Israël accuse le Hamas de faire traîner", N, CF, 2, "stance"),  # q Israeli PM's office
    ("le Hamas dénonce des conditions impossibles", N, CF, 2, "stance"),  # q
    ("Doha suspend provisoirement sa médiation", N, CO, 2, "failed cooperation; adverb"),  # j
    # --- Iran-Saudi Arabia; Lebanese, Moroccan press ---
    ("une réconciliation spectaculaire scellée à Pékin", P, CO, 3, "spectacle; plain evaluation"),  # j
    ("sept ans de rupture refermés", P, CO, 2, "idiom"),  # j
    ("des visites de ministres désormais régulières", P, CO, 1, "form of meeting; adverb"),  # j
    ("des rivaux devenus interlocuteurs", P, CO, 1, "plain evaluation"),  # j L'Orient-Le Jour-like
    ("des discussions à Bagdad puis à Mascate", U, OT, 1, "form of meeting"),  # j
    ("un rapprochement à observer dans la durée", U, CO, 1, "uncertainty; hedge"),  # j
    ("le dossier yéménite au menu des échanges", U, OT, 1, "form of meeting"),  # j
    ("une rivalité régionale toujours vivace", N, CF, 2, "adverb"),  # j
    ("Riyad accuse Téhéran d'armer les Houthis", N, CF, 2, "stance"),  # j
    ("un rapprochement encore très superficiel", N, CO, 1, "diminisher; hedge"),  # j
    # --- Ethiopia-Eritrea (Abiy-Issayas); Senegalese, French, Swiss press ---
    ("Abiy et Issayas, des retrouvailles émouvantes", P, OT, 2, "atmosphere; spectacle"),  # j 2018
    ("l'état de guerre officiellement terminé", P, CF, 3, "war vocabulary; adverb"),  # q
    ("une paix saluée par le Nobel", P, CO, 2, "plain evaluation"),  # j
    ("les ambitions maritimes d'Addis-Abeba scrutées à Asmara", U, OT, 1, "stance; uncertainty"),  # j
    ("des contacts discrets via Riyad", U, OT, 1, "form of meeting"),  # j
    ("l'accès à la mer au cœur des discussions", U, OT, 1, "form of meeting"),  # j
    ("une frontière rouverte puis refermée", N, CO, 2, "failed cooperation"),  # j
    ("l'idylle de 2018 a fait long feu", N, CO, 3, "idiom; positive word in negative frame"),  # j
    ("une nouvelle guerre redoutée dans la Corne", N, CF, 2, "war vocabulary; uncertainty"),  # j
    ("Asmara dénonce des velléités expansionnistes", N, CF, 2, "stance"),  # q Eritrean information ministry
    # --- the two Koreas; Québec, Belgian, Swiss press ---
    ("Lee veut rétablir la confiance avec Pyongyang", P, CO, 1, "shared aim"),  # q
    ("les haut-parleurs de propagande réduits au silence", P, CF, 2, "plain evaluation"),  # j
    ("une accolade historique à Panmunjom", P, OT, 3, "spectacle"),  # j 2018
    ("aucune réponse de Pyongyang à ce stade", U, OT, 1, "uncertainty; negation"),  # j
    ("une offre de pourparlers militaires transmise par Séoul", U, CO, 1, "form of meeting"),  # j
    ("Pyongyang observe le nouveau gouvernement sud-coréen", U, OT, 1, "stance; uncertainty"),  # j
    ("Pyongyang qualifie Séoul d'ennemi principal", N, CF, 3, "stance"),  # j
    ("le bureau de liaison dynamité", N, CO, 3, "failed cooperation; war vocabulary"),  # j 2020
    ("des ballons d'ordures en guise de réponse", N, OT, 2, "stance; spectacle"),  # j
    ("la réunification n'est plus à l'ordre du jour", N, CO, 2, "negation; failed cooperation"),  # q
    # --- EU-China; Belgian, Swiss press ---
    ("un partenariat stratégique à approfondir", P, CO, 1, "shared aim; hedge"),  # q
    ("Pékin et Bruxelles unis pour le climat", P, CO, 2, "shared aim"),  # j
    ("une volonté partagée de préserver le commerce", P, CO, 1, "shared aim"),  # j
    ("des consultations sur les véhicules électriques", U, OT, 1, "form of meeting"),  # j
    ("la délégation européenne reçue au Palais du Peuple", U, OT, 1, "form of meeting"),  # j
    ("une relation à la croisée des chemins", U, OT, 1, "uncertainty; idiom"),  # j Le Soir-like
    ("une rencontre écourtée à une seule journée", N, OT, 1, "form of meeting; diminisher"),  # j
    ("des surtaxes qui crispent Pékin", N, CF, 2, "idiom"),  # j
    ("des déséquilibres jugés intenables par Bruxelles", N, CF, 2, "stance"),  # j
    ("Pékin fustige le protectionnisme européen", N, CF, 2, "stance"),  # j
    # --- UK-EU (Starmer reset); Belgian, Swiss, French press ---
    ("un nouveau départ avec l'Union européenne", P, CO, 2, "plain evaluation; idiom"),  # q Starmer
    ("une relation enfin apaisée avec Bruxelles", P, CF, 2, "adverb"),  # j
    ("Londres et Bruxelles à nouveau en phase", P, CO, 2, "idiom"),  # j
    ("un accord aux contours encore flous", U, CO, 1, "uncertainty"),  # j
    ("des discussions techniques sur la pêche", U, OT, 1, "form of meeting"),  # j
    ("Starmer exclut tout retour dans le marché unique", U, OT, 1, "stance; negation"),  # j
    ("les années de Brexit ont laissé des cicatrices", N, CO, 2, "idiom"),  # q
    ("un partenariat loin des ambitions initiales", N, CO, 1, "diminisher; failed cooperation"),  # j
    ("Bruxelles se méfie des promesses britanniques", N, OT, 2, "stance"),  # j
    ("le protocole nord-irlandais, éternelle pomme de discorde", N, CF, 2, "idiom"),  # j
    # --- Morocco-Algeria; Moroccan and Algerian press ---
    ("le roi invite Alger à un dialogue sincère", P, CO, 2, "stance; shared aim"),  # j Le360-like
    ("deux peuples frères, rappelle Rabat", P, OT, 1, "stance"),  # q
    ("la frontière pourrait rouvrir un jour", U, CO, 1, "uncertainty; hedge"),  # j
    ("les deux capitales communiquent via des intermédiaires", U, OT, 1, "form of meeting"),  # j
    ("aucune médiation à l'ordre du jour", U, OT, 1, "negation; form of meeting"),  # j
    ("des relations rompues depuis 2021", N, CO, 2, "failed cooperation"),  # j
    ("deux voisins qui ne se parlent plus", N, CO, 2, "negation; failed cooperation"),  # j
    ("Alger accuse Rabat d'actes hostiles", N, CF, 2, "stance"),  # q APS-like
    ("un geste de solidarité remarqué à Rabat", P, OT, 1, "stance"),  # j 2023 earthquake aid offer
]

if __name__ == "__main__":
    make(ROWS, AVOID, "dev14.csv", HERE)
