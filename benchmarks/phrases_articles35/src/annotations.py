"""Gold framing phrases and article tone for phrases_articles35 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 AFP, Trump-Putin call 18 Mar 2025
D = "a01_afp_20250318"
META[D] = ("AFP (French wire)", "2025-03-18", "2025-03-18 Trump-Putin call, energy truce")
TONE[D] = 1
p(D, "s'est dérobé à la demande américaine", "neg", 2, "coop", "j")
p(D, "extrêmement positive", "pos", 3, "coop", "q")
p(D, "Nous avançons vite, et dans la bonne direction", "pos", 2, "coop", "q")
p(D, "tout à fait ouvert", "pos", 1, "coop", "q")
p(D, "franc et détaillé", "pos", 1, "oth", "q")
p(D, "Poutine a dit non à la trêve totale", "neg", 2, "coop", "q", note="Zelensky, third party, on Putin's answer to the US proposal")
p(D, "un rapprochement de façade", "neg", 2, "coop", "q", note="Pour plusieurs diplomates européens")
p(D, "ouvrir la voie à un règlement plus large", "pos", 1, "coop", "q", note="shared view in the White House statement")
p(D, "améliorer les relations bilatérales", "pos", 1, "coop", "q", note="selon le communiqué américain")

# ---------------------------------------------------------------- a02 Le Figaro analysis, Helsinki summit
D = "a02_lefigaro_20180718"
META[D] = ("Le Figaro", "2018-07-18", "2018-07-16 Trump-Putin summit in Helsinki")
TONE[D] = -1
p(D, "a choisi de croire Vladimir Poutine", "pos", 2, "conf", "j", note="trust")
p(D, "sans avancée concrète", "neg", 2, "coop", "j")
p(D, "démonstration d’entente personnelle", "pos", 2, "coop", "j")
p(D, "parlé longuement et franchement", "pos", 2, "coop", "q")
p(D, "réussies et très utiles", "pos", 2, "coop", "q")
p(D, "L’époque de la confrontation doit appartenir au passé", "pos", 2, "conf", "q")
p(D, "un contexte chargé", "neg", 1, "conf", "j")
p(D, "le bilan est maigre", "neg", 2, "coop", "j")
p(D, "bien trop complaisant", "neg", 1, "oth", "q", note="closeness judged negatively by US critics")
p(D, "enfin rétabli au plus haut niveau", "pos", 2, "coop", "q")
p(D, "Le courant passe entre les deux hommes, pas entre les deux pays", "neg", 1, "coop", "q")
p(D, "la fragilité d’un rapprochement qui ne repose que sur un homme", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a03 20 Minutes brief, Trump-Putin call 3 May 2019
D = "a03_20minutes_20190503"
META[D] = ("20 Minutes", "2019-05-03", "2019-05-03 Trump-Putin call")
TONE[D] = 0
p(D, "concrète et constructive", "pos", 1, "coop", "q")
p(D, "maintenir les contacts", "pos", 1, "coop", "q")
p(D, "pourraient se revoir fin juin", "pos", 1, "oth", "j")
p(D, "annulée par Donald Trump à la dernière minute", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a04 Le Temps live blog, Alaska summit
D = "a04_letemps_20250815"
META[D] = ("Le Temps (Switzerland)", "2025-08-15", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = 0
p(D, "mais des sourires", "pos", 1, "oth", "j")
p(D, "Nous avons vu beaucoup de tapis rouge et peu de résultats", "neg", 2, "coop", "q", note="Ukrainian adviser, third party")
p(D, "Premier bilan sur le fond: rien", "neg", 2, "coop", "j")
p(D, "très, très utile", "pos", 2, "coop", "q")
p(D, "Nous avons fait un bout de chemin, il en reste un autre", "pos", 1, "coop", "q")
p(D, "tourner la page", "pos", 2, "conf", "q")
p(D, "une invitation à Moscou pour la prochaine rencontre", "pos", 1, "oth", "j")
p(D, "pas impossible", "pos", 1, "oth", "q")
p(D, "Accueil en grande pompe", "pos", 2, "oth", "j")

# ---------------------------------------------------------------- a05 RFI press review, Budapest summit shelved
D = "a05_rfi_20251023"
META[D] = ("RFI (revue de presse internationale)", "2025-10-23", "2025-10-21/22 Budapest summit shelved, Rosneft/Lukoil sanctions")
TONE[D] = -2
p(D, "le sommet qui n'aura pas lieu", "neg", 2, "coop", "j")
p(D, "un nouveau coup de froid", "neg", 2, "conf", "j")
p(D, "Trump sort enfin le bâton", "neg", 2, "conf", "q")
p(D, "la patience du président à l'égard du Kremlin a atteint ses limites", "neg", 2, "conf", "q")
p(D, "un sommet ne servirait à rien", "neg", 2, "coop", "q", note="Selon le journal (Washington Post)")
p(D, "pour rentrer les mains vides", "neg", 1, "coop", "q")
p(D, "le ton oscille entre dépit et défi", "neg", 1, "oth", "j")
p(D, "douche froide", "neg", 2, "coop", "q")
p(D, "la fenêtre ouverte en Alaska est en train de se refermer", "neg", 2, "coop", "q")
p(D, "acte inamical", "neg", 2, "conf", "q")
p(D, "toujours préférable à la confrontation", "pos", 1, "coop", "q")
p(D, "la fin d'une illusion", "neg", 2, "coop", "q")
p(D, "occasion manquée", "neg", 2, "coop", "q")
p(D, "Washington a enfin compris à qui il avait affaire", "neg", 1, "conf", "q")
p(D, "alterné à plusieurs reprises les menaces et les mots doux", "neu", 1, "oth", "q", note="rappelle le journal (NYT)")

# ---------------------------------------------------------------- a06 Le Point Q&A, after the 12 Feb 2025 call
D = "a06_lepoint_20250213"
META[D] = ("Le Point (entretien)", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[D] = 0
p(D, "change le ton", "pos", 1, "oth", "q")
p(D, "pas encore le fond", "neg", 1, "coop", "q")
p(D, "étroite collaboration", "pos", 2, "coop", "q", note="interviewee's answer (Q&A answers are coded quoted)")
p(D, "un long message enthousiaste", "pos", 1, "oth", "q")
p(D, "inhabituellement chaleureux", "pos", 2, "oth", "q")
p(D, "rien n'a été réglé", "neg", 2, "coop", "q")
p(D, "restent très éloignées", "neg", 2, "conf", "q")
p(D, "par-dessus la tête des Ukrainiens", "neg", 1, "oth", "q", note="talks framed as exclusive")
p(D, "persuadé de pouvoir s'entendre avec Vladimir Poutine", "pos", 1, "coop", "q")
p(D, "la méfiance y est profonde, presque structurelle", "neg", 2, "conf", "q")
p(D, "Elle est possible, et les deux l'ont évoquée", "pos", 1, "oth", "q", note="possible leaders' meeting")
p(D, "de belles images, et rien derrière", "neg", 2, "coop", "q", note="hypothetical, comparison with Helsinki")
p(D, "une vraie fenêtre de dialogue, la première depuis trois ans", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a07 TF1 TV transcript, Trump-Putin call 19 May 2025
D = "a07_tf1info_20250519"
META[D] = ("TF1 Info (JT transcript)", "2025-05-19", "2025-05-19 Trump-Putin call")
TONE[D] = 0
p(D, "prometteuse", "pos", 2, "coop", "q", note="que le président américain juge prometteuse")
p(D, "excellent, du début à la fin", "pos", 3, "coop", "q")
p(D, "il n'y a pas de date, pas de lieu arrêté, et pas de trêve", "neg", 1, "coop", "j", note="correspondent = outlet's journalist")
p(D, "franche et très utile", "pos", 2, "coop", "q")
p(D, "Moscou ne bouge pas sur ses exigences", "neg", 2, "conf", "j")
p(D, "ont été plusieurs fois déçus", "neg", 2, "coop", "j")
p(D, "les discussions piétinent", "neg", 2, "coop", "j")
p(D, "Nous attendions un cessez-le-feu. Il n'y en a pas", "neg", 1, "coop", "q", note="Elysée adviser, third party")
p(D, "noué avec Vladimir Poutine une relation de confiance", "pos", 1, "conf", "q")
p(D, "on reste poli, on remercie, mais on ne cède rien", "neg", 1, "oth", "q")
p(D, "le canal est ouvert, et c'est déjà plus qu'il y a six mois", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a08 La Croix column, Osaka G20
D = "a08_lacroix_20190630"
META[D] = ("La Croix (chronique)", "2019-06-30", "2019-06-28 Trump-Putin meeting at the Osaka G20")
TONE[D] = -1
p(D, "la diplomatie du clin d’œil", "neg", 1, "oth", "j")
p(D, "connivence affichée", "neg", 1, "oth", "j", note="displayed closeness judged negatively")
p(D, "résultats introuvables", "neg", 2, "coop", "j")
p(D, "l’a cru sur parole", "pos", 1, "conf", "j", note="trust")
p(D, "très belles choses", "pos", 2, "coop", "q")
p(D, "Rien, ou presque", "neg", 2, "coop", "j")
p(D, "n’ont jamais été aussi dégradées depuis la fin de l’URSS", "neg", 3, "coop", "j")
p(D, "réduit à des coups de téléphone épisodiques", "neg", 1, "coop", "j")
p(D, "L’entente entre les deux hommes ne pèse rien", "neg", 1, "coop", "j")
p(D, "mieux vaut se parler, même mal, même en plaisantant, que ne plus se parler du tout", "pos", 1, "coop", "j")
p(D, "ni un dégel ni un rapprochement", "neg", 2, "coop", "j")
p(D, "deux hommes qui s’apprécient", "pos", 1, "oth", "j")
p(D, "deux pays qui se défient", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a09 Le Parisien brief (scraped), Buenos Aires meeting cancelled
D = "a09_leparisien_20181129"
META[D] = ("Le Parisien", "2018-11-29", "2018-11-29 Trump cancels the Buenos Aires G20 meeting with Putin")
TONE[D] = -1
p(D, "annule sa rencontre avec Poutine", "neg", 2, "oth", "j")
p(D, "a renoncé, jeudi, au tête-à-tête", "neg", 1, "oth", "j")
p(D, "constructif", "pos", 1, "coop", "q")
p(D, "nous le regrettons", "neg", 1, "coop", "q")
p(D, "ouverte au dialogue", "pos", 1, "coop", "q")
p(D, "restent très tendues", "neg", 2, "conf", "j")
p(D, "reproche à Moscou", "neg", 1, "conf", "q")

# ---------------------------------------------------------------- a10 Sputnik France (scraped), Elbe joint statement
D = "a10_sputnik_20200425"
META[D] = ("Sputnik France", "2020-04-25", "2020-04-25 Trump-Putin joint statement on the Elbe anniversary")
TONE[D] = 2
p(D, "saluent un esprit de coopération", "pos", 2, "coop", "q", note="headline with speech verb")
p(D, "multiplient les contacts", "pos", 1, "coop", "j")
p(D, "lorsqu'ils font front ensemble, sont capables de grandes choses", "pos", 2, "coop", "q")
p(D, "rapprochement pragmatique", "pos", 2, "coop", "j")
p(D, "le dialogue entre nos deux pays est possible, même aujourd'hui", "pos", 2, "coop", "q")
p(D, "signal encourageant", "pos", 2, "coop", "q", note="Le Kremlin y voit")
p(D, "ouvrir un nouveau chapitre", "pos", 2, "coop", "q")
p(D, "s'est abstenu de tout commentaire", "neu", 1, "oth", "j")
p(D, "n'efface pas les divergences de fond", "neg", 1, "conf", "q", note="Pour de nombreux observateurs")
p(D, "peuvent trouver un langage commun", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a11 Les Echos analysis (scraped), US-China talks in Geneva
D = "a11_lesechos_20250513"
META[D] = ("Les Echos", "2025-05-12", "2025-05-10/12 US-China trade talks in Geneva")
TONE[D] = 1
p(D, "Un apaisement net", "pos", 2, "conf", "j")
p(D, "ne règle aucun des différends de fond", "neg", 2, "coop", "j")
p(D, "une vraie volonté d’avancer", "pos", 2, "coop", "q")
p(D, "consensus important", "pos", 2, "coop", "q")
p(D, "se battre « jusqu’au bout » contre le « chantage » américain", "neg", 2, "conf", "q")
p(D, "C’est une désescalade, rien de plus", "pos", 1, "conf", "q")
p(D, "la méfiance est intacte", "neg", 2, "conf", "q")
p(D, "excellentes, vraiment excellentes", "pos", 3, "coop", "q")
p(D, "les surtaxes pourraient repartir à la hausse faute d’accord définitif", "neg", 1, "conf", "q", note="threat, tout en prévenant que")

# ---------------------------------------------------------------- a12 APS, Tebboune-Macron call
D = "a12_aps_20250331"
META[D] = ("APS (Algérie Presse Service)", "2025-03-31", "2025-03-31 Tebboune-Macron call")
TONE[D] = 2
p(D, "leur donner un nouvel élan", "pos", 2, "coop", "q", note="incise: indique un communiqué conjoint")
p(D, "un échange approfondi, sincère et cordial", "pos", 2, "oth", "q")
p(D, "les tensions qui ont marqué la relation ces derniers mois", "neg", 1, "conf", "q", note="Selon le communiqué")
p(D, "volonté commune de renouer un dialogue fécond", "pos", 2, "coop", "q")
p(D, "programme de travail ambitieux", "pos", 1, "coop", "q")
p(D, "convenus de se rencontrer prochainement", "pos", 1, "oth", "j", note="agreement predicate, no quote marks")
p(D, "plusieurs mois de crispation entre Alger et Paris", "neg", 2, "conf", "j")
p(D, "un interlocuteur avec lequel il est possible de travailler", "pos", 1, "coop", "q")
p(D, "avait tendu la main à son homologue", "pos", 2, "coop", "j")
p(D, "la solution passait par un dialogue direct entre les deux chefs d'Etat", "pos", 1, "coop", "q")
p(D, "le retour à un dialogue apaisé", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a13 France 24 (scraped), US-Iran talks in Muscat
D = "a13_france24_20250412"
META[D] = ("France 24", "2025-04-12", "2025-04-12 US-Iran nuclear talks in Muscat")
TONE[D] = 1
p(D, "salué une atmosphère positive", "pos", 2, "oth", "q")
p(D, "Nous sommes satisfaits du climat de ces discussions", "pos", 2, "oth", "q")
p(D, "positifs", "pos", 1, "coop", "q")
p(D, "un pas en avant", "pos", 2, "coop", "q")
p(D, "des semaines d'escalade verbale", "neg", 2, "conf", "j")
p(D, "a menacé à plusieurs reprises de recourir à la force", "neg", 2, "conf", "j")
p(D, "restées plus de deux heures sous le même toit est un signal", "pos", 1, "oth", "q")
p(D, "des lignes rouges très éloignées", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a14 lepetitjournal.com Istanbul brief, Erdogan-Putin in Sochi
D = "a14_lepetitjournal_20230905"
META[D] = ("lepetitjournal.com Istanbul", "2023-09-05", "2023-09-04 Erdogan-Putin meeting in Sochi")
TONE[D] = 0
p(D, "convaincu qu'une solution serait trouvée", "pos", 1, "coop", "q")
p(D, "cher ami", "pos", 1, "oth", "q")
p(D, "n'a cessé de se rapprocher de Moscou", "pos", 1, "coop", "j")
p(D, "n'a pas obtenu d'avancée concrète", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a15 Le Soir Q&A, Russia-Ukraine talks in Istanbul
D = "a15_lesoir_20250517"
META[D] = ("Le Soir (entretien)", "2025-05-17", "2025-05-16 Russia-Ukraine delegations in Istanbul")
TONE[D] = -1
p(D, "On s'est parlé, c'est à peu près tout ce qu'on peut dire", "neg", 1, "coop", "q")
p(D, "Le bilan est mince", "neg", 2, "coop", "q")
p(D, "très loin du compte", "neg", 2, "coop", "q")
p(D, "se soient assises à la même table", "pos", 1, "coop", "q")
p(D, "une délégation de second rang", "neg", 1, "oth", "q")
p(D, "on ne négocie pas entre égaux", "neg", 1, "oth", "q")
p(D, "inacceptables", "neg", 2, "conf", "q", note="nested: Ukrainian delegate inside the interviewee's answer")
p(D, "On est loin d'un climat de négociation", "neg", 2, "coop", "q")
p(D, "satisfait", "pos", 1, "coop", "q", after="Medinski s'est dit « ")
p(D, "C'est maigre, mais c'est un fil", "pos", 1, "coop", "q")
p(D, "le risque est grand que tout cela s'enlise dans des réunions techniques sans fin", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a16 Ouest-France wire, EU-China summit
D = "a16_ouestfrance_20250724"
META[D] = ("Ouest-France", "2025-07-24", "2025-07-24 EU-China summit in Beijing")
TONE[D] = -1
p(D, "ramené à une seule journée à la demande de Pékin", "neg", 1, "oth", "j")
p(D, "à un carrefour", "neu", 1, "oth", "q")
p(D, "Aucun texte n'a été publié sur le commerce", "neg", 1, "coop", "j")
p(D, "un contexte de relations tendues", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a17 Le Monde, India-Pakistan after Pahalgam
D = "a17_lemonde_20250424"
META[D] = ("Le Monde", "2025-04-24", "2025-04-23/24 India-Pakistan diplomatic measures after the Pahalgam attack")
TONE[D] = -2
p(D, "s'enfoncent dans la crise diplomatique", "neg", 2, "conf", "j")
p(D, "Islamabad a claqué la porte", "neg", 2, "coop", "j", note="breaking off ties: failed cooperation")
p(D, "une escalade diplomatique d'une rapidité inédite", "neg", 3, "conf", "j")
p(D, "soutenir le terrorisme transfrontalier", "neg", 2, "conf", "q", note="accusation between the sides")
p(D, "Le traité avait survécu à trois guerres", "neg", 1, "coop", "j")
p(D, "pourrait suspendre l'accord de Simla de 1972", "neg", 2, "conf", "q")
p(D, "acte de guerre", "neg", 3, "conf", "q")
p(D, "ceux qui les soutiennent paieront", "neg", 2, "conf", "q")
p(D, "sont désormais presque inexistants", "neg", 2, "coop", "j")
p(D, "Il n'y a plus aucun espace de dialogue, ni officiel ni discret", "neg", 3, "coop", "q")

# ---------------------------------------------------------------- a18 Nouvelles d'Arménie column, Washington declaration
D = "a18_nouvellesdarmenie_20250811"
META[D] = ("Nouvelles d'Arménie Magazine (opinion)", "2025-08-11", "2025-08-08 Armenia-Azerbaijan declaration at the White House")
TONE[D] = 1
p(D, "les points de suspension", "neu", 1, "oth", "j")
p(D, "étape historique", "pos", 3, "coop", "q")
p(D, "mis fin à des décennies d'hostilité", "pos", 3, "conf", "q")
p(D, "très bien s'entendre", "pos", 2, "coop", "q", note="Trump, host/mediator, on the pair")
p(D, "la paix n'est plus une hypothèse lointaine mais un texte paraphé", "pos", 2, "coop", "j")
p(D, "tout cela peut désormais se discuter", "pos", 1, "coop", "j")
p(D, "une paix sous condition", "neg", 1, "coop", "j")
p(D, "la condition est unilatérale", "neg", 1, "conf", "j")
p(D, "La confiance ne se décrète pas", "neg", 1, "conf", "j")
p(D, "n'est pas la fin du conflit", "neg", 1, "coop", "j")
p(D, "peut-être, le début de sa fin", "pos", 1, "coop", "j")

# ---------------------------------------------------------------- a19 Courrier des Balkans (scraped), Serbia-Kosovo in Ohrid
D = "a19_courrierdesbalkans_20230320"
META[D] = ("Le Courrier des Balkans", "2023-03-20", "2023-03-18 Vucic-Kurti talks in Ohrid")
TONE[D] = -2
p(D, "un accord sans signature", "neg", 1, "coop", "j")
p(D, "un dialogue sans confiance", "neg", 2, "conf", "j")
p(D, "s'étaient entendus sur l'annexe de mise en œuvre", "pos", 2, "coop", "q", note="Borrell a annoncé que")
p(D, "Nous tenons un accord", "pos", 2, "coop", "q", note="Borrell, mediator")
p(D, "Je ne signerai rien", "neg", 2, "coop", "q", after="Vučić : « ", note="subheading")
p(D, "Je ne signerai rien", "neg", 2, "coop", "q", after="reprise en boucle par les chaînes serbes : « ")
p(D, "refuse d'assumer ses engagements", "neg", 2, "conf", "q")
p(D, "La confiance fait encore défaut entre les deux parties", "neg", 2, "conf", "q")
p(D, "éternelle pomme de discorde", "neg", 2, "conf", "j")
p(D, "Les discussions achoppent toujours", "neg", 2, "coop", "j")
p(D, "n'a produit qu'une succession d'engagements non tenus", "neg", 2, "coop", "j")
p(D, "un dialogue de sourds", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a20 Radio Okapi (scraped), DRC-Rwanda agreement in Washington
D = "a20_radiookapi_20250627"
META[D] = ("Radio Okapi", "2025-06-27", "2025-06-27 DR Congo-Rwanda peace agreement signed in Washington")
TONE[D] = 1
p(D, "Nous tournons aujourd'hui une page douloureuse, à condition que chacun tienne parole", "pos", 1, "coop", "q")
p(D, "le plus difficile commence", "neu", 1, "coop", "q")
p(D, "une étape majeure", "pos", 2, "coop", "q", note="Rubio, mediator")
p(D, "attendre de voir les effets concrets de l'accord", "neu", 1, "oth", "q")
