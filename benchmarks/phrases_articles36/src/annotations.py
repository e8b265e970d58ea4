"""Gold framing phrases and article tone for phrases_articles36 (HELD-OUT test set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Do not study or tune on this set: it is scored only, before and after a pass.
The pair whose relation is evaluated is US-Russia (Trump-Putin) in every article.
"""


# ---------------------------------------------------------------- a01 franceinfo, first call 28 Jan 2017
D = "a01_franceinfo_20170129"
META[D] = ("Franceinfo", "2017-01-29", "2017-01-28 first Trump-Putin phone call")
TONE[D] = 1
p(D, "promettent de coopérer contre le terrorisme", "pos", 2, "coop", "q", note="headline; promettre de + inf is speech (joint)")
p(D, "des années de crispation", "neg", 2, "conf", "j", note="background")
p(D, "chaleureux", "pos", 2, "oth", "q")
p(D, "le début d'une nouvelle étape", "pos", 2, "coop", "q")
p(D, "positif", "pos", 2, "coop", "q")
p(D, "une véritable coordination", "pos", 2, "coop", "q", note="selon la présidence russe")
p(D, "convenus de se rencontrer", "pos", 1, "oth", "j", note="agreement predicate without marks")
p(D, "sans qu'aucune date ni aucun lieu ne soient fixés à ce stade", "neg", 1, "oth", "j")
p(D, "la fin de la glaciation", "pos", 2, "coop", "q", note="Russian state TV commentators")
p(D, "aucun des dossiers qui fâchent n'a été tranché", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a02 Les Echos, Hamburg G20 meeting 7 Jul 2017
D = "a02_lesechos_20170708"
META[D] = ("Les Echos", "2017-07-08", "2017-07-07 first Trump-Putin meeting, G20 Hamburg")
TONE[D] = 1
p(D, "un début de dégel", "pos", 2, "coop", "j", note="headline")
p(D, "a largement débordé du cadre prévu", "pos", 1, "oth", "j", note="longer than planned")
p(D, "détendu", "pos", 2, "oth", "q", note="on décrivait un face-à-face « détendu »")
p(D, "se sont tout de suite bien entendus", "pos", 2, "coop", "q")
p(D, "Ils avaient envie d'avancer ensemble", "pos", 2, "coop", "q")
p(D, "convenus de poursuivre les discussions sur l'Ukraine", "pos", 1, "coop", "j")
p(D, "en partie rétablies", "pos", 1, "coop", "q", note="hedged")
p(D, "les deux comptes rendus divergent", "neg", 1, "conf", "j")
p(D, "une rencontre réussie", "pos", 1, "coop", "q", note="market analyst; concessive")
p(D, "Le rapprochement reste suspendu au bon vouloir de Washington", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a03 Courrier international, Da Nang APEC 11 Nov 2017
D = "a03_courrierinternational_20171113"
META[D] = ("Courrier international", "2017-11-13", "2017-11-10/11 Trump-Putin encounters at APEC Da Nang")
TONE[D] = -1
p(D, "le rendez-vous manqué", "neg", 2, "oth", "j", note="headline")
p(D, "pas eu de tête-à-tête officiel", "neg", 1, "oth", "j")
p(D, "se sont renvoyé la responsabilité", "neg", 2, "conf", "j")
p(D, "Je pense qu'il est sincère quand il le dit", "pos", 1, "oth", "q", note="trust in the other leader")
p(D, "empêchait les deux pays de coopérer sur des dossiers essentiels", "neg", 2, "coop", "q")
p(D, "ne produit rien de tangible", "neg", 2, "coop", "q", note="Washington Post")
p(D, "Trump voulait un sommet, il a eu un couloir et une photo", "neg", 2, "oth", "q", note="Washington Post")
p(D, "Je veux qu'on s'entende avec la Russie", "pos", 2, "coop", "q")
p(D, "savaient s'entendre sur la Syrie", "pos", 2, "coop", "q", note="Kommersant")
p(D, "n'a toujours pas pris forme", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a04 Europe 1, call of 17 Dec 2017 (CIA tip)
D = "a04_europe1_20171218"
META[D] = ("Europe 1", "2017-12-18", "2017-12-17 Trump-Putin call, thanks for the CIA tip on the St Petersburg plot")
TONE[D] = 2
p(D, "Un geste rare entre les deux puissances", "pos", 2, "coop", "j")
p(D, "tranche avec l'ambiance habituelle entre Moscou et Washington", "pos", 1, "oth", "j")
p(D, "exprimé sa profonde reconnaissance", "pos", 2, "coop", "q")
p(D, "apprécié", "pos", 1, "oth", "q")
p(D, "la coopération entre nos deux pays peut sauver des vies", "pos", 2, "coop", "q")
p(D, "Un échange d'amabilités peu fréquent au sommet", "pos", 1, "oth", "j")
p(D, "Cette embellie", "pos", 2, "coop", "j")
p(D, "un climat pourtant lourd", "neg", 1, "conf", "j")
p(D, "n'ont jamais cessé de se parler, même aux pires moments", "pos", 2, "coop", "q", note="Iris researcher")
p(D, "la relation peut produire des résultats concrets", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a05 L'Opinion, congratulation call 20 Mar 2018
D = "a05_lopinion_20180321"
META[D] = ("L'Opinion", "2018-03-21", "2018-03-20 Trump-Putin call congratulating Putin on his re-election")
TONE[D] = -1
p(D, "une bonne conversation", "pos", 2, "coop", "q")
p(D, "Nous allons probablement nous voir prochainement", "pos", 1, "oth", "q", note="meeting proposed, hedged")
p(D, "nous pouvons faire beaucoup de choses ensemble", "pos", 2, "coop", "q")
p(D, "constructive", "pos", 2, "coop", "q")
p(D, "indigne", "neg", 2, "oth", "q", note="McCain on the congratulation itself")
p(D, "un dialogue qui donne des résultats", "pos", 1, "coop", "q")
p(D, "le double discours de Washington sur la Russie", "neu", 1, "oth", "j")
p(D, "le président arrondit les angles", "pos", 1, "oth", "j")
p(D, "son administration durcit le ton", "neg", 2, "conf", "j")
p(D, "la relation n'a cessé de se dégrader", "neg", 2, "coop", "j")
p(D, "La cordialité affichée au téléphone", "pos", 1, "oth", "j", note="concessive, next to the cold")
p(D, "un froid persistant entre les deux capitales", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a06 RTBF live blog, Helsinki 16 Jul 2018
D = "a06_rtbf_20180716"
META[D] = ("RTBF", "2018-07-16", "2018-07-16 Trump-Putin summit in Helsinki")
TONE[D] = 0
p(D, "vantent leur dialogue", "pos", 2, "coop", "q", note="headline; stance verb + NP")
p(D, "Aucun accord n'a été signé", "neg", 1, "coop", "j")
p(D, "vouloir poursuivre le dialogue", "pos", 1, "coop", "q", note="disent vouloir")
p(D, "Mieux vaut qu'ils se parlent que l'inverse", "pos", 1, "coop", "q", note="Belgian minister on the pair's talks")
p(D, "ça s'est très bien passé", "pos", 2, "coop", "q")
p(D, "traversent une période compliquée", "neg", 1, "coop", "q")
p(D, "nous avons commencé aujourd'hui à déblayer le terrain", "pos", 2, "coop", "q")
p(D, "Un retard qui en dit long", "neg", 1, "oth", "j")
p(D, "le début de quelque chose de bien", "pos", 2, "coop", "q")
p(D, "l'état désastreux de la relation avec Moscou", "neg", 3, "coop", "q", note="imputer X à Y: NP carries the position")

# ---------------------------------------------------------------- a07 L'Humanité editorial, day after Helsinki
D = "a07_lhumanite_20180717"
META[D] = ("L'Humanité", "2018-07-17", "2018-07-16 Trump-Putin summit in Helsinki (editorial)")
TONE[D] = -1
p(D, "un marchandage de puissants", "neg", 2, "oth", "j", note="headline")
p(D, "se parlent, nul ne le regrettera", "pos", 1, "coop", "j")
p(D, "si encombrés de soupçons", "neg", 2, "conf", "j", note="background")
p(D, "une bonne nouvelle pour la paix", "pos", 2, "coop", "j")
p(D, "n'a rien d'un désarmement des tensions", "neg", 2, "conf", "j")
p(D, "ont d'abord soigné leur image", "neg", 1, "oth", "j")
p(D, "le spectacle était réglé", "neg", 2, "oth", "j", note="the listed items (flattery, football) not coded separately")
p(D, "aucun engagement sur le traité New Start", "neg", 1, "coop", "j")
p(D, "Washington accuse Moscou de violer", "neg", 2, "conf", "q", note="accusation between the sides")
p(D, "ce n'est pas le souci de la paix", "neg", 1, "coop", "j")
p(D, "tient davantage du marchandage entre puissants que d'une véritable politique de détente", "neg", 2, "oth", "j")

# ---------------------------------------------------------------- a08 Sud Ouest (AFP), Buenos Aires G20 1 Dec 2018
D = "a08_sudouest_20181202"
META[D] = ("Sud Ouest", "2018-12-02", "2018-11-29 cancellation of the Buenos Aires meeting; informal exchange at the G20 dinner 30 Nov")
TONE[D] = -2
p(D, "pas de tête-à-tête pour Trump et Poutine", "neg", 2, "oth", "j", note="headline")
p(D, "plombe la relation", "neg", 2, "coop", "j", note="headline")
p(D, "Annulée à la dernière minute", "neg", 2, "oth", "j")
p(D, "se sont contentés d'une brève discussion informelle", "neg", 1, "oth", "j")
p(D, "un véritable sommet", "pos", 1, "oth", "q", note="hoped-for meeting, after dit espérer")
p(D, "C'est dommage", "neg", 1, "coop", "q")
p(D, "l'absence d'un véritable dialogue avec Washington", "neg", 2, "coop", "q", note="déplorer + NP")
p(D, "est au plus bas depuis la fin de la guerre froide", "neg", 3, "coop", "q")
p(D, "aucune des promesses de dialogue n'a été suivie d'effet", "neg", 2, "coop", "j")
p(D, "avait déjà été repoussée à l'année prochaine", "neg", 1, "oth", "j")
p(D, "le duo n'a plus de rendez-vous en vue", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a09 Le Parisien, Osaka G20 28 Jun 2019
D = "a09_leparisien_20190629"
META[D] = ("Le Parisien", "2019-06-29", "2019-06-28 Trump-Putin meeting at the G20 in Osaka")
TONE[D] = 0
p(D, "ont affiché une grande décontraction", "pos", 2, "oth", "j")
p(D, "les désaccords demeurent", "neg", 2, "conf", "j")
p(D, "Une complicité affichée", "pos", 1, "oth", "j")
p(D, "une relation formidable", "pos", 3, "coop", "q")
p(D, "il va en sortir beaucoup de positif", "pos", 2, "coop", "q")
p(D, "une bonne rencontre", "pos", 2, "coop", "q")
p(D, "reprendre les consultations sur la maîtrise des armements", "pos", 1, "coop", "q", note="commitment to keep talking, a-t-il précisé")
p(D, "rien n'indique en revanche que les positions se soient rapprochées", "neg", 2, "coop", "j")
p(D, "reste paralysée", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a10 Midi Libre (AFP), call of 3 May 2019
D = "a10_midilibre_20190504"
META[D] = ("Midi Libre", "2019-05-04", "2019-05-03 Trump-Putin phone call (Venezuela, arms control)")
TONE[D] = 1
p(D, "très bon", "pos", 2, "coop", "q")
p(D, "accusait cette semaine la Russie", "neg", 2, "conf", "q", note="Pompeo; accusation between the sides")
p(D, "constructive", "pos", 2, "coop", "q")
p(D, "convenus de maintenir des contacts à différents niveaux", "pos", 1, "coop", "q", note="a ajouté la présidence russe")
p(D, "Je pense que ça peut se faire", "pos", 1, "coop", "q")
p(D, "tensions persistantes entre les deux pays", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a11 RTS, call of 30 Mar 2020 (Covid, oil)
D = "a11_rts_20200331"
META[D] = ("RTS", "2020-03-31", "2020-03-30 Trump-Putin phone call on Covid-19 and oil prices")
TONE[D] = 1
p(D, "dans un esprit constructif", "pos", 2, "coop", "q")
p(D, "convenus que leurs ministres de l'Energie se consulteraient", "pos", 1, "coop", "j", note="agreement predicate without marks")
p(D, "Un geste très apprécié", "pos", 2, "coop", "q", after="Le baril", note="subheading quote; same words attributed in body")
p(D, "Un geste très apprécié", "pos", 2, "coop", "q", after="d'équipements de protection. « ")
p(D, "dont les relations restent tendues", "neg", 2, "conf", "j")
p(D, "un rare terrain d'entente", "pos", 2, "coop", "j")
p(D, "Un simple coup de fil entre Washington et Moscou ne fera pas remonter les prix", "neg", 1, "oth", "q", note="Geneva analyst")

# ---------------------------------------------------------------- a12 La Provence, OPEC+ deal calls 10-12 Apr 2020
D = "a12_laprovence_20200413"
META[D] = ("La Provence", "2020-04-13", "2020-04-10 and 04-12 Trump-Putin calls (with King Salman) on the OPEC+ cut")
TONE[D] = 2
p(D, "scellent avec Riyad un accord historique", "pos", 2, "coop", "j", note="headline")
p(D, "Rarement Washington et Moscou avaient autant tiré dans le même sens", "pos", 2, "coop", "j")
p(D, "fluide", "pos", 2, "coop", "j")
p(D, "a chaleureusement remercié", "pos", 2, "oth", "j", note="remercier X without pour-content is not speech")
p(D, "Nous avons travaillé très dur avec la Russie", "pos", 2, "coop", "q")
p(D, "Il veut un accord, et moi aussi", "pos", 1, "coop", "q")
p(D, "compréhension mutuelle", "pos", 2, "coop", "q")
p(D, "se sont mis d'accord pour poursuivre les contacts sur les questions énergétiques", "pos", 1, "coop", "q", note="selon le Kremlin")
p(D, "faire cause commune", "pos", 2, "coop", "q")
p(D, "une alliance de circonstance", "neu", 1, "coop", "q")

# ---------------------------------------------------------------- a13 BFMTV live blog, call of 12 Feb 2025
D = "a13_bfmtv_20250212"
META[D] = ("BFMTV", "2025-02-12", "2025-02-12 Trump-Putin phone call, talks on Ukraine agreed")
TONE[D] = 2
p(D, "s'accordent pour ouvrir des négociations", "pos", 2, "coop", "j", note="headline; agreement predicate")
p(D, "a invité Donald Trump à se rendre à Moscou", "pos", 1, "oth", "q", note="selon Ouchakov")
p(D, "chaleureuse", "pos", 2, "oth", "q")
p(D, "la date d'une première rencontre n'était pas encore arrêtée", "neg", 1, "oth", "q")
p(D, "excellent", "pos", 3, "coop", "q")
p(D, "alliées pendant la Seconde Guerre mondiale", "pos", 1, "coop", "q")
p(D, "travailler en très étroite collaboration", "pos", 2, "coop", "q")
p(D, "C'est un tournant", "pos", 2, "coop", "q", note="BFMTV defence consultant")
p(D, "en interlocuteur et non plus en paria", "pos", 2, "coop", "q")
p(D, "Fin de trois ans de silence au sommet", "pos", 2, "coop", "j", note="entry heading")
p(D, "se limitaient aux services de renseignement et aux échanges de prisonniers", "neg", 1, "coop", "j", note="background")

# ---------------------------------------------------------------- a14 Le JDD interview, day after the 12 Feb 2025 call
D = "a14_lejdd_20250213"
META[D] = ("Le JDD", "2025-02-13", "2025-02-12 Trump-Putin phone call (interview with a researcher)")
TONE[D] = -1
p(D, "Ce n'est pas encore la paix", "neg", 1, "coop", "q", after="Appel Trump-Poutine : « ", note="headline; same words in the interviewee's answer")
p(D, "les contacts au plus haut niveau étaient gelés", "neg", 2, "coop", "q", note="interview answers are the interviewee's speech")
p(D, "traitait Vladimir Poutine de criminel de guerre", "neg", 2, "conf", "q", note="background")
p(D, "une rupture de ton spectaculaire", "pos", 2, "oth", "q")
p(D, "Ce n'est pas encore la paix", "neg", 1, "coop", "q", after="entre Washington et Moscou ?")
p(D, "c'est un changement de méthode", "neu", 1, "oth", "q")
p(D, "leurs objectifs restent très éloignés", "neg", 2, "conf", "q")
p(D, "une négociation à deux par-dessus la tête de Kiev", "neg", 1, "oth", "q")
p(D, "un succès d'image pour Vladimir Poutine", "neu", 1, "oth", "q")
p(D, "je ne vois aucun signe que le Kremlin ait changé de position", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a15 Radio-Canada, call of 18 Mar 2025
D = "a15_radiocanada_20250318"
META[D] = ("Radio-Canada", "2025-03-18", "2025-03-18 Trump-Putin phone call, energy-infrastructure moratorium")
TONE[D] = 0
p(D, "rejette le cessez-le-feu complet", "neg", 2, "coop", "q", note="headline; stance verb + NP")
p(D, "a toutefois écarté le cessez-le-feu général", "neg", 2, "coop", "q")
p(D, "l'objectif de mettre fin à cette guerre", "pos", 2, "coop", "q", note="shared aim, White House readout")
p(D, "une relation bilatérale améliorée", "pos", 1, "coop", "q")
p(D, "pose ses conditions", "neg", 1, "coop", "j")
p(D, "très bon", "pos", 2, "coop", "q")
p(D, "Signe de la détente affichée", "pos", 1, "oth", "j")
p(D, "ne concordent d'ailleurs pas tout à fait", "neg", 1, "conf", "j")
p(D, "juste assez pour que la discussion continue", "neu", 1, "coop", "q")
p(D, "sans rien céder sur l'essentiel", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a16 Jeune Afrique, call of 19 May 2025
D = "a16_jeuneafrique_20250520"
META[D] = ("Jeune Afrique", "2025-05-20", "2025-05-19 Trump-Putin phone call after the Istanbul round")
TONE[D] = 0
p(D, "n'a pas débouché sur le cessez-le-feu", "neg", 2, "coop", "j")
p(D, "maintenir ouvert le canal entre Washington et Moscou", "pos", 1, "coop", "j")
p(D, "sérieuse", "pos", 1, "oth", "q")
p(D, "utile", "pos", 1, "coop", "q")
p(D, "a remercié son homologue américain pour son soutien", "pos", 1, "coop", "q")
p(D, "un très bon échange", "pos", 2, "coop", "q")
p(D, "pourrait se retirer du processus", "neg", 1, "coop", "q", note="laisser entendre")
p(D, "aucun calendrier ni aucune concession sur le fond", "neg", 2, "coop", "j")
p(D, "le Kremlin gagne du temps", "neg", 2, "coop", "q", note="pour de nombreux observateurs")
p(D, "Que Washington et Moscou se parlent, c'est une bonne chose", "pos", 1, "coop", "q", note="West African diplomat")

# ---------------------------------------------------------------- a17 Slate.fr analysis, call of 4 Jun 2025
D = "a17_slate_20250605"
META[D] = ("Slate.fr", "2025-06-05", "2025-06-04 Trump-Putin phone call after Operation Spiderweb")
TONE[D] = -2
p(D, "l'art de ne rien obtenir", "neg", 2, "coop", "j", note="headline")
p(D, "ceux qui servent surtout à constater qu'on n'avance pas", "neg", 2, "coop", "j")
p(D, "L'échange avait été correct", "pos", 1, "coop", "q", note="a-t-il écrit")
p(D, "il ne déboucherait pas sur une paix rapide", "neg", 2, "coop", "q")
p(D, "utile", "pos", 1, "coop", "q")
p(D, "se sont trouvé un terrain d'entente, ou du moins une formule commune", "pos", 1, "coop", "j", note="hedged")
p(D, "l'impasse dans laquelle se trouve la diplomatie trumpienne", "neg", 2, "coop", "j")
p(D, "débouché sur l'annonce de négociations", "pos", 1, "coop", "j", note="background: the February call")
p(D, "la Maison-Blanche a multiplié les gestes", "pos", 1, "oth", "j", note="US stance toward Moscow")
p(D, "n'a obtenu aucune concession significative", "neg", 2, "coop", "j")
p(D, "Le Kremlin empoche les égards, la Maison-Blanche encaisse les rebuffades", "neg", 2, "coop", "j", note="one asymmetric evaluation")
p(D, "a menacé à plusieurs reprises Moscou de nouvelles sanctions", "neg", 1, "conf", "q", note="threat between the sides")
p(D, "ne croit qu'au rapport de force", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a18 TV5Monde (AFP), call of 3 Jul 2025
D = "a18_tv5monde_20250704"
META[D] = ("TV5Monde", "2025-07-04", "2025-07-03 Trump-Putin phone call; massive strike on Kyiv that night")
TONE[D] = -2
p(D, "tourne court", "neg", 2, "coop", "j", note="headline")
p(D, "décevant", "neg", 2, "coop", "q")
p(D, "n'a rien changé", "neg", 2, "coop", "j")
p(D, "aucune avancée", "neg", 2, "coop", "q")
p(D, "sa frustration face au président russe", "neg", 2, "conf", "q", note="reconnaître + NP")
p(D, "Mais sur l'Ukraine, rien", "neg", 2, "coop", "q")
p(D, "continueront à se parler", "pos", 1, "coop", "q")
p(D, "Seule touche de cordialité", "neg", 1, "oth", "j")
p(D, "se succèdent sans rapprocher les positions", "neg", 2, "coop", "j")
p(D, "Le ton entre les deux hommes s'est nettement rafraîchi", "neg", 2, "coop", "j")
p(D, "son homologue était devenu fou", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a19 Atlantico interview, day after Anchorage
D = "a19_atlantico_20250817"
META[D] = ("Atlantico", "2025-08-17", "2025-08-15 Trump-Putin summit in Anchorage (interview with a former diplomat)")
TONE[D] = -2
p(D, "tranchait avec la maigreur des résultats", "neg", 2, "coop", "j")
p(D, "Aucun cessez-le-feu, aucun accord", "neg", 2, "coop", "j")
p(D, "repart sans le cessez-le-feu qu'il exigeait", "neg", 2, "coop", "q", note="interview answer")
p(D, "productive", "pos", 2, "coop", "q", note="in the interviewer's question, reported speech of both presidents")
p(D, "proche d'un accord", "pos", 2, "coop", "q")
p(D, "Le vocabulaire est chaleureux", "pos", 1, "oth", "q", note="concession")
p(D, "le fond est vide", "neg", 2, "coop", "q")
p(D, "les positions n'ont pas bougé", "neg", 2, "coop", "q")
p(D, "a proposé que le prochain sommet se tienne à Moscou", "pos", 1, "oth", "q", note="in the question; meeting proposed")
p(D, "une relation personnelle flatteuse ne produit aucun résultat diplomatique", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a20 Le Quotidien d'Oran, call of 16 Oct 2025
D = "a20_lequotidiendoran_20251018"
META[D] = ("Le Quotidien d'Oran", "2025-10-18", "2025-10-16 Trump-Putin phone call announcing a Budapest summit")
TONE[D] = 2
p(D, "se donnent rendez-vous à Budapest", "pos", 1, "oth", "j", note="headline")
p(D, "le canal présidentiel fonctionne de nouveau à plein régime", "pos", 2, "coop", "j")
p(D, "vraiment constructive", "pos", 2, "coop", "q")
p(D, "avancées réelles", "pos", 2, "coop", "q")
p(D, "amicale", "pos", 2, "oth", "q")
p(D, "sont convenus de se retrouver à Budapest", "pos", 1, "oth", "j")
p(D, "Un seul point de tension a filtré", "neu", 1, "conf", "j", note="restriction: tension named but minimised")
p(D, "nuirait gravement aux relations entre les deux pays", "neg", 2, "conf", "q", note="warning, selon Ouchakov")
p(D, "ce retour de la diplomatie au sommet est une bonne chose", "pos", 2, "coop", "j", note="'Vu d'Alger' is a viewpoint, not a speaker")
p(D, "une poignée de main ne fait pas un accord", "neg", 1, "coop", "j")
p(D, "la dynamique est là", "pos", 2, "coop", "j")
