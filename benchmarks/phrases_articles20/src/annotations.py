"""Gold framing phrases and article tone for phrases_articles20 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 Le Parisien, Trump-Putin call 12 Feb 2025
D = "a01_leparisien_20250213"
META[D] = ("Le Parisien (scraped page)", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[D] = 1
p(D, "pourraient se voir en Arabie saoudite", "pos", 1, "oth", "j", note="possible leaders' meeting, conditional")
p(D, "mettant fin à trois années de quasi-silence", "pos", 2, "coop", "j")
p(D, "excellente, d'un bout à l'autre", "pos", 3, "coop", "q")
p(D, "mettre leurs meilleurs négociateurs autour de la table sans attendre", "pos", 2, "coop", "q")
p(D, "Nous voulons la même chose", "pos", 2, "coop", "q")
p(D, "a invité son interlocuteur à Moscou", "pos", 1, "oth", "q", note="under Selon Ouchakov")
p(D, "se reparler aussi souvent que nécessaire", "pos", 2, "coop", "q")
p(D, "entre adultes, sans sermons", "pos", 2, "oth", "q")
p(D, "une pique à peine voilée à l'adresse de l'administration Biden", "neg", 1, "conf", "j", note="added in review; Kremlin vs the previous US administration")
p(D, "On a changé d'époque en l'espace d'une soirée", "neu", 2, "oth", "q")
p(D, "une sortie d'isolement sans rien exiger en retour", "neg", 2, "oth", "q", note="rapprochement judged as a free gift; pour qui = indirect")
p(D, "un gage de bonne foi", "pos", 2, "conf", "q", note="trust")
p(D, "Reste à savoir ce que Moscou réclamera en échange", "neu", 1, "oth", "j", note="added in review; uncertainty")
p(D, "n'a rien lâché de ses exigences", "neg", 1, "conf", "j")

# ---------------------------------------------------------------- a02 Le Figaro, Rubio-Lavrov in Riyadh
D = "a02_lefigaro_20250219"
META[D] = ("Le Figaro (analysis, subscriber)", "2025-02-19", "2025-02-18 US-Russia talks in Riyadh")
TONE[D] = 0
p(D, "rouvrent les canaux", "pos", 1, "coop", "j")
p(D, "remettre en route une relation que l’on disait morte", "pos", 2, "coop", "j")
p(D, "rien n’est tranché", "neg", 1, "coop", "j")
p(D, "une telle scène paraissait inconcevable", "neu", 2, "oth", "j")
p(D, "un point de départ, pas une arrivée", "pos", 1, "coop", "q")
p(D, "sérieux, sans invectives", "pos", 2, "oth", "q")
p(D, "repartir sur des bases saines", "pos", 2, "coop", "q")
p(D, "les divergences restent intactes", "neg", 2, "conf", "j")
p(D, "n’a pas dévié d’un pouce sur les territoires", "neg", 1, "conf", "j")
p(D, "On a beaucoup parlé de méthode, très peu de substance", "neg", 1, "coop", "q")
p(D, "un sommet entre les deux présidents pourrait se tenir", "pos", 1, "oth", "q", note="laisser entendre que; conditional")
p(D, "que les mots de Riyad résistent à l’épreuve des combats", "neu", 1, "oth", "j", note="uncertainty")

# ---------------------------------------------------------------- a03 DNA, Trump-Putin call 18 Mar 2025, energy truce
D = "a03_dna_20250319"
META[D] = ("DNA - Dernières Nouvelles d'Alsace (regional)", "2025-03-19", "2025-03-18 Trump-Putin call, energy truce")
TONE[D] = 1
p(D, "ouvrent une première brèche", "pos", 2, "coop", "j")
p(D, "se sont accordés", "pos", 1, "coop", "j", note="added in review; agreement predicate on a truce, no quote marks")
p(D, "n'est pas pour demain", "neg", 1, "coop", "j")
p(D, "partagé le même constat", "pos", 2, "coop", "q")
p(D, "chaleureux", "pos", 2, "oth", "q")
p(D, "plein de promesses", "pos", 2, "coop", "q")
p(D, "sans détour", "pos", 1, "oth", "q")
p(D, "a toutefois écarté la proposition américaine", "neg", 1, "coop", "j")
p(D, "dans une atmosphère visiblement détendue", "pos", 2, "oth", "j")
p(D, "avec enthousiasme", "pos", 2, "oth", "q")
p(D, "s'accordent sur quelque chose, même modeste", "pos", 1, "coop", "q", note="added in review")
p(D, "un signal que personne ne doit négliger", "pos", 2, "coop", "q")
p(D, "un geste qui ne coûte presque rien à Moscou", "neg", 1, "coop", "q")
p(D, "chacun pourra l'interpréter à sa guise", "neg", 1, "conf", "q", note="added in review; future disputes")
p(D, "un mélange d'espoir et de méfiance", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a04 Liberation, Istanbul round 1
D = "a04_liberation_20250517"
META[D] = ("Libération (special correspondent)", "2025-05-17", "2025-05-16 Russia-Ukraine talks in Istanbul (round 1)")
TONE[D] = -1
p(D, "des négociations en service minimum", "neg", 2, "coop", "j", note="sarcastic headline")
p(D, "pour le reste, le vide", "neg", 2, "coop", "j")
p(D, "Il aura eu la durée d'un match de football, prolongations comprises", "neg", 1, "oth", "j", note="irony")
p(D, "rien de sérieux", "neg", 1, "coop", "q")
p(D, "ni Poutine, ni Trump, ni vraiment de négociation", "neg", 2, "coop", "j")
p(D, "reprenait la conversation là où il l'avait laissée", "neg", 1, "conf", "j", note="ironic; vouloir montrer is attitude, not speech")
p(D, "déconnectées de toute réalité", "neg", 2, "conf", "q")
p(D, "la Russie était prête à se battre", "neg", 2, "conf", "q", note="nested: Kiev delegate reporting Medinski")
p(D, "Ambiance", "neg", 1, "oth", "j", note="one-word sarcasm")
p(D, "satisfait", "pos", 1, "coop", "q")
p(D, "prêt à poursuivre les contacts", "pos", 1, "coop", "q")
p(D, "C'est peu pour une journée qu'on avait présentée comme historique", "neg", 2, "coop", "j")
p(D, "Le téléphone, à défaut de la paix, fonctionne", "neg", 1, "coop", "j", note="irony on US-Russia contact")

# ---------------------------------------------------------------- a05 France Inter, Trump-Putin call 19 May 2025
D = "a05_franceinter_20250520"
META[D] = ("France Inter (radio website)", "2025-05-20", "2025-05-19 Trump-Putin call")
TONE[D] = 0
p(D, "toujours pas de cessez-le-feu", "neg", 1, "coop", "j")
p(D, "enchanté", "pos", 2, "coop", "q", note="se dire + adjective")
p(D, "restent sur leur faim", "neg", 1, "coop", "j")
p(D, "parfait du début à la fin", "pos", 3, "coop", "q")
p(D, "se mettre au travail tout de suite", "pos", 2, "coop", "q")
p(D, "d'une grande utilité", "pos", 2, "coop", "q")
p(D, "Nous sommes sur la bonne voie", "pos", 2, "coop", "q")
p(D, "la déception est palpable", "neg", 2, "coop", "j")
p(D, "Poutine gagne du temps, comme toujours", "neg", 2, "conf", "q")
p(D, "pourrait se retirer du dossier", "neg", 1, "coop", "q", note="laisser entendre que; conditional")
p(D, "possible", "pos", 1, "oth", "q", note="the leaders' meeting")
p(D, "pas avant longtemps", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a06 L'Opinion, summer deadlines
D = "a06_lopinion_20250730"
META[D] = ("L'Opinion (décryptage)", "2025-07-30", "2025-07-28 Trump shortens the deadline to Moscow")
TONE[D] = -2
p(D, "la patience américaine a une date de péremption", "neg", 2, "conf", "j")
p(D, "s'est singulièrement aigrie", "neg", 2, "conf", "j")
p(D, "Il me fait perdre mon temps", "neg", 2, "coop", "q")
p(D, "promet une chose au téléphone et fait l'inverse sur le terrain", "neg", 2, "conf", "q")
p(D, "le bilan diplomatique est maigre", "neg", 2, "coop", "j")
p(D, "n'a jamais varié sur l'essentiel", "neg", 1, "conf", "j")
p(D, "assortit ses exigences d'une échéance et d'une sanction chiffrée", "neg", 1, "conf", "j", note="added in review; coercive stance")
p(D, "pris note", "neu", 1, "oth", "q")
p(D, "ouvert au processus de paix", "pos", 1, "coop", "q")
p(D, "rien ne presse", "neg", 1, "coop", "j", note="'Traduction :' sarcasm")
p(D, "qui confond la diplomatie et le télé-achat", "neg", 2, "conf", "q")
p(D, "Trump menace, Poutine attend", "neg", 2, "conf", "q")
p(D, "pourrait n'aboutir qu'à un énième report", "neg", 1, "coop", "j", note="conditional")

# ---------------------------------------------------------------- a07 La Provence, Witkoff in Moscow 6 Aug 2025
D = "a07_laprovence_20250807"
META[D] = ("La Provence (scraped page)", "2025-08-07", "2025-08-06 Witkoff-Putin meeting, summit announced")
TONE[D] = 1
p(D, "un sommet Trump-Poutine en vue", "pos", 1, "oth", "j", note="question headline")
p(D, "le ton a changé du tout au tout", "pos", 2, "oth", "j")
p(D, "la perspective d'une rencontre entre les deux présidents", "pos", 1, "oth", "j")
p(D, "un pas de géant", "pos", 3, "coop", "q")
p(D, "Les deux camps veulent en sortir", "pos", 2, "coop", "q")
p(D, "sans langue de bois", "pos", 1, "oth", "q")
p(D, "Le revirement est spectaculaire", "pos", 2, "coop", "j")
p(D, "grand parleur", "neg", 2, "conf", "q")
p(D, "a fini par payer", "pos", 1, "coop", "q", note="selon la Maison-Blanche incise")
p(D, "pourrait déboucher sur un cessez-le-feu aérien", "pos", 1, "coop", "q", note="conditional")
p(D, "restent à la porte", "neg", 1, "oth", "q")
p(D, "risque de capoter avant même d'avoir commencé", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a08 Le Telegramme, Alaska summit
D = "a08_letelegramme_20250816"
META[D] = ("Le Télégramme (regional)", "2025-08-16", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = -1
p(D, "le grand spectacle, et après", "neg", 1, "oth", "j", note="question headline")
p(D, "un accueil de chef d'État ami", "pos", 2, "oth", "j")
p(D, "s'est achevé sans cessez-le-feu ni accord", "neg", 2, "coop", "j")
p(D, "Applaudissements, poignée de main prolongée, sourires", "pos", 2, "oth", "j")
p(D, "La suite a été moins lisse", "neg", 1, "oth", "j")
p(D, "s'est limitée à deux déclarations", "neg", 1, "oth", "j")
p(D, "compréhension mutuelle", "pos", 2, "coop", "q")
p(D, "beaucoup de points » avaient été réglés", "pos", 1, "coop", "q", note="span crosses the closing quote mark: quoted fragment + reported clause")
p(D, "Rien n'est signé", "neg", 1, "coop", "q")
p(D, "la fin de l'isolement", "pos", 2, "coop", "q", note="state TV as source")
p(D, "mature, sans hystérie", "pos", 2, "oth", "q")
p(D, "tous les codes de l'amitié militaire", "pos", 2, "oth", "q")
p(D, "sans avoir rien lâché", "neg", 1, "conf", "q")

# ---------------------------------------------------------------- a09 RT en francais, Alaska summit
D = "a09_rtfrancais_20250816"
META[D] = ("RT en français (state media)", "2025-08-16", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = 2
p(D, "posent les jalons d'une nouvelle relation", "pos", 2, "coop", "j")
p(D, "un dialogue respectueux", "pos", 2, "oth", "q", note="ont salué + NP")
p(D, "des résultats prometteurs", "pos", 2, "coop", "q")
p(D, "de respect mutuel", "pos", 2, "oth", "q")
p(D, "il doit devenir un fait de politique", "pos", 1, "coop", "q")
p(D, "sortir de l'impasse où l'avaient conduite ses prédécesseurs", "pos", 2, "coop", "q")
p(D, "rencontre extrêmement positive", "pos", 3, "coop", "q")
p(D, "Nous n'y sommes pas encore, mais nous en sommes beaucoup plus près qu'hier", "pos", 2, "coop", "q")
p(D, "le dialogue est possible dès lors que l'on se parle avec respect", "pos", 2, "coop", "q")
p(D, "perspectives de coopération", "pos", 1, "coop", "j", note="évoquer + NP without quote marks is topic-only, not speech")
p(D, "qui unissait alors Moscou et Washington", "pos", 1, "coop", "j", note="past alliance recalled")
p(D, "Ce succès diplomatique", "pos", 2, "coop", "j")
p(D, "voué à l'échec", "neg", 2, "coop", "q", note="Western media as source")

# ---------------------------------------------------------------- a10 BFMTV live blog, Washington meeting 18 Aug 2025
D = "a10_bfmtv_20250819"
META[D] = ("BFMTV (live blog)", "2025-08-19", "2025-08-18 Washington meeting with European leaders, Trump-Putin call")
TONE[D] = 1
p(D, "fructueux", "pos", 2, "coop", "q")
p(D, "lancé les préparatifs d'une rencontre entre les présidents russe et ukrainien", "pos", 1, "oth", "q", note="annoncer + infinitive")
p(D, "Moscou reste évasif sur le format et la date", "neg", 1, "oth", "j", note="bullet point")
p(D, "préparé avec le plus grand soin, étape par étape", "neu", 1, "oth", "q")
p(D, "prématuré", "neg", 1, "oth", "q")
p(D, "Une prudence qui tranche avec l'empressement affiché la veille à Washington", "neg", 1, "oth", "j")
p(D, "Il faut maintenant que Poutine montre sa bonne foi", "neg", 1, "conf", "q", note="block title with quote marks (Macron)")
p(D, "peut être un vrai pas en avant", "pos", 2, "coop", "q")
p(D, "la Russie n'a jamais tenu ses engagements sans pression", "neg", 2, "conf", "q")
p(D, "poursuivre \"un contact étroit", "pos", 2, "coop", "q", note="span crosses the opening quote mark; convenir de with quote marks")
p(D, "Tout le monde veut la paix, y compris Poutine", "pos", 2, "coop", "q")
p(D, "tenait le président russe pour un paria", "neg", 1, "conf", "j", note="past hostility recalled")

# ---------------------------------------------------------------- a11 Le JDD, Budapest summit announced
D = "a11_lejdd_20251017"
META[D] = ("Le JDD", "2025-10-17", "2025-10-16 Trump-Putin call, Budapest summit announced")
TONE[D] = 2
p(D, "vers la paix", "pos", 1, "coop", "j", note="question headline")
p(D, "Un grand pas a été fait aujourd'hui", "pos", 2, "coop", "q")
p(D, "extrêmement riche", "pos", 2, "coop", "q")
p(D, "sincèrement désireux d'aboutir", "pos", 2, "coop", "q")
p(D, "empreint de confiance", "pos", 2, "conf", "q", note="trust")
p(D, "avait félicité son homologue", "pos", 1, "oth", "q", note="féliciter pour + content, under rapporter que")
p(D, "compromettrait tout ce qui a été reconstruit depuis janvier", "neg", 2, "conf", "q", note="conditional warning")
p(D, "la rencontre de la paix", "pos", 2, "coop", "q", note="Orban, host, on the pair's summit")
p(D, "la preuve que la méthode Trump fonctionne", "pos", 2, "coop", "j", note="'veut croire l'entourage': attitude verb, not speech")
p(D, "avait choisi l'isolement de Moscou et l'escalade", "neg", 1, "conf", "j", note="past policy recalled")
p(D, "a rétabli un canal direct et personnel, et ne le lâche plus", "pos", 2, "coop", "j")
p(D, "Les positions restent éloignées sur les territoires", "neg", 1, "conf", "j")
p(D, "jamais, depuis février 2022, une sortie de crise n'a semblé aussi envisageable", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a12 Marianne, Budapest summit cancelled
D = "a12_marianne_20251023"
META[D] = ("Marianne (commentary)", "2025-10-23", "2025-10-21 Budapest summit shelved, 2025-10-22 Rosneft/Lukoil sanctions")
TONE[D] = -2
p(D, "l'art du deal… annulé", "neg", 2, "coop", "j", note="sarcastic headline")
p(D, "Il n'aura été qu'un communiqué de plus", "neg", 2, "coop", "j")
p(D, "l'a remisée au placard", "neg", 2, "coop", "j")
p(D, "ne voulait pas d'un sommet", "neg", 1, "coop", "q", note="mixed clause: the quoted fragment «pour la photo» follows")
p(D, "au grand froid", "neg", 2, "conf", "j")
p(D, "possible, le moment venu", "pos", 1, "oth", "q")
p(D, "substantiel", "pos", 1, "coop", "q")
p(D, "n'avait pas bougé d'un millimètre", "neg", 2, "conf", "j")
p(D, "formidable", "pos", 3, "coop", "q", note="unattributed echo quoted ironically; keeps its own polarity")
p(D, "historique", "pos", 2, "oth", "q", note="unattributed echo quoted ironically")
p(D, "On a connu la diplomatie du yo-yo ; voici celle du grand huit", "neg", 2, "oth", "j")
p(D, "une alternance de flatteries et d'ultimatums", "neg", 2, "oth", "j")
p(D, "ne plierait pas sous la pression", "neg", 2, "conf", "q")
p(D, "il aura fallu neuf mois et une dizaine de coups de fil pour en arriver là", "neg", 1, "coop", "j", note="added in review; sarcasm")

# ---------------------------------------------------------------- a13 Courrier international, 28-point plan press review
D = "a13_courrierinternational_20251124"
META[D] = ("Courrier international (press review)", "2025-11-24", "2025-11 the 28-point plan (Witkoff-Dmitriev)")
TONE[D] = -2
p(D, "une paix dictée", "neg", 2, "conf", "q", note="headline quote; foreign press as source")
p(D, "porte davantage la marque du Kremlin que celle de Washington", "neg", 2, "oth", "j")
p(D, "reprennent l'essentiel des exigences russes", "neg", 1, "oth", "j", note="added in review; evaluative summary, not a term of the plan")
p(D, "Jamais un plan de paix n'a été négocié aussi loin de ceux qui devront l'appliquer", "neg", 2, "oth", "q")
p(D, "diplomatie de salon entre amis d'affaires", "neg", 2, "oth", "q")
p(D, "a laissé Moscou tenir la plume", "neg", 2, "oth", "q")
p(D, "semblent avoir été traduites du russe", "neg", 1, "oth", "q", note="relever que")
p(D, "la première proposition réaliste venue de l'Ouest depuis 2022", "pos", 2, "coop", "q")
p(D, "le climat de confiance", "pos", 2, "conf", "q", note="insister sur + NP carrying the position")
p(D, "deux hommes qui se comprennent à demi-mot", "pos", 2, "oth", "q")
p(D, "s'est fait dicter son plan par celui qu'il prétend faire plier", "neg", 2, "oth", "q")
p(D, "la proximité affichée entre l'émissaire de Donald Trump et les négociateurs russes", "pos", 1, "coop", "q", note="closeness itself, inside 'Pour le Kyiv Independent'")
p(D, "devrait inquiéter tous les alliés de l'Amérique", "neg", 1, "oth", "q")
p(D, "Ce n'est pas un plan de paix, c'est un acte de vente", "neg", 2, "oth", "q")

# ---------------------------------------------------------------- a14 Public Senat, Witkoff and Kushner in Moscow
D = "a14_publicsenat_20251203"
META[D] = ("Public Sénat", "2025-12-03", "2025-12-02 Witkoff and Kushner meet Putin in Moscow")
TONE[D] = 0
p(D, "pas de compromis sur les territoires", "neg", 1, "coop", "j")
p(D, "utiles", "pos", 1, "coop", "q", note="juger + adjective")
p(D, "aucun accord n'a été trouvé sur la question territoriale", "neg", 1, "coop", "q")
p(D, "concret", "pos", 1, "coop", "q")
p(D, "sans faux-semblants", "pos", 1, "oth", "q")
p(D, "certaines propositions américaines ont été jugées acceptables, d'autres non", "neu", 1, "coop", "q")
p(D, "Nous ne sommes ni plus près ni plus loin d'un accord qu'hier soir", "neu", 1, "coop", "q")
p(D, "nous nous comprenons mieux", "pos", 1, "coop", "q")
p(D, "n'est pas une mauvaise nouvelle", "pos", 1, "coop", "q", note="bullet point")
p(D, "une négociation entre hommes d'affaires où l'Ukraine est la marchandise", "neg", 2, "oth", "q", note="bullet point")
p(D, "l'absence de toute avancée sur le Donbass", "neg", 1, "coop", "q", note="bullet point")
p(D, "Moscou joue la montre, comme depuis le premier jour", "neg", 2, "conf", "q", note="bullet point")

# ---------------------------------------------------------------- a15 La Libre Belgique, Istanbul round 2
D = "a15_lalibre_20250603"
META[D] = ("La Libre Belgique (scraped page)", "2025-06-03", "2025-06-02 Russia-Ukraine talks in Istanbul (round 2)")
TONE[D] = -1
p(D, "un gouffre", "neg", 2, "conf", "j")
p(D, "pas un cessez-le-feu", "neg", 1, "coop", "j")
p(D, "ne se sont pas attardées", "neg", 1, "oth", "j")
p(D, "Pas assez pour rapprocher des positions que tout oppose", "neg", 2, "conf", "j")
p(D, "reformulation d'un ultimatum", "neg", 2, "conf", "q")
p(D, "détaillé, sérieux, tourné vers l'avenir", "pos", 2, "coop", "q")
p(D, "n'a pas annulé le déplacement de sa délégation", "pos", 1, "coop", "j")
p(D, "pas pour négocier", "neg", 2, "coop", "q")
p(D, "remarquablement discrète", "neu", 1, "oth", "j")
p(D, "encourageant", "pos", 1, "coop", "q")
p(D, "très éloignées", "neg", 2, "conf", "q")
p(D, "Une lassitude perce dans l'administration américaine", "neg", 1, "oth", "j")
p(D, "menace régulièrement de se retirer du processus", "neg", 1, "coop", "q", note="menacer de + infinitive")

# ---------------------------------------------------------------- a16 Le Monde, US-China Geneva truce
D = "a16_lemonde_20250513"
META[D] = ("Le Monde (subscriber article)", "2025-05-13", "2025-05-10/12 US-China trade talks in Geneva, 90-day truce")
TONE[D] = 2
p(D, "plus large que prévu", "pos", 2, "coop", "j")
p(D, "une désescalade que peu d’observateurs osaient espérer", "pos", 2, "conf", "j")
p(D, "Personne, de part et d’autre, n’a intérêt à ce que les ponts soient coupés", "pos", 1, "coop", "q")
p(D, "d’une grande courtoisie", "pos", 2, "oth", "q")
p(D, "écart entre les deux camps était « bien moins grand qu’on ne le croyait à Washington", "pos", 2, "conf", "q", note="span crosses the opening quote mark")
p(D, "poser les bases d’un mécanisme de consultation durable", "pos", 2, "coop", "q")
p(D, "la situation paraissait bloquée", "neg", 1, "coop", "j")
p(D, "une surenchère tarifaire", "neg", 2, "conf", "j", note="past escalation recalled")
p(D, "pire profiteur", "neg", 2, "conf", "q")
p(D, "nouveau départ formidable", "pos", 3, "coop", "q")
p(D, "Tout n’est pas réglé pour autant", "neg", 1, "coop", "j")
p(D, "C’est une trêve, pas un traité de paix", "neu", 1, "coop", "q")

# ---------------------------------------------------------------- a17 TV5Monde, Thailand-Cambodia ceasefire
D = "a17_tv5monde_20250729"
META[D] = ("TV5Monde (with AFP)", "2025-07-29", "2025-07-28 Thailand-Cambodia ceasefire talks in Putrajaya")
TONE[D] = 1
p(D, "arraché à Putrajaya", "pos", 1, "coop", "j")
p(D, "encore fragile", "neg", 1, "coop", "j")
p(D, "ont accepté lundi un cessez-le-feu", "pos", 1, "coop", "q", note="added in review; accepter + NP with a quote-marked fragment, voice doubtful")
p(D, "se sont assis à la même table pour la première fois depuis le début des combats", "pos", 1, "coop", "j")
p(D, "Nous avons choisi de nous parler plutôt que de nous tirer dessus", "pos", 2, "coop", "q")
p(D, "plus fructueuse que prévu", "pos", 2, "coop", "q")
p(D, "juger sur les actes", "neg", 1, "conf", "q", note="dire vouloir: speech")
p(D, "au plus bas", "neg", 2, "conf", "q", note="trust")
p(D, "ont toutefois échangé une poignée de main sous l'œil des caméras", "pos", 1, "oth", "j")
p(D, "ramené la paix", "pos", 2, "coop", "q", note="Trump, third party, on the pair's outcome")
p(D, "a accusé le Cambodge d'avoir violé la trêve", "neg", 2, "conf", "q")
p(D, "se sont néanmoins rencontrés comme prévu", "pos", 1, "coop", "j")
p(D, "sereine", "pos", 1, "oth", "q")
p(D, "La crise actuelle avait été ravivée", "neg", 1, "conf", "j", note="added in review; past hostility recalled")

# ---------------------------------------------------------------- a18 Actualite.cd, DRC-Rwanda Washington Accords
D = "a18_actualitecd_20251204"
META[D] = ("Actualite.cd (DR Congo)", "2025-12-04", "2025-12-04 Tshisekedi-Kagame sign the Washington Accords")
TONE[D] = -1
p(D, "le Kivu attend toujours la paix", "neg", 1, "coop", "j")
p(D, "C'est la première fois que les deux chefs d'État se retrouvent officiellement", "pos", 1, "coop", "j", note="added in review")
p(D, "des mois de crise ouverte", "neg", 2, "conf", "j", note="past hostility recalled")
p(D, "un jour que l'Afrique attendait depuis trente ans", "pos", 2, "coop", "q", note="Trump, third party, on the pair's agreement")
p(D, "un tournant qui doit se vérifier sur le terrain", "pos", 1, "coop", "q", note="hedged")
p(D, "trop souvent signé des textes restés lettre morte", "neg", 1, "coop", "q")
p(D, "ferait sa part", "pos", 1, "coop", "q")
p(D, "sans un mot pour les accusations de Kinshasa", "neg", 1, "conf", "j")
p(D, "reste embryonnaire", "neg", 1, "coop", "j")
p(D, "On signe à Washington, on se bat à Kamanyola", "neg", 2, "conf", "q")
p(D, "permis à chacun de sauver la face devant Washington", "neg", 1, "oth", "q")
p(D, "La confiance entre Kinshasa et Kigali est nulle", "neg", 3, "conf", "q")
p(D, "pas la volonté de coopérer", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a19 RFI, Israel-Hamas talks in Sharm el-Sheikh
D = "a19_rfi_20251009"
META[D] = ("RFI (correspondent)", "2025-10-09", "2025-10-06/09 Israel-Hamas indirect talks in Sharm el-Sheikh, first-phase deal")
TONE[D] = 2
p(D, "un accord sur la première phase", "pos", 1, "coop", "j", note="added in review; headline")
p(D, "se sont mis d'accord", "pos", 2, "coop", "j", note="agreement predicate without quote marks")
p(D, "Une percée saluée dans le monde entier", "pos", 2, "coop", "j")
p(D, "de nombreuses questions restent en suspens", "neg", 1, "coop", "j")
p(D, "accueillie par des applaudissements dans les couloirs", "pos", 1, "oth", "j")
p(D, "C'est un grand jour pour Israël", "pos", 2, "coop", "q")
p(D, "respecte ses engagements sans se dérober", "neg", 1, "conf", "q", note="distrust")
p(D, "un climat inhabituel", "pos", 1, "oth", "q", note="saluer + NP")
p(D, "chacun est venu pour conclure et non pour gagner du temps", "pos", 2, "coop", "q")
p(D, "débloqué en quelques heures ce qui traînait depuis des mois", "pos", 2, "coop", "q")
p(D, "à la hauteur de l'enjeu", "pos", 1, "coop", "q")
p(D, "les zones d'ombre restent nombreuses", "neg", 1, "coop", "j")
p(D, "Ce premier pas est réel", "pos", 1, "coop", "q")
p(D, "le plus dur commence", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a20 Le Temps, US-India trade talks
D = "a20_letemps_20250917"
META[D] = ("Le Temps (Switzerland)", "2025-09-17", "2025-09-16 US-India trade talks in New Delhi, Trump-Modi call")
TONE[D] = 0
p(D, "renouent le fil", "pos", 1, "coop", "j")
p(D, "deux mois de tension", "neg", 1, "conf", "j")
p(D, "on aurait juré que l'idylle était finie", "neg", 1, "coop", "j", note="ironic, hedged past")
p(D, "station-service de Moscou", "neg", 2, "conf", "q")
p(D, "ami formidable", "pos", 2, "oth", "q")
p(D, "un partenariat qui a toujours survécu aux tempêtes", "pos", 2, "coop", "q")
p(D, "débarrassés de toute crispation", "pos", 2, "oth", "q")
p(D, "Dans les faits, rien n'a bougé", "neg", 2, "coop", "j")
p(D, "ingérence dans nos choix souverains", "neg", 2, "conf", "q")
p(D, "Les sourires sont revenus", "pos", 1, "oth", "q")
p(D, "les chiffres n'ont pas suivi", "neg", 1, "coop", "q")
p(D, "l'objectif affiché d'une première tranche d'accord d'ici à l'automne", "pos", 1, "coop", "j")
