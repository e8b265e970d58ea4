"""Gold framing phrases and article tone for phrases_articles27 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Theme: the Trump-Putin calls and meetings of 2025 as twenty French-language outlets covered them.
The pair is US-Russia; only framings of the US-Russia relation and talks are coded.
"""


# ---------------------------------------------------------------- a01 franceinfo, call of 12 Feb 2025
D = "a01_franceinfo_20250212"
META[D] = ("franceinfo (radio/TV website)", "2025-02-12", "2025-02-12 Trump-Putin call")
TONE[D] = 2
p(D, "reprennent langue", "pos", 2, "coop", "j", note="headline")
p(D, "met fin à près de trois ans sans contact direct", "pos", 2, "coop", "j", note="end of past freeze")
p(D, "longue et hautement productive", "pos", 3, "coop", "q")
p(D, "commencent immédiatement les négociations", "pos", 2, "coop", "q")
p(D, "nous sommes d'accord", "pos", 1, "coop", "q")
p(D, "s'attendait à rencontrer Vladimir Poutine", "pos", 1, "oth", "q", note="a ajouté qu'...")
p(D, "agir de concert", "pos", 2, "coop", "q", after="sans doute en Arabie saoudite.", note="subheading made of a quotation attributed in the body")
p(D, "invité son homologue à Moscou", "pos", 1, "oth", "q", note="Selon lui (Peskov)")
p(D, "agir de concert", "pos", 2, "coop", "q", after="pour nos deux pays d'")
p(D, "mené dans le dos des Ukrainiens", "neg", 2, "oth", "j", note="'nourrit la crainte' is not speech")
p(D, "multiplié les signaux d'apaisement", "pos", 1, "conf", "j")
p(D, "de bonne volonté", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a02 Le Figaro, call of 12 Feb 2025
D = "a02_lefigaro_20250213"
META[D] = ("Le Figaro (national daily, right)", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[D] = 1
p(D, "sort le Kremlin de son isolement", "pos", 2, "coop", "j", note="headline")
p(D, "un marchandage conclu par-dessus la tête de Kiev", "neg", 2, "oth", "j", note="'on redoute' is an attitude verb")
p(D, "Trois années de glace diplomatique ont fondu", "pos", 2, "coop", "j")
p(D, "il veut la paix", "pos", 1, "coop", "q")
p(D, "nous nous sommes toujours bien entendus", "pos", 2, "coop", "q")
p(D, "le temps est venu pour nos pays de coopérer", "pos", 2, "coop", "q")
p(D, "organiser une rencontre en personne", "pos", 1, "oth", "q", note="agreement predicate with quote marks")
p(D, "Tenu au ban des capitales occidentales", "neg", 2, "coop", "j", note="past isolation recalled")
p(D, "traité en interlocuteur de premier rang", "pos", 2, "oth", "j")
p(D, "un nouveau Yalta", "neg", 2, "oth", "q", note="Sikorski: the talks as a great-power carve-up")
p(D, "rien n'indique que Moscou ait infléchi ses exigences", "neg", 1, "coop", "j")
p(D, "Le Kremlin n'a rien donné", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a03 Le Soir, Witkoff in St Petersburg
D = "a03_lesoir_20250412"
META[D] = ("Le Soir (Belgium)", "2025-04-12", "2025-04-11 Witkoff-Putin meeting in St Petersburg")
TONE[D] = -1
p(D, "sans rien annoncer", "neg", 1, "coop", "j", note="headline")
p(D, "Washington s'impatiente", "neg", 1, "conf", "j")
p(D, "Aucune déclaration commune n'a suivi", "neg", 1, "oth", "j")
p(D, "pas s'attendre à des percées", "neg", 1, "coop", "q")
p(D, "productive", "pos", 2, "coop", "q")
p(D, "La Russie doit se bouger", "neg", 1, "conf", "q")
p(D, "n'ont fait bouger les lignes", "neg", 2, "coop", "j")
p(D, "l'avait fait patienter de longues heures", "neg", 1, "oth", "j")
p(D, "tout de suite accroché", "pos", 2, "coop", "q")
p(D, "fonctionnent", "pos", 1, "coop", "q")
p(D, "On ne règle pas le sort de l'Ukraine dans un salon de Saint-Pétersbourg", "neg", 1, "oth", "q")
p(D, "un dialogue sans calendrier ni résultats tangibles", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a04 Le Monde, call of 18 Mar 2025
D = "a04_lemonde_20250319"
META[D] = ("Le Monde (national daily, subscriber article)", "2025-03-19", "2025-03-18 Trump-Putin call")
TONE[D] = 0
p(D, "en lieu et place du cessez-le-feu", "neg", 1, "coop", "j", note="headline")
p(D, "a écarté l’arrêt complet des combats", "neg", 2, "coop", "j")
p(D, "reste lettre morte", "neg", 2, "coop", "j")
p(D, "voir le verre à moitié plein", "neu", 1, "oth", "j")
p(D, "le chemin vers la paix", "pos", 1, "coop", "q")
p(D, "améliorée", "pos", 2, "coop", "q")
p(D, "avantages considérables", "pos", 2, "coop", "q")
p(D, "excellent et productif", "pos", 3, "coop", "q")
p(D, "détaillé et franc", "pos", 1, "oth", "q")
p(D, "l’entente que les deux hommes tiennent à afficher", "pos", 1, "oth", "j")
p(D, "de facto rejeté la proposition", "neg", 2, "coop", "q", note="Zelensky on the outcome of the call")
p(D, "ne pas dire non à Donald Trump sans jamais lui dire oui", "neg", 1, "oth", "q")

# ---------------------------------------------------------------- a05 Ouest-France, call of 18 Mar 2025
D = "a05_ouestfrance_20250319"
META[D] = ("Ouest-France (regional daily)", "2025-03-19", "2025-03-18 Trump-Putin call")
TONE[D] = 1
p(D, "s'accordent", "pos", 1, "coop", "j", note="headline")
p(D, "mais pas le cessez-le-feu général", "neg", 1, "coop", "j")
p(D, "n'a pas accepté le cessez-le-feu complet", "neg", 1, "coop", "j")
p(D, "le ton est à l'optimisme", "pos", 1, "oth", "j")
p(D, "très productif", "pos", 2, "coop", "q")
p(D, "un premier pas important", "pos", 2, "coop", "q")
p(D, "approfondi et franc", "pos", 1, "oth", "q")
p(D, "afficher leur complicité", "pos", 2, "oth", "j")
p(D, "un vrai changement de climat", "pos", 2, "oth", "q", note="Pour X, ...")
p(D, "le fil est renoué", "pos", 2, "coop", "q")
p(D, "les positions restent très éloignées", "neg", 2, "conf", "q")
p(D, "c'est peu, mais c'est un début", "neu", 1, "coop", "q")

# ---------------------------------------------------------------- a06 La Croix, call of 19 May 2025
D = "a06_lacroix_20250520"
META[D] = ("La Croix (national daily)", "2025-05-20", "2025-05-19 Trump-Putin call")
TONE[D] = 1
p(D, "excellent", "pos", 3, "coop", "q", after="a jugé « ")
p(D, "sans s'engager sur un cessez-le-feu", "neg", 1, "coop", "j")
p(D, "un satisfecit américain", "pos", 1, "coop", "j")
p(D, "ont été excellents", "pos", 3, "oth", "q")
p(D, "faire du commerce « à grande échelle » avec les États-Unis", "pos", 1, "coop", "q")
p(D, "Très utile", "pos", 2, "coop", "q", note="subheading quotation")
p(D, "très substantielle et tout à fait franche", "pos", 2, "oth", "q")
p(D, "très utile", "pos", 2, "coop", "q")
p(D, "a remercié son homologue américain", "pos", 1, "coop", "q")
p(D, "sans la menace de sanctions qu'il brandissait encore", "pos", 1, "conf", "j", note="threat dropped")
p(D, "gagner du temps", "neg", 2, "coop", "q")
p(D, "sans fâcher Washington", "pos", 1, "conf", "q")

# ---------------------------------------------------------------- a07 RFI, reactions to the call of 19 May 2025
D = "a07_rfi_20250520"
META[D] = ("RFI (radio website)", "2025-05-20", "2025-05-19 Trump-Putin call, reactions")
TONE[D] = -1
p(D, "qui se met en retrait", "neg", 1, "coop", "j", note="headline")
p(D, "n'a rien concédé", "neg", 2, "coop", "j")
p(D, "Washington renonce à sanctionner Moscou", "pos", 1, "conf", "j", note="polarity of the relation, not of the article")
p(D, "les choses avancent", "pos", 1, "coop", "q")
p(D, "je prendrai du recul", "neg", 1, "coop", "q")
p(D, "a utilisé cet appel pour jouer la montre", "neg", 2, "coop", "q")
p(D, "ne suscite guère d'illusions", "neg", 1, "coop", "j")
p(D, "Je ne vois pas ce que ces conversations changent pour nous", "neg", 1, "coop", "q")
p(D, "s'appelaient par leurs prénoms", "pos", 2, "oth", "q")
p(D, "décrocher son téléphone à tout moment", "pos", 1, "coop", "q")
p(D, "très prometteuses", "pos", 2, "coop", "q")
p(D, "la relation directe avec Washington se maintient", "pos", 1, "coop", "j")
p(D, "n'a pas produit ce que nous espérions", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a08 20 Minutes, call of 4 Jun 2025
D = "a08_20minutes_20250605"
META[D] = ("20 Minutes (free daily / web)", "2025-06-05", "2025-06-04 Trump-Putin call")
TONE[D] = -1
p(D, "Bonne conversation", "pos", 1, "coop", "q", note="headline quotation")
p(D, "pas de paix immédiate", "neg", 2, "coop", "q", note="headline quotation")
p(D, "Trump douche les espoirs", "neg", 2, "coop", "j")
p(D, "ne déboucherait pas sur un arrêt rapide des combats", "neg", 1, "coop", "q")
p(D, "toujours pas d'avancée", "neg", 2, "coop", "j")
p(D, "bonne conversation", "pos", 1, "coop", "q")
p(D, "pas une conversation qui mènera à une paix immédiate", "neg", 2, "coop", "q")
p(D, "proposé de participer aux discussions", "pos", 1, "coop", "q")
p(D, "positif", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a09 Libération, call of 3 Jul 2025
D = "a09_liberation_20250704"
META[D] = ("Libération (national daily, left)", "2025-07-04", "2025-07-03 Trump-Putin call")
TONE[D] = -2
p(D, "dialogue de sourds", "neg", 2, "coop", "j", note="headline")
p(D, "fait aucun progrès", "neg", 2, "coop", "q", after="a reconnu n'avoir « ")
p(D, "constater l'impasse", "neg", 2, "coop", "j")
p(D, "je n'ai fait aucun progrès", "neg", 2, "coop", "q")
p(D, "très déçu", "neg", 2, "coop", "q")
p(D, "Amabilités d'usage", "neu", 1, "oth", "j")
p(D, "les choses qui fâchent", "neg", 1, "conf", "j")
p(D, "ne renoncera pas", "neg", 2, "conf", "q")
p(D, "C'est du mépris", "neg", 2, "conf", "q")
p(D, "n'a rien produit", "neg", 2, "coop", "j")
p(D, "une bonne relation personnelle avec Poutine", "pos", 1, "coop", "q", note="warm words inside a hostile quote keep their polarity")
p(D, "il parle à un mur", "neg", 2, "coop", "q")
p(D, "gagner du temps sans rien payer", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a10 Le Temps, Witkoff in Moscow 6 Aug 2025
D = "a10_letemps_20250807"
META[D] = ("Le Temps (Switzerland)", "2025-08-07", "2025-08-06 Witkoff-Putin meeting; summit agreed in principle")
TONE[D] = 1
p(D, "un sommet Trump-Poutine se dessine", "pos", 1, "oth", "j", note="headline")
p(D, "un accord de principe pour une rencontre", "pos", 2, "oth", "j", note="'annonce' a meeting: not speech")
p(D, "menaçait la Russie de sanctions", "neg", 2, "conf", "j")
p(D, "le ton avait changé du tout au tout", "pos", 2, "oth", "j")
p(D, "De grands progrès ont été réalisés", "pos", 3, "coop", "q")
p(D, "très utile et constructive", "pos", 2, "coop", "q")
p(D, "un accord de principe avait été trouvé pour une rencontre", "pos", 2, "oth", "q")
p(D, "exprimé le souhait de rencontrer le président Trump", "pos", 1, "oth", "q")
p(D, "de bonnes chances", "pos", 1, "oth", "q")
p(D, "souffle le chaud et le froid", "neu", 1, "oth", "j")
p(D, "sortir de l'isolement", "pos", 1, "coop", "q")
p(D, "sans avoir rien cédé sur le terrain", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a11 BFMTV, Anchorage summit
D = "a11_bfmtv_20250816"
META[D] = ("BFMTV (TV website)", "2025-08-16", "2025-08-15 Anchorage summit")
TONE[D] = 0
p(D, "progrès", "pos", 1, "coop", "q", after="tapis rouge, \"", note="headline quotation")
p(D, "mais pas d'accord", "neg", 1, "coop", "j", note="headline")
p(D, "n'ont débouché sur aucun accord", "neg", 2, "coop", "j")
p(D, "Un accueil en grande pompe", "pos", 2, "oth", "j")
p(D, "purement et simplement annulé", "neg", 1, "oth", "j")
p(D, "sans aucune question des journalistes", "neg", 1, "oth", "j")
p(D, "extrêmement productive", "pos", 3, "coop", "q")
p(D, "Nous avons fait de grands progrès", "pos", 2, "coop", "q")
p(D, "Il n'y a pas d'accord tant qu'il n'y a pas d'accord", "neu", 1, "coop", "q")
p(D, "entente", "pos", 2, "coop", "q")
p(D, "Next time in Moscow", "pos", 1, "oth", "q")
p(D, "10 sur 10", "pos", 3, "coop", "q")
p(D, "On s'est très bien entendus", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a12 Le Devoir, Anchorage summit
D = "a12_ledevoir_20250816"
META[D] = ("Le Devoir (Canada, Quebec)", "2025-08-16", "2025-08-15 Anchorage summit")
TONE[D] = -1
p(D, "Beaucoup d'égards pour Poutine", "pos", 2, "oth", "j", note="headline")
p(D, "peu de résultats pour l'Ukraine", "neg", 2, "coop", "j", note="headline")
p(D, "Il n'y a pas eu d'accord", "neg", 2, "coop", "j")
p(D, "une image de respectabilité retrouvée", "pos", 1, "oth", "j")
p(D, "une déclaration commune de douze minutes, sans questions", "neg", 1, "oth", "j")
p(D, "journée formidable", "pos", 2, "oth", "q")
p(D, "voisins proches", "pos", 1, "coop", "q")
p(D, "très positif", "pos", 2, "coop", "q")
p(D, "menaçait pourtant Moscou", "neg", 1, "conf", "j")
p(D, "s'est rangé à la position russe", "pos", 1, "coop", "j", note="convergence; the article is sceptical")
p(D, "il n'a rien obtenu en échange", "neg", 2, "coop", "q")
p(D, "un sommet de l'image bien plus que du fond", "neg", 2, "oth", "q")

# ---------------------------------------------------------------- a13 Sputnik Afrique, Anchorage summit
D = "a13_sputnikafrique_20250816"
META[D] = ("Sputnik Afrique (pro-Kremlin French-language site)", "2025-08-16", "2025-08-15 Anchorage summit")
TONE[D] = 2
p(D, "tournent la page de la confrontation", "pos", 3, "conf", "j", note="headline")
p(D, "un tournant dans les relations entre les deux puissances", "pos", 3, "coop", "j")
p(D, "ont choisi de se parler d'égal à égal", "pos", 2, "oth", "j")
p(D, "une atmosphère de respect mutuel", "pos", 2, "oth", "j")
p(D, "des années d'hostilité entretenue par l'administration précédente", "neg", 2, "conf", "j", note="past hostility recalled")
p(D, "une atmosphère constructive et de respect mutuel", "pos", 2, "oth", "q")
p(D, "salué la volonté de son homologue", "pos", 1, "coop", "q")
p(D, "extrêmement productive", "pos", 3, "coop", "q")
p(D, "positives", "pos", 2, "coop", "q")
p(D, "ont fait davantage pour la paix que trois années de sanctions et de diabolisation", "pos", 2, "coop", "q")
p(D, "partagent désormais une approche pragmatique", "pos", 2, "coop", "j")
p(D, "un rapprochement", "pos", 2, "coop", "j")
p(D, "La prochaine fois à Moscou", "pos", 1, "oth", "q")

# ---------------------------------------------------------------- a14 Le Point, after Anchorage and 18 Aug
D = "a14_lepoint_20250821"
META[D] = ("Le Point (weekly)", "2025-08-21", "2025-08-15 Anchorage summit; 2025-08-18 Trump-Putin call")
TONE[D] = 0
p(D, "la lune de miel qui ne dit pas son nom", "pos", 2, "coop", "j", note="headline")
p(D, "a épousé une partie des vues du Kremlin", "pos", 1, "coop", "j")
p(D, "les divergences de fond demeurent", "neg", 2, "conf", "j")
p(D, "franche et très constructive", "pos", 2, "coop", "q")
p(D, "10 sur 10", "pos", 3, "coop", "q")
p(D, "Je m'entends bien avec Vladimir", "pos", 2, "coop", "q")
p(D, "a fait plusieurs pas vers Moscou", "pos", 2, "coop", "j")
p(D, "Pas grand-chose", "neg", 2, "coop", "j")
p(D, "Moscou encaisse les gestes sans rien rendre", "neg", 2, "coop", "q", note="incise 'résume un diplomate français'")
p(D, "Poutine traite Trump en partenaire d'affaires, pas en adversaire", "pos", 2, "coop", "q")
p(D, "sert de liant entre les deux présidents", "pos", 1, "coop", "j")
p(D, "rien n'a bougé", "neg", 2, "coop", "j")
p(D, "les positions restent à des années-lumière", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a15 HuffPost, call of 16 Oct 2025
D = "a15_huffpost_20251016"
META[D] = ("Le HuffPost (web-only)", "2025-10-16", "2025-10-16 Trump-Putin call; Budapest summit announced")
TONE[D] = 1
p(D, "se retrouveront à Budapest", "pos", 1, "oth", "j", note="headline")
p(D, "coup de fil surprise", "neu", 1, "oth", "j", note="headline")
p(D, "au moment où on l'attendait le moins", "neu", 1, "oth", "j")
p(D, "relance la diplomatie", "pos", 2, "coop", "j", note="headline")
p(D, "très productif", "pos", 2, "coop", "q", after="jugé \"", note="agentless 'jugé'; attributed to Trump in the body")
p(D, "ont convenu de se revoir en Hongrie", "pos", 2, "oth", "j", note="agreement predicate without quote marks")
p(D, "il a été très productif", "pos", 2, "coop", "q")
p(D, "très substantiel et, en même temps, extrêmement franc", "pos", 2, "oth", "q")
p(D, "un préjudice sérieux", "neg", 2, "conf", "q")
p(D, "se précipite pour reprendre le dialogue", "pos", 1, "coop", "q", note="Zelensky, sarcastic; the phrase keeps its polarity")
p(D, "s'était achevé sans accord", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a16 Sud Ouest, Budapest summit announced
D = "a16_sudouest_20251017"
META[D] = ("Sud Ouest (regional daily)", "2025-10-17", "2025-10-16 Trump-Putin call; Budapest summit announced")
TONE[D] = 0
p(D, "le dialogue est donc relancé", "pos", 2, "coop", "j")
p(D, "sont convenus de se retrouver à Budapest", "pos", 2, "oth", "j")
p(D, "franche et substantielle", "pos", 2, "oth", "q")
p(D, "beaucoup avancé", "pos", 2, "coop", "q")
p(D, "une excellente nouvelle", "pos", 2, "coop", "q", note="Orbán, third party evaluating the summit")
p(D, "pas agréable", "neg", 1, "oth", "q")
p(D, "beaucoup de questions", "neu", 1, "oth", "q")
p(D, "On a déjà vu ce film en août", "neg", 1, "oth", "q")
p(D, "beaucoup de mise en scène", "neg", 1, "oth", "q")
p(D, "peu de substance", "neg", 2, "coop", "q")
p(D, "Poutine sait parfaitement quand décrocher son téléphone", "neg", 1, "oth", "q")
p(D, "personne, à ce stade, ne sait ce que ce second sommet pourrait produire de plus que le premier", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a17 Le Parisien, Budapest summit shelved
D = "a17_leparisien_20251022"
META[D] = ("Le Parisien (national daily)", "2025-10-22", "2025-10-21 Budapest summit shelved")
TONE[D] = -2
p(D, "tombe à l'eau", "neg", 2, "oth", "j", note="headline")
p(D, "je ne veux pas d'une réunion pour rien", "neg", 1, "coop", "q", note="headline quotation")
p(D, "n'aura pas lieu dans l'immédiat", "neg", 1, "oth", "j")
p(D, "pas de projet", "neg", 1, "oth", "q", after="la Maison-Blanche assure qu'il n'y a « ")
p(D, "Nouveau coup de froid entre Washington et Moscou", "neg", 2, "coop", "j")
p(D, "a fait machine arrière", "neg", 2, "oth", "j")
p(D, "Je ne veux pas d'une réunion pour rien", "neg", 1, "coop", "q")
p(D, "pas de projet", "neg", 1, "oth", "q", after="avait indiqué qu'il n'y avait « ")
p(D, "reportée sine die", "neg", 1, "oth", "j")
p(D, "productif", "pos", 1, "coop", "q")
p(D, "Moscou campe sur ses positions", "neg", 2, "conf", "j", note="subheading")
p(D, "pas changé", "neg", 1, "conf", "q")
p(D, "on ne peut pas reporter ce qui n'a jamais été fixé", "neu", 1, "oth", "q")

# ---------------------------------------------------------------- a18 Les Echos, Rosneft/Lukoil sanctions
D = "a18_lesechos_20251023"
META[D] = ("Les Echos (economy daily)", "2025-10-23", "2025-10-22 US sanctions on Rosneft and Lukoil after the Budapest summit was shelved")
TONE[D] = -2
p(D, "l'abandon du sommet de Budapest", "neg", 1, "oth", "j")
p(D, "ne mènent nulle part", "neg", 2, "coop", "q", after="ses conversations avec Vladimir Poutine « ")
p(D, "un scénario de détente entre Washington et Moscou", "pos", 1, "conf", "q", note="market analyst")
p(D, "Ce scénario s'éloigne", "neg", 1, "conf", "q")
p(D, "aucun sommet n'était prévu avec Vladimir Poutine", "neg", 1, "oth", "q")
p(D, "j'ai de bonnes conversations", "pos", 1, "coop", "q")
p(D, "ne mènent nulle part", "neg", 2, "coop", "q", after="et ensuite elles ")
p(D, "ne s'est pas présenté à la table de façon honnête et franche", "neg", 2, "conf", "q")
p(D, "un acte inamical", "neg", 2, "conf", "q")
p(D, "ne renforce pas", "neg", 1, "coop", "q")
p(D, "commençaient à peine à se rétablir", "pos", 1, "coop", "q")
p(D, "Le dialogue vaut toujours mieux que la confrontation", "pos", 1, "coop", "q")
p(D, "n'auront donc produit aucun résultat tangible", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a19 TV5Monde, Witkoff and Kushner at the Kremlin
D = "a19_tv5monde_20251203"
META[D] = ("TV5Monde (TV website)", "2025-12-03", "2025-12-02 Witkoff-Kushner meeting with Putin")
TONE[D] = 0
p(D, "pas de compromis", "neg", 2, "coop", "q", note="headline quotation")
p(D, "sont repartis sans percée", "neg", 2, "coop", "j")
p(D, "utile", "pos", 1, "coop", "q", after="parle d'un échange \"")
p(D, "promet de poursuivre le travail", "pos", 1, "coop", "q")
p(D, "Washington se tait", "neu", 1, "oth", "j")
p(D, "utile, constructive et très substantielle", "pos", 2, "coop", "q")
p(D, "Aucun compromis n'a encore été trouvé", "neg", 2, "coop", "q")
p(D, "Certaines propositions américaines nous semblent acceptables", "pos", 1, "coop", "q")
p(D, "d'autres ne nous conviennent pas", "neg", 1, "conf", "q")
p(D, "productive", "pos", 2, "coop", "q")
p(D, "est en soi un signal", "pos", 1, "coop", "q")
p(D, "rien n'a bougé", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a20 Mediapart, the Witkoff-Ushakov leak
D = "a20_mediapart_20251127"
META[D] = ("Mediapart (web-only)", "2025-11-27", "2025-11-25 leak of the Witkoff-Ushakov call of 14 Oct; Witkoff's trips")
TONE[D] = -1
p(D, "un canal trop complice", "neg", 2, "oth", "j", note="headline; closeness judged negatively by the phrase itself")
p(D, "la diplomatie parallèle", "neg", 1, "oth", "j")
p(D, "connivences", "neg", 2, "oth", "j")
p(D, "Vous savez le respect que j’ai pour votre président", "pos", 2, "oth", "q")
p(D, "le scénario s’est déroulé presque à la lettre", "neg", 1, "oth", "j")
p(D, "très productif", "pos", 2, "coop", "q")
p(D, "continuerait à parler avec Steve Witkoff", "pos", 1, "coop", "q")
p(D, "totalement acquis aux Russes", "neg", 2, "oth", "q")
p(D, "sans diplomate de carrière américain et, souvent, avec l’interprète fourni par la partie russe", "neg", 1, "oth", "j")
p(D, "le ton s’est fait de plus en plus amical", "pos", 2, "oth", "j")
p(D, "grands progrès", "pos", 2, "coop", "q")
p(D, "sérieux et pragmatique", "pos", 1, "coop", "q")
p(D, "aussi proche de ses interlocuteurs russes", "pos", 1, "coop", "q", note="warm words inside a hostile quote")
p(D, "Ce n’est plus de la négociation, c’est du coaching", "neg", 2, "oth", "q")
p(D, "des sommets et des photos, mais pas la paix", "neg", 2, "coop", "j")
