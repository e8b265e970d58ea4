#!/usr/bin/env python3
"""Write dev13.csv (DEVELOPMENT list of constructed French framing phrases, official voices). Standard library only; the checks and the writing are list_check.py's.
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
# The trailing comment gives the voice the annotator had in mind (q = a piece of a leader's,
# spokesman's, ministry's or state medium's sentence, j = the journalist's own wording, often a
# paraphrase of an official readout) and, for the other pairs, the sides. Voice is not a column.
ROWS = [
    # --- Trump-Putin / US-Russia (2017-2025): Kremlin and White House readouts, briefings ---
    # positive
    ("un échange de vues approfondi", P, CO, 2, "plain evaluation"),  # q Kremlin readout
    ("la conversation s'est déroulée de manière constructive", P, OT, 2, "plain evaluation"),  # q Ouchakov
    ("les présidents ont convenu de rester en contact", P, CO, 1, "shared aim"),  # q Kremlin readout
    ("dans une atmosphère d'une grande cordialité", P, OT, 2, "atmosphere; intensifier"),  # q TASS-like
    ("nous avons eu un appel très productif", P, OT, 2, "plain evaluation; intensifier"),  # q Trump / Leavitt
    ("une volonté commune de normaliser les relations", P, CO, 2, "shared aim"),  # q Lavrov
    ("rétablir le fonctionnement normal des ambassades", P, CO, 1, "shared aim"),  # q State Department 2025
    ("Moscou salue l'approche pragmatique de Washington", P, OT, 2, "stance"),  # j paraphrase of Peskov
    ("des négociations qualifiées d'utiles par le Kremlin", P, CO, 1, "plain evaluation"),  # j
    ("le président Poutine a remercié chaleureusement son homologue", P, OT, 2, "stance; adverb"),  # q Kremlin 2017
    ("une coopération efficace entre nos services spéciaux", P, CO, 2, "plain evaluation"),  # q Kremlin 2017
    ("le dialogue russo-américain reprend enfin des couleurs", P, CO, 2, "idiom; adverb"),  # q RIA-like
    ("un dialogue d'égal à égal", P, OT, 2, "stance"),  # q Kremlin
    ("des progrès notables vers un règlement", P, CO, 2, "plain evaluation"),  # q Ouchakov 2025
    ("une trêve sur les infrastructures énergétiques acceptée", P, CF, 2, "war vocabulary; shared aim"),  # j 2025 readouts
    ("Trump a un désir sincère de paix, selon Moscou", P, OT, 2, "stance"),  # j paraphrase of Peskov
    ("nous apprécions la position de l'administration Trump", P, OT, 2, "stance"),  # q Peskov
    ("une nouvelle dynamique dans les relations bilatérales", P, CO, 2, "plain evaluation"),  # q Kremlin
    ("un signal encourageant pour la suite", P, CO, 1, "plain evaluation"),  # q State Department
    ("la partie russe est ouverte au dialogue", P, CO, 1, "stance"),  # q Zakharova
    ("Washington prend acte avec satisfaction", P, OT, 1, "stance"),  # q State Department
    ("les contacts au plus haut niveau se poursuivront", P, CO, 1, "shared aim"),  # q Kremlin
    ("une conversation chaleureuse d'environ deux heures", P, OT, 2, "atmosphere; form of meeting"),  # j
    ("les deux équipes ont travaillé dans un esprit constructif", P, CO, 2, "atmosphere"),  # q State Department, Riyad
    ("un pas important vers le rétablissement de la confiance", P, CO, 2, "shared aim"),  # q Ouchakov
    ("Poutine se dit prêt à recevoir Trump à Moscou", P, CO, 1, "form of meeting; stance"),  # j
    ("une rencontre jugée très utile par Ouchakov", P, CO, 2, "plain evaluation; intensifier"),  # j
    ("un rapport de confiance entre les deux présidents", P, OT, 2, "atmosphere"),  # q Peskov
    ("la porte des négociations reste ouverte", P, CO, 1, "idiom"),  # q Leavitt
    ("un geste de bonne volonté salué par Washington", P, CO, 2, "stance"),  # j prisoner exchange
    ("un climat de travail serein", P, OT, 2, "atmosphere"),  # q Kremlin
    ("les deux parties ont fait preuve de souplesse", P, CO, 2, "plain evaluation"),  # q Lavrov
    ("un appel jugé positif de part et d'autre", P, OT, 2, "plain evaluation"),  # j
    ("nous sommes sur la bonne voie", P, CO, 2, "idiom"),  # q White House envoy
    ("une convergence de vues sur la lutte antiterroriste", P, CO, 2, "shared aim"),  # q Kremlin 2017
    ("des pourparlers tenus sans animosité", P, OT, 1, "atmosphere; negation"),  # j
    ("un résultat qui n'est pas négligeable", P, CO, 1, "litotes"),  # q Peskov
    ("en dépit des désaccords, des avancées réelles", P, CO, 2, "concession"),  # q Ouchakov
    ("le Kremlin se félicite d'une écoute attentive", P, OT, 2, "stance"),  # j
    ("une ambiance résolument positive à Riyad", P, OT, 2, "atmosphere; adverb"),  # q RT France-like
    ("des relations appelées à se développer", P, CO, 1, "hedge; shared aim"),  # q Kremlin
    # neutral
    ("une conversation téléphonique de quatre-vingt-dix minutes", U, OT, 1, "form of meeting"),  # j
    ("un appel passé à l'initiative de la partie américaine", U, OT, 1, "form of meeting"),  # q Kremlin readout
    ("le Kremlin ne confirme ni n'infirme", U, OT, 1, "uncertainty; negation"),  # j paraphrase of Peskov
    ("aucune date n'a encore été fixée", U, OT, 1, "uncertainty; form of meeting"),  # q Peskov
    ("une éventuelle rencontre dépendra des préparatifs", U, OT, 1, "uncertainty; hedge"),  # q Peskov
    ("un entretien en format restreint", U, OT, 1, "form of meeting"),  # q Ouchakov
    ("une séance élargie aux délégations", U, OT, 1, "form of meeting"),  # j
    ("il est trop tôt pour tirer des conclusions", U, OT, 1, "uncertainty"),  # q Peskov
    ("nous ne faisons pas de pronostics", U, OT, 1, "uncertainty; negation"),  # q Peskov
    ("la Maison-Blanche étudie la proposition russe", U, CO, 1, "stance"),  # q Leavitt
    ("des positions connues de part et d'autre", U, OT, 1, "balanced"),  # q Zakharova
    ("des points d'accord comme des points de friction", U, OT, 1, "balanced"),  # q Lavrov
    ("le contenu de l'échange n'a pas été divulgué", U, OT, 1, "form of meeting; negation"),  # j
    ("un premier contact depuis l'investiture", U, OT, 1, "form of meeting"),  # j 2025
    ("la discussion a porté sur des questions pratiques", U, CO, 1, "form of meeting"),  # q State Department
    ("les conseillers poursuivront le travail au niveau des experts", U, CO, 1, "form of meeting"),  # q Ouchakov
    ("ni percée, ni échec, selon Peskov", U, OT, 1, "balanced; negation"),  # j
    ("une rencontre de travail, sans protocole particulier", U, OT, 1, "form of meeting"),  # q Kremlin
    ("Washington réserve son jugement sur la proposition", U, OT, 1, "uncertainty; stance"),  # j State Department
    ("les deux capitales ont publié des comptes rendus distincts", U, OT, 1, "form of meeting"),  # j
    ("une conversation d'ordre essentiellement technique", U, CO, 1, "form of meeting; adverb"),  # q Ouchakov
    ("les résultats seront évalués ultérieurement", U, OT, 1, "uncertainty"),  # q State Department
    ("des approches différentes, un dialogue qui continue", U, CO, 1, "balanced; concession"),  # q Lavrov
    ("un aparté au G20 de Hambourg", U, OT, 1, "form of meeting"),  # j 2017
    ("quelques mots échangés en marge de l'APEC", U, OT, 1, "form of meeting"),  # j 2017 Da Nang
    ("Moscou prend note des déclarations américaines", U, OT, 1, "stance"),  # q Zakharova
    ("une position attentiste côté russe", U, OT, 1, "stance; uncertainty"),  # j
    ("tout dépendra de la volonté politique des deux parties", U, CO, 1, "uncertainty; hedge"),  # q Lavrov
    # negative
    ("une relation bilatérale en lambeaux", N, CO, 3, "idiom; plain evaluation"),  # q Lavrov
    ("des accusations infondées qualifiées de russophobes", N, CF, 2, "stance"),  # j paraphrase of Zakharova
    ("une hystérie antirusse à Washington", N, CF, 2, "stance"),  # q Zakharova
    ("Moscou dénonce une ingérence inacceptable", N, CF, 2, "stance"),  # j
    ("aucun progrès tangible sur l'Ukraine", N, CO, 2, "negation; failed cooperation"),  # j
    ("les négociations piétinent", N, CO, 2, "failed cooperation; idiom"),  # j
    ("Trump se dit très déçu par Poutine", N, OT, 2, "stance; intensifier"),  # j 2025
    ("Washington exige des actes, pas des promesses", N, OT, 2, "stance"),  # q State Department
    ("une escalade verbale entre les deux capitales", N, CF, 2, "plain evaluation"),  # j
    ("une spirale de mesures de rétorsion", N, CF, 2, "idiom; war vocabulary"),  # j 2017 expulsions
    ("Moscou se réserve le droit de riposter", N, CF, 2, "war vocabulary; stance"),  # q Russian MFA communiqué
    ("une provocation délibérée de Washington", N, CF, 2, "stance"),  # q Zakharova
    ("un capital de confiance dilapidé", N, CO, 2, "idiom"),  # j
    ("des espoirs de réchauffement vite douchés", N, CO, 2, "failed cooperation; idiom"),  # j
    ("le Kremlin juge ces propos inacceptables", N, CF, 2, "stance"),  # j
    ("une rhétorique hostile de l'administration américaine", N, CF, 2, "stance"),  # q RT France-like
    ("un dialogue réduit à sa plus simple expression", N, CO, 2, "diminisher; idiom"),  # j
    ("Trump brandit la menace de mesures punitives", N, CF, 2, "idiom"),  # j
    ("les contacts restent quasi inexistants", N, CO, 2, "diminisher; adverb"),  # q Peskov
    ("une rencontre reportée faute de progrès", N, OT, 2, "form of meeting; failed cooperation"),  # j 2025
    ("Moscou n'accepte pas le langage des ultimatums", N, CF, 2, "stance; negation"),  # q Peskov
    ("une ambiance tendue lors de la conférence de presse", N, OT, 2, "atmosphere"),  # j
    ("un échange plutôt sec entre les ministres", N, OT, 1, "atmosphere; hedge"),  # j
    ("un accord présenté comme historique, vite enterré", N, CO, 2, "positive word in negative frame; failed cooperation"),  # j
    ("une amitié affichée qui sonne creux", N, OT, 2, "positive word in negative frame; idiom"),  # j
    ("le président russe joue la montre", N, OT, 2, "idiom; stance"),  # q White House official
    ("les lignes rouges de Moscou ignorées", N, CF, 2, "idiom"),  # q Zakharova
    ("un divorce consommé entre Washington et Moscou", N, CO, 3, "idiom"),  # j
    ("le ton monte entre le Kremlin et la Maison-Blanche", N, CF, 2, "idiom"),  # j
    ("une détente qui n'aura pas duré", N, CF, 2, "failed cooperation; negation"),  # j
    ("des pourparlers dans l'impasse", N, CO, 2, "failed cooperation; idiom"),  # j
    ("Peskov fustige des déclarations irresponsables", N, CF, 2, "stance"),  # j
    ("une méfiance profonde de part et d'autre", N, OT, 2, "atmosphere; intensifier"),  # j
    ("des discussions qui tournent à vide", N, CO, 2, "idiom; failed cooperation"),  # j
    ("un résultat bien maigre pour tant d'attente", N, CO, 2, "diminisher; plain evaluation"),  # j
    ("beaucoup d'apparat, peu de substance", N, OT, 2, "spectacle; diminisher"),  # j
    ("nous sommes encore loin d'une normalisation", N, CO, 1, "negation; hedge"),  # q Peskov
    ("un geste ouvertement inamical", N, CF, 2, "stance; adverb"),  # q Russian MFA
    ("des menaces à peine voilées", N, CF, 2, "idiom"),  # q Zakharova
    ("la Russie ne se laissera pas dicter sa conduite", N, CF, 2, "stance; negation"),  # q Zakharova
    ("les perspectives d'une rencontre s'éloignent", N, CO, 1, "uncertainty; failed cooperation"),  # j
    # --- other pairs: foreign ministries, spokesmen, state media ---
    # positive
    ("une communication stratégique de haut niveau", P, CO, 1, "form of meeting"),  # q Xinhua-like; China-US
    ("stabiliser les relations sino-américaines", P, CO, 2, "shared aim"),  # q Chinese MFA; China-US
    ("un partenariat sans limites", P, CO, 3, "idiom; plain evaluation"),  # q; Russia-China
    ("des relations au meilleur niveau de leur histoire", P, CO, 3, "plain evaluation; intensifier"),  # q Kremlin; Russia-China
    ("un appel cordial du président Macron", P, OT, 2, "atmosphere"),  # q APS-like; France-Algeria
    ("relancer la coopération dans tous les domaines", P, CO, 2, "shared aim"),  # q communiqué; France-Algeria
    ("naviguer en eaux calmes avec Ankara", P, CF, 2, "idiom"),  # q Athens; Greece-Turkey
    ("une déclaration d'amitié et de bon voisinage", P, CO, 2, "plain evaluation"),  # q; Greece-Turkey
    ("une étape majeure pour la stabilité régionale", P, CO, 2, "plain evaluation; shared aim"),  # q Iranian MFA; Iran-Saudi Arabia
    ("un esprit de bon voisinage retrouvé", P, CO, 2, "atmosphere"),  # q IRNA-like; Iran-Saudi Arabia
    ("Bakou se félicite d'avancées sur le texte", P, CO, 1, "stance"),  # j Azerbaijani MFA; Azerbaijan-Armenia
    ("la ligne de contrôle retrouve son calme", P, CF, 2, "war vocabulary; idiom"),  # j Indian army statement; India-Pakistan
    ("une nouvelle ère dans les relations nippo-coréennes", P, CO, 2, "idiom"),  # q; Japan-South Korea
    ("la Chine est prête à renforcer la coordination", P, CO, 1, "stance"),  # q Chinese MFA; China-US
    ("un dialogue facilité par l'Union, jugé constructif", P, CO, 1, "plain evaluation"),  # q EEAS; Serbia-Kosovo
    ("la Turquie apprécie la position équilibrée de Moscou", P, OT, 2, "stance"),  # q; Turkey-Russia
    ("une feuille de route ambitieuse entre Rabat et Madrid", P, CO, 2, "plain evaluation"),  # q MAP-like; Morocco-Spain
    ("des retrouvailles chaleureuses entre Sissi et Erdoğan", P, OT, 2, "atmosphere"),  # j state media; Egypt-Turkey
    ("le dialogue sino-européen reste indispensable", P, CO, 1, "plain evaluation"),  # q Chinese MFA; EU-China
    # neutral
    ("une rencontre en marge de l'Assemblée générale", U, OT, 1, "form of meeting"),  # j; Greece-Turkey
    ("Pékin appelle Washington à faire la moitié du chemin", U, CO, 1, "stance"),  # q Chinese MFA; China-US
    ("le Quai d'Orsay prend acte de la décision algérienne", U, OT, 1, "stance"),  # q; France-Algeria
    ("un entretien par visioconférence entre Xi et Biden", U, OT, 1, "form of meeting"),  # j; China-US
    ("Tokyo suivra attentivement la position du nouveau gouvernement", U, OT, 1, "stance; uncertainty"),  # q; Japan-South Korea
    ("des consultations au niveau des vice-ministres", U, OT, 1, "form of meeting"),  # q; Iran-Saudi Arabia
    ("une médiation de Pékin entre Riyad et Téhéran", U, OT, 1, "form of meeting"),  # j; Iran-Saudi Arabia
    ("les discussions se poursuivront à Bruxelles", U, CO, 1, "form of meeting"),  # q EEAS; Serbia-Kosovo
    ("Islamabad attend la réponse de New Delhi", U, OT, 1, "uncertainty"),  # j; India-Pakistan
    ("divergences et convergences ont été passées en revue", U, OT, 1, "balanced"),  # q communiqué; EU-China
    ("Erevan examine le texte proposé par Bakou", U, CO, 1, "form of meeting"),  # q; Armenia-Azerbaijan
    ("Ankara garde une position d'équilibre", U, OT, 1, "balanced; stance"),  # q; Turkey-Russia
    # negative
    ("Pékin dénonce une manipulation politique", N, CF, 2, "stance"),  # q Chinese MFA; China-US
    ("Washington doit cesser de s'ingérer", N, CF, 2, "stance"),  # q Chinese MFA; China-US
    ("une logique d'endiguement vouée à l'échec", N, CF, 2, "stance"),  # q Global Times-like; China-US
    ("une décision jugée inamicale par Alger", N, CF, 2, "stance"),  # j APS; France-Algeria
    ("une campagne hostile orchestrée à Paris", N, CF, 2, "stance"),  # q APS-like; France-Algeria
    ("une crise sans précédent avec l'Algérie", N, CF, 3, "plain evaluation; intensifier"),  # j; France-Algeria
    ("New Delhi ne tolérera aucune provocation", N, CF, 2, "stance; negation"),  # q MEA; India-Pakistan
    ("une agression éhontée selon Islamabad", N, CF, 3, "war vocabulary; stance"),  # j; India-Pakistan
    ("Bakou accuse Erevan de saboter le processus", N, CF, 2, "stance"),  # j; Azerbaijan-Armenia
    ("Belgrade dénonce une provocation unilatérale de Pristina", N, CF, 2, "stance"),  # j; Serbia-Kosovo
    ("Téhéran met en garde Riyad", N, CF, 1, "stance"),  # j; Iran-Saudi Arabia
    ("Séoul juge ces déclarations profondément regrettables", N, OT, 2, "stance; adverb"),  # q MOFA; South Korea-Japan
    ("Ankara qualifie ces revendications de maximalistes", N, CF, 2, "stance"),  # q; Turkey-Greece
    ("Athènes dénonce une violation flagrante", N, CF, 2, "stance"),  # q; Greece-Turkey
    ("un dialogue qui patine depuis des mois", N, CO, 2, "failed cooperation; idiom"),  # j; Serbia-Kosovo
    ("les engagements de Woodside restés sans suite", N, CO, 2, "failed cooperation"),  # j; China-US
    ("une méfiance tenace entre Tokyo et Séoul", N, OT, 2, "atmosphere"),  # j; Japan-South Korea
    ("Bruxelles déplore un manque de réciprocité", N, CF, 2, "stance"),  # q Commission; EU-China
    ("une relation qualifiée d'exemplaire qui vacille", N, CO, 2, "positive word in negative frame"),  # j; Morocco-Spain
]

if __name__ == "__main__":
    make(ROWS, AVOID, "dev13.csv", HERE)
