"""Gold framing phrases and article tone for phrases_articles32 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Theme: "other studies, same coding" -- talks and relations between pairs of sides other than
US-Russia; the pair coded in each article is named in META's event field and in the README.
"""


# ---------------------------------------------------------------- a01 AFP, US-China Geneva trade talks
D = "a01_afp_20250512"
META[D] = ("AFP (French wire)", "2025-05-12", "2025-05-10/11 US-China trade talks in Geneva (pair: United States-China)")
TONE[D] = 2
p(D, "fructueuses", "pos", 2, "coop", "q")
p(D, "une désescalade inattendue", "pos", 2, "conf", "j")
p(D, "dans un grand respect mutuel", "pos", 2, "oth", "q")
p(D, "d'une grande franchise", "pos", 2, "oth", "q")
p(D, "des avancées importantes", "pos", 2, "coop", "q")
p(D, "Nos relations avec la Chine sont excellentes", "pos", 3, "coop", "q")
p(D, "C'est une pause bienvenue, pas un traité de paix", "neu", 1, "coop", "q")
p(D, "ont choisi de se parler plutôt que de s'asphyxier", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a02 Le Monde, Macron-Tebboune call 31 Mar 2025
D = "a02_lemonde_20250401"
META[D] = ("Le Monde", "2025-04-01", "2025-03-31 Macron-Tebboune call (pair: France-Algeria)")
TONE[D] = 1
p(D, "sortir de huit mois de crise", "pos", 1, "coop", "j", note="headline; aim of the call")
p(D, "renouer le fil", "pos", 2, "coop", "q")
p(D, "une relation abîmée", "neg", 2, "coop", "q", note="inside the reported clause of disent vouloir")
p(D, "cordial", "pos", 1, "oth", "q")
p(D, "un dialogue apaisé", "pos", 2, "oth", "q")
p(D, "reprendre la coopération sécuritaire et migratoire", "pos", 2, "coop", "j", note="convenir de without quote marks: journalist")
p(D, "La volonté de tourner la page est réelle des deux côtés", "pos", 2, "coop", "q")
p(D, "une succession d’invectives entre les deux capitales", "neg", 2, "conf", "j")
p(D, "délétère", "neg", 2, "oth", "q")
p(D, "Reste à savoir si ce dégel résistera à la prochaine secousse", "neu", 1, "oth", "j")
p(D, "C’est un armistice, pas encore une réconciliation", "neu", 1, "coop", "q")

# ---------------------------------------------------------------- a03 RFI (scraped), US-Iran talks in Muscat
D = "a03_rfi_20250413"
META[D] = ("RFI (scraped page)", "2025-04-13", "2025-04-12 US-Iran indirect talks in Muscat (pair: United States-Iran)")
TONE[D] = 1
p(D, "sans se regarder en face", "neg", 1, "oth", "j")
p(D, "Un geste inédit", "pos", 2, "oth", "j")
p(D, "dans une atmosphère respectueuse", "pos", 2, "oth", "q")
p(D, "Nous ne sommes pas encore entrés dans le fond du sujet", "neu", 1, "coop", "q")
p(D, "une étape vers un résultat mutuellement bénéfique", "pos", 2, "coop", "q")
p(D, "amical", "pos", 2, "oth", "q", note="Oman, mediator, on the pair's talks")
p(D, "un climat très tendu", "neg", 2, "conf", "j")
p(D, "multiplié les avertissements", "neg", 2, "conf", "j")
p(D, "se soient assis dans le même bâtiment est un succès", "pos", 1, "coop", "q")
p(D, "le fossé sur l'enrichissement reste immense", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a04 La Croix, Doha talks stall
D = "a04_lacroix_20250725"
META[D] = ("La Croix", "2025-07-25", "2025-07-24 Doha ceasefire talks, US and Israeli teams recalled (pair: Israel-Hamas)")
TONE[D] = -1
p(D, "de nouveau dans l'impasse", "neg", 2, "coop", "j")
p(D, "n'est pas celle d'un partenaire sérieux", "neg", 2, "conf", "q")
p(D, "égoïsme", "neg", 2, "conf", "q")
p(D, "nous restons engagés à poursuivre les discussions", "pos", 1, "coop", "q")
p(D, "Le dialogue de sourds", "neg", 2, "coop", "j")
p(D, "restent arc-boutés sur leurs positions", "neg", 2, "conf", "j")
p(D, "des interruptions de ce type sont normales dans des négociations aussi complexes", "neu", 1, "oth", "q")
p(D, "On a été à deux doigts d'un accord à plusieurs reprises", "neu", 1, "coop", "q")
p(D, "les négociateurs piétinent", "neg", 2, "coop", "j")
p(D, "La porte n'est pas fermée", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a05 Le Temps analysis, Erdogan-Putin in Sochi
D = "a05_letemps_20230905"
META[D] = ("Le Temps (Geneva), analysis", "2023-09-05", "2023-09-04 Erdogan-Putin meeting in Sochi (pair: Turkey-Russia)")
TONE[D] = 0
p(D, "affichent leur complicité", "pos", 2, "oth", "j")
p(D, "le blé ukrainien reste à quai", "neg", 1, "coop", "j")
p(D, "ne suffit plus à débloquer les dossiers", "neg", 2, "coop", "j")
p(D, "mon cher ami", "pos", 2, "oth", "q")
p(D, "n’ont pas lésiné sur les démonstrations d’amitié", "pos", 2, "oth", "j")
p(D, "un partenaire avec lequel nous pouvons parler de tout", "pos", 2, "coop", "q")
p(D, "une relation transactionnelle", "neu", 1, "oth", "j")
p(D, "faite de rivalités contenues", "neg", 1, "conf", "j")
p(D, "traite d’égal à égal", "pos", 2, "oth", "q")
p(D, "cette entente ne produit plus grand-chose", "neg", 2, "coop", "q")
p(D, "le canal entre les deux capitales reste ouvert", "pos", 1, "coop", "j")

# ---------------------------------------------------------------- a06 Le Parisien, Macron-Putin call 3 Mar 2022
D = "a06_leparisien_20220303"
META[D] = ("Le Parisien", "2022-03-03", "2022-03-03 Macron-Putin call (pair: France-Russia)")
TONE[D] = -2
p(D, "90 minutes pour rien", "neg", 2, "coop", "j")
p(D, "sans illusion", "neg", 2, "coop", "q")
p(D, "n'a rien cédé", "neg", 2, "coop", "q", note="selon l'entourage")
p(D, "Il n'y a eu aucune ouverture", "neg", 2, "coop", "q")
p(D, "se trompait lourdement", "neg", 2, "conf", "q")
p(D, "un prix très lourd", "neg", 2, "conf", "q")
p(D, "tourne désormais à vide", "neg", 2, "coop", "j")
p(D, "n'entend pas pour autant couper le lien", "pos", 1, "coop", "j")
p(D, "aux deux extrémités d'une table de plusieurs mètres", "neg", 1, "oth", "j")
p(D, "Il faut garder le fil, même ténu", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a07 20 Minutes, Istanbul talks 16 May 2025
D = "a07_20minutes_20250516"
META[D] = ("20 Minutes", "2025-05-16", "2025-05-16 Russia-Ukraine direct talks in Istanbul (pair: Russia-Ukraine)")
TONE[D] = -1
p(D, "un fossé intact", "neg", 2, "conf", "j")
p(D, "Sur le cessez-le-feu, rien n'a bougé", "neg", 2, "coop", "j")
p(D, "moins de deux heures pour les séparer", "neg", 1, "oth", "j")
p(D, "délégation de façade", "neg", 2, "oth", "q")
p(D, "n'a pas fait le déplacement, malgré le défi lancé par Volodymyr Zelensky", "neg", 1, "oth", "j")
p(D, "Le travail a été utile", "pos", 1, "coop", "q")
p(D, "Nous sommes disposés à poursuivre les contacts", "pos", 1, "coop", "q")
p(D, "déconnectées de la réalité", "neg", 2, "conf", "q")
p(D, "une rencontre entre les deux présidents", "pos", 1, "oth", "q")
p(D, "pris note", "neu", 1, "oth", "q")

# ---------------------------------------------------------------- a08 La Libre Belgique, India-Pakistan after the ceasefire
D = "a08_lalibre_20250513"
META[D] = ("La Libre Belgique", "2025-05-13", "2025-05-10 ceasefire and Modi/Sharif statements (pair: India-Pakistan)")
TONE[D] = -1
p(D, "le dialogue reste introuvable", "neg", 2, "coop", "j")
p(D, "ne s'est accompagnée d'aucun rapprochement politique", "neg", 2, "coop", "j")
p(D, "Il n'y aura pas de discussion avec Islamabad", "neg", 2, "coop", "q")
p(D, "le Pakistan est prêt à parler de tout", "pos", 2, "coop", "q")
p(D, "La main tendue de Shehbaz Sharif est donc restée sans réponse", "neg", 2, "coop", "j")
p(D, "continuent de s'accuser mutuellement", "neg", 2, "conf", "j")
p(D, "une paix froide", "neg", 2, "coop", "q")
p(D, "sans aucun canal politique", "neg", 2, "coop", "q")
p(D, "le point de friction le plus dangereux", "neg", 2, "conf", "j")
p(D, "un acte de guerre", "neg", 2, "conf", "q", note="threat between the sides")

# ---------------------------------------------------------------- a09 Euronews (scraped), Aliyev-Pashinyan at the White House
D = "a09_euronews_20250809"
META[D] = ("Euronews (scraped page)", "2025-08-09", "2025-08-08 Aliyev-Pashinyan declaration in Washington (pair: Azerbaijan-Armenia)")
TONE[D] = 2
p(D, "tourner la page de 35 ans de conflit", "pos", 2, "coop", "j")
p(D, "ont vécu dans la haine", "neg", 3, "conf", "q", note="past hostility recalled by Trump")
p(D, "elles ont choisi de se faire confiance", "pos", 2, "conf", "q")
p(D, "Nous construisons aujourd'hui la paix", "pos", 2, "coop", "q")
p(D, "une nouvelle page", "pos", 2, "coop", "q")
p(D, "Nous n'avons jamais été aussi près de la paix", "pos", 3, "coop", "q")
p(D, "Le traité n'est toutefois que paraphé", "neg", 1, "coop", "j")
p(D, "un tournant", "pos", 2, "coop", "q")
p(D, "Le plus dur a été fait", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a10 Courrier des Balkans (scraped), Ohrid
D = "a10_courrierdesbalkans_20230320"
META[D] = ("Le Courrier des Balkans (scraped page)", "2023-03-20", "2023-03-18 Vucic-Kurti talks in Ohrid (pair: Serbia-Kosovo)")
TONE[D] = -1
p(D, "sans rien signer", "neg", 1, "coop", "j")
p(D, "Les deux parties se sont mises d'accord sur l'essentiel", "pos", 2, "coop", "q")
p(D, "ne se retrouvant face à face qu'en fin de soirée, pour une séance plénière écourtée", "neg", 1, "oth", "j")
p(D, "je ne signerai rien", "neg", 2, "coop", "q")
p(D, "fuir ses responsabilités", "neg", 2, "conf", "q")
p(D, "la méfiance reste totale", "neg", 3, "conf", "j")
p(D, "reste un accord très fragile", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a11 Les Echos, EU-UK summit
D = "a11_lesechos_20250520"
META[D] = ("Les Echos", "2025-05-20", "2025-05-19 EU-UK summit in London (pair: European Union-United Kingdom)")
TONE[D] = 2
p(D, "le grand rabibochage", "pos", 2, "coop", "j")
p(D, "un rapprochement d'une ampleur inattendue", "pos", 2, "coop", "j")
p(D, "après des années de querelles", "neg", 2, "conf", "j", note="past hostility recalled")
p(D, "un nouveau chapitre entre de vieux amis", "pos", 2, "coop", "q")
p(D, "C'est un accord gagnant-gagnant", "pos", 2, "coop", "q")
p(D, "Une lune de miel sous surveillance", "pos", 1, "coop", "j")
p(D, "la confiance est revenue", "pos", 2, "conf", "q")
p(D, "La lune de miel a toutefois ses limites", "neg", 1, "coop", "j")
p(D, "un pas de plus vers la vassalisation", "neg", 2, "oth", "q", note="UK opposition: an unequal relation")
p(D, "un retour au pragmatisme", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a12 France 24 (scraped), Grenell in Caracas
D = "a12_france24_20250201"
META[D] = ("France 24 (scraped page)", "2025-02-01", "2025-01-31 Grenell-Maduro meeting in Caracas (pair: United States-Venezuela)")
TONE[D] = 0
p(D, "un dégel inattendu", "pos", 1, "coop", "j", note="headline question")
p(D, "une conversation franche", "pos", 1, "oth", "q")
p(D, "tournée vers l'avenir", "pos", 2, "coop", "q")
p(D, "un nouveau départ est possible", "pos", 1, "coop", "q")
p(D, "Le Venezuela a été très coopératif", "pos", 2, "coop", "q")
p(D, "ne vaut en aucun cas reconnaissance", "neg", 1, "conf", "q")
p(D, "des années d'hostilité ouverte", "neg", 2, "conf", "j")
p(D, "le caractère strictement transactionnel de la visite", "neu", 1, "oth", "q", note="insister sur + NP")
p(D, "Rien ne dit que l'embellie durera", "neu", 1, "oth", "j")
p(D, "partisan de longue date d'une ligne dure", "neg", 1, "conf", "j")
p(D, "régime illégitime", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a13 Le Point interview, Kim on Trump
D = "a13_lepoint_20250923"
META[D] = ("Le Point, interview", "2025-09-23", "2025-09-21 Kim Jong-un speech on Trump; letters and summits (pair: North Korea-United States)")
TONE[D] = 0
p(D, "Une porte entrouverte, pas une main tendue", "neu", 1, "coop", "q", note="title quotation, same words in the interviewee's answer")
p(D, "garder un bon souvenir du président américain", "pos", 1, "oth", "q")
p(D, "la relation personnelle reste intacte", "pos", 1, "oth", "q")
p(D, "C'est une porte entrouverte, pas une main tendue", "neu", 1, "coop", "q")
p(D, "un outil de séduction mutuelle", "pos", 2, "oth", "q", note="2018 letters recalled")
p(D, "s'est terminé sans accord et sans déjeuner", "neg", 2, "coop", "q")
p(D, "une humiliation personnelle", "neg", 2, "oth", "q")
p(D, "le dialogue est au point mort", "neg", 2, "coop", "q")
p(D, "Envisageable, oui. Probable, non", "neu", 1, "oth", "q")
p(D, "Il faudrait que l'une des deux parties change de ligne, et je ne vois pas laquelle", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a14 Radio Okapi (scraped), Washington accords
D = "a14_radiookapi_20251205"
META[D] = ("Radio Okapi (scraped page)", "2025-12-05", "2025-12-04 Tshisekedi-Kagame signing of the Washington accords (pair: DR Congo-Rwanda)")
TONE[D] = 0
p(D, "sans effusion", "neg", 1, "oth", "j")
p(D, "Ce qui semblait impossible il y a un an est arrivé aujourd'hui", "pos", 2, "coop", "q")
p(D, "une paix juste", "pos", 1, "coop", "q")
p(D, "nous attendons exactement la même chose de l'autre partie", "neg", 1, "conf", "q")
p(D, "le chemin sera long, mais nous y sommes engagés", "pos", 1, "coop", "q")
p(D, "les deux chefs d'État ont évité de se regarder", "neg", 2, "oth", "j")
p(D, "Les accusations croisées n'ont pas cessé", "neg", 2, "conf", "j")
p(D, "un accord de papier", "neg", 2, "coop", "q")
p(D, "une étape importante", "pos", 2, "coop", "q", note="selon plusieurs diplomates")

# ---------------------------------------------------------------- a15 Al-Ahram Hebdo, GERD inauguration
D = "a15_ahramhebdo_20250910"
META[D] = ("Al-Ahram Hebdo (Egypt)", "2025-09-10", "2025-09-09 inauguration of the GERD (pair: Egypt-Ethiopia)")
TONE[D] = -2
p(D, "persiste dans l'unilatéralisme", "neg", 2, "conf", "j")
p(D, "consacre l'échec de douze années de négociations", "neg", 3, "coop", "j")
p(D, "tendre la main", "pos", 2, "coop", "q")
p(D, "juge sans valeur", "neg", 2, "coop", "q")
p(D, "une politique du fait accompli", "neg", 2, "conf", "q")
p(D, "se réserve le droit de prendre toutes les mesures nécessaires", "neg", 2, "conf", "q")
p(D, "sur un constat d'échec", "neg", 2, "coop", "j")
p(D, "l'intransigeance éthiopienne", "neg", 2, "conf", "q")
p(D, "un dialogue de sourds", "neg", 2, "coop", "q")
p(D, "traversent ainsi l'une de leurs pires périodes depuis des décennies", "neg", 3, "coop", "j")

# ---------------------------------------------------------------- a16 Ouest-France (scraped), Japan-China consultations
D = "a16_ouestfrance_20251119"
META[D] = ("Ouest-France (scraped page)", "2025-11-19", "2025-11-18 Kanai-Liu consultations in Beijing (pair: Japan-China)")
TONE[D] = -2
p(D, "des consultations sans résultat", "neg", 2, "coop", "j")
p(D, "une photo qui en dit long", "neg", 1, "oth", "j")
p(D, "La brouille diplomatique", "neg", 2, "conf", "j")
p(D, "profond mécontentement", "neg", 2, "conf", "q")
p(D, "franc", "neu", 1, "oth", "q", note="diplomatic euphemism")
p(D, "Pékin fait monter la pression", "neg", 2, "conf", "j")
p(D, "un dialogue à tous les niveaux", "pos", 1, "coop", "q")
p(D, "Le réchauffement amorcé fin octobre n'aura pas duré trois semaines", "neg", 2, "coop", "j")
p(D, "stables et constructives", "pos", 2, "coop", "q")
p(D, "Le lien est au plus bas", "neg", 3, "coop", "q")

# ---------------------------------------------------------------- a17 L'Opinion editorial, Trump-Xi in Busan
D = "a17_lopinion_20251031"
META[D] = ("L'Opinion, editorial", "2025-10-31", "2025-10-30 Trump-Xi meeting in Busan (pair: United States-China)")
TONE[D] = 1
p(D, "se réjouir de cette accalmie", "pos", 2, "conf", "j")
p(D, "Une rencontre extraordinaire, vraiment", "pos", 3, "oth", "q")
p(D, "gagnent à coopérer et perdent à s'affronter", "pos", 2, "coop", "q")
p(D, "des visites d'État croisées", "pos", 1, "oth", "j", note="announcing a meeting is not speech")
p(D, "rien n'est réglé sur le fond", "neg", 2, "coop", "j")
p(D, "un bras de fer d'égal à égal", "neg", 2, "conf", "j")
p(D, "l'équilibre de la dissuasion plus que de la réconciliation", "neg", 1, "coop", "j")
p(D, "Ce n'est pas encore la paix", "neg", 1, "coop", "j")
p(D, "le dialogue au sommet est rétabli, et c'est beaucoup", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a18 Le Soir, Erdogan in Athens
D = "a18_lesoir_20231208"
META[D] = ("Le Soir", "2023-12-08", "2023-12-07 Erdogan-Mitsotakis High-Level Cooperation Council in Athens (pair: Greece-Turkey)")
TONE[D] = 2
p(D, "scellent la réconciliation", "pos", 3, "coop", "j")
p(D, "une visite qui avait tourné à l'aigre", "neg", 2, "conf", "j", note="2017 visit recalled")
p(D, "une déclaration d'amitié", "pos", 1, "coop", "j", note="an agreement about the relation itself")
p(D, "reçu jeudi avec tous les égards", "pos", 2, "oth", "j")
p(D, "une mer de paix et de coopération", "pos", 2, "coop", "q")
p(D, "Nos différends n'ont pas disparu", "neg", 1, "conf", "q")
p(D, "comme des voisins, et non comme des adversaires", "pos", 2, "conf", "q")
p(D, "Une chaleur affichée qui aurait été impensable à l'été 2020", "pos", 2, "oth", "j")
p(D, "Le dégel s'est amorcé dans le malheur", "pos", 2, "coop", "j")
p(D, "C'est une détente de méthode, pas encore de fond", "neu", 1, "coop", "q")
p(D, "un signal encourageant pour toute la région", "pos", 1, "coop", "q", note="European Commission, third party, on the pair's meeting")

# ---------------------------------------------------------------- a19 France-Antilles, Argyle meeting
D = "a19_franceantilles_20231215"
META[D] = ("France-Antilles", "2023-12-15", "2023-12-14 Maduro-Ali meeting at Argyle, St Vincent (pair: Venezuela-Guyana)")
TONE[D] = 1
p(D, "s'engagent à ne pas recourir à la force", "pos", 2, "conf", "q", note="s'engager a: reported commitment")
p(D, "Une poignée de main qui a fait retomber la fièvre", "pos", 2, "conf", "j")
p(D, "poursuivre le dialogue", "pos", 1, "coop", "q", note="convenir de with quote marks")
p(D, "les deux présidents se retrouveront au Brésil dans un délai de trois mois", "pos", 1, "oth", "j")
p(D, "Ce fut une rencontre positive", "pos", 2, "coop", "q")
p(D, "Ils se sont parlé franchement, parfois durement, mais ils se sont parlé", "pos", 1, "oth", "q")
p(D, "des semaines d'escalade verbale", "neg", 2, "conf", "j")
p(D, "le désaccord reste entier", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a20 L'Expression, April 2025 expulsions
D = "a20_lexpression_20250416"
META[D] = ("L'Expression (Algeria)", "2025-04-16", "2025-04-13/15 tit-for-tat expulsions after the Barrot visit (pair: Algeria-France)")
TONE[D] = -2
p(D, "Le dégel n'aura duré que dix jours", "neg", 2, "coop", "j")
p(D, "replonge dans une zone de fortes turbulences", "neg", 2, "conf", "j")
p(D, "une nouvelle phase", "pos", 2, "coop", "q", note="Barrot, ten days earlier")
p(D, "une provocation délibérée", "neg", 2, "conf", "q")
p(D, "porte l'entière responsabilité", "neg", 2, "conf", "q")
p(D, "Les canaux de dialogue, à peine rouverts, se referment", "neg", 2, "coop", "j")
p(D, "ce nouveau bras de fer diplomatique", "neg", 2, "conf", "q", note="Pour le politologue")
p(D, "aucun apaisement ne sera durable", "neg", 2, "coop", "q")
