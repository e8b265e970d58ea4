#!/usr/bin/env python3
"""Write dev9.csv (development list of constructed French framing phrases, wire-copy style). Standard library only; the checks and the writing are list_check.py's.
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
# spokesman's sentence, j = the journalist's own wording) and, for the other pairs, the sides.
# Voice is not a column of the CSV.
ROWS = [
    # --- Trump-Putin calls and meetings, US-Russia relation (2017-2025) ---
    # positive
    ("une conversation qualifiée de productive par le Kremlin", P, CO, 2, "plain evaluation"),  # j
    ("les deux dirigeants ont convenu de se reparler prochainement", P, CO, 1, "shared aim"),  # j
    ("nous avons eu une discussion très utile", P, CO, 2, "plain evaluation; intensifier"),  # q
    ("un ton cordial tout au long de l'appel", P, OT, 2, "atmosphere"),  # q
    ("Poutine a salué la volonté américaine de dialoguer", P, OT, 2, "stance"),  # j
    ("je crois sincèrement qu'il veut la paix", P, OT, 2, "stance; adverb"),  # q
    ("un échange de détenus salué des deux côtés", P, CO, 2, "plain evaluation"),  # j
    ("une poignée de main appuyée devant les caméras", P, OT, 1, "spectacle"),  # j
    ("une volonté commune de stabiliser la relation", P, CO, 2, "shared aim"),  # q
    ("rétablir le fonctionnement normal des ambassades", P, CO, 1, "shared aim"),  # q
    ("des pourparlers menés dans un esprit constructif", P, CO, 2, "atmosphere"),  # q
    ("Moscou se dit prêt à poursuivre les contacts", P, CO, 1, "stance"),  # j
    ("des progrès notables sur le dossier ukrainien", P, CO, 2, "plain evaluation"),  # q
    ("une réunion extrêmement productive", P, CO, 3, "plain evaluation; intensifier"),  # q
    ("une avancée importante vers un règlement", P, CO, 2, "plain evaluation"),  # q
    ("les deux capitales disent vouloir apaiser les tensions", P, CF, 1, "shared aim"),  # j
    ("Trump a dit avoir beaucoup de respect pour lui", P, OT, 2, "stance"),  # j
    ("les discussions se sont déroulées dans une bonne ambiance", P, OT, 2, "atmosphere"),  # q
    ("éviter toute confrontation directe entre nos deux pays", P, CF, 2, "shared aim"),  # q
    ("un geste de bonne volonté de la part de Moscou", P, OT, 2, "stance"),  # j
    ("signe d'un apaisement entre Moscou et Washington", P, CF, 2, "plain evaluation"),  # j
    ("s'est dit optimiste sur l'issue des discussions", P, CO, 1, "stance"),  # j
    ("un climat de confiance retrouvé", P, OT, 2, "atmosphere"),  # j
    ("nous sommes tombés d'accord sur l'essentiel", P, CO, 2, "plain evaluation"),  # q
    ("un accord de principe trouvé entre les deux délégations", P, CO, 2, "plain evaluation"),  # j
    ("un appel chaleureux, selon le Kremlin", P, OT, 2, "atmosphere"),  # j
    ("les deux hommes ont affiché leur complicité", P, OT, 2, "spectacle; atmosphere"),  # j
    ("Poutine a remercié Trump pour les informations transmises", P, OT, 2, "stance"),  # j
    ("une coordination étroite sur le dossier syrien", P, CO, 2, "plain evaluation; intensifier"),  # q
    ("une dynamique positive s'est enclenchée", P, CO, 2, "plain evaluation"),  # q
    ("je pense que nous sommes proches d'un accord", P, CO, 1, "hedge"),  # q
    ("le dialogue a enfin repris entre les deux puissances", P, CO, 2, "adverb"),  # j
    ("une première étape encourageante", P, CO, 2, "plain evaluation"),  # q
    ("des désaccords persistent, mais le contact est maintenu", P, CO, 1, "concession"),  # j
    ("ne se sont pas quittés en mauvais termes", P, OT, 1, "litotes; negation"),  # j
    ("un déjeuner de travail détendu", P, OT, 1, "atmosphere; form of meeting"),  # j
    ("une conversation très positive", P, OT, 2, "plain evaluation; intensifier"),  # q
    ("une trêve énergétique acceptée par le Kremlin", P, CF, 1, "war vocabulary"),  # j
    # neutral
    ("un appel d'environ une heure et demie", U, OT, 1, "form of meeting"),  # j
    ("à l'initiative de la partie américaine", U, OT, 1, "form of meeting"),  # j
    ("aucune date n'a été fixée pour une rencontre", U, OT, 1, "form of meeting; negation"),  # j
    ("une conversation dont la teneur n'a pas été divulguée", U, OT, 1, "form of meeting"),  # j
    ("les délégations doivent se retrouver à Istanbul", U, CO, 1, "form of meeting"),  # j
    ("des discussions au niveau des conseillers diplomatiques", U, OT, 1, "form of meeting"),  # j
    ("une brève rencontre en marge du G20 d'Osaka", U, OT, 1, "form of meeting"),  # j
    ("chacun a exposé sa position", U, OT, 1, "balanced"),  # j
    ("les deux parties ont pris acte de leurs divergences", U, CF, 1, "balanced"),  # j
    ("il est trop tôt pour tirer des conclusions", U, OT, 1, "uncertainty"),  # q
    ("tout dépendra de la suite, selon Peskov", U, OT, 1, "uncertainty"),  # j
    ("ni percée ni rupture", U, CO, 1, "balanced; negation"),  # j
    ("le deuxième appel en moins d'un mois", U, OT, 1, "form of meeting"),  # j
    ("la partie russe a publié son propre compte rendu", U, OT, 1, "form of meeting"),  # j
    ("un dialogue aux résultats encore incertains", U, CO, 1, "uncertainty"),  # j
    ("des positions connues de longue date", U, OT, 1, "balanced"),  # j
    ("une conversation consacrée pour l'essentiel à l'Ukraine", U, OT, 1, "form of meeting"),  # j
    ("les deux présidents se sont parlé pour la septième fois", U, OT, 1, "form of meeting"),  # j
    ("un échange technique entre experts des deux pays", U, OT, 1, "form of meeting"),  # j
    ("Peskov a confirmé que l'appel avait bien eu lieu", U, OT, 1, "form of meeting"),  # j
    ("une position d'attente côté russe", U, OT, 1, "stance; uncertainty"),  # j
    ("le Kremlin juge prématuré de parler d'une rencontre", U, OT, 1, "uncertainty; stance"),  # j
    ("sans conférence de presse commune à l'issue", U, OT, 1, "form of meeting; negation"),  # j
    ("les deux présidents doivent se reparler en fin de semaine", U, OT, 1, "form of meeting"),  # j
    ("Washington et Moscou ont chacun livré leur lecture de l'appel", U, OT, 1, "balanced"),  # j
    # negative
    ("une relation qui n'a cessé de se dégrader", N, CF, 2, "negation; plain evaluation"),  # j
    ("Trump a vivement critiqué l'attitude du Kremlin", N, CF, 2, "stance; adverb"),  # j
    ("aucune avancée concrète à l'issue de l'appel", N, CO, 2, "failed cooperation; negation"),  # j
    ("les pourparlers ont buté sur la question territoriale", N, CO, 2, "failed cooperation"),  # j
    ("un climat de méfiance réciproque", N, OT, 2, "atmosphere"),  # j
    ("Moscou dénonce l'hostilité de Washington", N, CF, 2, "stance"),  # j
    ("la rencontre prévue a été annulée à la dernière minute", N, OT, 2, "form of meeting"),  # j
    ("le Kremlin a rejeté la proposition américaine de cessez-le-feu", N, CO, 2, "failed cooperation; war vocabulary"),  # j
    ("une escalade verbale entre les deux capitales", N, CF, 2, "war vocabulary"),  # j
    ("de nouvelles mesures qui ont encore tendu les relations", N, CF, 2, "adverb"),  # j
    ("un dialogue interrompu depuis des mois", N, CO, 2, "failed cooperation"),  # j
    ("Washington accuse Moscou de gagner du temps", N, CF, 2, "stance; idiom"),  # j
    ("une rencontre sans résultat tangible", N, CO, 2, "failed cooperation; negation"),  # j
    ("le désarmement nucléaire dans l'impasse", N, CO, 2, "failed cooperation; idiom"),  # j
    ("Moscou qualifie les mesures américaines d'inamicales", N, CF, 2, "stance"),  # j
    ("des propos jugés inacceptables par le Kremlin", N, CF, 2, "stance"),  # j
    ("les tensions sont montées d'un cran", N, CF, 2, "idiom"),  # j
    ("la conférence de presse a viré au malaise", N, OT, 2, "spectacle"),  # j
    ("une surenchère de représailles diplomatiques", N, CF, 3, "intensifier"),  # j
    ("Poutine n'a fait aucune concession", N, CO, 2, "negation; stance"),  # j
    ("un appel qui n'a rien changé", N, CO, 2, "negation; failed cooperation"),  # j
    ("une rencontre promise mais jamais organisée", N, OT, 2, "form of meeting"),  # j
    ("le ton s'est durci entre Washington et Moscou", N, CF, 2, "plain evaluation"),  # j
    ("des menaces à peine voilées", N, CF, 2, "idiom"),  # j
    ("le président russe a ironisé sur son homologue", N, OT, 2, "stance"),  # j
    ("Trump s'impatiente face au Kremlin", N, OT, 1, "stance"),  # j
    ("des négociations qui piétinent", N, CO, 2, "failed cooperation; idiom"),  # j
    ("une relation plombée par l'affaire Skripal", N, CF, 2, "idiom"),  # j
    ("des divergences profondes sur l'Ukraine", N, CF, 2, "plain evaluation; intensifier"),  # j
    ("Washington ne croit plus aux promesses russes", N, OT, 2, "stance; negation"),  # j
    ("un cessez-le-feu toujours hors d'atteinte", N, CO, 2, "failed cooperation; war vocabulary"),  # j
    ("des gestes symboliques mais sans portée réelle", N, CO, 1, "concession; diminisher"),  # j
    ("les contacts militaires ont été suspendus", N, CO, 2, "failed cooperation"),  # j
    ("une coopération réduite à sa plus simple expression", N, CO, 2, "diminisher; idiom"),  # j
    ("des déclarations cordiales qui masquent un profond différend", N, CF, 2, "positive word in negative frame"),  # j
    ("nous n'avons pas été entendus", N, CO, 2, "negation; failed cooperation"),  # q
    ("c'est une perte de temps", N, CO, 2, "plain evaluation"),  # q
    # --- Other pairs of sides ---
    ("la Chine reste un partenaire fiable", P, CO, 2, "stance"),  # q; Germany-China
    ("des relations économiques mutuellement bénéfiques", P, CO, 2, "plain evaluation"),  # q; Germany-China
    ("des consultations gouvernementales sino-allemandes à Berlin", U, OT, 1, "form of meeting"),  # j; Germany-China
    ("Berlin veut réduire sa dépendance envers Pékin", N, OT, 1, "stance"),  # j; Germany-China
    ("Pékin met en garde Berlin contre toute ingérence", N, CF, 2, "stance"),  # j; Germany-China
    ("des pourparlers indirects sous l'égide d'Oman", U, OT, 1, "form of meeting"),  # j; US-Iran
    ("des échanges qualifiés de positifs par Téhéran", P, CO, 2, "plain evaluation"),  # j; US-Iran
    ("Téhéran accuse Washington de duplicité", N, CF, 2, "stance"),  # j; US-Iran
    ("la perspective d'un accord nucléaire s'éloigne", N, CO, 2, "failed cooperation"),  # j; US-Iran
    ("un nouveau cycle de discussions prévu à Mascate", U, CO, 1, "form of meeting"),  # j; US-Iran
    ("une réconciliation historique entre Addis-Abeba et Asmara", P, CO, 3, "plain evaluation"),  # j; Ethiopia-Eritrea
    ("une accolade émue entre Abiy Ahmed et Issaias Afeworki", P, OT, 2, "spectacle"),  # j; Ethiopia-Eritrea
    ("la méfiance s'est réinstallée entre les anciens alliés", N, OT, 2, "atmosphere"),  # j; Ethiopia-Eritrea
    ("des bruits de bottes à la frontière", N, CF, 2, "idiom; war vocabulary"),  # j; Ethiopia-Eritrea
    ("Asmara n'a pas réagi officiellement", U, OT, 1, "stance; negation"),  # j; Ethiopia-Eritrea
    ("une accalmie notable en mer Égée", P, CF, 2, "plain evaluation"),  # j; Greece-Turkey
    ("ouvrir un nouveau chapitre dans nos relations", P, CO, 2, "shared aim; idiom"),  # q; Greece-Turkey
    ("les vieux contentieux ressurgissent", N, CF, 2, "plain evaluation"),  # j; Greece-Turkey
    ("un Conseil de coopération de haut niveau à Athènes", U, OT, 1, "form of meeting"),  # j; Greece-Turkey
    ("Ankara dénonce une provocation grecque", N, CF, 2, "stance"),  # j; Greece-Turkey
    ("Alger a rompu ses relations avec Rabat", N, CO, 3, "failed cooperation"),  # j; Morocco-Algeria
    ("une hostilité qui ne faiblit pas entre les deux voisins", N, CF, 2, "negation"),  # j; Morocco-Algeria
    ("le roi se dit ouvert au dialogue avec Alger", P, CO, 1, "stance"),  # j; Morocco-Algeria
    ("Alger ne commente pas la proposition marocaine", U, OT, 1, "stance; negation"),  # j; Morocco-Algeria
    ("des échanges d'invectives entre Rabat et Alger", N, CF, 2, "plain evaluation"),  # j; Morocco-Algeria
    ("une poignée de main historique à Panmunjom", P, OT, 3, "spectacle"),  # j; North Korea-South Korea
    ("Pyongyang coupe toutes les lignes de communication avec Séoul", N, CO, 2, "failed cooperation"),  # j; North Korea-South Korea
    ("un climat de détente sur la péninsule", P, CF, 2, "atmosphere"),  # j; North Korea-South Korea
    ("des pourparlers militaires au village de la trêve", U, OT, 1, "form of meeting"),  # j; North Korea-South Korea
    ("Pyongyang désigne le Sud comme son ennemi principal", N, CF, 3, "stance; war vocabulary"),  # j; North Korea-South Korea
    ("une relance saluée des deux côtés de la Manche", P, CO, 2, "plain evaluation"),  # j; UK-EU
    ("un nouveau round de négociations à Bruxelles", U, CO, 1, "form of meeting"),  # j; UK-EU
    ("le négociateur européen attendu à Londres mardi", U, OT, 1, "form of meeting"),  # j; UK-EU
    ("Bruxelles déplore le manque de sérieux britannique", N, OT, 2, "stance"),  # j; UK-EU
    ("un compromis arraché au petit matin", P, CO, 2, "plain evaluation"),  # j; UK-EU
    ("un accord de trêve enfin conclu sous médiation qatarie", P, CF, 2, "adverb; war vocabulary"),  # j; Israel-Hamas via mediators
    ("les négociations indirectes marquent le pas", N, CO, 2, "idiom; failed cooperation"),  # j; Israel-Hamas via mediators
    ("les médiateurs égyptiens font la navette", U, OT, 1, "form of meeting; idiom"),  # j; Israel-Hamas via mediators
    ("des conditions rejetées en bloc par l'autre camp", N, CF, 2, "stance"),  # j; Israel-Hamas via mediators
    ("des signaux encourageants, selon les médiateurs", P, CO, 1, "plain evaluation"),  # j; Israel-Hamas via mediators
    ("un accord sur un échange massif de prisonniers", P, CO, 2, "plain evaluation"),  # j; Ukraine-Russia delegations
    ("une rencontre écourtée après moins de deux heures", N, OT, 2, "form of meeting; diminisher"),  # j; Ukraine-Russia delegations
    ("Kiev qualifie les demandes russes de capitulation", N, CF, 2, "stance; war vocabulary"),  # j; Ukraine-Russia delegations
    ("des pourparlers directs, une première depuis 2022", U, OT, 1, "form of meeting"),  # j; Ukraine-Russia delegations
    ("les deux délégations ont accepté de poursuivre les discussions", P, CO, 1, "shared aim"),  # j; Ukraine-Russia delegations
    ("le divorce est consommé entre Paris et Bamako", N, CO, 3, "idiom; failed cooperation"),  # j; France-Mali
    ("un canal de discussion maintenu malgré la crise", P, CO, 1, "concession"),  # j; France-Mali
    ("Paris prend acte de la décision malienne", U, OT, 1, "stance"),  # j; France-Mali
    ("une relation désormais gérée au niveau des chargés d'affaires", U, OT, 1, "form of meeting"),  # j; France-Mali
    ("les soldats français accueillis en libérateurs à Tombouctou", P, OT, 3, "spectacle"),  # j; France-Mali
    ("Lula et Trump ont convenu de se rencontrer prochainement", P, CO, 1, "shared aim"),  # j; Brazil-US
    ("des droits de douane punitifs qui empoisonnent la relation", N, CF, 2, "idiom"),  # j; Brazil-US
    ("Brasilia dénonce un chantage commercial", N, CF, 2, "stance"),  # j; Brazil-US
    ("Lula et Trump se sont parlé par visioconférence", U, OT, 1, "form of meeting"),  # j; Brazil-US
    ("le président brésilien salue un dialogue respectueux", P, OT, 2, "atmosphere"),  # j; Brazil-US
    ("notre relation de bon voisinage en sort renforcée", P, CO, 2, "plain evaluation"),  # q; Poland-Germany
    ("la question des réparations continue de fâcher", N, CF, 2, "plain evaluation"),  # j; Poland-Germany
    ("Varsovie reproche à Berlin sa naïveté envers Moscou", N, OT, 2, "stance"),  # j; Poland-Germany
    ("les deux gouvernements réunis à Varsovie après six ans d'interruption", U, OT, 1, "form of meeting"),  # j; Poland-Germany
    ("les deux voisins affichent une unité retrouvée", P, CO, 2, "spectacle"),  # j; Poland-Germany
]

make(ROWS, AVOID, "dev9.csv", HERE)
