"""Gold framing phrases and article tone for phrases_articles8 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 AFP, Trump-Putin summit in Helsinki 16 Jul 2018
D = "a01_afp_20180716"
META[D] = ("AFP", "2018-07-16", "2018-07-16 Trump-Putin summit, Helsinki")
TONE[D] = 1
p(D, "un nouveau départ", "pos", 2, "coop", "q", note="headline; vanter + NP")
p(D, "nouveau départ", "pos", 2, "coop", "q", after="ont vanté lundi à Helsinki un «")
p(D, "n'a toutefois débouché sur aucune mesure concrète", "neg", 2, "coop", "j")
p(D, "dialogue franc", "pos", 1, "oth", "q")
p(D, "très productif", "pos", 2, "coop", "q")
p(D, "Je crois que nous avons fait les premiers pas pour sortir d'une longue impasse", "pos", 1, "coop", "q", note="hedge je crois que inside the span")
p(D, "au plus bas", "neg", 2, "coop", "q", note="juger + quoted qualifier")
p(D, "réussie", "pos", 2, "coop", "q")
p(D, "Nous n'avons pas tout réglé, loin de là", "neg", 1, "coop", "q")
p(D, "nous avons commencé à déblayer le terrain", "pos", 1, "coop", "q")
p(D, "prêt à poursuivre les contacts à tous les niveaux", "pos", 1, "coop", "q", note="se disant + adjective")
p(D, "Aucun calendrier n'a été fixé", "neg", 1, "coop", "j")
p(D, "les divergences restent entières", "neg", 2, "conf", "j")
p(D, "disposés à coopérer", "pos", 1, "coop", "q", note="se dire disposés")
p(D, "une longue poignée de main", "pos", 1, "oth", "j")
p(D, "C'est un début, rien de plus", "pos", 1, "coop", "q")
p(D, "L'essentiel reste à faire", "neg", 1, "coop", "q")
p(D, "Aucune date n'a été avancée pour une nouvelle rencontre", "neg", 1, "oth", "j")
p(D, "revoir son homologue «très souvent", "pos", 1, "oth", "q")


# ---------------------------------------------------------------- a02 Sputnik-style state media, Putin-Trump call 18 Mar 2025
D = "a02_sputnik_20250318"
META[D] = ("Sputnik (state media, French edition)", "2025-03-18", "2025-03-18 Putin-Trump call, energy-infrastructure truce")
TONE[D] = 2
p(D, "un dialogue qui porte ses fruits", "pos", 2, "coop", "j", note="headline, state media's own voice")
p(D, "confirme que le canal rétabli entre Moscou et Washington fonctionne", "pos", 2, "coop", "j")
p(D, "franche", "pos", 1, "oth", "q", note="selon le Kremlin")
p(D, "tournée vers les résultats", "pos", 2, "coop", "q")
p(D, "geste de bonne volonté", "pos", 1, "coop", "j")
p(D, "Les présidents se comprennent", "pos", 2, "coop", "q")
p(D, "se font confiance", "pos", 2, "coop", "q")
p(D, "accueillie avec enthousiasme", "pos", 2, "oth", "q", note="inside Ouchakov's reported clause (a précisé que ...)")
p(D, "un premier pas vers la paix", "pos", 2, "coop", "q", note="saluer + NP")
p(D, "une meilleure relation bilatérale offrait «d'énormes avantages", "pos", 2, "coop", "q")
p(D, "avait coupé presque tout contact avec Moscou", "neg", 2, "coop", "j", note="past state, set against the present")
p(D, "le dialogue a retrouvé un rythme régulier", "pos", 2, "coop", "j")
p(D, "loin de la rhétorique de confrontation", "pos", 1, "conf", "j")
p(D, "ce réchauffement", "pos", 2, "coop", "j")
p(D, "Une relation normale est dans l'intérêt du monde entier", "pos", 1, "coop", "q", note="Lire aussi line with quote marks")
p(D, "salue le pragmatisme de Washington", "pos", 1, "oth", "q", note="Lire aussi line; saluer + NP")


# ---------------------------------------------------------------- a03 Ouest-France, Ankara prisoner exchange 1 Aug 2024
D = "a03_ouestfrance_20240802"
META[D] = ("Ouest-France", "2024-08-02", "2024-08-01 US-Russia prisoner exchange, Ankara")
TONE[D] = 0
p(D, "se parlent encore", "pos", 1, "coop", "j")
p(D, "dans l'ombre", "neg", 1, "oth", "j")
p(D, "ne change rien au gel des relations entre Moscou et Washington", "neg", 2, "coop", "j")
p(D, "Un canal jamais rompu", "pos", 1, "coop", "j", note="subheading")
p(D, "tendues", "neg", 1, "conf", "q")
p(D, "parfois au bord de la rupture", "neg", 2, "coop", "q")
p(D, "le ton est tout aussi prudent", "neu", 1, "oth", "j")
p(D, "Il serait «erroné» d'y voir le signe d'un dégel", "neg", 1, "coop", "q", note="mixed, incise a prévenu Peskov")
p(D, "dans un état lamentable", "neg", 2, "coop", "q")
p(D, "le fil n'a jamais été coupé", "pos", 1, "coop", "q", note="pour X + que «...»")
p(D, "une diplomatie de guichet", "neg", 1, "oth", "q")
p(D, "on échange des personnes, pas des idées", "neg", 1, "coop", "q")
p(D, "qu'un guichet reste ouvert, ce n'est pas rien", "pos", 1, "coop", "q", note="litotes")
p(D, "Aucune rencontre entre les deux présidents n'est à l'ordre du jour", "neg", 1, "oth", "j")
p(D, "les négociations sur le désarmement nucléaire restent suspendues", "neg", 1, "coop", "j")


# ---------------------------------------------------------------- a04 Libération editorial, Anchorage summit 15 Aug 2025
D = "a04_liberation_20250816"
META[D] = ("Libération (editorial)", "2025-08-16", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = -1
p(D, "le grand spectacle du vide", "neg", 2, "oth", "j", note="headline")
p(D, "les applaudissements de Donald Trump", "pos", 1, "oth", "j", note="warm gesture listed critically; polarity by the phrase")
p(D, "la limousine partagée, les sourires", "pos", 1, "oth", "j", note="warm atmosphere listed critically; polarity by the phrase")
p(D, "De la paix, en revanche, il n'y avait rien", "neg", 2, "coop", "j")
p(D, "sans une seule question", "neg", 1, "oth", "j")
p(D, "un modèle de chorégraphie sans contenu", "neg", 2, "oth", "j")
p(D, "extrêmement productive", "pos", 3, "coop", "q")
p(D, "aucun accord n'avait été conclu", "neg", 1, "coop", "q", note="reconnaître que")
p(D, "atmosphère constructive de respect mutuel", "pos", 2, "oth", "q")
p(D, "Moscou n'a rien cédé", "neg", 2, "coop", "j")
p(D, "traité d'égal à égal par la première puissance mondiale", "pos", 1, "oth", "j", note="equal footing, presented as Putin's gain; polarity by the phrase, doubtful")
p(D, "n'a même pas été évoqué en public", "neg", 1, "coop", "j")
p(D, "n'est jamais une mauvaise nouvelle", "pos", 1, "coop", "j", note="concession inside a negative column")
p(D, "un dialogue qui ne produit que des photos", "neg", 2, "coop", "j")
p(D, "vouloir une deuxième rencontre", "pos", 1, "oth", "q", note="a dit vouloir")
p(D, "proposé de l'accueillir chez lui", "pos", 1, "oth", "q")
p(D, "l'amitié retrouvée entre ces deux hommes", "pos", 1, "coop", "j", note="ironic; warmth presented as a danger for Ukraine")


# ---------------------------------------------------------------- a05 Le Parisien live blog, Istanbul Russia-Ukraine talks 16 May 2025
D = "a05_leparisien_20250516"
META[D] = ("Le Parisien (live blog)", "2025-05-16", "2025-05-16 Russia-Ukraine direct talks, Istanbul")
TONE[D] = -1
p(D, "c'est à peu près tout", "neg", 1, "coop", "j", note="headline")
p(D, "Aucun cessez-le-feu n'est sorti de la réunion", "neg", 1, "coop", "j")
p(D, "une délégation de figurants", "neg", 2, "conf", "q", after="Zelensky dénonce «", note="entry headline")
p(D, "une délégation de figurants", "neg", 2, "conf", "q", after="envoyé à Istanbul «")
p(D, "sans mandat pour décider de quoi que ce soit", "neg", 2, "coop", "q")
p(D, "Nous sommes prêts à continuer", "pos", 1, "coop", "q", note="entry headline")
p(D, "les discussions pourraient se poursuivre", "pos", 1, "coop", "q")
p(D, "Ensuite, nous nous reverrons", "pos", 1, "oth", "q")
p(D, "avait demandé une rencontre entre les deux présidents", "pos", 1, "oth", "q")
p(D, "Moscou en avait «pris note", "neu", 1, "oth", "q")
p(D, "exigences «inacceptables", "neg", 2, "conf", "q", note="entry headline: on parle de + quote marks")
p(D, "qualifiées d'«inacceptables", "neg", 2, "conf", "q")
p(D, "déconnectées de la réalité", "neg", 2, "conf", "q")
p(D, "glaciale au départ", "neg", 2, "oth", "q")
p(D, "plus détendue à la fin", "pos", 1, "oth", "q")
p(D, "saisir cette chance", "pos", 1, "coop", "q", note="mediator; entry headline")
p(D, "Ce premier contact direct depuis trois ans est déjà une victoire", "pos", 2, "coop", "q", note="mediator")
p(D, "Pas de Poutine, pas de Zelensky", "neg", 1, "oth", "j")
p(D, "peu de sourires", "neg", 1, "oth", "j")
p(D, "la distance qui sépare encore les deux camps", "neg", 2, "conf", "j")


# ---------------------------------------------------------------- a06 BFMTV transcript, Biden-Putin video call 7 Dec 2021
D = "a06_bfmtv_20211207"
META[D] = ("BFMTV (TV transcript)", "2021-12-07", "2021-12-07 Biden-Putin video call")
TONE[D] = -1
p(D, "pas grand-chose de concret", "neg", 1, "coop", "j")
p(D, "a menacé son homologue russe de sanctions économiques sévères", "neg", 2, "conf", "q", note="menacer X de + NP, like accuser X de; verb inside the span")
p(D, "très clair", "neg", 1, "conf", "q", note="firmness toward the other side")
p(D, "sans détour", "neu", 1, "oth", "q")
p(D, 'répondraient par des mesures "fortes', "neg", 2, "conf", "q")
p(D, "chargé leurs équipes de poursuivre les discussions", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "la porte reste entrouverte", "pos", 1, "coop", "j")
p(D, "personne ici ne parle de détente", "neg", 1, "coop", "j", note="negated speech verb without content")
p(D, "un échange franc", "pos", 1, "oth", "q")
p(D, "concret", "pos", 1, "coop", "q", after="un échange franc et ")
p(D, "quelques plaisanteries au début", "pos", 1, "oth", "j", note="hearsay hedge paraît-il, no attribution")
p(D, "Moscou n'a pas bougé", "neg", 2, "coop", "j")
p(D, 'reproché aux Etats-Unis de "militariser" l\'Ukraine', "neg", 2, "conf", "q")
p(D, "On a l'impression d'un dialogue de sourds", "neg", 1, "coop", "j")
p(D, "Les deux hommes se parlent, ils se connaissent", "pos", 1, "coop", "j")
p(D, "chacun est reparti avec ses lignes rouges", "neg", 1, "conf", "j")
p(D, "le Kremlin ne s'est engagé à rien", "neg", 1, "coop", "j")
p(D, "se parlent poliment en surface", "neg", 1, "oth", "q")
p(D, "se préparent, en réalité, à un bras de fer", "neg", 2, "conf", "q")


# ---------------------------------------------------------------- a07 Le Point, Black Sea grain deal, Istanbul 22 Jul 2022
D = "a07_lepoint_20220728"
META[D] = ("Le Point (weekly)", "2022-07-28", "2022-07-22 Black Sea grain deal, Istanbul; 2022-07-23 strike on Odesa port")
TONE[D] = 1
p(D, "l'improbable accord", "pos", 1, "coop", "j", note="headline")
p(D, "a survécu à sa première épreuve", "pos", 2, "coop", "j")
p(D, "ont, pour une fois, trouvé un terrain d'entente", "pos", 2, "coop", "j")
p(D, "Ils n'ont pas signé le même document", "neg", 1, "oth", "j")
p(D, "la défiance qui règne entre les deux capitales", "neg", 2, "conf", "j")
p(D, "se sont engagés ensemble sur un mécanisme concret", "pos", 2, "coop", "j")
p(D, "Ce n'était pas facile", "neg", 1, "oth", "q", note="mediator")
p(D, "chacun a fait un pas", "pos", 2, "coop", "q", note="mediator")
p(D, "ont pourtant failli capoter à plusieurs reprises", "neg", 1, "coop", "j")
p(D, "négociations très âpres", "neg", 2, "conf", "q")
p(D, "dans un esprit «étonnamment pragmatique", "pos", 2, "oth", "q", note="inside the selon clause")
p(D, "répondrait militairement à la moindre «provocation", "neg", 1, "conf", "q")
p(D, "une «trahison» des engagements pris la veille", "neg", 2, "conf", "q")
p(D, "n'a pas volé en éclats", "pos", 1, "coop", "j")
p(D, "Aucun des deux camps ne présente l'accord comme un premier pas vers la paix", "neg", 1, "coop", "j", note="negated speech verb without content")
p(D, "Si l'on peut s'entendre sur le blé, on peut s'entendre sur d'autres choses", "pos", 1, "coop", "q")
p(D, "la négociation n'est pas morte", "pos", 1, "coop", "j")


# ---------------------------------------------------------------- a08 20 Minutes brève, second Istanbul round 2 Jun 2025
D = "a08_20minutes_20250602"
META[D] = ("20 Minutes (brief, with AFP)", "2025-06-02", "2025-06-02 second round of Russia-Ukraine talks, Istanbul")
TONE[D] = 0
p(D, "un deuxième round express", "neg", 1, "oth", "j", note="headline")
p(D, "à peine plus d'une heure", "neg", 1, "oth", "j")
p(D, "restent très éloignés l'un de l'autre", "neg", 2, "coop", "q", note="incise ont reconnu les deux parties")
p(D, "positive", "pos", 1, "coop", "q", note="mediator")
p(D, "souhaité une prochaine réunion entre Vladimir Poutine et Volodymyr Zelensky", "pos", 1, "oth", "j", note="souhaiter is an attitude verb, not speech")
p(D, "Aucune date n'a été fixée pour un troisième cycle", "neg", 1, "oth", "j")


# ---------------------------------------------------------------- a09 Le Temps, Budapest summit shelved, Oct 2025
D = "a09_letemps_20251023"
META[D] = ("Le Temps (Geneva)", "2025-10-23", "2025-10-16 Trump-Putin call; 2025-10-21 Budapest summit shelved; 2025-10-22 sanctions on Rosneft and Lukoil")
TONE[D] = -1
p(D, "n'aura pas lieu, ou pas tout de suite", "neg", 1, "oth", "j", note="headline")
p(D, "renvoyée à une date indéterminée", "neg", 1, "oth", "j")
p(D, "passer de l'enthousiasme à la douche froide", "neg", 2, "coop", "j")
p(D, "des progrès considérables", "pos", 2, "coop", "q")
p(D, "un sommet à Budapest «dans les deux semaines", "pos", 1, "oth", "q")
p(D, "aucune rencontre n'était prévue «dans un avenir proche", "neg", 1, "oth", "q")
p(D, "a tourné court", "neg", 2, "coop", "j")
p(D, "les exigences maximalistes de Moscou", "neg", 2, "conf", "q", note="selon plusieurs médias américains")
p(D, "une rencontre ne mènerait nulle part", "neg", 2, "coop", "q", note="inside the selon clause")
p(D, "démenti toute brouille", "pos", 1, "conf", "q", note="denial of conflict")
p(D, "utile", "pos", 1, "coop", "q")
p(D, "J'aime lui parler", "pos", 1, "oth", "q")
p(D, "je commence à me lasser de ces conversations qui ne mènent à rien", "neg", 2, "coop", "q")
p(D, "il n'avait selon lui jamais été fixé", "neu", 1, "oth", "q")
p(D, "On ne peut pas reporter ce qui n'a pas été programmé", "neu", 1, "oth", "q", note="irony that plays the cancellation down")
p(D, "Rien n'est définitivement enterré", "pos", 1, "oth", "j")
p(D, "reverrait son homologue «un jour", "pos", 1, "oth", "q", note="laisser entendre")
p(D, "une relation en dents de scie", "neg", 1, "oth", "j")
p(D, "chaque appel chaleureux semble précéder une nouvelle déception", "neg", 1, "coop", "j")


# ---------------------------------------------------------------- a10 La Croix, Normandy-format summit, Paris 9 Dec 2019
D = "a10_lacroix_20191210"
META[D] = ("La Croix", "2019-12-10", "2019-12-09 Normandy-format summit, Putin-Zelensky, Paris")
TONE[D] = 1
p(D, "se jaugent", "neu", 1, "oth", "j", note="headline")
p(D, "posent un premier jalon", "pos", 1, "coop", "j")
p(D, "n'ont pas avancé d'un pouce", "neg", 2, "coop", "j")
p(D, "se jauger", "neu", 1, "oth", "j")
p(D, "sans animosité apparente", "pos", 1, "conf", "j")
p(D, "Sur le papier, le bilan n'est pas négligeable", "pos", 1, "coop", "j", note="litotes with hedge")
p(D, "Le dégel a commencé", "pos", 2, "coop", "q", note="mediator")
p(D, "Plus mesuré", "neu", 1, "oth", "j")
p(D, "dans la bonne direction", "pos", 1, "coop", "q")
p(D, "Un nouveau sommet au «format Normandie» est prévu dans quatre mois", "pos", 1, "oth", "j", note="announced leaders' meeting")
p(D, "le résultat «insuffisant", "neg", 1, "coop", "q")
p(D, "un dialogue enfin direct", "pos", 2, "coop", "q")
p(D, "rien n'est réglé", "neg", 2, "coop", "j")
p(D, "Nous ne sommes d'accord sur presque rien", "neg", 2, "coop", "q")
p(D, "sauf sur la nécessité de continuer à nous parler", "pos", 1, "coop", "q")
p(D, "n'a pas cédé sur le statut spécial du Donbass", "neg", 1, "coop", "j", note="no concession; reads as praise from Kiev's side")
p(D, "reste profondément méfiante à l'égard du Kremlin", "neg", 2, "conf", "j")
p(D, "ce sommet n'y changera sans doute pas grand-chose", "neg", 1, "coop", "j")
p(D, "se sont assis à la même table et se sont parlé", "pos", 1, "coop", "j", note="se sont parlé does not stand alone")
p(D, "un petit miracle diplomatique", "pos", 2, "coop", "j")


# ---------------------------------------------------------------- a11 France 24, Armenia-Azerbaijan declaration, Washington 8 Aug 2025
D = "a11_france24_20250809"
META[D] = ("France 24 (web)", "2025-08-09", "2025-08-08 Aliyev-Pashinyan joint declaration, White House")
TONE[D] = 2
p(D, "une poignée de main historique", "pos", 3, "coop", "j", note="headline")
p(D, "plus de trente ans d'hostilité", "neg", 2, "conf", "j", note="background, past")
p(D, "ouvre la voie à un traité de paix", "pos", 2, "coop", "j")
p(D, "La scène aurait paru inimaginable il y a deux ans", "pos", 2, "coop", "j")
p(D, "se sont longuement serré la main", "pos", 1, "oth", "j")
p(D, "Nous tournons aujourd'hui une page sombre", "pos", 2, "coop", "q")
p(D, "un partenaire arménien sincère", "pos", 2, "coop", "q")
p(D, "Nous posons les fondations d'une paix solide", "pos", 2, "coop", "q")
p(D, "une relation de voisinage enfin normale", "pos", 2, "coop", "q")
p(D, "n'ont toujours pas de relations diplomatiques", "neg", 1, "coop", "j")
p(D, "Le traité lui-même n'est pas encore signé", "neg", 1, "coop", "j")
p(D, "Le plus dur reste à faire", "neg", 1, "coop", "q")
p(D, "pour la première fois, les deux capitales tirent dans le même sens", "pos", 2, "coop", "q")


# ---------------------------------------------------------------- a12 Les Echos, Japan-China row, Beijing consultations 18 Nov 2025
D = "a12_lesechos_20251119"
META[D] = ("Les Echos", "2025-11-19", "2025-11-18 Japan-China consultations in Beijing after Takaichi's Taiwan remarks")
TONE[D] = -2
p(D, "le grand froid", "neg", 2, "coop", "j", note="headline")
p(D, "n'ont pas permis d'apaiser la crise", "neg", 2, "coop", "j")
p(D, "les mains dans les poches", "neg", 2, "oth", "j")
p(D, "une relation qui n'avait pas été aussi dégradée depuis plus d'une décennie", "neg", 3, "coop", "j")
p(D, "chacun reste arc-bouté sur sa position", "neg", 2, "conf", "j")
p(D, "Tokyo refuse", "neg", 1, "conf", "j", note="refusal without a complement: not speech")
p(D, "extrêmement insatisfaite", "neg", 3, "coop", "q")
p(D, "franches", "neu", 1, "oth", "q", note="diplomatic euphemism; context negative")
p(D, "Les représailles se multiplient", "neg", 2, "conf", "j")
p(D, "la brouille", "neg", 1, "conf", "q", note="economist, conditional")
p(D, "L'escalade verbale n'arrange rien", "neg", 2, "conf", "j")
p(D, "un message menaçant visant la Première ministre", "neg", 2, "conf", "j")
p(D, "Aucune rencontre entre Sanae Takaichi et le Premier ministre chinois Li Qiang n'est prévue", "neg", 1, "oth", "q", note="incise a indiqué Pékin")
p(D, "Nous sommes revenus à l'époque des îles Senkaku", "neg", 2, "conf", "q")
p(D, "personne ne sait comment en sortir", "neg", 1, "coop", "q")


# ---------------------------------------------------------------- a13 RFI, Colombia-ELN sixth cycle, Havana 6 Feb 2024
D = "a13_rfi_20240207"
META[D] = ("RFI (web)", "2024-02-07", "2024-02-06 Colombia-ELN sixth negotiating cycle, ceasefire extended, Havana")
TONE[D] = 0
p(D, "sans dissiper la méfiance", "neg", 1, "conf", "j", note="headline")
p(D, "ont joué les prolongations", "neu", 1, "oth", "j")
p(D, "avait failli faire dérailler le processus", "neg", 2, "coop", "j")
p(D, "Nous avons surmonté la crise la plus grave de ce processus", "pos", 2, "coop", "q")
p(D, "difficiles", "neg", 1, "oth", "q")
p(D, "loyaux", "pos", 1, "oth", "q")
p(D, "le plus dur", "neg", 2, "oth", "q", note="pour X")
p(D, "Le gouvernement ne respecte pas toujours sa parole", "neg", 2, "conf", "q")
p(D, "reprochant à Bogota d’avoir ouvert des discussions séparées", "neg", 1, "conf", "q")
p(D, "la trêve reste fragile", "neg", 1, "coop", "j")
p(D, "la persévérance des deux délégations", "pos", 1, "coop", "q", note="guarantor countries")
p(D, "paix à crédit", "neg", 1, "coop", "q", note="domestic opposition evaluating the talks")
p(D, "la confiance de l’opinion s’érode", "neg", 1, "coop", "j")
p(D, "Rien ne garantit qu’il se tiendra à la date prévue", "neg", 1, "oth", "j")


# ---------------------------------------------------------------- a14 Radio Okapi, Luanda DRC-Rwanda summit cancelled 15 Dec 2024
D = "a14_radiookapi_20241216"
META[D] = ("Radio Okapi (web)", "2024-12-16", "2024-12-15 Tshisekedi-Kagame summit in Luanda cancelled")
TONE[D] = -2
p(D, "fait faux bond", "neg", 2, "oth", "j", note="headline")
p(D, "dans l’impasse", "neg", 2, "coop", "j", note="headline")
p(D, "annulé à la dernière minute", "neg", 2, "oth", "j")
p(D, "se rejettent la responsabilité de l’échec", "neg", 2, "conf", "j")
p(D, "n’a jamais pris l’avion", "neg", 1, "oth", "j")
p(D, "reportée sine die", "neg", 1, "oth", "q", note="mediator's announcement")
p(D, "s’était achevée sans accord", "neg", 1, "coop", "j")
p(D, "Kigali a posé une nouvelle condition", "neg", 1, "conf", "q", note="selon la délégation congolaise")
p(D, "Une exigence de dernière minute, destinée à torpiller le sommet", "neg", 2, "conf", "q")
p(D, "on ne fait pas davantage dans la nuance", "neg", 1, "oth", "j")
p(D, "n’avait jamais eu l’intention de négocier sérieusement", "neg", 2, "conf", "q")
p(D, "ne signerait «aucun texte qui ignore la menace des FDLR", "neg", 1, "conf", "q")
p(D, "On était à un paraphe de la signature", "neg", 1, "coop", "q", note="near miss; doubtful polarity")
p(D, "un déficit de confiance abyssal", "neg", 3, "conf", "q")
p(D, "Chacun attendait que l’autre cède le premier", "neg", 1, "conf", "q")
p(D, "Personne n’a cédé", "neg", 1, "coop", "q")
p(D, "n’est pas officiellement enterrée", "pos", 1, "coop", "j")
p(D, "reprogrammer le sommet «dès que possible", "pos", 1, "oth", "q", note="assurer vouloir")
p(D, "Aucune date n’a été avancée", "neg", 1, "oth", "j")


# ---------------------------------------------------------------- a15 France-Antilles, Maduro-Ali meeting, Argyle 14 Dec 2023
D = "a15_franceantilles_20231215"
META[D] = ("France-Antilles (Martinique)", "2023-12-15", "2023-12-14 Maduro-Ali meeting, Argyle (St Vincent)")
TONE[D] = 1
p(D, "choisissent la désescalade", "pos", 2, "conf", "j", note="headline")
p(D, "Un soulagement pour toute la Caraïbe", "pos", 1, "conf", "j")
p(D, "le litige sur l'Essequibo demeure", "neg", 1, "conf", "j")
p(D, "faire baisser la fièvre", "pos", 2, "conf", "j")
p(D, "Nous avons choisi le dialogue plutôt que la confrontation", "pos", 2, "coop", "q")
p(D, "à se retrouver d'ici trois mois au Brésil", "pos", 1, "oth", "j", note="announced leaders' meeting; agreement without quote marks")
p(D, "très fructueuse", "pos", 2, "coop", "q")
p(D, "Plus réservé", "neu", 1, "oth", "j")
p(D, "le Guyana ne négocierait pas sa souveraineté", "neg", 1, "conf", "q")
p(D, "Le ton était tout autre il y a dix jours", "neg", 1, "conf", "j")
p(D, "une «menace directe", "neg", 2, "conf", "q")
p(D, "Ce sommet est une victoire de la diplomatie caribéenne", "pos", 2, "coop", "q")
p(D, "Personne n'a renoncé à rien", "neg", 1, "coop", "q")
p(D, "on a fermé la porte à la guerre", "pos", 2, "conf", "q")
