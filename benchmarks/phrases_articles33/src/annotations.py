"""Gold framing phrases and article tone for phrases_articles33 (HELD-OUT test set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Do not study or tune on this set: it is scored only, before and after a pass.
The pair whose relation is evaluated is US-Russia in every article.
"""


# ---------------------------------------------------------------- a01 La Croix, first call 28 Jan 2017
D = "a01_lacroix_20170129"
META[D] = ("La Croix", "2017-01-29", "2017-01-28 first Trump-Putin phone call")
TONE[D] = 1
p(D, "promettent de coopérer", "pos", 1, "coop", "q", note="standfirst; promettre de + inf is speech (joint)")
p(D, "une conversation cordiale", "pos", 2, "oth", "q", note="selon le Kremlin")
p(D, "mettre en place une véritable coordination", "pos", 2, "coop", "q", note="convenir de with quote marks: the parties'")
p(D, "pourrait donner une impulsion supplémentaire", "pos", 1, "coop", "q", note="hedged by pourrait")
p(D, "un bon point de départ", "pos", 2, "coop", "q")
p(D, "un échange de courtoisie", "neu", 1, "oth", "q", note="Spicer lowers expectations; meeting form")
p(D, "l'embellie promise se heurte à des obstacles de taille", "neg", 2, "coop", "j")
p(D, "les positions restent éloignées", "neg", 1, "conf", "j")
p(D, "un échange de bonne volonté", "pos", 1, "coop", "q", note="researcher")
p(D, "pas encore une politique", "neg", 1, "coop", "q", note="researcher; split from the preceding phrase")

# ---------------------------------------------------------------- a02 Le Point analysis, Hamburg G20 meeting 7 Jul 2017
D = "a02_lepoint_20170708"
META[D] = ("Le Point", "2017-07-08", "2017-07-07 first Trump-Putin meeting at the Hamburg G20")
TONE[D] = 0
p(D, "jouent la carte de l'entente", "pos", 1, "coop", "j", note="headline; jouer la carte = display, mild")
p(D, "très constructive", "pos", 2, "coop", "q", note="Tillerson")
p(D, "une alchimie évidente", "pos", 2, "oth", "q", note="Tillerson; chemistry = atmosphere")
p(D, "Un premier pas, modeste", "pos", 1, "coop", "j")
p(D, "peuvent obtenir des résultats quand ils se parlent", "pos", 2, "coop", "q", note="Lavrov")
p(D, "la bonne entente affichée", "pos", 1, "oth", "j")
p(D, "chacun repart avec son propre récit", "neg", 1, "oth", "j")
p(D, "sans rien céder sur l'Ukraine", "neg", 1, "conf", "j")
p(D, "La séance photo ne fait pas une détente", "neg", 2, "coop", "q", note="anonymous European diplomat")
p(D, "les relations sont au plus bas", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a03 L'Express scraped page, call of 17 Dec 2017 (CIA tip)
D = "a03_lexpress_20171218"
META[D] = ("L'Express", "2017-12-18", "2017-12-17 Trump-Putin call: Putin thanks Trump for CIA information")
TONE[D] = 1
p(D, "Un rare moment d'harmonie entre Moscou et Washington", "pos", 2, "coop", "j", note="standfirst")
p(D, "transmettre sa gratitude", "pos", 1, "coop", "q", note="stance NP after a speech verb (demander de)")
p(D, "heureux d'avoir pu aider", "pos", 1, "coop", "q")
p(D, "quand nos deux pays avancent main dans la main", "pos", 2, "coop", "q", note="joint, selon le texte")
p(D, "Ce rapprochement ponctuel", "pos", 1, "coop", "j", note="hedged by ponctuel")
p(D, "des relations plombées", "neg", 2, "coop", "j")
p(D, "l'un des rares domaines où les deux capitales parviennent à s'entendre", "pos", 1, "coop", "j")

# ---------------------------------------------------------------- a04 Marianne editorial, congratulation call 20 Mar 2018
D = "a04_marianne_20180322"
META[D] = ("Marianne", "2018-03-22", "2018-03-20 Trump-Putin call: congratulations on the re-election")
TONE[D] = -1
p(D, "le coup de fil de trop", "neg", 2, "oth", "j", note="headline")
p(D, "une rencontre pourrait avoir lieu", "pos", 1, "oth", "q", note="meeting envisaged; hedged")
p(D, "un très bon appel", "pos", 2, "coop", "q")
p(D, "Avoir de bonnes relations avec la Russie n'a rien d'un crime", "pos", 2, "coop", "q")
p(D, "développer les contacts", "pos", 1, "coop", "q", note="Kremlin; convenir de with quote marks")
p(D, "multiplie les amabilités envers Moscou", "pos", 1, "oth", "j", note="ironic in an editorial, but warm toward the other side")
p(D, "n'ont jamais été aussi dégradées depuis la fin de la guerre froide", "neg", 3, "coop", "j")
p(D, "le coup de fil présidentiel ressemble à une bulle", "neg", 1, "oth", "j")
p(D, "Chaleureux dans la forme", "pos", 1, "oth", "j")
p(D, "creux dans la substance", "neg", 2, "coop", "j")
p(D, "ont le devoir de se parler", "pos", 1, "coop", "j", note="normative; dialogue as necessity")

# ---------------------------------------------------------------- a05 20 Minutes live blog, Helsinki summit 16 Jul 2018
D = "a05_20minutes_20180716"
META[D] = ("20 Minutes", "2018-07-16", "2018-07-16 Trump-Putin summit in Helsinki")
TONE[D] = 0
p(D, "aucun des grands contentieux – Ukraine, Syrie, contrôle des armements – n'a été tranché", "neg", 1, "coop", "j")
p(D, "francs", "pos", 1, "oth", "q", after="qualifié les entretiens de « ")
p(D, "très utiles", "pos", 2, "coop", "q")
p(D, "n'ont aucune raison objective", "pos", 1, "conf", "q", note="tension called baseless: easing of conflict")
p(D, "très bon début", "pos", 2, "coop", "q", after="17h30 : Trump salue un « ", note="entry heading, attributed in the body")
p(D, "un très bon début pour tout le monde", "pos", 2, "coop", "q")
p(D, "Nous avons beaucoup avancé en deux heures", "pos", 2, "coop", "q")
p(D, "Aucune déclaration commune n'a été publiée", "neg", 1, "coop", "j")
p(D, "nous allons très bien nous entendre", "pos", 2, "coop", "q")
p(D, "la dégradation de la relation avec Moscou", "neg", 2, "coop", "q", note="Trump blames his predecessors")

# ---------------------------------------------------------------- a06 Mediapart analysis, Buenos Aires meeting cancelled 29 Nov 2018
D = "a06_mediapart_20181130"
META[D] = ("Mediapart", "2018-11-30", "2018-11-29 Trump cancels the Buenos Aires G20 meeting with Putin (Kerch)")
TONE[D] = -2
p(D, "la relation russo-américaine au point mort", "neg", 2, "coop", "j", note="headline")
p(D, "toute la relation entre Moscou et Washington qui se trouve dans l'impasse", "neg", 2, "coop", "j")
p(D, "Nous nous reverrons quand les conditions seront réunies", "pos", 1, "oth", "q", note="conditional future meeting")
p(D, "Nous l'avons appris par les médias, comme tout le monde", "neg", 1, "oth", "q", note="Peskov; manner of the cancellation")
p(D, "aucun des espoirs affichés ne s'est concrétisé", "neg", 2, "coop", "j", note="subheading")
p(D, "devait ouvrir une nouvelle page", "neg", 1, "coop", "j", note="failed expectation")
p(D, "en accusant Moscou de le violer depuis des années", "neg", 2, "conf", "q")
p(D, "met en cause à son tour les systèmes antimissiles américains", "neg", 1, "conf", "q", note="counter-accusation")
p(D, "L'appareil diplomatique, lui, a fondu", "neg", 2, "coop", "j")
p(D, "Il n'y a plus de relation russo-américaine au sens propre, seulement une gestion des dégâts", "neg", 3, "coop", "q")
p(D, "le canal présidentiel a été le seul à fonctionner", "pos", 1, "coop", "q", note="past, restrictive")
p(D, "Ce canal est désormais lui aussi grippé", "neg", 2, "coop", "q")
p(D, "se résume désormais à ces apartés de couloir", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a07 HuffPost scraped page, Osaka G20 meeting 28 Jun 2019
D = "a07_huffpost_20190628"
META[D] = ("HuffPost France", "2019-06-28", "2019-06-28 Trump-Putin meeting at the Osaka G20")
TONE[D] = 0
p(D, "demande en riant", "neu", 1, "oth", "j", note="headline; manner of the warning")
p(D, "sur le ton de la plaisanterie", "neu", 1, "oth", "j", note="standfirst")
p(D, "une excellente entente", "pos", 3, "coop", "q")
p(D, "Une complicité affichée devant les caméras", "pos", 1, "oth", "j")
p(D, "souhaitable pour les deux pays", "pos", 1, "coop", "q", note="White House; convenir with quote marks")
p(D, "la reprise d'un dialogue sur la limitation des armements", "pos", 1, "coop", "j", note="discuter de: topic only")
p(D, "La conversation a été bonne", "pos", 1, "coop", "q", note="Ushakov")
p(D, "dans un esprit de travail", "pos", 1, "oth", "q")
p(D, "nos positions divergent sur plusieurs dossiers", "neg", 1, "conf", "q")
p(D, "qui restent au plus bas", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a08 La Voix du Nord wire, call of 3 May 2019
D = "a08_lavoixdunord_20190504"
META[D] = ("La Voix du Nord", "2019-05-04", "2019-05-03 Trump-Putin call (Mueller report, Venezuela)")
TONE[D] = 0
p(D, "Les deux capitales s'opposent toujours sur le Venezuela", "neg", 1, "conf", "j", note="standfirst")
p(D, "très productif", "pos", 2, "coop", "q")
p(D, "Nous pouvons faire beaucoup de choses ensemble", "pos", 2, "coop", "q")
p(D, "une conversation de travail", "neu", 1, "oth", "q", note="Kremlin: businesslike")
p(D, "la volonté commune de poursuivre le dialogue", "pos", 2, "coop", "q")
p(D, "Le Venezuela divise", "neg", 1, "conf", "j", note="subheading")
p(D, "les positions restent diamétralement opposées", "neg", 2, "conf", "j")
p(D, "mis en garde Washington contre toute ingérence", "neg", 1, "conf", "q", note="selon le Kremlin")
p(D, "Ils pourraient se revoir fin juin", "pos", 1, "oth", "j")
p(D, "on espère un signe, mais rien ne change pour nous", "neg", 1, "coop", "q", note="third party evaluating the talks' effect; doubtful")

# ---------------------------------------------------------------- a09 Le Progrès scraped page, aid flight after the call of 30 Mar 2020
D = "a09_leprogres_20200402"
META[D] = ("Le Progrès", "2020-04-02", "2020-03-30 Trump-Putin call; 2020-04-01 Russian medical aid flight to New York")
TONE[D] = 1
p(D, "Un geste inhabituel", "neu", 1, "oth", "j", note="standfirst")
p(D, "très amicale", "pos", 2, "oth", "q")
p(D, "un beau geste", "pos", 2, "coop", "q")
p(D, "Moscou compte sur la réciprocité", "pos", 1, "coop", "q", note="selon Peskov")
p(D, "les deux pays se sont déjà soutenus dans des moments difficiles", "pos", 1, "coop", "q", note="State Department, saluer + clause")
p(D, "faire front commun contre le virus", "pos", 2, "coop", "q", note="appeler à + inf")
p(D, "Ce rapprochement inattendu", "pos", 1, "coop", "j")
p(D, "une opération de communication du Kremlin", "neg", 1, "oth", "j", note="y voir: attitude, not speech")

# ---------------------------------------------------------------- a10 La Dépêche du Midi, call of 12 Feb 2025
D = "a10_ladepeche_20250213"
META[D] = ("La Dépêche du Midi", "2025-02-13", "2025-02-12 Trump-Putin call: talks on Ukraine agreed")
TONE[D] = 2
p(D, "d'accord pour lancer des négociations", "pos", 2, "coop", "j", note="headline; agreement predicate, no speech verb")
p(D, "le dialogue direct est rétabli au sommet", "pos", 2, "coop", "j")
p(D, "vraiment fructueux", "pos", 2, "coop", "q")
p(D, "Nous avons décidé de nous parler souvent", "pos", 2, "coop", "q")
p(D, "Une première rencontre entre les deux dirigeants pourrait avoir lieu", "pos", 1, "oth", "q", note="incise a-t-il indiqué")
p(D, "très utile", "pos", 2, "coop", "q", note="Ushakov")
p(D, "avait invité son homologue à Moscou", "pos", 1, "oth", "q")
p(D, "la même envie d'avancer", "pos", 2, "coop", "q", note="Peskov")
p(D, "trois ans de glaciation diplomatique", "neg", 2, "coop", "j", note="background")
p(D, "le ton a radicalement changé", "pos", 2, "oth", "j")

# ---------------------------------------------------------------- a11 Nice-Matin, call of 18 Mar 2025 (energy truce)
D = "a11_nicematin_20250319"
META[D] = ("Nice-Matin", "2025-03-19", "2025-03-18 Trump-Putin call: 30-day halt on energy strikes")
TONE[D] = 0
p(D, "Le cessez-le-feu général proposé par Washington attendra", "neg", 1, "coop", "j", note="standfirst")
p(D, "Une avancée en demi-teinte", "neu", 1, "coop", "j")
p(D, "s'est très bien passé", "pos", 2, "coop", "q")
p(D, "première étape", "pos", 1, "coop", "q", note="évoquer with quote marks")
p(D, "une chance énorme pour les deux pays", "pos", 2, "coop", "q", note="White House")
p(D, "Sur l'essentiel, le maître du Kremlin n'a donc pas cédé", "neg", 1, "conf", "j")
p(D, "poursuivre leurs contacts", "pos", 1, "coop", "q", note="convenir de with quote marks")
p(D, "le réchauffement entre les deux capitales", "pos", 2, "coop", "j")
p(D, "Moscou obtient du temps", "neg", 1, "coop", "q", note="researcher")
p(D, "Chacun peut présenter l'appel comme un succès", "neu", 1, "oth", "q", note="spin, not outcome")
p(D, "a été renvoyé à plus tard", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a12 Le Télégramme scraped page, call of 19 May 2025
D = "a12_letelegramme_20250520"
META[D] = ("Le Télégramme", "2025-05-20", "2025-05-19 Trump-Putin call (memorandum, Istanbul talks)")
TONE[D] = 1
p(D, "Rien de tout cela n'a assombri le ton de la conversation", "pos", 1, "oth", "j", note="war harsh, talks warm")
p(D, "L'échange s'est remarquablement bien passé", "pos", 2, "coop", "q")
p(D, "une opportunité formidable", "pos", 2, "coop", "q", note="selon lui")
p(D, "franche", "pos", 1, "oth", "q")
p(D, "dans l'ensemble, très utile", "pos", 2, "coop", "q", note="hedge inside the span")
p(D, "Nous sommes globalement sur la bonne voie", "pos", 2, "coop", "q")
p(D, "se sont appelés par leurs prénoms", "pos", 1, "oth", "q", note="selon Ushakov")
p(D, "Pas de date, pas de trêve", "neg", 1, "coop", "j", note="subheading")
p(D, "le Kremlin n'a pris aucun engagement de calendrier", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a13 DNA wire, call of 4 Jun 2025
D = "a13_dna_20250605"
META[D] = ("DNA", "2025-06-05", "2025-06-04 Trump-Putin call after the Ukrainian drone strike on air bases")
TONE[D] = -1
p(D, "l'échange ne rapprochera pas la paix dans l'immédiat", "neg", 1, "coop", "q", note="standfirst; reconnaître que")
p(D, "un bon échange", "pos", 1, "coop", "q")
p(D, "ne déboucherait pas sur une paix rapide", "neg", 1, "coop", "q")
p(D, "partageait sa position sur le dossier nucléaire iranien", "pos", 1, "coop", "q")
p(D, "rester en contact", "pos", 1, "coop", "q", note="convenir de with quote marks")
p(D, "Un ton qui a changé", "neg", 1, "oth", "j", note="subheading; direction from context")
p(D, "la tonalité des échanges entre Washington et Moscou s'est nettement refroidie", "neg", 2, "oth", "j")
p(D, "s'était emporté publiquement contre son homologue", "neg", 2, "conf", "j")
p(D, "la diplomatie du téléphone atteint ses limites", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a14 La Libre Belgique interview, call of 3 Jul 2025
D = "a14_lalibre_20250704"
META[D] = ("La Libre Belgique", "2025-07-04", "2025-07-03 Trump-Putin call: no progress")
TONE[D] = -2
p(D, "Le canal Trump-Poutine tourne à vide", "neg", 2, "coop", "q", after="International  Europe", note="headline quotation, same words in the answer")
p(D, "rien donné", "neg", 2, "coop", "q")
p(D, "pas content du tout", "neg", 2, "coop", "q")
p(D, "on annonce des avancées, puis il ne se passe rien", "neg", 2, "coop", "q", note="interview answer: the interviewee's speech")
p(D, "Le canal Trump-Poutine tourne à vide", "neg", 2, "coop", "q", after="au lieu de vanter un excellent appel.")
p(D, "Il soigne la forme", "pos", 1, "oth", "q")
p(D, "il a souhaité à Donald Trump une bonne fête de l'Indépendance", "pos", 1, "oth", "q", note="courtesy, example of the preceding phrase")
p(D, "il ne lui donne rien sur le fond", "neg", 2, "coop", "q")
p(D, "ces appels servent à gagner du temps", "neg", 2, "coop", "q")
p(D, "Deux puissances nucléaires doivent se parler", "pos", 1, "coop", "q")
p(D, "il y a un contact, il n'y a pas de négociation", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a15 24 heures scraped page, call of 14 Jun 2025 (birthday, Iran)
D = "a15_24heures_20250615"
META[D] = ("24 heures", "2025-06-15", "2025-06-14 Trump-Putin call: birthday wishes, Israel-Iran war")
TONE[D] = 1
p(D, "souhaite un bon anniversaire à Trump", "pos", 1, "oth", "j", note="headline; souhaiter is not a speech verb")
p(D, "les deux capitales sur la même ligne", "pos", 2, "coop", "q", note="standfirst; Trump juge")
p(D, "très gentiment", "pos", 1, "oth", "q")
p(D, "sur la même ligne", "pos", 2, "coop", "q", after="deux hommes étaient « ")
p(D, "se comprennent bien", "pos", 2, "coop", "q")
p(D, "même quand ils ne sont pas d'accord", "neg", 1, "conf", "q")
p(D, "le ton est redevenu cordial", "pos", 2, "oth", "j")
p(D, "des semaines de frictions", "neg", 1, "conf", "j")
p(D, "il entretient la relation personnelle", "pos", 1, "coop", "q", note="former diplomat")
p(D, "rien ne bouge sur l'Ukraine", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a16 La Presse, Anchorage summit 15 Aug 2025 (day after)
D = "a16_lapresse_20250816"
META[D] = ("La Presse", "2025-08-16", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = -1
p(D, "beaucoup d'égards", "pos", 1, "oth", "j", note="headline")
p(D, "aucun accord", "neg", 2, "coop", "j", note="headline")
p(D, "sont repartis sans cessez-le-feu ni accord sur l'Ukraine", "neg", 2, "coop", "j")
p(D, "Un accueil d'une chaleur inhabituelle", "pos", 2, "oth", "j")
p(D, "sans questions des journalistes", "neg", 1, "oth", "j", note="meeting form")
p(D, "sans faux-semblants", "pos", 1, "oth", "q")
p(D, "on a avancé sur beaucoup de points", "pos", 2, "coop", "q")
p(D, "un ou deux sujets importants", "neg", 1, "coop", "q", note="concession: open issues")
p(D, "menacé Moscou de conséquences sévères", "neg", 2, "conf", "q", note="background threat")
p(D, "repart les mains vides", "neg", 2, "coop", "q", note="political scientist")

# ---------------------------------------------------------------- a17 TF1info live blog, Anchorage summit 15 Aug 2025
D = "a17_tf1info_20250815"
META[D] = ("TF1info", "2025-08-15", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = 1
p(D, "pas d'accord sur l'Ukraine", "neg", 2, "coop", "j", note="headline")
p(D, "évoque une prochaine rencontre à Moscou", "pos", 1, "oth", "j", note="headline; évoquer is topic-only")
p(D, "Malgré une atmosphère cordiale", "pos", 1, "oth", "j")
p(D, "aucun accord n'a été conclu sur l'Ukraine", "neg", 2, "coop", "j")
p(D, "a proposé que la prochaine rencontre ait lieu à Moscou", "pos", 1, "oth", "q", note="invitation")
p(D, "Ce n'est pas exclu", "pos", 1, "oth", "q")
p(D, "Nous avons fait du bon travail aujourd'hui", "pos", 2, "coop", "q")
p(D, "constructif", "pos", 2, "coop", "q")
p(D, "Un geste de familiarité rarissime", "pos", 1, "oth", "j")
p(D, "réelles, mais pas garanties", "neu", 1, "coop", "q", note="hedged before the meeting")

# ---------------------------------------------------------------- a18 LCI interview, Budapest summit shelved and Rosneft/Lukoil sanctions, Oct 2025
D = "a18_lci_20251023"
META[D] = ("LCI", "2025-10-23", "2025-10-21/22 Budapest summit shelved; sanctions on Rosneft and Lukoil")
TONE[D] = -2
p(D, "Poutine le promenait", "neg", 2, "coop", "q", after="INTERVIEW - Sommet de Budapest", note="headline quotation, same words in the answer")
p(D, "y renonce pour l'instant", "neg", 1, "oth", "j", note="standfirst; summit shelved")
p(D, "le climat s'est brutalement refroidi", "neg", 2, "coop", "j")
p(D, "aucune rencontre n'était prévue", "neg", 1, "oth", "q", note="White House; mixed clause")
p(D, "les conversations sont toujours agréables", "pos", 1, "oth", "q")
p(D, "elles restent sans suite", "neg", 2, "coop", "q")
p(D, "n'arrangent en rien", "neg", 2, "coop", "q", note="Putin on the sanctions")
p(D, "Il est en tout cas sans objet pour l'instant", "neg", 1, "oth", "q", note="interview answer")
p(D, "les positions russes n'avaient pas bougé", "neg", 1, "conf", "q")
p(D, "Poutine le promenait", "neg", 2, "coop", "q", after="avant tout cessez-le-feu.")
p(D, "une phase de rapport de force", "neg", 2, "conf", "q")
p(D, "La confiance est entamée", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a19 France Inter press review, Helsinki summit (day after)
D = "a19_franceinter_20180717"
META[D] = ("France Inter", "2018-07-17", "2018-07-16 Trump-Putin summit in Helsinki")
TONE[D] = -1
p(D, "Moscou savoure", "pos", 1, "coop", "j", note="headline")
p(D, "une capitulation devant Poutine", "neg", 2, "oth", "q", note="newspaper as speaker; Trump's stance toward Putin")
p(D, "un dialogue enfin adulte entre les deux puissances", "pos", 2, "coop", "q")
p(D, "Le dégel a commencé à Helsinki", "pos", 2, "coop", "q")
p(D, "personne ne croit que les sanctions vont tomber demain", "neg", 1, "coop", "q")
p(D, "n'a produit que des images", "neg", 1, "coop", "q")
p(D, "aucun journal, ni à l'Est ni à l'Ouest, ne trouve la moindre avancée concrète", "neg", 2, "coop", "j")
p(D, "Le seul résultat tangible du sommet, c'est peut-être le ballon", "neg", 1, "coop", "j", note="ironic")

# ---------------------------------------------------------------- a20 Sputnik Afrique, call of 16 Oct 2025 (Budapest announced)
D = "a20_sputnikafrique_20251017"
META[D] = ("Sputnik Afrique", "2025-10-17", "2025-10-16 Trump-Putin call: Budapest summit announced")
TONE[D] = 2
p(D, "s'accordent sur un sommet à Budapest", "pos", 1, "oth", "j", note="headline; agreement predicate")
p(D, "Le dialogue entre Moscou et Washington franchit une nouvelle étape", "pos", 2, "coop", "j", note="state media, warm in its own voice")
p(D, "placée sous le signe de la confiance", "pos", 2, "coop", "q")
p(D, "a félicité son homologue", "pos", 1, "oth", "q", note="féliciter with pour-content, selon lui")
p(D, "nuirait gravement à la relation naissante entre nos deux pays", "neg", 2, "conf", "q", note="warning")
p(D, "a proposé d'organiser une rencontre en personne à Budapest", "pos", 1, "oth", "q")
p(D, "Nous avons fait un grand pas aujourd'hui", "pos", 2, "coop", "q")
p(D, "une victoire du bon sens", "pos", 2, "coop", "q", note="Dmitriev")
p(D, "une dynamique que les partisans de la confrontation, en Europe notamment, peinent à enrayer", "pos", 2, "coop", "j")
p(D, "c'est toute la planète qui respire", "pos", 2, "coop", "q", note="third-party analyst on the pair's dialogue")
