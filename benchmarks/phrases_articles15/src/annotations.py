"""Gold framing phrases and article tone for phrases_articles15 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 Le Monde, Trump-Putin summit, Helsinki 16 Jul 2018
D = "a01_lemonde_20180716"
META[D] = ("Le Monde", "2018-07-16", "2018-07-16 Trump-Putin summit, Helsinki")
TONE[D] = 0
p(D, "affichent une complicité", "pos", 2, "oth", "j")
p(D, "n'a débouché sur aucune annonce concrète", "neg", 2, "coop", "j")
p(D, "tranchait avec l'état réel des relations entre leurs pays", "neg", 1, "coop", "j")
p(D, "un dialogue direct, ouvert, et je crois très utile", "pos", 2, "coop", "q")
p(D, "les deux pays ont appris à se parler de nouveau", "pos", 2, "coop", "q")
p(D, "Sur le fond, pourtant, aucune annonce", "neg", 2, "coop", "j")
p(D, "Il a été très clair avec moi, et je le prends au mot", "pos", 1, "conf", "q", note="trust in the other side's denial")
p(D, "n'a pas à se montrer aussi conciliant face au Kremlin", "neg", 2, "oth", "q", note="a senator on Trump's stance toward Moscow")
p(D, "Le Kremlin, lui, savoure", "pos", 1, "oth", "j")
p(D, "à la hauteur des attentes", "pos", 2, "coop", "q", note="on se félicitait d'une rencontre «...»: quoted fragment")
p(D, "le simple fait que ce sommet ait eu lieu est déjà une victoire", "pos", 1, "oth", "q")
p(D, "les gestes d'entente ne sauraient masquer le fond", "neg", 1, "coop", "j")
p(D, "le Congrès reste profondément hostile à tout rapprochement", "neg", 2, "coop", "j")
p(D, "a refusé de contredire son homologue", "pos", 1, "oth", "j", note="review pass: added")
p(D, "revoir son homologue « très bientôt », peut-être à Washington", "pos", 1, "oth", "q", note="mixed; proposed meeting")
p(D, "Il n'est pas sûr que son administration le suive", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a02 AFP, Biden-Putin summit, Geneva 16 Jun 2021
D = "a02_afp_20210616"
META[D] = ("AFP", "2021-06-16", "2021-06-16 Biden-Putin summit, Geneva")
TONE[D] = 1
p(D, "le dialogue relancé", "pos", 2, "coop", "j")
p(D, "les désaccords intacts", "neg", 2, "conf", "j")
p(D, "n'a toutefois pas dissipé les profonds différends entre les deux puissances", "neg", 2, "conf", "j")
p(D, "Il n'y a pas eu d'éclats, pas de menaces", "pos", 2, "oth", "q")
p(D, "Nous avons parlé de nos divergences sans détour", "neu", 1, "oth", "q")
p(D, "nous avons identifié des domaines où un travail commun est possible", "pos", 2, "coop", "q")
p(D, "très concrète", "pos", 1, "coop", "q")
p(D, "un homme avec qui l'on peut discuter", "pos", 2, "oth", "q")
p(D, "tombées à leur plus bas niveau depuis la fin de la guerre froide", "neg", 2, "coop", "j")
p(D, "averti que la Russie paierait très cher", "neg", 2, "conf", "q")
p(D, "un sommet de gestion de crise, pas de réconciliation", "neu", 1, "oth", "q")
p(D, "plus positive", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a03 Le Figaro, Trump-Putin summit, Anchorage 15 Aug 2025
D = "a03_lefigaro_20250816"
META[D] = ("Le Figaro", "2025-08-16", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = -1
p(D, "les égards de Trump pour Poutine", "pos", 1, "oth", "j")
p(D, "n'ont pas suffi à arracher un cessez-le-feu", "neg", 2, "coop", "j")
p(D, "s'est achevé plus tôt que prévu, sans accord sur l'Ukraine", "neg", 2, "coop", "j")
p(D, "Le déjeuner prévu avec les délégations élargies a été annulé", "neg", 1, "oth", "j")
p(D, "Nous avons fait beaucoup de chemin aujourd'hui", "pos", 2, "coop", "q")
p(D, "il reste des points, et l'un d'eux est peut-être le plus important", "neg", 1, "coop", "q")
p(D, "nous nous sommes toujours bien entendus", "pos", 2, "oth", "q")
p(D, "utile", "pos", 1, "coop", "q", after="a parlé d'un travail")
p(D, "la prochaine rencontre pourrait se tenir à Moscou", "pos", 1, "oth", "q")
p(D, "n'a pas exclu l'idée", "pos", 1, "oth", "q", note="review pass: added; stance verb")
p(D, "À Kiev, la déception était perceptible", "neg", 1, "coop", "j", note="review pass: added; third party on the summit")
p(D, "Une fois de plus, on parle de nous sans nous", "neg", 1, "oth", "q", note="Ukrainian MP on the US-Russia summit")
p(D, "Trump, lui, n'a rien obtenu de tangible", "neg", 2, "coop", "q")
p(D, "l'entente personnelle est réelle", "pos", 2, "oth", "j")
p(D, "Elle ne dit rien, pour l'heure, de la fin de la guerre", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a04 RT en français, Trump-Putin call 12 Feb 2025
D = "a04_rtfrance_20250212"
META[D] = ("RT en français", "2025-02-12", "2025-02-12 Trump-Putin phone call")
TONE[D] = 2
p(D, "conviennent d'engager des négociations", "pos", 2, "coop", "j", note="agreement predicate, no quote marks")
p(D, "se disent prêts à se rendre visite", "pos", 2, "oth", "q")
p(D, "long, concret et sans la moindre acrimonie", "pos", 2, "oth", "q")
p(D, "a invité son homologue à se rendre à Moscou", "pos", 1, "oth", "q")
p(D, "s'est déclaré disposé à recevoir des responsables américains", "pos", 1, "coop", "q")
p(D, "formidable", "pos", 3, "oth", "q")
p(D, "sans perdre de temps", "pos", 1, "coop", "q")
p(D, "Un changement de cap après trois années de silence entre le Kremlin et la Maison Blanche", "pos", 2, "coop", "j", note="state media, own voice")
p(D, "avait fait le choix de l'isolement et des sanctions", "neg", 1, "coop", "j")
p(D, "revient enfin au langage du dialogue, celui des grandes puissances qui se respectent", "pos", 2, "coop", "q")
p(D, "Nous sommes prêts au dialogue", "pos", 2, "coop", "q", note="Lire aussi line with quote marks")

# ---------------------------------------------------------------- a05 L'Humanité, Rubio-Lavrov talks, Riyadh 18 Feb 2025
D = "a05_humanite_20250219"
META[D] = ("L'Humanité", "2025-02-19", "2025-02-18 US-Russia talks (Rubio-Lavrov), Riyadh")
TONE[D] = -1
p(D, "le grand marchandage russo-américain sans les Ukrainiens", "neg", 2, "oth", "j")
p(D, "des sourires pour les photographes", "pos", 1, "oth", "j")
p(D, "trois ans de rupture balayés en une après-midi", "pos", 2, "coop", "j", note="ironic, but frames the relation as restored")
p(D, "annoncé s'être accordées sur trois points", "pos", 1, "coop", "q")
p(D, "Nous sommes repartis avec davantage de questions réglées qu'à notre arrivée", "pos", 2, "coop", "q")
p(D, "utile, qui tranche avec ce que nous avons connu ces trois dernières années", "pos", 2, "coop", "q")
p(D, "relégués au rang de spectateurs", "neg", 1, "oth", "j")
p(D, "ce n'est pas la paix qui se négocie à Riyad, c'est le partage des dividendes", "neg", 2, "coop", "q")
p(D, "l'affaire se règle entre grandes puissances", "neu", 1, "oth", "q", note="pour Donald Trump, ...")
p(D, "Le scénario a de quoi inquiéter", "neg", 1, "oth", "j", note="review pass: added")
p(D, "rien n'a été dit d'un cessez-le-feu", "neg", 1, "coop", "j")
p(D, "une rencontre «très prochaine» avec Vladimir Poutine", "pos", 1, "oth", "q")

# ---------------------------------------------------------------- a06 Ouest-France, Russia-Ukraine talks, Istanbul 23 Jul 2025
D = "a06_ouestfrance_20250723"
META[D] = ("Ouest-France", "2025-07-23", "2025-07-23 Russia-Ukraine talks, Istanbul (third round)")
TONE[D] = -1
p(D, "se quittent au bout de quarante minutes", "neg", 1, "oth", "j")
p(D, "les positions restent aux antipodes", "neg", 2, "conf", "j")
p(D, "Nous avons proposé une rencontre entre les présidents d'ici à la fin du mois d'août", "pos", 1, "oth", "q")
p(D, "La balle est dans le camp russe", "neu", 1, "oth", "q")
p(D, "Une rencontre des chefs d'Etat doit couronner un accord, pas le précéder", "neg", 1, "oth", "q")
p(D, "Sur l'essentiel, nous ne nous sommes pas rapprochés", "neg", 2, "coop", "q")
p(D, "pas espérer de percée", "neu", 1, "oth", "q")
p(D, "le simple fait que les deux parties continuent de se retrouver ici est précieux", "pos", 1, "coop", "q", note="mediator (Fidan)")
p(D, "Le canal reste ouvert", "pos", 1, "coop", "j")
p(D, "il ne produit plus guère que des échanges de prisonniers", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a07 franceinfo live blog, US-Russia Riyadh talks on the Black Sea, 25 Mar 2025
D = "a07_franceinfo_20250325"
META[D] = ("franceinfo (live blog)", "2025-03-25", "2025-03-24/25 US-Russia technical talks, Riyadh; Black Sea statements")
TONE[D] = 0
p(D, "s'accusent mutuellement de violer le moratoire", "neg", 2, "conf", "q", after="Ce qu'il faut retenir")
p(D, "Ils essaient déjà de déformer les accords et de tromper nos intermédiaires", "neg", 2, "conf", "q")
p(D, "Une exigence qui n'apparaît pas dans le communiqué américain", "neg", 1, "oth", "j")
p(D, "vers une paix solide et juste", "pos", 1, "coop", "q")
p(D, "Ça avance bien, vraiment bien", "pos", 2, "coop", "q")
p(D, "Les Américains obtiennent des annonces, les Russes obtiennent des contreparties", "neu", 1, "oth", "q")
p(D, "Ce n'est pas encore une négociation de paix", "neg", 1, "coop", "q")
p(D, "longues, denses, et pas inutiles", "pos", 1, "coop", "q")
p(D, "le dialogue se poursuivrait", "pos", 1, "coop", "q")
p(D, "s'accusent mutuellement de violer le moratoire", "neg", 2, "conf", "q", after="11h10")
p(D, "refuse de s'avancer sur les résultats des discussions de Riyad", "neu", 1, "oth", "j")
p(D, "nécessaire", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a08 Le Temps, Sherman-Ryabkov talks, Geneva 10 Jan 2022
D = "a08_letemps_20220110"
META[D] = ("Le Temps", "2022-01-10", "2022-01-10 US-Russia strategic stability talks (Sherman-Ryabkov), Geneva")
TONE[D] = -1
p(D, "sans se rapprocher", "neg", 2, "coop", "j")
p(D, "Aucun des deux camps n'a bougé sur l'essentiel", "neg", 2, "coop", "j")
p(D, "Nos partenaires ont écouté. Entendre, c'est une autre affaire", "neg", 1, "coop", "q")
p(D, "certaines propositions russes sont tout simplement irrecevables", "neg", 2, "conf", "q")
p(D, "Nous sommes prêts à avancer là où c'est possible", "pos", 1, "coop", "q")
p(D, "Le dialogue aura au moins eu lieu", "pos", 1, "coop", "j")
p(D, "entrée en matière", "neu", 1, "oth", "q")
p(D, "avait lundi des airs de veillée d'armes", "neg", 2, "conf", "j")
p(D, "les deux parties voulaient surtout montrer qu'elles restaient à la table", "neu", 1, "oth", "q")
p(D, "l'écart reste abyssal", "neg", 3, "conf", "q")
p(D, "La suite s'annonce plus ardue encore", "neg", 1, "coop", "j")
p(D, "ne voyait « pas de raison » de poursuivre au-delà", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a09 Le Soir, Witkoff received by Putin, Moscow 6 Aug 2025
D = "a09_lesoir_20250806"
META[D] = ("Le Soir", "2025-08-06", "2025-08-06 Witkoff-Putin meeting, Moscow")
TONE[D] = 1
p(D, "un vrai mouvement", "pos", 2, "coop", "q", after="Trump évoque")
p(D, "un sommet se profile", "pos", 1, "oth", "j")
p(D, "un vrai mouvement", "pos", 2, "coop", "q", after="« Il y a")
p(D, "Tout le monde est d'accord pour dire que cette guerre doit finir", "pos", 2, "coop", "q")
p(D, "menaçait d'imposer des droits de douane", "neg", 2, "conf", "q")
p(D, "un sommet bilatéral était en préparation", "pos", 1, "oth", "q", note="la Maison-Blanche a fait savoir que")
p(D, "Reste que le Kremlin n'a pris aucun engagement public sur un cessez-le-feu", "neg", 1, "coop", "j")
p(D, "Poutine sait désamorcer une échéance au moment opportun, c'est un classique", "neg", 1, "oth", "q")
p(D, "l'annonce d'un sommet n'est pas rien", "pos", 1, "oth", "q")
p(D, "les deux présidents ont manifestement envie de se parler", "pos", 1, "coop", "q")
p(D, "Nous jugerons sur les actes, pas sur les annonces", "neu", 1, "oth", "q")

# ---------------------------------------------------------------- a10 Radio-Canada, US-Russia prisoner exchange, Ankara 1 Aug 2024
D = "a10_radiocanada_20240801"
META[D] = ("Radio-Canada", "2024-08-01", "2024-08-01 US-Russia prisoner exchange, Ankara")
TONE[D] = 0
p(D, "dans le plus grand secret au terme de mois de tractations", "neu", 1, "oth", "j")
p(D, "une rare coopération entre les services des deux pays", "pos", 1, "coop", "j")
p(D, "qui ne se parlent presque plus sur d'autres dossiers", "neg", 2, "coop", "j")
p(D, "la diplomatie compte, même avec des adversaires", "pos", 1, "coop", "q")
p(D, "ne change rien à l'état de nos relations avec Washington, qui restent au plus bas", "neg", 2, "coop", "q")
p(D, "Il ne faut pas y voir le signe d'une détente", "neg", 1, "coop", "q")
p(D, "Les canaux humanitaires ont toujours fonctionné, même au pire de la crise", "pos", 1, "coop", "q")
p(D, "C'est à peu près tout ce qui fonctionne encore entre les deux capitales", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a11 La Dépêche du Midi brief, Trump-Putin at the G20, Osaka 28 Jun 2019
D = "a11_ladepeche_20190628"
META[D] = ("La Dépêche du Midi", "2019-06-28", "2019-06-28 Trump-Putin meeting at the G20, Osaka")
TONE[D] = 1
p(D, "tout sourire", "pos", 1, "oth", "j")
p(D, "sur le ton de la plaisanterie", "neu", 1, "oth", "j")
p(D, "Nous avons d'excellents rapports", "pos", 3, "coop", "q")
p(D, "sont convenus de charger leurs ministres des Affaires étrangères d'engager des consultations", "pos", 1, "coop", "j", note="agreement predicate, no quote marks")
p(D, "bonne et utile", "pos", 2, "coop", "q")
p(D, "Aucune conférence de presse commune n'a suivi", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a12 TF1 Info (scraped page), Trump-Putin call 3 Jul 2025
D = "a12_tf1info_20250704"
META[D] = ("TF1 Info (scraped web page)", "2025-07-04", "2025-07-03 Trump-Putin phone call")
TONE[D] = -2
p(D, "très déçu", "neg", 2, "coop", "q", note="headline quote")
p(D, "n'a pas caché sa déception à l'issue de la conversation", "neg", 2, "coop", "j")
p(D, "Je n'ai pas avancé d'un pouce avec lui", "neg", 3, "coop", "q")
p(D, "Cette conversation m'a beaucoup déçu", "neg", 2, "coop", "q")
p(D, "Je ne pense pas qu'il veuille s'arrêter", "neg", 1, "conf", "q")
p(D, "la Russie ne renoncerait pas à ses objectifs en Ukraine", "neg", 2, "conf", "q")
p(D, "Le contraste est saisissant avec l'euphorie de février", "neg", 2, "coop", "j")
p(D, "promettaient de se voir rapidement", "pos", 1, "oth", "q")
p(D, "la relation entre les deux hommes semble au point mort", "neg", 2, "coop", "j")
p(D, "la patience de Donald Trump s'effrite", "neg", 1, "conf", "j")

# ---------------------------------------------------------------- a13 La Croix editorial, Trump-Putin call 19 May 2025
D = "a13_lacroix_20250520"
META[D] = ("La Croix (editorial)", "2025-05-20", "2025-05-19 Trump-Putin phone call")
TONE[D] = -2
p(D, "en est sorti ravi", "pos", 1, "oth", "j", note="ironic")
p(D, "excellent sur le ton comme sur l'esprit", "pos", 3, "oth", "q")
p(D, "Une conversation de plus, et toujours pas de cessez-le-feu", "neg", 2, "coop", "j")
p(D, "La formule a le mérite de l'élasticité", "neg", 1, "oth", "j")
p(D, "elle permet de parler de paix sans arrêter la guerre", "neg", 2, "coop", "j")
p(D, "Vladimir Poutine joue la montre", "neg", 2, "coop", "j")
p(D, "il concède un geste, un appel, une promesse de pourparlers", "neg", 1, "oth", "j")
p(D, "le président américain se contente de promesses", "neg", 2, "coop", "j")
p(D, "Cette diplomatie du combiné ressemble de plus en plus à un paravent", "neg", 2, "oth", "j")
p(D, "Deux heures de conversation, encore", "neg", 1, "oth", "j", note="review pass: added")
p(D, "au Kremlin le temps dont il a besoin pour avancer sur le terrain", "neg", 1, "oth", "j", note="review pass: added")
p(D, "La complaisance de Washington envers Moscou", "neg", 2, "oth", "j")

# ---------------------------------------------------------------- a14 Les Echos, Modi-Xi meeting, Tianjin 31 Aug 2025
D = "a14_lesechos_20250831"
META[D] = ("Les Echos", "2025-08-31", "2025-08-31 Modi-Xi meeting at the SCO summit, Tianjin (India-China)")
TONE[D] = 2
p(D, "accélèrent leur rapprochement", "pos", 2, "coop", "j")
p(D, "Il y a encore un an, la scène aurait paru improbable", "pos", 1, "oth", "j")
p(D, "le réchauffement spectaculaire avec Pékin", "pos", 3, "coop", "j")
p(D, "Nos deux pays ont tout à gagner à se faire confiance", "pos", 2, "conf", "q")
p(D, "le climat à la frontière s'est apaisé, et cela change tout pour nos échanges", "pos", 2, "conf", "q")
p(D, "le chemin parcouru est considérable", "pos", 2, "coop", "j")
p(D, "La méfiance n'a pas disparu pour autant", "neg", 1, "conf", "j")
p(D, "reste un irritant majeur", "neg", 2, "conf", "j")
p(D, "la détente avec Pékin est une bouffée d'oxygène", "pos", 2, "conf", "q")
p(D, "c'est un rapprochement de nécessité, qui tiendra tant que Washington maintiendra la pression", "neu", 1, "coop", "q")

# ---------------------------------------------------------------- a15 Jeune Afrique analysis, Rwanda-Burundi, 20 Feb 2025
D = "a15_jeuneafrique_20250220"
META[D] = ("Jeune Afrique (analysis)", "2025-02-20", "2025 Rwanda-Burundi crisis after the fall of Goma and Bukavu")
TONE[D] = -2
p(D, "la crainte d'un affrontement direct", "neg", 2, "conf", "j")
p(D, "Les canaux de discussion sont au point mort", "neg", 2, "coop", "j")
p(D, "le Burundi ne restera pas les bras croisés", "neg", 2, "conf", "q")
p(D, "accuse depuis longtemps Kigali de vouloir déstabiliser le pays", "neg", 2, "conf", "q")
p(D, "Nous n'avons aucune intention hostile envers le Burundi", "pos", 1, "conf", "q")
p(D, "nous ne tolérerons aucune provocation", "neg", 2, "conf", "q")
p(D, "accuse à son tour l'armée burundaise de combattre aux côtés des FDLR", "neg", 2, "conf", "q")
p(D, "aucun contact de haut niveau n'a eu lieu entre les deux capitales", "neg", 2, "coop", "j")
p(D, "Le rapprochement de 2020 semble loin", "neg", 1, "coop", "j")
p(D, "la guerre dans l'est de la RDC a tout emporté", "neg", 1, "coop", "j", note="review pass: added")
p(D, "la défiance est profonde, nourrie par trois décennies de soupçons croisés", "neg", 3, "conf", "j")
p(D, "Les deux capitales parlent l'une de l'autre, jamais l'une à l'autre", "neg", 2, "coop", "q")
p(D, "plaident discrètement pour une reprise du dialogue", "pos", 1, "coop", "q")
p(D, "Ils restent, pour l'heure, inaudibles", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a16 Le Matin (Maroc), Sánchez received by Mohammed VI, Rabat 7 Apr 2022
D = "a16_lematin_20220408"
META[D] = ("Le Matin (Maroc)", "2022-04-08", "2022-04-07 Mohammed VI-Sánchez meeting, Rabat (Morocco-Spain)")
TONE[D] = 2
p(D, "une nouvelle ère de partenariat scellée à Rabat", "pos", 3, "coop", "j")
p(D, "consacre le retour à la normale des relations bilatérales", "pos", 2, "coop", "j")
p(D, "dans une ambiance chaleureuse et fraternelle", "pos", 2, "oth", "j")
p(D, "Nous inaugurons une relation d'amis qui se disent les choses, sans détours", "pos", 2, "coop", "q")
p(D, "la crise est derrière nous", "pos", 2, "conf", "q")
p(D, "place désormais à l'action commune, dans le respect des engagements de chacun", "pos", 2, "coop", "q")
p(D, "met fin à une brouille de près d'un an", "pos", 2, "conf", "j")
p(D, "Madrid a enfin choisi la clarté, et c'est ce qui rend possible tout le reste", "pos", 2, "coop", "q")
p(D, "Une réunion de haut niveau entre les deux gouvernements doit se tenir avant la fin de l'année", "pos", 1, "oth", "q", note="a-t-on appris de source diplomatique")

# ---------------------------------------------------------------- a17 Libération, Trump-Kim summit, Hanoi 28 Feb 2019
D = "a17_liberation_20190228"
META[D] = ("Libération", "2019-02-28", "2019-02-27/28 Trump-Kim summit, Hanoi (US-North Korea)")
TONE[D] = -2
p(D, "se séparent sans accord ni déjeuner", "neg", 2, "coop", "j")
p(D, "le déjeuner de travail entre Donald Trump et Kim Jong-un n'aurait pas lieu", "neg", 1, "oth", "q", note="la Maison-Blanche a fait savoir que")
p(D, "Le mirage de Singapour s'est dissipé", "neg", 2, "coop", "j")
p(D, "Ils ont achoppé sur le cœur du sujet", "neg", 2, "coop", "j")
p(D, "Je préfère repartir sans rien plutôt que de signer un mauvais texte", "neg", 2, "coop", "q")
p(D, "continuer à couvrir d'éloges son « ami » Kim", "pos", 1, "oth", "j", note="scare quotes; journalist irony")
p(D, "L'amitié est toujours là, elle est solide", "pos", 2, "oth", "q")
p(D, "promettant que les discussions se poursuivraient", "pos", 1, "coop", "q")
p(D, "Nous ne sommes plus sûrs qu'il vaille la peine de continuer", "neg", 2, "coop", "q")
p(D, "Ce fiasco diplomatique", "neg", 3, "coop", "j")
p(D, "On a voulu aller trop vite, et sans préparation", "neg", 2, "oth", "q")
p(D, "la déception est immense", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a18 RFI, Yoon-Kishida summit, Tokyo 16 Mar 2023
D = "a18_rfi_20230316"
META[D] = ("RFI", "2023-03-16", "2023-03-16 Yoon-Kishida summit, Tokyo (Japan-South Korea)")
TONE[D] = 1
p(D, "scellent leur réconciliation", "pos", 3, "coop", "j")
p(D, "ont également convenu de relancer les visites régulières entre dirigeants", "pos", 1, "coop", "j", note="agreement predicate, no quote marks")
p(D, "Il est temps de regarder ensemble vers l'avant", "pos", 2, "coop", "q")
p(D, "nos deux pays doivent reprendre l'habitude de se parler souvent, et à tous les niveaux", "pos", 1, "coop", "q")
p(D, "une étape décisive entre deux alliés essentiels", "pos", 2, "coop", "q", note="third party (White House) on the pair")
p(D, "La soirée avait été voulue décontractée", "pos", 1, "oth", "j")
p(D, "Le passé reste une plaie ouverte", "neg", 2, "conf", "j")
p(D, "une diplomatie de la soumission", "neg", 2, "oth", "q")

# ---------------------------------------------------------------- a19 Le Devoir, Petro-Maduro meeting, Caracas 1 Nov 2022
D = "a19_ledevoir_20221101"
META[D] = ("Le Devoir", "2022-11-01", "2022-11-01 Petro-Maduro meeting, Caracas (Colombia-Venezuela)")
TONE[D] = 0
p(D, "une première depuis des années", "pos", 1, "oth", "j")
p(D, "se sont donné l'accolade", "pos", 1, "oth", "j")
p(D, "les deux voisins ont rétabli leurs relations diplomatiques", "pos", 1, "coop", "j")
p(D, "Nous sommes deux peuples qui ne peuvent pas vivre dos à dos", "pos", 2, "coop", "q")
p(D, "une nouvelle époque de fraternité", "pos", 3, "coop", "q")
p(D, "L'embellie reste fragile", "neu", 1, "coop", "j")
p(D, "Bogotá avance à pas comptés", "neu", 1, "oth", "j")
p(D, "une légitimation du dictateur", "neg", 2, "oth", "q")
p(D, "regretté un rapprochement qui, selon elles, profite d'abord au régime", "neg", 1, "coop", "q")
p(D, "Le rapprochement est réel", "pos", 2, "coop", "q")
p(D, "il est d'abord économique et sécuritaire", "neu", 1, "coop", "q")
p(D, "Il ne règle rien à la question démocratique", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a20 Le Point Afrique, Abiy in Asmara, 8-9 Jul 2018
D = "a20_lepoint_20180709"
META[D] = ("Le Point (Le Point Afrique)", "2018-07-09", "2018-07-08/09 Abiy-Isaias summit, Asmara (Ethiopia-Eritrea)")
TONE[D] = 2
p(D, "la fin de vingt ans d'hostilité", "pos", 3, "conf", "j")
p(D, "Une accolade prolongée", "pos", 1, "oth", "j")
p(D, "Des scènes de liesse inimaginables il y a encore quelques mois", "pos", 2, "oth", "j")
p(D, "proclame la fin de l'état de guerre entre les deux pays", "pos", 2, "conf", "j", note="content of the joint declaration, about the relation itself")
p(D, "Nous avons perdu deux générations ; nous ne perdrons pas la troisième", "pos", 2, "conf", "q")
p(D, "regarder vers ce qui les unit", "pos", 2, "coop", "q")
p(D, "Un rapprochement d'une rapidité stupéfiante", "pos", 3, "coop", "j")
p(D, "Reste la question de Badmé", "neu", 1, "conf", "j")
p(D, "Tout reste à construire", "neu", 1, "coop", "q")
p(D, "la volonté politique est là, des deux côtés", "pos", 2, "coop", "q")
