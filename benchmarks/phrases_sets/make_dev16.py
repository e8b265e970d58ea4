#!/usr/bin/env python3
"""Write dev16.csv (development list of constructed French framing phrases: negation, concession and contrast).
Standard library only; the checks and the writing are list_check.py's.
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
    ("pas le moindre accroc pendant l'échange", P, OT, 2, "negation; atmosphere"),  # j
    ("non sans une certaine chaleur", P, OT, 1, "litotes; atmosphere"),  # j
    ("une conversation pas du tout hostile", P, OT, 1, "negation"),  # q
    ("aucune animosité entre nous", P, OT, 2, "negation; atmosphere"),  # q
    ("malgré les désaccords, un vrai dialogue", P, CO, 2, "concession"),  # j
    ("certes des divergences, mais une volonté commune", P, CO, 2, "concession; shared aim"),  # j
    ("en dépit de tout, le contact est maintenu", P, CO, 1, "concession"),  # j
    ("nous ne sommes pas ennemis", P, CF, 2, "negation"),  # q
    ("je ne doute pas de sa sincérité", P, OT, 2, "negation; stance"),  # q
    ("une rencontre qui n'a rien d'anodin", P, OT, 1, "litotes"),  # j
    ("loin d'être un échec", P, CO, 2, "litotes; negation"),  # q
    ("nous n'avons pas perdu notre temps", P, CO, 1, "litotes; negation"),  # q
    ("plus aucun obstacle à une rencontre", P, CO, 2, "negation; form of meeting"),  # j
    ("jamais la relation n'a été aussi prometteuse", P, CO, 3, "negation; intensifier"),  # q
    ("sans la moindre fausse note", P, OT, 2, "negation; idiom"),  # j
    ("la tension ne cesse de baisser", P, CF, 2, "negation"),  # j
    ("ne plus se considérer comme adversaires", P, CF, 2, "negation; shared aim"),  # q
    ("pas de ligne rouge franchie cette fois", P, CF, 1, "negation"),  # j
    ("un déplacement qui ne fut pas vain", P, CO, 1, "litotes"),  # j
    ("malgré Helsinki, une relation personnelle solide", P, OT, 2, "concession"),  # j
    ("sans concession mais dans le respect", P, OT, 1, "concession; atmosphere"),  # q
    ("le contact ne s'est jamais rompu", P, CO, 2, "negation"),  # q
    ("rien ne nous empêche de coopérer", P, CO, 2, "negation; shared aim"),  # q
    ("pas d'escalade, au contraire", P, CF, 2, "negation"),  # j
    ("en dépit des critiques, Trump maintient le dialogue", P, CO, 2, "concession"),  # j
    ("nullement hostiles à un compromis", P, CO, 1, "negation; litotes"),  # q
    ("non sans humour, Poutine salue son hôte", P, OT, 1, "litotes; stance"),  # j
    ("aucune raison de ne pas s'entendre", P, CO, 2, "negation"),  # q
    ("loin des invectives d'autrefois", P, CF, 2, "negation; atmosphere"),  # j
    ("malgré la guerre, un canal toujours ouvert", P, CO, 1, "concession; war vocabulary"),  # j
    ("un dialogue qui ne se dément pas", P, CO, 2, "negation; idiom"),  # j
    ("je n'ai jamais eu de problème avec lui", P, OT, 2, "negation; stance"),  # q
    ("pas seulement des mots, des actes", P, CO, 2, "negation; plain evaluation"),  # q
    ("difficile mais pas impossible d'avancer ensemble", P, CO, 1, "concession; negation"),  # q
    # neutral
    ("pas de date encore arrêtée pour une rencontre", U, OT, 1, "negation; form of meeting"),  # j
    ("aucun communiqué commun à l'issue de l'appel", U, OT, 1, "negation; form of meeting"),  # j
    ("sans ordre du jour précis", U, OT, 1, "negation; form of meeting"),  # j
    ("ni avancée ni recul sur l'Ukraine", U, CO, 1, "negation; balanced"),  # j
    ("pas de conférence de presse prévue", U, OT, 1, "negation; form of meeting"),  # j
    ("sans interprète du côté américain", U, OT, 1, "negation; form of meeting"),  # j
    ("ni optimiste ni pessimiste, a dit Peskov", U, OT, 1, "negation; balanced"),  # q
    ("certes des progrès, mais aussi des blocages", U, CO, 1, "concession; balanced"),  # j
    ("je ne dirais ni bon ni mauvais", U, OT, 1, "negation; balanced"),  # q
    ("rien n'est encore tranché sur le lieu", U, OT, 1, "negation; uncertainty"),  # j
    ("sans préjuger de l'issue des discussions", U, OT, 1, "negation; hedge"),  # q
    ("aucun détail n'a filtré sur les échanges", U, OT, 1, "negation; uncertainty"),  # j
    ("le Kremlin ne confirme ni n'infirme la rencontre", U, OT, 1, "negation; uncertainty"),  # j
    ("ni réchauffement ni nouvelle crise", U, CF, 1, "negation; balanced"),  # j
    ("pas d'accord, mais pas d'échec non plus", U, CO, 1, "negation; balanced"),  # q
    ("sans délégations, en tête-à-tête", U, OT, 1, "negation; form of meeting"),  # j
    ("rien ne dit que l'appel débouchera", U, CO, 1, "negation; uncertainty"),  # j
    ("sans attendre de miracle, sans fermer la porte", U, CO, 1, "negation; balanced; idiom"),  # q
    ("pas la première fois qu'ils se parlent", U, OT, 1, "negation; form of meeting"),  # j
    ("non pas une négociation, une prise de contact", U, OT, 1, "negation; form of meeting"),  # q
    ("pas d'annonce attendue à l'issue de la rencontre", U, OT, 1, "negation; form of meeting"),  # j
    ("Washington ne ferme pas la porte, sans s'engager", U, OT, 1, "negation; hedge; balanced"),  # j
    ("en dépit de l'annonce, le lieu reste à fixer", U, OT, 1, "concession; uncertainty"),  # j
    ("ni menace ni promesse dans le communiqué", U, OT, 1, "negation; balanced"),  # j
    ("ce n'est ni une victoire ni une défaite", U, OT, 1, "negation; balanced"),  # q
    ("personne ne parle encore d'accord", U, CO, 1, "negation; hedge"),  # j
    ("sans partie ukrainienne autour de la table", U, OT, 1, "negation; form of meeting"),  # j
    ("pas d'ultimatum, pas de concession non plus", U, CF, 1, "negation; balanced"),  # j
    # negative
    ("pas le moindre progrès", N, CO, 2, "negation; failed cooperation"),  # j
    ("aucune convergence sur l'Ukraine", N, CO, 2, "negation; failed cooperation"),  # j
    ("une réunion sans décision aucune", N, CO, 2, "negation; failed cooperation"),  # j
    ("Trump ne croit plus aux promesses de Poutine", N, OT, 2, "negation; stance"),  # j
    ("loin de la relation promise", N, CO, 2, "negation; failed cooperation"),  # j
    ("certes cordial, mais sans aucun résultat", N, CO, 2, "concession; failed cooperation"),  # j
    ("malgré les sourires, rien n'a bougé", N, CO, 2, "concession; failed cooperation; idiom"),  # j
    ("nous ne faisons plus confiance à Washington", N, CF, 2, "negation; stance"),  # q
    ("plus aucun canal de communication", N, CO, 3, "negation; failed cooperation"),  # j
    ("pas vraiment une réussite", N, OT, 1, "negation; litotes"),  # j
    ("ce n'était pas une bonne conversation", N, OT, 2, "negation; plain evaluation"),  # q
    ("une relation qui n'a rien d'amical", N, OT, 2, "negation"),  # j
    ("sans aucune chaleur", N, OT, 2, "negation; atmosphere"),  # j
    ("en dépit des promesses, la guerre continue", N, CO, 2, "concession; failed cooperation; war vocabulary"),  # j
    ("Poutine n'a pas tenu parole", N, OT, 2, "negation; stance"),  # q
    ("le rendez-vous de Budapest n'aura pas lieu", N, OT, 1, "negation; form of meeting"),  # j
    ("Moscou ne cède sur rien", N, CF, 2, "negation; stance"),  # j
    ("une tension qui ne retombe pas", N, CF, 2, "negation"),  # j
    ("pas l'ombre d'une confiance mutuelle", N, CF, 2, "negation; idiom"),  # j
    ("derrière les amabilités, aucune concession", N, CF, 2, "concession; negation"),  # j
    ("non sans heurts", N, CF, 1, "litotes; negation"),  # j
    ("non sans une certaine froideur", N, OT, 1, "litotes; atmosphere"),  # j
    ("ne plus rien attendre de Moscou", N, OT, 2, "negation; stance"),  # q
    ("une trêve qui ne tient pas", N, CF, 2, "negation; positive word in negative frame"),  # j
    ("pas de cessez-le-feu en vue", N, CO, 2, "negation; failed cooperation"),  # j
    ("un accord qui n'a jamais vu le jour", N, CO, 2, "negation; failed cooperation; idiom"),  # j
    ("sans même une poignée de main", N, OT, 2, "negation; atmosphere"),  # j
    ("le dialogue ne mène nulle part", N, CO, 2, "negation; failed cooperation"),  # j
    ("une amitié proclamée mais sans contenu", N, CO, 2, "concession; positive word in negative frame"),  # j
    ("certes le ton est poli, mais le fossé demeure", N, CF, 2, "concession; idiom"),  # j
    ("pas la moindre garantie de Moscou", N, OT, 1, "negation; stance"),  # j
    ("Washington ne reconnaîtra jamais l'annexion", N, CF, 2, "negation; stance"),  # q
    ("en dépit des appels répétés, aucun geste du Kremlin", N, CO, 2, "concession; failed cooperation"),  # j
    ("rien de concret n'est sorti de l'appel", N, CO, 2, "negation; failed cooperation"),  # j
    ("une rencontre guère encourageante", N, OT, 1, "negation; litotes"),  # j
    ("ne plus jamais se laisser duper", N, OT, 2, "negation; stance"),  # q
    ("loin, très loin d'un accord", N, CO, 3, "negation; intensifier"),  # j
    ("aucune sympathie pour le président russe", N, OT, 2, "negation; stance"),  # q
    # --- other pairs ---
    # positive
    ("malgré la crise, Paris et Alger se reparlent", P, CO, 2, "concession"),  # j France-Algeria
    ("pas de rupture entre Paris et Alger", P, CF, 1, "negation"),  # j France-Algeria
    ("Xi et Trump, non sans compliments mutuels", P, OT, 1, "litotes; stance"),  # j China-US
    ("en dépit des droits de douane, une trêve conclue", P, CF, 2, "concession"),  # j China-US
    ("aucune hostilité envers le peuple américain", P, OT, 1, "negation; stance"),  # q China-US (Chinese ministry)
    ("certes fragile, mais un cessez-le-feu respecté", P, CF, 2, "concession"),  # j India-Pakistan
    ("plus aucun tir le long de la ligne de contrôle", P, CF, 2, "negation; war vocabulary"),  # j India-Pakistan
    ("Belgrade ne rejette plus l'idée d'un accord", P, CO, 1, "negation"),  # j Serbia-Kosovo
    ("pas de nouvel incident depuis l'accord", P, CF, 1, "negation"),  # j Serbia-Kosovo
    ("Bruxelles et Pékin, pas si éloignés sur le climat", P, CO, 1, "negation; litotes"),  # j EU-China
    ("malgré tout, une amitié turco-russe intacte", P, OT, 2, "concession"),  # j Turkey-Russia
    ("jamais Ankara ne tournera le dos à Moscou", P, OT, 2, "negation; idiom"),  # q Turkey-Russia (Erdogan)
    ("sans arrière-pensée, nous voulons la paix", P, CO, 2, "negation; shared aim"),  # q Armenia-Azerbaijan (Pashinyan)
    ("la paix n'est plus un vœu pieux", P, CO, 2, "negation; idiom"),  # j Armenia-Azerbaijan
    ("aucun désaccord de fond entre Tokyo et Séoul", P, CO, 2, "negation"),  # j Japan-South Korea
    ("loin des querelles historiques, une coopération renouvelée", P, CO, 2, "negation; concession"),  # j Japan-South Korea
    ("en dépit du passé, Riyad et Téhéran coopèrent", P, CO, 2, "concession"),  # j Saudi Arabia-Iran
    ("une lettre qui ne manque pas de chaleur", P, OT, 1, "litotes"),  # j North Korea-US
    ("pas de menace nucléaire depuis Singapour", P, CF, 2, "negation; war vocabulary"),  # j North Korea-US
    ("Londres ne veut plus de querelles avec Bruxelles", P, CF, 2, "negation; stance"),  # q UK-EU (Starmer)
    ("Berlin ne veut pas de découplage avec Pékin", P, CO, 2, "negation; stance"),  # q Germany-China (Scholz)
    # neutral
    ("ni Paris ni Alger ne commentent la visite", U, OT, 1, "negation; form of meeting"),  # j France-Algeria
    ("pas de réunion prévue avant l'automne", U, OT, 1, "negation; form of meeting"),  # j Serbia-Kosovo
    ("Pékin ne dit ni oui ni non", U, OT, 1, "negation; uncertainty"),  # j China-US
    ("sans médiateur cette fois, en face à face", U, OT, 1, "negation; form of meeting"),  # j India-Pakistan
    ("New Delhi ne souhaite aucune médiation extérieure", U, OT, 1, "negation; stance"),  # j India-Pakistan
    ("ni percée ni blocage à Bruxelles", U, CO, 1, "negation; balanced"),  # j EU-China
    ("aucune déclaration commune n'était prévue", U, OT, 1, "negation; form of meeting"),  # j EU-China
    ("Ankara ne choisit pas entre Kiev et Moscou", U, OT, 1, "negation; balanced"),  # j Turkey-Russia
    ("pas de délégation ministérielle cette fois", U, OT, 1, "negation; form of meeting"),  # j Turkey-Russia
    ("rien n'est encore signé entre Bakou et Erevan", U, CO, 1, "negation; uncertainty"),  # j Armenia-Azerbaijan
    ("Séoul ne tranche pas sur le calendrier", U, OT, 1, "negation; uncertainty"),  # j Japan-South Korea
    ("pas de face-à-face, des messages via Oman", U, OT, 1, "negation; form of meeting"),  # j Iran-US
    ("Washington ne confirme pas la date des discussions", U, OT, 1, "negation; uncertainty"),  # j Iran-US
    ("Pyongyang ne répond ni positivement ni négativement", U, OT, 1, "negation; balanced"),  # j North Korea-US
    ("ni concession ni durcissement de Londres", U, CF, 1, "negation; balanced"),  # j UK-EU
    ("une visite de travail, non une visite d'État", U, OT, 1, "negation; form of meeting"),  # j Germany-China
    ("ni Zelensky ni Poutine à Istanbul", U, OT, 1, "negation; form of meeting"),  # j Ukraine-Russia
    # negative
    ("Paris et Alger ne se parlent plus", N, CO, 3, "negation; failed cooperation"),  # j France-Algeria
    ("aucune avancée malgré la visite du ministre", N, CO, 2, "negation; concession; failed cooperation"),  # j France-Algeria
    ("pas de trêve dans la guerre commerciale", N, CF, 2, "negation; war vocabulary"),  # j China-US
    ("Pékin ne croit pas à la sincérité américaine", N, OT, 2, "negation; stance"),  # j China-US
    ("loin de l'apaisement espéré entre New Delhi et Islamabad", N, CF, 2, "negation"),  # j India-Pakistan
    ("aucun dialogue possible tant que durent les attaques", N, CO, 2, "negation; failed cooperation"),  # q India-Pakistan (Indian government)
    ("Pristina ne cède rien à Belgrade", N, CF, 2, "negation; stance"),  # j Serbia-Kosovo
    ("un accord d'Ohrid jamais appliqué", N, CO, 2, "negation; failed cooperation"),  # j Serbia-Kosovo
    ("malgré les sourires, Bruxelles n'obtient rien de Pékin", N, CO, 2, "concession; failed cooperation"),  # j EU-China
    ("une rencontre qui ne dissipe aucun malentendu", N, OT, 2, "negation"),  # j EU-China
    ("Erdogan ne ménage plus le Kremlin", N, CF, 2, "negation; stance"),  # j Turkey-Russia
    ("certes alliés de circonstance, mais rivaux en Syrie", N, CF, 1, "concession"),  # j Turkey-Russia
    ("Bakou ne veut plus de médiation russe", N, OT, 2, "negation; stance"),  # j Azerbaijan-Russia
    ("en dépit des promesses, aucun traité signé", N, CO, 2, "concession; negation; failed cooperation"),  # j Armenia-Azerbaijan
    ("pas d'excuses de Tokyo, dit Pékin", N, CF, 2, "negation; stance"),  # j China-Japan
    ("Séoul n'oublie pas le passé colonial", N, CF, 1, "negation; stance"),  # j Japan-South Korea
    ("pas de réponse de Téhéran à la lettre américaine", N, OT, 1, "negation; stance"),  # j Iran-US
    ("aucune confiance dans les promesses américaines", N, CF, 2, "negation; stance"),  # q Iran-US (Iranian leadership)
    ("Kim n'est plus intéressé par un dialogue", N, CO, 2, "negation; failed cooperation"),  # j North Korea-US
    ("Londres et Bruxelles, toujours pas d'accord sur la pêche", N, CO, 2, "negation; failed cooperation"),  # j UK-EU
    ("malgré des heures d'entretien, Poutine ne bouge pas", N, CO, 2, "concession; negation; failed cooperation"),  # j France-Russia (Macron)
    ("pas le moindre geste de Moscou envers Kiev", N, CO, 2, "negation; failed cooperation"),  # j Ukraine-Russia
]

if __name__ == "__main__":
    make(ROWS, AVOID, "dev16.csv", HERE)
