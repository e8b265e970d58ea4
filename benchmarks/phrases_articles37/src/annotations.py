"""Gold framing phrases and article tone for phrases_articles37 (dev set; see ../README.md).

Theme: commentary and analysis on the Trump-Putin relation (editorials, columns, op-eds, analyses).
p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
The signed author of an editorial, column or op-ed is the text's own voice (journalist); only
reported speech (quotes, que-clauses, selon/pour X, incises, quote-marked headlines) is quoted.
"""


# ---------------------------------------------------------------- a01 Le Monde editorial, Helsinki 2018
D = "a01_lemonde_20180717"
META[D] = ("Le Monde (editorial)", "2018-07-17", "2018-07-16 Trump-Putin summit in Helsinki")
TONE[D] = -2
p(D, "la capitulation en direct", "neg", 3, "oth", "j", note="headline; one-sided stance")
p(D, "je n'ai aucune raison de ne pas le croire", "pos", 2, "conf", "q", note="Trump's trust in Putin")
p(D, "l'état déplorable de leurs relations", "neg", 2, "coop", "j")
p(D, "à ce point placé dans la position du demandeur", "neg", 2, "oth", "j")
p(D, "entouré d'un mystère soigneusement entretenu", "neg", 1, "oth", "j")
p(D, "n'a produit aucun résultat tangible", "neg", 2, "coop", "j")
p(D, "n'ont annoncé la moindre avancée", "neg", 2, "coop", "j")
p(D, "que l'on qualifiera poliment d'audacieuse", "neg", 1, "coop", "j", note="irony on the joint cyber working group")
p(D, "bien meilleure que prévu", "pos", 2, "coop", "q")
p(D, "pas un mot de reproche", "pos", 1, "oth", "j")
p(D, "des compliments appuyés", "pos", 1, "oth", "j")
p(D, "en recherchant à tout prix la connivence personnelle", "neg", 2, "oth", "j")
p(D, "Dialoguer avec Moscou est une nécessité", "pos", 1, "coop", "j")
p(D, "s'oppose à Washington sur presque tout", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a02 Le Figaro op-ed (former diplomat), Anchorage
D = "a02_lefigaro_20250818"
META[D] = ("Le Figaro (Vox tribune, former diplomat)", "2025-08-18", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = 1
p(D, "cessons de crier à Yalta", "pos", 1, "oth", "q", note="quote-marked headline (the op-ed's title), unattributed row")
p(D, "pour décevante qu’elle soit sur le fond", "neg", 1, "coop", "q", note="standfirst: 'X estime que ...'")
p(D, "marque le retour d’une diplomatie entre puissances", "pos", 1, "coop", "q", note="standfirst: 'X estime que ...'")
p(D, "d’une complaisance coupable", "neg", 2, "oth", "j", note="critics' reading, reported without attribution; the author rejects it")
p(D, "se sont séparées au bout de trois heures sans le moindre accord", "neg", 2, "coop", "j")
p(D, "restaient loin du compte", "neg", 2, "coop", "j")
p(D, "il n’a obtenu que des amabilités", "neg", 1, "coop", "j")
p(D, "compréhension mutuelle", "pos", 2, "coop", "q")
p(D, "le prochain rendez-vous pourrait se tenir à Moscou", "pos", 1, "oth", "q", note="laissé entendre que")
p(D, "plusieurs dossiers ont été réglés", "pos", 1, "coop", "q")
p(D, "se soient assis à la même table", "pos", 1, "coop", "j")
p(D, "se résumait à des échanges de prisonniers et à des avertissements nucléaires à peine voilés", "neg", 2, "conf", "j")
p(D, "l’absence totale de canal", "neg", 2, "coop", "j")
p(D, "Le retour d’un canal direct entre la Maison-Blanche et le Kremlin est une bonne nouvelle", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a03 Liberation editorial, Anchorage
D = "a03_liberation_20250816"
META[D] = ("Libération (editorial)", "2025-08-16", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = -2
p(D, "tapis rouge", "pos", 1, "oth", "j", after="Sommet d'Anchorage : ", note="headline; lavish welcome, ironic")
p(D, "mains vides", "neg", 2, "coop", "j")
p(D, "aucun accord", "neg", 2, "coop", "j")
p(D, "une réponse extrêmement dure", "neg", 2, "conf", "q")
p(D, "entente", "pos", 2, "coop", "q", after="Le président russe a évoqué une «")
p(D, "dont personne n'a vu la couleur", "neg", 1, "coop", "j")
p(D, "considérables", "pos", 2, "coop", "q")
p(D, "Faut-il parler de Munich", "neg", 1, "oth", "j", note="rhetorical question, hedged next sentence")
p(D, "négocier contre soi-même", "neg", 2, "oth", "j")
p(D, "La complicité affichée en Alaska", "neg", 2, "oth", "j")
p(D, "son isolement diplomatique voler en éclats", "pos", 1, "coop", "j")
p(D, "donner beaucoup contre rien", "neg", 2, "oth", "j")
p(D, "la prochaine rencontre ait lieu", "pos", 1, "oth", "q", note="en proposant que ... «à Moscou»")

# ---------------------------------------------------------------- a04 L'Opinion column, 12 Feb 2025 call
D = "a04_lopinion_20250213"
META[D] = ("L'Opinion (column)", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[D] = -1
p(D, "le négociateur qui commence par céder", "neg", 2, "oth", "j")
p(D, "longue et remarquable", "pos", 2, "coop", "q")
p(D, "sont convenus que leurs équipes commenceraient à négocier", "pos", 2, "coop", "j", note="agreement predicate; only «sans tarder» is quoted")
p(D, "avait invité son homologue à Moscou", "pos", 1, "oth", "q")
p(D, "travailler à une solution à long terme", "pos", 2, "coop", "q")
p(D, "On se gardera de bouder le principe", "pos", 1, "coop", "j")
p(D, "Trois ans de silence entre Washington et Moscou", "neg", 2, "coop", "j")
p(D, "jetées sur le tapis avant même que la partie ne commence", "neg", 1, "oth", "j")
p(D, "le dégel est acté", "pos", 2, "coop", "j")
p(D, "le Kremlin n'a rien eu à offrir, sinon sa disponibilité", "neg", 1, "oth", "j")
p(D, "la fin de l'isolement", "pos", 2, "coop", "q", note="Russian state TV commentators")
p(D, "a commencé sa négociation en cédant", "neg", 2, "oth", "j")

# ---------------------------------------------------------------- a05 Le Point long-form analysis, before Osaka
D = "a05_lepoint_20190627"
META[D] = ("Le Point (analysis, scraped)", "2019-06-27", "2017-2019 Trump-Putin meetings; 2019-06-28 Osaka G20 meeting")
TONE[D] = -1
p(D, "une liaison contrariée", "neg", 2, "coop", "j")
p(D, "elle s'était prolongée plus de deux heures", "pos", 1, "oth", "j")
p(D, "se sont tout de suite compris", "pos", 2, "coop", "q")
p(D, "s'est mise en marche contre le rapprochement", "neg", 1, "coop", "j")
p(D, "déraille méthodiquement", "neg", 3, "coop", "j")
p(D, "sincère", "pos", 1, "conf", "q", note="trust")
p(D, "avoir ouvert la voie à une coopération", "pos", 2, "coop", "q")
p(D, "aucune de ces pistes n'a abouti", "neg", 2, "coop", "j")
p(D, "Ce décalage entre la chaleur des mots et la froideur des actes", "neg", 2, "coop", "j")
p(D, "un désaccord de fond que nulle complicité personnelle ne peut combler", "neg", 2, "conf", "j")
p(D, "Cela reste une relation de façade", "neg", 2, "coop", "q")
p(D, "annule à la dernière minute le tête-à-tête prévu", "neg", 1, "oth", "j")
p(D, "pas de percée", "neg", 1, "coop", "q")
p(D, "ressemble à un mariage blanc : beaucoup de cérémonie, aucune vie commune", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a06 France 24 debate, 18 Mar 2025 call
D = "a06_france24_20250319"
META[D] = ("France 24 (debate write-up)", "2025-03-19", "2025-03-18 Trump-Putin call")
TONE[D] = 0
p(D, "ouverture réelle ou trompe-l'œil", "neu", 1, "coop", "j")
p(D, "l'appel marque une étape", "pos", 1, "coop", "q", note="Pour X, ...")
p(D, "c'est ainsi que commencent toutes les désescalades", "pos", 1, "conf", "q")
p(D, "un jeu de dupes", "neg", 2, "oth", "q")
p(D, "il lui dit oui sur le principe et non sur l'essentiel", "neg", 2, "coop", "q")
p(D, "approfondie et sans détour", "neu", 1, "oth", "q")
p(D, "on ne s'est mis d'accord sur rien", "neg", 2, "coop", "q")
p(D, "très au-dessus de tout ce qu'on a connu depuis 2022", "pos", 2, "oth", "q")
p(D, "une volonté de normaliser les rapports au-delà de l'Ukraine", "pos", 2, "coop", "q")
p(D, "Elle ne parle plus à la Russie comme à un paria", "pos", 2, "conf", "q")
p(D, "c'est une diplomatie de partage", "neg", 2, "oth", "q")
p(D, "les deux présidents ont réellement envie d'aboutir", "pos", 2, "coop", "q")
p(D, "Donald Trump veut un accord, Vladimir Poutine veut une victoire", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a07 Ouest-France editorial, 18 Mar 2025 call
D = "a07_ouestfrance_20250319"
META[D] = ("Ouest-France (editorial)", "2025-03-19", "2025-03-18 Trump-Putin call")
TONE[D] = 1
p(D, "Un pas", "pos", 1, "coop", "j", note="headline")
p(D, "tout le chemin qui reste", "neg", 1, "coop", "j")
p(D, "C'est moins que ce qu'espérait Donald Trump", "neg", 1, "coop", "j")
p(D, "C'est davantage que ce que l'on pouvait imaginer il y a seulement deux mois", "pos", 2, "coop", "j")
p(D, "ne se parlaient plus qu'à travers les communiqués de leurs ministères", "neg", 2, "coop", "j")
p(D, "un pas dans la bonne direction", "pos", 2, "coop", "q")
p(D, "il se passe bel et bien quelque chose entre Washington et Moscou", "pos", 2, "coop", "j")
p(D, "se sont découvert des sujets d'intérêt commun", "pos", 2, "coop", "j")
p(D, "deux hommes au tempérament imprévisible", "neg", 1, "oth", "j")
p(D, "Le premier pas est fait", "pos", 1, "coop", "j")

# ---------------------------------------------------------------- a08 Le Temps analysis, Budapest summit shelved
D = "a08_letemps_20251023"
META[D] = ("Le Temps (Switzerland, analysis, scraped)", "2025-10-23", "2025-10-16 call; Budapest summit shelved 21-22 Oct 2025")
TONE[D] = -1
p(D, "Le sommet de Budapest n'aura pas lieu", "neg", 2, "oth", "j")
p(D, "repoussée sine die", "neg", 2, "oth", "j")
p(D, "annonçait une rencontre dans la capitale hongroise", "pos", 1, "oth", "j", note="announcing a meeting is not speech")
p(D, "progrès importants", "pos", 2, "coop", "q")
p(D, "aucune rencontre n'était prévue", "neg", 1, "oth", "q")
p(D, "rien n'avait bougé", "neg", 2, "coop", "j")
p(D, "déroulé le tapis rouge pour revenir sans cessez-le-feu", "neg", 1, "coop", "j")
p(D, "il avait fixé à son homologue un ultimatum de cinquante jours", "neg", 2, "conf", "j")
p(D, "J'attends des actes", "neg", 1, "coop", "q")
p(D, "ne produit pas de résultats", "neg", 2, "coop", "j")
p(D, "n'a pas fermé la porte", "pos", 1, "coop", "j")
p(D, "une bonne entente au téléphone ne remplace pas un accord sur le fond", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a09 La Libre Belgique carte blanche, eve of Anchorage
D = "a09_lalibre_20250814"
META[D] = ("La Libre Belgique (carte blanche, academic)", "2025-08-14", "2025-08-15 Trump-Putin summit in Anchorage (announced)")
TONE[D] = -1
p(D, "la tentation de Yalta", "neg", 2, "oth", "j")
p(D, "parler de l'Ukraine sans l'Ukraine", "neg", 1, "oth", "j")
p(D, "Il n'y a rien de scandaleux en soi", "pos", 1, "coop", "j")
p(D, "a été organisé en une semaine", "neg", 1, "oth", "j")
p(D, "Ce n'est pas de la diplomatie, c'est du flair", "neg", 1, "oth", "j")
p(D, "obtenir à la table ce que l'armée russe n'a pas obtenu sur le terrain", "neg", 1, "conf", "j")
p(D, "elle n'est pas rassurante", "neg", 1, "oth", "j")
p(D, "il a alterné les éloges et les menaces à son égard", "neg", 1, "oth", "j")
p(D, "ils s'entendent trop bien, sur le dos des autres", "neg", 2, "oth", "j")
p(D, "Anchorage ne sera pas Yalta", "pos", 1, "oth", "j")
p(D, "un arrangement entre puissants, conclu au-dessus de la tête des peuples concernés", "neg", 2, "oth", "j")
p(D, "reçu comme un partenaire ou manœuvré comme un client", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a10 Radio-Canada analysis, Osaka 2019
D = "a10_radiocanada_20190629"
META[D] = ("Radio-Canada (ICI Info, analysis)", "2019-06-29", "2019-06-28 Trump-Putin meeting at the Osaka G20")
TONE[D] = -1
p(D, "rient ensemble", "pos", 1, "oth", "j")
p(D, "ne règlent rien", "neg", 2, "coop", "j")
p(D, "en faire un sujet de plaisanterie plutôt qu'un sujet de négociation", "neg", 1, "oth", "j")
p(D, "leurs équipes poursuivraient les discussions", "pos", 1, "coop", "q")
p(D, "utile", "pos", 1, "coop", "q")
p(D, "les divergences restent nombreuses", "neg", 2, "conf", "q")
p(D, "entretiennent un dialogue au plus haut niveau", "pos", 1, "coop", "j")
p(D, "un dialogue qui ne porte sur rien de précis ne protège de rien", "neg", 2, "coop", "j")
p(D, "le courant passe", "pos", 2, "oth", "j")
p(D, "rien ou presque ne circule", "neg", 2, "coop", "j")
p(D, "continuera de tourner plus vite que celui des accords", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a11 Sputnik Afrique commentary, Anchorage
D = "a11_sputnikafrique_20250816"
META[D] = ("Sputnik Afrique (Russian state media, commentary)", "2025-08-16", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = 2
p(D, "réapprennent à se parler", "pos", 2, "coop", "j")
p(D, "le dialogue entre la Russie et les États-Unis est redevenu possible", "pos", 2, "coop", "j")
p(D, "d'égal à égal", "pos", 2, "oth", "j")
p(D, "franche, substantielle et empreinte de respect", "pos", 2, "oth", "q")
p(D, "excellente, vraiment excellente", "pos", 3, "coop", "q")
p(D, "nous trouverons un terrain d'entente", "pos", 2, "coop", "q")
p(D, "ont commencé à esquisser les contours d'un règlement durable", "pos", 2, "coop", "q", note="Selon Ouchakov")
p(D, "une nouvelle rencontre, à Moscou cette fois", "pos", 1, "oth", "q")
p(D, "avait fait le choix de la confrontation systématique", "neg", 2, "conf", "j", note="the Biden years")
p(D, "capitulation", "neg", 2, "oth", "q", note="Western commentators, quoted to be dismissed")
p(D, "les contacts entre les deux délégations se poursuivraient au niveau des experts", "pos", 1, "coop", "q", note="Lavrov, indirect")
p(D, "Les positions demeurent éloignées sur plusieurs points", "neg", 1, "conf", "j")
p(D, "la diplomatie a repris ses droits", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a12 Jeune Afrique analysis, Africa and the rapprochement
D = "a12_jeuneafrique_20250306"
META[D] = ("Jeune Afrique (analysis, scraped)", "2025-03-06", "2025-02-12 call and 2025-02-18 Riyadh talks, seen from Africa")
TONE[D] = 0
p(D, "le nouveau duo", "pos", 1, "oth", "j")
p(D, "ont rouvert un canal que l'on croyait fermé pour longtemps", "pos", 2, "coop", "j")
p(D, "se disputent l'influence depuis une décennie", "neg", 1, "conf", "j")
p(D, "ce réchauffement", "pos", 1, "coop", "j")
p(D, "une discussion d'affaires, sans effets de manche", "neu", 1, "oth", "q")
p(D, "début d'un travail de longue haleine", "pos", 1, "coop", "q")
p(D, "ne semble guère disposée à faire de la présence russe en Afrique un sujet de confrontation", "pos", 1, "conf", "q")
p(D, "Le rapprochement entre Trump et Poutine", "pos", 1, "coop", "q")
p(D, "la rivalité entre les deux puissances ne s'est pas évaporée avec un coup de fil", "neg", 2, "conf", "j")
p(D, "une forme de partage tacite des zones d'influence", "neu", 1, "coop", "q")
p(D, "a déjà connu des hauts et des bas", "neu", 1, "oth", "q")
p(D, "présentée comme le début d'une nouvelle ère", "pos", 1, "coop", "q")
p(D, "Le réchauffement entre Washington et Moscou, s'il se confirme", "pos", 1, "coop", "j")

# ---------------------------------------------------------------- a13 Brief.me newsletter explainer, 12 Feb 2025 call
D = "a13_briefme_20250213"
META[D] = ("Brief.me (newsletter)", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[D] = 0
p(D, "se sont reparlé", "pos", 1, "coop", "j")
p(D, "ont convenu d'ouvrir des négociations", "pos", 2, "coop", "j")
p(D, "avancer ensemble, et vite", "pos", 2, "coop", "q")
p(D, "avait invité Donald Trump à Moscou", "pos", 1, "oth", "q")
p(D, "très longue et très concrète", "pos", 2, "coop", "q")
p(D, "les contacts au sommet entre Washington et Moscou avaient cessé", "neg", 2, "coop", "j")
p(D, "met fin à cette période de gel", "pos", 2, "coop", "j")
p(D, "n'a été tranchée", "neg", 1, "coop", "j")
p(D, "les positions des deux capitales restent très éloignées", "neg", 2, "conf", "j")
p(D, "une première rencontre en personne", "pos", 1, "oth", "j")

# ---------------------------------------------------------------- a14 La Croix column (historian), Reykjavik vs Anchorage
D = "a14_lacroix_20250820"
META[D] = ("La Croix (column, historian)", "2025-08-20", "2025-08-15 Trump-Putin summit in Anchorage; Reykjavik 1986 analogy")
TONE[D] = 0
p(D, "l’échec qui n’en était peut-être pas un", "pos", 1, "coop", "j")
p(D, "se sont eux aussi séparés sans accord", "neg", 1, "coop", "j")
p(D, "ils avaient frôlé quelque chose", "pos", 1, "coop", "q")
p(D, "vrais progrès", "pos", 2, "coop", "q")
p(D, "base de travail", "pos", 1, "coop", "q")
p(D, "promettant de se revoir", "pos", 1, "oth", "q")
p(D, "du sort d’un pays qui n’était pas dans la pièce", "neg", 1, "oth", "j")
p(D, "affichent une familiarité", "pos", 1, "oth", "j")
p(D, "ne dit rien de la confiance réelle entre leurs deux États", "neg", 1, "conf", "j")
p(D, "désespérer d’Anchorage ? Pas nécessairement", "pos", 1, "coop", "j")
p(D, "les deux présidents ne se parlaient pas", "neg", 1, "coop", "j")
p(D, "n’est pas négligeable", "pos", 1, "coop", "j")

# ---------------------------------------------------------------- a15 Les Echos column, Witkoff-Dmitriev channel
D = "a15_lesechos_20250414"
META[D] = ("Les Échos (opinion column)", "2025-04-14", "2025-04-11 Witkoff-Putin meeting; Dmitriev in Washington early April 2025")
TONE[D] = -1
p(D, "la diplomatie du carnet de commandes", "neg", 1, "oth", "j")
p(D, "les négociations sur l'Ukraine piétinent", "neg", 2, "coop", "j")
p(D, "les projets d'affaires se multiplient", "pos", 1, "coop", "j")
p(D, "faire miroiter des contrats qu'il n'a jamais eu l'intention de signer", "neg", 1, "conf", "j")
p(D, "s'efforce de reconstruire avec Vladimir Poutine", "pos", 1, "coop", "j")
p(D, "Sur l'Ukraine, pas grand-chose de neuf", "neg", 1, "coop", "j")
p(D, "arrêter de traîner", "neg", 1, "conf", "q")
p(D, "très encourageante", "pos", 2, "coop", "q")
p(D, "beaucoup de ponts sont en train d'être reconstruits", "pos", 2, "coop", "q")
p(D, "récompenser par avance un adversaire qui n'a encore rien concédé", "neg", 2, "oth", "j")
p(D, "ressemble de plus en plus à un salon professionnel", "neg", 1, "coop", "j")
p(D, "la promesse d'un contrat n'est pas un contrat", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a16 Marianne op-ed (former diplomat), 12 Feb 2025 call
D = "a16_marianne_20250214"
META[D] = ("Marianne (op-ed, former diplomat)", "2025-02-14", "2025-02-12 Trump-Putin call")
TONE[D] = 2
p(D, "Washington et Moscou se reparlent", "pos", 2, "coop", "q", note="quote-marked headline, unattributed row")
p(D, "enfin le retour de la raison", "pos", 2, "coop", "q")
p(D, "un engagement à ouvrir des négociations", "pos", 2, "coop", "j")
p(D, "un ton que l'on n'avait plus entendu depuis des années", "pos", 2, "oth", "j")
p(D, "c'est une excellente nouvelle", "pos", 3, "coop", "j")
p(D, "nouveau Yalta", "neg", 2, "oth", "q", note="European critics, quoted to be dismissed")
p(D, "ceux-ci divergent sur bien des points", "neg", 1, "conf", "j")
p(D, "c'est précisément pour cela qu'ils doivent se parler", "pos", 1, "coop", "j")
p(D, "poursuivre leurs contacts personnels", "pos", 2, "coop", "q")
p(D, "avait invité son homologue à Moscou", "pos", 1, "oth", "q")
p(D, "La paix ne viendra pas d'un coup de fil. Mais elle ne viendra jamais sans lui", "pos", 1, "coop", "j")
p(D, "ont rouvert la porte", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a17 Mediapart analysis, after Helsinki
D = "a17_mediapart_20180720"
META[D] = ("Mediapart (analysis)", "2018-07-20", "2018-07-16 Helsinki summit; 2018-07-19 invitation to Washington")
TONE[D] = -2
p(D, "ententes significatives", "pos", 2, "coop", "q")
p(D, "vient d'inviter le président russe à Washington", "pos", 1, "oth", "j")
p(D, "le malaise qui entoure, depuis l'origine, la relation entre les deux hommes", "neg", 2, "oth", "j")
p(D, "compromis utiles", "pos", 2, "coop", "q")
p(D, "d'accords dont Washington ignore jusqu'à l'existence", "neg", 2, "oth", "j")
p(D, "À cette opacité s'ajoute le soupçon", "neg", 2, "oth", "j")
p(D, "tourner la page des années Obama", "pos", 1, "coop", "q")
p(D, "n'a pas trouvé un mot pour contredire son hôte", "neg", 1, "oth", "j")
p(D, "une réussite remarquable", "pos", 2, "coop", "q")
p(D, "se montre si constamment accommodant envers le maître du Kremlin", "neg", 2, "oth", "j")
p(D, "n'a jamais été aussi mauvaise depuis la fin de la guerre froide", "neg", 3, "coop", "q", note="incise: reconnaît-on de part et d'autre")
p(D, "jamais deux présidents n'avaient affiché une telle proximité personnelle", "pos", 2, "oth", "j")
p(D, "dans un contexte aussi dégradé", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a18 DNA regional editorial, Hamburg 2017
D = "a18_dna_20170708"
META[D] = ("Dernières Nouvelles d'Alsace (regional editorial)", "2017-07-08", "2017-07-07 first Trump-Putin meeting, G20 Hamburg")
TONE[D] = 1
p(D, "Le courant est passé", "pos", 2, "oth", "j")
p(D, "s'est prolongée pendant deux heures et quart", "pos", 1, "oth", "j")
p(D, "chacun a écouté l'autre", "pos", 2, "coop", "q")
p(D, "on aurait tort de bouder cette éclaircie", "pos", 2, "coop", "j")
p(D, "le dialogue entre Washington et Moscou s'était réduit à presque rien", "neg", 2, "coop", "j")
p(D, "se défiaient en Syrie, s'accusaient mutuellement en Ukraine", "neg", 2, "conf", "j")
p(D, "est plutôt une bonne nouvelle pour la stabilité du monde", "pos", 1, "coop", "j")
p(D, "il s'est satisfait, selon le Kremlin, des dénégations de son homologue", "pos", 1, "conf", "q")
p(D, "rien de concret n'est sorti de la rencontre", "neg", 2, "coop", "j")
p(D, "la méfiance profonde qui sépare les deux pays", "neg", 2, "conf", "j")
p(D, "Le premier contact est réussi", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a19 Le Pays (Burkina Faso) editorial, Anchorage
D = "a19_lepays_20250818"
META[D] = ("Le Pays (Burkina Faso, editorial, scraped)", "2025-08-18", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = 1
p(D, "Quand les éléphants se serrent la main", "pos", 1, "oth", "j", after="ALASKA : ", note="headline")
p(D, "se serrant longuement la main", "pos", 1, "oth", "j")
p(D, "ils sont ressortis sans accord de cessez-le-feu", "neg", 1, "coop", "j")
p(D, "avec des sourires, des compliments et la promesse de se revoir", "pos", 1, "oth", "j")
p(D, "ne se parlaient qu'à coups de menaces et de sanctions", "neg", 2, "conf", "j")
p(D, "est en soi un signe que la raison n'a pas totalement déserté les chancelleries", "pos", 1, "coop", "j")
p(D, "l'herbe a au moins le temps de respirer", "pos", 1, "conf", "j")
p(D, "est reparti d'Anchorage avec bien plus qu'il n'y était venu chercher", "neg", 1, "oth", "j")
p(D, "n'a rien obtenu de concret", "neg", 2, "coop", "j")
p(D, "Le dialogue qui vient de reprendre, aussi imparfait soit-il, mérite d'être encouragé", "pos", 2, "coop", "j")
p(D, "un simple marchandage sur le dos des Ukrainiens", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a20 France Culture chronicle, 50-day ultimatum
D = "a20_franceculture_20250715"
META[D] = ("France Culture (radio chronicle)", "2025-07-15", "2025-07-14 Trump's 50-day ultimatum to Russia")
TONE[D] = -2
p(D, "la fin d'une illusion", "neg", 2, "coop", "j")
p(D, "Vladimir Poutine ne veut pas d'un cessez-le-feu, il veut gagner la guerre", "neg", 2, "conf", "q", note="ce que les chancelleries lui répétaient")
p(D, "il a fixé à Moscou un délai de cinquante jours pour accepter un accord", "neg", 2, "conf", "j")
p(D, "franchement mécontent", "neg", 2, "conf", "q")
p(D, "le constat d'échec d'une méthode", "neg", 2, "coop", "j")
p(D, "n'ont pas fait avancer la paix d'un mètre", "neg", 2, "coop", "j")
p(D, "le Kremlin n'a jamais vraiment joué le jeu", "neg", 2, "coop", "j")
p(D, "Une stratégie de l'atermoiement qui a fini par lasser le président américain", "neg", 2, "oth", "j")
p(D, "il était toujours prêt à rencontrer Vladimir Poutine", "pos", 1, "oth", "q")
p(D, "la réaction a été mesurée", "pos", 1, "conf", "j")
p(D, "l'idylle, elle, semble bien terminée", "neg", 2, "coop", "j")
p(D, "il s'était soldé par un fiasco", "neg", 2, "coop", "j")
