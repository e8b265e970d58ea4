#!/usr/bin/env python3
"""Write dev11.csv (DEVELOPMENT list of constructed French framing phrases, long-sentence register
of regional and national dailies). Standard library only; the checks and the writing are
list_check.py's.
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
    ("les deux présidents ont salué un échange direct et approfondi", P, CO, 2, "plain evaluation"),  # j
    ("nous avons parlé longuement, et ce fut très productif", P, OT, 2, "plain evaluation; intensifier"),  # q
    ("le président russe s'est dit prêt à poursuivre les contacts", P, CO, 1, "stance"),  # j
    ("Moscou et Washington conviennent de normaliser le travail des ambassades", P, CO, 2, "shared aim"),  # j
    ("je crois sincèrement qu'il veut la paix", P, OT, 2, "stance; adverb"),  # q
    ("une conversation chaleureuse qui a duré près de deux heures", P, OT, 2, "atmosphere; form of meeting"),  # j
    ("se sont quittés sur une poignée de main appuyée", P, OT, 1, "atmosphere; spectacle"),  # j
    ("Vladimir Poutine a vanté la franchise de son interlocuteur américain", P, OT, 2, "stance"),  # j
    ("le Kremlin évoque une discussion d'affaires, concrète et sans détour", P, CO, 2, "plain evaluation"),  # q
    ("les négociateurs ont fait avancer le dossier des prisonniers", P, CO, 2, "plain evaluation"),  # j
    ("Washington et Moscou entendent coordonner leurs efforts en Syrie", P, CO, 2, "shared aim"),  # j
    ("un cessez-le-feu sur les infrastructures énergétiques, accepté par Moscou", P, CF, 2, "shared aim; war vocabulary"),  # j
    ("Trump se félicite que la tension soit retombée d'un cran", P, CF, 2, "idiom"),  # q
    ("une relation personnelle que les deux hommes disent solide", P, OT, 2, "atmosphere"),  # j
    ("les deux camps ont promis de se reparler très vite", P, CO, 2, "shared aim; intensifier"),  # j
    ("Trump dit avoir trouvé un vrai partenaire de discussion", P, OT, 2, "stance"),  # q
    ("le ton s'est voulu cordial du début à la fin", P, OT, 2, "atmosphere"),  # j
    ("une entente pour relancer le contrôle des armements nucléaires", P, CO, 2, "shared aim"),  # j
    ("les délégations ont progressé, pas à pas, vers un accord", P, CO, 2, "plain evaluation; adverb"),  # j
    ("malgré les divergences, ils ont trouvé des points communs", P, CO, 1, "concession"),  # j
    ("le Kremlin juge l'échange plus que prometteur", P, CO, 2, "plain evaluation; intensifier"),  # q
    ("les deux hommes veulent un accord rapide sur l'Ukraine", P, CO, 2, "shared aim"),  # j
    ("Trump a qualifié l'appel de fantastique, selon la Maison-Blanche", P, OT, 3, "plain evaluation"),  # q
    ("nous nous comprenons bien, a glissé le président russe", P, OT, 2, "atmosphere"),  # q
    ("une coopération spatiale préservée malgré le gel des relations", P, CO, 1, "concession"),  # j
    ("les conseillers ont jeté les bases d'une future rencontre", P, CO, 2, "idiom"),  # j
    ("l'Alaska a offert un décor propice au rapprochement", P, OT, 2, "spectacle; form of meeting"),  # j
    ("Poutine voit dans l'échange un signal encourageant", P, CO, 2, "plain evaluation"),  # q
    ("les ministres des Affaires étrangères ont parlé d'une réunion constructive", P, CO, 2, "plain evaluation"),  # q
    ("un geste de bonne volonté salué à Washington", P, OT, 2, "stance"),  # j
    ("les deux présidents ont ri ensemble devant les caméras", P, OT, 1, "spectacle; atmosphere"),  # j
    ("un dialogue enfin rétabli entre les deux puissances nucléaires", P, CO, 2, "adverb"),  # j
    ("Moscou dit apprécier l'approche pragmatique de la nouvelle administration", P, OT, 2, "stance"),  # q
    ("le président américain parle d'avancées considérables vers la paix", P, CO, 3, "intensifier; shared aim"),  # q
    ("une discussion sans fausse note, selon les deux capitales", P, OT, 2, "idiom; atmosphere"),  # j
    ("Trump a loué l'intelligence de son homologue russe", P, OT, 2, "stance"),  # q
    ("une issue heureuse n'est plus à exclure", P, CO, 1, "negation; hedge"),  # j
    ("les discussions de Riyad n'ont pas été vaines", P, CO, 1, "litotes"),  # j
    # neutral
    ("l'appel, à l'initiative de la Maison-Blanche, a duré une heure", U, OT, 1, "form of meeting"),  # j
    ("les deux présidents se retrouveront à Helsinki le 16 juillet", U, OT, 1, "form of meeting"),  # j
    ("la rencontre doit se tenir en marge du G20 d'Osaka", U, OT, 1, "form of meeting"),  # j
    ("l'ordre du jour comprend l'Ukraine, la Syrie et le nucléaire", U, OT, 1, "form of meeting"),  # j
    ("les délégations doivent se revoir à Istanbul, selon Moscou", U, CO, 1, "form of meeting"),  # q
    ("il est trop tôt pour tirer des conclusions, estime Peskov", U, OT, 1, "uncertainty"),  # q
    ("rien n'a filtré du contenu exact de la conversation", U, OT, 1, "uncertainty"),  # j
    ("chaque camp a présenté sa propre version de l'échange", U, OT, 1, "balanced"),  # j
    ("le Kremlin a confirmé l'appel sans donner de détails", U, OT, 1, "form of meeting"),  # q
    ("des avancées sur certains points, des blocages sur d'autres", U, CO, 1, "balanced"),  # j
    ("les conseillers des deux présidents préparent les modalités d'une rencontre", U, OT, 1, "form of meeting"),  # j
    ("le lieu et la date restent à fixer, indique Washington", U, OT, 1, "uncertainty; form of meeting"),  # q
    ("tout dépendra de ce que proposera Moscou, dit Trump", U, OT, 1, "uncertainty"),  # q
    ("les interprètes étaient les seuls témoins du tête-à-tête", U, OT, 1, "form of meeting"),  # j
    ("la conversation a porté sur la situation au Proche-Orient", U, OT, 1, "form of meeting"),  # j
    ("Rubio et Lavrov ont eu un échange téléphonique mardi", U, OT, 1, "form of meeting"),  # j
    ("ni percée ni rupture à l'issue de la réunion", U, CO, 1, "balanced; negation"),  # j
    ("la suite des discussions dépendra des experts techniques", U, CO, 1, "uncertainty"),  # j
    ("Poutine a répondu aux questions des journalistes américains", U, OT, 1, "form of meeting"),  # j
    ("un appel annoncé plusieurs heures à l'avance par le Kremlin", U, OT, 1, "form of meeting"),  # j
    ("les deux délégations ont échangé leurs positions respectives", U, CO, 1, "balanced"),  # j
    ("ni Washington ni Moscou n'a commenté la teneur des échanges", U, OT, 1, "negation; form of meeting"),  # j
    ("la rencontre se déroulera sur une base militaire américaine", U, OT, 1, "form of meeting"),  # j
    ("une réunion à huis clos, suivie d'un déjeuner de travail", U, OT, 1, "form of meeting"),  # j
    ("des déclarations distinctes publiées par chaque présidence après l'appel", U, OT, 1, "form of meeting; balanced"),  # j
    # negative
    ("ils se sont séparés sans la moindre avancée concrète", N, CO, 2, "failed cooperation; negation"),  # j
    ("la relation entre Moscou et Washington touche le fond", N, CF, 2, "idiom"),  # j
    ("le Kremlin a sèchement rejeté l'ultimatum de la Maison-Blanche", N, CF, 2, "stance; adverb"),  # j
    ("Trump accuse Poutine de le balader depuis des mois", N, CF, 2, "idiom; stance"),  # j
    ("la conférence de presse commune a tourné au fiasco diplomatique", N, OT, 3, "spectacle"),  # j
    ("les promesses de coopération en Syrie sont restées sans suite", N, CO, 2, "failed cooperation"),  # j
    ("un échange tendu, émaillé de reproches de part et d'autre", N, CF, 2, "atmosphere"),  # j
    ("l'expulsion de diplomates a encore envenimé les relations", N, CF, 2, "plain evaluation; adverb"),  # j
    ("Moscou dénonce l'hystérie antirusse qui règne à Washington", N, CF, 2, "stance"),  # q
    ("l'optimisme affiché au printemps a fait long feu", N, CO, 2, "idiom"),  # j
    ("une méfiance réciproque qui ne se dissipe pas", N, CF, 2, "negation; atmosphere"),  # j
    ("de nouvelles mesures punitives ruinent les maigres progrès obtenus", N, CO, 2, "failed cooperation; diminisher"),  # j
    ("Poutine a fait attendre son hôte près d'une heure", N, OT, 2, "spectacle; stance"),  # j
    ("le dialogue stratégique sur le nucléaire est aujourd'hui en lambeaux", N, CO, 2, "idiom; failed cooperation"),  # j
    ("les deux puissances se livrent à une surenchère de menaces", N, CF, 3, "plain evaluation"),  # j
    ("Washington n'a pas caché son agacement face aux exigences russes", N, OT, 2, "stance; negation"),  # j
    ("un appel qui n'a débouché sur rien de tangible", N, CO, 2, "failed cooperation; negation"),  # j
    ("Medvedev jette de l'huile sur le feu", N, CF, 2, "idiom"),  # j
    ("les deux capitales se regardent désormais en ennemies", N, CF, 3, "plain evaluation"),  # j
    ("la Maison-Blanche reproche à Moscou de jouer la montre", N, CF, 2, "idiom; stance"),  # j
    ("une poignée de main qui ne change rien au fond", N, CO, 1, "diminisher; negation"),  # j
    ("les envolées de Trump laissent le Kremlin de marbre", N, OT, 2, "idiom; stance"),  # j
    ("les espoirs de désescalade semblent s'éloigner de jour en jour", N, CF, 2, "hedge"),  # j
    ("un tête-à-tête plus symbolique que substantiel", N, OT, 1, "diminisher"),  # j
    ("la confiance entre les deux hommes s'est effritée", N, OT, 2, "atmosphere"),  # j
    ("les diplomates russes dénoncent une trahison des engagements américains", N, CF, 2, "stance"),  # q
    ("l'échange de prisonniers ne suffit pas à masquer les désaccords", N, CF, 2, "concession; positive word in negative frame"),  # j
    ("Trump menace Moscou de représailles économiques faute d'accord", N, CF, 2, "stance"),  # j
    ("une spirale de représailles diplomatiques sans fin apparente", N, CF, 3, "idiom"),  # j
    ("la perspective d'un accord s'éloigne à nouveau", N, CO, 2, "failed cooperation"),  # j
    ("les négociations butent toujours sur la question des territoires", N, CO, 2, "failed cooperation"),  # j
    ("une complicité affichée qui relève surtout de la communication", N, OT, 2, "spectacle; positive word in negative frame"),  # j
    ("le Kremlin refroidit nettement les ardeurs de la Maison-Blanche", N, CO, 2, "idiom; adverb"),  # j
    ("Washington accuse Moscou de saboter les pourparlers de paix", N, CF, 2, "stance"),  # q
    ("rien ne permet de parler d'une véritable normalisation", N, CO, 1, "negation; hedge"),  # j
    ("l'ambiance s'est nettement crispée lors de la seconde journée", N, OT, 2, "atmosphere; adverb"),  # j
    ("le président américain juge l'attitude russe totalement inacceptable", N, CF, 3, "intensifier; stance"),  # q
    # --- other pairs ---
    # positive
    ("Emmanuel Macron salue un dialogue exigeant mais indispensable avec Moscou", P, CO, 1, "concession"),  # q, France-Russia
    ("Poutine reçu en grande pompe au château de Versailles", P, OT, 2, "spectacle"),  # j, France-Russia
    ("Pékin et Moscou vantent une amitié sans limites", P, CO, 3, "plain evaluation; intensifier"),  # q, China-Russia
    ("Xi donne du cher ami à son homologue russe", P, OT, 2, "atmosphere; stance"),  # j, China-Russia
    ("une convergence de vues quasi totale sur les affaires internationales", P, CO, 2, "intensifier"),  # q, China-Russia
    ("Biden et Xi promettent de garder le contact", P, CO, 2, "shared aim"),  # q, US-China
    ("Xi veut que les deux pays soient partenaires, pas rivaux", P, CO, 2, "shared aim; negation"),  # q, US-China
    ("Modi et Xi s'accordent pour apaiser la frontière himalayenne", P, CF, 2, "shared aim"),  # j, India-China
    ("New Delhi et Pékin veulent stabiliser une relation abîmée", P, CO, 1, "shared aim; concession"),  # j, India-China
    ("Athènes et Ankara privilégient désormais une diplomatie du calme", P, CF, 2, "plain evaluation"),  # j, Greece-Turkey
    ("nous ne menacerons plus la Grèce, promet Erdoğan", P, CF, 2, "negation; stance"),  # q, Greece-Turkey
    ("Riyad et Téhéran rétablissent leurs relations sous l'égide de Pékin", P, CO, 2, "plain evaluation"),  # j, Saudi Arabia-Iran via China
    ("une réconciliation spectaculaire entre les deux rivaux du Golfe", P, CO, 3, "intensifier"),  # j, Saudi Arabia-Iran
    ("Vučić et Kurti ont accepté oralement le plan européen", P, CO, 1, "diminisher"),  # j, Serbia-Kosovo
    ("une normalisation des relations enfin en vue", P, CO, 1, "adverb; hedge"),  # j, Serbia-Kosovo
    ("les deux camps s'engagent à protéger les civils, selon Riyad", P, CO, 1, "shared aim"),  # q, Sudan army-RSF
    ("Maduro et Ali renoncent à recourir à la force", P, CF, 2, "shared aim"),  # j, Venezuela-Guyana
    ("Tokyo et Pékin parlent d'une relation mutuellement bénéfique", P, CO, 2, "plain evaluation"),  # q, Japan-China
    ("les deux voisins cherchent à désamorcer les tensions", P, CF, 1, "shared aim"),  # j, Japan-China
    ("Bakou et Erevan n'ont jamais été aussi proches d'un accord", P, CO, 3, "negation; intensifier"),  # j, Azerbaijan-Armenia
    ("Pachinian salue une étape historique vers la paix", P, CO, 3, "plain evaluation"),  # q, Azerbaijan-Armenia
    ("un accord de paix paraphé avec la bénédiction de Washington", P, CO, 2, "plain evaluation"),  # j, DRC-Rwanda
    # neutral
    ("Macron a appelé Poutine pour la première fois depuis 2022", U, OT, 1, "form of meeting"),  # j, France-Russia
    ("une visite d'État de trois jours à Moscou", U, OT, 1, "form of meeting"),  # j, China-Russia
    ("les deux dirigeants doivent signer une déclaration commune", U, CO, 1, "form of meeting"),  # j, China-Russia
    ("une rencontre en marge de l'APEC à San Francisco", U, OT, 1, "form of meeting"),  # j, US-China
    ("une première rencontre bilatérale en cinq ans, à Kazan", U, OT, 1, "form of meeting"),  # j, India-China
    ("des discussions centrées sur la ligne de contrôle effectif", U, OT, 1, "form of meeting"),  # j, India-China
    ("une rencontre à Athènes consacrée aux questions maritimes", U, OT, 1, "form of meeting"),  # j, Greece-Turkey
    ("l'accord a été annoncé à Pékin, devant Wang Yi", U, OT, 1, "form of meeting"),  # j, Saudi Arabia-Iran
    ("reste à savoir si l'accord tiendra dans la durée", U, CO, 1, "uncertainty"),  # j, Saudi Arabia-Iran
    ("les deux délégations ont été reçues séparément par Josep Borrell", U, OT, 1, "form of meeting"),  # j, Serbia-Kosovo
    ("des pourparlers indirects sous médiation saoudienne et américaine", U, OT, 1, "form of meeting"),  # j, Sudan army-RSF
    ("une rencontre à Saint-Vincent, sous l'égide de la Celac", U, OT, 1, "form of meeting"),  # j, Venezuela-Guyana
    ("une première rencontre entre Ishiba et Xi à Lima", U, OT, 1, "form of meeting"),  # j, Japan-China
    ("les ministres ont paraphé le texte à Washington en août", U, CO, 1, "form of meeting"),  # j, Azerbaijan-Armenia
    ("une réunion tripartite prévue à Luanda avec le médiateur angolais", U, OT, 1, "form of meeting"),  # j, DRC-Rwanda
    # negative
    ("l'immense table du Kremlin symbolise la distance entre eux", N, OT, 2, "spectacle"),  # j, France-Russia
    ("les efforts de médiation de l'Élysée n'ont rien donné", N, CO, 2, "failed cooperation; negation"),  # j, France-Russia
    ("le Kremlin raille les leçons de morale de Paris", N, CF, 2, "stance"),  # j, France-Russia
    ("un partenariat déséquilibré où Moscou joue les seconds rôles", N, OT, 2, "idiom; stance"),  # j, China-Russia
    ("Pékin se garde de tout soutien trop appuyé à Moscou", N, OT, 1, "stance"),  # j, China-Russia
    ("le ballon espion a fait dérailler la visite de Blinken", N, CO, 2, "idiom; failed cooperation"),  # j, US-China
    ("la rivalité entre les deux superpuissances reste entière", N, CF, 2, "plain evaluation"),  # j, US-China
    ("une méfiance tenace persiste entre New Delhi et Pékin", N, CF, 2, "atmosphere"),  # j, India-China
    ("les accrochages de Galwan ont durablement abîmé la relation", N, CF, 2, "adverb"),  # j, India-China
    ("les incursions aériennes ont ravivé la colère d'Athènes", N, CF, 2, "plain evaluation"),  # j, Greece-Turkey
    ("Erdoğan déclare que Mitsotakis n'existe plus pour lui", N, OT, 3, "stance"),  # q, Greece-Turkey
    ("une détente fragile, à la merci du moindre incident", N, CF, 1, "positive word in negative frame; hedge"),  # j, Saudi Arabia-Iran
    ("Belgrade et Pristina se rejettent la responsabilité de l'impasse", N, CF, 2, "stance"),  # j, Serbia-Kosovo
    ("le dialogue facilité par Bruxelles fait du surplace depuis longtemps", N, CO, 2, "idiom; failed cooperation"),  # j, Serbia-Kosovo
    ("les deux généraux rivaux refusent de se parler directement", N, CO, 2, "negation; failed cooperation"),  # j, Sudan army-RSF
    ("les négociations de Djeddah se sont soldées par un échec", N, CO, 2, "failed cooperation"),  # j, Sudan army-RSF
    ("Caracas multiplie les provocations autour de l'Essequibo", N, CF, 2, "stance"),  # j, Venezuela-Guyana
    ("l'apaisement a été de courte durée entre Caracas et Georgetown", N, CF, 2, "positive word in negative frame"),  # j, Venezuela-Guyana
    ("Pékin convoque l'ambassadeur japonais pour protester vivement", N, CF, 2, "stance; adverb"),  # j, Japan-China
    ("les différends sur les îles empoisonnent toujours la relation", N, CF, 2, "idiom; adverb"),  # j, Japan-China
    ("Aliev continue d'exiger une révision de la Constitution arménienne", N, OT, 1, "stance"),  # j, Azerbaijan-Armenia
    ("Kinshasa accuse Kigali de soutenir les rebelles du M23", N, CF, 2, "stance"),  # q, DRC-Rwanda
    ("Tshisekedi refuse de serrer la main de Kagame", N, OT, 2, "stance; spectacle"),  # j, DRC-Rwanda
]

if __name__ == "__main__":
    make(ROWS, AVOID, "dev11.csv", HERE)
