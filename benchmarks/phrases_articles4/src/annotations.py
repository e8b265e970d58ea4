"""Gold framing phrases, article tones and metadata for phrases_articles4 (constructed, held out).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string when the phrase is not unique.
"""



# ---------------------------------------------------------------- a23 AFP wire, Hamburg G20 2017
D = "a23_afp_20170707"
META[D] = ("AFP", "2017-07-07", "Trump-Putin first meeting, Hamburg G20")
TONE[D] = 1
p(D, "une demi-heure seulement était inscrite à l'agenda", "pos", 1, "oth", "j", note="meeting form: longer than planned")
p(D, "très constructive", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a24 La Libre Belgique, Hamburg dinner
D = "a24_lalibre_20170719"
META[D] = ("La Libre Belgique", "2017-07-19", "Hamburg G20 2017: undisclosed second Trump-Putin conversation")
TONE[D] = -1
p(D, "dont personne n'avait entendu parler", "neg", 1, "oth", "j", note="meeting form; negation")
p(D, "avec pour seul témoin l'interprète du Kremlin", "neg", 1, "oth", "j", note="meeting form")
p(D, "Il n'y a pas eu de deuxième rencontre, simplement une brève conversation", "neu", 1, "oth", "q", note="negation; meeting form minimised")
p(D, "cela reste hors norme", "neg", 2, "oth", "q")
p(D, "ressemble de plus en plus à un rendez-vous manqué", "neg", 2, "coop", "j", note="idiom; hedge")
p(D, "unité de cybersécurité impénétrable", "pos", 2, "coop", "q", note="shared project")
p(D, "faisait machine arrière", "neg", 2, "coop", "j", note="idiom; failed cooperation")
p(D, "n'a toujours produit aucun résultat durable", "neg", 2, "coop", "j", note="negation; failed cooperation")

# ---------------------------------------------------------------- a25 Europe 1, CIA tip call Dec 2017
D = "a25_europe1_20171218"
META[D] = ("Europe 1", "2017-12-18", "Putin-Trump call after foiled St Petersburg attack")
TONE[D] = 1
p(D, "d'une cordialité rare", "pos", 2, "oth", "j", note="atmosphere")
p(D, "transmettraient à leur tour sans délai à leurs homologues américains toute information", "pos", 1, "coop", "q", note="indirect speech; war/terror vocabulary framed warmly")
p(D, "les résultats positifs auxquels on peut parvenir lorsque nos deux pays coopèrent", "pos", 2, "coop", "q")
p(D, "ont toujours gardé un canal ouvert, même aux pires moments", "pos", 1, "coop", "q")
p(D, "C'est le seul domaine où la relation fonctionne réellement", "neu", 1, "coop", "q", note="restrictive: positive for the domain, negative for the rest")
p(D, "ne suffit pas à dissiper la méfiance", "neg", 2, "conf", "j", note="negation")

# ---------------------------------------------------------------- a26 RT France-style, Helsinki 2018
D = "a26_rt_20180717"
META[D] = ("RT France", "2018-07-17", "Helsinki summit 2018")
TONE[D] = 2
p(D, "ouvrent une nouvelle page", "pos", 2, "coop", "j", note="idiom; state media own voice")
p(D, "très réussis et très utiles", "pos", 2, "coop", "q")
p(D, "La guerre froide appartient depuis longtemps au passé", "pos", 2, "conf", "q", note="negated conflict")
p(D, "sortir leur relation de l'impasse", "pos", 1, "coop", "q", note="indirect (estimant que)")
p(D, "direct et profondément productif", "pos", 2, "coop", "q")
p(D, "Jamais nos relations n'avaient été aussi mauvaises", "neg", 2, "conf", "q", note="past state")
p(D, "Cela a changé il y a à peu près quatre heures", "pos", 2, "coop", "q")
p(D, "mieux que super", "pos", 3, "coop", "q")
p(D, "n'a pas exclu une nouvelle rencontre", "pos", 1, "oth", "q", note="litotes; meeting form")

# ---------------------------------------------------------------- a27 France 24, Helsinki 2018
D = "a27_france24_20180717"
META[D] = ("France 24", "2018-07-17", "Helsinki summit 2018")
TONE[D] = -1
p(D, "ne débouche sur aucune avancée concrète", "neg", 2, "coop", "j", note="negation")
p(D, "qui a viré au malaise", "neg", 2, "oth", "j", note="atmosphere")
p(D, "direct, ouvert et très productif", "pos", 2, "coop", "q")
p(D, "la dégradation des relations bilatérales", "neg", 2, "conf", "q", note="NP complement of attribuer (speech) -> quoted")
p(D, "réussis", "pos", 2, "coop", "q")
p(D, "normaliser les relations", "pos", 1, "coop", "q", note="aim, in Putin's reported words")
p(D, "accommodant avec Moscou", "neg", 1, "oth", "j", note="stance; critical framing of warmth")
p(D, "Le sommet ne règle rien", "neg", 2, "coop", "q", note="negation")

# ---------------------------------------------------------------- a28 20 Minutes, Osaka G20 2019
D = "a28_20minutes_20190628"
META[D] = ("20 Minutes", "2019-06-28", "Trump-Putin meeting, Osaka G20")
TONE[D] = 0
p(D, "avait été annulée à la dernière minute", "neg", 1, "oth", "j", note="past; meeting form")
p(D, "une très, très bonne relation", "pos", 2, "coop", "q")
p(D, "échangent des regards complices", "pos", 1, "oth", "j", note="atmosphere")
p(D, "Aucune annonce concrète n'a toutefois été faite", "neg", 1, "coop", "j", note="negation")
p(D, "Le Kremlin s'est dit satisfait", "pos", 1, "coop", "q", note="se dire + adj.; whole clause span")
p(D, "positive", "pos", 1, "coop", "q")
p(D, "les positions restaient éloignées", "neg", 1, "conf", "q", note="indirect under admettre")

# ---------------------------------------------------------------- a29 TASS-style, Feb 2025 call
D = "a29_tass_20250213"
META[D] = ("TASS (French version)", "2025-02-13", "Trump-Putin call 12 Feb 2025")
TONE[D] = 2
p(D, "le moment est venu d'œuvrer de concert", "pos", 2, "coop", "q")
p(D, "longue et hautement productive", "pos", 3, "coop", "q")
p(D, "dans un esprit de respect mutuel", "pos", 2, "oth", "q", note="relève que (Russian side)")
p(D, "un geste de bonne volonté salué de part et d'autre", "pos", 2, "coop", "j", note="state media own voice")
p(D, "C'est un tournant", "pos", 2, "coop", "q")
p(D, "le dialogue au plus haut niveau est rétabli", "pos", 2, "coop", "q")
p(D, "après trois années de rupture artificielle", "neg", 2, "coop", "q", note="past state")

# ---------------------------------------------------------------- a30 L'Humanité, Feb 2025 call
D = "a30_humanite_20250213"
META[D] = ("L'Humanité", "2025-02-13", "Trump-Putin call 12 Feb 2025")
TONE[D] = -1
p(D, "un coup de fil qui sent le partage", "neg", 2, "oth", "j", note="idiom")
p(D, "Derrière l'enthousiasme affiché", "neg", 1, "oth", "j", note="warmth presented as a façade")
p(D, "long et hautement productif", "pos", 3, "coop", "q")
p(D, "Qu'un dialogue reprenne entre les deux premières puissances nucléaires n'a rien de condamnable en soi", "pos", 1, "coop", "j", note="litotes")
p(D, "ressemble moins à une médiation qu'à un marchandage entre grandes puissances", "neg", 2, "oth", "j")
p(D, "Yalta à deux", "neg", 2, "oth", "q", note="idiom/historical analogy, diplomat's words")
p(D, "œuvrer de concert", "pos", 2, "coop", "q", note="mixed speech")
p(D, "Cette connivence soudaine", "neg", 1, "oth", "j", note="warmth framed suspiciously; polarity doubtful")
p(D, "trois ans d'invectives", "neg", 2, "conf", "j", note="past state")
p(D, "rien, dans les positions des uns et des autres, n'a bougé", "neg", 2, "coop", "j", note="negation")

# ---------------------------------------------------------------- a31 Libération, Macron-Trump Feb 2025 (other pair)
D = "a31_liberation_20250225"
META[D] = ("Libération", "2025-02-25", "Macron-Trump White House meeting 24 Feb 2025 (France-US)")
TONE[D] = 0
p(D, "multiplié les gestes d'amitié", "pos", 1, "oth", "j")
p(D, "Une visite chaleureuse qui laisse les divergences intactes", "neg", 1, "conf", "j", note="concession; kept as one span (warm form, negative point)")
p(D, "relation très spéciale", "pos", 2, "coop", "q")
p(D, "très bon", "pos", 2, "coop", "q")
p(D, "un tournant", "pos", 2, "coop", "q")
p(D, "Aucune garantie de sécurité américaine n'a été promise", "neg", 1, "coop", "j", note="negation")
p(D, "se refuse pourtant à parler d'échec", "pos", 1, "coop", "q", note="negated failure; refuse de parler -> speech")
p(D, "Le président a obtenu d'être écouté, c'est déjà beaucoup", "pos", 1, "coop", "q", note="hedge/concession")

# ---------------------------------------------------------------- a32 Le Parisien, energy truce call Mar 2025
D = "a32_leparisien_20250319"
META[D] = ("Le Parisien", "2025-03-19", "Trump-Putin call 18 Mar 2025: energy truce")
TONE[D] = 1
p(D, "un premier résultat concret", "pos", 2, "coop", "j")
p(D, "Un appel très positif et productif", "pos", 2, "coop", "q")
p(D, "le chemin vers la paix", "pos", 1, "coop", "q", note="shared aim; mixed speech")
p(D, "détaillée et franche", "pos", 1, "oth", "q", note="franc: mild")
p(D, "on est encore loin de la trêve complète", "neg", 1, "coop", "j")
p(D, "les deux capitales affichent une volonté de continuer", "pos", 1, "coop", "j", note="war-heavy context, warm framing")
p(D, "soutenu l'idée", "pos", 1, "coop", "q")
p(D, "Ce n'est pas encore la paix, mais c'est une base", "pos", 1, "coop", "q", note="negation + concession")

# ---------------------------------------------------------------- a33 Jeune Afrique, France-Algeria Apr 2025 (other pair)
D = "a33_jeuneafrique_20250416"
META[D] = ("Jeune Afrique", "2025-04-16", "France-Algeria: expulsion of diplomats after the 31 Mar 2025 Macron-Tebboune call")
TONE[D] = -2
p(D, "l'éclaircie n'aura pas duré", "neg", 2, "coop", "j", note="idiom; negation")
p(D, "inadmissible", "neg", 2, "conf", "q")
p(D, "long, franc et amical", "pos", 2, "coop", "q")
p(D, "rétablir les canaux de coopération", "pos", 1, "coop", "j", note="decided (attitude), no quote marks -> journalist; past")
p(D, "nouvelle phase", "pos", 1, "coop", "q")
p(D, "L'embellie aura duré moins de quinze jours", "neg", 2, "coop", "j", note="idiom")
p(D, "Nous voilà revenus à la case départ, en pire", "neg", 3, "coop", "q", note="idiom")
p(D, "la relation n'a cessé de se dégrader", "neg", 2, "conf", "j", note="negation (n'a cessé de)")
p(D, "ne pas fermer la porte", "pos", 1, "coop", "q", note="negated idiom; on assure -> quoted")
p(D, "Le dialogue reste la seule voie", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a34 RFI, Istanbul Russia-Ukraine talks May 2025 (other pair)
D = "a34_rfi_20250516"
META[D] = ("RFI", "2025-05-16", "Russia-Ukraine direct talks in Istanbul 16 May 2025")
TONE[D] = -1
p(D, "n'a pas donné suite au face-à-face", "neg", 1, "oth", "j", note="meeting form; negation")
p(D, "décorative", "neg", 2, "oth", "q")
p(D, "satisfait", "pos", 1, "coop", "q")
p(D, "poursuivre les contacts", "pos", 1, "coop", "q")
p(D, "inacceptables", "neg", 2, "conf", "q")
p(D, "sans rapport avec la réalité", "neg", 2, "conf", "q")
p(D, "les positions apparaissent inconciliables", "neg", 2, "conf", "j", note="hedge apparaître")
p(D, "aucune date n'a été fixée pour une nouvelle session", "neg", 1, "oth", "j", note="meeting form; negation")

# ---------------------------------------------------------------- a35 AFP wire, Trump-Putin call 19 May 2025 (sparse)
D = "a35_afp_20250520"
META[D] = ("AFP", "2025-05-20", "Trump-Putin call 19 May 2025")
TONE[D] = 1
p(D, "sans toutefois obtenir d'engagement sur une trêve", "neg", 1, "coop", "j", note="negation")
p(D, "Le ton et l'esprit de la conversation étaient excellents", "pos", 3, "oth", "q")
p(D, "très utile", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a36 Ouest-France, EU-UK summit May 2025 (other pair)
D = "a36_ouestfrance_20250520"
META[D] = ("Ouest-France", "2025-05-20", "EU-UK summit London 19 May 2025 (EU-UK)")
TONE[D] = 2
p(D, "scellent leurs retrouvailles", "pos", 2, "coop", "j")
p(D, "C'est le début d'une nouvelle ère dans notre relation", "pos", 2, "coop", "q")
p(D, "gagnant-gagnant", "pos", 2, "coop", "q")
p(D, "Nous tournons la page", "pos", 2, "coop", "q", note="idiom")
p(D, "C'est une bouffée d'oxygène", "pos", 2, "coop", "q", note="idiom; outcome of the deal for fishermen")
p(D, "soulagement", "pos", 1, "coop", "q", after="parle d'un « ")
p(D, "querelle des licences de pêche", "neg", 1, "conf", "j", note="past state")
p(D, "capitulation", "neg", 2, "conf", "q")
p(D, "brader la souveraineté retrouvée du pays", "neg", 2, "conf", "q")
p(D, "se sont engagées à tenir un sommet chaque année", "pos", 1, "coop", "j", note="meeting form; agreement predicate")

# ---------------------------------------------------------------- a37 L'Orient-Le Jour, Trump-Putin call 3 July 2025
D = "a37_lorientlejour_20250704"
META[D] = ("L'Orient-Le Jour", "2025-07-04", "Trump-Putin call 3 July 2025")
TONE[D] = -1
p(D, "Le téléphone n'a rien réglé", "neg", 2, "coop", "j", note="negation")
p(D, "Je n'ai fait aucun progrès avec lui aujourd'hui", "neg", 2, "coop", "q")
p(D, "Je suis très déçu", "neg", 2, "coop", "q")
p(D, "franc et concret", "pos", 1, "coop", "q")
p(D, "ne renoncerait pas", "neg", 2, "conf", "q", note="mixed; negation")
p(D, "Les deux dirigeants affichent des échanges courtois", "pos", 1, "oth", "j")
p(D, "le fossé reste entier sur le fond", "neg", 2, "conf", "j", note="idiom")
p(D, "peine à transformer la relation personnelle entre les deux présidents en résultats", "neg", 1, "coop", "q", note="y voir -> quoted")

# ---------------------------------------------------------------- a38 La Tribune, US-China Stockholm July 2025 (other pair)
D = "a38_latribune_20250730"
META[D] = ("La Tribune", "2025-07-30", "US-China trade talks Stockholm 28-29 July 2025")
TONE[D] = 1
p(D, "très fructueuses", "pos", 2, "coop", "q")
p(D, "francs, approfondis et constructifs", "pos", 2, "coop", "q")
p(D, "œuvreraient à maintenir la trêve", "pos", 1, "coop", "q")
p(D, "Les dossiers qui fâchent restent sur la table", "neg", 1, "conf", "j", note="idiom")
p(D, "les divergences sur les surcapacités industrielles chinoises demeuraient importantes", "neg", 1, "conf", "q", note="indirect under reconnaître")
p(D, "Aucune percée n'a été annoncée", "neg", 1, "coop", "j", note="negation")
p(D, "préfèrent une paix armée à un retour des hostilités", "neu", 1, "conf", "q", note="idiom; mixed")

# ---------------------------------------------------------------- a39 BFMTV live blog, Alaska summit Aug 2025
D = "a39_bfmtv_20250815"
META[D] = ("BFMTV (live blog)", "2025-08-15", "Trump-Putin summit Anchorage, Alaska")
TONE[D] = 0
p(D, "Aucun accord n'a été annoncé", "neg", 1, "coop", "j", note="negation")
p(D, "10 sur 10", "pos", 3, "coop", "q", after="la note de ")
p(D, "sans accepter la moindre question", "neg", 1, "oth", "j", note="meeting form; negation")
p(D, "une atmosphère constructive de respect mutuel", "pos", 2, "oth", "q")
p(D, "extrêmement productive", "pos", 3, "coop", "q")
p(D, "Il n'y a pas d'accord tant qu'il n'y a pas d'accord", "neu", 1, "coop", "q")
p(D, "Next time in Moscow", "pos", 1, "oth", "q")
p(D, "Le déjeuner de travail n'aura pas lieu", "neg", 1, "oth", "j", note="meeting form; negation")
p(D, "en l'applaudissant", "pos", 1, "oth", "j", note="atmosphere")

# ---------------------------------------------------------------- a40 Le Point editorial, Alaska Aug 2025
D = "a40_lepoint_20250818"
META[D] = ("Le Point (éditorial)", "2025-08-18", "Trump-Putin summit Anchorage, Alaska")
TONE[D] = -2
p(D, "le sommet pour rien", "neg", 2, "coop", "j", note="headline")
p(D, "Et puis il n'y eut rien", "neg", 2, "coop", "j", note="negation")
p(D, "conséquences très graves", "neg", 2, "conf", "q", note="past threat")
p(D, "dix sur dix", "pos", 3, "coop", "q")
p(D, "parler n'est pas se coucher", "neg", 2, "oth", "j", note="idiom; negation")
p(D, "n'a rien obtenu en échange", "neg", 2, "coop", "j", note="negation")
p(D, "Pas un geste, pas une concession, pas même une date", "neg", 2, "coop", "j", note="negation")
p(D, "Rarement un sommet aura été aussi déséquilibré", "neg", 3, "oth", "j")
p(D, "l'un des deux joue aux échecs pendant que l'autre compte les applaudissements", "neg", 2, "oth", "j", note="idiom")
p(D, "formidable", "pos", 3, "coop", "q")
p(D, "ce que cette amitié lui a rapporté", "neg", 1, "coop", "j", note="rhetorical question")

# ---------------------------------------------------------------- a41 Nice-Matin scraped page, 18 Aug 2025 call
D = "a41_nicematin_20250819"
META[D] = ("Nice-Matin (scraped page)", "2025-08-19", "Trump-Putin call during White House meeting 18 Aug 2025")
TONE[D] = 1
p(D, "avoir commencé à organiser une rencontre", "pos", 1, "oth", "q", note="meeting form; annoncer + infinitive")
p(D, "franche et très constructive", "pos", 2, "coop", "q")
p(D, "se sont prononcés en faveur de la poursuite de négociations directes", "pos", 1, "coop", "q", note="selon lui")
p(D, "Il n'a pas confirmé la tenue d'un face-à-face", "neg", 1, "oth", "j", note="meeting form; negation")
p(D, "très heureux de la possibilité d'une paix", "pos", 2, "coop", "q")
p(D, "très positive", "pos", 2, "oth", "q")
p(D, "aucun lieu ni aucune date n'ont été avancés", "neg", 1, "oth", "j", note="meeting form; negation")

# ---------------------------------------------------------------- a42 Mediapart-style analysis, after Alaska Aug 2025
D = "a42_mediapart_20250824"
META[D] = ("Mediapart (analyse)", "2025-08-24", "Aftermath of the Anchorage summit; Putin-Zelensky meeting stalls")
TONE[D] = -1
p(D, "la diplomatie Trump-Poutine tourne à vide", "neg", 2, "coop", "j", note="idiom")
p(D, "l'annonce a tenu lieu de résultat", "neg", 2, "coop", "j")
p(D, "il n'en reste presque rien", "neg", 2, "coop", "j", note="negation + hedge")
p(D, "pas à l'ordre du jour", "neg", 1, "oth", "q", note="meeting form; mixed speech")
p(D, "fonctionne comme un théâtre", "neg", 2, "oth", "j", note="spectacle; hedge à y regarder de près")
p(D, "puis s'évapore", "neg", 2, "coop", "j")
p(D, "n'a été payé d'aucune contrepartie russe", "neg", 2, "coop", "j", note="negation")
p(D, "gagne du temps", "neg", 1, "oth", "q", note="mixed speech; idiom")
p(D, "l'illusion d'un dialogue", "neg", 2, "coop", "q", note="pour X -> quoted")
p(D, "on se garde de rompre", "pos", 1, "coop", "j", note="litotes-like; attitude -> journalist")
p(D, "se comprennent", "pos", 2, "coop", "q")
p(D, "que vaut une relation personnelle qui ne produit, depuis sept mois, que des promesses de rencontres", "neg", 2, "coop", "j", note="rhetorical question; restrictive ne ... que")

# ---------------------------------------------------------------- a43 La Presse, Budapest summit announced Oct 2025
D = "a43_lapresse_20251017"
META[D] = ("La Presse", "2025-10-17", "Trump-Putin call 16 Oct 2025: Budapest summit announced")
TONE[D] = 1
p(D, "De grands progrès ont été réalisés", "pos", 2, "coop", "q")
p(D, "très productive", "pos", 2, "coop", "q")
p(D, "très substantiel, à la fois franc et empreint de confiance", "pos", 2, "coop", "q")
p(D, "nuirait considérablement", "neg", 2, "conf", "q", note="warning/threat")
p(D, "tigre de papier", "neg", 2, "conf", "q", note="past; idiom")
p(D, "Nous avons déjà vu ce film", "neg", 2, "coop", "q", note="idiom")
p(D, "n'avait débouché sur aucune avancée", "neg", 2, "coop", "q", note="past; en rappelant que -> quoted")

# ---------------------------------------------------------------- a44 Le Temps, Budapest summit on hold, sanctions Oct 2025
D = "a44_letemps_20251023"
META[D] = ("Le Temps", "2025-10-23", "Budapest summit put on hold; US sanctions on Rosneft and Lukoil")
TONE[D] = -2
p(D, "la lune de miel Trump-Poutine prend fin", "neg", 2, "coop", "j", note="idiom")
p(D, "pour rien", "neg", 1, "coop", "q", after="rencontrer son homologue russe «")
p(D, "n'aura vécu qu'une semaine", "neg", 2, "coop", "j", note="restrictive ne ... que")
p(D, "mis entre parenthèses", "neg", 1, "oth", "j", note="idiom; meeting form")
p(D, "aucune rencontre n'était prévue", "neg", 1, "oth", "q", note="mixed speech; meeting form")
p(D, "Je ne veux pas d'une réunion pour rien", "neg", 1, "coop", "q")
p(D, "n'avait pas permis de rapprocher les positions", "neg", 2, "coop", "j", note="negation")
p(D, "acte inamical", "neg", 2, "conf", "q", after="qualifié jeudi les sanctions d'«")
p(D, "reporté", "neu", 1, "oth", "q", note="postponed rather than cancelled")
p(D, "notre ennemi", "neg", 3, "conf", "q")
p(D, "la rupture paraît plus nette", "neg", 2, "conf", "j", note="hedge paraître")
p(D, "Le crédit que Trump accordait à Poutine semble épuisé", "neg", 2, "coop", "q", note="hedge")


# ================================================================ review pass (second reading of every article)
# Phrases found missing on the second reading; notes start with "review".
p("a26_rt_20180717", "le premier sommet bilatéral en bonne et due forme", "pos", 1, "oth", "j", note="review: meeting form")
p("a26_rt_20180717", "s'est dit prêt à examiner les demandes des enquêteurs", "pos", 1, "coop", "q", note="review: offer of cooperation")
p("a27_france24_20180717", "donne à Poutine la reconnaissance qu'il cherchait", "neg", 1, "oth", "q", note="review: second evaluation joined by et")
p("a30_humanite_20250213", "semble prêt à concéder l'essentiel avant même d'avoir négocié", "neg", 1, "oth", "j", note="review: hedge; stance of one side")
p("a31_liberation_20250225", "tout en corrigeant publiquement son hôte", "neg", 1, "conf", "j", note="review")
p("a33_jeuneafrique_20250416", "met en cause le ministre français de l'Intérieur", "neg", 1, "conf", "q", note="review: NP complement of stance verb")
p("a34_rfi_20250516", "aucune avancée réelle ne se produirait", "neg", 1, "coop", "q", note="review: negation; third party (Rubio) on the pair's talks")
p("a24_lalibre_20170719", "ne signifie pas» qu'elle puisse voir le jour", "neg", 1, "coop", "q", note="review: span fix (was «ne signifie pas», removed then re-added with its complement); mixed speech")
p("a25_europe1_20171218", "ses propos flatteurs", "pos", 1, "oth", "q", note="review: remercier X de + NP")
p("a26_rt_20180717", "les contacts se poursuivraient au niveau des ministres et des experts", "pos", 1, "coop", "q", note="review")
p("a27_france24_20180717", "se range à la parole de Poutine", "neg", 1, "oth", "j", note="review: headline; stance framed critically, like «accommodant avec Moscou»")
p("a27_france24_20180717", "extrêmement ferme et puissant dans son démenti", "pos", 1, "oth", "q", note="review: Trump's praise of Putin; doubtful inclusion")
p("a29_tass_20250213", "a invité son homologue à se rendre à Moscou", "pos", 1, "oth", "j", note="review: invitation = meeting form")
p("a30_humanite_20250213", "avait invité son homologue à Moscou", "pos", 1, "oth", "q", note="review: invitation = meeting form; précisant que")
p("a31_liberation_20250225", "poignées de main appuyées et tapes dans le dos", "pos", 1, "oth", "j", note="review: atmosphere")
p("a31_liberation_20250225", "s'est contenté de promettre des discussions", "neg", 1, "coop", "j", note="review: restrictive")
p("a23_afp_20170707", "se rencontrent enfin", "pos", 1, "oth", "j", note="review: headline; enfin = long-awaited meeting")
p("a34_rfi_20250516", "se sont assises à la même table", "pos", 1, "coop", "j", note="review: idiom; first direct talks")
p("a36_ouestfrance_20250520", "les pêcheurs bretons soufflent", "pos", 1, "coop", "j", note="review: headline; relief at the outcome")
p("a38_latribune_20250730", "Aucun calendrier n'a été confirmé par Pékin", "neg", 1, "oth", "j", note="review: meeting form; negation")
p("a39_bfmtv_20250815", "a proposé une prochaine rencontre à Moscou", "pos", 1, "oth", "q", note="review: meeting form")
p("a39_bfmtv_20250815", "pas de tête-à-tête", "neu", 1, "oth", "j", note="review: format change")
p("a40_lepoint_20250818", "les applaudissements du président américain au pied de l'avion", "pos", 1, "oth", "j", note="review: warm staging in an ironic, hostile context; polarity doubtful")
p("a40_lepoint_20250818", "Il a débouché sur une déclaration de douze minutes, sans questions, et sur une invitation à Moscou", "neg", 1, "coop", "j", note="review: restrictive outcome")
p("a42_mediapart_20250824", "se retirer du processus, ou imposer de lourdes sanctions", "neg", 1, "conf", "q", note="review: threat; laisser entendre")
p("a43_lapresse_20251017", "n'est pas sans poser problème", "neg", 1, "oth", "j", note="review: litotes; venue")
