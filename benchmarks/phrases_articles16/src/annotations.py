"""Gold framing phrases and article tone for phrases_articles16 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 AFP, Trump-Putin call 12 Feb 2025
D = "a01_afp_20250212"
META[D] = ("AFP (French wire)", "2025-02-12", "2025-02-12 Trump-Putin call")
TONE[D] = 1
p(D, "renouent le contact", "pos", 2, "coop", "j")
p(D, "Ça s'est remarquablement bien passé", "pos", 3, "coop", "q")
p(D, "Nous voulons tous les deux que le massacre s'arrête", "pos", 2, "coop", "q", note="shared aim")
p(D, "avait invité son homologue à Moscou", "pos", 1, "oth", "q", note="invitation reported by the Kremlin (fait savoir que)")
p(D, "rester en contact personnel", "pos", 1, "coop", "q", note="agreement predicate with quote marks")
p(D, "d'écoute réciproque", "pos", 2, "oth", "q")
p(D, "Après trois ans de gel quasi total des contacts au sommet", "neg", 2, "coop", "j")
p(D, "le rapprochement a pris de court", "pos", 1, "coop", "j", note="added in review")
p(D, "Une première rencontre en personne pourrait avoir lieu en Arabie saoudite", "pos", 1, "oth", "q", note="added in review; a-t-il ajouté")
p(D, "aucun calendrier précis n'a été avancé", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a02 Le Monde, Trump-Putin at the G20 Hamburg 7 Jul 2017
D = "a02_lemonde_20170708"
META[D] = ("Le Monde", "2017-07-08", "2017-07-07 Trump-Putin meeting, G20 Hamburg")
TONE[D] = 1
p(D, "s’attardent", "pos", 1, "oth", "j", note="headline, meeting form")
p(D, "s’est prolongé plus de deux heures", "pos", 1, "oth", "j")
p(D, "une entente manifeste", "pos", 2, "coop", "q")
p(D, "ils n’avaient pas envie de s’arrêter", "pos", 1, "oth", "q")
p(D, "Le courant semble être passé", "pos", 1, "oth", "j", note="hedged by semble")
p(D, "nous avons posé des bases sur lesquelles on peut construire", "pos", 2, "coop", "q")
p(D, "très concret", "pos", 2, "coop", "q")
p(D, "la première preuve que nous pouvons obtenir des résultats ensemble", "pos", 2, "coop", "q")
p(D, "a interpellé à plusieurs reprises son homologue sur le sujet", "neg", 1, "conf", "q", note="assure que: Tillerson")
p(D, "Les deux versions ne concordent pas", "neg", 1, "oth", "j", note="added in review")
p(D, "Une relation plombée par les soupçons d’ingérence", "neg", 2, "conf", "q", note="rappelle-t-on dans l'entourage: attributed by incise")
p(D, "une embellie en trompe-l’œil", "neg", 2, "coop", "q")
p(D, "tout ce qui permet de parler est utile", "pos", 1, "coop", "q", note="added in review; third party on the pair's meeting")
p(D, "Restent les sujets qui fâchent", "neg", 1, "conf", "j")

# ---------------------------------------------------------------- a03 Ouest-France, Biden-Putin summit Geneva 16 Jun 2021
D = "a03_ouestfrance_20210616"
META[D] = ("Ouest-France", "2021-06-16", "2021-06-16 Biden-Putin summit, Geneva")
TONE[D] = 0
p(D, "se parlent sans se rapprocher vraiment", "neg", 1, "coop", "j")
p(D, "les acquis sont modestes", "neg", 1, "coop", "j")
p(D, "Nous nous sommes compris", "pos", 2, "coop", "q")
p(D, "ce qui ne veut pas dire que nous sommes d'accord", "neg", 1, "conf", "q")
p(D, "un partenaire pragmatique", "pos", 1, "oth", "q")
p(D, "appellerait une riposte", "neg", 2, "conf", "q", note="warning; inner words of a mixed quote")
p(D, "Deux conférences de presse séparées, pas de repas partagé", "neg", 1, "oth", "j")
p(D, "Pas de percée", "neg", 1, "coop", "j")
p(D, "pas de rupture non plus", "pos", 1, "coop", "j")
p(D, "une gestion de crise, au mieux un retour au minimum syndical", "neg", 1, "coop", "q")
p(D, "Il ne faut pas y voir un nouveau départ", "neg", 1, "coop", "q", note="added in review")

# ---------------------------------------------------------------- a04 RTS, US-Russia security talks Geneva 10 Jan 2022
D = "a04_rts_20220110"
META[D] = ("RTS Info", "2022-01-10", "2022-01-10 Sherman-Riabkov strategic security talks, Geneva")
TONE[D] = -1
p(D, "campent sur leurs positions", "neg", 2, "conf", "j")
p(D, "n'ont débouché lundi à Genève sur aucune avancée tangible", "neg", 2, "coop", "j")
p(D, "jugée inacceptable par Washington", "neg", 2, "conf", "q", note="added in review; passive with agent")
p(D, "n'y ont rien changé", "neg", 1, "coop", "j", note="added in review")
p(D, "sans avoir rapproché leurs points de vue", "neg", 2, "coop", "j")
p(D, "Nous avons été entendus, mais pas compris", "neg", 1, "coop", "q")
p(D, "utile pour clarifier les choses", "pos", 1, "coop", "q")
p(D, "des coûts considérables", "neg", 2, "conf", "q", note="warning in a mixed quote")
p(D, "Le ton est resté courtois", "pos", 1, "oth", "j")
p(D, "le dialogue n'est pas rompu", "pos", 1, "coop", "j")
p(D, "ont convenu de poursuivre les discussions", "pos", 1, "coop", "j", note="agreement predicate, no quote marks")
p(D, "On est dans une logique de face-à-face", "neg", 2, "conf", "q")
p(D, "on peut continuer à se voir, mais pas conclure", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a05 franceinfo, Macron-Putin call 1 Jul 2025
D = "a05_franceinfo_20250701"
META[D] = ("franceinfo", "2025-07-01", "2025-07-01 Macron-Putin call")
TONE[D] = -2
p(D, "deux heures pour constater leurs divergences", "neg", 2, "conf", "j")
p(D, "il n'a rien rapproché", "neg", 2, "coop", "j")
p(D, "Le Kremlin a livré une lecture très différente de l'appel", "neg", 1, "oth", "j")
p(D, "sa part de responsabilité", "neg", 2, "conf", "q", note="accusation; inner words of a mixed quote")
p(D, "Les positions restent aux antipodes", "neg", 3, "conf", "j")
p(D, "Aucun terrain commun n'a émergé", "neg", 2, "coop", "j")
p(D, "le président n'attendait pas de miracle", "neg", 1, "oth", "q")
p(D, "jugé utile de continuer à se parler", "pos", 1, "coop", "q")
p(D, "la relation franco-russe est réduite au strict minimum", "neg", 2, "coop", "j")
p(D, "une initiative naïve qui ne rapporte rien", "neg", 2, "oth", "q")
p(D, "un geste de responsabilité", "pos", 1, "oth", "q")

# ---------------------------------------------------------------- a06 Le Soir, Rubio-Lavrov talks Riyadh 18 Feb 2025
D = "a06_lesoir_20250218"
META[D] = ("Le Soir", "2025-02-18", "2025-02-18 Rubio-Lavrov talks, Riyadh")
TONE[D] = 0
p(D, "rouvrent le dialogue", "pos", 2, "coop", "j")
p(D, "l'Europe et Kiev sur la touche", "neg", 1, "oth", "j", note="the talks framed as exclusive")
p(D, "Trois ans de quasi-silence", "neg", 2, "coop", "j")
p(D, "une atmosphère étonnamment détendue", "pos", 2, "oth", "j")
p(D, "Ce n'est que le début d'un long chemin, mais c'est un début", "pos", 1, "coop", "q")
p(D, "Nous nous sommes écoutés, et pas seulement entendus", "pos", 2, "coop", "q")
p(D, "sans préjugés", "pos", 1, "oth", "q")
p(D, "Aucune concession n'a pourtant été rendue publique", "neg", 1, "coop", "j")
p(D, "peu probable", "neg", 1, "oth", "q", note="a Trump-Putin meeting next week")
p(D, "un arrangement conclu au-dessus de la tête des Ukrainiens", "neg", 2, "oth", "q", note="third party on the pair's interaction")
p(D, "c'est un rapprochement d'intention", "neu", 1, "coop", "q", note="Pour l'instant: hedged")

# ---------------------------------------------------------------- a07 La Dépêche du Midi, Black Sea truce after Riyadh talks 25 Mar 2025
D = "a07_ladepeche_20250326"
META[D] = ("La Dépêche du Midi", "2025-03-26", "2025-03-23/25 US-Russia and US-Ukraine talks, Riyadh; Black Sea truce")
TONE[D] = -1
p(D, "un accord, deux versions", "neg", 1, "oth", "j")
p(D, "a aussitôt assorti l'accord de conditions", "neg", 1, "coop", "j")
p(D, "Ils essaient déjà de tordre l'accord avant même qu'il existe", "neg", 2, "conf", "q")
p(D, "affiche un optimisme intact", "pos", 1, "oth", "j")
p(D, "Les Russes veulent en finir, j'en suis convaincu", "pos", 2, "coop", "q")
p(D, "traîner des pieds", "neg", 1, "coop", "q")
p(D, "pas à pas, et c'est la bonne méthode", "pos", 1, "coop", "q")
p(D, "Chacun accuse l'autre de ne pas respecter la pause sur l'énergie", "neg", 2, "conf", "j")
p(D, "la confusion règne", "neg", 1, "oth", "q", note="Pour X, ...")
p(D, "Chacun lit le texte qui l'arrange", "neg", 1, "conf", "q")

# ---------------------------------------------------------------- a08 RT France, Biden-Putin call 13 Apr 2021
D = "a08_rtfrance_20210413"
META[D] = ("RT France", "2021-04-13", "2021-04-13 Biden-Putin call, summit proposal")
TONE[D] = 2
p(D, "propose à Vladimir Poutine un sommet dans un pays tiers", "pos", 1, "oth", "j", note="headline")
p(D, "Un signal d'apaisement bienvenu", "pos", 2, "coop", "j")
p(D, "des semaines de déclarations hostiles de Washington", "neg", 2, "conf", "j")
p(D, "a proposé l'organisation d'une rencontre au sommet", "pos", 1, "oth", "q")
p(D, "se sont déclarés prêts à poursuivre le dialogue sur la stabilité stratégique", "pos", 1, "coop", "q")
p(D, "a exprimé ses préoccupations", "neg", 1, "conf", "q")
p(D, "étudiée avec attention", "neu", 1, "oth", "q")
p(D, "la Russie n'a jamais fermé la porte au dialogue", "pos", 1, "coop", "q")
p(D, "une ouverture notable", "pos", 2, "coop", "j")
p(D, "Washington semble enfin comprendre qu'on ne règle aucun grand dossier international sans Moscou", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a09 L'Express analysis, the Witkoff-Dmitriev channel, 27 Nov 2025
D = "a09_lexpress_20251127"
META[D] = ("L'Express", "2025-11-27", "2025-10/11 Witkoff-Dmitriev channel, 28-point plan, leaked calls")
TONE[D] = -2
p(D, "le canal parallèle qui inquiète Kiev et les Européens", "neg", 1, "oth", "j")
p(D, "une méthode qui promet la paix mais produit surtout des documents favorables à Moscou", "neg", 2, "coop", "j")
p(D, "Une diplomatie de l'entre-soi", "neg", 2, "oth", "j", note="subheading")
p(D, "Steve est quelqu'un qui écoute, c'est rare à Washington", "pos", 2, "oth", "q")
p(D, "On ne fait pas la paix en insultant l'autre camp", "pos", 1, "oth", "q")
p(D, "une liste de revendications russes à peine retouchée", "neg", 2, "conf", "q", note="A Kiev, on l'a lu comme")
p(D, "rien n'indique que Moscou ait bougé d'un iota", "neg", 2, "coop", "j")
p(D, "Les négociations patinent depuis l'été", "neg", 2, "coop", "j")
p(D, "n'a débouché sur aucun engagement russe concret", "neg", 2, "coop", "j")
p(D, "Ce canal produit des textes, pas des compromis", "neg", 2, "coop", "q")
p(D, "Ils négocient entre amis, et l'Ukraine paie l'addition", "neg", 2, "oth", "q")
p(D, "fonctionne bien et doit rester discret", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a10 Le Devoir editorial, New START offer, 7 Oct 2025
D = "a10_ledevoir_20251007"
META[D] = ("Le Devoir", "2025-10-07", "2025-09-22 Putin New START offer; 2025-10-05 Trump reaction")
TONE[D] = 1
p(D, "une relation russo-américaine par ailleurs exécrable", "neg", 3, "coop", "j")
p(D, "il arrive qu'une porte s'entrouvre", "pos", 1, "coop", "j")
p(D, "intéressante, très intéressante", "pos", 2, "coop", "q")
p(D, "C'est peu, mais ce n'est pas rien", "pos", 1, "coop", "j")
p(D, "gelé depuis l'invasion de l'Ukraine", "neg", 2, "coop", "j")
p(D, "la proposition russe n'est pas désintéressée", "neg", 1, "conf", "j")
p(D, "La balle est maintenant dans le camp américain", "neu", 1, "oth", "q")
p(D, "un calcul intéressé peut produire un résultat utile", "pos", 1, "coop", "j")
p(D, "sont enlisés depuis l'été", "neg", 2, "coop", "j")
p(D, "Washington aurait tort de laisser passer l'occasion", "pos", 1, "coop", "j")
p(D, "Encore faut-il que l'administration Trump donne suite", "neu", 1, "oth", "j")
p(D, "Un rare point de convergence entre les deux capitales", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a11 BFMTV live blog, third Istanbul round 23 Jul 2025
D = "a11_bfmtv_20250723"
META[D] = ("BFMTV", "2025-07-23", "2025-07-23 Russia-Ukraine talks, Istanbul (third round)")
TONE[D] = -1
p(D, "un troisième round de négociations express", "neg", 1, "oth", "j")
p(D, "fait traîner les choses pour continuer à frapper nos villes", "neg", 2, "conf", "q")
p(D, "reviendra à la table aussi longtemps que cela sauvera des vies", "pos", 1, "coop", "q")
p(D, "salué l'accord humanitaire conclu à Istanbul", "pos", 1, "coop", "q", note="added in review")
p(D, "C'est le seul résultat tangible de la journée", "neg", 1, "coop", "j")
p(D, "Les positions restent très éloignées sur tous les points politiques", "neg", 2, "conf", "q")
p(D, "une rencontre au sommet doit conclure un accord, pas le commencer", "neg", 1, "oth", "q")
p(D, "Ce fut dur", "neg", 1, "oth", "q")
p(D, "nous avons obtenu ce que nous étions venus chercher sur les échanges", "pos", 1, "coop", "q")
p(D, "avoir proposé une rencontre entre Volodymyr Zelensky et Vladimir Poutine", "pos", 1, "oth", "q")
p(D, "l'ambiance était de plomb", "neg", 2, "oth", "j")
p(D, "Personne ici ne se fait d'illusions", "neg", 1, "coop", "q")
p(D, "aucune avancée vers un cessez-le-feu", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a12 7sur7 brief, Marc Fogel freed 11 Feb 2025
D = "a12_7sur7_20250211"
META[D] = ("7sur7", "2025-02-11", "2025-02-11 Marc Fogel released, Witkoff in Moscow")
TONE[D] = 1
p(D, "Je remercie le président Poutine, ça compte beaucoup", "pos", 2, "oth", "q")
p(D, "sans contrepartie excessive", "pos", 1, "coop", "q")
p(D, "dans un climat de confiance naissante entre les deux équipes", "pos", 1, "conf", "q", note="Selon Peskov")
p(D, "le signe d'un net adoucissement entre Washington et Moscou", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a13 L'Orient-Le Jour (scraped page), Driscoll in Abu Dhabi 25 Nov 2025
D = "a13_lorientlejour_20251125"
META[D] = ("L'Orient-Le Jour", "2025-11-25", "2025-11-24/25 Driscoll meets Russian delegation, Abu Dhabi; after Geneva US-Ukraine talks")
TONE[D] = 0
p(D, "Les discussions avancent bien, et vite", "pos", 2, "coop", "q")
p(D, "le ton était plus prudent", "neu", 1, "oth", "j")
p(D, "des progrès", "pos", 1, "coop", "q")
p(D, "le chemin reste long", "neg", 1, "coop", "q")
p(D, "Moscou a gardé le silence sur le contenu des échanges", "neu", 1, "oth", "j")
p(D, "Nous ne négocions pas par voie de presse", "neu", 1, "oth", "q")
p(D, "L'optimisme affiché à Washington tranche avec la réalité du terrain", "neg", 1, "coop", "j")
p(D, "Une séquence diplomatique confuse", "neg", 1, "oth", "j")
p(D, "sans qu'aucune des deux capitales belligérantes n'ait encore dit publiquement ce qu'elle était prête à céder", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a14 Fraternité Matin, Biden-Putin video call 7 Dec 2021
D = "a14_fratmat_20211208"
META[D] = ("Fraternité Matin", "2021-12-08", "2021-12-07 Biden-Putin video call")
TONE[D] = -2
p(D, "face-à-face virtuel tendu", "neg", 2, "conf", "j")
p(D, "Ni l'un ni l'autre n'a reculé", "neg", 2, "conf", "j")
p(D, "la plus vive", "neg", 2, "conf", "q")
p(D, "des mesures économiques d'une ampleur jamais vue", "neg", 3, "conf", "q")
p(D, "la responsabilité de la tension incombe à l'Otan", "neg", 2, "conf", "q")
p(D, "Personne n'a élevé la voix, mais chacun a dit ce qu'il avait à dire", "neu", 1, "oth", "q")
p(D, "Seule éclaircie : les deux présidents ont chargé leurs équipes de poursuivre les contacts", "pos", 1, "coop", "j")
p(D, "restent à couteaux tirés", "neg", 3, "conf", "j")
p(D, "Cette confrontation", "neg", 2, "conf", "j", note="added in review")
p(D, "Le monde assiste au retour des blocs", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a15 Reuters, Trump-Kim summit Singapore 12 Jun 2018
D = "a15_reuters_20180612"
META[D] = ("Reuters (French wire)", "2018-06-12", "2018-06-12 Trump-Kim summit, Singapore")
TONE[D] = 2
p(D, "scellent à Singapour un rapprochement historique", "pos", 3, "coop", "j")
p(D, "à bâtir de nouvelles relations entre leurs deux pays", "pos", 2, "coop", "q", note="se sont engagés à")
p(D, "une telle rencontre paraissait inimaginable", "pos", 2, "oth", "j")
p(D, "à échanger insultes et menaces", "neg", 2, "conf", "j", note="past state")
p(D, "une longue poignée de main d'une douzaine de secondes", "pos", 1, "oth", "j")
p(D, "Il y a eu quelque chose entre nous dès la première minute", "pos", 2, "oth", "q")
p(D, "Nous allons nous revoir, souvent", "pos", 1, "coop", "q")
p(D, "Beaucoup pensaient que ce jour n'arriverait jamais. Il est arrivé", "pos", 2, "oth", "q")
p(D, "Le texte reste toutefois vague", "neg", 1, "coop", "j")
p(D, "C'est d'abord un succès d'image", "neg", 1, "oth", "q")
p(D, "ce n'est pas rien après l'année écoulée", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a16 Jeune Afrique, Abiy Ahmed in Asmara 8-9 Jul 2018
D = "a16_jeuneafrique_20180709"
META[D] = ("Jeune Afrique", "2018-07-09", "2018-07-08/09 Abiy Ahmed in Asmara, Ethiopia-Eritrea peace declaration")
TONE[D] = 2
p(D, "enterrent vingt ans d'hostilité", "pos", 3, "coop", "j")
p(D, "une déclaration qui met fin à l'état de guerre entre leurs pays", "pos", 2, "coop", "j", note="an agreement about the relation itself")
p(D, "se sont longuement donné l'accolade", "pos", 2, "oth", "j")
p(D, "Il n'y a plus de frontière entre nos cœurs", "pos", 3, "coop", "q")
p(D, "désormais côte à côte", "pos", 2, "coop", "q")
p(D, "une page qui se tourne, enfin", "pos", 2, "coop", "q")
p(D, "Un rapprochement spectaculaire", "pos", 2, "coop", "j", note="subheading")
p(D, "vingt années de ni guerre ni paix", "neg", 2, "conf", "j", note="past state")
p(D, "Reste la question épineuse de Badmé", "neg", 1, "conf", "j")
p(D, "Tout s'est fait très vite, peut-être trop vite", "neg", 1, "oth", "q")

# ---------------------------------------------------------------- a17 La Presse, Carney-Trump at the White House 6 May 2025
D = "a17_lapresse_20250506"
META[D] = ("La Presse", "2025-05-06", "2025-05-06 Carney-Trump meeting, White House")
TONE[D] = 0
p(D, "une rencontre courtoise", "pos", 1, "oth", "j")
p(D, "mais pas de répit sur les tarifs", "neg", 1, "conf", "j")
p(D, "On va bien s'entendre", "pos", 2, "coop", "q")
p(D, "Nous avons eu une vraie discussion, pas un monologue", "pos", 1, "oth", "q")
p(D, "ne se négocie pas", "neg", 1, "conf", "q")
p(D, "Sur le fond, rien n'a bougé", "neg", 2, "coop", "j")
p(D, "Rien de ce qu'il pourrait dire ne me fera changer d'avis aujourd'hui", "neg", 2, "conf", "q")
p(D, "Les relations canado-américaines sont au plus mal depuis des décennies", "neg", 3, "coop", "j")
p(D, "Il y a un respect personnel qui n'existait pas avec Justin Trudeau", "pos", 1, "oth", "q")
p(D, "il n'a rien obtenu de concret mardi", "neg", 1, "coop", "q")
p(D, "encourageante", "pos", 1, "coop", "q", note="third party on the pair's meeting")

# ---------------------------------------------------------------- a18 Le Matin (Maroc), Macron state visit to Morocco 28 Oct 2024
D = "a18_lematin_20241029"
META[D] = ("Le Matin (Maroc)", "2024-10-29", "2024-10-28 Macron state visit to Morocco, Rabat")
TONE[D] = 2
p(D, "ouvrent une nouvelle ère", "pos", 2, "coop", "j")
p(D, "un accueil fastueux", "pos", 1, "oth", "j")
p(D, "a tenu à accueillir personnellement son hôte", "pos", 1, "oth", "j")
p(D, "ont affiché une complicité évidente", "pos", 2, "oth", "j")
p(D, "vient couronner un rapprochement", "pos", 2, "coop", "j")
p(D, "referme surtout trois années de brouille", "pos", 2, "coop", "j")
p(D, "Nos deux pays se retrouvent, et c'est pour longtemps", "pos", 3, "coop", "q")
p(D, "une relation adulte, débarrassée des malentendus", "pos", 2, "coop", "q")
p(D, "La page des visas est tournée", "pos", 1, "coop", "j")
p(D, "consacre le retour de la France comme partenaire de premier plan du Royaume", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a19 TV5Monde, China-Philippines BCM Manila 2 Jul 2024
D = "a19_tv5monde_20240702"
META[D] = ("TV5Monde", "2024-07-02", "2024-07-02 China-Philippines bilateral consultation mechanism, Manila")
TONE[D] = -1
p(D, "se parlent, sans rien régler", "neg", 1, "coop", "j")
p(D, "promettent de gérer leurs différends", "pos", 1, "coop", "q")
p(D, "mais campent sur leurs revendications", "neg", 1, "conf", "j")
p(D, "d'avancées réelles", "pos", 1, "coop", "q")
p(D, "restaurer la confiance", "pos", 1, "conf", "q", note="agreement predicate with quote marks")
p(D, "Manille doit cesser ses provocations", "neg", 2, "conf", "q")
p(D, "accuse les Philippines d'avoir renié un accord tacite", "neg", 2, "conf", "q")
p(D, "Les relations entre Pékin et Manille se sont dégradées comme rarement", "neg", 2, "coop", "j")
p(D, "Nous ne reculerons pas", "neg", 1, "conf", "q")
p(D, "nous ne chercherons pas la bagarre", "pos", 1, "conf", "q")
p(D, "ne règle rien sur le fond", "neg", 1, "coop", "q", note="Pour X, ...")
p(D, "Chacun veut éviter l'escalade sans perdre la face", "pos", 1, "conf", "q")

# ---------------------------------------------------------------- a20 Libération, Thailand-Cambodia border clashes 24 Jul 2025
D = "a20_liberation_20250725"
META[D] = ("Libération", "2025-07-25", "2025-07-24 Thailand-Cambodia border clashes")
TONE[D] = -2
p(D, "la querelle frontalière vire à l'affrontement armé", "neg", 3, "conf", "j")
p(D, "les ponts diplomatiques sont coupés", "neg", 3, "coop", "j")
p(D, "Chacun accuse l'autre d'avoir ouvert le feu", "neg", 2, "conf", "j")
p(D, "le Cambodge porte l'entière responsabilité de ces morts", "neg", 2, "conf", "q")
p(D, "une agression non provoquée", "neg", 3, "conf", "q")
p(D, "en réduisant ses relations au niveau le plus bas", "neg", 2, "coop", "j")
p(D, "a volé en éclats", "neg", 3, "coop", "j")
p(D, "accuse désormais la famille de Paetongtarn de l'avoir trahi", "neg", 2, "conf", "q")
p(D, "semblent disposées à envisager un cessez-le-feu", "pos", 1, "coop", "q", note="third-party mediator on the pair")
p(D, "qu'en bilatéral, et seulement quand les armes se seront tues", "neg", 1, "coop", "q")
p(D, "n'auront pas résisté à quelques hectares de jungle et à un coup de téléphone", "neg", 2, "coop", "j", note="ironic")
