"""Gold framing phrases and article tone for phrases_articles21 (HELD-OUT test set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Do not study or tune on this set: it is scored only, before and after a pass.
"""


# ---------------------------------------------------------------- a01 Le Progrès, Hamburg G20 meeting 7 Jul 2017
D = "a01_leprogres_20170708"
META[D] = ("Le Progrès", "2017-07-08", "2017-07-07 first Trump-Putin meeting at the Hamburg G20")
TONE[D] = 1
p(D, "plus long que prévu", "pos", 1, "oth", "j", note="headline; meeting longer than planned")
p(D, "Ils ont joué la carte de la cordialité", "pos", 2, "oth", "j")
p(D, "beaucoup de bonnes choses", "pos", 2, "coop", "q")
p(D, "peuvent faire quelque chose ensemble", "pos", 2, "coop", "q")
p(D, "très franche", "neu", 1, "oth", "q", note="diplomatic 'frank': tone, not warmth")
p(D, "se sont tout de suite compris", "pos", 2, "coop", "q", note="selon lui + quote marks")
p(D, "très pragmatique", "pos", 2, "coop", "q")
p(D, "point de friction", "neg", 2, "conf", "j", note="subheading")
p(D, "n'en ont pas livré la même version", "neg", 1, "conf", "j")
p(D, "Le contact est établi, et c'est déjà beaucoup", "pos", 1, "coop", "q")
p(D, "Reste à savoir si ce premier rendez-vous produira davantage qu'une photo", "neg", 1, "oth", "j")
p(D, "restent au plus bas depuis des années", "neg", 2, "coop", "j")
p(D, "Ils se sont plu", "pos", 2, "oth", "q", note="third party (European diplomat) on the pair's chemistry")
p(D, "Pour le reste, on verra", "neu", 1, "oth", "q")

# ---------------------------------------------------------------- a02 Keystone-ATS, Da Nang APEC 11 Nov 2017
D = "a02_ats_20171111"
META[D] = ("Keystone-ATS", "2017-11-11", "2017-11-11 Trump-Putin brief encounters and joint statement on Syria at the Da Nang APEC summit")
TONE[D] = 0
p(D, "sans véritable tête-à-tête", "neg", 1, "oth", "j", note="headline; meeting form")
p(D, "se sont contentés de quelques échanges informels", "neg", 1, "oth", "j")
p(D, "tout sourire", "pos", 1, "oth", "j")
p(D, "Aucun entretien en bonne et due forme n'a finalement eu lieu", "neg", 1, "oth", "j")
p(D, "deux jours de cafouillage", "neg", 1, "oth", "j")
p(D, "Un rare signe de coordination", "pos", 1, "coop", "j")
p(D, "demeurent tendues", "neg", 2, "conf", "j")
p(D, "une conversation normale, entre gens qui se respectent", "pos", 1, "oth", "q")
p(D, "nous sommes sur la même ligne pour la Syrie", "pos", 2, "coop", "q")
p(D, "pèsent sur toute tentative de rapprochement", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a03 franceinfo, congratulation call 20 Mar 2018
D = "a03_franceinfo_20180321"
META[D] = ("franceinfo", "2018-03-21", "2018-03-20 Trump-Putin call congratulating Putin on his re-election")
TONE[D] = 0
p(D, "dans un bon esprit", "pos", 2, "oth", "q")
p(D, "pourrait avoir lieu assez vite", "pos", 1, "oth", "q", note="selon lui; a meeting proposed")
p(D, "Moi, je préfère parler", "pos", 1, "coop", "q")
p(D, "avancer ensemble là où les intérêts des deux pays se rejoignent", "pos", 2, "coop", "q", note="convenir de + quote marks: quoted")
p(D, "Il est trop tôt pour parler de dates", "neg", 1, "oth", "q")
p(D, "aucune date n'a été arrêtée", "neg", 1, "oth", "j")
p(D, "Le ton était cordial", "pos", 1, "oth", "q", note="selon X")
p(D, "sujet qui fâche", "neg", 1, "conf", "j")
p(D, "traversent une zone de fortes turbulences", "neg", 2, "conf", "j")
p(D, "son souhait d'entretenir de bons rapports", "pos", 1, "coop", "j", note="attitude noun, no speech")

# ---------------------------------------------------------------- a04 RT France, Helsinki summit 16 Jul 2018
D = "a04_rtfrance_20180716"
META[D] = ("RT France", "2018-07-16", "2018-07-16 Trump-Putin summit in Helsinki")
TONE[D] = 2
p(D, "jettent les bases d’une relation apaisée", "pos", 2, "coop", "j", note="headline")
p(D, "déterminés à surmonter les tensions", "pos", 2, "conf", "q", note="se dire + adj: quoted; easing conflict")
p(D, "fructueux", "pos", 2, "coop", "q", note="juger X fructueux: evaluation attributed to both leaders")
p(D, "comme deux partenaires responsables", "pos", 2, "coop", "q")
p(D, "Ce premier sommet ouvre une page nouvelle", "pos", 2, "coop", "q")
p(D, "trop de problèmes que ni la Russie ni les Etats-Unis ne peuvent régler seuls", "pos", 1, "coop", "q")
p(D, "très approfondie", "pos", 2, "coop", "q")
p(D, "nous allons finir par très bien nous entendre", "pos", 2, "coop", "q")
p(D, "ce serait une bonne chose pour le monde entier", "pos", 2, "coop", "q")
p(D, "le dialogue vaut mieux que l’affrontement", "pos", 1, "coop", "q")
p(D, "le retour d’un dialogue adulte entre les deux premières puissances nucléaires", "pos", 2, "coop", "j", note="state media, warm journalist voice")
p(D, "ont convenu de poursuivre les contacts", "pos", 1, "coop", "j", note="agreement predicate without marks: journalist")
p(D, "coopérer en Syrie", "pos", 1, "coop", "q", note="added in review; proposer de + inf")
p(D, "Des divergences subsistent", "neg", 1, "conf", "q")

# ---------------------------------------------------------------- a05 Le Soir editorial, Buenos Aires meeting cancelled 29 Nov 2018
D = "a05_lesoir_20181130"
META[D] = ("Le Soir", "2018-11-30", "2018-11-29 Trump cancels the Buenos Aires G20 meeting with Putin (editorial)")
TONE[D] = -2
p(D, "le rendez-vous manqué", "neg", 2, "coop", "j", note="headline")
p(D, "Il aura suffi d'un tweet", "neg", 1, "oth", "j")
p(D, "idéal", "pos", 1, "oth", "q", note="earlier judgement of the meeting's timing")
p(D, "Ce sont les grands dossiers du moment qui en pâtiront", "neg", 2, "coop", "q")
p(D, "la relation entre Washington et Moscou n'a cessé de se dégrader", "neg", 2, "coop", "j")
p(D, "devait inaugurer une ère de bonne entente", "neg", 1, "coop", "j", note="unrealised hope")
p(D, "chaque main serrée entre les deux hommes est devenue suspecte", "neg", 2, "oth", "j")
p(D, "une relation qui ne tient plus que par les apparences", "neg", 3, "coop", "j")
p(D, "que ni l'un ni l'autre ne semble capable de sauver", "neg", 2, "coop", "j")
p(D, "avait-il vraiment intérêt à poser, le lendemain, aux côtés du maître du Kremlin", "neg", 1, "oth", "j", note="added in review; rhetorical question")
p(D, "il ne peut plus parler à Vladimir Poutine sans que l'ombre de l'enquête Mueller plane au-dessus de la table", "neg", 2, "oth", "j")
p(D, "Nous sommes prêts à rencontrer le président américain quand il le voudra", "pos", 1, "coop", "q")
p(D, "Une politesse qui ne coûte rien", "neg", 1, "oth", "j")
p(D, "Quand les deux grandes puissances nucléaires ne se parlent plus", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a06 BFMTV scraped page, Osaka G20 meeting 28 Jun 2019
D = "a06_bfmtv_20190628"
META[D] = ("BFMTV", "2019-06-28", "2019-06-28 Trump-Putin meeting at the Osaka G20")
TONE[D] = 1
p(D, "affichent leur complicité", "pos", 2, "oth", "j", note="headline")
p(D, "dans une ambiance visiblement détendue", "pos", 2, "oth", "j")
p(D, "un homme que je respecte", "pos", 2, "oth", "q")
p(D, "nous pouvons faire de grandes choses ensemble", "pos", 2, "coop", "q")
p(D, "sur le ton de la plaisanterie", "pos", 1, "oth", "j")
p(D, "dans un esprit de travail", "pos", 1, "oth", "q")
p(D, "relancer le dialogue", "pos", 2, "coop", "q")
p(D, "gelé depuis trop longtemps", "neg", 2, "coop", "q")
p(D, "une discussion positive sur l'avenir de la relation", "pos", 2, "coop", "q")
p(D, "resteraient en contact", "pos", 1, "coop", "j", note="agreement predicate without marks")
p(D, "Loin du climat électrique d'Helsinki", "pos", 1, "oth", "j", note="negative words, positive framing by contrast")
p(D, "une affaire de sourires et de poignées de main", "pos", 1, "oth", "j")
p(D, "les différends demeurent", "neg", 2, "conf", "j")
p(D, "Aucune percée n'a été annoncée", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a07 RFI, Biden-Putin call and sanctions 13-15 Apr 2021
D = "a07_rfi_20210415"
META[D] = ("RFI", "2021-04-15", "2021-04-13 Biden-Putin call proposing a summit; 2021-04-15 US sanctions")
TONE[D] = -1
p(D, "souffle le chaud et le froid", "neu", 2, "oth", "j", note="headline; mixed signals")
p(D, "promet une riposte", "neg", 2, "conf", "q", note="threat; verb kept in span")
p(D, "le ton se voulait apaisant", "pos", 1, "oth", "j")
p(D, "avait proposé à son homologue russe de se retrouver", "pos", 1, "oth", "q", note="proposal of a meeting")
p(D, "accueilli la proposition avec prudence", "neu", 1, "oth", "j")
p(D, "Il y a des actes qui ont un prix", "neg", 2, "conf", "q")
p(D, "notre porte reste ouverte à une discussion sérieuse", "pos", 1, "coop", "q")
p(D, "On ne peut pas proposer un sommet le mardi et sanctionner le jeudi", "neg", 2, "conf", "q")
p(D, "compromettent sérieusement les perspectives d'une rencontre", "neg", 2, "coop", "q", note="pour qui: quoted")
p(D, "Une réponse « ferme » sera apportée", "neg", 2, "conf", "q", note="mixed span with inner marks")
p(D, "un qualificatif très dur à l'égard de son homologue", "neg", 2, "conf", "j", note="added in review; background")
p(D, "déjà abîmée", "neg", 2, "coop", "j")
p(D, "s'enfonce encore un peu plus", "neg", 2, "coop", "j")
p(D, "ferme, mais disponible pour parler", "neu", 1, "oth", "q")
p(D, "Le sommet n'est pas mort, mais il s'éloigne", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a08 La Dépêche du Midi, Trump-Putin call 12 Feb 2025
D = "a08_ladepeche_20250213"
META[D] = ("La Dépêche du Midi", "2025-02-13", "2025-02-12 Trump-Putin call, first of Trump's second term")
TONE[D] = 2
p(D, "promettent d'ouvrir des négociations", "pos", 2, "coop", "q", note="headline; promettre de + inf")
p(D, "Ils se sont invités mutuellement", "pos", 1, "oth", "j", note="invitations")
p(D, "Trois années de silence, ou presque, viennent de prendre fin", "pos", 2, "coop", "j")
p(D, "Nous sommes tombés d'accord pour que nos équipes se mettent au travail immédiatement", "pos", 2, "coop", "q")
p(D, "Nous voulons tous les deux que les morts cessent", "pos", 2, "coop", "q", note="shared aim")
p(D, "C'est un très bon début", "pos", 2, "coop", "q")
p(D, "remarquable à tous points de vue", "pos", 3, "coop", "q")
p(D, "le ton était tout aussi chaleureux", "pos", 2, "oth", "j")
p(D, "s'est dit prêt à recevoir des responsables américains", "pos", 1, "coop", "q")
p(D, "personne n'a fait la leçon à personne", "pos", 1, "oth", "q")
p(D, "un changement de cap radical", "pos", 2, "coop", "j")
p(D, "avait rompu quasiment tout contact de haut niveau", "neg", 2, "coop", "j", note="background")
p(D, "un signe d'ouverture", "pos", 1, "coop", "q", note="présenté par X comme")
p(D, "rien, pour l'heure, ne dit sur quelles bases ces négociations pourraient s'ouvrir", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a09 Tribune de Genève, Riyadh Rubio-Lavrov talks 18 Feb 2025
D = "a09_tdg_20250218"
META[D] = ("Tribune de Genève", "2025-02-18", "2025-02-18 US-Russia talks in Riyadh (Rubio-Lavrov)")
TONE[D] = 1
p(D, "se reparlent enfin", "pos", 2, "coop", "j", note="headline")
p(D, "une feuille de route minimale", "pos", 1, "coop", "j", note="hedged")
p(D, "La conversation a été sérieuse", "pos", 1, "coop", "q")
p(D, "n'ont pas cherché à nous dicter quoi que ce soit", "pos", 1, "oth", "q")
p(D, "plus prudent", "neu", 1, "oth", "j", note="added in review")
p(D, "on ne pouvait pas mettre fin à une guerre sans parler à ceux qui la mènent", "pos", 1, "coop", "q")
p(D, "rien n'est acquis", "neu", 1, "oth", "q")
p(D, "jugé prématuré de fixer une date pour un sommet", "neg", 1, "oth", "q")
p(D, "le début d'une ère de confiance", "pos", 2, "coop", "q")
p(D, "les positions restent très éloignées", "neg", 2, "conf", "j")
p(D, "Qu'ils discutent de nouveau, c'est déjà l'essentiel", "pos", 1, "coop", "q", note="third party (Swiss diplomat) on the talks")
p(D, "constitue un tournant", "pos", 2, "coop", "q", note="pour les observateurs")
p(D, "Reste à savoir dans quelle direction", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a10 Anadolu, Istanbul embassy talks 27 Feb 2025
D = "a10_aa_20250227"
META[D] = ("Anadolu (AA)", "2025-02-27", "2025-02-27 US-Russia talks in Istanbul on embassy operations")
TONE[D] = 0
p(D, "qui ont permis d'avancer", "pos", 1, "coop", "q")
p(D, "des pistes pour stabiliser", "pos", 1, "coop", "q")
p(D, "des échanges approfondis", "pos", 1, "coop", "j", note="évoquer + NP without marks: topic-only, journalist")
p(D, "dans un esprit d'affaires", "pos", 1, "oth", "q")
p(D, "il ne fallait pas s'attendre à des résultats spectaculaires", "neg", 1, "coop", "q")
p(D, "réparer ce qui a été cassé", "pos", 1, "coop", "q")
p(D, "les irritants accumulés ne disparaîtront pas par magie", "neg", 1, "conf", "q")
p(D, "un pas positif", "pos", 1, "coop", "q", note="host country's minister on the talks")
p(D, "signe d'une reprise progressive des contacts", "pos", 1, "coop", "j")
p(D, "La méfiance reste toutefois de mise de part et d'autre", "neg", 2, "conf", "j")
p(D, "aucune date n'a été annoncée pour une prochaine session", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a11 Le Devoir interview, Trump-Putin call 19 May 2025
D = "a11_ledevoir_20250520"
META[D] = ("Le Devoir", "2025-05-20", "2025-05-19 Trump-Putin call (interview with a political scientist)")
TONE[D] = -1
p(D, "Trump veut un accord, Poutine veut du temps", "neg", 1, "conf", "q", note="headline quotation")
p(D, "s'est très bien passé", "pos", 2, "coop", "q", note="in the interviewer's question; que-clause of Trump")
p(D, "L'ambiance, visiblement, était bonne", "pos", 1, "oth", "q", note="interview answers are the interviewee's speech")
p(D, "Le résultat, lui, est mince", "neg", 2, "coop", "q")
p(D, "Il n'y a ni cessez-le-feu, ni calendrier, ni même d'engagement clair sur la suite", "neg", 2, "coop", "q")
p(D, "en une simple perspective de discussions", "neg", 1, "coop", "q", note="added in review")
p(D, "extrêmement riche", "pos", 2, "coop", "q")
p(D, "le Kremlin sort gagnant de l'échange", "neg", 1, "oth", "q")
p(D, "perdre patience avec Moscou", "neg", 1, "conf", "j", note="interviewer's question")
p(D, "sa colère retombe", "pos", 1, "conf", "q")
p(D, "la relation personnelle prend le pas sur le rapport de force", "pos", 1, "oth", "q")
p(D, "un rapprochement d'atmosphère, pas de substance", "neg", 1, "coop", "q")
p(D, "leurs positions restent incompatibles", "neg", 2, "conf", "q")
p(D, "une détente de façade", "neg", 2, "coop", "q")
p(D, "servent surtout à gagner du temps", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a12 L'Express, Trump-Putin call 3 Jul 2025
D = "a12_lexpress_20250704"
META[D] = ("L'Express", "2025-07-04", "2025-07-03 Trump-Putin call without progress")
TONE[D] = -2
p(D, "la patience américaine à bout", "neg", 2, "conf", "j", note="headline")
p(D, "même impasse", "neg", 2, "coop", "j")
p(D, "les mains vides", "neg", 2, "coop", "q")
p(D, "Cette conversation ne m'a pas plu", "neg", 2, "coop", "q")
p(D, "Pas d'avancée, rien", "neg", 2, "coop", "q")
p(D, "Les présidents se comprennent, même quand ils ne sont pas d'accord", "pos", 1, "oth", "q")
p(D, "rester en contact", "pos", 1, "coop", "q", note="convenir de + quote marks")
p(D, "Le contraste avec l'euphorie de février est saisissant", "neg", 2, "coop", "j")
p(D, "les appels se succèdent et se ressemblent", "neg", 2, "coop", "j")
p(D, "a dû revoir ses ambitions à la baisse", "neg", 1, "coop", "j", note="added in review")
p(D, "promesses de paix, mots aimables, puis rien", "neg", 2, "coop", "j")
p(D, "Un camouflet pour la Maison Blanche", "neg", 2, "conf", "j")
p(D, "Il fait traîner les choses", "neg", 2, "coop", "q")
p(D, "à force de se parler sans rien se dire, les deux présidents ont vidé ces appels de leur sens", "neg", 2, "coop", "q")
p(D, "pas l'intérêt pour l'instant", "neg", 1, "oth", "q", note="no meeting wanted")

# ---------------------------------------------------------------- a13 Le Parisien live blog, Trump-Putin call 18 Mar 2025
D = "a13_leparisien_20250318"
META[D] = ("Le Parisien", "2025-03-18", "2025-03-18 Trump-Putin call: 30-day pause on energy strikes (live blog)")
TONE[D] = 0
p(D, "pas de cessez-le-feu général", "neg", 1, "coop", "j", note="headline; outcome short of the US aim")
p(D, "approfondi", "pos", 1, "coop", "q")
p(D, "empreint de confiance", "pos", 2, "coop", "q")
p(D, "Signe de la bonne humeur affichée de part et d'autre", "pos", 1, "oth", "j")
p(D, "une trêve au rabais", "neg", 1, "coop", "j", note="entry heading with a question mark: hedged")
p(D, "concède le minimum", "neg", 1, "coop", "j")
p(D, "tout en ménageant son interlocuteur américain", "pos", 1, "oth", "j")
p(D, "L'écart entre les exigences russes et le plan américain demeure considérable", "neg", 2, "conf", "j")
p(D, "une avancée réelle", "pos", 2, "coop", "q")
p(D, "Une relation apaisée entre nos deux pays offrirait des perspectives considérables", "pos", 2, "coop", "q")
p(D, "Nous avançons vite, et dans la bonne direction", "pos", 2, "coop", "q")
p(D, "montre que les deux présidents avaient beaucoup à se dire", "pos", 1, "oth", "q")
p(D, "L'échange se poursuit dans un bon climat", "pos", 1, "oth", "q")
p(D, "un Poutine qui fait attendre la Maison Blanche", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a14 Courrier international, Budapest summit shelved 22 Oct 2025
D = "a14_courrier_20251022"
META[D] = ("Courrier international", "2025-10-22", "2025-10-21/22 Budapest Trump-Putin summit shelved; Rosneft/Lukoil sanctions (press review)")
TONE[D] = -2
p(D, "la presse russe déchante", "neg", 1, "coop", "j", note="headline")
p(D, "à grand renfort de superlatifs", "neg", 1, "oth", "j", note="added in review; ironic on the announcement")
p(D, "en suspens", "neg", 2, "coop", "q", note="unattributed quote marks")
p(D, "un retour inattendu de la diplomatie au plus haut niveau", "pos", 2, "coop", "q", note="media as reporting voice")
p(D, "un sommet mort-né", "neg", 3, "coop", "q")
p(D, "coup de froid", "neg", 2, "coop", "q")
p(D, "porteraient l'entière responsabilité de ce report", "neg", 2, "conf", "q", note="pour X; blame")
p(D, "il n'y a là aucun drame", "pos", 1, "oth", "q", note="downplaying")
p(D, "ne lui offrirait rien d'autre qu'une séance photo", "neg", 2, "coop", "q")
p(D, "rien lâché", "neg", 2, "conf", "q")
p(D, "Parler, c'est bien", "pos", 1, "oth", "q")
p(D, "Mais il faut que ça mène quelque part", "neg", 1, "coop", "q")
p(D, "l'absence d'engagement sérieux", "neg", 2, "coop", "q")
p(D, "l'épuisement d'une méthode", "neg", 2, "coop", "q")
p(D, "se referme sur un goût amer", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a15 CGTN Français, Xi-Trump meeting in Busan 30 Oct 2025
D = "a15_cgtn_20251030"
META[D] = ("CGTN Français", "2025-10-30", "2025-10-30 Xi-Trump meeting in Busan")
TONE[D] = 2
p(D, "s'accordent pour stabiliser les relations sino-américaines", "pos", 2, "coop", "j", note="headline; agreement predicate")
p(D, "jugé normal que les deux premières économies mondiales connaissent des frictions", "neu", 1, "conf", "q", note="downplays friction; juger + que-clause")
p(D, "de ne pas laisser les différends dicter la relation", "pos", 1, "conf", "q")
p(D, "la coopération profitait aux deux pays", "pos", 2, "coop", "q", note="indirect, no marks")
p(D, "la confrontation ne ferait que des perdants", "pos", 1, "conf", "q", note="indirect; a warning against confrontation framed positively")
p(D, "prête à œuvrer avec la partie américaine à une relation saine et stable, dans le respect mutuel", "pos", 2, "coop", "q")
p(D, "exceptionnelle", "pos", 3, "coop", "q")
p(D, "bâtir quelque chose de très solide, pour très longtemps", "pos", 2, "coop", "q")
p(D, "sont parvenues à un consensus", "pos", 2, "coop", "j")
p(D, "ont convenu de maintenir des échanges réguliers", "pos", 1, "coop", "j")
p(D, "impatient de se rendre en Chine", "pos", 1, "oth", "q")
p(D, "des mois de tensions commerciales", "neg", 1, "conf", "j", note="background")
p(D, "envoie un signal positif au monde", "pos", 2, "coop", "q", note="analystes estiment que")
p(D, "reste le gouvernail des relations sino-américaines", "pos", 1, "coop", "q")
p(D, "gérer leurs divergences par la concertation plutôt que par la pression", "pos", 1, "conf", "q", note="selon lui")

# ---------------------------------------------------------------- a16 TVA Nouvelles, Carney-Trump meeting 7 Oct 2025
D = "a16_tvanouvelles_20251007"
META[D] = ("TVA Nouvelles", "2025-10-07", "2025-10-07 Carney-Trump meeting at the White House")
TONE[D] = 1
p(D, "ton chaleureux", "pos", 2, "oth", "j", note="headline")
p(D, "pas d'entente sur l'acier", "neg", 1, "coop", "j", note="headline")
p(D, "allaient accélérer leurs travaux", "pos", 1, "coop", "j")
p(D, "Loin de la tension palpable de la visite de mai", "pos", 1, "oth", "j")
p(D, "ont échangé sourires et amabilités", "pos", 1, "oth", "j")
p(D, "une relation unique", "pos", 2, "coop", "q")
p(D, "j'ai beaucoup de respect pour ce premier ministre", "pos", 2, "oth", "q")
p(D, "qui ne fait plus rire grand monde au Canada", "neg", 1, "conf", "j")
p(D, "quelqu'un qui ne lâche rien", "neu", 1, "conf", "q", note="grudging respect in a bargaining")
p(D, "On ne s'attend pas à tout régler en une journée", "neg", 1, "coop", "q", note="added in review; lowered expectations")
p(D, "on se parle franchement", "pos", 1, "oth", "q")
p(D, "ça avance", "pos", 1, "coop", "q")
p(D, "très productives", "pos", 2, "coop", "q", note="évoquer + quote-marked fragment")
p(D, "ont connu une année tumultueuse", "neg", 2, "conf", "j")
p(D, "un pas dans la bonne direction", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a17 La Libre Belgique, Armenia-Azerbaijan declaration 8 Aug 2025
D = "a17_lalibre_20250809"
META[D] = ("La Libre Belgique", "2025-08-09", "2025-08-08 Armenia-Azerbaijan joint declaration at the White House")
TONE[D] = 2
p(D, "scellent à Washington une paix longtemps jugée impossible", "pos", 3, "coop", "j", note="headline")
p(D, "doit mettre fin à plus de trois décennies de conflit", "pos", 2, "conf", "j", note="ending a conflict: positive/conflict")
p(D, "une longue poignée de main", "pos", 1, "oth", "j")
p(D, "Ce qui paraissait impensable il y a deux ans s’est produit aujourd’hui", "pos", 2, "coop", "q")
p(D, "nos enfants n’auront plus à se regarder comme des ennemis", "pos", 2, "conf", "q")
p(D, "la paix se construit, elle ne se décrète pas", "neu", 1, "coop", "q")
p(D, "Ils se détestaient", "neg", 2, "conf", "q")
p(D, "maintenant ils s’apprécient", "pos", 2, "oth", "q")
p(D, "On mesure le chemin parcouru", "pos", 2, "coop", "j")
p(D, "Tout n’est pas réglé pour autant", "neg", 1, "coop", "j")
p(D, "historique dans sa forme", "pos", 2, "coop", "q")
p(D, "fragile dans son contenu", "neg", 1, "coop", "q")
p(D, "Reste à transformer l’essai", "neu", 1, "coop", "j")
p(D, "la méfiance entre les deux sociétés reste profonde", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a18 Le Quotidien d'Oran, Algeria-France expulsions Apr 2025
D = "a18_quotidienoran_20250416"
META[D] = ("Le Quotidien d'Oran", "2025-04-16", "2025-04-13/15 Algeria-France tit-for-tat expulsions after the 31 Mar call and 6 Apr Barrot visit")
TONE[D] = -2
p(D, "l'embellie n'aura duré qu'une semaine", "neg", 2, "coop", "j", note="headline")
p(D, "relancer tous les chantiers", "pos", 1, "coop", "q")
p(D, "un climat de confiance retrouvé", "pos", 2, "coop", "q")
p(D, "en sont revenues aux expulsions croisées de diplomates", "neg", 2, "conf", "j")
p(D, "provocation délibérée", "neg", 2, "conf", "q")
p(D, "cabale", "neg", 2, "conf", "q")
p(D, "escalade", "neg", 2, "conf", "q")
p(D, "la relation algéro-française reste otage de calendriers politiques français", "neg", 2, "coop", "j")
p(D, "a fait du bras de fer avec Alger un fonds de commerce électoral", "neg", 2, "conf", "j")
p(D, "les relations glissaient de crise en crise", "neg", 2, "conf", "j")
p(D, "avait pourtant laissé entrevoir une sortie de l'impasse", "pos", 1, "coop", "j")
p(D, "volonté commune de rebâtir une relation apaisée", "pos", 2, "coop", "q")
p(D, "quelqu'un, quelque part, s'emploie à défaire ce qu'ils ont fait", "neg", 2, "coop", "q")
p(D, "le canal présidentiel n'a pas été officiellement rompu", "pos", 1, "coop", "q", note="negation framing positively; il note que")
p(D, "la confiance, déjà mince, est désormais rompue", "neg", 3, "conf", "j")

# ---------------------------------------------------------------- a19 Jeune Afrique, Niger-Benin pipeline crisis Jun 2024
D = "a19_jeuneafrique_20240605"
META[D] = ("Jeune Afrique", "2024-06-05", "2024-05/06 Niger-Benin border and pipeline crisis; mediation by former Beninese presidents")
TONE[D] = -1
p(D, "une crise qui n'en finit pas", "neg", 2, "conf", "j", note="headline")
p(D, "Sans résultat tangible", "neg", 1, "coop", "j")
p(D, "devait être le trait d'union entre les deux voisins", "neg", 1, "coop", "j", note="unrealised hope")
p(D, "leur pomme de discorde", "neg", 2, "conf", "j")
p(D, "La tension est encore montée d'un cran", "neg", 2, "conf", "j")
p(D, "Niamey accuse Cotonou de servir de base arrière à l'ancienne puissance coloniale", "neg", 2, "conf", "q")
p(D, "dément catégoriquement", "neg", 1, "conf", "q", note="added in review; denial of the accusation")
p(D, "Nous voulons la fraternité, pas la querelle", "pos", 1, "coop", "q")
p(D, "la frontière se rouvre des deux côtés, ou elle ne se rouvre pas", "neg", 1, "conf", "q", note="ultimatum")
p(D, "le Bénin n'est pas notre ennemi", "pos", 1, "conf", "q", note="negation framing positively")
p(D, "Dialogue à distance", "neg", 1, "oth", "j", note="subheading")
p(D, "le retour de la confiance entre deux peuples frères", "pos", 1, "coop", "q", note="mediators")
p(D, "n'a débouché sur aucun engagement concret", "neg", 1, "coop", "j")
p(D, "les canaux officiels sont pratiquement rompus", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a20 TV5Monde, Thailand-Cambodia ceasefire 28-29 Jul 2025
D = "a20_tv5monde_20250729"
META[D] = ("TV5Monde", "2025-07-29", "2025-07-28 Thailand-Cambodia ceasefire in Putrajaya and alleged violations")
TONE[D] = -1
p(D, "un cessez-le-feu déjà contesté", "neg", 1, "coop", "j", note="headline")
p(D, "a été mise à l'épreuve dès mardi matin", "neg", 1, "coop", "j")
p(D, "Chaque camp accuse l'autre de l'avoir violée", "neg", 2, "conf", "q", note="reciprocal accusation")
p(D, "deux voisins ont choisi de se parler plutôt que de se combattre", "pos", 2, "conf", "q", note="mediator")
p(D, "ouvert la voie", "pos", 1, "coop", "q")
p(D, "Plus réservé", "neu", 1, "oth", "j", note="added in review")
p(D, "la Thaïlande jugera sur les actes", "neg", 1, "conf", "q", note="conditional trust")
p(D, "accusé les forces cambodgiennes d'avoir ouvert le feu à plusieurs reprises", "neg", 2, "conf", "q")
p(D, "allégations sans fondement", "neg", 2, "conf", "q")
p(D, "productive", "pos", 1, "coop", "q")
p(D, "la défiance reste totale", "neg", 2, "conf", "j")
p(D, "empoisonne les relations bilatérales depuis des décennies", "neg", 2, "conf", "j")
p(D, "s'étaient brusquement tendues", "neg", 2, "conf", "j")
p(D, "tient davantage de la pause que de la paix", "neg", 2, "coop", "q")
