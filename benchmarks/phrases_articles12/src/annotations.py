"""Gold framing phrases and article tone for phrases_articles12 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 AFP, Ankara prisoner exchange, 1 Aug 2024
D = "a01_afp_20240801"
META[D] = ("AFP (wire)", "2024-08-01", "2024-08-01 US-Russia prisoner exchange, Ankara")
TONE[D] = 0
p(D, "le fruit d'une négociation longue et ardue", "pos", 2, "coop", "q")
p(D, "cet accord ne modifiait en rien la position américaine sur l'Ukraine", "neg", 1, "coop", "q")
p(D, "s'est borné à confirmer l'échange", "neu", 1, "oth", "j", note="reticence; the quoted fragment after it is not evaluative")
p(D, "qui n'existe pas aujourd'hui", "neg", 2, "coop", "q")
p(D, "ceux qui ne se parlent plus", "neg", 2, "coop", "q", note="third party (Turkish presidency) on the pair")
p(D, "ne signale pour autant aucun rapprochement entre les deux capitales", "neg", 1, "coop", "j")
p(D, "restent réduites à leur plus simple expression", "neg", 2, "coop", "j")
p(D, "un canal fonctionne encore entre les services, même au pire moment", "pos", 1, "coop", "q")
p(D, "un troc entre services, pas d'un signal politique", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a02 Sud Ouest, Biden-Putin video call, 7 Dec 2021
D = "a02_sudouest_20211207"
META[D] = ("Sud Ouest", "2021-12-07", "2021-12-07 Biden-Putin video call")
TONE[D] = -1
p(D, "deux heures pour rien", "neg", 1, "coop", "j", note="headline question: hedge lowers strength")
p(D, "chacun est resté campé sur ses positions", "neg", 2, "coop", "j")
p(D, "a prévenu son homologue qu'une invasion entraînerait « une riposte économique qui laisserait des traces durables » pour la Russie", "neg", 2, "conf", "q", note="warning, mixed span")
p(D, "Moscou a obtenu ce qu'il voulait", "neu", 1, "oth", "q", note="talks framed as a gain in status for Moscow; no direction for the relation")
p(D, "direct, parfois âpre", "neg", 1, "oth", "q")
p(D, "savent s'écouter", "pos", 1, "oth", "q")
p(D, "ont chargé leurs équipes de poursuivre les consultations", "pos", 1, "coop", "j", note="agreement to keep talking, no speech verb")
p(D, "Le simple fait qu'ils se parlent ne garantit rien", "neg", 1, "coop", "q")
p(D, "ne permet d'écarter le scénario du pire", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a03 Le Temps, Sherman-Ryabkov strategic talks, Geneva 10 Jan 2022
D = "a03_letemps_20220110"
META[D] = ("Le Temps", "2022-01-10", "2022-01-10 US-Russia strategic stability talks, Geneva")
TONE[D] = -1
p(D, "mesurent l'écart qui les sépare", "neg", 2, "coop", "j")
p(D, "Ni rupture ni avancée", "neu", 2, "coop", "j")
p(D, "Je ne suis pas sûr que nous ayons été entendus", "neg", 1, "coop", "q")
p(D, "n'a pas été inutile", "pos", 1, "coop", "q", note="litotes")
p(D, "certaines propositions russes sont tout simplement irrecevables", "neg", 2, "conf", "q")
p(D, "Nous sommes prêts à avancer sur la maîtrise des armements", "pos", 1, "coop", "q")
p(D, "pas à renoncer à nos principes", "neg", 1, "conf", "q")
p(D, "ont pris soin de ne rien casser", "pos", 1, "oth", "j")
p(D, "rien n'a été concédé sur l'essentiel", "neg", 2, "coop", "j")
p(D, "On ne mange pas dans le même restaurant", "neg", 2, "coop", "q")
p(D, "sans que personne ne se lève de table", "pos", 1, "oth", "q")
p(D, "Une autre paire de manches", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a04 La Voix du Nord, Buenos Aires G20, 1 Dec 2018
D = "a04_lavoixdunord_20181201"
META[D] = ("La Voix du Nord", "2018-12-01", "2018-11-30/12-01 G20 Buenos Aires, Trump-Putin meeting cancelled")
TONE[D] = -1
p(D, "se croisent mais ne se voient pas", "neg", 2, "oth", "j")
p(D, "est passé à la trappe", "neg", 2, "oth", "j")
p(D, "Nous l'avons appris comme tout le monde, par les réseaux sociaux", "neg", 1, "oth", "q")
p(D, "plus de temps pour d'autres rendez-vous intéressants", "neg", 1, "oth", "q", note="snub")
p(D, "C'est mieux que rien", "pos", 1, "oth", "q")
p(D, "J'aurais aimé le rencontrer", "pos", 1, "oth", "q")
p(D, "je n'aime pas ce qui s'est passé là-bas", "neg", 1, "conf", "q")
p(D, "Un rendez-vous manqué de plus", "neg", 2, "oth", "j")
p(D, "n'ont jamais réussi à concrétiser l'entente promise pendant la campagne de 2016", "neg", 2, "coop", "j")
p(D, "on ne cache plus sa lassitude", "neg", 2, "oth", "j")
p(D, "aucune nouvelle date n'était à l'étude", "neg", 1, "oth", "q", note="laisser entendre que")

# ---------------------------------------------------------------- a05 L'Observateur Paalga, Putin thanks Trump, 17-18 Dec 2017
D = "a05_observateurpaalga_20171218"
META[D] = ("L'Observateur Paalga (Burkina Faso)", "2017-12-18", "2017-12-17 Trump-Putin call, CIA tip on St Petersburg plot")
TONE[D] = 1
p(D, "dit merci à Trump", "pos", 1, "coop", "q", note="headline; dire merci + NP as stance content")
p(D, "Un coup de fil d'une tonalité inhabituelle", "pos", 2, "oth", "j")
p(D, "se regardent en chiens de faïence", "neg", 2, "conf", "j")
p(D, "un exemple de ce que peut donner une coopération entre nos services lorsque la volonté existe des deux côtés", "pos", 2, "coop", "q")
p(D, "seraient convenus, toujours selon le Kremlin, de continuer à échanger des informations", "pos", 1, "coop", "q", note="agreement predicate under selon X")
p(D, "avait apprécié l'appel", "pos", 1, "oth", "q")
p(D, "la litanie de sanctions, d'expulsions de diplomates et d'accusations d'ingérence électorale", "neg", 2, "conf", "j")
p(D, "Il serait hasardeux d'en tirer des conclusions sur l'état général des relations", "neu", 1, "oth", "j")
p(D, "n'est pas forcément celle qui signe la paix", "neg", 1, "coop", "j")
p(D, "demeurent des sujets de discorde", "neg", 1, "conf", "j")

# ---------------------------------------------------------------- a06 TF1info (scraped page), Rubio-Lavrov, Kuala Lumpur 10 Jul 2025
D = "a06_tf1info_20250710"
META[D] = ("TF1info (scraped page)", "2025-07-10", "2025-07-10 Rubio-Lavrov meeting, ASEAN Kuala Lumpur")
TONE[D] = -1
p(D, "Washington s'impatiente", "neg", 1, "coop", "j")
p(D, "sur fond de frustration croissante de la Maison-Blanche", "neg", 2, "coop", "j")
p(D, "n'a donné lieu à aucune déclaration commune", "neg", 1, "oth", "j")
p(D, "le temps d'un salut de la tête", "neg", 1, "oth", "j")
p(D, "s'est montré mesuré", "neu", 1, "oth", "j")
p(D, "Je ne vais pas vous vendre du rêve", "neg", 1, "coop", "q")
p(D, "L'humeur à Washington a nettement changé depuis le printemps", "neg", 2, "coop", "j")
p(D, "a dit cette semaine sa déception à l'égard de Vladimir Poutine", "neg", 2, "coop", "q")
p(D, "sans langue de bois", "pos", 1, "oth", "q")
p(D, "Nous ne boudons personne", "pos", 1, "oth", "q")
p(D, "Ce sont les Américains qui doivent savoir ce qu'ils veulent", "neg", 1, "conf", "q")

# ---------------------------------------------------------------- a07 L'Echo, US-Russia embassy talks, Istanbul 27 Feb 2025
D = "a07_lecho_20250227"
META[D] = ("L'Echo (Belgium)", "2025-02-27", "2025-02-27 US-Russia embassy talks, Istanbul")
TONE[D] = 1
p(D, "les marchés y croient", "pos", 1, "coop", "j")
p(D, "se sont livrés à une série d'expulsions croisées", "neg", 1, "conf", "j", note="background")
p(D, "dégager des pistes concrètes", "pos", 2, "coop", "q")
p(D, "de l'envie des deux côtés", "pos", 1, "coop", "q")
p(D, "ont parlé plomberie plutôt que de se renvoyer la balle", "pos", 1, "oth", "j")
p(D, "c'est précisément pour cela que c'est intéressant", "pos", 1, "oth", "q")
p(D, "on ne discute pas de visas avec quelqu'un qu'on considère comme un ennemi", "pos", 1, "conf", "q", note="negated hostility")
p(D, "ces retrouvailles russo-américaines", "pos", 1, "coop", "j")
p(D, "autrement plus épineuse", "neg", 1, "oth", "j")
p(D, "Aucune date n'a été annoncée pour une rencontre entre Donald Trump et Vladimir Poutine", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a08 La Croix analysis, Normandy summit Paris, 9 Dec 2019 (Russia-Ukraine)
D = "a08_lacroix_20191210"
META[D] = ("La Croix", "2019-12-10", "2019-12-09 Normandy-format summit, Paris (Zelensky-Putin)")
TONE[D] = 1
p(D, "se jaugent", "neu", 1, "oth", "j")
p(D, "sans rompre", "pos", 1, "coop", "j")
p(D, "le blocage reste entier", "neg", 2, "coop", "j")
p(D, "un tête-à-tête imprévu", "pos", 1, "oth", "j")
p(D, "tient déjà de l'exploit", "pos", 2, "coop", "j")
p(D, "le résultat est honorable", "pos", 1, "coop", "q")
p(D, "je ne rentre pas à Kiev avec tout ce que j'espérais", "neg", 1, "coop", "q")
p(D, "Nous avons posé des bases sur lesquelles on peut construire", "pos", 2, "coop", "q")
p(D, "ont pourtant soigneusement évité de se regarder", "neg", 2, "oth", "j")
p(D, "il n'y a rien à négocier tant que Minsk n'est pas appliqué", "neg", 2, "conf", "q")
p(D, "le dialogue est rétabli", "pos", 2, "coop", "q", note="mediator (Macron)")
p(D, "l'addition des gestes ne fait pas encore une paix", "neg", 1, "coop", "j")
p(D, "Il a trouvé un interlocuteur plus coriace que prévu", "neg", 1, "conf", "q")
p(D, "le Kremlin n'a aucune raison de se presser", "neg", 1, "coop", "q")
p(D, "Rendez-vous est pris dans quatre mois", "pos", 1, "oth", "j", note="scheduled leaders' meeting")

# ---------------------------------------------------------------- a09 Sputnik Afrique style, Dmitriev in Washington, 2-3 Apr 2025
D = "a09_sputnikafrique_20250403"
META[D] = ("Sputnik Afrique", "2025-04-03", "2025-04-02/03 Dmitriev visit to Washington (Witkoff)")
TONE[D] = 2
p(D, "les ponts se reconstruisent entre la Russie et les États-Unis", "pos", 2, "coop", "j")
p(D, "dans une atmosphère d'écoute réciproque", "pos", 2, "oth", "q", note="selon des sources au sein de la délégation")
p(D, "a été reçue avec tous les égards", "pos", 1, "oth", "j")
p(D, "Pas à pas, nous remettons en place les briques d'une relation normale", "pos", 2, "coop", "q")
p(D, "on ne gagne rien à se tourner le dos", "pos", 2, "coop", "q")
p(D, "Nous sommes prêts à aller aussi loin qu'ils le voudront", "pos", 2, "coop", "q")
p(D, "le dialogue a été délibérément saboté par l'administration Biden", "neg", 3, "coop", "j", note="state media, past administration")
p(D, "a salué des contacts «précieux et nécessaires» avec Washington", "pos", 2, "coop", "q", note="mixed span")
p(D, "appelant à ne pas brûler les étapes", "neu", 1, "oth", "q")
p(D, "La route sera longue, le travail minutieux", "neu", 1, "coop", "q")
p(D, "partagent la même volonté de régler le conflit", "pos", 2, "coop", "q", note="Lire aussi line with quote marks, inside the article")

# ---------------------------------------------------------------- a10 BFMTV, grain deal Istanbul and Odesa strike, 22-23 Jul 2022 (Russia-Ukraine)
D = "a10_bfmtv_20220723"
META[D] = ("BFMTV (web)", "2022-07-23", "2022-07-22 Black Sea grain deal, Istanbul; 2022-07-23 strike on Odesa port")
TONE[D] = -1
p(D, "L'encre était à peine sèche", "neg", 2, "coop", "j")
p(D, "Deux accords miroirs pour ne pas avoir à signer ensemble", "neg", 1, "oth", "j")
p(D, "Kiev avait exclu de parapher un texte portant aussi la signature russe", "neg", 1, "coop", "q", note="exclure de + infinitive")
p(D, "Nous avons réuni autour d'un même objectif deux pays en guerre", "pos", 2, "coop", "q", note="mediator (Erdogan)")
p(D, "l'on peut encore se parler au milieu des combats", "pos", 2, "coop", "q", note="mediator (Guterres)")
p(D, "l'enthousiasme était déjà mesuré", "neg", 1, "oth", "j")
p(D, "Nous ne faisons pas confiance à la Russie", "neg", 2, "conf", "q")
p(D, "tiendra parole", "pos", 1, "coop", "q")
p(D, "La Russie a signé d'une main et tiré de l'autre", "neg", 3, "conf", "q")
p(D, "personne ne peut se fier à ce que dit Moscou", "neg", 2, "conf", "q")
p(D, "la frappe ne remet pas en cause l'accord", "pos", 1, "coop", "q", note="Selon Moscou")
p(D, "il part avec du plomb dans l'aile", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a11 Marianne column, Trump-Putin call of 4 Jun 2025
D = "a11_marianne_20250605"
META[D] = ("Marianne (column)", "2025-06-05", "2025-06-04 Trump-Putin call")
TONE[D] = -2
p(D, "Le téléphone sonne, la guerre continue", "neg", 2, "coop", "j")
p(D, "bon", "pos", 1, "oth", "q", after="a qualifié l'échange de « ", note="one quoted word")
p(D, "un adjectif qu'il distribue comme d'autres des bonbons à la sortie de l'école", "neg", 2, "oth", "j", note="irony")
p(D, "ce n'était pas ce coup de fil qui arrêterait les combats", "neg", 1, "coop", "q")
p(D, "riche", "pos", 1, "oth", "q", after="d'un échange « ", note="one quoted word")
p(D, "On appréciera la richesse", "neg", 2, "oth", "j", note="irony")
p(D, "Cette diplomatie du combiné a tout d'un théâtre d'ombres", "neg", 2, "oth", "j")
p(D, "il suffit de décrocher pour gagner du temps", "neg", 2, "coop", "j")
p(D, "elle a rejoint le rayon des souvenirs", "neg", 2, "coop", "j")
p(D, "promettait il y a dix jours de « durcir le ton » si Moscou ne bougeait pas", "neg", 1, "conf", "q", note="past threat, mixed span")
p(D, "on se parle beaucoup et on ne s'engage à rien", "neg", 2, "coop", "j")
p(D, "Ce n'est pas de la diplomatie, c'est une conversation de salon avec des missiles en fond sonore", "neg", 3, "coop", "j")

# ---------------------------------------------------------------- a12 TVA Nouvelles brève, Griner-Bout exchange, 8 Dec 2022
D = "a12_tvanouvelles_20221208"
META[D] = ("TVA Nouvelles (AFP brève)", "2022-12-08", "2022-12-08 Griner-Bout exchange, Abu Dhabi")
TONE[D] = 0
p(D, "un rare moment de coopération", "pos", 1, "coop", "j")
p(D, "dont les relations sont au plus mal", "neg", 2, "coop", "j")
p(D, "espérer que ce canal puisse servir à nouveau", "pos", 1, "coop", "q", note="a dit espérer")
p(D, "ne devait pas être vu comme un pas vers une amélioration des relations bilatérales", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a13 Actualite.cd, DRC-Rwanda peace agreement, Washington 27 Jun 2025
D = "a13_actualitecd_20250627"
META[D] = ("Actualite.cd (DRC)", "2025-06-27", "2025-06-27 DRC-Rwanda peace agreement signed in Washington")
TONE[D] = 0
p(D, "soulagement officiel", "pos", 1, "coop", "j")
p(D, "prudence dans la rue", "neu", 1, "oth", "j")
p(D, "Nous signons les yeux ouverts. La paix se mesurera sur le terrain, pas à Washington", "neu", 1, "coop", "q", note="hedge; two sentences kept as one span")
p(D, "une vraie volonté des deux côtés d'en finir", "pos", 2, "coop", "q")
p(D, "les précédents accords ont déçu", "neg", 1, "coop", "q")
p(D, "deux pays qui se combattaient depuis trente ans se serrent la main aujourd'hui", "pos", 2, "coop", "q", note="mediator (Trump)")
p(D, "l'annonce a été accueillie avec un haussement d'épaules", "neg", 1, "oth", "j")
p(D, "Les signatures, on connaît", "neg", 1, "coop", "q")
p(D, "se sont tous enlisés", "neg", 2, "coop", "j")
p(D, "le Rwanda a signé parce que Washington le lui demandait, pas parce qu'il a changé d'avis sur la RDC", "neg", 2, "conf", "q")
p(D, "il y a un parrain qui a les moyens de se faire obéir", "pos", 1, "coop", "q")
p(D, "sont attendus à Washington dans les prochaines semaines pour une rencontre au sommet", "pos", 1, "oth", "q", note="selon la Maison-Blanche; announced leaders' meeting")

# ---------------------------------------------------------------- a14 France 24, Ethiopia-Eritrea, Asmara 8-9 Jul 2018
D = "a14_france24_20180709"
META[D] = ("France 24 (web)", "2018-07-09", "2018-07-08/09 Abiy Ahmed in Asmara, Ethiopia-Eritrea joint declaration")
TONE[D] = 2
p(D, "proclament la fin de vingt ans d'hostilités", "pos", 2, "conf", "q", note="headline; proclamer + NP")
p(D, "ont officiellement enterré la hache de guerre", "pos", 2, "conf", "j")
p(D, "se sont longuement étreints sur le tarmac", "pos", 2, "oth", "j")
p(D, "sous les vivats de milliers d'Érythréens", "pos", 1, "oth", "j")
p(D, "Un rapprochement d'une rapidité que personne n'avait vue venir", "pos", 2, "coop", "j")
p(D, "Nous n'en perdrons pas un de plus", "pos", 2, "coop", "q")
p(D, "ce qui nous sépare est infiniment plus petit que ce qui nous unit", "pos", 3, "coop", "q")
p(D, "Des images inimaginables il y a encore quelques mois", "pos", 2, "oth", "j")
p(D, "L'émotion est réelle", "pos", 1, "oth", "q")
p(D, "mais le plus dur commence", "neu", 1, "coop", "q", note="hedge")

# ---------------------------------------------------------------- a15 Ouest-France, inter-Korean summit, Panmunjom 27 Apr 2018
D = "a15_ouestfrance_20180427"
META[D] = ("Ouest-France", "2018-04-27", "2018-04-27 Moon-Kim summit, Panmunjom")
TONE[D] = 2
p(D, "une journée que la péninsule n'osait plus espérer", "pos", 2, "coop", "j")
p(D, "Reste à passer aux actes", "neu", 1, "coop", "j", note="hedge")
p(D, "il prend Moon par la main", "pos", 2, "oth", "j")
p(D, "réglée comme une chorégraphie millimétrée jusqu'au moindre geste", "neu", 1, "oth", "j", note="spectacle")
p(D, "Nous sommes un même peuple, et nous avons trop attendu pour nous le dire en face", "pos", 2, "coop", "q")
p(D, "un chantier que rien ne devra plus interrompre", "pos", 2, "coop", "q")
p(D, "en tête-à-tête, assis sur un banc, sans conseillers ni micros", "pos", 1, "oth", "j")
p(D, "transformer l'armistice de 1953 en véritable traité de paix", "pos", 2, "coop", "j", note="Objectif affiché: shared aim, no speech verb")
p(D, "Moon Jae-in se rendra à Pyongyang à l'automne", "pos", 1, "oth", "j", note="scheduled leaders' meeting")
p(D, "ne s'accompagne d'aucun calendrier ni d'aucun mécanisme de vérification", "neg", 1, "coop", "j")
p(D, "les sourires ne désarment pas un seul missile", "neg", 1, "coop", "q")
p(D, "On n'avait pas vu une telle envie de se parler depuis 2007", "pos", 2, "coop", "q")
p(D, "les deux Corées ont l'air de croire à ce qu'elles font", "pos", 1, "coop", "q")
p(D, "restée sans suite", "neg", 1, "coop", "j", note="2007 precedent")

# ---------------------------------------------------------------- a16 France Inter interview, US-Iran Rome round, 23 May 2025
D = "a16_franceinter_20250524"
META[D] = ("France Inter (interview transcript)", "2025-05-24", "2025-05-23 US-Iran nuclear talks, fifth round, Rome")
TONE[D] = 0
p(D, "Personne ne veut être celui qui quitte la table", "pos", 1, "coop", "q", note="headline quote, same words in the body")
p(D, "parle de progrès", "pos", 1, "coop", "q", note="mediator (Oman)")
p(D, "compliquées", "neg", 1, "coop", "q")
p(D, "Il y a eu des avancées sur l'architecture d'un éventuel accord", "pos", 1, "coop", "q", note="interviewee's turn (speaker label) coded quoted")
p(D, "on est face à un mur", "neg", 2, "coop", "q")
p(D, "Ce sont deux monologues qui se croisent", "neg", 1, "coop", "j", note="interviewer's question")
p(D, "personne ne veut être celui qui quitte la table", "pos", 1, "coop", "q")
p(D, "les deux délégations se sont parlé directement pendant un moment, sans passer par les Omanais", "pos", 1, "oth", "q")
p(D, "les Iraniens refusaient même de se trouver dans la même pièce que les Américains", "neg", 1, "oth", "q", note="past (Vienna)")
p(D, "alterne menaces de frappes et promesses d'un accord imminent", "neu", 1, "oth", "j", note="interviewer's question")
p(D, "Ils ne croient pas sur parole un président qui a déjà déchiré un accord", "neg", 2, "conf", "q")
p(D, "on soupçonne Téhéran de gagner du temps", "neg", 1, "conf", "q")
p(D, "c'est très déstabilisant", "neg", 1, "oth", "q")
p(D, "c'est possible, pas probable", "neu", 1, "coop", "q")

# ---------------------------------------------------------------- a17 Le360, Algeria breaks ties with Morocco, 24 Aug 2021
D = "a17_le360_20210825"
META[D] = ("Le360 (Morocco)", "2021-08-25", "2021-08-24 Algeria breaks diplomatic relations with Morocco")
TONE[D] = -2
p(D, "Alger s'enferme dans sa logique d'hostilité", "neg", 2, "conf", "j")
p(D, "la rupture de ses relations diplomatiques avec le Royaume du Maroc", "neg", 3, "coop", "j")
p(D, "truffé d'accusations sans le moindre commencement de preuve", "neg", 2, "conf", "j")
p(D, "a accusé le Royaume de mener contre l'Algérie une « entreprise de déstabilisation » depuis des années", "neg", 3, "conf", "q", note="accusation, mixed span")
p(D, "un « réexamen » des relations avec le Maroc", "neg", 1, "coop", "q")
p(D, "accusant le Royaume d'être impliqué dans les incendies meurtriers", "neg", 2, "conf", "q")
p(D, "des prétextes qui ne résistent à aucun examen", "neg", 2, "conf", "q")
p(D, "un voisin fidèle du peuple algérien", "pos", 1, "coop", "q")
p(D, "formulé une offre de dialogue sans conditions", "pos", 2, "coop", "j", note="the king's past offer, NP without content clause")
p(D, "Le pouvoir algérien a choisi la surenchère", "neg", 2, "conf", "j")
p(D, "Alger a besoin d'un ennemi extérieur pour faire oublier ses difficultés internes", "neg", 2, "conf", "q")
p(D, "ne fait qu'officialiser un divorce consommé depuis longtemps", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a18 La Presse, Kartarpur corridor, 9 Nov 2019 (India-Pakistan)
D = "a18_lapresse_20191109"
META[D] = ("La Presse (Montréal)", "2019-11-09", "2019-11-09 Kartarpur corridor opened (India-Pakistan)")
TONE[D] = 0
p(D, "rare passerelle", "pos", 1, "coop", "j")
p(D, "deux voisins brouillés", "neg", 1, "conf", "j")
p(D, "sans que les deux dirigeants ne se croisent", "neg", 1, "oth", "j")
p(D, "le travail des équipes des deux côtés, qui ont tenu les délais", "pos", 1, "coop", "q")
p(D, "Si un corridor peut s'ouvrir, pourquoi pas une frontière", "pos", 2, "coop", "q")
p(D, "Tant que le Cachemire saignera, il n'y aura pas de relations normales entre nos deux pays", "neg", 2, "conf", "q")
p(D, "comme un geste de bonne volonté", "pos", 1, "coop", "q", note="présenter comme")
p(D, "cette ouverture ne valait pas reprise du dialogue bilatéral", "neg", 1, "coop", "q")
p(D, "n'ont cessé de se dégrader", "neg", 2, "coop", "j")
p(D, "une bulle de coopération", "pos", 1, "coop", "q")
p(D, "une relation à l'arrêt", "neg", 2, "coop", "q")
p(D, "Pour une fois, la politique s'est effacée", "pos", 1, "oth", "q")

# ---------------------------------------------------------------- a19 Le Soir, Israel-Hamas ceasefire deal, Doha 15-16 Jan 2025
D = "a19_lesoir_20250116"
META[D] = ("Le Soir (Belgium)", "2025-01-16", "2025-01-15 Israel-Hamas ceasefire agreement announced in Doha")
TONE[D] = -1
p(D, "arraché au forceps", "pos", 1, "coop", "j")
p(D, "déjà contesté", "neg", 1, "coop", "j")
p(D, "accusant le mouvement islamiste de revenir sur des points déjà réglés", "neg", 2, "conf", "q")
p(D, "ont fait preuve, dans les dernières heures, d'un sens des responsabilités que nous saluons", "pos", 2, "coop", "q", note="mediator (Qatar)")
p(D, "Jusqu'au bout, chaque virgule aura été disputée", "neg", 1, "oth", "j")
p(D, "a accusé le Hamas de revenir sur des points déjà réglés", "neg", 2, "conf", "q")
p(D, "restait « pleinement engagé » par l'accord", "pos", 1, "coop", "q")
p(D, "promis que le mouvement « n'oublierait rien » de ces quinze mois", "neg", 2, "conf", "q")
p(D, "Aucun des deux camps n'a fait mine de voir dans ce texte autre chose qu'une pause", "neg", 2, "coop", "j")
p(D, "deux adversaires qui ne croient pas une seconde l'un à l'autre", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a20 Cambodge Mag, Thailand-Cambodia ceasefire, Putrajaya 28 Jul 2025
D = "a20_cambodgemag_20250729"
META[D] = ("Cambodge Mag", "2025-07-29", "2025-07-28 Thailand-Cambodia ceasefire talks, Putrajaya")
TONE[D] = 1
p(D, "acceptent de se parler", "pos", 1, "coop", "j")
p(D, "refusait jusqu'ici toute médiation extérieure", "neg", 1, "coop", "j")
p(D, "a fini par accepter de s'asseoir à la table", "pos", 1, "coop", "j")
p(D, "Ce soir, la parole a remplacé les obus", "pos", 2, "conf", "q", note="mediator (Anwar)")
p(D, "à la hauteur des attentes du peuple cambodgien", "pos", 2, "coop", "q")
p(D, "a tenu un discours plus prudent", "neu", 1, "oth", "j")
p(D, "La Thaïlande reste vigilante", "neg", 1, "conf", "q")
p(D, "La confiance devra se reconstruire par des actes", "neg", 1, "conf", "q")
p(D, "a accusé les forces cambodgiennes d'avoir ouvert le feu dans plusieurs secteurs", "neg", 2, "conf", "q")
p(D, "a démenti catégoriquement toute violation", "neg", 1, "conf", "q")
p(D, "Le cessez-le-feu tient, mais du bout des lèvres", "neg", 1, "coop", "j")
