"""Gold framing phrases and article tone for phrases_articles6 (held out; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a67 Belga, Hamburg G20 7 Jul 2017
D = "a67_belga_20170707"
META[D] = ("Belga", "2017-07-07", "2017-07-07 first Trump-Putin meeting, Hamburg G20")
TONE[D] = 1
p(D, "très claire et positive", "pos", 2, "coop", "q")
p(D, "un lien évident", "pos", 2, "oth", "q")
p(D, "Il n'y avait chez aucun des deux l'envie de ressasser le passé", "pos", 1, "coop", "q")
p(D, "un honneur", "pos", 2, "oth", "q")
p(D, "résultats concrets", "pos", 1, "coop", "q", note="hope for results of the first meeting")
p(D, "Une divergence de versions", "neg", 1, "conf", "j")
p(D, "premier résultat tangible d'une coopération russo-américaine", "pos", 2, "coop", "j")
p(D, "assez longue et substantielle", "pos", 1, "coop", "q", note="hedge assez")
p(D, "tout en se gardant de parler de percée", "neg", 1, "coop", "q")
p(D, "restent lestées par les sanctions et par l'enquête sur l'ingérence", "neg", 1, "coop", "q",
  note="attributed by incise to European diplomats")

# ---------------------------------------------------------------- a68 Libération, Helsinki 16 Jul 2018
D = "a68_liberation_20180717"
META[D] = ("Libération", "2018-07-17", "2018-07-16 Helsinki summit")
TONE[D] = -1
p(D, "fait les yeux doux à Poutine", "neg", 2, "oth", "j", note="warmth framed critically")
p(D, "se regardaient en chiens de faïence depuis des années", "neg", 2, "conf", "q")
p(D, "Depuis ce matin, ce n'est plus le cas", "pos", 2, "conf", "q")
p(D, "franc et utile", "pos", 1, "coop", "q")
p(D, "ne voir «aucune raison» de douter de la parole russe", "pos", 2, "oth", "q")
p(D, "une capitulation en direct devant le maître du Kremlin", "neg", 3, "oth", "q")
p(D, "Sur le fond, les annonces sont maigres", "neg", 2, "coop", "j")
p(D, "Pas de texte commun", "neg", 1, "oth", "j")
p(D, "pas d'accord sur le désarmement", "neg", 1, "coop", "j")
p(D, "poursuivre les contacts", "pos", 1, "coop", "q")
p(D, "une relation personnelle que rien, dans les faits, ne vient étayer", "neg", 2, "coop", "j")
p(D, "une image qu'aucun dirigeant occidental ne lui offrait plus depuis l'annexion de la Crimée", "neg", 1, "oth", "j",
  note="review pass: meeting framed as a gift to the Kremlin")

# ---------------------------------------------------------------- a69 Sputnik-style, Osaka G20 28 Jun 2019
D = "a69_sputnik_20190628"
META[D] = ("Sputnik France", "2019-06-28", "2019-06-28 Trump-Putin meeting, Osaka G20")
TONE[D] = 2
p(D, "sous le signe de la bonne volonté", "pos", 2, "oth", "j")
p(D, "témoigne d'un intérêt réciproque pour un dialogue de fond", "pos", 2, "coop", "j")
p(D, "nous comprenons bien", "pos", 2, "oth", "q")
p(D, "Il y a beaucoup de choses positives à bâtir entre nos deux pays", "pos", 2, "coop", "q")
p(D, "n'avaient pas eu l'occasion de se voir longuement depuis Helsinki", "neu", 1, "oth", "q",
  note="gap between meetings softened as a scheduling matter")
p(D, "bonne, concrète et professionnelle", "pos", 2, "coop", "q")
p(D, "améliorer la relation» entre Washington et Moscou servait l'intérêt des deux peuples", "pos", 2, "coop", "q")
p(D, "L'invitation faite au président américain d'assister à Moscou", "pos", 1, "oth", "q")
p(D, "le dialogue russo-américain garde toute sa pertinence", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a70 Le Soir, OPEC+ deal and calls Apr 2020
D = "a70_lesoir_20200413"
META[D] = ("Le Soir", "2020-04-13", "2020-04 Trump-Putin oil calls and OPEC+ cut")
TONE[D] = 1
p(D, "scellent une trêve inattendue", "pos", 1, "conf", "j")
p(D, "avaient exprimé leur satisfaction devant l'avancée des discussions", "pos", 1, "coop", "q")
p(D, "étaient convenus de rester en contact étroit", "pos", 1, "coop", "q")
p(D, "formidable pour tout le monde", "pos", 3, "coop", "q")
p(D, "intense et efficace", "pos", 2, "coop", "q")
p(D, "nettement densifié", "pos", 1, "coop", "q")
p(D, "une rare convergence entre Washington et Moscou", "pos", 2, "coop", "q", note="pour plusieurs analystes")
p(D, "Cette entente pétrolière a toutefois ses limites", "neg", 1, "coop", "j")
p(D, "continuent de s'opposer", "neg", 1, "conf", "j")
p(D, "Aucune rencontre entre les deux présidents n'est à l'ordre du jour", "neg", 1, "oth", "j")
p(D, "renouvelé en mars son invitation", "pos", 1, "oth", "j")

# ---------------------------------------------------------------- a71 La Croix, Biden-Putin video call 7 Dec 2021
D = "a71_lacroix_20211208"
META[D] = ("La Croix", "2021-12-08", "2021-12-07 Biden-Putin video call")
TONE[D] = -1
p(D, "deux heures d'avertissements", "neg", 2, "conf", "j")
p(D, "répondraient par «des mesures économiques fortes» en cas d'offensive militaire", "neg", 2, "conf", "q")
p(D, "directe, parfois vive, mais respectueuse", "neu", 1, "oth", "q")
p(D, "accusé l'Otan de «tentatives dangereuses» pour s'installer sur le territoire ukrainien", "neg", 2, "conf", "q")
p(D, "Aucune percée n'était attendue, et aucune n'a eu lieu", "neg", 1, "coop", "j")
p(D, "chargé leurs équipes de poursuivre les échanges", "pos", 1, "coop", "j")
p(D, "Le canal reste ouvert, ce qui n'est pas rien", "pos", 1, "coop", "j", note="litotes")
p(D, "On se parle, mais on ne s'écoute pas encore", "neg", 1, "coop", "q", note="European diplomat on the pair")

# ---------------------------------------------------------------- a72 RTS, Geneva strategic stability talks 10 Jan 2022
D = "a72_rts_20220111"
META[D] = ("RTS", "2022-01-11", "2022-01-10 Sherman-Riabkov strategic stability talks, Geneva")
TONE[D] = -1
p(D, "se quittent sans terrain d'entente", "neg", 2, "coop", "j")
p(D, "aucune avancée", "neg", 1, "coop", "j")
p(D, "la montée des tensions", "neg", 1, "conf", "j")
p(D, "ardue mais sérieuse", "neu", 1, "oth", "q")
p(D, "ne reculerait pas sur ses exigences", "neg", 1, "conf", "q")
p(D, "Nous n'avons pas le sentiment que la partie américaine mesure l'urgence", "neg", 1, "conf", "q")
p(D, "a rejeté fermement ces demandes", "neg", 1, "conf", "q", note="stance verb + NP")
p(D, "tout simplement pas envisageables", "neg", 2, "conf", "q")
p(D, "prête à discuter d'une limitation réciproque des exercices militaires", "pos", 1, "coop", "q")
p(D, "Le dialogue n'est pas rompu pour autant", "pos", 1, "coop", "j")
p(D, "L'écart entre les positions paraît toutefois considérable", "neg", 1, "coop", "j", note="hedge paraît")
p(D, "personne n'a bougé d'un centimètre", "neg", 2, "coop", "q", note="European diplomat résumait :")

# ---------------------------------------------------------------- a73 L'Indépendant scraped page, Biden-Putin call 12 Feb 2022
D = "a73_lindependant_20220213"
META[D] = ("L'Indépendant", "2022-02-13", "2022-02-12 Biden-Putin call")
TONE[D] = -2
p(D, "le fossé reste entier", "neg", 2, "coop", "j")
p(D, "multiplie les mises en garde", "neg", 1, "conf", "j")
p(D, "un prix lourd et immédiat", "neg", 2, "conf", "q")
p(D, "professionnel et substantiel", "pos", 1, "oth", "q")
p(D, "aucun changement fondamental", "neg", 2, "coop", "q")
p(D, "une «hystérie» entretenue par Washington", "neg", 2, "conf", "q")
p(D, "étaient convenus de maintenir les contacts à tous les niveaux", "pos", 1, "coop", "q")
p(D, "Rien n'indique pour l'instant une détente", "neg", 1, "coop", "j")
p(D, "la défiance est désormais totale", "neg", 3, "conf", "q", note="juge un diplomate")

# ---------------------------------------------------------------- a74 Le Parisien, Trump-Putin call 12 Feb 2025
D = "a74_leparisien_20250213"
META[D] = ("Le Parisien", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[D] = 1
p(D, "d'accord pour «lancer sans tarder» des négociations", "pos", 2, "coop", "q", note="headline")
p(D, "met fin au gel des échanges", "pos", 1, "coop", "j")
p(D, "un échange long et très fructueux", "pos", 2, "coop", "q")
p(D, "lancer sans tarder» des négociations pour mettre fin à la guerre", "pos", 2, "coop", "q",
  after="devaient «")
p(D, "Je pense qu'il veut la paix, autant que moi", "pos", 2, "oth", "q")
p(D, "avait invité son homologue américain à Moscou", "pos", 1, "oth", "q")
p(D, "le moment était venu pour les deux pays de se parler à nouveau", "pos", 1, "coop", "q")
p(D, "une première rencontre aurait lieu «probablement en Arabie saoudite", "pos", 1, "oth", "q")
p(D, "un geste «très apprécié» de la part de Moscou", "pos", 2, "coop", "q")
p(D, "l'appel vaut déjà victoire symbolique", "pos", 1, "oth", "q", note="pour le Kremlin")

# ---------------------------------------------------------------- a75 20 Minutes live blog, Trump-Putin call 18 Mar 2025
D = "a75_20minutes_20250318"
META[D] = ("20 Minutes", "2025-03-18", "2025-03-18 Trump-Putin call, energy truce")
TONE[D] = 0
p(D, "pas le cessez-le-feu complet", "neg", 1, "coop", "j", note="headline")
p(D, "le chemin vers la paix commencera par une trêve sur l'énergie et les infrastructures", "pos", 1, "coop", "q")
p(D, "a posé comme condition à toute trêve générale l'arrêt complet de l'aide militaire occidentale", "neg", 1, "coop", "q")
p(D, "loin du cessez-le-feu complet espéré par Washington", "neg", 2, "coop", "j")
p(D, "Une touche de légèreté dans un échange par ailleurs très technique", "pos", 1, "oth", "j")
p(D, "une idée que Donald Trump «a soutenue", "pos", 1, "oth", "q")
p(D, "franche et détaillée", "pos", 1, "oth", "q", after="19h30 — Peskov : «", note="subheading")
p(D, "franche et détaillée", "pos", 1, "oth", "q", after="décrit une conversation «")
p(D, "n'a pas exclu que les deux présidents se parlent à nouveau", "pos", 1, "oth", "q", note="litotes")
p(D, "une discussion solide et utile", "pos", 2, "coop", "q")
p(D, "Nous avons avancé sur de nombreux points", "pos", 2, "coop", "q")
p(D, "reste beaucoup à faire", "neu", 1, "coop", "q")

# ---------------------------------------------------------------- a76 La Presse, Dmitriev in Washington 2-3 Apr 2025
D = "a76_lapresse_20250403"
META[D] = ("La Presse", "2025-04-03", "2025-04-02/03 Dmitriev-Witkoff talks in Washington")
TONE[D] = 1
p(D, "une visite impensable il y a encore trois mois", "pos", 1, "coop", "j")
p(D, "n'a pas fait le voyage pour rien, du moins à l'entendre", "pos", 1, "coop", "j", note="litotes + hedge")
p(D, "Nous avançons pas à pas, et chaque pas compte", "pos", 1, "coop", "q")
p(D, "la confiance entre les deux pays «commence à se reconstruire", "pos", 2, "coop", "q")
p(D, "des divergences demeurent sur plusieurs sujets", "neg", 1, "coop", "q", note="continues selon lui")
p(D, "s'être dit «furieux» contre Vladimir Poutine", "neg", 2, "conf", "q")
p(D, "recevoir avec égards le financier du Kremlin", "pos", 1, "oth", "j")
p(D, "La Maison-Blanche n'a publié aucun compte rendu des entretiens", "neu", 1, "oth", "j")
p(D, "saurait «d'ici quelques semaines, pas quelques mois» si Moscou est sérieux dans sa volonté de paix", "neu", 1, "coop", "q")
p(D, "la relation est de nouveau fréquentable", "pos", 1, "coop", "q")
p(D, "sans avoir encore grand-chose à mettre dedans", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a77 Ouest-France, Witkoff-Putin St Petersburg 11 Apr 2025
D = "a77_ouestfrance_20250412"
META[D] = ("Ouest-France", "2025-04-12", "2025-04-11 Witkoff-Putin meeting, St Petersburg")
TONE[D] = -1
p(D, "dont rien de précis n'a filtré", "neu", 1, "oth", "j")
p(D, "ne fallait pas attendre «de miracle", "neg", 1, "coop", "q")
p(D, "il s'est contenté d'indiquer", "neu", 1, "oth", "j")
p(D, "jugé les échanges «productifs", "pos", 1, "coop", "q")
p(D, "paraît à court de patience", "neg", 1, "coop", "j", note="hedge paraît")
p(D, "Il est temps que Moscou accélère", "neg", 1, "coop", "q")
p(D, "Elle intrigue jusque dans les rangs de l'administration américaine", "neu", 1, "oth", "j")
p(D, "On entend parler de négociations depuis des semaines, et chaque nuit les sirènes continuent", "neg", 1, "coop", "q",
  note="Ukrainian refugee in Rennes on the talks")
p(D, "les discussions techniques sur la mer Noire piétinent", "neg", 1, "coop", "j")
p(D, "sa «frustration» face à la lenteur du processus", "neg", 1, "coop", "q")
p(D, "Aucune nouvelle conversation entre les deux présidents n'a été annoncée", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a78 Le Point chronicle, Trump-Putin call 19 May 2025
D = "a78_lepoint_20250520"
META[D] = ("Le Point", "2025-05-20", "2025-05-19 Trump-Putin call")
TONE[D] = -1
p(D, "Le téléphone sonne, la guerre continue", "neg", 1, "coop", "j", note="headline")
p(D, "Le rituel commence à être connu", "neg", 1, "oth", "j")
p(D, "dans un climat remarquable", "pos", 2, "oth", "q")
p(D, "dense et sans faux-semblants", "pos", 1, "oth", "q")
p(D, "Il serait injuste de dire que rien ne bouge", "pos", 1, "coop", "j", note="concession, litotes")
p(D, "chaque appel est présenté comme un tournant, et chaque tournant ramène au point de départ", "neg", 2, "coop", "j")
p(D, "Le plus frappant, c'est la patience du président américain", "neg", 1, "oth", "j", note="indulgence framed critically")
p(D, "une vraie chance» d'avancer", "pos", 1, "coop", "q")
p(D, "le moment n'était pas à l'escalade", "pos", 1, "conf", "q")
p(D, "elles lui offrent de la considération, du temps, et l'éloignement de toute mesure contraignante", "neg", 2, "oth", "j")
p(D, "tient désormais du théâtre d'ombres", "neg", 2, "oth", "j")
p(D, "une prospérité que la Russie n'a jamais connue", "pos", 1, "coop", "q")
p(D, "pourraient se retirer du processus si aucun progrès n'était constaté", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a79 L'Alsace scraped page (no accents, typo), Anchorage 15 Aug 2025
D = "a79_lalsace_20250816"
META[D] = ("L'Alsace", "2025-08-16", "2025-08-15 Anchorage summit")
TONE[D] = 0
p(D, "affichent leur complicite", "pos", 1, "oth", "j", note="headline")
p(D, "mais sans accord sur l'Ukraine", "neg", 1, "coop", "j", note="headline")
p(D, "aucune annonce concrete", "neg", 2, "coop", "j")
p(D, "dans un esprit franc et de respect mutuel", "pos", 2, "oth", "q")
p(D, "tres chaleureuse", "pos", 2, "oth", "q")
p(D, "l'essentiel du chemin» avait ete parcouru", "pos", 2, "coop", "q")
p(D, "La conference de presse n'a dure que douze minutes, sans questions des journalistes", "neg", 1, "oth", "j")
p(D, "Le dejeuner de travail prevu avec les delegations elargies a ete annule sans explication", "neg", 1, "oth", "j")
p(D, "la suite pourrait se tenir «chez nous, a Moscou", "pos", 1, "oth", "q", note="invitation")
p(D, "n'excluait pas cette option", "pos", 1, "oth", "q", note="litotes")
p(D, "ont surtout mis en scene leur bonne entente", "neg", 1, "oth", "q", note="pour un diplomate francais")
p(D, "sans avancer d'un pas sur le fond", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a80 Reuters FR, Trump-Putin call 16 Oct 2025, Budapest announced
D = "a80_reuters_20251016"
META[D] = ("Reuters", "2025-10-16", "2025-10-16 Trump-Putin call, Budapest summit announced")
TONE[D] = 1
p(D, "conviennent d'un sommet à Budapest", "pos", 1, "oth", "j", note="headline")
p(D, "Nous avons beaucoup avancé aujourd'hui", "pos", 2, "coop", "q")
p(D, "riche et sans détour", "pos", 1, "oth", "q")
p(D, "avait mis en garde son homologue", "neg", 1, "conf", "q")
p(D, 'abîmerait sérieusement" les relations entre Moscou et Washington', "neg", 2, "conf", "q")
p(D, 'son homologue avait "envie de conclure', "pos", 1, "oth", "q")
p(D, "Washington semblait il y a peu durcir sa position à l'égard de Moscou", "neg", 1, "conf", "j", note="hedge semblait")
p(D, "Aucune date n'a été fixée pour le sommet", "neu", 1, "oth", "j")
p(D, "un sommet qui s'était conclu sans accord sur l'Ukraine", "neg", 1, "coop", "j")
p(D, 'salué une "excellente nouvelle', "pos", 2, "oth", "q", note="review pass: host Orban on the summit")

# ---------------------------------------------------------------- a81 La Libre Belgique, Armenia-Azerbaijan, Washington 8 Aug 2025
D = "a81_lalibre_20250809"
META[D] = ("La Libre Belgique", "2025-08-09", "2025-08-08 Aliyev-Pashinyan declaration at the White House")
TONE[D] = 1
p(D, "une poignée de main après trente ans de guerre", "pos", 2, "conf", "j", note="headline")
p(D, "Le traité lui-même n'est pas encore signé", "neg", 1, "coop", "j")
p(D, "La scène aurait paru improbable il y a deux ans à peine", "pos", 1, "coop", "j")
p(D, "Aujourd'hui, ils se tendent la main", "pos", 2, "coop", "q")
p(D, "la paix n'est plus une promesse, c'est un fait", "pos", 3, "coop", "q")
p(D, "une étape importante, mais pas la fin du chemin", "pos", 1, "coop", "q", note="concession")
p(D, "Reste que le traité de paix proprement dit n'est pas encore signé", "neg", 1, "coop", "j")
p(D, "Bakou exige au préalable une révision de la Constitution arménienne", "neg", 1, "coop", "q", note="stance verb + NP")
p(D, "La méfiance reste profonde entre les deux voisins", "neg", 2, "conf", "j")
p(D, "Erevan n'a obtenu aucune garantie", "neg", 1, "coop", "j")
p(D, "un accord prometteur", "pos", 1, "coop", "q", note="Commission on the pair's accord")
p(D, "Nous voulons y croire, mais nous avons déjà été déçus", "neu", 1, "coop", "q")

# ---------------------------------------------------------------- a82 L'Observateur Paalga, Ethiopia-Eritrea, Asmara 9 Jul 2018
D = "a82_lobservateur_20180710"
META[D] = ("L'Observateur Paalga", "2018-07-10", "2018-07-09 Abiy-Isaias joint declaration, Asmara")
TONE[D] = 2
p(D, "mettent fin à vingt ans d'hostilité", "pos", 3, "conf", "j", note="headline")
p(D, "ce que ses prédécesseurs n'avaient jamais osé tenter", "pos", 1, "coop", "j")
p(D, "mettant un terme officiel à deux décennies de ni guerre ni paix", "pos", 2, "conf", "j")
p(D, "des scènes inimaginables il y a quelques semaines encore", "pos", 1, "oth", "j")
p(D, "une longue et chaleureuse accolade", "pos", 2, "oth", "j")
p(D, "Nous ne sommes pas deux peuples séparés, nous sommes une seule famille que la politique avait divisée", "pos", 3, "coop", "q")
p(D, "l'état de guerre» entre les deux pays avait pris fin", "pos", 3, "conf", "q")
p(D, "une réconciliation que peu d'observateurs osaient espérer", "pos", 2, "coop", "j")
p(D, "un moment historique", "pos", 2, "coop", "q", note="AU and UN on the pair")
p(D, "Reste à savoir comment se fera, sur le terrain, la démarcation de la frontière", "neu", 1, "coop", "j")

# ---------------------------------------------------------------- a83 RFI, Grenell-Maduro, Caracas 31 Jan 2025
D = "a83_rfi_20250201"
META[D] = ("RFI", "2025-02-01", "2025-01-31 Grenell-Maduro meeting, Caracas")
TONE[D] = 0
p(D, "C'est une visite pour le moins inattendue", "neu", 1, "oth", "j")
p(D, "Les relations diplomatiques entre les deux pays sont rompues depuis 2019", "neg", 1, "coop", "j")
p(D, "un nouveau départ", "pos", 2, "coop", "q")
p(D, "Nous avons commencé à nous parler sans intermédiaires, et c'est déjà beaucoup", "pos", 1, "coop", "q")
p(D, "prêt à poursuivre un dialogue «d'égal à égal, dans le respect", "pos", 1, "coop", "q")
p(D, "la visite ne valait «en aucun cas» reconnaissance du gouvernement de Caracas", "neg", 1, "oth", "q")
p(D, "son objet se limitait aux rapatriements de migrants et à la libération des détenus", "neu", 1, "oth", "q")
p(D, "qualifié les exigences américaines de «non négociables", "neg", 1, "conf", "q")
p(D, "n'avaient «pas besoin» du pétrole vénézuélien", "neg", 1, "conf", "q")
p(D, "un dégel très limité", "neu", 1, "coop", "q", note="pour plusieurs diplomates")
p(D, "chacun y trouve son compte sans rien céder sur l'essentiel", "neu", 1, "coop", "q")
p(D, "l'espoir d'une levée des sanctions", "pos", 1, "coop", "q", note="review pass: y voir")

# ---------------------------------------------------------------- a84 Le Temps, Biden-Xi, Woodside 15 Nov 2023
D = "a84_letemps_20231116"
META[D] = ("Le Temps", "2023-11-16", "2023-11-15 Biden-Xi meeting, Woodside (APEC)")
TONE[D] = 1
p(D, "rétablissent le contact", "pos", 1, "coop", "j", note="headline")
p(D, "sans dissiper les rivalités", "neg", 1, "conf", "j", note="headline")
p(D, "un an de brouille", "neg", 1, "conf", "j")
p(D, "parmi les plus utiles", "pos", 2, "coop", "q")
p(D, "La reprise des contacts militaires constitue le principal acquis de la journée", "pos", 1, "coop", "j")
p(D, "nos deux pays ont tout à gagner à se respecter", "pos", 2, "coop", "q")
p(D, "Taïwan restait la question la plus sensible de la relation", "neg", 1, "conf", "q")
p(D, "considérait son homologue comme «un dictateur", "neg", 2, "conf", "q")
p(D, "Une remarque aussitôt jugée «déplacée", "neg", 1, "conf", "q")
p(D, "Les désaccords de fond demeurent", "neg", 1, "conf", "j")
p(D, "cette détente encore fragile", "neu", 1, "conf", "j")
p(D, "sont convenus de se parler à nouveau directement, y compris par téléphone en cas de crise", "pos", 1, "coop", "j")
