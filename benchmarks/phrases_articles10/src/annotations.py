"""Gold framing phrases and article tone for phrases_articles10 (HELD-OUT test set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Do not study or tune on this set: it is scored only, before and after a pass.
"""


# ---------------------------------------------------------------- a01 Reuters, Trump-Putin call 12 Feb 2025
D = "a01_reuters_20250212"
META[D] = ("Reuters", "2025-02-12", "2025-02-12 Trump-Putin call, talks on Ukraine agreed")
TONE[D] = 1
p(D, "conviennent d'entamer des négociations", "pos", 1, "coop", "j", note="headline; agreement predicate without quote marks")
p(D, "rompant avec trois années d'isolement diplomatique", "pos", 2, "coop", "j", note="journalist's participial comment attached to Trump's announcement")
p(D, "ça s'est très bien passé", "pos", 2, "coop", "q")
p(D, "travaillent main dans la main", "pos", 2, "coop", "q")
p(D, "pourraient se rencontrer prochainement en Arabie saoudite", "pos", 1, "oth", "q", note="announced meeting, incise a-t-il ajouté")
p(D, "a invité son homologue à se rendre à Moscou", "pos", 1, "oth", "q", note="selon Ouchakov")
p(D, "prêt à recevoir des responsables américains", "pos", 1, "coop", "q", note="se dire prêt")
p(D, "rien n'indique toutefois que les positions de Washington et de Moscou se soient rapprochées", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a02 Boursorama/AOF market report, after the 18 Mar 2025 call
D = "a02_boursorama_20250319"
META[D] = ("Boursorama (AOF)", "2025-03-19", "2025-03-18 Trump-Putin call, energy-infrastructure truce; oil market report")
TONE[D] = 0
p(D, "n'a débouché que sur une trêve partielle", "neg", 1, "coop", "j")
p(D, "positif", "pos", 1, "coop", "q", note="qualifié de «positif» par la Maison Blanche comme par le Kremlin")
p(D, "Ce qui est sorti de l'appel est maigre", "neg", 2, "coop", "q", note="market strategist, outside observer")
p(D, "les deux camps ont encore beaucoup de chemin à parcourir", "neg", 1, "coop", "q")
p(D, "affiché leur volonté de poursuivre le dialogue", "pos", 1, "coop", "q", note="stance verb + NP")

# ---------------------------------------------------------------- a03 RT France style, Putin-Trump call 19 May 2025
D = "a03_rtfrance_20250520"
META[D] = ("RT France", "2025-05-20", "2025-05-19 Putin-Trump call after the Istanbul talks")
TONE[D] = 2
p(D, "la promesse de poursuivre", "pos", 1, "coop", "j", note="headline, no speaker")
p(D, "Un ton cordial", "pos", 2, "oth", "j")
p(D, "Moscou et Washington savent de nouveau se parler", "pos", 2, "coop", "j")
p(D, "cet échange nous a fait avancer", "pos", 2, "coop", "q")
p(D, "l'atmosphère de l'appel était excellente", "pos", 3, "oth", "q", note="selon Ouchakov")
p(D, "chacun prend plaisir à cet échange", "pos", 2, "oth", "q")
p(D, "se téléphoner dès que nécessaire", "pos", 1, "coop", "q", note="convenir with quote marks")
p(D, "formidablement bien passé", "pos", 3, "coop", "q")
p(D, "ont énormément à faire ensemble", "pos", 2, "coop", "q")
p(D, "prédisaient un échange houleux", "neg", 1, "oth", "q", note="Western media's forecast, refuted by the article; voice doubtful (prédire)")
p(D, "perspectives commerciales « illimitées » entre les deux pays", "pos", 2, "coop", "q", note="évoquer with a quoted qualifier")

# ---------------------------------------------------------------- a04 franceinfo live blog, 18-19 Aug 2025 (Alaska aftermath, Trump-Putin call)
D = "a04_franceinfo_20250819"
META[D] = ("franceinfo", "2025-08-19", "2025-08-18 Trump-Putin call during the White House meeting, three days after Anchorage")
TONE[D] = 0
p(D, "s'était achevé sans accord", "neg", 1, "coop", "j")
p(D, "avoir lancé l'organisation d'une rencontre entre les présidents russe et ukrainien", "pos", 1, "oth", "q", note="affirme + infinitive")
p(D, "reste évasif", "neg", 1, "oth", "j", note="entry headline")
p(D, "Rien ne se fera dans la précipitation", "neg", 1, "oth", "q")
p(D, "n'a jamais été aussi fréquentée", "pos", 2, "coop", "q", note="the outlet's own correspondent, in quote marks under an entry heading")
p(D, "personne à la Maison Blanche n'est capable de dire ce que Vladimir Poutine a réellement promis", "neg", 1, "oth", "q")
p(D, "un échange utile", "pos", 1, "coop", "q")
p(D, "dans un climat apaisé", "pos", 2, "oth", "q")
p(D, "nous avons lancé l'organisation d'une rencontre entre lui et le président Zelensky", "pos", 1, "oth", "q")
p(D, "dit préparer une rencontre Poutine-Zelensky", "pos", 1, "oth", "q", note="headline")

# ---------------------------------------------------------------- a05 Le Figaro, Trump-Putin at the Hamburg G20, 7 Jul 2017
D = "a05_lefigaro_20170708"
META[D] = ("Le Figaro", "2017-07-08", "2017-07-07 first Trump-Putin meeting, G20 Hamburg")
TONE[D] = 1
p(D, "plus longue que prévu", "pos", 1, "oth", "j", note="headline")
p(D, "restent en désaccord sur l'ingérence russe", "neg", 1, "conf", "j")
p(D, "Signe de l'entente entre les deux hommes", "pos", 2, "oth", "j")
p(D, "ont tout de suite trouvé le ton juste", "pos", 2, "oth", "q")
p(D, "une vraie envie, des deux côtés, de passer à autre chose", "pos", 2, "coop", "q")
p(D, "Un premier résultat tangible", "pos", 1, "coop", "j")
p(D, "des versions divergentes de l'échange", "neg", 1, "oth", "j")
p(D, "avec insistance", "neg", 1, "conf", "q")
p(D, "aucun des contentieux de fond n'a été réglé", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a06 Le Parisien brève, Trump-Putin at the Osaka G20, 28 Jun 2019
D = "a06_leparisien_20190628"
META[D] = ("Le Parisien", "2019-06-28", "2019-06-28 Trump-Putin meeting, G20 Osaka")
TONE[D] = 0
p(D, "Nous nous entendons bien, lui et moi", "pos", 2, "coop", "q")
p(D, "un entretien de travail sans fioritures", "neu", 1, "oth", "q")
p(D, "reprendraient les consultations sur la maîtrise des armements", "pos", 1, "coop", "q", note="selon la Maison Blanche")
p(D, "Aucune avancée n'a en revanche été annoncée", "neg", 1, "coop", "j")
p(D, "soutiennent des camps opposés", "neg", 1, "conf", "j")
p(D, "a souri sans répondre", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a07 La Dépêche du Midi, Witkoff in Moscow 6 Aug 2025 (and Kellogg)
D = "a07_ladepeche_20250807"
META[D] = ("La Dépêche du Midi", "2025-08-07", "2025-08-06 Witkoff-Putin meeting in Moscow; Kellogg's Kyiv track")
TONE[D] = 1
p(D, "ouvre la voie à un sommet", "pos", 1, "oth", "j", note="headline")
p(D, "un président américain enthousiaste", "pos", 2, "oth", "j")
p(D, "a relancé l'hypothèse d'une rencontre", "pos", 1, "oth", "j")
p(D, "On a beaucoup avancé, vraiment beaucoup", "pos", 3, "coop", "q")
p(D, "une conversation substantielle", "pos", 1, "coop", "q")
p(D, "un accord de principe pour un sommet", "pos", 1, "oth", "q", note="a confirmé + NP")
p(D, "le Kremlin n'a rien lâché sur ses exigences territoriales", "neg", 1, "coop", "j")
p(D, "Le Kremlin sait offrir des rendez-vous plutôt que des concessions", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a08 Le Devoir editorial, Biden-Putin call 30 Dec 2021
D = "a08_ledevoir_20211231"
META[D] = ("Le Devoir", "2021-12-31", "2021-12-30 Biden-Putin phone call on Ukraine")
TONE[D] = -1
p(D, "Les deux hommes se parlent, tant mieux", "pos", 1, "coop", "j")
p(D, "satisfait du ton de l'échange", "pos", 1, "oth", "q", note="se déclarer + adjective")
p(D, "comme deux joueurs d'échecs qui comptent les pièces de l'autre", "neg", 2, "conf", "j")
p(D, "feraient payer très cher toute incursion en Ukraine", "neg", 2, "conf", "q")
p(D, "mis en garde contre un effondrement pur et simple des relations", "neg", 3, "conf", "q")
p(D, "On aurait tort de confondre cette politesse téléphonique avec une désescalade", "neg", 2, "coop", "j")
p(D, "sans grande illusion de part et d'autre", "neg", 1, "coop", "j")
p(D, "Le dialogue n'est pas inutile", "pos", 1, "coop", "j", note="litotes")
p(D, "une négociation sous la contrainte, où la diplomatie sert surtout à annoncer les représailles", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a09 Le Soir, Minsk II, 12 Feb 2015
D = "a09_lesoir_20150213"
META[D] = ("Le Soir", "2015-02-13", "2015-02-12 Minsk II agreement, Normandy-format summit")
TONE[D] = 0
p(D, "un accord arraché au bout de la nuit", "pos", 1, "coop", "j")
p(D, "une paix encore très hypothétique", "neg", 2, "coop", "j")
p(D, "personne, à Minsk, ne criait victoire", "neg", 1, "oth", "j")
p(D, "Nous avons réussi à nous entendre sur l'essentiel", "pos", 2, "coop", "q")
p(D, "Nous avons une chance", "pos", 1, "coop", "q")
p(D, "dénoncé les « conditions inacceptables » posées par Moscou", "neg", 2, "conf", "q")
p(D, "l'ambiance a été électrique à plusieurs reprises", "neg", 2, "oth", "q", note="selon plusieurs participants")
p(D, "accusant Moscou de continuer à envoyer des armes aux séparatistes", "neg", 2, "conf", "q")
p(D, "une étape importante, à confirmer sur le terrain", "pos", 1, "coop", "q", note="Belgian minister, outside diplomat; hedged")

# ---------------------------------------------------------------- a10 TV5Monde, third Istanbul round 23 Jul 2025, Turkish mediation
D = "a10_tv5monde_20250724"
META[D] = ("TV5Monde", "2025-07-24", "2025-07-23 third Russia-Ukraine round in Istanbul, Turkish mediation")
TONE[D] = -1
p(D, "toujours un gouffre entre Moscou et Kiev", "neg", 2, "conf", "j")
p(D, "Seul point d'accord", "neg", 1, "coop", "j")
p(D, "rien attendre de spectaculaire", "neg", 1, "coop", "q")
p(D, "Nos positions restent opposées sur presque tout", "neg", 2, "conf", "q")
p(D, "nous avons fait ce qui était possible", "pos", 1, "coop", "q")
p(D, "réitéré sa proposition d'une rencontre entre Volodymyr Zelensky et Vladimir Poutine", "pos", 1, "oth", "q")
p(D, "ces discussions tourneront en rond", "neg", 2, "coop", "q")
p(D, "Le simple fait qu'ils continuent de se voir a de la valeur", "pos", 1, "coop", "q", note="Turkish mediator")

# ---------------------------------------------------------------- a11 Europe 1, US-Russia talks in Riyadh 18 Feb 2025
D = "a11_europe1_20250218"
META[D] = ("Europe 1", "2025-02-18", "2025-02-18 Rubio-Lavrov talks in Riyadh")
TONE[D] = 1
p(D, "se reparlent", "pos", 1, "coop", "j", note="headline")
p(D, "une vraie discussion, pas un échange de monologues", "pos", 2, "coop", "q")
p(D, "Nous avons posé des bases, rien de plus, mais rien de moins", "pos", 1, "coop", "q")
p(D, "désigner chacune une équipe de haut niveau chargée de négocier sur l'Ukraine", "pos", 1, "coop", "j", note="agreement to keep talking, convenir without quote marks")
p(D, "l'ambiance était détendue, presque cordiale", "pos", 2, "oth", "q", note="the outlet's own envoy, in quote marks with raconte-t-il")
p(D, "les deux pays ne se parlaient plus qu'à travers des communiqués", "neg", 1, "coop", "q", note="past")
p(D, "Aucune rencontre entre Donald Trump et Vladimir Poutine n'a en revanche été fixée", "neg", 1, "oth", "j")
p(D, "pourrait voir son homologue russe très bientôt", "pos", 1, "oth", "q")
p(D, "le changement d'atmosphère", "pos", 1, "oth", "j", note="the envoy's framing before his quote")

# ---------------------------------------------------------------- a12 La Libre Belgique, Armenia-Azerbaijan treaty text agreed 13 Mar 2025
D = "a12_lalibre_20250314"
META[D] = ("La Libre Belgique", "2025-03-14", "2025-03-13 Armenia-Azerbaijan peace treaty text finalised")
TONE[D] = 1
p(D, "la signature attendra", "neg", 1, "oth", "j", note="headline")
p(D, "avoir bouclé les négociations sur le texte", "pos", 2, "coop", "q")
p(D, "Nous avons tendu la main, elle a été saisie", "pos", 2, "coop", "q")
p(D, "Une avancée réelle", "pos", 2, "coop", "j")
p(D, "fragile", "neg", 1, "oth", "j", note="«Une avancée réelle, mais fragile»: two phrases")
p(D, "accusé Erevan de tirs sur ses positions", "neg", 1, "conf", "q")
p(D, "La méfiance reste profonde", "neg", 2, "conf", "q")
p(D, "une occasion historique", "pos", 2, "coop", "q", note="EU, outside party")
p(D, "le texte de paix est prêt", "pos", 1, "coop", "j", note="headline")

# ---------------------------------------------------------------- a13 La Tribune, US-China trade truce in Geneva 12 May 2025
D = "a13_latribune_20250512"
META[D] = ("La Tribune", "2025-05-12", "2025-05-12 US-China tariff truce agreed in Geneva")
TONE[D] = 2
p(D, "Personne ne s'attendait à un tel résultat en aussi peu de temps", "pos", 2, "coop", "j")
p(D, "une pause spectaculaire dans leur escalade tarifaire", "pos", 2, "conf", "j")
p(D, "nos intérêts convergeaient bien plus que prévu", "pos", 2, "coop", "q")
p(D, "un pas important pour aplanir les différends", "pos", 2, "coop", "q")
p(D, "créer un mécanisme de consultation permanent", "pos", 1, "coop", "j", note="agreement to keep talking")
p(D, "Le ton a radicalement changé en un mois", "pos", 2, "oth", "j")
p(D, "échangeaient encore des surenchères quotidiennes", "neg", 2, "conf", "j", note="past")
p(D, "C'est une trêve, pas la paix", "neg", 1, "conf", "q", note="economist, outside observer")

# ---------------------------------------------------------------- a14 Le Monde, Thailand-Cambodia ceasefire 28 Jul 2025
D = "a14_lemonde_20250729"
META[D] = ("Le Monde", "2025-07-29", "2025-07-28 Thailand-Cambodia ceasefire agreed in Putrajaya")
TONE[D] = -1
p(D, "déjà contesté", "neg", 1, "conf", "j", note="headline")
p(D, "ont choisi de se parler plutôt que de se tirer dessus", "pos", 2, "coop", "q", note="Malaysian mediator")
p(D, "je l'espère, un peu de confiance", "pos", 1, "conf", "q", note="hedged")
p(D, "Nous verrons sur le terrain si le Cambodge tient parole", "neg", 1, "conf", "q")
p(D, "brève et sans chaleur", "neg", 1, "oth", "j")
p(D, "n'a pas suffi à dissiper la défiance accumulée", "neg", 2, "conf", "j")
p(D, "accusé les troupes cambodgiennes d'avoir ouvert le feu", "neg", 2, "conf", "q")
p(D, "la relation entre Bangkok et Phnom Penh, elle en sort durablement abîmée", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a15 Jeune Afrique, Sudan army-RSF talks in Jeddah suspended 31 May 2023
D = "a15_jeuneafrique_20230601"
META[D] = ("Jeune Afrique", "2023-06-01", "2023-05-31 Sudanese army suspends the Jeddah talks with the RSF")
TONE[D] = -2
p(D, "le dialogue entre l'armée et les FSR s'effondre", "neg", 3, "coop", "j", note="headline")
p(D, "Les rebelles n'ont respecté aucune de leurs promesses", "neg", 2, "conf", "q")
p(D, "accusant l'armée de se servir des pourparlers comme d'un écran de fumée", "neg", 2, "conf", "q")
p(D, "violées presque aussitôt signées", "neg", 2, "conf", "j")
p(D, "un manque flagrant de sérieux des deux côtés", "neg", 2, "coop", "q", note="mediators")
p(D, "ne se sont jamais parlé en face à face", "neg", 1, "oth", "j")
p(D, "sont devenus des ennemis jurés", "neg", 3, "conf", "j")
p(D, "aucune table de négociation ne tiendra", "neg", 2, "coop", "q", note="inside a Tant que condition")
p(D, "suspendre sa participation aux pourparlers", "neg", 2, "coop", "q", note="a annoncé + infinitive")

# ---------------------------------------------------------------- a16 L'Express, Erdogan in Athens 7 Dec 2023
D = "a16_lexpress_20231208"
META[D] = ("L'Express", "2023-12-08", "2023-12-07 Erdogan-Mitsotakis meeting in Athens, joint declaration")
TONE[D] = 2
p(D, "l'embellie", "pos", 2, "coop", "j", note="headline")
p(D, "avait tourné à l'échange d'amabilités acides", "neg", 2, "conf", "j", note="past visit, 2017")
p(D, "on peut être en désaccord sans être en guerre", "pos", 1, "conf", "q")
p(D, "une mer d'amitié, pas une ligne de front", "pos", 2, "conf", "q")
p(D, "ont parlé d'avenir plutôt que de griefs", "pos", 2, "coop", "j")
p(D, "Les sujets qui fâchent", "neg", 1, "conf", "j")
p(D, "soigneusement mis de côté", "neu", 1, "oth", "j")
p(D, "Le climat est le meilleur depuis vingt ans", "pos", 3, "oth", "q")
p(D, "il repose beaucoup sur deux hommes et sur une conjoncture favorable", "neg", 1, "oth", "q")

# ---------------------------------------------------------------- a17 L'Orient-Le Jour, Saudi-Iran agreement in Beijing 10 Mar 2023
D = "a17_lorientlejour_20230311"
META[D] = ("L'Orient-Le Jour", "2023-03-11", "2023-03-10 Saudi Arabia-Iran agreement in Beijing to restore relations")
TONE[D] = 1
p(D, "renouent", "pos", 2, "coop", "j", note="headline")
p(D, "la rupture de 2016", "neg", 1, "coop", "j", note="past")
p(D, "Un chapitre de suspicion se referme", "pos", 2, "conf", "q")
p(D, "le dialogue est notre choix", "pos", 1, "coop", "q")
p(D, "une victoire du dialogue et de la paix", "pos", 2, "coop", "q", note="Chinese mediator")
p(D, "s'affrontent par procuration depuis des années", "neg", 2, "conf", "j")
p(D, "les deux rivaux n'ont pas cessé de l'être", "neg", 1, "conf", "q")
p(D, "Ils ont simplement décidé de se parler, ce qui est déjà beaucoup", "pos", 1, "coop", "q")
p(D, "Le véritable test sera le Yémen", "neu", 1, "oth", "j")
p(D, "doutant publiquement que Téhéran honore ses engagements", "neg", 1, "conf", "q", note="outside party (Washington); voice doubtful: attitude verb made public")

# ---------------------------------------------------------------- a18 TSA (Algeria), France-Algeria expulsions 13-15 Apr 2025
D = "a18_tsa_20250415"
META[D] = ("TSA", "2025-04-15", "2025-04-13/15 France-Algeria tit-for-tat expulsions, a week after Barrot's visit to Algiers")
TONE[D] = -2
p(D, "retour à la case crise", "neg", 2, "coop", "j", note="headline")
p(D, "La parenthèse de réconciliation aura duré moins de trois semaines", "neg", 2, "coop", "j")
p(D, "avait mis fin à huit mois de glaciation", "pos", 2, "coop", "j", note="the 31 March call, past")
p(D, "Une relation apaisée, c'est ce que nous voulons construire", "pos", 1, "coop", "q")
p(D, "Le dialogue, que l'on croyait relancé, est de nouveau suspendu", "neg", 2, "coop", "j")
p(D, "porte seul la responsabilité", "neg", 2, "conf", "q")
p(D, "ce nouveau coup de froid", "neg", 2, "coop", "q")
p(D, "l'Algérie a fait le choix de l'escalade", "neg", 2, "conf", "q")
p(D, "Chaque pas en avant est suivi de deux pas en arrière", "neg", 2, "coop", "q")
