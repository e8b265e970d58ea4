"""Gold framing phrases and article tone for phrases_articles14 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 AFP, Trump-Putin first meeting, G20 Hamburg 7 Jul 2017
D = "a01_afp_20170707"
META[D] = ("AFP (French wire)", "2017-07-07", "2017-07-07 Trump-Putin meeting, G20 Hamburg")
TONE[D] = 1
p(D, "bien plus longue que prévu", "pos", 1, "oth", "j", note="headline; meeting length as a sign of interest")
p(D, "Je suis content que nous puissions enfin parler", "pos", 1, "oth", "q")
p(D, "une vraie facilité à se parler", "pos", 2, "oth", "q")
p(D, "Ils avaient visiblement plaisir à discuter", "pos", 2, "oth", "q")
p(D, "Chacun voulait avancer", "pos", 1, "coop", "q")
p(D, "sont convenus de créer un groupe de travail sur la cybersécurité", "pos", 1, "coop", "j", note="agreement predicate, no quote marks")
p(D, "avait appelé la Russie à cesser de déstabiliser l'Ukraine", "neg", 1, "conf", "q", note="US stance toward Russia, à + infinitive; added in the length pass")
p(D, "restent au plus bas depuis la fin de la Guerre froide", "neg", 2, "coop", "j")
p(D, "ils voulaient se parler, ce qui n'est pas rien", "pos", 1, "coop", "q")
p(D, "les désaccords restent entiers", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a02 Le Figaro, Biden-Putin summit, Geneva 16 Jun 2021
D = "a02_lefigaro_20210616"
META[D] = ("Le Figaro", "2021-06-16", "2021-06-16 Biden-Putin summit, Geneva")
TONE[D] = 0
p(D, "renouent le fil", "pos", 1, "coop", "j")
p(D, "sans dissiper la défiance", "neg", 2, "conf", "j")
p(D, "Pas de conférence de presse commune non plus", "neg", 1, "oth", "j")
p(D, "ont convenu du retour de leurs ambassadeurs respectifs", "pos", 1, "coop", "j")
p(D, "Nous nous sommes compris sur plusieurs sujets", "pos", 2, "coop", "q")
p(D, "Il ne faut pas attendre de miracle", "neg", 1, "coop", "q", note="hedge")
p(D, "la porte n’est pas fermée", "pos", 1, "coop", "q")
p(D, "l’Otan était responsable des tensions en Europe", "neg", 1, "conf", "q", note="review pass")
p(D, "Ce n’était pas une réunion de vieux amis, c’était une réunion de travail", "neu", 1, "oth", "q")
p(D, "Je lui ai dit clairement où étaient nos limites", "neg", 1, "conf", "q")
p(D, "un prix très lourd", "neg", 2, "conf", "q", note="warning; review pass")
p(D, "On a acté le désaccord de façon civilisée", "pos", 1, "oth", "q")
p(D, "c’est déjà un progrès après des mois d’invectives", "pos", 1, "coop", "q")
p(D, "le fossé reste béant", "neg", 2, "conf", "j")
p(D, "offert une tribune au maître du Kremlin sans rien obtenir", "neg", 1, "coop", "q", note="Republicans' reproach (reprocher de + inf.)")

# ---------------------------------------------------------------- a03 Ouest-France, Macron-Putin call 1 Jul 2025
D = "a03_ouestfrance_20250701"
META[D] = ("Ouest-France", "2025-07-01", "2025-07-01 Macron-Putin phone call")
TONE[D] = -1
p(D, "campent sur leurs positions", "neg", 2, "coop", "j")
p(D, "une fin de non-recevoir", "neg", 2, "coop", "j")
p(D, "renouant le contact direct avec le chef du Kremlin", "pos", 1, "coop", "j")
p(D, "Ils sont convenus de coordonner leurs démarches sur le dossier iranien", "pos", 1, "coop", "j", note="agreement predicate; 'précise la présidence' follows a separate clause")
p(D, "le résultat de la politique menée depuis des années par les Occidentaux", "neg", 2, "conf", "q")
p(D, "les positions n'ont donc pas bougé d'un iota", "neg", 2, "coop", "j")
p(D, "Le président a été très ferme", "neg", 1, "conf", "q")
p(D, "C'est un échange de positions, pas une négociation", "neg", 1, "coop", "q")
p(D, "Un dialogue de sourds", "neg", 2, "coop", "j")
p(D, "un dialogue tout de même", "pos", 1, "coop", "j")

# ---------------------------------------------------------------- a04 RT France, Putin receives Witkoff and Kushner, Moscow 2 Dec 2025
D = "a04_rtfrance_20251202"
META[D] = ("RT France", "2025-12-02", "2025-12-02 Putin-Witkoff-Kushner meeting, Kremlin")
TONE[D] = 2
p(D, "un dialogue russo-américain qui s'approfondit", "pos", 2, "coop", "j", note="state media, own voice")
p(D, "dans une atmosphère de travail sereine", "pos", 2, "oth", "j")
p(D, "Nous avons travaillé sérieusement", "pos", 1, "coop", "q")
p(D, "dans un bon esprit", "pos", 2, "oth", "q")
p(D, "il reste du travail, mais nous avançons", "pos", 1, "coop", "q")
p(D, "aucune formule de compromis n'avait encore été trouvée sur les questions territoriales", "neg", 1, "coop", "q")
p(D, "sont convenues de ne pas divulguer le contenu détaillé des discussions", "neu", 1, "oth", "j")
p(D, "a transmis ses salutations au président Trump", "pos", 1, "oth", "q")
p(D, "le plus constructif depuis des décennies", "pos", 3, "coop", "q")
p(D, "semble prendre enfin en compte les préoccupations légitimes de la Russie", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a05 Le Temps, US-Russia talks, Riyadh 18 Feb 2025
D = "a05_letemps_20250218"
META[D] = ("Le Temps", "2025-02-18", "2025-02-18 US-Russia talks, Riyadh (Rubio-Lavrov)")
TONE[D] = 1
p(D, "rouvrent le dialogue", "pos", 2, "coop", "j")
p(D, "sont convenues de rétablir le fonctionnement normal de leurs ambassades", "pos", 1, "coop", "j", note="agreement predicate")
p(D, "La conversation a été utile", "pos", 1, "coop", "q")
p(D, "prématuré", "neg", 1, "oth", "q", note="a jugé «prématuré» d'évoquer une date de sommet; review pass")
p(D, "sans que cela tourne à l'affrontement", "pos", 1, "conf", "q", note="negated negative")
p(D, "avaient exprimé leur envie de se voir", "pos", 1, "oth", "q", note="Ushakov's que-clause")
p(D, "Personne ne se fait d'illusions, la route sera longue", "neu", 1, "oth", "q", note="hedge / uncertainty")
p(D, "nous avons posé une base", "pos", 1, "coop", "q")
p(D, "Le contraste avec les trois années de gel presque total est saisissant", "pos", 2, "coop", "j")
p(D, "la réunion a été vécue comme un affront", "neg", 2, "oth", "j", note="Kyiv's perception of the US-Russia meeting, journalist voice")
p(D, "Ce qui se négocie dans notre dos n'engage que ceux qui le négocient", "neg", 2, "oth", "q", note="third party (Zelensky) on the pair's talks")
p(D, "Il s'agit d'une normalisation bilatérale avant d'être une négociation sur l'Ukraine", "neu", 1, "coop", "q")
p(D, "être traités en égaux par Washington", "pos", 1, "oth", "q")
p(D, "rien n'a été tranché", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a06 franceinfo live blog, third Istanbul round 23 Jul 2025
D = "a06_franceinfo_20250723"
META[D] = ("franceinfo (live blog)", "2025-07-23", "2025-07-23 Russia-Ukraine talks, Istanbul (Çırağan), third round")
TONE[D] = -1
p(D, "des négociations éclair sans percée", "neg", 2, "coop", "j")
p(D, "n'ont duré qu'une quarantaine de minutes", "neg", 1, "oth", "j")
p(D, "accuse Moscou de jouer la montre", "neg", 2, "conf", "q")
p(D, "Moscou fait traîner les choses pour continuer à avancer sur le terrain", "neg", 2, "conf", "q")
p(D, "Nous, nous sommes prêts à discuter de tout au niveau des dirigeants", "pos", 1, "coop", "q")
p(D, "Le Kremlin douche les espoirs d'un sommet", "neg", 2, "oth", "j")
p(D, "Un sommet doit couronner un accord, pas le précéder", "neg", 1, "oth", "q")
p(D, "Il y a encore beaucoup de distance entre nos deux projets de mémorandum", "neg", 2, "coop", "q")
p(D, "proposé une rencontre entre Volodymyr Zelensky et Vladimir Poutine d'ici la fin du mois d'août", "pos", 1, "oth", "q")
p(D, "le simple fait que les délégations continuent de se retrouver est précieux", "pos", 1, "coop", "q")
p(D, "Ambiance pesante", "neg", 1, "oth", "j", note="envoyé spécial entry, no quote marks")
p(D, "La diplomatie piétine", "neg", 2, "coop", "j")
p(D, "il ne fallait pas s'attendre à une percée", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a07 L'Express analysis, the Witkoff channel, after St Petersburg 11 Apr 2025
D = "a07_lexpress_20250414"
META[D] = ("L'Express (analysis)", "2025-04-14", "2025-04-11 Putin-Witkoff meeting, St Petersburg")
TONE[D] = -1
p(D, "qui murmure à l’oreille du Kremlin", "pos", 1, "oth", "j", note="ironic; coded by what it says about the closeness")
p(D, "ressemble de plus en plus à une voie à sens unique", "neg", 2, "coop", "j")
p(D, "La troisième n’a rien produit de visible", "neg", 2, "coop", "j")
p(D, "un interlocuteur précieux", "pos", 2, "oth", "q")
p(D, "Nous avons eu une discussion fascinante", "pos", 2, "oth", "q")
p(D, "nous sommes proches de quelque chose", "pos", 2, "coop", "q")
p(D, "la patience s’effrite", "neg", 2, "coop", "j")
p(D, "J’attends de Moscou autre chose que de belles paroles", "neg", 1, "coop", "q")
p(D, "Le décalage entre l’enthousiasme de l’émissaire et la réalité du terrain est frappant", "neg", 2, "coop", "j")
p(D, "flatter l’émissaire sans rien céder sur le fond", "neg", 2, "oth", "q")
p(D, "Moscou gagne du temps, et Washington le lui offre", "neg", 2, "oth", "q")
p(D, "ne le jugeaient pas assez neutre", "neg", 1, "conf", "q", note="Russian objection to the US envoy Kellogg; review pass")
p(D, "avait confié à Steve Witkoff un portrait de Donald Trump", "pos", 1, "oth", "j", note="gesture (gift); review pass")
p(D, "Il serait injuste de réduire le canal Witkoff à un échec", "pos", 1, "coop", "j", note="concession")
p(D, "c’est un processus qui tourne à vide", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a08 Le Soir, Black Sea grain deal, Istanbul 22 Jul 2022
D = "a08_lesoir_20220722"
META[D] = ("Le Soir", "2022-07-22", "2022-07-22 Black Sea grain deal signed, Istanbul")
TONE[D] = 1
p(D, "un accord inespéré", "pos", 2, "coop", "j")
p(D, "le premier accord d'importance entre les belligérants", "pos", 2, "coop", "j")
p(D, "Ils ne se sont pas serré la main", "neg", 1, "oth", "j")
p(D, "Détail protocolaire qui n'enlève rien à la portée de l'événement", "pos", 1, "coop", "j")
p(D, "Ce que l'on croyait impossible il y a trois mois vient de se produire", "pos", 3, "coop", "q", note="mediator (Guterres)")
p(D, "cet accord ouvrira la voie à d'autres discussions entre les deux pays", "pos", 1, "coop", "q", note="mediator (Erdogan)")
p(D, "il ne signait rien avec la Russie en tant que telle", "neg", 1, "oth", "q")
p(D, "un accord qui sauvera des millions de personnes de la faim", "pos", 2, "coop", "q", note="outcome of the talks")
p(D, "C'est la preuve que la diplomatie n'est pas morte, même en pleine guerre", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a09 Le Devoir, Biden-Putin video call 7 Dec 2021
D = "a09_ledevoir_20211207"
META[D] = ("Le Devoir", "2021-12-07", "2021-12-07 Biden-Putin video call")
TONE[D] = -2
p(D, "menace Poutine de sanctions sans précédent", "neg", 3, "conf", "q", note="headline with speech verb; threat, verb inside the span")
p(D, "Une visioconférence sous haute tension", "neg", 2, "conf", "j")
p(D, "une erreur de calcul aux conséquences graves", "neg", 2, "conf", "q")
p(D, "répondraient à une offensive par de lourdes sanctions économiques", "neg", 2, "conf", "q", note="threat; review pass")
p(D, "a imputé la responsabilité des tensions à l'Alliance atlantique", "neg", 2, "conf", "q")
p(D, "un jeu dangereux", "neg", 2, "conf", "q")
p(D, "Chacun a dit ce qu'il avait à dire, sans ménagement", "neg", 1, "oth", "q")
p(D, "sont convenus de charger leurs équipes de poursuivre les consultations", "pos", 1, "coop", "j", note="agreement predicate")
p(D, "Aucun signe de désescalade n'est toutefois sorti de l'échange", "neg", 2, "conf", "j")
p(D, "On n'a pas vu un tel niveau de méfiance entre Washington et Moscou depuis des décennies", "neg", 3, "conf", "q")

# ---------------------------------------------------------------- a10 BFMTV brief, Easter prisoner exchange 19 Apr 2025
D = "a10_bfmtv_20250419"
META[D] = ("BFMTV (brief)", "2025-04-19", "2025-04-19 Russia-Ukraine prisoner exchange (246 for 246), Easter truce")
TONE[D] = 0
p(D, "Un rare geste de bonne volonté de part et d'autre", "pos", 2, "coop", "j")
p(D, "qui n'a pas empêché les accusations de reprendre aussitôt", "neg", 1, "conf", "j")
p(D, "a accusé Moscou de violer la trêve", "neg", 2, "conf", "q")
p(D, "restent l'un des rares domaines où Moscou et Kiev parviennent encore à s'entendre", "neu", 1, "coop", "j", note="agreement only in one narrow domain")

# ---------------------------------------------------------------- a11 La Croix editorial, Trump-Putin call 12 Feb 2025
D = "a11_lacroix_20250213"
META[D] = ("La Croix (editorial)", "2025-02-13", "2025-02-12 Trump-Putin phone call")
TONE[D] = -2
p(D, "des renoncements", "neg", 2, "conf", "j", note="headline; US concessions to Russia")
p(D, "faire de grandes choses ensemble", "pos", 2, "coop", "q")
p(D, "formidable", "pos", 3, "oth", "q", note="one-word quoted fragment")
p(D, "Le dialogue n'est pas un mal en soi", "pos", 1, "coop", "j", note="concession")
p(D, "l'empressement de Washington à renouer avec le maître du Kremlin a quelque chose de troublant", "neg", 2, "oth", "j")
p(D, "n'a rien concédé", "neg", 2, "conf", "j")
p(D, "un marchandage entre puissances", "neg", 2, "coop", "j")
p(D, "Une capitulation qui ne dit pas son nom", "neg", 3, "conf", "j")
p(D, "la Russie se voit offrir ce qu'elle n'a pas pu conquérir", "neg", 2, "conf", "j", note="review pass")
p(D, "s'est félicité de la convergence de vues entre les deux présidents", "pos", 2, "coop", "q")
p(D, "Encore faut-il savoir ce que l'on négocie, et avec qui", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a12 Sud Ouest (scraped page), Trump-Putin at G20 Osaka 28 Jun 2019
D = "a12_sudouest_20190628"
META[D] = ("Sud Ouest (web page with boilerplate)", "2019-06-28", "2019-06-28 Trump-Putin meeting, G20 Osaka")
TONE[D] = 0
p(D, "affichent leur complicité", "pos", 2, "oth", "j")
p(D, "sans avancer sur le fond", "neg", 1, "coop", "j")
p(D, "Une rencontre détendue", "pos", 1, "oth", "j")
p(D, "On s'entend bien, lui et moi", "pos", 2, "oth", "q")
p(D, "ça ne peut faire que du bien à nos deux pays", "pos", 1, "coop", "q")
p(D, "leur volonté de relancer le dialogue sur la maîtrise des armements", "pos", 1, "coop", "q", note="selon Peskov")
p(D, "a invité Donald Trump aux cérémonies", "pos", 1, "oth", "q", note="invitation coded like a proposal")
p(D, "les contentieux restent entiers", "neg", 2, "conf", "j")
p(D, "Le ton a changé, pas les dossiers", "neu", 1, "oth", "q")

# ---------------------------------------------------------------- a13 Jeune Afrique, Egypt-Ethiopia GERD talks end 19-20 Dec 2023
D = "a13_jeuneafrique_20231220"
META[D] = ("Jeune Afrique", "2023-12-20", "2023-12-19 Egypt ends GERD negotiations with Ethiopia")
TONE[D] = -2
p(D, "le dialogue rompu", "neg", 2, "coop", "j")
p(D, "Les deux pays se renvoient la responsabilité de l’échec", "neg", 2, "conf", "j")
p(D, "ont pris fin sans le moindre résultat", "neg", 2, "coop", "j")
p(D, "a dénoncé « l’obstination » éthiopienne", "neg", 2, "conf", "q", note="mixed span with inner marks")
p(D, "se réserve le droit de défendre sa sécurité hydrique par tous les moyens", "neg", 3, "conf", "q", note="threat")
p(D, "chercher à imposer un droit de veto sur le Nil", "neg", 2, "conf", "q", note="accusation")
p(D, "Notre porte reste ouverte", "pos", 1, "coop", "q")
p(D, "Un dialogue de sourds qui dure depuis plus d’une décennie", "neg", 2, "coop", "j")
p(D, "Aucune des deux capitales n’a intérêt à un conflit armé", "pos", 1, "conf", "q", note="negated negative")
p(D, "aucune n’a les moyens politiques de céder", "neg", 1, "coop", "q")
p(D, "Jamais depuis le lancement du chantier la méfiance entre les deux pays n’a paru aussi forte", "neg", 3, "conf", "j")

# ---------------------------------------------------------------- a14 Radio-Canada, Trump-Xi meeting, Busan 30 Oct 2025
D = "a14_radiocanada_20251030"
META[D] = ("Radio-Canada (ICI Info)", "2025-10-30", "2025-10-30 Trump-Xi meeting, Busan (APEC)")
TONE[D] = 2
p(D, "scellent une trêve commerciale", "pos", 2, "conf", "j", note="easing of conflict")
p(D, "On a réglé énormément de choses", "pos", 2, "coop", "q")
p(D, "Nous nous comprenons, lui et moi", "pos", 2, "coop", "q")
p(D, "ont davantage à construire ensemble qu'à se disputer", "pos", 2, "coop", "q", note="selon Chine nouvelle")
p(D, "poursuivre les consultations dans un esprit d'égalité", "pos", 1, "coop", "q")
p(D, "accepté l'invitation de son homologue à se rendre en Chine en avril", "pos", 1, "oth", "q", note="scheduled leaders' visit")
p(D, "L'ambiance était nettement plus détendue qu'au printemps", "pos", 2, "oth", "j")
p(D, "C'est une pause plus qu'une paix", "neg", 1, "conf", "q", note="hedge")
p(D, "l'accalmie entre les deux géants est une bonne nouvelle", "pos", 1, "conf", "j")

# ---------------------------------------------------------------- a15 L'Orient-Le Jour, Lebanon-Israel maritime deal, Naqoura 27 Oct 2022
D = "a15_lorientlejour_20221027"
META[D] = ("L'Orient-Le Jour", "2022-10-27", "2022-10-27 Lebanon-Israel maritime border agreement, Naqoura")
TONE[D] = 1
p(D, "sans une poignée de main", "neg", 1, "oth", "j", note="headline; meeting form")
p(D, "Il aura fallu plus de dix ans de médiation américaine", "pos", 1, "coop", "j", note="hard-won outcome; review pass")
p(D, "les deux pays restent techniquement en état de guerre", "neg", 1, "conf", "j")
p(D, "les délégations n'ont à aucun moment été réunies dans la même pièce", "neg", 1, "oth", "j")
p(D, "ne constitue en rien une normalisation avec l'ennemi israélien", "neg", 2, "conf", "q")
p(D, "un succès diplomatique", "pos", 2, "coop", "q")
p(D, "les deux parties ont fait preuve de courage et de pragmatisme", "pos", 2, "coop", "q", note="mediator (Hochstein)")
p(D, "Nous avons obtenu ce que nous voulions sans rien donner", "neg", 1, "conf", "q", note="outcome framed as one side's win")
p(D, "Ce n'est pas la paix", "neg", 1, "coop", "q")
p(D, "C'est une gestion pragmatique de l'hostilité", "neu", 1, "conf", "q")
p(D, "le calme est relatif", "neg", 1, "conf", "j")
p(D, "pour une fois, le Liban et Israël ont pu s'entendre sur quelque chose", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a16 Euronews, Mitsotakis in Ankara 13 May 2024
D = "a16_euronews_20240513"
META[D] = ("Euronews (French)", "2024-05-13", "2024-05-13 Mitsotakis-Erdogan meeting, Ankara")
TONE[D] = 0
p(D, "l'embellie se confirme", "pos", 2, "coop", "j")
p(D, "les différends demeurent", "neg", 1, "conf", "j")
p(D, "le dialogue fonctionne, même quand nous ne sommes pas d'accord", "pos", 2, "coop", "q")
p(D, "a en revanche regretté la réouverture au culte musulman", "neg", 1, "conf", "q")
p(D, "Sur Gaza, le ton s'est durci", "neg", 2, "conf", "j")
p(D, "Sur ce point, nous sommes en total désaccord", "neg", 2, "conf", "q")
p(D, "un recul spectaculaire des violations de l'espace aérien grec", "pos", 2, "conf", "q", note="inside a rappelé que ...; review pass")
p(D, "un climat apaisé s'est installé entre les deux voisins", "pos", 2, "conf", "j")
p(D, "reste toutefois sans solution", "neg", 1, "coop", "j")
p(D, "Les deux dirigeants ont intérêt à ce calme", "pos", 1, "conf", "q")
p(D, "mais il reste fragile", "neg", 1, "conf", "q")

# ---------------------------------------------------------------- a17 TSA Algérie, Barrot in Algiers 6 Apr 2025
D = "a17_tsa_20250406"
META[D] = ("TSA Algérie", "2025-04-06", "2025-04-06 Barrot visit to Algiers, received by Tebboune")
TONE[D] = 2
p(D, "la relation algéro-française relancée", "pos", 2, "coop", "j")
p(D, "huit mois d'une crise sans précédent", "neg", 2, "conf", "j", note="past state of the relation")
p(D, "dans un climat empreint de sérénité et de franchise", "pos", 2, "oth", "q", note="selon un communiqué")
p(D, "Nous tournons la page des tensions", "pos", 2, "conf", "q")
p(D, "un dialogue exigeant mais respectueux", "pos", 1, "coop", "q", note="'exigeant' hedges")
p(D, "sont convenues de réactiver l'ensemble des mécanismes de coopération", "pos", 2, "coop", "j", note="agreement predicate")
p(D, "avaient exprimé leur volonté de renouer le dialogue", "pos", 1, "coop", "q", note="stance verb + NP")
p(D, "Le dégel est désormais acté", "pos", 2, "coop", "j")
p(D, "plusieurs dossiers demeurent en suspens", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a18 Actualite.cd, DRC-Rwanda peace agreement, Washington 27 Jun 2025
D = "a18_actualitecd_20250627"
META[D] = ("Actualite.cd", "2025-06-27", "2025-06-27 DRC-Rwanda peace agreement signed, Washington")
TONE[D] = 2
p(D, "une nouvelle page s'ouvre", "pos", 2, "coop", "q", note="headline, selon X")
p(D, "dans une atmosphère décrite comme chaleureuse par plusieurs participants", "pos", 2, "oth", "q")
p(D, "il ouvre une nouvelle page pour nos deux peuples", "pos", 2, "coop", "q")
p(D, "Les deux pays ont fait le choix courageux de la paix", "pos", 2, "coop", "q")
p(D, "Il y a eu beaucoup de méfiance entre nos deux pays", "neg", 1, "conf", "q", note="past")
p(D, "Nous devons maintenant bâtir la confiance, pas à pas", "pos", 1, "conf", "q")
p(D, "étape que beaucoup croyaient hors de portée", "pos", 2, "coop", "q", note="mediator (Rubio)")
p(D, "doit recevoir prochainement les présidents Félix Tshisekedi et Paul Kagame", "pos", 1, "oth", "j", note="scheduled leaders' meeting")
p(D, "s'accusent mutuellement depuis des années de soutenir des groupes armés", "neg", 2, "conf", "j")
p(D, "l'accord a suscité de l'espoir", "pos", 1, "coop", "j")
p(D, "on veut y croire", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a19 TV5Monde, India-Pakistan ceasefire 10 May 2025
D = "a19_tv5monde_20250510"
META[D] = ("TV5Monde", "2025-05-10", "2025-05-10 India-Pakistan ceasefire and violations")
TONE[D] = -1
p(D, "un cessez-le-feu déjà fragilisé", "neg", 2, "conf", "j")
p(D, "New Delhi accuse Islamabad d'avoir violé la trêve", "neg", 2, "conf", "q", note="accusation, verb inside")
p(D, "Une accalmie de quelques heures à peine", "neg", 1, "conf", "j")
p(D, "a dénoncé des « manquements graves » à l'accord", "neg", 2, "conf", "q", note="mixed span")
p(D, "riposter fermement à toute nouvelle violation", "neg", 1, "conf", "j", note="review pass")
p(D, "Nous n'avons aucun intérêt à rallumer le feu", "pos", 1, "conf", "q", note="negated negative")
p(D, "accusant à son tour l'Inde de tirs sur plusieurs secteurs de la ligne de contrôle", "neg", 2, "conf", "q")
p(D, "qui ne se parlent quasiment plus depuis 2019", "neg", 2, "coop", "j")
p(D, "davantage à la pression américaine qu'à une volonté réelle de dialogue entre les deux capitales", "neg", 1, "coop", "q")
p(D, "ne s'est pas exprimé publiquement sur l'accord", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a20 Euractiv, Serbia-Kosovo meeting in Brussels 14 Sep 2023
D = "a20_euractiv_20230914"
META[D] = ("Euractiv France", "2023-09-14", "2023-09-14 Vucic-Kurti EU-facilitated meeting, Brussels")
TONE[D] = -2
p(D, "nouvel échec du dialogue", "neg", 2, "coop", "j")
p(D, "s'est soldée par un nouvel échec", "neg", 2, "coop", "j")
p(D, "n'ont même pas accepté de se retrouver dans la même pièce", "neg", 2, "oth", "j")
p(D, "Nous avons perdu une journée, et peut-être davantage", "neg", 2, "coop", "q", note="mediator (Borrell)")
p(D, "a reproché à Albin Kurti d'avoir bloqué la discussion", "neg", 2, "coop", "q", note="mediator on one side's stance")
p(D, "Belgrade cherche à gagner du temps", "neg", 2, "conf", "q")
p(D, "la confrontation, pas la paix", "neg", 3, "conf", "q")
p(D, "n'a jamais paru aussi enlisé", "neg", 2, "coop", "j")
p(D, "La confiance entre Belgrade et Pristina est aujourd'hui inexistante", "neg", 3, "conf", "q", note="attributed by the incise 'reconnaît un diplomate européen'")

