"""Gold framing phrases and article tone for phrases_articles43 (HELD-OUT set, all test; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article. Non-breaking spaces are written \u00a0, narrow ones \u202f.
Coded by an independent annotator who never saw the package code, following
/work/shared/annotation/PHRASES.md (and GUIDELINES.md for reported speech).
a01-a11: Trump-Putin; a12-a16: other pairs of sides. Everything inside quotation marks is invented.
"""

# ------------------------------------------------------------ a01 Le Figaro, APEC Da Nang, brief encounters and joint statement on Syria, 11 Nov 2017 (the day after)
D = "a01_lefigaro_20171112"
META[D] = ("Le Figaro", "2017-11-12", "APEC Da Nang, brief encounters and joint statement on Syria, 11 Nov 2017 (the day after)")
TONE[D] = 0
p(D, "se contentent d'apartés", "neg", 1, "oth", "j", note="headline; meeting form")
p(D, "regrettable, mais pas dramatique", "neg", 1, "oth", "q", note="no formal meeting; hedge inside")
p(D, "l'efficacité", "pos", 2, "coop", "q", note="joint statement, quoted fragment")
p(D, "C'est un bon texte", "pos", 1, "coop", "q")
p(D, "nous savons travailler ensemble quand nos intérêts se rejoignent", "pos", 2, "coop", "q")
p(D, "d'une grande courtoisie", "pos", 2, "oth", "q")
p(D, "très chaleureux", "pos", 2, "oth", "q")
p(D, "se parler que se tourner le dos", "pos", 1, "coop", "q")
p(D, "pas de dégel", "neg", 2, "coop", "j", note="subheading")
p(D, "ne doit pas faire illusion", "neg", 1, "coop", "q", note="attributed by incise (tempère un diplomate)")
p(D, "ils restent à des années-lumière l'un de l'autre", "neg", 2, "conf", "q", note="third party evaluating the pair")
p(D, "n'ont cessé de se dégrader", "neg", 2, "coop", "j")
p(D, "le dialogue reste possible, même par temps froid", "pos", 1, "coop", "q", note="hedge inside")
p(D, "Il n'y a rien de prévu pour l'instant", "neg", 1, "oth", "q", note="no date")

# ------------------------------------------------------------ a02 20 Minutes, Putin's thank-you call to Trump for CIA tip on St Petersburg plot, 17 Dec 2017 (the day after)
D = "a02_20minutes_20171218"
META[D] = ("20 Minutes", "2017-12-18", "Putin's thank-you call to Trump for CIA tip on St Petersburg plot, 17 Dec 2017 (the day after)")
TONE[D] = 2
p(D, "reconnaissant", "pos", 2, "coop", "q", note="headline, quoted fragment")
p(D, "Un geste rare", "pos", 1, "oth", "j", note="chapô")
p(D, "dont les relations restent tendues", "neg", 1, "coop", "j", note="chapô")
p(D, "Un coup de fil pour dire merci", "pos", 1, "oth", "j", note="framing of the call as a courtesy")
p(D, "profonde gratitude", "pos", 2, "coop", "q")
p(D, "ils les transmettraient immédiatement aux services américains", "pos", 2, "coop", "q", note="reciprocal pledge, indirect (a assuré que)")
p(D, "un bel exemple", "pos", 2, "coop", "q")
p(D, "devenir la règle plutôt que l’exception", "pos", 1, "coop", "q", note="se dire convaincu que")
p(D, "cordial", "pos", 1, "oth", "q", note="earlier call of 14 Dec")
p(D, "Discrète et efficace", "pos", 2, "coop", "q", note="quoted subheading, attributed in the body")
p(D, "convenus de renforcer les échanges entre leurs services", "pos", 2, "coop", "q", note="agreement predicate inside fait savoir que: quoted")
p(D, "tout l’intérêt d’un dialogue régulier", "pos", 2, "coop", "q", note="pour X")
p(D, "se font rares", "neg", 1, "coop", "j")
p(D, "la coopération telle qu’elle devrait toujours être, discrète et efficace", "pos", 2, "coop", "q", note="third party evaluating the pair")

# ------------------------------------------------------------ a03 Le Point, Putin's invitation to Washington announced (19 Jul 2018) then postponed to 2019 (25 Jul 2018)
D = "a03_lepoint_20180726"
META[D] = ("Le Point", "2018-07-26", "Putin's invitation to Washington announced (19 Jul 2018) then postponed to 2019 (25 Jul 2018)")
TONE[D] = -1
p(D, "renvoyé aux calendes grecques", "neg", 2, "oth", "j", note="headline; idiom; postponement")
p(D, "Aucune date n'a été avancée", "neg", 1, "oth", "j", note="no date")
p(D, "lancée avec éclat", "pos", 1, "oth", "j", note="invitation framed (ironic in context)")
p(D, "une nouvelle page", "pos", 2, "coop", "q", note="se dire persuadé que")
p(D, "on affecte l'indifférence", "neg", 1, "oth", "j")
p(D, "Il n'y a rien à reporter", "neg", 1, "oth", "q")
p(D, "ouvert à une rencontre dans n'importe quel format", "pos", 1, "coop", "q")
p(D, "accorder davantage de crédit aux dénégations de Vladimir Poutine", "pos", 1, "oth", "j", note="trust in the other's word; critical warmth")
p(D, "bien s'entendre", "pos", 1, "coop", "q", note="on assure que")
p(D, "la méfiance a repris le dessus", "neg", 2, "conf", "j")
p(D, "censé ouvrir une ère nouvelle", "neg", 1, "coop", "j", note="irony: an unkept promise")
p(D, "Le dialogue n'est pas rompu", "pos", 1, "coop", "q", note="negation inside")
p(D, "il est simplement mis en sourdine", "neg", 1, "coop", "q")

# ------------------------------------------------------------ a04 La Croix, Armistice centenary in Paris, 11 Nov 2018: greeting and brief talk at lunch, no formal meeting (editorial, the day after)
D = "a04_lacroix_20181112"
META[D] = ("La Croix", "2018-11-12", "Armistice centenary in Paris, 11 Nov 2018: greeting and brief talk at lunch, no formal meeting (editorial, the day after)")
TONE[D] = -1
p(D, "Un pouce levé ne fait pas une paix", "neg", 1, "coop", "j", note="editorial headline")
p(D, "un pouce levé, un sourire, une tape sur l’épaule", "pos", 1, "oth", "j", note="gestures")
p(D, "Le contact a été chaleureux, comme toujours", "pos", 2, "oth", "q")
p(D, "convenus de ne pas tenir de véritable entretien à Paris", "neg", 1, "oth", "q", note="inside précisant que: quoted; no meeting")
p(D, "n’a jamais paru aussi fragile", "neg", 2, "coop", "j")
p(D, "doivent, certes, se revoir à Buenos Aires", "pos", 1, "oth", "j", note="planned meeting, hedge")
p(D, "ne s’exprime plus qu’en gestes d’estrade et en confidences de déjeuner", "neg", 2, "oth", "j")
p(D, "avec qui l’on peut parler", "pos", 1, "coop", "q")
p(D, "s’entend bien", "pos", 2, "coop", "q")
p(D, "quelque chose de troublant dans cette cordialité affichée", "neg", 1, "oth", "j", note="critical warmth, coded negative as a whole")
p(D, "les mécanismes de dialogue stratégique sont à l’arrêt", "neg", 2, "coop", "j")
p(D, "la paix ne se décrète pas entre deux plats", "neg", 1, "coop", "j", note="idiom")
p(D, "Que Washington et Moscou se parlent est une bonne chose", "pos", 1, "coop", "j")
p(D, "qu’ils ne se disent rien d’essentiel", "neg", 2, "coop", "j")

# ------------------------------------------------------------ a05 Le Journal du Dimanche, Trump-Putin meeting at the G20 Osaka, 28 Jun 2019
D = "a05_lejdd_20190630"
META[D] = ("Le Journal du Dimanche", "2019-06-30", "Trump-Putin meeting at the G20 Osaka, 28 Jun 2019")
TONE[D] = 1
p(D, "l'envie de se revoir", "pos", 1, "coop", "j", note="headline")
p(D, "promis de relancer le dialogue sur le désarmement", "pos", 2, "coop", "q", note="promettre de + inf: indirect")
p(D, "une rencontre excellente", "pos", 3, "coop", "q")
p(D, "a largement débordé", "pos", 1, "oth", "j", note="longer than planned")
p(D, "a fait mine de sermonner son homologue", "neu", 1, "oth", "j", note="mock reprimand; spectacle")
p(D, "éclater de rire avec lui", "pos", 1, "oth", "j")
p(D, "reprendre sans tarder les consultations sur la stabilité stratégique", "pos", 2, "coop", "q", note="selon X")
p(D, "ont clairement envie de travailler ensemble", "pos", 2, "coop", "q")
p(D, "désaccords persistants", "neg", 2, "conf", "q")
p(D, "bien meilleur qu'à Helsinki", "pos", 2, "oth", "q")
p(D, "pourrait se rendre à Moscou en mai 2020", "pos", 1, "oth", "q", note="laisser entendre; possible visit")
p(D, "Un dégel, vraiment", "neg", 1, "coop", "j", note="journalist's doubt")
p(D, "Les sourires d'Osaka ne règlent rien", "neg", 1, "coop", "q", note="third party; acknowledged warmth inside a negative verdict")
p(D, "le contact personnel fonctionne, reste à lui donner un contenu", "pos", 1, "coop", "q", note="hedge inside")

# ------------------------------------------------------------ a06 Sputnik France, Trump-Putin call of 31 Jul 2019: US offer of help against Siberian wildfires
D = "a06_sputnik_20190801"
META[D] = ("Sputnik France", "2019-08-01", "Trump-Putin call of 31 Jul 2019: US offer of help against Siberian wildfires")
TONE[D] = 2
p(D, "un geste d'amitié", "pos", 2, "coop", "q", note="headline, saluer + quoted NP")
p(D, "a vivement apprécié cette attention de son homologue", "pos", 2, "oth", "q")
p(D, "une volonté de dépasser les différends", "pos", 2, "coop", "q")
p(D, "accepterait cette aide si nécessaire", "pos", 1, "coop", "q", note="selon le texte; hedge inside")
p(D, "intérêt commun pour le développement des échanges", "pos", 1, "coop", "q", note="d'après X")
p(D, "ne correspondait pas au potentiel des deux pays", "neg", 1, "coop", "q")
p(D, "maintenir des contacts à différents niveaux", "pos", 1, "coop", "j", note="agentless agreement predicate without marks: journalist")
p(D, "Une attitude responsable", "pos", 1, "coop", "q", note="quoted subheading, attributed in the body")
p(D, "une attitude responsable", "pos", 1, "coop", "q", note="third party")
p(D, "assez rare de la part de Washington ces dernières années", "neg", 1, "coop", "q")
p(D, "les désaccords politiques passent au second plan", "pos", 1, "coop", "q")
p(D, "la disposition de Moscou à normaliser les relations avec Washington", "pos", 1, "coop", "q", note="affirmer + NP carrying the position")
p(D, "de fortes tensions", "neg", 2, "conf", "j")

# ------------------------------------------------------------ a07 franceinfo, Trump-Putin call of 16 Oct 2025 and announced Budapest summit (live blog, the day after)
D = "a07_franceinfo_20251017"
META[D] = ("franceinfo", "2025-10-17", "Trump-Putin call of 16 Oct 2025 and announced Budapest summit (live blog, the day after)")
TONE[D] = 1
p(D, "Un spectaculaire retournement", "pos", 1, "oth", "j", note="summary box")
p(D, "des semaines de tension entre Washington et Moscou", "neg", 1, "conf", "j")
p(D, "un rendez-vous dont l’Europe a besoin", "pos", 1, "coop", "q", note="third party (Orbán) evaluating the pair's summit")
p(D, "aucun calendrier précis", "neg", 1, "oth", "q", note="no date")
p(D, "dès maintenant", "pos", 1, "oth", "q")
p(D, "une conversation d’une grande richesse", "pos", 2, "coop", "q")
p(D, "On avance, et vite", "pos", 2, "coop", "q")
p(D, "l’a chaleureusement félicité", "pos", 1, "oth", "q", note="inside affirme que; nested")
p(D, "franc", "neu", 1, "oth", "q", after="a décrit un échange", note="diplomatic code")
p(D, "dans un esprit de confiance", "pos", 2, "oth", "q")
p(D, "porterait un coup sérieux à la relation naissante entre les deux pays", "neg", 1, "conf", "q", note="warning, selon lui")
p(D, "se disait déçu par Vladimir Poutine", "neg", 1, "coop", "q", note="inside the franceinfo journalist's quoted analysis")
p(D, "la lune de miel retrouvée", "pos", 2, "coop", "q", note="own reporter quoted")
p(D, "doivent se parler très prochainement pour préparer la rencontre", "pos", 1, "oth", "q", note="incise a annoncé la Maison-Blanche; planned contact")

# ------------------------------------------------------------ a08 L'Express, Budapest summit shelved (21 Oct 2025) and US sanctions on Rosneft and Lukoil (22 Oct 2025): press review
D = "a08_lexpress_20251023"
META[D] = ("L'Express", "2025-10-23", "Budapest summit shelved (21 Oct 2025) and US sanctions on Rosneft and Lukoil (22 Oct 2025): press review")
TONE[D] = -2
p(D, "Sommet de Budapest enterré", "neg", 2, "oth", "j", note="headline; cancellation")
p(D, "la fin de la « lune de miel » Trump-Poutine", "neg", 2, "coop", "q", note="headline: 'la presse acte' + NP, press as speaker; inner scare quotes")
p(D, "mis de côté", "neg", 1, "oth", "q", note="selon la formule d'un responsable")
p(D, "sans résultat", "neg", 1, "coop", "j", note="Rubio-Lavrov call")
p(D, "fini par perdre patience", "neg", 2, "coop", "q")
p(D, "un mirage de plus", "neg", 2, "coop", "q", note="pour le quotidien")
p(D, "gagné du temps sans rien céder", "neg", 2, "conf", "q", note="inside the pour X proposition")
p(D, "On ne négocie pas avec quelqu'un qui n'a aucune intention de négocier", "neg", 2, "coop", "q")
p(D, "à la fois amer et faussement détaché", "neg", 1, "oth", "j", note="summary of Russian press, no speech verb")
p(D, "rien à annuler", "neg", 1, "oth", "q")
p(D, "le dialogue avec Washington continue, simplement sans projecteurs", "pos", 1, "coop", "q")
p(D, "une douche froide", "neg", 2, "coop", "q")
p(D, "ne pèse plus grand-chose", "neg", 2, "coop", "q")
p(D, "a déjà changé d'avis sur Poutine une demi-douzaine de fois cette année", "neu", 1, "oth", "q", note="uncertainty")

# ------------------------------------------------------------ a09 La Presse (Montréal), Putin's congratulations to Trump at Valdai (7 Nov 2024) and the denied Trump-Putin call (11 Nov 2024): interview
D = "a09_lapresse_20241113"
META[D] = ("La Presse (Montréal)", "2024-11-13", "Putin's congratulations to Trump at Valdai (7 Nov 2024) and the denied Trump-Putin call (11 Nov 2024): interview")
TONE[D] = 0
p(D, "Poutine joue la montre", "neg", 1, "oth", "q", after="Relations russo-américaines", note="quoted headline, attributed in the body")
p(D, "Trump joue la séduction", "pos", 1, "oth", "q", after="Relations russo-américaines", note="quoted headline")
p(D, "a fini par féliciter Donald Trump", "neg", 1, "oth", "j", note="delayed congratulations; féliciter without pour-content is not speech")
p(D, "ce drôle de ballet", "neu", 1, "oth", "j")
p(D, "inamical", "neg", 2, "conf", "q", note="official term, inside the interviewee's answer")
p(D, "très aimable", "pos", 2, "oth", "q")
p(D, "C’est une porte ouverte, même si elle est calculée", "pos", 1, "coop", "q", note="hedge inside")
p(D, "On est dans le théâtre, pas encore dans la diplomatie", "neg", 1, "oth", "q")
p(D, "sa bonne entente personnelle avec Poutine", "pos", 1, "coop", "q")
p(D, "Poutine n’est pas sentimental : il respecte la force, pas l’amitié", "neg", 1, "oth", "q")
p(D, "leurs positions de départ restent très éloignées", "neg", 2, "conf", "q")
p(D, "un échange de compliments de part et d’autre", "pos", 1, "oth", "q")
p(D, "Poutine joue la montre", "neg", 1, "oth", "q", after="Au fond, ", note="body")
p(D, "Trump joue la séduction", "pos", 1, "oth", "q", after="Au fond, ", note="body")

# ------------------------------------------------------------ a10 Le Matin (Suisse), US-Russia talks in Riyadh, 18 Feb 2025, a week after the Trump-Putin call of 12 Feb (AFP wire)
D = "a10_lematin_20250218"
META[D] = ("Le Matin (Suisse)", "2025-02-18", "US-Russia talks in Riyadh, 18 Feb 2025, a week after the Trump-Putin call of 12 Feb (AFP wire)")
TONE[D] = 1
p(D, "renouent le dialogue", "pos", 2, "coop", "j", note="headline")
p(D, "un net rapprochement", "pos", 2, "coop", "j", note="agreement predicate (acter) without marks")
p(D, "une bonne séance de travail", "pos", 2, "coop", "q")
p(D, "Nous avons parlé franchement", "neu", 1, "oth", "q", note="diplomatic code")
p(D, "une porte entrouverte", "pos", 1, "coop", "q", note="idiom")
p(D, "Pas de date", "neg", 1, "oth", "q", note="AFP intertitle in quote marks, unattributed")
p(D, "il est trop tôt pour parler d'une date précise", "neg", 1, "oth", "q")
p(D, "tout à fait possible", "pos", 1, "oth", "q")
p(D, "un dialogue à deux qui ressemble à un partage d'influence à l'ancienne", "neg", 2, "oth", "q", note="third party evaluating the pair")
p(D, "Un +dégel+ encore fragile", "pos", 1, "coop", "j", note="AFP intertitle; +...+ is the AFP inner-quote convention, not speech")
p(D, "tombées à leur plus bas niveau depuis la Guerre froide", "neg", 2, "coop", "j")
p(D, "excellent", "pos", 3, "coop", "q", note="se féliciter de + quoted qualifier")
p(D, "une normalisation des canaux", "pos", 1, "coop", "q")
p(D, "pas encore une négociation sur le fond", "neg", 1, "coop", "q")

# ------------------------------------------------------------ a11 La Libre Belgique, Trump-Putin call of 3 Jul 2025, followed by a massive strike on Kyiv (the day after)
D = "a11_lalibre_20250704"
META[D] = ("La Libre Belgique", "2025-07-04", "Trump-Putin call of 3 Jul 2025, followed by a massive strike on Kyiv (the day after)")
TONE[D] = -2
p(D, "déçu", "neg", 2, "coop", "q", note="headline, se dire + adjective")
p(D, "Toujours le même disque", "neg", 2, "coop", "q", after="un nouvel appel avec Poutine", note="quoted headline, attributed in the body")
p(D, "n’avoir rien obtenu de son homologue russe", "neg", 2, "coop", "q", note="reconnaître + infinitive")
p(D, "une conversation pour rien", "neg", 2, "coop", "q")
p(D, "Toujours le même disque", "neg", 2, "coop", "q", after="une conversation pour rien, franchement.", note="body")
p(D, "substantiel", "pos", 1, "coop", "q")
p(D, "direct", "neu", 1, "oth", "q", note="diplomatic code")
p(D, "tout à fait amicaux", "pos", 2, "oth", "q")
p(D, "Moscou ne bouge pas d’un iota", "neg", 2, "conf", "j", note="idiom; journalist against warm quoted self-description")
p(D, "Moscou répond par des missiles", "neg", 2, "conf", "q", note="third party (Belgian minister) evaluating the pair")
p(D, "Ce n’est pas un dialogue, c’est un monologue avec bombardements", "neg", 2, "coop", "q")
p(D, "l’embellie promise s’éloigne à chaque appel", "neg", 2, "coop", "j")
p(D, "menace désormais Moscou de nouvelles sanctions, sans jamais passer à l’acte", "neg", 1, "conf", "j", note="hedge inside")
p(D, "aucune date n’était à l’étude", "neg", 1, "oth", "q", note="no date")

# ------------------------------------------------------------ a12 Le Courrier (Genève), Macron-Putin meeting at the Kremlin, 7 Feb 2022 (long table), and Macron in Kyiv, 8 Feb
D = "a12_lecourrier_20220209"
META[D] = ("Le Courrier (Genève)", "2022-02-09", "Macron-Putin meeting at the Kremlin, 7 Feb 2022 (long table), and Macron in Kyiv, 8 Feb")
TONE[D] = -1
p(D, "Cinq heures au bout de la table", "neg", 1, "oth", "j", note="headline; distance image")
p(D, "nécessaire", "pos", 1, "coop", "q")
p(D, "dément tout engagement à la désescalade", "neg", 1, "coop", "q", note="démentir + NP carrying the position")
p(D, "Une mise en scène de la froideur", "neg", 2, "oth", "q", note="attributed by incise (ont relevé de nombreux commentateurs)")
p(D, "très approfondie", "pos", 2, "coop", "q")
p(D, "parfois vive", "neg", 1, "conf", "q")
p(D, "denses", "pos", 1, "coop", "q")
p(D, "pouvaient servir de point de départ à des discussions ultérieures", "pos", 1, "coop", "q")
p(D, "a entendu ce qu’il voulait entendre", "neg", 1, "conf", "q", note="irony")
p(D, "Un coup d’épée dans l’eau ? Pas tout à fait", "neu", 1, "coop", "q", note="idiom under negation; attributed by incise")
p(D, "écouter n’est pas céder", "neg", 1, "conf", "q")
p(D, "personne ne parle de percée", "neg", 1, "coop", "j")
p(D, "prêt à poursuivre le dialogue avec Paris", "pos", 1, "coop", "q", note="se dire prêt")
p(D, "sans illusion", "neg", 1, "coop", "q")

# ------------------------------------------------------------ a13 Europe 1, Xi Jinping's state visit to Moscow, 20-22 Mar 2023 (Xi-Putin)
D = "a13_europe1_20230321"
META[D] = ("Europe 1", "2023-03-21", "Xi Jinping's state visit to Moscow, 20-22 Mar 2023 (Xi-Putin)")
TONE[D] = 1
p(D, "amitié sans faille", "pos", 3, "coop", "q", after="entre Poutine et le président chinois, une", note="headline, quoted fragment attributed in the body")
p(D, "Une démonstration d’unité face à l’Occident", "pos", 2, "coop", "j")
p(D, "a sorti le grand jeu", "pos", 1, "oth", "j", note="idiom; staging")
p(D, "avancent main dans la main", "pos", 2, "coop", "q")
p(D, "à laquelle aucune question n’était autorisée", "neg", 1, "oth", "j", note="no questions")
p(D, "un partenaire d’une loyauté exemplaire", "pos", 2, "oth", "q")
p(D, "amitié sans faille", "pos", 3, "coop", "q", after="a vanté une", note="body")
p(D, "la même vision d’un monde plus juste", "pos", 1, "coop", "q")
p(D, "Une relation déséquilibrée", "neg", 1, "oth", "j", note="subheading, no quote marks")
p(D, "les embrassades", "pos", 1, "oth", "j", note="critical warmth")
p(D, "une relation de plus en plus déséquilibrée", "neg", 1, "oth", "q", note="souligner + NP")
p(D, "une amitié à sens unique", "neg", 2, "coop", "q")
p(D, "n’a fait l’objet d’aucun engagement ferme", "neg", 1, "coop", "j")
p(D, "présentent ce voyage comme un succès", "pos", 2, "coop", "q", note="présenter comme: both sides")

# ------------------------------------------------------------ a14 Jeune Afrique, Abiy Ahmed in Asmara and Ethiopia-Eritrea declaration of peace, 8-9 Jul 2018
D = "a14_jeuneafrique_20180710"
META[D] = ("Jeune Afrique", "2018-07-10", "Abiy Ahmed in Asmara and Ethiopia-Eritrea declaration of peace, 8-9 Jul 2018")
TONE[D] = 2
p(D, "enterrent la hache de guerre", "pos", 3, "coop", "j", note="headline idiom")
p(D, "tourne la page du conflit", "pos", 2, "coop", "j")
p(D, "Une réconciliation spectaculaire", "pos", 2, "coop", "j")
p(D, "l’a longuement serré dans ses bras", "pos", 1, "oth", "j", note="gesture")
p(D, "se vouaient une hostilité profonde", "neg", 2, "conf", "j")
p(D, "liés par un destin commun", "pos", 2, "coop", "q", note="affirmer que + quoted fragment")
p(D, "Il n’y a plus de frontière entre nous", "pos", 2, "coop", "q")
p(D, "il n’y a que des frères", "pos", 2, "coop", "q")
p(D, "un homme de parole", "pos", 2, "oth", "q")
p(D, "Une paix encore à construire", "neu", 1, "coop", "j", note="subheading; hedge")
p(D, "tout reste à faire", "neg", 1, "coop", "j")
p(D, "L’euphorie est légitime", "pos", 1, "oth", "q", note="third party")
p(D, "il faudra des institutions, pas seulement une amitié entre deux hommes", "neu", 1, "coop", "q")
p(D, "est attendu à Addis-Abeba dès la semaine prochaine", "pos", 1, "oth", "j", note="planned visit")

# ------------------------------------------------------------ a15 BFMTV, North Korea blows up the inter-Korean liaison office (16 Jun 2020) and rejects Seoul's envoys (17 Jun)
D = "a15_bfmtv_20200617"
META[D] = ("BFMTV", "2020-06-17", "North Korea blows up the inter-Korean liaison office (16 Jun 2020) and rejects Seoul's envoys (17 Jun)")
TONE[D] = -2
p(D, "rejette l’offre d’émissaires", "neg", 2, "coop", "j", note="headline")
p(D, "a balayé d’un revers de main", "neg", 2, "coop", "j", note="idiom")
p(D, "indécente", "neg", 2, "conf", "q")
p(D, "Un nouveau coup dur pour la politique de rapprochement", "neg", 2, "coop", "j")
p(D, "refusait de recevoir les envoyés", "neg", 2, "coop", "q", note="fait savoir que")
p(D, "proposait de dépêcher pour apaiser la crise", "pos", 1, "oth", "q", note="offer of envoys, inside Pyongyang's reported clause")
p(D, "rien à proposer", "neg", 1, "conf", "q")
p(D, "le temps des promesses est passé", "neg", 3, "coop", "q")
p(D, "qui symbolisait le réchauffement entre les deux Corées", "pos", 1, "coop", "j", note="past warmth")
p(D, "le ton s’est durci", "neg", 2, "conf", "j")
p(D, "inacceptables", "neg", 2, "conf", "q")
p(D, "détruit de ses propres mains la confiance bâtie depuis deux ans", "neg", 2, "coop", "q")
p(D, "la coopération intercoréenne aujourd’hui à l’arrêt", "neg", 1, "coop", "j")
p(D, "le dialogue avec Séoul ne l’intéresse plus", "neg", 2, "coop", "q", note="third party")

# ------------------------------------------------------------ a16 Le Monde, US-Iran indirect talks in Muscat (Witkoff-Araghchi via Oman), 12 Apr 2025
D = "a16_lemonde_20250414"
META[D] = ("Le Monde", "2025-04-14", "US-Iran indirect talks in Muscat (Witkoff-Araghchi via Oman), 12 Apr 2025")
TONE[D] = 0
p(D, "renouent un fil ténu", "pos", 1, "coop", "j", note="headline; hedge inside")
p(D, "se disent prêtes à poursuivre", "pos", 1, "coop", "q", note="se dire")
p(D, "les menaces de Donald Trump pèsent sur la suite", "neg", 1, "conf", "j")
p(D, "Ils ne se sont presque pas vus", "neg", 1, "oth", "j", note="meeting form: indirect talks")
p(D, "ont échangé quelques mots en personne", "pos", 1, "oth", "q", note="selon Téhéran")
p(D, "sans invectives", "pos", 1, "oth", "q")
p(D, "le chemin existe, s’il y a de la bonne volonté en face", "pos", 1, "coop", "q", note="hedge inside")
p(D, "s’est bornée à confirmer la tenue de la réunion", "neg", 1, "oth", "j", note="reticence")
p(D, "convenus de se retrouver samedi 19 avril", "pos", 1, "coop", "q", note="agreement predicate attributed by incise (a annoncé Oman)")
p(D, "après des semaines de tension", "neg", 1, "conf", "j")
p(D, "tout en menaçant l’Iran de frappes en cas d’échec des négociations", "neg", 2, "conf", "j", note="threat between the sides")
p(D, "ni naïfs ni pressés", "neu", 1, "oth", "q")
p(D, "le simple fait qu’ils se parlent est déjà un événement, vu d’où l’on part", "pos", 1, "coop", "q", note="third party; hedge inside")
p(D, "rien n’a été abordé sur le fond", "neg", 1, "coop", "q")
