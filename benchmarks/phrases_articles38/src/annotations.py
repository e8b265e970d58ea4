"""Gold framing phrases and article tone for phrases_articles38 (HELD-OUT test set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Do not study or tune on this set: it is scored only, before and after a pass.
The pair whose relation is evaluated is US-Russia (Trump-Putin) in every article.
"""


# ---------------------------------------------------------------- a01 Le Télégramme, interview, first call 28 Jan 2017
D = "a01_letelegramme_20170130"
META[D] = ("Le Télégramme", "2017-01-30", "2017-01-28 first Trump-Putin phone call")
TONE[D] = 1
p(D, "au ton chaleureux", "pos", 2, "oth", "j", note="standfirst")
p(D, "aucune annonce concrète", "neg", 1, "coop", "j")
p(D, "appel significatif", "pos", 2, "coop", "q", note="interview answers are quoted")
p(D, "positive", "pos", 2, "coop", "q")
p(D, "constructive", "pos", 2, "coop", "q")
p(D, "Sur peu de choses", "neg", 1, "coop", "q")
p(D, "coordonner leurs actions contre l'État islamique", "pos", 2, "coop", "q")
p(D, "évoqué l'idée de se voir", "pos", 1, "oth", "q")
p(D, "sans date ni lieu", "neg", 1, "oth", "q")
p(D, "plutôt d'une éclaircie", "pos", 1, "coop", "q", note="hedged")
p(D, "les différends de fond restent entiers", "neg", 2, "conf", "q")
p(D, "Un succès d'atmosphère", "pos", 1, "oth", "q")
p(D, "se parler sans animosité", "pos", 2, "oth", "q")

# ---------------------------------------------------------------- a02 L'Est Républicain, AFP wire, call of 2 May 2017
D = "a02_estrepublicain_20170503"
META[D] = ("L'Est Républicain", "2017-05-03", "2017-05-02 Trump-Putin phone call (Syria, safe zones, North Korea)")
TONE[D] = 2
p(D, "veulent relancer leur coopération", "pos", 2, "coop", "j", note="headline; vouloir is attitude, not speech")
p(D, "très bon", "pos", 2, "coop", "q", after="un échange qualifié de")
p(D, "constructif", "pos", 2, "coop", "q")
p(D, "convenus d'intensifier les contacts", "pos", 2, "coop", "q", note="under selon les comptes rendus")
p(D, "très bonne", "pos", 2, "coop", "q")
p(D, "coordonner leurs efforts", "pos", 2, "coop", "q")
p(D, "évoqué la possibilité d'une première rencontre", "pos", 1, "oth", "q")
p(D, "une agression contre un État souverain", "neg", 3, "conf", "q", note="April, background")
p(D, "un net coup de froid", "neg", 2, "coop", "j")
p(D, "peut-être au plus bas", "neg", 2, "coop", "q")
p(D, "le ton était tout autre", "pos", 1, "oth", "j")

# ---------------------------------------------------------------- a03 La Montagne, scraped page, Hamburg 7 Jul 2017
D = "a03_lamontagne_20170708"
META[D] = ("La Montagne", "2017-07-08", "2017-07-07 first Trump-Putin meeting, G20 Hamburg")
TONE[D] = 1
p(D, "une première poignée de main qui s’éternise", "pos", 1, "oth", "j", note="headline; longer than planned")
p(D, "s’est prolongé pendant plus de deux heures", "pos", 1, "oth", "j")
p(D, "C’est un honneur d’être avec vous", "pos", 2, "oth", "q")
p(D, "très, très bien", "pos", 2, "coop", "q")
p(D, "Je suis ravi de vous rencontrer", "pos", 2, "oth", "q")
p(D, "Premier résultat tangible", "pos", 1, "coop", "j")
p(D, "peuvent travailler de concert", "pos", 2, "coop", "q")
p(D, "un échange vigoureux", "neg", 1, "conf", "q")
p(D, "rien n’indique que les dossiers de fond aient progressé", "neg", 2, "coop", "j")
p(D, "Ils se sont plu", "pos", 2, "oth", "q")
p(D, "la relation entre les deux pays reste abîmée", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a04 DNA, news report, Da Nang APEC 10-11 Nov 2017
D = "a04_dna_20171112"
META[D] = ("DNA", "2017-11-12", "2017-11-10/11 informal encounters at APEC, Da Nang")
TONE[D] = -1
p(D, "se croisent sans vraiment se parler", "neg", 1, "oth", "j", note="headline")
p(D, "n'ont pas eu de véritable tête-à-tête", "neg", 1, "oth", "j")
p(D, "problèmes d'agenda", "neu", 1, "oth", "q")
p(D, "la partie américaine n'avait pas fait le nécessaire", "neg", 1, "conf", "q", note="laisser entendre")
p(D, "Seul résultat écrit", "neg", 1, "coop", "j", note="restriction")
p(D, "confirment leur engagement à vaincre le groupe État islamique", "pos", 1, "coop", "q")
p(D, "Je crois vraiment que, quand il me le dit, il le pense", "pos", 2, "oth", "q", note="trust in the other leader")
p(D, "prêt à travailler avec Washington dès que le climat le permettra", "pos", 1, "coop", "q")
p(D, "une relation bloquée", "neg", 2, "coop", "q")
p(D, "On est très loin du grand rapprochement promis", "neg", 2, "coop", "q")
p(D, "une série de mesures de rétorsion", "neg", 2, "conf", "j", note="background")

# ---------------------------------------------------------------- a05 Le Républicain lorrain, scraped page, call of 14 Dec 2017
D = "a05_republicainlorrain_20171215"
META[D] = ("Le Républicain lorrain", "2017-12-15", "2017-12-14 Trump-Putin phone call (thanks for compliments, North Korea)")
TONE[D] = 0
p(D, "remercie Poutine pour ses compliments", "pos", 1, "oth", "q", note="headline; remercier X pour + content")
p(D, "la dégradation des relations entre Washington et Moscou", "neg", 2, "coop", "j")
p(D, "travailler ensemble", "pos", 2, "coop", "q")
p(D, "très cordial", "pos", 2, "oth", "q")
p(D, "Ces amabilités", "pos", 1, "oth", "j")
p(D, "le froid qui s'est installé entre les deux pays", "neg", 2, "coop", "j")
p(D, "la liste des contentieux n'a cessé de s'allonger", "neg", 2, "conf", "j")
p(D, "Les deux présidents s'apprécient", "pos", 2, "oth", "q")
p(D, "leurs administrations se regardent en chiens de faïence", "neg", 2, "conf", "q")
p(D, "ne se sont pas encore rencontrés officiellement", "neg", 1, "oth", "j")
p(D, "Aucune date n'a été avancée pour une prochaine rencontre", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a06 Causeur, ironic editorial, congratulation call of 20 Mar 2018
D = "a06_causeur_20180322"
META[D] = ("Causeur", "2018-03-22", "2018-03-20 congratulation call after Putin's re-election")
TONE[D] = -1
p(D, "le coup de fil de trop", "neg", 2, "oth", "j", note="headline")
p(D, "on n'est pas plus chaleureux entre vieux camarades", "neg", 1, "oth", "j", note="irony: warmth mocked")
p(D, "promis de se voir", "pos", 1, "oth", "q")
p(D, "Avoir de bonnes relations avec Moscou", "pos", 2, "coop", "q")
p(D, "n'a pas jugé utile d'évoquer l'affaire", "neg", 1, "oth", "j")
p(D, "en félicitant des dictateurs", "neg", 2, "oth", "q", note="McCain on the congratulation itself")
p(D, "cette belle amitié téléphonique ne produit à peu près rien", "neg", 2, "coop", "j")
p(D, "russophobie", "neg", 2, "conf", "q")
p(D, "Entre les deux capitales, c'est toujours l'hiver", "neg", 2, "coop", "j")
p(D, "entre les deux hommes, c'est le printemps perpétuel", "pos", 1, "oth", "j", note="ironic but frames the men's rapport as warm")
p(D, "ressemble moins à de la diplomatie qu'à une carte de vœux", "neg", 2, "oth", "j")
p(D, "entre la cordialité du téléphone et la réalité des rapports d'État, il y a un océan", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a07 Le Matin, live blog, Helsinki 16 Jul 2018
D = "a07_lematin_20180716"
META[D] = ("Le Matin", "2018-07-16", "2018-07-16 Helsinki summit")
TONE[D] = 0
p(D, "ne voyait \"pas de raison\" de douter de lui", "pos", 2, "oth", "q", note="trust in the other leader")
p(D, "réussite", "pos", 2, "coop", "q")
p(D, "les difficultés n’ont pas disparu", "neg", 1, "coop", "q")
p(D, "un échange sincère", "pos", 2, "oth", "q")
p(D, "utile", "pos", 1, "coop", "q")
p(D, "Nous partions de très bas", "neg", 2, "coop", "q")
p(D, "quelque chose a changé", "pos", 2, "coop", "q")
p(D, "près d’une heure de retard", "neg", 1, "oth", "j")
p(D, "sans grande chaleur", "neg", 1, "oth", "j")
p(D, "beaucoup de bonnes choses à faire ensemble", "pos", 2, "coop", "q")
p(D, "points sensibles", "neg", 1, "conf", "q")
p(D, "la mauvaise relation avec la Russie", "neg", 2, "coop", "q", note="attribué sur Twitter")
p(D, "Le sommet s’ouvre dans un climat tendu", "neg", 1, "conf", "j")

# ---------------------------------------------------------------- a08 Le Vif, analysis, Helsinki two days after
D = "a08_levif_20180718"
META[D] = ("Le Vif", "2018-07-18", "2018-07-16 Helsinki summit, two days after")
TONE[D] = -2
p(D, "l'art de tout donner sans rien obtenir", "neg", 2, "coop", "j", note="headline")
p(D, "le néant", "neg", 3, "coop", "j")
p(D, "un sommet sans grands résultats", "neg", 1, "coop", "j")
p(D, "un fiasco de cette ampleur", "neg", 3, "coop", "j")
p(D, "Personne, à Washington, ne sait exactement ce qui s'y est dit", "neg", 1, "oth", "j")
p(D, "aucun accord n'a été signé", "neg", 2, "coop", "j")
p(D, "une victoire symbolique considérable", "neu", 2, "oth", "j", note="for the Kremlin")
p(D, "plus que satisfait", "pos", 2, "coop", "q")
p(D, "excellente", "pos", 3, "coop", "q")
p(D, "il les a peut-être abîmées pour longtemps", "neg", 2, "coop", "j")
p(D, "n'a eu pour Vladimir Poutine que des mots aimables", "pos", 1, "oth", "j")
p(D, "Il n'y aura sans doute pas de second sommet avant longtemps", "neg", 1, "oth", "j")
p(D, "évoqué une invitation à Washington", "pos", 1, "oth", "q")
p(D, "Le premier a coûté trop cher", "neg", 2, "oth", "j")

# ---------------------------------------------------------------- a09 La Nouvelle République, AFP wire, call of 3 May 2019
D = "a09_lanouvellerepublique_20190504"
META[D] = ("La Nouvelle République", "2019-05-04", "2019-05-03 Trump-Putin phone call (Venezuela, Mueller report, arms control)")
TONE[D] = 0
p(D, "bonne conversation", "pos", 2, "coop", "q")
p(D, "la possibilité d'un nouvel accord", "pos", 1, "coop", "q", note="ajoutant avoir évoqué")
p(D, "une ingérence extérieure ne ferait que compromettre les perspectives d'un règlement politique", "neg", 1, "conf", "q", note="aimed at Washington")
p(D, "soutiennent des camps opposés", "neg", 1, "conf", "j")
p(D, "accusé la Russie", "neg", 2, "conf", "q")
p(D, "Les relations entre les deux puissances restent très tendues", "neg", 2, "conf", "j")
p(D, "la volonté affichée par Donald Trump d'améliorer ses rapports avec le Kremlin", "pos", 1, "coop", "j")
p(D, "ne se sont pas rencontrés officiellement", "neg", 1, "oth", "j")
p(D, "convenus de maintenir des contacts à différents niveaux", "pos", 1, "coop", "q", note="le Kremlin a fait savoir que")

# ---------------------------------------------------------------- a10 7sur7, scraped page, Osaka G20 28 Jun 2019
D = "a10_7sur7_20190629"
META[D] = ("7sur7", "2019-06-29", "2019-06-28 Trump-Putin meeting at the G20, Osaka")
TONE[D] = 1
p(D, "affichent leur complicité", "pos", 2, "oth", "j", note="headline")
p(D, "les dossiers qui fâchent attendront", "neg", 1, "conf", "j", note="headline")
p(D, "C'est un grand honneur d'être avec le président Poutine", "pos", 2, "oth", "q")
p(D, "s'entendaient «\u00a0vraiment bien", "pos", 2, "coop", "q", note="assurant que; span ends before the closing mark")
p(D, "convenus de poursuivre les discussions", "pos", 2, "coop", "q", note="selon la Maison-Blanche")
p(D, "très positive", "pos", 2, "coop", "q")
p(D, "travailler à la reprise d'un dialogue régulier", "pos", 2, "coop", "q")
p(D, "invité Donald Trump à Moscou", "pos", 1, "oth", "q")
p(D, "la fragilité de l'exercice", "neg", 1, "oth", "j")
p(D, "ont soigneusement évité tout ce qui pouvait fâcher", "neg", 1, "oth", "q")
p(D, "une rencontre de bonne volonté", "pos", 1, "oth", "q")
p(D, "pas une rencontre de résultats", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a11 Capital, news report, call of 30 Mar 2020 (oil, Covid)
D = "a11_capital_20200331"
META[D] = ("Capital", "2020-03-31", "2020-03-30 Trump-Putin phone call (oil prices, Covid-19)")
TONE[D] = 2
p(D, "s'accordent pour calmer les marchés", "pos", 2, "coop", "j", note="headline; agreement predicate without marks")
p(D, "Une convergence inattendue", "pos", 2, "coop", "j")
p(D, "convenus que leurs ministres de l'Énergie mèneraient des consultations", "pos", 1, "coop", "q", note="selon le Kremlin")
p(D, "une excellente conversation", "pos", 3, "coop", "q")
p(D, "coopérer étroitement", "pos", 2, "coop", "q")
p(D, "très aimable", "pos", 2, "oth", "q")
p(D, "peuvent trouver un intérêt commun", "pos", 2, "coop", "q")
p(D, "Rien n'est encore joué", "neu", 1, "oth", "q")
p(D, "les sujets de friction ne manquent pas", "neg", 1, "conf", "j")
p(D, "parlent aujourd'hui d'une même voix", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a12 Le Journal de Montréal, scraped page, call of 12 Feb 2025
D = "a12_journaldemontreal_20250213"
META[D] = ("Le Journal de Montréal", "2025-02-13", "2025-02-12 Trump-Putin phone call (Ukraine negotiations)")
TONE[D] = 2
p(D, "lancent les négociations sur l’Ukraine", "pos", 1, "coop", "j", note="headline")
p(D, "convenu d’engager « immédiatement » des négociations", "pos", 2, "coop", "q", note="agreement predicate with a quote-marked fragment")
p(D, "extrêmement utile", "pos", 3, "coop", "q")
p(D, "Nous allons collaborer de très près", "pos", 2, "coop", "q")
p(D, "chacun ira voir l’autre chez lui", "pos", 1, "oth", "q")
p(D, "le ton était tout aussi enthousiaste", "pos", 2, "oth", "j")
p(D, "le moment est venu d’ouvrir une nouvelle page", "pos", 2, "coop", "q")
p(D, "dans un esprit de confiance", "pos", 2, "oth", "q")
p(D, "Ce spectaculaire rapprochement", "pos", 2, "coop", "j", note="war-heavy paragraph, warm framing")
p(D, "un signe de bonne volonté", "pos", 1, "coop", "q", note="salué à Washington comme")
p(D, "pourrait avoir lieu en Arabie saoudite", "pos", 1, "oth", "q", note="a laissé entendre")

# ---------------------------------------------------------------- a13 L'essentiel, AFP wire, call of 18 Mar 2025
D = "a13_lessentiel_20250319"
META[D] = ("L'essentiel", "2025-03-19", "2025-03-18 Trump-Putin phone call (30-day energy truce)")
TONE[D] = 0
p(D, "s'entendent sur une trêve limitée", "pos", 1, "coop", "j", note="headline; agreement predicate without marks")
p(D, "a rejeté le cessez-le-feu général et inconditionnel proposé par Washington", "neg", 2, "conf", "q", note="rejeter + NP is a stance verb")
p(D, "premières étapes vers la paix", "pos", 2, "coop", "q")
p(D, "plus sereine", "pos", 2, "coop", "q")
p(D, "de très importantes affaires", "pos", 1, "coop", "q")
p(D, "approfondi", "pos", 1, "oth", "q")
p(D, "direct", "neu", 1, "oth", "q", note="diplomatic code for frankness")
p(D, "a posé ses conditions à une trêve plus large", "neg", 1, "conf", "j")
p(D, "une idée que Donald Trump a soutenue", "pos", 1, "oth", "q", note="hockey matches, selon le Kremlin")
p(D, "un premier pas", "pos", 1, "coop", "q", note="Luxembourg minister on the call's outcome")

# ---------------------------------------------------------------- a14 El Watan, scraped page, call of 19 May 2025
D = "a14_elwatan_20250520"
META[D] = ("El Watan", "2025-05-20", "2025-05-19 Trump-Putin phone call (memorandum, no ceasefire)")
TONE[D] = -1
p(D, "pas de cessez-le-feu", "neg", 1, "coop", "j", note="headline")
p(D, "un échange positif", "pos", 2, "coop", "q", note="les deux parties ont salué + NP")
p(D, "n'a débouché sur aucun cessez-le-feu", "neg", 2, "coop", "j")
p(D, "sincère", "pos", 1, "oth", "q")
p(D, "substantielle", "pos", 2, "coop", "q")
p(D, "remarquablement chaleureuse", "pos", 3, "oth", "q")
p(D, "se comprennent à demi-mot", "pos", 2, "oth", "q")
p(D, "l'atmosphère était excellente", "pos", 3, "oth", "q")
p(D, "Washington n'a rien obtenu", "neg", 2, "coop", "j")
p(D, "ni trêve, ni calendrier, ni concession", "neg", 1, "coop", "j")
p(D, "Moscou gagne du temps, et Washington fait semblant de ne pas le voir", "neg", 2, "oth", "q")

# ---------------------------------------------------------------- a15 Lefaso.net, news report, call of 4 Jun 2025
D = "a15_lefaso_20250605"
META[D] = ("Le Faso", "2025-06-05", "2025-06-04 Trump-Putin phone call (after the Ukrainian drone strike on air bases)")
TONE[D] = -1
p(D, "la paix s'éloigne", "neg", 2, "coop", "j", note="headline")
p(D, "bonne", "pos", 2, "coop", "q", after="a jugé la conversation")
p(D, "ne déboucherait pas sur une paix rapide", "neg", 1, "coop", "q", note="reconnaître que")
p(D, "constructif", "pos", 2, "coop", "q")
p(D, "remercié son homologue pour l'attitude américaine", "pos", 1, "oth", "q")
p(D, "convenus de rester en contact", "pos", 1, "coop", "q", note="Ouchakov a précisé que")
p(D, "l'impuissance de Washington", "neg", 2, "oth", "q", note="pour les observateurs")
p(D, "Vladimir Poutine ne lui fait aucun cadeau", "neg", 2, "conf", "q")
p(D, "une conversation ne remplace pas un accord", "neg", 1, "coop", "q")
p(D, "Aucune nouvelle rencontre entre les deux présidents n'a été annoncée", "neg", 1, "oth", "j")
p(D, "n'a obtenu aucune concession sur le terrain", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a16 Le Nouvelliste, news report, call of 3 Jul 2025
D = "a16_lenouvelliste_20250704"
META[D] = ("Le Nouvelliste", "2025-07-04", "2025-07-03 Trump-Putin phone call (no progress)")
TONE[D] = -2
p(D, "déçu", "neg", 2, "coop", "q", after="Monde\n\nTrump", note="headline; attributed in the body")
p(D, "franchement déçu", "neg", 2, "coop", "q")
p(D, "On n’a pas avancé d’un pouce", "neg", 2, "coop", "q")
p(D, "direct", "neu", 1, "oth", "q", after="l’échange a été")
p(D, "substantiel", "pos", 1, "coop", "q")
p(D, "évoqué la possibilité d’échanger des films", "pos", 1, "coop", "q", note="selon Ouchakov")
p(D, "ne renoncera pas", "neg", 1, "conf", "q")
p(D, "un tournant dans le ton du président américain", "neg", 2, "oth", "j")
p(D, "n’avait jusqu’ici jamais critiqué aussi directement son homologue russe", "neg", 2, "conf", "j")
p(D, "ça ne me plaît pas du tout", "neg", 2, "conf", "q")
p(D, "La méthode Trump, fondée sur la relation personnelle, atteint ses limites", "neg", 2, "coop", "q")
p(D, "encaisse les gestes de bonne volonté et ne rend rien", "neg", 2, "coop", "q")
p(D, "Aucune date n’a été fixée pour un prochain échange", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a17 Paris Match, scraped page, Anchorage summit 15 Aug 2025
D = "a17_parismatch_20250816"
META[D] = ("Paris Match", "2025-08-16", "2025-08-15 Anchorage summit, the day after")
TONE[D] = 1
p(D, "tapis rouge, sourires et limousine", "pos", 1, "oth", "j", note="headline; the meeting's form")
p(D, "avec les honneurs", "pos", 1, "oth", "j")
p(D, "Pas d'accord sur l'Ukraine", "neg", 2, "coop", "j")
p(D, "une mise en scène soignée", "neu", 1, "oth", "j")
p(D, "se sont longuement serré la main, tout sourire", "pos", 2, "oth", "j")
p(D, "Le déjeuner de travail prévu avec les délégations élargies a été annulé", "neg", 1, "oth", "j")
p(D, "cordiale", "pos", 2, "oth", "q")
p(D, "sérieuse", "pos", 1, "oth", "q")
p(D, "repartir sur de nouvelles bases", "pos", 2, "coop", "q")
p(D, "On a fait du bon travail", "pos", 2, "coop", "q")
p(D, "très, très bonne", "pos", 2, "coop", "q")
p(D, "encore du chemin à faire", "neg", 1, "coop", "q")
p(D, "une invitation pour une prochaine rencontre à Moscou", "pos", 1, "oth", "q", note="lancer une invitation")
p(D, "progrès réels", "pos", 2, "coop", "q")
p(D, "un moment de télévision réussi", "neu", 1, "oth", "q")
p(D, "c'est un début, et rien de plus", "neu", 1, "coop", "q", note="positive noun under restriction")

# ---------------------------------------------------------------- a18 Seneweb, scraped page, Budapest summit shelved, Oct 2025
D = "a18_seneweb_20251023"
META[D] = ("Seneweb", "2025-10-23", "2025-10-21/22 Budapest summit shelved after the 16 Oct 2025 call; sanctions on Rosneft and Lukoil")
TONE[D] = -2
p(D, "enterre le rendez-vous avec Poutine", "neg", 2, "oth", "j", note="headline")
p(D, "a renoncé au sommet", "neg", 2, "oth", "j")
p(D, "prématurée", "neg", 1, "oth", "q")
p(D, "grands progrès", "pos", 2, "coop", "q")
p(D, "promettait une rencontre", "pos", 1, "oth", "q")
p(D, "a tourné court", "neg", 2, "coop", "j")
p(D, "Je ne vais pas m'asseoir à une table pour faire de la figuration", "neg", 1, "oth", "q")
p(D, "le courant passe toujours bien au téléphone", "pos", 2, "oth", "q")
p(D, "C'est après que ça se gâte", "neg", 2, "coop", "q")
p(D, "la réaction a été glaciale", "neg", 2, "conf", "j")
p(D, "hostile", "neg", 2, "conf", "q")
p(D, "il ne fallait pas parler d'annulation mais de report", "neu", 1, "oth", "q")
p(D, "la lune de miel entre Washington et Moscou est bel et bien terminée", "neg", 3, "coop", "q")
