"""Gold framing phrases and article tone for phrases_articles19 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 AFP, Putin-Trump call 14 Nov 2016
D = "a01_afp_20161114"
META[D] = ("AFP (French wire)", "2016-11-14", "2016-11-14 Putin-Trump call after the US election")
TONE[D] = 1
p(D, "sortir la relation russo-américaine de l'ornière", "pos", 2, "coop", "j", note="headline; vouloir is not speech")
p(D, "prêts à rebâtir ensemble les liens entre leurs pays", "pos", 2, "coop", "q")
p(D, "tombées à un niveau dont personne ne peut se satisfaire", "neg", 2, "coop", "q")
p(D, "un dialogue entre partenaires, fondé sur le respect mutuel", "pos", 2, "coop", "q")
p(D, "tourner la page de ces dernières années", "pos", 2, "coop", "q")
p(D, "des rapports francs et utiles aux deux peuples", "pos", 2, "coop", "q")
p(D, "Il ne faut pas attendre de miracle", "neg", 1, "oth", "q")
p(D, "Les contentieux sont trop nombreux pour se régler d'un coup de téléphone", "neg", 2, "coop", "q")
p(D, "trois années de relations exécrables", "neg", 3, "conf", "j", note="past hostility recalled")
p(D, "n'a cessé de vanter les qualités de dirigeant de Vladimir Poutine", "pos", 1, "oth", "j")
p(D, "un enthousiasme à peine voilé", "pos", 2, "oth", "j")
p(D, "prêts à faire notre part du chemin", "pos", 2, "coop", "q")
p(D, "les intérêts des deux pays restent diamétralement opposés", "neg", 3, "conf", "q")
p(D, "Les services de renseignement américains accusent par ailleurs Moscou", "neg", 1, "conf", "j", note="accusation between the sides; the accused content is reported speech, the accusing clause is the journalist's; added in review")


# ---------------------------------------------------------------- a02 Le Figaro, Trump-Putin at G20 Hamburg
D = "a02_lefigaro_20170707"
META[D] = ("Le Figaro", "2017-07-07", "2017-07-07 Trump-Putin first meeting, G20 Hamburg")
TONE[D] = 1
p(D, "jouent les prolongations", "pos", 1, "oth", "j", note="headline wordplay: the meeting ran long")
p(D, "reste un point de friction", "neg", 1, "conf", "j")
p(D, "a largement débordé du programme", "pos", 1, "oth", "j")
p(D, "longue et appuyée", "pos", 1, "oth", "j")
p(D, "les choses vont très bien se passer entre nous", "pos", 2, "coop", "q")
p(D, "ont tout de suite parlé le même langage", "pos", 2, "coop", "q")
p(D, "les versions des deux délégations ne se recoupent pas", "neg", 1, "conf", "j")
p(D, "a pris acte des assurances", "pos", 1, "coop", "q")
p(D, "est revenu à la charge à plusieurs reprises", "neg", 1, "conf", "q")
p(D, "ne pas laisser ce dossier empoisonner l'avenir", "pos", 1, "coop", "q")
p(D, "se sont contentées de convenir d'un nouveau canal de discussion", "neg", 1, "coop", "j")
p(D, "un homme pragmatique, avec qui l'on peut discuter sans détours", "pos", 2, "oth", "q")
p(D, "il a plutôt choisi la bonhomie", "pos", 1, "oth", "j")
p(D, "Une poignée de main appuyée ne suffira pas à sortir la relation de l'impasse", "neg", 2, "coop", "j")
p(D, "Ils ne se sont pas attardés sur les préliminaires", "pos", 1, "oth", "q", note="added in review")


# ---------------------------------------------------------------- a03 Libération, Trump and Putin at APEC Da Nang
D = "a03_liberation_20171111"
META[D] = ("Libération", "2017-11-11", "2017-11-10/11 Trump-Putin encounters at APEC Da Nang")
TONE[D] = -1
p(D, "brèves de couloir", "neg", 1, "oth", "j", note="headline wordplay on brèves de comptoir")
p(D, "ont surtout montré qu'ils avaient du mal à se voir", "neg", 2, "coop", "j")
p(D, "il n'y aura eu que des apartés", "neg", 1, "oth", "j")
p(D, "n'a jamais eu lieu", "neg", 1, "oth", "j")
p(D, "pas fait preuve de beaucoup de souplesse", "neg", 1, "conf", "q")
p(D, "faire des choses ensemble, même dans le contexte actuel", "pos", 1, "coop", "q")
p(D, "je préfère avoir de bons rapports avec la Russie", "pos", 2, "coop", "q")
p(D, "plus prompt à croire son homologue russe que ses propres services de renseignement", "pos", 1, "oth", "j", note="Trump's trust in Putin, framed ironically")
p(D, "utile", "pos", 1, "coop", "q")
p(D, "mais trop bref", "neg", 1, "oth", "q", note="inside the mixed clause a jugé l'échange «utile» mais trop bref")
p(D, "prisonnière de la politique intérieure américaine", "neg", 2, "coop", "q")
p(D, "la promesse d'une entente avec Moscou s'est fracassée sur les réalités", "neg", 2, "coop", "j")
p(D, "la relation n'a cessé de se détériorer", "neg", 2, "coop", "j")
p(D, "Personne, à Moscou comme à Washington, ne semble pressé d'en trouver un", "neg", 1, "coop", "j")


# ---------------------------------------------------------------- a04 Le Monde analysis, Helsinki summit
D = "a04_lemonde_20180717"
META[D] = ("Le Monde", "2018-07-17", "2018-07-16 Trump-Putin summit, Helsinki")
TONE[D] = -1
p(D, "le tête-à-tête qui a viré au tête-à-queue", "neg", 2, "oth", "j", note="headline wordplay")
p(D, "donnant raison, face aux caméras, au dirigeant russe contre ses propres services de renseignement", "pos", 1, "oth", "j", note="Trump's closeness to Putin; the article frames it with disbelief but the phrase itself is favourable to the relation")
p(D, "pas faire de procès d’intention à un partenaire", "pos", 1, "coop", "q")
p(D, "ont rivalisé d’amabilités", "pos", 2, "oth", "j")
p(D, "on peut maintenant avancer vite", "pos", 2, "coop", "q")
p(D, "l’état déplorable de la relation", "neg", 2, "coop", "q", note="Trump's tweet, reported: rendre responsable X de Y")
p(D, "Rien n’empêche désormais de regarder devant nous", "pos", 2, "coop", "q")
p(D, "je crois, ouvert des pistes", "pos", 1, "coop", "q")
p(D, "offrir à son hôte un ballon de la Coupe du monde", "pos", 1, "oth", "j", note="gesture")
p(D, "le bilan est maigre", "neg", 2, "coop", "j")
p(D, "se sont bornés à évoquer une reprise des consultations", "neg", 1, "coop", "j")
p(D, "capitulation en direct", "neg", 2, "oth", "q", note="Republican lawmakers (third party) on Trump's conduct toward Putin")
p(D, "exultaient", "pos", 2, "oth", "j")
p(D, "qui change l’atmosphère", "pos", 2, "oth", "q")
p(D, "Il est probable que l’embellie d’Helsinki se heurte très vite à ces réalités", "neg", 1, "coop", "j", note="hedged forecast")
p(D, "jusqu’où il était prêt à aller pour plaire à Vladimir Poutine", "neg", 1, "oth", "j", note="displayed closeness judged negatively")


# ---------------------------------------------------------------- a05 Europe 1 radio column, after Helsinki
D = "a05_europe1_20180726"
META[D] = ("Europe 1 (radio column, transcript)", "2018-07-26", "2018-07 Helsinki aftermath: Putin's Washington visit postponed")
TONE[D] = -2
p(D, "Helsinki, c'est déjà loin", "neg", 1, "coop", "j", note="headline")
p(D, "Pas grand-chose, et c'est peu dire", "neg", 2, "coop", "j")
p(D, "invite Vladimir Poutine à Washington à l'automne", "pos", 1, "oth", "q", note="annonce que")
p(D, "ouvert à l'idée", "pos", 1, "oth", "q")
p(D, "la visite est repoussée à l'an prochain", "neg", 1, "oth", "q")
p(D, "Autant dire aux calendes grecques", "neg", 2, "oth", "j")
p(D, "on ne se rapproche pas de la Russie contre tout le monde", "neg", 1, "coop", "j")
p(D, "d'une fermeté absolue", "neg", 2, "conf", "q")
p(D, "le président tend les bras", "pos", 1, "oth", "j")
p(D, "son administration serre les poings", "neg", 2, "conf", "j")
p(D, "disponible pour un dialogue sérieux, quand Washington y sera prêt", "pos", 1, "coop", "q")
p(D, "L'esprit d'Helsinki aura tenu dix jours", "neg", 2, "coop", "j")
p(D, "repousse à 2019 la visite de Vladimir Poutine à Washington", "neg", 1, "oth", "j", note="summary bullet; added in review")


# ---------------------------------------------------------------- a06 Reuters, Buenos Aires meeting cancelled
D = "a06_reuters_20181129"
META[D] = ("Reuters (French service)", "2018-11-29", "2018-11-29 Trump cancels G20 Buenos Aires meeting with Putin")
TONE[D] = -2
p(D, "renonce à voir Poutine", "neg", 2, "oth", "j", note="headline without quote marks")
p(D, "a annulé jeudi la rencontre qu'il devait avoir avec Vladimir Poutine", "neg", 2, "oth", "j")
p(D, "renoncer au rendez-vous", "neg", 1, "oth", "q")
p(D, "prêt à organiser un véritable sommet", "pos", 1, "oth", "q")
p(D, "sans doute utile", "pos", 1, "coop", "q")
p(D, "par la presse, comme tout le monde", "neg", 1, "oth", "q")
p(D, "prêt à discuter de tous les sujets, y compris les plus difficiles", "pos", 1, "coop", "q")
p(D, "aurait été utile aux deux pays et au reste du monde", "pos", 1, "coop", "q")
p(D, "fuir le dialogue", "neg", 2, "coop", "q")
p(D, "déjà empoisonnées", "neg", 2, "conf", "j")
p(D, "se sont encore tendues", "neg", 2, "conf", "j")
p(D, "montrer de la fermeté à peu de frais", "neg", 1, "conf", "q")
p(D, "prive les deux pays de l'un des rares canaux qui fonctionnaient encore au plus haut niveau", "neg", 2, "coop", "q")
p(D, "a été condamné par les Etats-Unis", "neg", 1, "conf", "j", note="condamner without content is not speech; added in review")


# ---------------------------------------------------------------- a07 Le Progrès, Trump-Putin at G20 Osaka
D = "a07_leprogres_20190629"
META[D] = ("Le Progrès (regional)", "2019-06-29", "2019-06-28 Trump-Putin meeting, G20 Osaka")
TONE[D] = 0
p(D, "rient... jaune", "neg", 1, "oth", "j", note="headline wordplay, hedged by the question mark")
p(D, "une bonne humeur de façade", "neg", 1, "oth", "j")
p(D, "l'index levé et le sourire aux lèvres", "neu", 1, "oth", "j", note="teasing gesture")
p(D, "ne pas s'en mêler", "neg", 1, "conf", "q", note="demander de + inf; a joking warning")
p(D, "Le président russe a ri", "pos", 1, "oth", "j")
p(D, "vraiment positif", "pos", 2, "coop", "q")
p(D, "relancer les discussions sur la maîtrise des armements", "pos", 1, "coop", "q", note="Selon le Kremlin")
p(D, "a par ailleurs invité son homologue aux célébrations du 9 mai 2020", "pos", 1, "oth", "j")
p(D, "considérer avec intérêt", "pos", 1, "oth", "q")
p(D, "derrière les sourires, les sujets qui divisent les deux pays ne manquent pas", "neg", 2, "conf", "j")
p(D, "à un niveau très bas", "neg", 2, "coop", "q")


# ---------------------------------------------------------------- a08 L'Est Républicain, INF treaty suspended
D = "a08_estrepublicain_20190202"
META[D] = ("L'Est Républicain (regional)", "2019-02-02", "2019-02-01/02 US and Russia suspend the INF treaty")
TONE[D] = -2
p(D, "Washington claque la porte", "neg", 2, "coop", "j", note="headline")
p(D, "triche depuis des années et refuse de l'admettre", "neg", 2, "conf", "q")
p(D, "Nous n'avons pas l'intention de rester les bras croisés", "neg", 2, "conf", "q")
p(D, "n'engagerait plus de négociation", "neg", 2, "coop", "q")
p(D, "tant que Washington ne viendra pas avec des propositions sérieuses", "neg", 1, "conf", "q")
p(D, "libérer les mains du Pentagone", "neg", 1, "conf", "q")
p(D, "Dialogue rompu", "neg", 2, "coop", "j", note="subheading")
p(D, "c'est un pan entier de l'architecture de sécurité européenne qui s'effondre", "neg", 2, "coop", "j")
p(D, "ne se parlent presque plus de désarmement depuis 2014", "neg", 2, "coop", "j")
p(D, "le symbole d'une confiance enfin retrouvée", "pos", 1, "coop", "q", note="the treaty's past, recalled by the historian")
p(D, "à quel point les deux capitales ne s'écoutent plus", "neg", 2, "coop", "q")
p(D, "Je ne crois pas à une reprise rapide des négociations", "neg", 1, "coop", "q")
p(D, "Personne ne sait aujourd'hui s'il sera prolongé", "neu", 1, "oth", "j")
p(D, "en accusant Moscou", "neg", 1, "conf", "j", note="accusation between the sides; added in review")


# ---------------------------------------------------------------- a09 RT France, Putin-Biden call 26 Jan 2021
D = "a09_rtfrance_20210126"
META[D] = ("RT France (Russian state media)", "2021-01-26", "2021-01-26 Putin-Biden call, New START extension")
TONE[D] = 2
p(D, "Moscou et Washington tombent d'accord", "pos", 2, "coop", "j", note="headline; state-media own voice")
p(D, "Un signal encourageant", "pos", 2, "coop", "j")
p(D, "sereine", "pos", 1, "oth", "q")
p(D, "un retour à des relations apaisées", "pos", 2, "coop", "q")
p(D, "sont convenus de maintenir le contact", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "un compte rendu plus sec", "neg", 1, "oth", "j")
p(D, "ses griefs habituels", "neg", 1, "conf", "j", note="state-media own voice, dismissive")
p(D, "n'hésiterait pas à répondre", "neg", 2, "conf", "q")
p(D, "coopérer avec Moscou là où c'était possible", "pos", 1, "coop", "q")
p(D, "toujours été ouvert au dialogue avec les Etats-Unis", "pos", 2, "coop", "q")
p(D, "une bonne nouvelle pour tout le monde", "pos", 2, "coop", "q")
p(D, "placée sous le signe du pragmatisme", "pos", 1, "oth", "j")
p(D, "le moindre échange entre les dirigeants des deux pays était pris pour cible", "neg", 1, "oth", "j", note="past obstruction recalled")
p(D, "reprendre sans tarder les discussions sur la stabilité stratégique", "pos", 1, "coop", "q", note="appeler à; added in review")


# ---------------------------------------------------------------- a10 Le Temps, Biden-Putin summit in Geneva
D = "a10_letemps_20210616"
META[D] = ("Le Temps (Switzerland)", "2021-06-16", "2021-06-16 Biden-Putin summit, Geneva")
TONE[D] = 1
p(D, "un sommet sans éclat", "neg", 1, "oth", "j", note="headline")
p(D, "mais pas sans suite", "pos", 1, "coop", "j", note="headline")
p(D, "Nous ne sommes pas devenus amis, ce n'était pas le but", "neu", 1, "oth", "q")
p(D, "nous nous sommes compris sur beaucoup de points", "pos", 2, "coop", "q")
p(D, "Je n'étais pas venu chercher de la chaleur, j'étais venu chercher de la clarté", "neu", 1, "oth", "q")
p(D, "Je crois que nous l'avons trouvée", "pos", 1, "coop", "q")
p(D, "ont convenu du retour de leurs ambassadeurs respectifs", "pos", 1, "coop", "j", note="agreement about the relation itself")
p(D, "chacun est resté sur ses positions", "neg", 1, "conf", "j")
p(D, "un prix très lourd", "neg", 2, "conf", "q")
p(D, "Ce sommet n'a rien réglé", "neg", 1, "coop", "q")
p(D, "il a rétabli un minimum de prévisibilité", "pos", 1, "coop", "q")
p(D, "personne ne parie sur une amélioration durable", "neg", 1, "coop", "j")
p(D, "Vladimir Poutine était un tueur", "neg", 2, "conf", "q", note="past hostility recalled; inside a reported question Biden assented to, doubtful voice; added in review")
p(D, "Les groupes de travail promis doivent encore se réunir", "neu", 1, "coop", "q", note="reservation on follow-up; added in review")


# ---------------------------------------------------------------- a11 La Croix editorial, Biden-Putin video call
D = "a11_lacroix_20211208"
META[D] = ("La Croix (editorial)", "2021-12-08", "2021-12-07 Biden-Putin video call")
TONE[D] = 0
p(D, "Parler, malgré tout", "pos", 1, "coop", "j", note="editorial title")
p(D, "Le simple fait que cet échange ait eu lieu mérite d'être noté", "pos", 1, "oth", "j")
p(D, "Il ne faudrait pas pour autant lui prêter plus qu'il n'a donné", "neg", 1, "coop", "j")
p(D, "sans ménagement", "neg", 1, "conf", "q", note="bluntness toward the other side")
p(D, "un prix économique très lourd, et durable", "neg", 2, "conf", "q")
p(D, "sans éclats de voix", "pos", 1, "oth", "q")
p(D, "qui se regardent en chiens de faïence", "neg", 2, "conf", "j")
p(D, "ont pourtant choisi, pour l'heure, de ne pas rompre le fil", "pos", 1, "coop", "j")
p(D, "l'espace est étroit", "neg", 1, "conf", "j")
p(D, "sont convenus que leurs équipes poursuivraient les échanges", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "C'est peu, mais c'est précisément ce peu qu'il faut préserver", "pos", 1, "coop", "j")
p(D, "de la naïveté à croire que quelques heures de visioconférence suffiront", "neg", 1, "coop", "j")
p(D, "Parler n'est pas céder", "pos", 1, "coop", "j")
p(D, "Il y en aurait tout autant à penser que les menaces de sanctions, à elles seules, y parviendront", "neu", 1, "conf", "j", note="added in review")


# ---------------------------------------------------------------- a12 TF1 Info live blog, Geneva/Brussels/Vienna talks
D = "a12_tf1info_20220113"
META[D] = ("TF1 Info (live blog)", "2022-01-13", "2022-01-10/13 US-Russia, NATO-Russia and OSCE talks")
TONE[D] = -1
p(D, "se parlent, sans se rapprocher", "neg", 1, "coop", "j", note="headline")
p(D, "Nous ne pouvons pas discuter indéfiniment dans le vide", "neg", 2, "coop", "q")
p(D, "Nous restons prêts à discuter", "pos", 1, "coop", "q")
p(D, "personne n'a bougé", "neg", 1, "coop", "j", note="the outlet's own desk, not a reported source")
p(D, "Ces deux listes ne se croisent presque nulle part", "neg", 2, "conf", "j")
p(D, "pas été un échec complet", "pos", 1, "coop", "q")
p(D, "pour l'instant aucun motif d'optimisme", "neg", 1, "coop", "q")
p(D, "Nous avons été francs, les Russes aussi", "pos", 1, "oth", "q")
p(D, "L'atmosphère était correcte", "pos", 1, "oth", "q")
p(D, "nous n'avons pas avancé d'un millimètre", "neg", 2, "coop", "q")
p(D, "Certaines demandes russes n'ont aucune chance d'aboutir", "neg", 2, "conf", "q")
p(D, "des sujets sur lesquels nous pouvons avancer ensemble", "pos", 1, "coop", "q")
p(D, "à haut risque", "neg", 1, "oth", "j")


# ---------------------------------------------------------------- a13 Le Soir, the Biden-Putin summit that never was
D = "a13_lesoir_20220223"
META[D] = ("Le Soir (Belgium)", "2022-02-23", "2022-02-20/22 proposed Biden-Putin summit, Blinken-Lavrov meeting cancelled")
TONE[D] = -2
p(D, "mort avant d'être né", "neg", 2, "oth", "j", note="headline")
p(D, "Il aura suffi de quarante-huit heures pour que la dernière porte se referme", "neg", 2, "coop", "j")
p(D, "accepté « le principe » d'un sommet", "pos", 1, "oth", "q")
p(D, "prématuré", "neg", 1, "oth", "q")
p(D, "aux accents de réquisitoire contre l'Occident", "neg", 2, "conf", "j")
p(D, "Le projet de sommet n'a pas survécu à la soirée", "neg", 2, "oth", "j")
p(D, "il n'y a plus rien à discuter au sommet", "neg", 2, "coop", "q")
p(D, "Nous ne ferons pas semblant de négocier pendant que les chars avancent", "neg", 2, "coop", "q")
p(D, "La porte de la diplomatie reste ouverte chez nous", "pos", 1, "coop", "q")
p(D, "Ce sont les Américains qui l'ont fermée", "neg", 2, "conf", "q")
p(D, "Ce fiasco", "neg", 3, "coop", "j")
p(D, "Le Kremlin voulait des concessions, pas un accord", "neg", 2, "conf", "q", note="European diplomat (Western side) on the talks")
p(D, "il faudra bien que les deux puissances nucléaires se reparlent", "pos", 1, "coop", "q")
p(D, "Mais ce ne sera ni demain", "neg", 1, "coop", "q")
p(D, "Washington a annulé la rencontre Blinken-Lavrov", "neg", 2, "oth", "j", note="standfirst; added in review")


# ---------------------------------------------------------------- a14 Sputnik France, Putin-Trump call 28 Jan 2017
D = "a14_sputnik_20170128"
META[D] = ("Sputnik France (Russian state media)", "2017-01-28", "2017-01-28 Putin-Trump first call after the inauguration")
TONE[D] = 2
p(D, "sous le signe de la confiance", "pos", 2, "oth", "j", note="headline; state-media own voice")
p(D, "un ton chaleureux", "pos", 2, "oth", "j")
p(D, "une volonté commune de remettre la coopération russo-américaine sur les rails", "pos", 2, "coop", "j")
p(D, "la page des années Obama semble en passe d'être tournée", "pos", 1, "coop", "j", note="hedged")
p(D, "riche en substance", "pos", 1, "coop", "q")
p(D, "avaient tout à gagner à relancer des échanges économiques", "pos", 1, "coop", "q")
p(D, "mettre en commun leurs moyens", "pos", 2, "coop", "q", note="convenir de + quote marks")
p(D, "chargé leurs équipes de préparer une rencontre au sommet", "pos", 1, "oth", "j")
p(D, "point de départ prometteur", "pos", 2, "coop", "q")
p(D, "la défiance qui caractérisait les dernières années de l'administration Obama", "neg", 2, "conf", "j", note="past hostility recalled")
p(D, "un partenaire qui ne fait pas la leçon", "pos", 2, "oth", "q")
p(D, "Il ne faut pas s'attendre à ce que tout change du jour au lendemain", "neg", 1, "coop", "q")
p(D, "l'atmosphère n'a plus rien à voir", "pos", 2, "oth", "q")
p(D, "avait félicité Donald Trump dès le 9 novembre", "pos", 1, "oth", "j", note="goodwill gesture; féliciter without content is not speech; added in review")


# ---------------------------------------------------------------- a15 RTL brief, Trump-Kim summit in Hanoi
D = "a15_rtl_20190228"
META[D] = ("RTL (radio website, brief)", "2019-02-28", "2019-02-27/28 Trump-Kim summit, Hanoi")
TONE[D] = 0
p(D, "se quittent sans accord", "neg", 1, "coop", "j", note="headline")
p(D, "en bons termes", "pos", 1, "oth", "q", note="headline quotation; the body attributes other words, so unattributed")
p(D, "a tourné court", "neg", 1, "oth", "j")
p(D, "plus tôt que prévu", "neg", 1, "oth", "j")
p(D, "sans la moindre déclaration commune", "neg", 1, "coop", "j")
p(D, "Au cœur du blocage", "neg", 1, "coop", "j")
p(D, "Ils demandaient beaucoup trop en échange de trop peu", "neg", 1, "conf", "q")
p(D, "excellente", "pos", 3, "coop", "q")
p(D, "sans aucune animosité", "pos", 1, "oth", "q")
p(D, "a contesté la version américaine", "neg", 1, "conf", "q", note="stance verb with NP complement")
p(D, "Les négociations devraient se poursuivre au niveau des équipes", "pos", 1, "coop", "j", note="hedged forecast")
p(D, "l'échec des discussions", "neg", 2, "coop", "j")
p(D, "Le déjeuner de travail et la cérémonie de signature inscrits au programme ont été annulés", "neg", 1, "oth", "j", note="added in review")


# ---------------------------------------------------------------- a16 La Presse, US-Iran after the G7 in Biarritz
D = "a16_lapresse_20190828"
META[D] = ("La Presse (Quebec)", "2019-08-28", "2019-08-26/27 G7 Biarritz: possible Trump-Rouhani meeting")
TONE[D] = 0
p(D, "une porte entrouverte à Biarritz", "pos", 1, "coop", "j", note="headline")
p(D, "vite repoussée à Téhéran", "neg", 1, "coop", "j", note="headline")
p(D, "prêt à rencontrer son homologue iranien Hassan Rohani", "pos", 1, "oth", "q")
p(D, "Une ouverture inattendue", "pos", 2, "coop", "j")
p(D, "des mois d'escalade dans le golfe Persique", "neg", 2, "conf", "j")
p(D, "veulent sortir de l'impasse", "pos", 1, "coop", "q")
p(D, "Rien n'est fait, tout reste fragile", "neg", 1, "oth", "q", note="Macron, host and mediator, on the pair's prospects")
p(D, "prêt à rencontrer n'importe qui", "pos", 1, "oth", "q")
p(D, "Nous ne négocierons pas avec un pistolet sur la tempe", "neg", 2, "conf", "q")
p(D, "la campagne de « pression maximale » contre Téhéran se poursuivrait", "neg", 2, "conf", "q", note="inner marks are a policy name, not speech; the clause is Pompeo's")
p(D, "n'ont cessé de s'envenimer", "neg", 2, "conf", "j")
p(D, "Je ne miserais pas sur une poignée de main d'ici l'Assemblée générale de l'ONU", "neg", 1, "oth", "q", note="hedged forecast")
p(D, "Rien n'indique pour l'instant que l'une ou l'autre capitale soit prête à faire le premier geste", "neg", 1, "coop", "j")


# ---------------------------------------------------------------- a17 Le Monde diplomatique-style analysis, China-India border talks
D = "a17_mondediplo_20201001"
META[D] = ("Le Monde diplomatique (style of; monthly analysis)", "2020-10-01", "2020-09-10 Jaishankar-Wang Yi five-point consensus after Galwan")
TONE[D] = -1
p(D, "une paix sous les armes", "neg", 1, "conf", "j", note="title wordplay")
p(D, "les deux armées n'ont pas reculé d'un pas", "neg", 2, "conf", "j")
p(D, "a perdu l'essentiel de ce que trois décennies de diplomatie patiente avaient construit", "neg", 2, "coop", "j")
p(D, "Ce système avait tenu", "pos", 1, "coop", "j", note="past cooperation recalled")
p(D, "La nuit du 15 juin a tout emporté", "neg", 2, "coop", "j")
p(D, "Un consensus de papier", "neg", 2, "coop", "j", note="subheading")
p(D, "poursuivre le dialogue", "pos", 1, "coop", "q", note="convenir que + quote marks")
p(D, "Chacune des deux capitales en a d'ailleurs livré une lecture opposée", "neg", 1, "conf", "j")
p(D, "mettre fin à ses provocations", "neg", 2, "conf", "q")
p(D, "La paix, oui. Mais pas au prix de notre intégrité territoriale", "neg", 1, "conf", "q")
p(D, "des voisins appelés à prospérer côte à côte", "pos", 2, "coop", "q")
p(D, "ses gestes, sur le terrain, racontent une autre histoire", "neg", 1, "conf", "j")
p(D, "Trente ans de patience diplomatique ne se reconstruiront pas en quelques réunions", "neg", 1, "coop", "j")
p(D, "Il n'est pas exclu qu'un désengagement partiel intervienne au printemps", "pos", 1, "coop", "j", note="hedged forecast")
p(D, "il serait imprudent d'y voir un retour à l'esprit de Wuhan", "neg", 1, "coop", "j")


# ---------------------------------------------------------------- a18 24 heures, Greece-North Macedonia Prespa agreement
D = "a18_24heures_20180618"
META[D] = ("24 heures (Switzerland)", "2018-06-18", "2018-06-17 Prespa agreement signed, Greece-Macedonia")
TONE[D] = 2
p(D, "enterrent vingt-sept ans de querelle", "pos", 2, "coop", "j", note="headline")
p(D, "met fin à l'un des plus vieux différends d'Europe", "pos", 2, "coop", "j", note="agreement about the relation itself")
p(D, "nous choisissons l'avenir plutôt que les rancunes", "pos", 2, "coop", "q")
p(D, "Nous avons choisi de nous regarder en voisins, et plus en adversaires", "pos", 2, "coop", "q")
p(D, "se donnent longuement l'accolade", "pos", 2, "oth", "j", note="the photo caption's shorter wording is page noise, not coded")
p(D, "une leçon de courage politique pour toute la région", "pos", 2, "coop", "q", note="UN mediator, on the pair's deal")
p(D, "La partie n'est pas gagnée pour autant", "neg", 1, "oth", "j", note="hedge on ratification")
p(D, "même eux ont souri", "pos", 1, "oth", "q")
p(D, "change profondément la donne entre deux voisins", "pos", 2, "coop", "q")
p(D, "qui ont longtemps préféré se bouder", "neg", 1, "conf", "q", note="past hostility recalled")
p(D, "ce qui rend ce rapprochement crédible", "pos", 2, "coop", "q")
p(D, "une étape importante pour la stabilité des Balkans occidentaux", "pos", 1, "coop", "q", note="Swiss communiqué, third party on the pair's deal")
p(D, "visiblement ému", "pos", 1, "oth", "j", note="added in review")
p(D, "Mes parents n'y croyaient plus", "neg", 1, "coop", "q", note="past hopelessness recalled; added in review")


# ---------------------------------------------------------------- a19 Jeune Afrique, Hamdok in Juba
D = "a19_jeuneafrique_20190913"
META[D] = ("Jeune Afrique", "2019-09-13", "2019-09-12 Sudanese PM Hamdok visits Salva Kiir in Juba")
TONE[D] = 2
p(D, "scelle les retrouvailles entre frères ennemis", "pos", 2, "coop", "j", note="headline")
p(D, "tourner la page de huit années de méfiance", "pos", 2, "coop", "j", note="vouloir is not speech")
p(D, "Tapis rouge, fanfare militaire et longue accolade sur le tarmac", "pos", 2, "oth", "j", note="span widened in review to the whole welcome")
p(D, "un voisin, un partenaire et un ami", "pos", 3, "coop", "q")
p(D, "Ce qui nous unit est plus fort que ce qui nous a séparés", "pos", 2, "coop", "q")
p(D, "les dossiers qui empoisonnent la relation", "neg", 2, "conf", "j")
p(D, "convenu de réactiver les comités techniques conjoints", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "Le rapprochement a un autre visage", "pos", 1, "coop", "j")
p(D, "C'est un juste retour des choses", "pos", 1, "coop", "q")
p(D, "Khartoum a longtemps armé nos rebelles", "neg", 1, "conf", "q", note="past hostility recalled")
p(D, "les deux capitales semblent se parler sans arrière-pensées", "pos", 2, "coop", "q")
p(D, "les déclarations d'amitié ne suffiront pas", "neg", 1, "coop", "q")
p(D, "c'est là que tout s'est toujours bloqué", "neg", 1, "coop", "q")
p(D, "Juba aide aujourd'hui le Soudan à faire la paix avec les siens", "pos", 1, "coop", "q", note="added in review")


# ---------------------------------------------------------------- a20 Les Échos, Ethiopia-Eritrea border reopened
D = "a20_lesechos_20180912"
META[D] = ("Les Échos", "2018-09-12", "2018-09-11 Ethiopia-Eritrea border crossings reopened")
TONE[D] = 1
p(D, "Le symbole est fort", "pos", 2, "oth", "j")
p(D, "ont traversé la frontière côte à côte", "pos", 1, "oth", "j", note="gesture")
p(D, "Le jour que nous attendions tous est arrivé", "pos", 2, "coop", "q")
p(D, "Nos deux peuples ne seront plus jamais séparés par une frontière fermée", "pos", 2, "coop", "q")
p(D, "une page nouvelle, faite de coopération et de prospérité partagée", "pos", 3, "coop", "q")
p(D, "Une réconciliation à grande vitesse", "pos", 2, "coop", "j", note="subheading")
p(D, "mettant fin à l'état de guerre", "pos", 2, "coop", "j", note="agreement about the relation itself")
p(D, "Reste à transformer l'essai", "neu", 1, "coop", "j")
p(D, "Tout va très vite, peut-être trop vite", "neg", 1, "oth", "q")
p(D, "Les décisions se prennent entre les deux dirigeants, sans que les administrations suivent", "neg", 1, "coop", "q")
p(D, "La paix a ouvert une porte", "pos", 1, "coop", "q")
p(D, "retrait symbolique de soldats des deux armées", "pos", 1, "conf", "j", note="de-escalation gesture; added in review")
p(D, "Les ambassades ont rouvert", "pos", 1, "coop", "j", note="agreement about the relation itself, as a10 ambassadors; added in review")
