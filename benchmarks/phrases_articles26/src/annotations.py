"""Gold framing phrases and article tone for phrases_articles26 (HELD-OUT test set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Do not study or tune on this set: it is scored only, before and after a pass.
"""


# ---------------------------------------------------------------- a01 AFP, Trump-Putin first meeting, Hamburg G20, 7 Jul 2017
D = "a01_afp_20170707"
META[D] = ("AFP", "2017-07-07", "2017-07-07 first Trump-Putin meeting at the G20 in Hamburg")
TONE[D] = 1
p(D, "plus long que prévu", "pos", 1, "oth", "j", note="headline; meeting ran over its planned length")
p(D, "au lieu de la demi-heure initialement prévue", "pos", 1, "oth", "j", note="same framing as the headline")
p(D, "ont tout de suite trouvé un terrain d'entente", "pos", 2, "coop", "q")
p(D, "très constructif", "pos", 2, "coop", "q")
p(D, "ne pas laisser ce différend « bloquer » la relation", "pos", 2, "coop", "q", note="mixed span; incise a-t-il ajouté (Tillerson)")
p(D, "avait « accepté » les dénégations de M. Poutine", "pos", 1, "coop", "q", note="Lavrov's account of Trump's stance")
p(D, "un grand plaisir", "pos", 1, "oth", "q")
p(D, "ouvrira une nouvelle étape", "pos", 1, "coop", "q", note="se dire convaincu que")
p(D, "fortes tensions entre Moscou et Washington", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a02 Le Parisien, Trump-Putin at the Osaka G20, 28 Jun 2019
D = "a02_leparisien_20190628"
META[D] = ("Le Parisien", "2019-06-28", "2019-06-28 Trump-Putin meeting at the G20 in Osaka")
TONE[D] = 0
p(D, "des sujets qui fâchent", "neg", 1, "conf", "j", note="headline")
p(D, "ont repris leur conversation là où ils l'avaient laissée", "pos", 1, "coop", "j")
p(D, "ça se passe bien, et ça va continuer", "pos", 2, "coop", "q")
p(D, "une plaisanterie complice", "pos", 2, "oth", "j")
p(D, "positif", "pos", 1, "coop", "q")
p(D, "sans éclats", "pos", 1, "oth", "q", note="no clashes; ambiguous with 'sans éclat' (dull)")
p(D, "a renouvelé son invitation", "pos", 1, "oth", "q", note="selon Ouchakov")
p(D, "Aucun calendrier n'a été avancé", "neg", 1, "oth", "j")
p(D, "convenus de poursuivre les discussions", "pos", 1, "coop", "q", note="a indiqué que (Sanders)")
p(D, "les divergences restent entières", "neg", 2, "conf", "j")
p(D, "annulé à la dernière minute", "neg", 2, "oth", "j", note="background: Buenos Aires meeting cancelled")
p(D, "chaque embellie reste à la merci de la prochaine crise", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a03 Le Point analysis, Trump-Putin call, 12 Feb 2025
D = "a03_lepoint_20250213"
META[D] = ("Le Point", "2025-02-13", "2025-02-12 Trump-Putin phone call")
TONE[D] = 1
p(D, "la glace est rompue", "pos", 2, "coop", "j", note="headline")
p(D, "franchement excellent", "pos", 3, "coop", "q")
p(D, "engager sans délai des négociations", "pos", 2, "coop", "q")
p(D, "a invité son homologue à Moscou", "pos", 1, "oth", "q", note="selon Peskov")
p(D, "se sont parlé comme des hommes qui se respectent", "pos", 2, "oth", "q")
p(D, "le chef d'orchestre d'une guerre par procuration menée contre la Russie", "neg", 2, "conf", "q", note="background; the regime 'décrivait ... comme'")
p(D, "le ton a changé du tout au tout", "pos", 2, "oth", "j")
p(D, "l'appel vaut reconnaissance", "pos", 1, "coop", "q", note="'Pour Moscou, ...' read as pour-X attribution")
p(D, "en partenaire de négociation, et non plus en paria", "pos", 2, "coop", "q")
p(D, "Reste à savoir si cette embellie résistera à l'épreuve des faits", "neu", 1, "oth", "j", note="uncertainty")
p(D, "les positions demeurent très éloignées", "neg", 2, "conf", "j")
p(D, "beaucoup de chaleur", "pos", 1, "oth", "q")
p(D, "très peu de substance", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a04 Le Monde, Biden sanctions and summit offer, 15-16 Apr 2021
D = "a04_lemonde_20210416"
META[D] = ("Le Monde", "2021-04-16", "2021-04-13 Biden-Putin call; 2021-04-15 US sanctions and expulsions; Russian response")
TONE[D] = -1
p(D, "gardant la main tendue", "pos", 1, "coop", "j", note="headline")
p(D, "riposte inévitable", "neg", 2, "conf", "q", after="Moscou promet une « ", note="standfirst")
p(D, "lui proposer une rencontre", "pos", 1, "oth", "q", note="summit proposal")
p(D, "ne voulons pas entrer dans une spirale de représailles", "pos", 1, "conf", "q")
p(D, "sa proposition de sommet tenait toujours", "pos", 1, "oth", "q", note="assurant que")
p(D, "comportement agressif", "neg", 2, "conf", "q")
p(D, "riposte inévitable", "neg", 2, "conf", "q", after="comportement agressif")
p(D, "à l'étude", "neu", 1, "oth", "q")
p(D, "ne contribue pas à créer un climat favorable", "neg", 1, "oth", "q")
p(D, "déjà au plus mal", "neg", 2, "coop", "j")
p(D, "s'enfonce ainsi un peu plus dans la crise", "neg", 2, "coop", "j")
p(D, "veut montrer que le dialogue reste possible", "pos", 1, "coop", "j", note="attitude verb vouloir: journalist")

# ---------------------------------------------------------------- a05 Reuters, Putin thanks Trump for CIA tip, 17 Dec 2017
D = "a05_reuters_20171217"
META[D] = ("Reuters", "2017-12-17", "2017-12-17 Putin-Trump call after CIA tip foiled St Petersburg attack")
TONE[D] = 2
p(D, "remercie Trump", "pos", 2, "coop", "q", note="headline; thanking with pour-content is a speech act")
p(D, "exprimer sa reconnaissance", "pos", 2, "coop", "q", note="a annoncé le Kremlin")
p(D, "a remercié Donald Trump", "pos", 2, "coop", "q")
p(D, "sa gratitude", "pos", 2, "coop", "q")
p(D, 'les transmettraient "immédiatement" à leurs homologues américains', "pos", 2, "coop", "q")
p(D, "coopération qui a sauvé des vies", "pos", 3, "coop", "q")
p(D, "l'importance de travailler de concert contre le terrorisme", "pos", 2, "coop", "q", note="selon un communiqué")
p(D, "le remercier", "pos", 1, "oth", "q", note="Thursday call: thanks for compliments")
p(D, "Cet échange d'amabilités", "pos", 1, "oth", "j")
p(D, "au plus bas depuis des années", "neg", 2, "coop", "j", note="background")

# ---------------------------------------------------------------- a06 Ouest-France (scraped page), Trump-Putin call, 18 Mar 2025
D = "a06_ouestfrance_20250318"
META[D] = ("Ouest-France", "2025-03-18", "2025-03-18 Trump-Putin call: 30-day energy strike pause")
TONE[D] = 0
p(D, "loin du cessez-le-feu espéré", "neg", 1, "coop", "j", note="headline")
p(D, "a rejeté le cessez-le-feu général de trente jours proposé par Washington", "neg", 1, "coop", "j", note="rejection of the other side's proposal")
p(D, "Un échange formidable", "pos", 3, "coop", "q")
p(D, "on avance vite", "pos", 2, "coop", "q")
p(D, "beaucoup d'éléments d'un accord de paix", "pos", 1, "coop", "q")
p(D, "Le Kremlin s'est montré plus sobre", "neu", 1, "oth", "j", note="tone of the readout")
p(D, "approfondi et sincère", "pos", 1, "oth", "q")
p(D, "ont également convenu d'ouvrir des discussions techniques", "pos", 1, "coop", "j", note="agreement predicate, no quote marks")
p(D, "a posé ses conditions", "neg", 1, "conf", "j")
p(D, "a accueillie favorablement", "pos", 1, "coop", "q", note="selon le Kremlin")
p(D, "favorables à une « normalisation » des relations bilatérales", "pos", 2, "coop", "q")
p(D, "n'a accepté qu'une pause limitée, bien en deçà de ce que réclamaient les Américains", "neg", 2, "coop", "j")
p(D, "jetant un doute sur la portée de l'engagement pris au téléphone", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a07 Le Figaro, Witkoff received by Putin, 6 Aug 2025
D = "a07_lefigaro_20250807"
META[D] = ("Le Figaro", "2025-08-07", "2025-08-06 Witkoff received by Putin; Trump-Putin summit agreed in principle")
TONE[D] = 1
p(D, "un sommet Trump-Poutine se profile", "pos", 1, "oth", "j", note="headline")
p(D, "avancées", "pos", 2, "coop", "q", note="se félicite d'« avancées »")
p(D, "utile", "pos", 1, "coop", "q", after="parle d'un dialogue « ")
p(D, "Beaucoup de choses ont bougé", "pos", 2, "coop", "q")
p(D, "s'étaient mises d'accord en principe pour organiser une rencontre au sommet", "pos", 1, "oth", "q", note="a confirmé que")
p(D, "dialogue sérieux, orienté vers le résultat", "pos", 2, "coop", "q")
p(D, "utile", "pos", 1, "coop", "q", after="pour qui l'échange a été « ")
p(D, "a été laissée sans commentaire par la partie russe", "neg", 1, "oth", "q", note="a-t-il reconnu")
p(D, "l'ultimatum fixé par Donald Trump", "neg", 2, "conf", "j")
p(D, "profondément agacé", "neg", 2, "conf", "q")
p(D, "faire traîner les choses", "neg", 1, "conf", "q", note="accusation")
p(D, "rien n'indique que Moscou ait assoupli ses exigences sur le fond", "neg", 1, "conf", "j")
p(D, "pour gagner du temps", "neg", 2, "coop", "q", note="researcher")

# ---------------------------------------------------------------- a08 Le Devoir analysis, Blinken-Lavrov in Geneva, 21 Jan 2022
D = "a08_ledevoir_20220122"
META[D] = ("Le Devoir", "2022-01-22", "2022-01-21 Blinken-Lavrov meeting in Geneva")
TONE[D] = -1
p(D, "se parlent encore", "pos", 1, "coop", "j", note="headline")
p(D, "ne s'entendent sur rien", "neg", 2, "coop", "j", note="headline")
p(D, "ont évité la rupture", "pos", 1, "coop", "j")
p(D, "sans rapprocher leurs positions", "neg", 1, "conf", "j")
p(D, "Il n'y a pas eu de percée", "neg", 2, "coop", "q")
p(D, "C'est déjà quelque chose", "pos", 1, "coop", "q", note="continuation of Blinken's quote")
p(D, "faire baisser un peu la fièvre", "pos", 1, "conf", "q")
p(D, "reproché à Washington d'ignorer les demandes principales", "neg", 1, "conf", "q")
p(D, "semblent inconciliables", "neg", 2, "conf", "j")
p(D, "ont convenu de se revoir", "pos", 1, "coop", "j", note="agreement predicate, no quote marks")
p(D, "On se parle pour pouvoir dire qu'on a essayé", "neg", 2, "coop", "q", note="researcher")
p(D, "personne n'a claqué la porte", "pos", 1, "coop", "q", note="European diplomat")
p(D, "La diplomatie gagne du temps", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a09 La Libre (Belga), US-Russia embassy talks in Istanbul, 27 Feb 2025
D = "a09_lalibre_20250227"
META[D] = ("La Libre Belgique (Belga)", "2025-02-27", "2025-02-27 US-Russia talks on embassies in Istanbul")
TONE[D] = 0
p(D, "concrètes", "pos", 1, "coop", "q")
p(D, "une première étape", "pos", 1, "coop", "q")
p(D, "une prochaine réunion devrait se tenir à Moscou", "pos", 1, "oth", "q", note="selon la partie russe")
p(D, "Aucune date n'a été communiquée", "neg", 1, "oth", "j")
p(D, "réduites à leur plus simple expression", "neg", 2, "coop", "j", note="background")

# ---------------------------------------------------------------- a10 franceinfo live blog, Rubio-Lavrov in Riyadh, 18 Feb 2025
D = "a10_franceinfo_20250218"
META[D] = ("franceinfo", "2025-02-18", "2025-02-18 US-Russia talks in Riyadh (Rubio, Waltz, Witkoff / Lavrov, Ushakov)")
TONE[D] = 1
p(D, "renouent le dialogue au plus haut niveau", "pos", 2, "coop", "j")
p(D, "une première pierre", "pos", 1, "coop", "q", after="Rubio : « ", note="entry heading quoting the body")
p(D, "Nous avons posé une première pierre, rien de plus, mais rien de moins", "pos", 1, "coop", "q")
p(D, "nommer des équipes de haut niveau pour négocier", "pos", 1, "coop", "q", note="selon un communiqué du département d'Etat")
p(D, "des opportunités considérables", "pos", 1, "coop", "q")
p(D, "ont fait preuve d'une écoute que nous n'avions plus connue depuis longtemps", "pos", 2, "coop", "q")
p(D, "très utile", "pos", 2, "coop", "q")
p(D, "Pas encore de date pour une rencontre Trump-Poutine", "neg", 1, "oth", "j", note="entry heading")
p(D, "encore trop tôt pour parler d'une date", "neg", 1, "oth", "q")
p(D, "tout sourire", "pos", 1, "oth", "j")
p(D, "une normalisation à marche forcée", "pos", 1, "coop", "q", note="researcher; critical tone but frames the relation as normalising")
p(D, "a changé l'atmosphère", "pos", 2, "oth", "q")

# ---------------------------------------------------------------- a11 Les Echos analysis, US-China talks in Anchorage, 18-19 Mar 2021
D = "a11_lesechos_20210320"
META[D] = ("Les Echos", "2021-03-20", "2021-03-18/19 US-China talks in Anchorage (Blinken, Sullivan / Yang Jiechi, Wang Yi)")
TONE[D] = -2
p(D, "étalent leurs désaccords devant les caméras", "neg", 2, "conf", "j", note="headline")
p(D, "a tourné à l'échange d'invectives", "neg", 3, "conf", "j")
p(D, "s'est transformé en règlement de comptes public", "neg", 3, "conf", "j")
p(D, "Si vous vouliez un dialogue, ce n'est pas la bonne manière de commencer", "neg", 2, "oth", "q")
p(D, "accusant Washington de donner des leçons de démocratie", "neg", 2, "conf", "q")
p(D, "La Chine ne se laissera pas dicter sa conduite", "neg", 2, "conf", "q")
p(D, "Rarement deux grandes puissances avaient étalé leurs griefs avec une telle brutalité", "neg", 3, "conf", "j")
p(D, "le ton aurait été plus apaisé", "pos", 1, "oth", "q", note="selon des diplomates des deux camps")
p(D, "Nous savions que ce serait difficile, et ce l'a été", "neg", 1, "coop", "q")
p(D, "utiles pour se comprendre", "pos", 1, "coop", "q")
p(D, "Ni déclaration commune ni annonce", "neg", 2, "coop", "j")
p(D, "Seule éclaircie", "pos", 1, "coop", "j")
p(D, "chaque rencontre sera un rapport de force", "neg", 2, "conf", "q", note="economist")

# ---------------------------------------------------------------- a12 TSA, Barrot received by Tebboune in Algiers, 6 Apr 2025
D = "a12_tsa_20250407"
META[D] = ("TSA (Tout sur l'Algérie)", "2025-04-07", "2025-04-06 Barrot received by Tebboune in Algiers")
TONE[D] = 2
p(D, "actent la reprise du dialogue", "pos", 2, "coop", "j", note="headline")
p(D, "la relance de la coopération", "pos", 2, "coop", "q", note="a annoncé")
p(D, "huit mois de crise", "neg", 2, "coop", "j", note="background")
p(D, "Nous rouvrons toutes les portes qui s'étaient fermées", "pos", 2, "coop", "q")
p(D, "bâtir avec l'Algérie une relation apaisée", "pos", 2, "coop", "q")
p(D, "climat de franchise et de confiance", "pos", 2, "oth", "q")
p(D, "relancer les relations bilatérales sur des bases saines", "pos", 2, "coop", "q")
p(D, "un dialogue fécond", "pos", 2, "coop", "q", note="exprimé leur volonté de renouer")
p(D, "une crise d'une gravité sans précédent", "neg", 3, "coop", "j", note="background")
p(D, "promis une riposte graduée", "neg", 2, "conf", "q", note="French interior minister; background threat")
p(D, "retour à la raison", "pos", 1, "coop", "q", note="on, in Tebboune's entourage")
p(D, "la réconciliation est encore à consolider", "pos", 1, "coop", "j", note="hedged")

# ---------------------------------------------------------------- a13 Libération editorial, Anchorage summit, 15 Aug 2025
D = "a13_liberation_20250817"
META[D] = ("Libération", "2025-08-17", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = -2
p(D, "le sommet pour rien", "neg", 3, "coop", "j", note="headline")
p(D, "le tapis rouge", "pos", 2, "oth", "j", note="warm reception, though the editorial disapproves")
p(D, "Et puis plus rien, ou presque", "neg", 2, "coop", "j")
p(D, "extrêmement chaleureuse", "pos", 3, "oth", "q")
p(D, "se comprenaient bien mieux désormais", "pos", 2, "coop", "q")
p(D, "lui proposer, en anglais, de se revoir à Moscou", "pos", 1, "oth", "q")
p(D, "aucun cessez-le-feu, aucun calendrier, aucune concession", "neg", 2, "coop", "j")
p(D, "Donald Trump est reparti sans rien obtenir", "neg", 2, "coop", "j")
p(D, "s'est aligné sur la position russe", "pos", 1, "coop", "j", note="agreement between the sides, framed as capitulation")
p(D, "une diplomatie de l'image", "neg", 2, "oth", "j")
p(D, "la poignée de main tient lieu de résultat", "neg", 2, "coop", "j")
p(D, "la cordialité est revenue", "pos", 2, "oth", "j")
p(D, "La paix, elle, s'éloigne", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a14 RFI, Erdogan in Athens, 7 Dec 2023
D = "a14_rfi_20231207"
META[D] = ("RFI", "2023-12-07", "2023-12-07 Erdogan-Mitsotakis meeting in Athens, Athens declaration")
TONE[D] = 2
p(D, "scellent leur réconciliation", "pos", 3, "coop", "j", note="headline")
p(D, "sans pour autant régler leurs différends", "neg", 1, "conf", "j")
p(D, "l'atmosphère n'a rien de comparable", "pos", 2, "oth", "j")
p(D, "ont relancé le Conseil de coopération de haut niveau", "pos", 1, "coop", "j", note="standing dialogue mechanism revived")
p(D, "Nous avons choisi de nous parler plutôt que de nous défier", "pos", 2, "conf", "q")
p(D, "Nous ne sommes pas d'accord sur tout", "neg", 1, "conf", "q", note="continuation of Mitsotakis")
p(D, "peuvent avancer main dans la main", "pos", 2, "coop", "q")
p(D, "étaient passés tout près de l'affrontement", "neg", 3, "conf", "j", note="background 2020")
p(D, "ont changé l'atmosphère", "pos", 2, "oth", "j")
p(D, "eaux calmes", "pos", 2, "conf", "q", note="both governments 'parlent ... d'« eaux calmes »'")
p(D, "une détente de méthode, pas encore de fond", "pos", 1, "conf", "q")
p(D, "le simple fait de se parler régulièrement réduit considérablement le risque d'incident", "pos", 2, "conf", "q")

# ---------------------------------------------------------------- a15 Keystone-ATS, Thailand-Cambodia ceasefire, 29 Jul 2025
D = "a15_ats_20250729"
META[D] = ("Keystone-ATS", "2025-07-29", "2025-07-28 Thailand-Cambodia ceasefire (Putrajaya); violations alleged 29 Jul")
TONE[D] = -1
p(D, "le cessez-le-feu vacille déjà", "neg", 2, "coop", "j", note="headline; the talks' outcome")
p(D, "accusations mutuelles", "neg", 2, "conf", "j", note="headline")
p(D, "a accusé mardi le Cambodge d'avoir violé le cessez-le-feu", "neg", 2, "conf", "q")
p(D, "en violation flagrante de l'accord", "neg", 2, "conf", "q")
p(D, "Ces allégations sont sans fondement", "neg", 2, "conf", "q")
p(D, "un premier pas important vers la désescalade", "pos", 2, "conf", "q", note="mediator")
p(D, "excellente", "pos", 3, "coop", "q")
p(D, "ces échanges d'accusations", "neg", 1, "conf", "j")
p(D, "le climat de suspicion", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a16 BFMTV (scraped page), US-Iran talks in Muscat, 12 Apr 2025
D = "a16_bfmtv_20250412"
META[D] = ("BFMTV", "2025-04-12", "2025-04-12 US-Iran talks in Muscat (Witkoff / Araghchi)")
TONE[D] = 1
p(D, "un nouveau rendez-vous fixé au 19 avril", "pos", 1, "oth", "j", note="headline")
p(D, "constitue une petite révolution", "pos", 2, "oth", "j")
p(D, "calme et respectueux", "pos", 2, "oth", "q")
p(D, 'n\'étaient "pas loin" d\'un cadre de discussion commun', "pos", 1, "coop", "q")
p(D, "encourageantes", "pos", 2, "coop", "q")
p(D, "régler les différends par le dialogue", "pos", 1, "coop", "q", note="selon son communiqué; hedged 'si c'est possible' outside")
p(D, "plutôt prometteurs", "pos", 1, "coop", "q")
p(D, "climat amical", "pos", 2, "oth", "q", note="mediator Oman")
p(D, "propice au rapprochement des points de vue", "pos", 1, "coop", "q", note="mediator")
p(D, "après des semaines de tensions", "neg", 2, "conf", "j")
p(D, "a menacé l'Iran de bombardements", "neg", 2, "conf", "q", note="threat; menacer de + NP")
p(D, "avait rejeté toute négociation directe avec Washington", "neg", 2, "coop", "q", note="background; stance verb + NP")
p(D, "tout reste à faire", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a17 Le Soir, second Russia-Ukraine round in Istanbul, 2 Jun 2025
D = "a17_lesoir_20250602"
META[D] = ("Le Soir", "2025-06-02", "2025-06-02 second direct Russia-Ukraine round in Istanbul")
TONE[D] = -1
p(D, "pas davantage", "neg", 1, "coop", "j", note="headline")
p(D, "n'a duré qu'une heure", "neg", 1, "oth", "j")
p(D, "restent aux antipodes", "neg", 2, "conf", "j")
p(D, "ne pas laisser passer cette chance", "pos", 1, "coop", "q", note="mediator Fidan")
p(D, "une liste d'exigences, pas un plan de paix", "neg", 2, "coop", "q")
p(D, "a repoussé l'idée d'un sommet", "neg", 1, "oth", "q", note="leaders' meeting refused; stance verb + NP")
p(D, "Maigre bilan", "neg", 1, "coop", "j")
p(D, "dans un esprit de travail", "pos", 1, "oth", "q")
p(D, "nous avons convenu de poursuivre les contacts", "pos", 1, "coop", "q")
p(D, "Aucune date n'a été fixée pour un troisième round", "neg", 1, "oth", "j")
p(D, "ont surtout pris acte de leurs désaccords", "neg", 2, "conf", "j")
p(D, "un échange de documents, pas à une négociation", "neg", 2, "coop", "q", note="European diplomat")

# ---------------------------------------------------------------- a18 Asialyst analysis, Modi-Xi in Tianjin, 31 Aug 2025
D = "a18_asialyst_20250902"
META[D] = ("Asialyst", "2025-09-02", "2025-08-31 Modi-Xi meeting in Tianjin (SCO summit)")
TONE[D] = 0
p(D, "se rapprochent", "pos", 2, "coop", "j", note="headline")
p(D, "sans se faire confiance", "neg", 2, "conf", "j", note="headline")
p(D, "les contentieux entre les deux géants asiatiques n'ont pas disparu", "neg", 2, "conf", "j")
p(D, "tout à gagner à se tendre la main", "pos", 2, "coop", "q")
p(D, "fructueuse", "pos", 2, "coop", "q")
p(D, "Le chemin parcouru est réel", "pos", 2, "coop", "j")
p(D, "plongé dans sa pire crise depuis la guerre de 1962", "neg", 3, "coop", "j", note="background 2020")
p(D, "des points de friction", "neg", 1, "conf", "q")
p(D, "un mariage de raison, pas d'amour", "neu", 1, "coop", "q", note="pragmatic, neither warm nor hostile")
p(D, "aucun des deux ne croit vraiment aux bonnes intentions de l'autre", "neg", 2, "conf", "q")
p(D, "une normalisation prudente", "pos", 1, "coop", "q", note="Pour ce spécialiste")
p(D, "Tianjin n'efface pas Galwan", "neg", 1, "conf", "j")
p(D, "se parlent sans intermédiaire et à un rythme régulier", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a19 La Croix interview, after the Trump-Putin call of 19 May 2025
D = "a19_lacroix_20250521"
META[D] = ("La Croix", "2025-05-21", "2025-05-19 Trump-Putin call; interview with a former diplomat")
TONE[D] = -2
p(D, "il y a un dialogue, pas une relation", "neg", 2, "coop", "q", note="headline quotation (interviewee)")
p(D, "cette intensité des échanges ne doit pas faire illusion", "neg", 1, "coop", "q", note="Pour l'ancien diplomate ...")
p(D, "remarquablement réussi", "pos", 3, "coop", "q", note="Trump, quoted in the question")
p(D, "instructive", "pos", 1, "coop", "q", note="Kremlin, quoted in the question")
p(D, "échanges courtois", "pos", 1, "oth", "q", note="interview answers are the interviewee's speech")
p(D, "rien de tangible", "neg", 2, "coop", "q")
p(D, "Jamais depuis 2022 le dialogue entre Washington et Moscou n'a pourtant été aussi intense", "pos", 2, "coop", "j", note="interviewer's question")
p(D, "un dialogue de façade", "neg", 2, "coop", "q")
p(D, "la confiance est nulle", "neg", 3, "conf", "q")
p(D, "une victoire de communication", "neg", 1, "oth", "q")
p(D, "menace régulièrement de se retirer du processus", "neg", 1, "coop", "q", note="in the question; Trump's threat")
p(D, "la relation se refroidira d'un coup", "neg", 2, "coop", "q")
p(D, "Washington ne peut pas accorder cela sans se renier", "neg", 1, "conf", "q", note="positions incompatible")
p(D, "Nous en sommes très loin", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a20 L'Obs op-ed, Armenia-Azerbaijan at the White House, 8 Aug 2025
D = "a20_lobs_20250812"
META[D] = ("L'Obs", "2025-08-12", "2025-08-08 Armenia-Azerbaijan peace text initialled at the White House")
TONE[D] = 1
p(D, "la paix n'est plus une chimère", "pos", 2, "coop", "j", note="op-ed title; the author's own voice")
p(D, "cet accord imparfait mérite mieux que le scepticisme", "pos", 1, "coop", "q", note="standfirst: Pour la politiste ...")
p(D, "Une poignée de main que personne n'aurait crue possible il y a deux ans", "pos", 2, "oth", "j")
p(D, "Nous avons ouvert une route, au sens propre comme au figuré", "pos", 2, "coop", "q")
p(D, "tournaient le dos à trente ans d'hostilité", "pos", 2, "conf", "q")
p(D, "Le texte n'est que paraphé, pas signé", "neg", 1, "coop", "j")
p(D, "Bakou garde ainsi un moyen de pression considérable", "neg", 1, "conf", "j")
p(D, "restent séparées par des décennies de ressentiment", "neg", 2, "conf", "j")
p(D, "Erevan et Bakou se parlent désormais directement", "pos", 2, "coop", "j")
p(D, "se sont accordés sur un texte", "pos", 1, "coop", "j")
p(D, "Cette paix restera fragile", "neg", 1, "coop", "j")
p(D, "elle vaut infiniment mieux que la guerre larvée", "pos", 2, "coop", "j")
p(D, "transformer l'essai", "pos", 1, "coop", "j")
