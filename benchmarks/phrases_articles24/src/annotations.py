"""Gold framing phrases and article tone for phrases_articles24 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 Le Figaro, Trump-Putin call 12 Feb 2025
D = "a01_lefigaro_20250213"
META[D] = ("Le Figaro", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[D] = 2
p(D, "se parlent enfin", "pos", 1, "oth", "j", note="headline: the call as long awaited")
p(D, "excellente à tous points de vue", "pos", 3, "coop", "q")
p(D, "commenceraient à négocier sans attendre", "pos", 2, "coop", "q")
p(D, "a invité son homologue américain à se rendre à Moscou", "pos", 1, "oth", "q", note="under Selon lui (Peskov)")
p(D, "met fin à près de trois années de silence quasi total", "pos", 2, "coop", "j", note="ending of past freeze")
p(D, "signe d’ouverture", "pos", 2, "coop", "q", note="White House on the Fogel release")
p(D, "un tête-à-tête russo-américain dont elles seraient exclues", "neg", 1, "oth", "j", note="redoutent = attitude verb")
p(D, "comptait rencontrer Vladimir Poutine", "pos", 1, "oth", "q", note="proposed meeting; paywall cuts the sentence")

# ---------------------------------------------------------------- a02 Le Parisien, Anchorage summit 15 Aug 2025
D = "a02_leparisien_20250816"
META[D] = ("Le Parisien", "2025-08-16", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = 0
p(D, "tapis rouge", "pos", 1, "oth", "j", after="Sommet d'Alaska : ", note="headline")
p(D, "pas d'accord", "neg", 2, "coop", "j", note="headline")
p(D, "ni cessez-le-feu, ni accord, ni même de calendrier", "neg", 2, "coop", "j")
p(D, "a été écourtée à moins de trois heures", "neg", 1, "oth", "j")
p(D, "Nous avons fait de grands progrès", "pos", 2, "coop", "q")
p(D, "nous ne sommes pas arrivés au bout", "neg", 1, "coop", "q")
p(D, "une ambiance de bon voisinage", "pos", 2, "oth", "q")
p(D, "a suggéré que leur prochaine rencontre se tienne à Moscou", "pos", 1, "oth", "q")
p(D, "rien d'autre ne s'est passé", "neg", 2, "coop", "q", note="European diplomat (third party on the pair's summit)")

# ---------------------------------------------------------------- a03 20 Minutes, Helsinki summit 16 Jul 2018
D = "a03_20minutes_20180717"
META[D] = ("20 Minutes", "2018-07-17", "2018-07-16 Trump-Putin summit in Helsinki")
TONE[D] = -1
p(D, "tout sourire avec Poutine", "pos", 1, "oth", "j", note="headline")
p(D, "sans autres témoins que leurs interprètes", "neu", 1, "oth", "j")
p(D, "début prometteur", "pos", 2, "coop", "q")
p(D, "avaient tout intérêt à s'entendre", "pos", 2, "coop", "q", note="indirect, assuré que")
p(D, "un premier pas pour lever les blocages", "pos", 1, "coop", "q")
p(D, "n'avait jamais été aussi mauvaise", "neg", 3, "coop", "q", note="indirect: Trump's tweet (jugé sur Twitter que)")
p(D, "la déférence affichée", "neg", 2, "oth", "j", note="closeness judged negatively")
p(D, "Il s'est couché devant Poutine", "neg", 3, "oth", "q")
p(D, "moments gênants", "neg", 1, "oth", "j", note="Lire aussi headline")

# ---------------------------------------------------------------- a04 Sud Ouest, Witkoff in St Petersburg 11 Apr 2025
D = "a04_sudouest_20250412"
META[D] = ("Sud Ouest", "2025-04-12", "2025-04-11 Witkoff-Putin meeting in St Petersburg")
TONE[D] = 0
p(D, "un marathon de plus de quatre heures", "neu", 1, "oth", "j")
p(D, "Personne ne doit espérer de miracle", "neg", 1, "coop", "q")
p(D, "Les pas se font dans le bon sens", "pos", 2, "coop", "q")
p(D, "traîner des pieds", "neg", 2, "conf", "q")
p(D, "des avancées concrètes", "pos", 2, "coop", "q", note="Istanbul embassy round")
p(D, "le chemin reste long", "neg", 1, "coop", "q")
p(D, "négocient par-dessus nos têtes", "neg", 2, "oth", "q", note="Ukrainian refugee in Mérignac, third party on the pair's talks")
p(D, "une rencontre entre Vladimir Poutine et Donald Trump restait possible", "pos", 1, "oth", "q")

# ---------------------------------------------------------------- a05 France 24, Trump-Putin call 19 May 2025
D = "a05_france24_20250520"
META[D] = ("France 24", "2025-05-20", "2025-05-19 Trump-Putin call")
TONE[D] = 1
p(D, "Un échange de grande qualité", "pos", 2, "coop", "q")
p(D, "une discussion dense et substantielle", "pos", 1, "coop", "q")
p(D, "s'étaient appelés par leur prénom", "pos", 1, "oth", "q")
p(D, "rencontrer Vladimir Poutine dès que possible", "pos", 1, "oth", "q", note="dit vouloir")
p(D, "derrière l'affichage, aucune avancée concrète", "neg", 2, "coop", "j")
p(D, "le place en position de faiblesse", "neg", 2, "oth", "q")

# ---------------------------------------------------------------- a06 RFI, US-Russia embassy talks in Istanbul 27 Feb 2025
D = "a06_rfi_20250228"
META[D] = ("RFI", "2025-02-28", "2025-02-27 US-Russia embassy talks in Istanbul")
TONE[D] = 1
p(D, "remettre d'aplomb", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "relations diplomatiques exsangues", "neg", 2, "coop", "j")
p(D, "une guerre des ambassades", "neg", 2, "conf", "j")
p(D, "dans un esprit pragmatique", "pos", 1, "oth", "q")
p(D, "résultats tangibles", "pos", 2, "coop", "q")
p(D, "un point de départ utile", "pos", 1, "coop", "q")
p(D, "un champ de ruines", "neg", 2, "coop", "q", note="Lavrov on the relation left by the previous administration")
p(D, "en train de s'améliorer nettement", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a07 TF1 Info, Trump-Putin call 18 Mar 2025
D = "a07_tf1info_20250319"
META[D] = ("TF1 Info", "2025-03-19", "2025-03-18 Trump-Putin call, energy strikes moratorium")
TONE[D] = -1
p(D, "une trêve énergétique au rabais", "neg", 2, "coop", "j", note="headline")
p(D, "Il n'a obtenu qu'une fraction de ce qu'il demandait", "neg", 1, "coop", "j")
p(D, "une fin de non-recevoir", "neg", 2, "conf", "j")
p(D, "ouvre d'immenses perspectives", "pos", 2, "coop", "q")
p(D, "sensiblement différente", "neu", 1, "oth", "j", note="the two readouts differ")
p(D, "un échange d'une grande franchise", "pos", 1, "oth", "q")
p(D, "l'atmosphère détendue", "pos", 1, "oth", "j")
p(D, "la trêve promise n'a pas tenu une nuit", "neg", 2, "coop", "j")
p(D, "beaucoup de mots, peu d'actes", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a08 Le Temps, Budapest summit dropped, Rosneft/Lukoil sanctions
D = "a08_letemps_20251023"
META[D] = ("Le Temps (Switzerland)", "2025-10-23", "2025-10-22 Budapest summit dropped, US sanctions on Rosneft and Lukoil")
TONE[D] = -2
p(D, "tombe à l’eau", "neg", 2, "coop", "j", note="headline")
p(D, "la parenthèse ouverte à Anchorage s’est refermée", "neg", 2, "coop", "j")
p(D, "pour faire de la figuration", "neg", 1, "oth", "q")
p(D, "aucun sérieux", "neg", 2, "coop", "q")
p(D, "utile", "pos", 1, "coop", "q", after="qualifiait d’«", note="Rubio-Lavrov call two days earlier")
p(D, "décision hostile", "neg", 2, "conf", "q")
p(D, "La Russie ne négocie pas avec un pistolet sur la tempe", "neg", 2, "conf", "q")
p(D, "la porte des discussions n’était pas fermée", "pos", 1, "coop", "q", note="laissant entendre que")
p(D, "On revient à un dialogue de sourds", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a09 La Libre Belgique, G20 Buenos Aires, meeting cancelled
D = "a09_lalibre_20181201"
META[D] = ("La Libre Belgique", "2018-12-01", "2018-11-29 Trump cancels G20 meeting with Putin after Kerch")
TONE[D] = -2
p(D, "snobe Poutine", "neg", 2, "oth", "j", note="headline")
p(D, "a annulé à la dernière minute", "neg", 2, "oth", "j")
p(D, "regrettait", "neg", 1, "oth", "q")
p(D, "restait ouverte au dialogue", "pos", 1, "coop", "q")
p(D, "Nous avons parlé debout, quelques minutes", "neu", 1, "oth", "q")
p(D, "de nouveau au point mort", "neg", 2, "coop", "j")
p(D, "le rendez-vous manqué", "neg", 1, "oth", "j", note="Lire aussi headline")

# ---------------------------------------------------------------- a10 Radio-Canada, Trump-Putin at G20 Osaka
D = "a10_radiocanada_20190628"
META[D] = ("Radio-Canada", "2019-06-28", "2019-06-28 Trump-Putin meeting at G20 Osaka")
TONE[D] = 1
p(D, "échangent sourires et plaisanteries", "pos", 1, "oth", "j", note="headline")
p(D, "sur un ton badin", "pos", 1, "oth", "j")
p(D, "On s'entend vraiment bien, lui et moi", "pos", 2, "coop", "q")
p(D, "ça peut rapporter gros aux deux pays", "pos", 1, "coop", "q")
p(D, "une rencontre de travail sérieuse", "pos", 1, "oth", "q", note="Le Kremlin a décrit")
p(D, "sans tension", "pos", 1, "conf", "q")
p(D, "relancer les consultations sur la stabilité stratégique", "pos", 1, "coop", "q", note="Selon ... Ouchakov")
p(D, "a aussi invité son homologue américain à Moscou", "pos", 1, "oth", "j", note="new sentence, no speech verb")
p(D, "légèreté coupable", "neg", 2, "oth", "q")

# ---------------------------------------------------------------- a11 HuffPost, Trump-Putin call 3 Jul 2025
D = "a11_huffpost_20250704"
META[D] = ("Le HuffPost", "2025-07-04", "2025-07-03 Trump-Putin call")
TONE[D] = -2
p(D, "rien obtenu", "neg", 2, "coop", "q", after="Trump reconnaît n'avoir « ", note="headline quote, speaker from body")
p(D, "n'a pas caché sa frustration", "neg", 1, "conf", "j")
p(D, "On n'a pas avancé d'un centimètre", "neg", 2, "coop", "q")
p(D, "Je n'ai rien obtenu de lui, rien du tout", "neg", 3, "coop", "q")
p(D, "directe et sans faux-semblants", "pos", 1, "oth", "q")
p(D, "pas question de céder", "neg", 2, "conf", "q")
p(D, "tourne en rond", "neg", 2, "coop", "j")
p(D, "la patience de Donald Trump s'effrite", "neg", 1, "conf", "j")
p(D, "la lune de miel est-elle finie", "neg", 1, "coop", "j", note="Lire aussi headline")

# ---------------------------------------------------------------- a12 La Voix du Nord, Witkoff and Kushner in Moscow 2 Dec 2025
D = "a12_lavoixdunord_20251203"
META[D] = ("La Voix du Nord", "2025-12-03", "2025-12-02 Witkoff-Kushner meeting with Putin in Moscow")
TONE[D] = 0
p(D, "un huis clos de près de cinq heures", "neu", 1, "oth", "j")
p(D, "Nous avons avancé sur certains points", "pos", 1, "coop", "q")
p(D, "sur d'autres nous restons loin", "neg", 1, "coop", "q")
p(D, "aucun compromis", "neg", 2, "coop", "q")
p(D, "un pas de plus vers un accord", "pos", 2, "coop", "q")
p(D, "Le fil n'est pas rompu", "pos", 1, "coop", "j")
p(D, "n'était pas à l'ordre du jour", "neg", 1, "oth", "q")

# ---------------------------------------------------------------- a13 Nice-Matin, Macron-Putin at Brégançon 19 Aug 2019
D = "a13_nicematin_20190820"
META[D] = ("Nice-Matin / Var-Matin", "2019-08-20", "2019-08-19 Macron-Putin meeting at Brégançon")
TONE[D] = 1
p(D, "poignée de main appuyée", "pos", 1, "oth", "j", note="headline")
p(D, "recréer un climat de confiance", "pos", 2, "conf", "q")
p(D, "ne peut pas se construire durablement en lui tournant le dos", "pos", 1, "coop", "q")
p(D, "un accueil de grande qualité", "pos", 1, "oth", "q")
p(D, "Une passe d'armes à fleurets mouchetés", "neg", 1, "conf", "j")
p(D, "les divergences restent entières", "neg", 2, "conf", "j")
p(D, "paraître conciliant sans rien obtenir en échange", "neg", 1, "oth", "q")

# ---------------------------------------------------------------- a14 Les Echos, Trump-Xi in Busan 30 Oct 2025
D = "a14_lesechos_20251030"
META[D] = ("Les Echos", "2025-10-30", "2025-10-30 Trump-Xi meeting in Busan")
TONE[D] = 1
p(D, "une trêve d’un an", "pos", 1, "conf", "j", note="headline")
p(D, "six années de différends commerciaux mis, pour un temps, entre parenthèses", "pos", 1, "conf", "j")
p(D, "Un moment extraordinaire, vraiment extraordinaire", "pos", 3, "coop", "q")
p(D, "se rendrait en Chine en avril", "pos", 1, "oth", "q")
p(D, "tout à gagner à la coopération", "pos", 2, "coop", "q")
p(D, "des convergences importantes", "pos", 2, "coop", "q")
p(D, "Les sujets qui fâchent", "neg", 1, "conf", "j")
p(D, "C’est une pause, pas une paix", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a15 Euronews, US-Iran talks in Muscat 12 Apr 2025
D = "a15_euronews_20250413"
META[D] = ("Euronews", "2025-04-13", "2025-04-12 US-Iran talks in Muscat")
TONE[D] = 2
p(D, "un climat serein", "pos", 2, "oth", "q")
p(D, "fait rarissime", "pos", 1, "oth", "j")
p(D, "parvenus à un accord sur la suite du processus", "pos", 1, "coop", "q")
p(D, "un début encourageant", "pos", 2, "coop", "q")
p(D, "Ça avance plutôt bien", "pos", 1, "coop", "q")
p(D, "des semaines de menaces croisées", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a16 Nouvelles d'Arménie, Washington summit 8 Aug 2025
D = "a16_armenews_20250809"
META[D] = ("Nouvelles d'Arménie Magazine", "2025-08-09", "2025-08-08 Armenia-Azerbaijan declaration at the White House")
TONE[D] = 0
p(D, "une paix historique", "pos", 3, "coop", "q", note="Trump, mediator, on the pair")
p(D, "deux voisins qui décident de vivre côte à côte", "pos", 2, "coop", "q")
p(D, "Nous ouvrons une nouvelle page", "pos", 2, "coop", "q")
p(D, "jour qui restera", "pos", 2, "oth", "q")
p(D, "conditionne toujours la signature définitive du traité", "neg", 1, "conf", "j")
p(D, "une paix des vainqueurs", "neg", 2, "conf", "q", note="NP complement of dénoncent (families)")
p(D, "se regardent toujours en chiens de faïence", "neg", 2, "conf", "j")
p(D, "L'accord est réel", "pos", 1, "coop", "q")
p(D, "un rapport de force très défavorable à l'Arménie", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a17 Le Monde, India-Pakistan ceasefire, 12 May 2025
D = "a17_lemonde_20250513"
META[D] = ("Le Monde", "2025-05-13", "2025-05-12 India-Pakistan DGMO talks and Modi address after the 10 May ceasefire")
TONE[D] = -1
p(D, "un cessez-le-feu précaire", "neg", 1, "conf", "j", note="headline")
p(D, "suspendue", "neg", 1, "conf", "q", after="n’était que «\u00a0", note="Modi: operation only paused (threat)")
p(D, "a aussitôt accusé Islamabad", "neg", 1, "conf", "j")
p(D, "des canaux de dialogue rompus depuis 2019", "neg", 2, "coop", "j", note="Lire aussi headline")
p(D, "a exclu tout dialogue global avec Islamabad", "neg", 2, "coop", "q")
p(D, "prêt à discuter", "pos", 1, "coop", "q")
p(D, "l’essentiel reste à faire", "neg", 1, "coop", "q", note="Pour les diplomates")
p(D, "ne se parlent plus qu’à travers leurs militaires", "neg", 1, "coop", "q")
p(D, "La méfiance reste totale", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a18 TSA, Barrot in Algiers 6 Apr 2025
D = "a18_tsa_20250407"
META[D] = ("TSA (Tout sur l'Algérie)", "2025-04-07", "2025-04-06 Barrot-Tebboune meeting in Algiers")
TONE[D] = 2
p(D, "le dégel se confirme", "pos", 2, "coop", "j", note="headline")
p(D, "reprendre le dialogue", "pos", 2, "coop", "q", note="évoquait + quote marks: mixed")
p(D, "une relation apaisée", "pos", 2, "conf", "q")
p(D, "chaleureux et très denses", "pos", 2, "oth", "q")
p(D, "l'ensemble des mécanismes de coopération suspendus reprendraient", "pos", 2, "coop", "q")
p(D, "vient clore huit mois de crise diplomatique aiguë", "pos", 2, "conf", "j", note="ending of past crisis")
p(D, "a accueilli la visite avec réserve", "neg", 1, "oth", "j")
p(D, "je reste favorable au rapport de force", "neg", 2, "conf", "q")
p(D, "une excellente nouvelle pour les entreprises", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a19 i24NEWS, Doha hostage/ceasefire talks 13-14 Jan 2025
D = "a19_i24news_20250114"
META[D] = ("i24NEWS", "2025-01-14", "2025-01-13 Doha mediation, Israel-Hamas ceasefire and hostages draft")
TONE[D] = 1
p(D, "un accord à portée de main", "pos", 2, "coop", "j", note="headline; voient is not a speech verb")
p(D, "Nous n'avons jamais été aussi proches d'un accord", "pos", 3, "coop", "q", note="Qatari mediator")
p(D, "un stade avancé", "pos", 1, "coop", "q")
p(D, "progrès significatifs", "pos", 2, "coop", "q")
p(D, "chaque camp accusant l'autre de faire capoter les discussions", "neg", 2, "conf", "j")
p(D, "un accord de capitulation", "neg", 2, "coop", "q")
p(D, "revenir sur des points déjà convenus", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a20 Le Courrier des Balkans, Serbia-Kosovo after Banjska
D = "a20_courrierbalkans_20231003"
META[D] = ("Le Courrier des Balkans", "2023-10-03", "2023-09 Serbia-Kosovo: failed Brussels round (14 Sep) and Banjska attack (24 Sep)")
TONE[D] = -2
p(D, "un dialogue plus enlisé que jamais", "neg", 3, "coop", "j", note="headline")
p(D, "avait tourné court", "neg", 2, "coop", "j")
p(D, "nous n'ayons pas pu avancer d'un pas", "neg", 2, "coop", "q", note="Borrell, EU facilitator")
p(D, "a directement mis en cause Belgrade", "neg", 2, "conf", "j")
p(D, "le seul responsable", "neg", 2, "conf", "q")
p(D, "Une défiance réciproque", "neg", 2, "conf", "j")
p(D, "le dialogue de la dernière chance tourne court", "neg", 2, "coop", "j", note="Lire aussi headline")
p(D, "on a perdu cinq ans de dialogue en dix jours", "neg", 3, "coop", "q")
