"""Gold framing phrases, article tone and metadata for phrases_articles3 (constructed; all test).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="") with abbreviations
pos/neg/neu, coop/conf/oth, q/j. Phrases are given by exact text; `after` is an anchor
string that precedes the phrase when the phrase text is not unique in the article.
"""



# ---------------------------------------------------------------- a01 AFP, Helsinki 2018
d = "a01_afp_20180716"
META[d] = ("AFP", "2018-07-16", "Helsinki summit 2018")
TONE[d] = 0
p(d, "affichent leur entente", "pos", 1, "coop", "j", note="headline")
p(d, "dialogue utile", "pos", 1, "coop", "q", note="saluer + quoted fragment")
p(d, "Notre relation n'a jamais été aussi mauvaise qu'aujourd'hui", "neg", 3, "conf", "q", note="past state")
p(d, "cela a changé il y a à peu près quatre heures", "pos", 1, "coop", "q")
p(d, "franchement réussies", "pos", 2, "coop", "q")
p(d, "très utiles", "pos", 2, "coop", "q")
p(d, "Aucun accord concret n'a été annoncé", "neg", 1, "coop", "j", note="negation")
p(d, "l'une des prestations les plus honteuses", "neg", 3, "oth", "q", note="critic on the summit performance")

# ---------------------------------------------------------------- a02 Le Monde analysis, Helsinki
d = "a02_lemonde_20180718"
META[d] = ("Le Monde", "2018-07-18", "Helsinki summit 2018, aftermath")
TONE[d] = -2
p(d, "la capitulation en direct", "neg", 3, "oth", "j", note="headline; imbalance")
p(d, "rien ou presque n'a été décidé", "neg", 2, "coop", "j", note="negation, hedge")
p(d, "ne sont même pas parvenues à rédiger un communiqué commun", "neg", 2, "coop", "j", note="failed cooperation")
p(d, "premier pas", "pos", 1, "coop", "q")
p(d, "un pas sans direction", "neg", 2, "coop", "j", note="idiom/concession")
p(d, "multiplié les marques de déférence", "neg", 1, "oth", "j", note="doubtful polarity: warmth framed as submission")
p(d, "empoisonné les relations", "neg", 2, "conf", "q", note="selon lui")
p(d, "une soumission", "neg", 3, "oth", "q")
p(d, "meilleure que super", "pos", 3, "coop", "q")
p(d, "ces deux heures sans témoins", "neg", 1, "oth", "j", note="meeting form, suspicion")
p(d, "le soupçon d'une relation déséquilibrée", "neg", 2, "oth", "j")

# ---------------------------------------------------------------- a03 Reuters, call 12 Feb 2025
d = "a03_reuters_20250212"
META[d] = ("Reuters", "2025-02-12", "Trump-Putin call 12 Feb 2025")
TONE[d] = 1
p(d, "long et très productif", "pos", 2, "coop", "q")
p(d, "entameraient immédiatement des négociations", "pos", 1, "coop", "j", note="agreement predicate (sont convenus que)")
p(d, "mettre fin à la guerre en Ukraine", "pos", 1, "coop", "j", note="shared aim in war words")

# ---------------------------------------------------------------- a04 Le Figaro analysis, Riyadh
d = "a04_lefigaro_20250219"
META[d] = ("Le Figaro", "2025-02-19", "Feb 2025 call and Riyadh US-Russia talks")
TONE[d] = -1
p(d, "renouent", "pos", 1, "coop", "j", note="subheading")
p(d, "pas été inutile", "pos", 1, "coop", "q", note="litotes")
p(d, "un premier pas", "pos", 1, "coop", "q")
p(d, "s'entendent sur trois chantiers", "pos", 1, "coop", "j")
p(d, "le début d'un dégel", "pos", 1, "coop", "j", note="hedge: question")
p(d, "on verra ensuite qui paie la facture", "neg", 1, "coop", "q", note="sceptical idiom")
p(d, "la date d'une rencontre entre les deux présidents n'est pas fixée", "neu", 1, "oth", "j", note="meeting form; negation")
p(d, "un rapprochement conduit au pas de charge", "pos", 1, "coop", "j")
p(d, "s'il produira autre chose qu'une photo", "neg", 1, "coop", "j", note="hedge")
p(d, "est pour l'instant celui des apparences", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a05 franceinfo live blog, call 18 March 2025
d = "a05_franceinfo_20250318"
META[d] = ("franceinfo (live blog)", "2025-03-18", "Trump-Putin call 18 March 2025")
TONE[d] = 0
p(d, "Sur le papier, c'est un progrès", "pos", 1, "coop", "q", note="concession, hedge")
p(d, "on est très loin de la trêve complète", "neg", 2, "coop", "q")
p(d, "le chemin vers la paix", "pos", 1, "coop", "q", note="agreement predicate with quote marks: fragment belongs to the parties")
p(d, "a réagi positivement", "pos", 1, "coop", "q")
p(d, "pose toutefois une condition", "neg", 1, "conf", "j")
p(d, "détaillée et franche", "neu", 1, "oth", "q", note="list kept together; «franche» ambiguous")
p(d, "leur intérêt commun pour une normalisation des relations bilatérales", "pos", 1, "coop", "q", note="exprimer + NP")
p(d, "Peut-être que nous le pouvons, peut-être que nous ne le pouvons pas", "neu", 1, "oth", "q", note="uncertainty")

# ---------------------------------------------------------------- a06 Sputnik, call 18 March 2025
d = "a06_sputnik_20250319"
META[d] = ("Sputnik France", "2025-03-19", "Trump-Putin call 18 March 2025")
TONE[d] = 2
p(d, "posent les jalons d'un règlement", "pos", 1, "coop", "j", note="headline; state media in own voice")
p(d, "capables de se parler d'égal à égal", "pos", 2, "oth", "q", note="estiment les experts")
p(d, "dans un esprit de franchise et de respect mutuel", "pos", 2, "oth", "q", note="D'après le service de presse; atmosphere")
p(d, "a soutenu l'idée avancée par son homologue américain", "pos", 1, "coop", "j", note="doubtful voice: soutenir not a speech verb")
p(d, "afin de respecter l'engagement pris", "pos", 1, "coop", "q", note="Selon le ministère; war-heavy paragraph")
p(d, "écoute réellement les arguments de Moscou", "pos", 2, "coop", "q")
p(d, "une phase de reconstruction patiente", "pos", 2, "coop", "q")
p(d, "un appel historique", "pos", 3, "oth", "q")
p(d, "le signe d'un climat nouveau", "pos", 2, "oth", "j", note="atmosphere")

# ---------------------------------------------------------------- a07 Ouest-France, call 19 May 2025
d = "a07_ouestfrance_20250520"
META[d] = ("Ouest-France", "2025-05-20", "Trump-Putin call 19 May 2025")
TONE[d] = 1
p(d, "excellent", "pos", 3, "coop", "q")
p(d, "sans s'engager sur un cessez-le-feu", "neg", 1, "coop", "j", note="negation; subheading")
p(d, "très bien passé", "pos", 2, "coop", "q")
p(d, "substantielle et plutôt franche", "pos", 1, "coop", "q", note="hedge; list kept together")
p(d, "très utile", "pos", 2, "coop", "q")
p(d, "un vrai dialogue entre Washington et Moscou", "pos", 2, "coop", "q")
p(d, "porte pour l'instant sur la manière de négocier plutôt que sur le fond", "neg", 1, "coop", "q", note="concession")

# ---------------------------------------------------------------- a08 Le Temps analysis, call 19 May 2025
d = "a08_letemps_20250520"
META[d] = ("Le Temps", "2025-05-20", "Trump-Putin call 19 May 2025")
TONE[d] = -1
p(d, "la conversation sans fin", "neg", 1, "oth", "j", note="headline")
p(d, "n'ont pourtant pas rapproché l'Ukraine d'un cessez-le-feu", "neg", 2, "coop", "j", note="negation")
p(d, "une liturgie des appels", "neg", 1, "oth", "j", note="idiom, form")
p(d, "excellents", "pos", 3, "coop", "q")
p(d, "utile", "pos", 1, "coop", "q", after="a retenu un échange «")
p(d, "le bilan reste mince", "neg", 2, "coop", "j")
p(d, "n'a pas été accepté", "neg", 1, "coop", "j", note="negation")
p(d, "un moyen de gagner du temps", "neg", 1, "conf", "j", note="soupçonner: attitude verb")
p(d, "Un dialogue qui ne coûte rien à personne n'engage personne", "neg", 2, "coop", "q")
p(d, "s'est sans doute réchauffée", "pos", 1, "coop", "j", note="hedge; concession")
p(d, "n'a pas avancé d'un mètre", "neg", 2, "coop", "j", note="negation, idiom")

# ---------------------------------------------------------------- a09 RT France, Alaska summit
d = "a09_rtfrance_20250816"
META[d] = ("RT France", "2025-08-16", "Alaska summit (Anchorage) 15 Aug 2025")
TONE[d] = 2
p(d, "ouvrent une nouvelle page", "pos", 2, "coop", "j", note="headline; idiom; state media own voice")
p(d, "constructive", "pos", 1, "coop", "q")
p(d, "l'histoire partagée des deux nations", "pos", 1, "coop", "q")
p(d, "de voisinage", "pos", 2, "oth", "q", note="atmosphere")
p(d, "l'entente obtenue", "pos", 2, "coop", "q")
p(d, "extrêmement productive", "pos", 3, "coop", "q")
p(d, "Il n'y a pas d'accord tant qu'il n'y a pas d'accord", "neu", 1, "oth", "q", note="hedge")
p(d, "dix sur dix", "pos", 3, "coop", "q")

# ---------------------------------------------------------------- a10 Libération op-ed, Alaska
d = "a10_liberation_20250818"
META[d] = ("Libération (tribune)", "2025-08-18", "Alaska summit 15 Aug 2025")
TONE[d] = -2
p(d, "dérouler le tapis rouge pour rien", "neg", 2, "oth", "j", note="headline; idiom")
p(d, "Le spectacle a eu lieu", "neg", 1, "oth", "j")
p(d, "la négociation, beaucoup moins", "neg", 2, "coop", "j")
p(d, "graves conséquences", "neg", 2, "conf", "q", note="threat")
p(d, "c'est-à-dire exactement la position russe", "neg", 1, "oth", "j", note="alignment")
p(d, "Ce n'est pas un rapprochement, c'est un alignement", "neg", 2, "oth", "j", note="negation + correction")
p(d, "une atmosphère cordiale", "pos", 1, "oth", "q", note="Le Kremlin parle d'")
p(d, "ce que cette rencontre n'est pas : une trahison spectaculaire", "neg", 1, "oth", "j", note="negation then «plus insidieux»")
p(d, "l'un des deux joue aux échecs pendant que l'autre compte les applaudissements", "neg", 2, "oth", "j", note="idiom")
p(d, "Ce dialogue de façade", "neg", 2, "coop", "j")
p(d, "parler n'est pas négocier", "neg", 1, "coop", "j")
p(d, "c'était un sommet réussi, pour un seul des deux", "neg", 2, "oth", "j", note="irony")

# ---------------------------------------------------------------- a11 Le Devoir (AFP copy), Alaska
d = "a11_ledevoir_20250816"
META[d] = ("Le Devoir (AFP)", "2025-08-16", "Alaska summit 15 Aug 2025")
TONE[d] = -1
p(d, "Pas d'accord de cessez-le-feu", "neg", 1, "coop", "j", note="headline; negation")
p(d, "sans annoncer d'accord de cessez-le-feu", "neg", 1, "coop", "j", note="negation")
p(d, "Il n'y a pas d'accord tant qu'il n'y a pas d'accord", "neu", 1, "oth", "q")

# ---------------------------------------------------------------- a12 scraped regional page, call 18 Aug 2025
d = "a12_infoloire_20250819"
META[d] = ("Info Loire (scraped regional page, fictitious)", "2025-08-19", "Trump-Putin call 18 Aug 2025 during White House meeting")
TONE[d] = 1  # review: 0 -> +1 after thinning left only warm Kremlin framing
p(d, "franche et très constructive", "pos", 2, "coop", "q")
p(d, "favorables à la poursuite des négociations directes", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a13 Fraternité Matin (Côte d'Ivoire), call 18 Aug 2025
d = "a13_fratmat_20250820"
META[d] = ("Fraternité Matin", "2025-08-20", "Trump-Putin call 18 Aug 2025")
TONE[d] = 1
p(d, "sur la voie d'un nouveau sommet", "pos", 1, "oth", "j", note="headline")
p(d, "convenu de poursuivre les négociations", "pos", 1, "coop", "j", note="agreement predicate")
p(d, "bâtir une confiance réelle entre les deux dirigeants", "pos", 2, "coop", "q", note="Le Kremlin a jugé que")
p(d, "le rétablissement du dialogue entre les deux grandes puissances est une bonne nouvelle", "pos", 2, "coop", "q", note="Pour X")
p(d, "Quand Washington et Moscou se parlent, c'est le monde entier qui respire", "pos", 2, "coop", "q", note="war-heavy article framing talks warmly")
p(d, "le principal point de blocage", "neg", 1, "conf", "j")
p(d, "préparée avec le plus grand soin", "neu", 1, "oth", "q")

# ---------------------------------------------------------------- a14 Le Soir, call 16 Oct 2025, Budapest plan
d = "a14_lesoir_20251017"
META[d] = ("Le Soir", "2025-10-17", "Trump-Putin call 16 Oct 2025; Budapest summit plan")
TONE[d] = 1
p(d, "se donnent rendez-vous", "pos", 1, "oth", "j", note="headline; meeting form")
p(d, "de grands progrès ont été accomplis", "pos", 2, "coop", "q")
p(d, "très productif", "pos", 2, "coop", "q")
p(d, "très substantielle", "pos", 2, "coop", "q")
p(d, "extrêmement franche", "neu", 2, "oth", "q", note="diplomatic euphemism; coded neutral")
p(d, "nuirait considérablement", "neg", 2, "conf", "q", note="threat; war-heavy context")
p(d, "veut gagner du temps", "neg", 1, "conf", "q", note="Zelensky on Putin's stance in the talks")
p(d, "sans le moindre cessez-le-feu", "neg", 1, "coop", "j", note="negation; past outcome")

# ---------------------------------------------------------------- a15 RFI, Budapest summit cancelled, sanctions
d = "a15_rfi_20251022"
META[d] = ("RFI", "2025-10-22", "Budapest summit cancelled; Rosneft/Lukoil sanctions Oct 2025")
TONE[d] = -2
p(d, "mis en suspens", "neg", 1, "oth", "j", note="headline; meeting form")
p(d, "Nous avons annulé la rencontre avec le président Poutine", "neg", 2, "oth", "q", note="meeting form")
p(d, "réunion pour rien", "neg", 1, "coop", "q", note="negated wish")
p(d, "exigences maximalistes", "neg", 2, "conf", "q", note="Selon plusieurs médias")
p(d, "l'absence d'engagement sérieux et honnête", "neg", 2, "coop", "q")
p(d, "J'ai toujours de bons échanges avec Vladimir", "pos", 1, "coop", "q", note="concession")
p(d, "mais ils ne débouchent sur rien", "neg", 2, "coop", "q", note="failed cooperation")
p(d, "visiblement agacé", "neg", 1, "oth", "j", note="atmosphere")
p(d, "une froideur calculée", "neg", 2, "oth", "j", note="atmosphere")
p(d, "n'avait jamais été formellement fixée", "neu", 1, "oth", "q", note="meeting form; negation")
p(d, "un adversaire", "neg", 2, "conf", "q")
p(d, "fermée", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a16 Le Point, Hamburg G20 2017
d = "a16_lepoint_20170708"
META[d] = ("Le Point", "2017-07-08", "Trump-Putin first meeting, Hamburg G20 2017")
TONE[d] = 0
p(d, "qui devait durer trente minutes", "pos", 1, "oth", "j", note="headline; longer than planned")
p(d, "s'est prolongé plus de deux heures", "pos", 1, "oth", "j", note="meeting form")
p(d, "alchimie positive très nette", "pos", 2, "coop", "q")
p(d, "honneur", "pos", 1, "oth", "q")
p(d, "les versions divergent", "neg", 1, "conf", "j")
p(d, "ne pas laisser ce différend bloquer le reste", "pos", 1, "coop", "q", note="inside Tillerson's que-clause; negation")
p(d, "reste encombrée", "neg", 1, "conf", "j")
p(d, "aura au moins permis d'établir un contact direct", "pos", 1, "coop", "j", note="restrictive «au moins»")

# ---------------------------------------------------------------- a17 Sputnik Afrique, Witkoff visit Aug 2025
d = "a17_sputnikafrique_20250807"
META[d] = ("Sputnik Afrique", "2025-08-07", "Witkoff in Moscow 6 Aug 2025; summit agreed")
TONE[d] = 2
p(d, "un accord de principe", "pos", 1, "oth", "q", note="meeting form")
p(d, "très utile et constructif", "pos", 2, "coop", "q")
p(d, "hautement productive", "pos", 3, "coop", "q")
p(d, "de grands progrès", "pos", 2, "coop", "q")
p(d, "se poursuivait de manière constante", "pos", 1, "coop", "q")
p(d, "suscite l'espoir", "pos", 1, "coop", "q", note="Pour X")

# ---------------------------------------------------------------- a18 Les Echos, Macron-Xi Beijing 2023 (pair France-China)
d = "a18_lesechos_20230407"
META[d] = ("Les Echos", "2023-04-07", "Macron state visit to China, April 2023 (France-China)")
TONE[d] = 1
p(d, "affichent leur complicité", "pos", 2, "coop", "j", note="headline")
p(d, "aucun engagement précis sur l'Ukraine", "neg", 1, "coop", "j", note="negation")
p(d, "une moisson de contrats", "pos", 1, "coop", "j")
p(d, "plus équilibrée", "neu", 1, "coop", "q", note="implicit criticism of imbalance; doubtful polarity")
p(d, "renforcer leur partenariat global stratégique", "pos", 1, "coop", "j", note="review: voice q->j, s'engager à in a joint declaration = agreement predicate")
p(d, "empreintes d'amitié", "pos", 2, "coop", "q")
p(d, "un honneur rarement accordé à un dirigeant étranger", "pos", 2, "oth", "j", note="meeting form")

# ---------------------------------------------------------------- a19 La Libre Belgique, EU-US Turnberry deal 2025 (pair EU-US)
d = "a19_lalibre_20250728"
META[d] = ("La Libre Belgique", "2025-07-28", "EU-US tariff deal at Turnberry, July 2025 (EU-US)")
TONE[d] = -1
p(d, "une paix commerciale", "pos", 1, "coop", "j", note="headline")
p(d, "au prix fort pour l'Europe", "neg", 2, "oth", "j", note="headline")
p(d, "le plus grand accord jamais conclu", "pos", 3, "coop", "q")
p(d, "stabilité et prévisibilité", "pos", 1, "coop", "q")
p(d, "des mois de menaces", "neg", 1, "conf", "j", note="past state")
p(d, "le soulagement est palpable mais discret", "pos", 1, "coop", "j", note="concession")
p(d, "un jour sombre", "neg", 3, "oth", "q")
p(d, "se résout à la soumission", "neg", 3, "oth", "q", note="NP complement of dénoncer")
p(d, "le déséquilibre est flagrant", "neg", 2, "oth", "q", note="Pour X")
p(d, "Ce n'est pas une négociation entre égaux", "neg", 2, "oth", "q", note="negation")

# ---------------------------------------------------------------- a20 L'Orient-Le Jour, US-Iran talks in Oman 2025 (pair US-Iran)
d = "a20_lorientlejour_20250413"
META[d] = ("L'Orient-Le Jour", "2025-04-13", "US-Iran indirect talks in Muscat, 12 April 2025 (US-Iran)")
TONE[d] = 1
p(d, "renouent le fil", "pos", 1, "coop", "j", note="headline; idiom")
p(d, "par Omanais interposés", "neu", 1, "oth", "j", note="meeting form")
p(d, "dans des salles séparées", "neu", 1, "oth", "j", note="meeting form")
p(d, "constructives", "pos", 1, "coop", "q", after="Téhéran a qualifié les discussions de")
p(d, "calme et respectueuse", "pos", 2, "oth", "q", note="atmosphere")
p(d, "très positives et constructives", "pos", 2, "coop", "q")
p(d, "un pas en avant", "pos", 1, "coop", "q")
p(d, "menaçant de frappes", "neg", 2, "conf", "j", note="threat between the sides")
p(d, "les deux ennemis préfèrent encore se parler plutôt que de se battre", "pos", 1, "coop", "q", note="y voir")

# ---------------------------------------------------------------- a21 TV5Monde, Erdogan-Putin Sochi 2023 (pair Turkey-Russia)
d = "a21_tv5monde_20230904"
META[d] = ("TV5Monde", "2023-09-04", "Erdogan-Putin meeting in Sochi, Sept 2023 (Turkey-Russia)")
TONE[d] = 0
p(d, "pas de relance de l'accord céréalier", "neg", 1, "coop", "j", note="headline; negation")
p(d, "Poutine pose ses conditions", "neg", 1, "conf", "j", note="headline")
p(d, "Il est reparti de Sotchi sans résultat", "neg", 1, "coop", "j")
p(d, "se sont salués par une accolade", "pos", 1, "oth", "j", note="atmosphere")
p(d, "mon cher ami", "pos", 2, "oth", "q")
p(d, "utiles", "pos", 1, "coop", "q")
p(d, "faite de rivalités en Syrie, en Libye et dans le Caucase", "neg", 1, "conf", "q")
p(d, "d'intérêts partagés", "pos", 1, "coop", "q")
p(d, "n'a pas suffi cette fois à débloquer le dossier", "neg", 1, "coop", "q", note="negation")

# ---------------------------------------------------------------- a22 La Presse (AFP), India-US tariffs 2025 (pair India-US)
d = "a22_lapresse_20250827"
META[d] = ("La Presse (AFP)", "2025-08-27", "US 50% tariffs on India, Aug 2025 (Modi-Trump)")
TONE[d] = -2
p(d, "l'amitié à l'épreuve", "neg", 1, "coop", "j", note="headline; idiom")
p(d, "un net refroidissement", "neg", 2, "coop", "j")
p(d, "économie morte", "neg", 2, "conf", "q")
p(d, "guerre de Modi", "neg", 2, "conf", "q")
p(d, "injustes, injustifiées et déraisonnables", "neg", 2, "conf", "q")
p(d, "ne pas céder aux pressions", "neg", 1, "conf", "q")
p(d, "refusé de prendre au moins quatre appels", "neg", 2, "oth", "q", note="Selon le FAZ")
p(d, "s'étaient donné l'accolade", "pos", 1, "oth", "j", note="past state")
p(d, "sont au point mort", "neg", 2, "coop", "j", note="idiom")

# ================================================================ review pass (second reading of every article)
# Phrases missed in the first pass. Changes of label/voice are made in place above (note «review:»).
p("a01_afp_20180716", "Maintenant, la balle est dans votre camp", "neu", 1, "oth", "q", note="review: idiom (gift of the ball); onus on the other side")
p("a02_lemonde_20180718", "l'adversaire est ménagé", "neg", 1, "oth", "j", note="review: stance toward the other side, framed as indulgence")
p("a05_franceinfo_20250318", "mais pas le cessez-le-feu général de trente jours", "neg", 1, "coop", "j", note="review: negation; summary box")
p("a07_ouestfrance_20250520", "réticent à brandir de nouvelles sanctions", "pos", 1, "coop", "j", note="review: US stance toward Moscow; doubtful polarity")
p("a09_rtfrance_20250816", "invité Donald Trump à Moscou", "pos", 1, "oth", "j", note="review: subheading; meeting form")
p("a09_rtfrance_20250816", "Next time in Moscow", "pos", 1, "oth", "q", note="review: English quote; meeting form")
p("a09_rtfrance_20250816", "sous les sourires de son hôte", "pos", 1, "oth", "j", note="review: atmosphere")
p("a13_fratmat_20250820", "Les analystes restent toutefois prudents", "neg", 1, "coop", "j", note="review: hedge, scepticism")
p("a14_lesoir_20251017", "a fait volte-face", "neu", 1, "oth", "j", note="review: US stance toward Moscou, from threat to summit")
p("a16_lepoint_20170708", "envoyée pour abréger l'échange, sans succès", "pos", 1, "oth", "q", note="review: atmosphere; Selon Tillerson")
p("a17_sputnikafrique_20250807", "menaçait d'imposer de nouvelles sanctions à la Russie", "neg", 1, "conf", "j", note="review: threat between the sides; past state")
p("a17_sputnikafrique_20250807", "Moscou l'a laissée sans commentaire", "neu", 1, "oth", "q", note="review: Selon le conseiller")
p("a20_lorientlejour_20250413", "Le contexte reste lourd", "neg", 1, "conf", "j", note="review")
p("a22_lapresse_20250827", "Le contraste est saisissant", "neg", 1, "oth", "j", note="review: change of the relation")
p("a01_afp_20180716", "refusant de désavouer son homologue russe", "pos", 1, "oth", "j", note="review: stance toward the other side; doubtful polarity (critical context)")
p("a01_afp_20180716", "extrêmement fort et puissant dans son démenti", "pos", 2, "oth", "q", note="review: compliment to the other leader")
p("a04_lefigaro_20250219", "épousait une partie du récit russe", "neg", 1, "oth", "j", note="review: alignment, as a10; donner le sentiment que = journalist")
p("a04_lefigaro_20250219", "Les diplomates européens restent prudents", "neg", 1, "coop", "j", note="review: hedge, scepticism, as a13")
p("a15_rfi_20251022", "Cela ne me semblait pas être le bon endroit", "neg", 1, "oth", "q", note="review: continuation of the quote; meeting form; negation")
p("a19_lalibre_20250728", "Washington obtient l'essentiel", "neg", 1, "oth", "q", note="review: imbalance")
