"""Gold framing phrases and article tone for phrases_articles25 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 AFP wire, Trump-Putin call 18 Mar 2025
D = "a01_afp_20250318"
META[D] = ("AFP (French wire)", "2025-03-18", "2025-03-18 Trump-Putin call, energy-strike pause")
TONE[D] = 0
p(D, "pas le cessez-le-feu voulu par Trump", "neg", 1, "coop", "j")
p(D, "n'a pas donné suite à la proposition américaine", "neg", 1, "coop", "j")
p(D, "a réagi positivement", "pos", 1, "coop", "q")
p(D, "pas important vers la paix", "pos", 2, "coop", "q")
p(D, "une relation apaisée", "pos", 2, "coop", "q")
p(D, "réellement utile", "pos", 2, "coop", "q")
p(D, "il reste beaucoup de travail", "neu", 1, "coop", "q")
p(D, "jouer la montre", "neg", 2, "conf", "q", note="Zelensky on Putin (Russia-Ukraine side of the talks)")
p(D, "mis fin à trois ans de quasi-silence", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a02 Le Monde live blog, Alaska summit 15 Aug 2025
D = "a02_lemonde_20250815"
META[D] = ("Le Monde (live blog)", "2025-08-15", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = 1
p(D, "beaucoup d’égards", "pos", 1, "oth", "j")
p(D, "aucun accord", "neg", 1, "coop", "j")
p(D, "progrès", "pos", 1, "coop", "q", note="quoted fragment, joint")
p(D, "Poutine a eu son tapis rouge et sa photo, l’Ukraine n’a rien eu", "neg", 2, "oth", "q", note="Schumer, third party on the meeting")
p(D, "Une rencontre pour rien", "neg", 2, "coop", "q")
p(D, "dans une atmosphère positive", "pos", 1, "oth", "q")
p(D, "aller au fond des choses", "pos", 1, "coop", "q")
p(D, "poursuivre leurs discussions à Moscou", "pos", 1, "oth", "q", note="inviter à + infinitive")
p(D, "Nous nous sommes rapprochés sur beaucoup de choses", "pos", 2, "coop", "q")
p(D, "une conversation menée avec respect", "pos", 1, "oth", "q")
p(D, "aucune question des journalistes n’a été acceptée", "neg", 1, "oth", "j")
p(D, "une longue poignée de main, tout sourires", "pos", 2, "oth", "j")
p(D, "une image à peine concevable il y a encore six mois", "pos", 2, "oth", "j")
p(D, "Je veux voir s’il est sérieux", "neg", 1, "conf", "q")

# ---------------------------------------------------------------- a03 Reuters wire, Trump-Putin at G20 Osaka 28 Jun 2019
D = "a03_reuters_20190628"
META[D] = ("Reuters (French wire)", "2019-06-28", "2019-06-28 Trump-Putin meeting, G20 Osaka")
TONE[D] = 1
p(D, "affichent leur entente", "pos", 2, "coop", "j")
p(D, "l'ingérence électorale tournée en plaisanterie", "neu", 1, "oth", "j")
p(D, "on s'entend bien", "pos", 2, "coop", "q")
p(D, "beaucoup de choses positives vont en sortir", "pos", 2, "coop", "q")
p(D, "dans un bon esprit", "pos", 2, "oth", "q")
p(D, "rouvrir un dialogue", "pos", 2, "coop", "q")
p(D, "une meilleure relation servirait les intérêts des deux pays", "pos", 2, "coop", "q")
p(D, "restent cependant au plus bas", "neg", 2, "coop", "j")
p(D, "annulé à la dernière minute la rencontre prévue", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a04 Belga wire, Blinken-Lavrov in Geneva 21 Jan 2022
D = "a04_belga_20220121"
META[D] = ("Belga (Belgian wire)", "2022-01-21", "2022-01-21 Blinken-Lavrov meeting, Geneva")
TONE[D] = -1
p(D, "se quittent sans percée", "neg", 1, "coop", "j")
p(D, "promettent de continuer à se parler", "pos", 1, "coop", "q", note="headline, promettre de + infinitive")
p(D, "ont convenu de maintenir le contact", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "un échange sans détour", "pos", 1, "oth", "q")
p(D, "une réaction ferme et coordonnée", "neg", 2, "conf", "q")
p(D, "faire un peu baisser la température", "pos", 1, "conf", "q")
p(D, "accusé Washington et ses alliés d'entretenir une \"hystérie", "neg", 2, "conf", "q")
p(D, "une semaine de discussions infructueuses", "neg", 2, "coop", "j")
p(D, "le choix du dialogue plutôt que de l'escalade", "pos", 1, "coop", "q", note="Wilmès, third party on the meeting")

# ---------------------------------------------------------------- a05 RTBF press review, Helsinki summit 16 Jul 2018
D = "a05_rtbf_20180717"
META[D] = ("RTBF (press review)", "2018-07-17", "2018-07-16 Trump-Putin summit, Helsinki")
TONE[D] = -1
p(D, "s'est incliné devant le Kremlin", "neg", 2, "oth", "q", note="New York Times")
p(D, "une capitulation en direct", "neg", 3, "oth", "q", note="Washington Post")
p(D, "est rentré les mains vides", "neg", 2, "coop", "q", note="Wall Street Journal")
p(D, "une rencontre d'égal à égal", "pos", 2, "oth", "q", note="Rossiiskaya Gazeta")
p(D, "le début de la fin de l'isolement", "pos", 2, "coop", "q")
p(D, "les deux présidents se sont plu", "pos", 1, "oth", "q", note="Kommersant")
p(D, "rien de concret", "neg", 1, "coop", "q")
p(D, "refermer la parenthèse de la méfiance", "pos", 2, "conf", "q", note="Izvestia, Trump's aim")
p(D, "un tête-à-tête déroutant", "neg", 1, "oth", "q", note="Le Figaro")
p(D, "Le maître et l'élève", "neg", 2, "oth", "q", note="Libération front-page title")
p(D, "le sommet qui n'a rien réglé", "neg", 2, "coop", "q", note="Le Soir title")
p(D, "mieux vaut deux présidents qui se parlent que deux présidents qui s'ignorent", "pos", 1, "coop", "q", note="La Libre")
p(D, "aucun accord concret n'est sorti d'Helsinki", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a06 Le Temps readout comparison, Trump-Putin call 19 May 2025
D = "a06_letemps_20250520"
META[D] = ("Le Temps (Switzerland)", "2025-05-20", "2025-05-19 Trump-Putin call, Kremlin and White House readouts compared")
TONE[D] = -1
p(D, "deux comptes rendus, deux conversations", "neg", 1, "oth", "j")
p(D, "qui a fait avancer les choses", "pos", 2, "coop", "q")
p(D, "se sont appelés par leurs prénoms", "pos", 1, "oth", "q")
p(D, "une conversation formidable", "pos", 3, "coop", "q")
p(D, "vont «immédiatement» entamer des négociations", "pos", 1, "coop", "q")
p(D, "prêt à travailler avec Kiev", "pos", 1, "coop", "q")
p(D, "un processus sans échéance", "neg", 1, "coop", "j")
p(D, "des possibilités illimitées", "pos", 2, "coop", "q")
p(D, "Chacun a écrit pour son public", "neu", 1, "oth", "q")
p(D, "Moscou a gagné du temps sans rien céder", "neg", 2, "conf", "q")
p(D, "une annonce sans contenu", "neg", 2, "coop", "q")
p(D, "La chaleur affichée entre les deux hommes", "pos", 1, "oth", "j")

# ---------------------------------------------------------------- a07 Radio-Canada Q&A, Budapest summit shelved Oct 2025
D = "a07_radiocanada_20251023"
META[D] = ("Radio-Canada (Q&A interview)", "2025-10-23", "2025-10-21/22 Budapest Trump-Putin summit shelved; Rosneft/Lukoil sanctions")
TONE[D] = -2
p(D, "il n'y a plus de confiance", "neg", 2, "conf", "q", note="headline quotation, unattributed")
p(D, "est sur la glace", "neg", 2, "coop", "j")
p(D, "les positions n'avaient pas bougé d'un pouce", "neg", 2, "coop", "q", note="interviewee's answer")
p(D, "un sommet dans ces conditions n'aurait rien donné", "neg", 2, "coop", "q")
p(D, "sa patience a des limites", "neg", 2, "conf", "q")
p(D, "il laisse toujours la porte entrouverte", "pos", 1, "coop", "q")
p(D, "reste ouverte au dialogue", "pos", 1, "coop", "q", note="Peskov nested in the interviewee's answer")
p(D, "Le contact existe", "pos", 1, "coop", "q")
p(D, "la confiance, elle, n'existe pas", "neg", 2, "conf", "q")
p(D, "Washington soupçonne Moscou de se servir des négociations pour gagner du temps", "neg", 2, "conf", "q")
p(D, "rien n'indique qu'une rencontre donnerait quoi que ce soit", "neg", 1, "coop", "q")
p(D, "des mois de surplace", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a08 Sud Ouest explainer, prisoner swap 1 Aug 2024
D = "a08_sudouest_20240802"
META[D] = ("Sud Ouest (regional daily)", "2024-08-02", "2024-08-01 US-Russia prisoner exchange, Ankara")
TONE[D] = 0
p(D, "ne marque pas pour autant un rapprochement entre Washington et Moscou", "neg", 1, "coop", "j")
p(D, "longs mois de tractations discrètes", "neu", 1, "oth", "j")
p(D, "a gardé pendant toute la période un canal ouvert", "pos", 1, "coop", "q", note="selon la presse américaine")
p(D, "une diplomatie patiente", "pos", 2, "coop", "q")
p(D, "ne doit pas être interprété comme un signal", "neg", 1, "coop", "q")
p(D, "réduites au strict minimum", "neg", 2, "coop", "j")
p(D, "les contacts de haut niveau sont quasi inexistants", "neg", 2, "coop", "j")
p(D, "un accord entre adversaires", "neg", 1, "conf", "q")
p(D, "qui se parlent parce qu'ils y ont intérêt", "pos", 1, "coop", "q")
p(D, "Sur l'Ukraine, en revanche, rien ne bouge", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a09 APS wire, US-Russia embassy consultations, Istanbul 27 Feb 2025
D = "a09_aps_20250227"
META[D] = ("APS (Algérie Presse Service wire)", "2025-02-27", "2025-02-27 US-Russia consultations on embassies, Istanbul")
TONE[D] = 2
p(D, "substantiels", "pos", 1, "coop", "q")
p(D, "poursuivre ce travail", "pos", 1, "coop", "q", note="agreement predicate with quote marks")
p(D, "utiles", "pos", 1, "coop", "q")
p(D, "stabiliser\" les relations bilatérales", "pos", 1, "coop", "q")
p(D, "commencé à s'écouter", "pos", 2, "coop", "q")
p(D, "trois ans de silence", "neg", 2, "coop", "q", note="past freeze recalled, quoted")
p(D, "mutuellement avantageuse", "pos", 2, "coop", "q")
p(D, "une dynamique de rapprochement", "pos", 2, "coop", "j")
p(D, "mis un terme à une longue période de rupture du dialogue", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a10 Le Progrès explainer, first Trump-Putin call 28 Jan 2017
D = "a10_leprogres_20170129"
META[D] = ("Le Progrès (regional daily, Lyon)", "2017-01-29", "2017-01-28 Trump-Putin call")
TONE[D] = 1
p(D, "leur volonté de repartir sur de nouvelles bases", "pos", 2, "coop", "j", note="ont affiché: display, not speech")
p(D, "l'un des rendez-vous les plus attendus", "pos", 1, "oth", "j")
p(D, "un échange positif", "pos", 2, "coop", "q")
p(D, "relancer une coopération qui profite aux deux pays", "pos", 2, "coop", "q")
p(D, "coordonner leurs efforts", "pos", 2, "coop", "q")
p(D, "un premier pas pour remettre la relation d'aplomb", "pos", 2, "coop", "q")
p(D, "de se parler régulièrement", "pos", 1, "coop", "j", note="convenir de without quote marks")
p(D, "d'étudier la possibilité d'une rencontre", "pos", 1, "oth", "j")
p(D, "ne se parlaient presque plus", "neg", 2, "coop", "q")
p(D, "un vrai changement d'atmosphère", "pos", 2, "oth", "q")
p(D, "les sujets qui fâchent, l'Ukraine en tête, sont toujours là", "neg", 1, "conf", "q")
p(D, "Reste à savoir si ces bonnes intentions résisteront", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a11 Le Devoir, Trump-Xi in Busan 30 Oct 2025
D = "a11_ledevoir_20251031"
META[D] = ("Le Devoir (Quebec)", "2025-10-31", "2025-10-30 Trump-Xi meeting, Busan")
TONE[D] = 1
p(D, "concluent une trêve commerciale", "pos", 2, "coop", "j")
p(D, "se sont accordés sur une pause d'un an", "pos", 1, "coop", "j")
p(D, "sans régler le fond de leur rivalité", "neg", 1, "conf", "j")
p(D, "Une rencontre extraordinaire", "pos", 3, "coop", "q")
p(D, "Nous sommes tombés d'accord sur presque tout", "pos", 2, "coop", "q")
p(D, "se rendrait en Chine en avril", "pos", 1, "oth", "q")
p(D, "tout à gagner à se parler plutôt qu'à se heurter", "pos", 2, "coop", "q")
p(D, "frictions » étaient inévitables", "neu", 1, "conf", "q", note="mixed clause")
p(D, "Une pause, pas la paix", "neu", 1, "coop", "j")
p(D, "une escalade tarifaire sans précédent", "neg", 2, "conf", "j")
p(D, "un cessez-le-feu, pas un traité de paix", "neu", 1, "coop", "q")
p(D, "la rivalité technologique reste entière", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a12 RFI Afrique, DRC-Rwanda agreement in Washington 27 Jun 2025
D = "a12_rfiafrique_20250628"
META[D] = ("RFI Afrique", "2025-06-28", "2025-06-27 DRC-Rwanda peace agreement signed, Washington")
TONE[D] = 1
p(D, "entre espoir et prudence", "neu", 1, "oth", "j")
p(D, "Reste à voir s'il sera appliqué", "neu", 1, "coop", "j")
p(D, "un jour que beaucoup croyaient impossible", "pos", 2, "coop", "q", note="Rubio, mediator")
p(D, "Ce texte ne répare pas tout", "neu", 1, "coop", "q")
p(D, "il ouvre une voie", "pos", 2, "coop", "q")
p(D, "La confiance ne se décrète pas", "neg", 1, "conf", "q")
p(D, "une grande victoire", "pos", 2, "coop", "q", note="Trump, mediator")
p(D, "Un sommet entre Félix Tshisekedi et Paul Kagame doit suivre à Washington", "pos", 1, "oth", "j")
p(D, "Les relations entre les deux voisins sont exécrables", "neg", 3, "conf", "j")
p(D, "accusent d'être soutenue par Kigali", "neg", 2, "conf", "q")
p(D, "Ils sont signés, puis jamais appliqués", "neg", 2, "coop", "q")
p(D, "voir les fusils se taire » avant d'y croire", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a13 Le Matin d'Algérie, king's appeal and Algiers' silence Nov 2025
D = "a13_lematindalgerie_20251102"
META[D] = ("Le Matin d'Algérie", "2025-11-02", "2025-10-31 Mohammed VI speech calling for dialogue with Algeria")
TONE[D] = -2
p(D, "un dialogue direct et sincère", "pos", 2, "coop", "q")
p(D, "tourner la page des malentendus", "pos", 2, "coop", "q")
p(D, "un geste historique", "pos", 2, "coop", "q", note="Moroccan editorialists")
p(D, "la réponse tient en un mot : le silence", "neg", 2, "coop", "j")
p(D, "balayaient l'appel royal, y voyant \"une manœuvre de communication", "neg", 2, "conf", "q")
p(D, "ne se parlent plus depuis longtemps", "neg", 2, "coop", "j")
p(D, "a rompu ses relations diplomatiques avec Rabat", "neg", 2, "coop", "j")
p(D, "accusant le royaume d'\"actes hostiles", "neg", 2, "conf", "q")
p(D, "tend la main", "pos", 1, "coop", "j")
p(D, "sont restées lettre morte", "neg", 2, "coop", "j")
p(D, "a fait du conflit avec le Maroc un pilier de sa légitimité intérieure", "neg", 2, "conf", "q")
p(D, "un mot qu'on prononce à la télévision, jamais autour d'une table", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a14 DNA, Russia-Ukraine talks in Istanbul 16 May 2025
D = "a14_dna_20250517"
META[D] = ("DNA - Dernières Nouvelles d'Alsace (regional daily)", "2025-05-17", "2025-05-16 Russia-Ukraine talks, Istanbul; 1000-for-1000 exchange")
TONE[D] = -1
p(D, "un échange de prisonniers, et rien d'autre", "neg", 1, "coop", "j")
p(D, "se sont retrouvés face à face", "pos", 1, "oth", "j")
p(D, "Seul résultat concret", "neg", 1, "coop", "j")
p(D, "le défi lancé par le président ukrainien à son homologue", "neg", 1, "conf", "j")
p(D, "pris note", "neu", 1, "oth", "q")
p(D, "La rencontre a été utile", "pos", 1, "coop", "q")
p(D, "La porte reste ouverte", "pos", 1, "coop", "q")
p(D, "déconnectées de la réalité", "neg", 2, "conf", "q")
p(D, "une immense nouvelle", "pos", 2, "coop", "q")
p(D, "c'est parler à un mur", "neg", 2, "coop", "q")
p(D, "chacun campe sur ses positions", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a15 Le Soir, Lecornu-Shoigu call 3 Apr 2024
D = "a15_lesoir_20240404"
META[D] = ("Le Soir (Belgium)", "2024-04-04", "2024-04-03 Lecornu-Shoigu call (France-Russia)")
TONE[D] = -2
p(D, "accuse Moscou de manipuler l'échange", "neg", 2, "conf", "q", note="headline, accuser de + infinitive")
p(D, "en passe d'armes par communiqués interposés", "neg", 2, "conf", "j")
p(D, "prêt à partager davantage d'éléments", "pos", 1, "coop", "q")
p(D, "raconte une tout autre conversation", "neg", 1, "oth", "j")
p(D, "prêt au dialogue", "pos", 1, "coop", "q")
p(D, "a exprimé l'espoir que « les services spéciaux français » ne soient pas impliqués", "neg", 2, "conf", "q")
p(D, "accusé Moscou de « travestir", "neg", 2, "conf", "q")
p(D, "Un dialogue de sourds", "neg", 2, "coop", "j")
p(D, "n'ont cessé de se dégrader", "neg", 2, "coop", "j")
p(D, "transformer un geste de coopération antiterroriste en outil de propagande", "neg", 2, "conf", "q")
p(D, "ne fait qu'accroître la défiance", "neg", 2, "conf", "q")
p(D, "ne se comprennent plus", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a16 24 heures, Erdogan in Athens 7 Dec 2023
D = "a16_24heures_20231208"
META[D] = ("24 heures (Switzerland)", "2023-12-08", "2023-12-07 Erdogan visit to Athens, Athens declaration")
TONE[D] = 2
p(D, "jouent l'apaisement", "pos", 1, "conf", "j")
p(D, "une visite qui avait tourné à l'aigre", "neg", 2, "conf", "j")
p(D, "avec les honneurs et des sourires appuyés", "pos", 1, "oth", "j")
p(D, "vécue à Athènes comme une provocation", "neg", 2, "conf", "j")
p(D, "le ton était tout autre", "pos", 2, "oth", "j")
p(D, "rapprocher les deux rives de l'Égée", "pos", 2, "coop", "q")
p(D, "un exemple pour toute la région", "pos", 2, "coop", "q")
p(D, "a invité son hôte à Ankara", "pos", 1, "oth", "j", note="invitation with a place, no reported content")
p(D, "soigneusement laissés de côté", "neg", 1, "coop", "j")
p(D, "remercié Athènes «du fond du cœur", "pos", 2, "coop", "q")
p(D, "réapprendre à vivre côte à côte", "pos", 1, "coop", "q")
p(D, "C'est modeste, mais c'est réel", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a17 RTS live blog, inter-Korean summit 27 Apr 2018
D = "a17_rts_20180427"
META[D] = ("RTS Info (Swiss live blog)", "2018-04-27", "2018-04-27 Moon-Kim summit, Panmunjom")
TONE[D] = 2
p(D, "Sommet historique", "pos", 2, "oth", "j")
p(D, "conclure cette année un accord de paix", "pos", 2, "coop", "q", note="s'engager à")
p(D, "Moon Jae-in se rendra à Pyongyang à l'automne", "pos", 1, "oth", "j")
p(D, "le courage politique", "pos", 1, "coop", "q", note="China, third party on the pair's meeting")
p(D, "avant de rester sans lendemain", "neg", 1, "coop", "q")
p(D, "ne comporte d'ailleurs ni calendrier ni mécanisme de vérification", "neg", 1, "coop", "j")
p(D, "se sont longuement donné l'accolade", "pos", 2, "oth", "j")
p(D, "Nous avons enfin commencé à nous parler comme des voisins", "pos", 2, "coop", "q")
p(D, "nous ne pouvons pas nous affronter éternellement", "pos", 1, "conf", "q")
p(D, "entretenus seuls, sans conseillers ni micros", "pos", 1, "oth", "j")
p(D, "C'est un moment que nous n'aurions pas imaginé il y a six mois", "pos", 1, "oth", "q")
p(D, "une poignée de main qui n'en finit pas", "pos", 1, "oth", "j")
p(D, "ne s'étaient plus parlé à ce niveau depuis 2007", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a18 Le Monde Afrique, Ethiopia-Eritrea tensions Mar 2025
D = "a18_lemondeafrique_20250314"
META[D] = ("Le Monde Afrique", "2025-03-14", "2025 Ethiopia-Eritrea tensions, fears of war")
TONE[D] = -2
p(D, "le spectre d'une nouvelle guerre", "neg", 2, "conf", "j")
p(D, "s'accusent mutuellement de préparer un conflit", "neg", 2, "conf", "q", note="reciprocal accusation, de + infinitive")
p(D, "La lune de miel de 2018 n'aura pas survécu", "neg", 2, "coop", "j")
p(D, "avaient enterré en quelques jours vingt ans d'hostilité", "pos", 2, "coop", "j", note="past rapprochement recalled")
p(D, "a ouvert une brèche", "neg", 1, "coop", "j")
p(D, "reçus à Asmara comme une menace à peine voilée", "neg", 2, "conf", "j")
p(D, "accuse Addis-Abeba de « fabriquer un prétexte", "neg", 2, "conf", "q")
p(D, "n'avait « aucun projet » d'attaquer son voisin", "pos", 1, "conf", "q")
p(D, "par la négociation", "pos", 1, "coop", "q")
p(D, "un conflit entre les deux pays pouvait éclater à tout moment", "neg", 2, "conf", "q")
p(D, "se regardent en chiens de faïence", "neg", 2, "conf", "q")
p(D, "il n'existe plus aucun canal de dialogue sérieux", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a19 Ouest-France explainer, Grenell in Caracas 31 Jan 2025
D = "a19_ouestfrance_20250201"
META[D] = ("Ouest-France (regional daily)", "2025-02-01", "2025-01-31 Grenell-Maduro meeting, Caracas (US-Venezuela)")
TONE[D] = 0
p(D, "Surprise diplomatique", "neu", 1, "oth", "j")
p(D, "pression maximale", "neg", 2, "conf", "j", note="policy name in quote marks, not speech")
p(D, "n'ont plus de relations diplomatiques depuis cette date", "neg", 2, "coop", "j")
p(D, "Nous avons ouvert une porte", "pos", 2, "coop", "q")
p(D, "des relations de respect avec les États-Unis, pas de soumission", "pos", 1, "coop", "q")
p(D, "avec franchise", "pos", 1, "oth", "q")
p(D, "six « otages", "neg", 1, "conf", "q")
p(D, "ne valait en rien reconnaissance", "neg", 1, "coop", "q")
p(D, "partisan d'une ligne dure envers Caracas", "neg", 1, "conf", "j")
p(D, "Ce n'est pas une réconciliation", "neg", 1, "coop", "q")
p(D, "c'est une transaction", "neu", 1, "oth", "q")
p(D, "Sa reconduction sera un test", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a20 Jeune Afrique, Washington Accords 4 Dec 2025
D = "a20_jeuneafrique_20251205"
META[D] = ("Jeune Afrique", "2025-12-05", "2025-12-04 Tshisekedi-Kagame sign the Washington Accords")
TONE[D] = -1
p(D, "la méfiance demeure", "neg", 2, "conf", "j")
p(D, "saluée par les parrains du processus", "pos", 1, "coop", "q", note="passive with agent")
p(D, "ne change rien, pour l'instant, sur le terrain", "neg", 1, "coop", "j")
p(D, "Une cérémonie millimétrée", "neu", 1, "oth", "j")
p(D, "Personne ne croyait qu'on y arriverait. On y est arrivé", "pos", 2, "coop", "q")
p(D, "Ils ne se sont pas adressé la parole en public", "neg", 1, "oth", "j")
p(D, "un tournant, à condition que les engagements soient respectés", "pos", 1, "coop", "q")
p(D, "Nous attendons de voir l'autre partie faire la sienne", "neg", 1, "conf", "q")
p(D, "accuse Kigali de continuer à armer les rebelles", "neg", 2, "conf", "q")
p(D, "n'ont guère produit de résultats visibles", "neg", 1, "coop", "j")
p(D, "présenté comme le ciment de la réconciliation", "pos", 1, "coop", "q", note="agentless passive, unattributed")
p(D, "une paix de salon", "neg", 2, "coop", "q")
