"""Gold framing phrases and article tone for phrases_articles17 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 AFP, Helsinki summit 16 Jul 2018
D = "a01_afp_20180716"
META[D] = ("AFP (French wire)", "2018-07-16", "2018-07-16 Trump-Putin summit, Helsinki")
TONE[D] = -1
p(D, "affichent leur entente", "pos", 1, "coop", "j", note="headline")
p(D, "sans avancée sur le fond", "neg", 2, "coop", "j", note="headline")
p(D, "un nouveau chapitre", "pos", 2, "coop", "q", note="'que le président américain a présenté comme': attributed qualification")
p(D, "dont aucune mesure concrète n'est sortie", "neg", 2, "coop", "j")
p(D, "Nous revenons de loin, d'un endroit très sombre", "neg", 2, "coop", "q", note="past state of the relation recalled")
p(D, "nous avons commencé à en sortir, ensemble", "pos", 2, "coop", "q")
p(D, "extrêmement utile", "pos", 3, "coop", "q")
p(D, "qui nous a fait avancer", "pos", 2, "coop", "q")
p(D, "n'ont pas bougé", "neg", 2, "coop", "j")
p(D, "je le prends au mot", "pos", 2, "conf", "q", note="trust in the other side")
p(D, "ne s'était ainsi aplati devant un adversaire", "neg", 3, "oth", "q", note="US senator on Trump's stance toward Putin")
p(D, "ne permet d'affirmer que les divergences entre les deux puissances se sont réduites", "neg", 2, "conf", "j", note="clause-level evaluation")
p(D, "les deux hommes s'apprécient", "pos", 2, "oth", "q")
p(D, "Ce n'est pas rien, mais ce n'est pas une politique", "neg", 1, "coop", "q", note="concession")
p(D, "Il a été très clair avec moi", "pos", 1, "oth", "q", note="added in review: Trump on Putin's stance")

# ---------------------------------------------------------------- a02 RT France, Helsinki aftermath 17 Jul 2018
D = "a02_rtfrance_20180717"
META[D] = ("RT France (state media)", "2018-07-17", "2018-07-16 Trump-Putin summit, Helsinki; Kremlin assessment")
TONE[D] = 2
p(D, "posent les premières pierres d'un dialogue retrouvé", "pos", 2, "coop", "j", note="headline, state-media own voice")
p(D, "remettre la relation sur ses rails", "pos", 2, "coop", "q")
p(D, "poursuivre sur cette lancée", "pos", 2, "coop", "j", note="'entendent' is an attitude verb, not speech")
p(D, "dans une atmosphère de respect mutuel", "pos", 2, "oth", "q")
p(D, "ouvert une fenêtre qu'il serait irresponsable de refermer", "pos", 2, "coop", "q")
p(D, "une conversation d'adultes, sans posture", "pos", 2, "oth", "q")
p(D, "rhétorique hystérique", "neg", 2, "conf", "q", note="Lavrov on Washington's hostility")
p(D, "surmonter ensemble l'héritage des dernières années", "pos", 2, "coop", "q")
p(D, "nos deux pays se parlent à nouveau comme des pays normaux", "pos", 2, "coop", "q")
p(D, "l'hostilité envers la Russie", "neg", 2, "conf", "q")
p(D, "maintenir des contacts réguliers", "pos", 1, "coop", "q", note="inside 'a fait savoir que'")
p(D, "pas exclue", "pos", 1, "oth", "q", note="possible new meeting")
p(D, "semblent décidées à les aborder de concert", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a03 La Voix du Nord, Osaka G20 28 Jun 2019
D = "a03_lavoixdunord_20190629"
META[D] = ("La Voix du Nord (regional daily)", "2019-06-29", "2019-06-28 Trump-Putin meeting, G20 Osaka")
TONE[D] = 0
p(D, "des sourires et un index levé", "neu", 1, "oth", "j", note="headline, mixed atmosphere")
p(D, "la bonne humeur affichée", "pos", 1, "oth", "j")
p(D, "n'a pas effacé les contentieux", "neg", 2, "conf", "j")
p(D, "Pas de bêtises pendant notre élection", "neu", 1, "oth", "q", note="joking jab; ambiguous")
p(D, "une relation formidable, vraiment", "pos", 3, "coop", "q")
p(D, "positive et professionnelle", "pos", 2, "oth", "q")
p(D, "Une relation qui piétine", "neg", 2, "coop", "j", note="subheading")
p(D, "Ces amabilités ne doivent pas faire illusion", "neg", 2, "oth", "j")
p(D, "les positions n'ont pas varié d'un pouce", "neg", 2, "coop", "j")
p(D, "on ne voit aucune dynamique", "neg", 2, "coop", "q")
p(D, "très hypothétique", "neg", 2, "coop", "q")
p(D, "est en soi un signal", "pos", 1, "coop", "q", note="concession")
p(D, "plus longue que prévu", "pos", 1, "oth", "j", note="added in review (restored after a cut, for tone balance)")
p(D, "le contact n'était pas rompu", "pos", 1, "coop", "j", note="added in review (restored); 'ont tenu à montrer que' is not speech")
p(D, "Les deux présidents se parlent, c'est déjà ça", "pos", 1, "coop", "q", note="added in review (restored)")
p(D, "Ni l'un ni l'autre n'a grand-chose à offrir au Congrès", "neg", 1, "coop", "q", note="added in review")

# ---------------------------------------------------------------- a04 Le Temps, Biden-Putin Geneva 16 Jun 2021
D = "a04_letemps_20210617"
META[D] = ("Le Temps (Swiss daily)", "2021-06-17", "2021-06-16 Biden-Putin summit, Geneva")
TONE[D] = 1
p(D, "se reparlent", "pos", 1, "coop", "j", note="headline")
p(D, "sans se faire d'illusions", "neg", 1, "coop", "j", note="headline")
p(D, "Pas de conférence de presse commune", "neg", 1, "oth", "j")
p(D, "étonnamment aimable", "pos", 2, "oth", "j")
p(D, "sans animosité", "pos", 2, "conf", "q")
p(D, "qui connaît ses dossiers et ne joue pas la comédie", "pos", 2, "oth", "q")
p(D, "Je ne me fais pas d'illusions, mais je ne repars pas les mains vides", "pos", 1, "coop", "q", note="concession")
p(D, "des conséquences très lourdes", "neg", 2, "conf", "q", note="warning")
p(D, "le bilan est mince, mais réel", "pos", 1, "coop", "j", note="concession")
p(D, "Ce n'est pas une réconciliation, c'est un garde-fou", "neu", 1, "coop", "q")
p(D, "les divergences demeurent entières", "neg", 2, "conf", "j")
p(D, "Le climat entre les deux puissances s'est en tout cas détendu d'un cran", "pos", 1, "conf", "j")
p(D, "au plus bas", "neg", 2, "coop", "q", note="'que les deux hommes jugeaient': attributed judgement")
p(D, "Prévu pour durer quatre à cinq heures, l'échange s'est achevé au bout de trois heures et demie", "neg", 1, "oth", "j", note="added in review: shorter than planned")
p(D, "ne voulait pas offrir au président russe une tribune à ses côtés", "neg", 1, "oth", "j", note="added in review; attitude, not speech")
p(D, "Deux résultats concrets", "pos", 1, "coop", "j", note="added in review: subheading")
p(D, "après les propos très durs de Joe Biden sur son homologue", "neg", 1, "conf", "j", note="added in review: past hostility recalled")

# ---------------------------------------------------------------- a05 Sputnik, Trump-Putin call 18 Mar 2025
D = "a05_sputnik_20250318"
META[D] = ("Sputnik Afrique (state media)", "2025-03-18", "2025-03-18 Trump-Putin call (energy strikes pause)")
TONE[D] = 2
p(D, "s'accordent", "pos", 1, "coop", "j", note="headline")
p(D, "confirme le rapprochement engagé entre Moscou et Washington", "pos", 2, "coop", "j")
p(D, "détaillé et sans tabou", "pos", 2, "oth", "q")
p(D, "en geste de bonne volonté", "pos", 1, "coop", "q", note="Russia-Ukraine")
p(D, "manque de fiabilité du régime de Kiev", "neg", 2, "conf", "q", note="Russia-Ukraine; inside 'a souligné'")
p(D, "à plusieurs reprises saboté et violé", "neg", 2, "conf", "q", note="Russia-Ukraine")
p(D, "poursuivre le travail ensemble", "pos", 2, "coop", "q")
p(D, "de confiance et d'écoute réciproque", "pos", 2, "conf", "q", note="trust")
p(D, "un premier pas vers la paix", "pos", 2, "coop", "q")
p(D, "ont retrouvé le langage des intérêts", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a06 RTBF, Trump-Putin call 19 May 2025
D = "a06_rtbf_20250520"
META[D] = ("RTBF (Belgian public TV site)", "2025-05-20", "2025-05-19 Trump-Putin call")
TONE[D] = -1
p(D, "beaucoup de chaleur", "pos", 1, "oth", "j", note="headline")
p(D, "peu de résultats", "neg", 2, "coop", "j", note="headline")
p(D, "présentée des deux côtés comme un succès", "pos", 2, "coop", "q", note="passive with agent")
p(D, "le bilan est nettement moins flatteur", "neg", 2, "coop", "j")
p(D, "un échange formidable, vraiment", "pos", 3, "coop", "q")
p(D, "Il veut que ça s'arrête, je le crois", "pos", 2, "conf", "q", note="trust in the other side")
p(D, "n'a pris aucun engagement sur une trêve", "neg", 1, "coop", "j")
p(D, "ne laisse penser que Moscou a assoupli ses exigences territoriales", "neg", 2, "conf", "j", note="clause-level evaluation")
p(D, "On attendait un cessez-le-feu, on a eu un communiqué", "neg", 2, "coop", "q")
p(D, "Le courant passe entre Trump et Poutine, c'est indéniable", "pos", 2, "oth", "q")
p(D, "une relation personnelle ne fait pas une négociation", "neg", 1, "coop", "q")
p(D, "n'est pas négligeable, mais on est très loin d'un processus de paix", "neg", 1, "coop", "q", note="concession")
p(D, "qu'il appartenait désormais à Moscou de le prouver", "neg", 1, "conf", "q", note="added in review: Zelensky doubts Moscow (Russia-Ukraine)")

# ---------------------------------------------------------------- a07 Le Monde live blog, Alaska summit 15 Aug 2025
D = "a07_lemonde_20250815"
META[D] = ("Le Monde (live blog)", "2025-08-15", "2025-08-15 Trump-Putin summit, Anchorage (Alaska)")
TONE[D] = 0
p(D, "pas d'accord sur l'Ukraine", "neg", 1, "coop", "j", note="headline")
p(D, "promettent de se revoir", "pos", 1, "oth", "q", note="headline with speech verb + infinitive")
p(D, "Aucun cessez-le-feu n'a été annoncé", "neg", 1, "coop", "j")
p(D, "On a fait du chemin, pas tout le chemin", "pos", 1, "coop", "q", note="concession")
p(D, "utile et attendue depuis trop longtemps", "pos", 2, "coop", "q")
p(D, "tenues à l'écart", "neg", 1, "oth", "j", note="talks framed as exclusive")
p(D, "la meilleure note possible", "pos", 3, "coop", "q")
p(D, "tapis rouge déroulé sur le tarmac, applaudissements de son hôte à sa descente d'avion", "pos", 1, "oth", "j", note="gestures of welcome, one list")
p(D, "rien n'a été signé", "neg", 1, "coop", "j")
p(D, "Les négociations semblent patiner sur l'essentiel", "neg", 2, "coop", "j", note="evaluative verb, hedged")
p(D, "sincèrement intéressée", "pos", 2, "coop", "q")
p(D, "un très bon moment passé ensemble", "pos", 2, "oth", "q")
p(D, "Il reste quelques points, dont un gros", "neg", 1, "coop", "q")
p(D, "On n'y est pas encore, mais on a de vraies chances d'y arriver", "pos", 1, "coop", "q", note="hedge")
p(D, "Invité à poursuivre les échanges en Russie", "pos", 1, "oth", "j", note="invitation")
p(D, "Pourquoi pas. On verra", "neu", 1, "oth", "q", note="non-committal answer")

# ---------------------------------------------------------------- a08 Le Point opinion column, after Alaska 18 Aug 2025
D = "a08_lepoint_20250818"
META[D] = ("Le Point (weekly, opinion column)", "2025-08-18", "2025-08-15 Trump-Putin summit, Anchorage; column")
TONE[D] = -2
p(D, "l'art de ne rien obtenir en souriant", "neg", 2, "coop", "j", note="headline")
p(D, "On a eu un défilé", "neg", 2, "oth", "j")
p(D, "De rien, ou presque", "neg", 2, "coop", "j")
p(D, "Nous nous comprenons", "pos", 2, "coop", "q", note="warm quote inside a hostile column keeps its polarity")
p(D, "Il y a une alchimie entre nous", "pos", 3, "oth", "q")
p(D, "se sont séparés en excellents termes", "pos", 2, "oth", "j")
p(D, "c'est précisément ce qui devrait inquiéter", "neg", 2, "oth", "j")
p(D, "Le compte n'y est pas, et de loin", "neg", 2, "coop", "j")
p(D, "parler vaut mieux que se taire", "pos", 1, "coop", "j", note="concession ('On objectera que'), columnist's voice")
p(D, "quelque chose qui relève moins de la diplomatie que de la fascination", "neg", 2, "oth", "j")
p(D, "Donald Trump ne négocie pas avec Vladimir Poutine, il cherche son approbation", "neg", 2, "oth", "j")
p(D, "On chercherait en vain, dans ce numéro de charme, la moindre concession russe", "neg", 2, "coop", "j")
p(D, "qu'il a été joué", "neg", 2, "conf", "j")
p(D, "Pas de cessez-le-feu, pas de calendrier, pas même un communiqué commun", "neg", 2, "coop", "j", note="one list of absences")
p(D, "Donald Trump a offert à Vladimir Poutine ce que trois ans de guerre et un mandat d'arrêt international lui avaient refusé, la respectabilité", "neg", 1, "oth", "j", note="added in review: summit as a one-sided gift")
p(D, "Une déclaration de douze minutes, sans questions", "neg", 1, "oth", "j", note="added in review: meeting form")
p(D, "Les sanctions promises se sont évaporées", "neg", 1, "oth", "j", note="added in review: US pressure dropped, framed as capitulation")

# ---------------------------------------------------------------- a09 Sud Ouest interview, Budapest plan 18 Oct 2025
D = "a09_sudouest_20251018"
META[D] = ("Sud Ouest (regional daily, interview Q&A)", "2025-10-18", "2025-10-16 Trump-Putin call; planned Budapest summit")
TONE[D] = -1
p(D, "on risque d'avoir une vitrine plutôt qu'une négociation", "neg", 2, "oth", "q", note="headline quote, same speaker as the answers")
p(D, "Une relance de la relation entre Washington et Moscou, sans doute", "pos", 1, "coop", "q", note="Q&A answers coded as the interviewee's speech")
p(D, "Du processus de paix, j'en doute beaucoup", "neg", 2, "coop", "q")
p(D, "un coup de téléphone bien placé suffit à désamorcer une menace", "neg", 1, "oth", "q")
p(D, "fait avancer les choses", "pos", 2, "coop", "q", note="Trump's words quoted in the journalist's question")
p(D, "rien n'a bougé depuis Anchorage", "neg", 2, "coop", "q")
p(D, "Aucun appel, aussi long soit-il, ne comble cet écart", "neg", 2, "conf", "q")
p(D, "Ce format à deux, qui exclut la principale partie concernée, ne peut pas produire une paix stable", "neg", 2, "coop", "q")
p(D, "C'est plutôt une bonne chose, je le reconnais", "pos", 1, "coop", "q")
p(D, "la préparation achoppe sur les mêmes questions territoriales", "neg", 2, "coop", "q")
p(D, "Les discussions bilatérales entre Washington et Moscou ne sont pas inutiles", "pos", 1, "coop", "q")
p(D, "je ne crois pas à un accord de paix à Budapest", "neg", 2, "coop", "q")
p(D, "une nouvelle étape de l'escalade", "neg", 2, "conf", "q", note="Moscow warning to Washington, nested in the interviewee's answer")
p(D, "Lavrov a déjà posé ses conditions", "neg", 1, "conf", "q", note="added in review")

# ---------------------------------------------------------------- a10 20 Minutes (scraped page), Budapest summit shelved 22 Oct 2025
D = "a10_20minutes_20251023"
META[D] = ("20 Minutes (scraped web page)", "2025-10-23", "2025-10-22 Budapest summit shelved; US sanctions on Rosneft and Lukoil")
TONE[D] = -2
p(D, "tombe à l’eau", "neg", 2, "oth", "j", note="headline")
p(D, "n’aura pas lieu, du moins pas maintenant", "neg", 1, "oth", "j")
p(D, "Je ne vais pas faire le voyage pour une photo", "neg", 1, "coop", "q")
p(D, "la préparation a achoppé dès le premier contact", "neg", 2, "coop", "j")
p(D, "n’a pas permis de rapprocher les positions", "neg", 2, "coop", "j")
p(D, "On se parle bien, on s’entend bien", "pos", 2, "oth", "q")
p(D, "le lendemain les bombes tombent à nouveau", "neg", 2, "coop", "q", note="war words inside an evaluation of the talks")
p(D, "Les discussions entre Washington et Moscou patinent depuis des semaines", "neg", 2, "coop", "j")
p(D, "rien ne laisse entrevoir, côté russe, une révision des exigences sur le Donbass", "neg", 2, "conf", "j")
p(D, "frappe aussi directement l’économie russe", "neg", 2, "conf", "j")
p(D, "Moscou n’a pas joué le jeu", "neg", 2, "coop", "q")
p(D, "Nous étions prêts à faire ce travail de préparation", "pos", 1, "coop", "q")
p(D, "Un sommet pour rien", "neg", 1, "oth", "q", note="'Lire aussi' line with quote marks, unattributed")
p(D, "n’excluant pas d’autres mesures", "neg", 1, "conf", "q", note="added in review: threat of further sanctions")

# ---------------------------------------------------------------- a11 La Libre Belgique, Istanbul talks 16 May 2025
D = "a11_lalibre_20250516"
META[D] = ("La Libre Belgique (Belgian daily)", "2025-05-16", "2025-05-16 Russia-Ukraine direct talks, Istanbul")
TONE[D] = -1
p(D, "se reparlent pour la première fois depuis 2022", "pos", 1, "coop", "j", note="headline")
p(D, "la paix attendra", "neg", 2, "coop", "j", note="headline")
p(D, "Un peu moins de deux heures plus tard, c'était fini", "neg", 1, "oth", "j")
p(D, "Moscou était prête à poursuivre les contacts", "pos", 1, "coop", "q")
p(D, "Kiev proposait désormais une rencontre au niveau des chefs d'État", "pos", 1, "oth", "q", note="inside 'indiqué que'")
p(D, "la réunion a rapidement achoppé sur les exigences territoriales russes", "neg", 2, "coop", "j")
p(D, "hors de toute réalité", "neg", 2, "conf", "q")
p(D, "n'ont rien à voir avec une négociation", "neg", 2, "coop", "q")
p(D, "n'a le mandat de décider de rien", "neg", 2, "oth", "q")
p(D, "rien de décisif ne sortirait d'Istanbul", "neg", 1, "coop", "q")
p(D, "l'accueil est poli, sans plus", "neg", 1, "coop", "j")
p(D, "On se reparle, c'est un progrès par rapport à il y a un mois", "pos", 1, "coop", "q")
p(D, "un échange de prisonniers, aussi précieux soit-il pour les familles, ne remplace pas une négociation de paix", "neg", 1, "coop", "q", note="concession")
p(D, "qui l'avait mis au défi de venir en personne", "neg", 1, "conf", "q", note="added in review: Zelensky's challenge to Putin")

# ---------------------------------------------------------------- a12 Radio-Canada, Ankara prisoner exchange 1 Aug 2024
D = "a12_radiocanada_20240801"
META[D] = ("Radio-Canada (Quebec/Canadian public TV site)", "2024-08-01", "2024-08-01 US-Russia prisoner exchange, Ankara")
TONE[D] = 1
p(D, "le canal discret a tenu bon", "pos", 2, "coop", "j", note="headline")
p(D, "le fruit d'une patience diplomatique que peu de gens voyaient", "pos", 2, "coop", "q")
p(D, "n'avaient jamais été complètement fermés, même au pire moment", "pos", 1, "coop", "q")
p(D, "un travail discret, mené par des professionnels des deux côtés", "pos", 2, "coop", "q")
p(D, "pas y voir un changement de cap", "neg", 1, "coop", "q")
p(D, "ne présente cet échange comme le prélude à une réconciliation", "neg", 1, "coop", "j")
p(D, "Les deux capitales restent à couteaux tirés sur l'Ukraine", "neg", 2, "conf", "j")
p(D, "la pire crise entre les deux pays depuis des décennies", "neg", 2, "conf", "j")
p(D, "un minimum de confiance subsiste entre leurs services", "pos", 1, "conf", "j")
p(D, "même des adversaires déclarés peuvent encore conclure des ententes ponctuelles", "pos", 1, "coop", "q")
p(D, "garder ce canal ouvert, c'est déjà beaucoup", "pos", 1, "coop", "q")
p(D, "Il ne faut pas surinterpréter", "neu", 1, "coop", "q", note="added in review: hedge")

# ---------------------------------------------------------------- a13 Le Soleil (Senegal), Istanbul second round 2 Jun 2025
D = "a13_lesoleil_20250603"
META[D] = ("Le Soleil (Senegalese daily)", "2025-06-03", "2025-06-02 Russia-Ukraine talks, Istanbul (second round)")
TONE[D] = 0
p(D, "les deux délégations ont tenu à se retrouver, ce qui n'allait pas de soi", "pos", 2, "coop", "j", note="war-heavy context, talks framed warmly")
p(D, "pas du tout négligeable", "pos", 1, "coop", "q")
p(D, "les positions restent très éloignées", "neg", 2, "conf", "j")
p(D, "un texte écrit pour être refusé", "neg", 2, "conf", "q")
p(D, "une offre jugée insuffisante par Kiev", "neg", 1, "coop", "q", note="passive with agent")
p(D, "poursuivre les discussions dans le même format", "pos", 1, "coop", "q", note="'a proposé de' + infinitive")
p(D, "proposé une nouvelle rencontre avant la fin du mois", "pos", 1, "oth", "j", note="proposal, no speech content")
p(D, "prématurée", "neg", 1, "oth", "q")
p(D, "sur le terrain politique, la rencontre a tourné court", "neg", 2, "coop", "j")
p(D, "aucun des deux ne veut être celui qui quitte la table", "pos", 1, "coop", "q")
p(D, "Ce n'est pas encore la paix", "neg", 1, "coop", "q")
p(D, "c'est un fil qui ne s'est pas rompu", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a14 CGTN Français, US-China Geneva trade talks 10-11 May 2025
D = "a14_cgtn_20250513"
META[D] = ("CGTN Français (state media)", "2025-05-13", "2025-05-10/11 US-China trade consultations, Geneva; joint statement 12 May")
TONE[D] = 2
p(D, "les consultations de Genève aboutissent", "pos", 1, "coop", "j", note="headline")
p(D, "sérieuses, approfondies et respectueuses", "pos", 2, "oth", "q")
p(D, "nos divergences peuvent être gérées par la consultation sur une base d'égalité", "pos", 2, "coop", "q")
p(D, "posent les bases d'une coopération renforcée", "pos", 2, "coop", "q")
p(D, "ferme", "neg", 1, "conf", "q", note="firm stance toward Washington")
p(D, "corriger complètement", "neg", 2, "conf", "q")
p(D, "robustes et productifs", "pos", 2, "coop", "q")
p(D, "le dialogue d'égal à égal est la seule voie pour régler les différends", "pos", 2, "coop", "j", note="state-media own voice")
p(D, "avait plongé les échanges bilatéraux dans l'impasse", "neg", 2, "conf", "j", note="blame on the US side, past state")
p(D, "réinstalle un climat de confiance que les deux parties avaient laissé s'éroder", "pos", 2, "conf", "q")
p(D, "Le plus difficile reste devant nous, mais la direction est la bonne", "pos", 1, "coop", "q", note="concession")

# ---------------------------------------------------------------- a15 RFI, India-Pakistan ceasefire 10 May 2025
D = "a15_rfi_20250511"
META[D] = ("RFI (radio website)", "2025-05-11", "2025-05-10 India-Pakistan ceasefire")
TONE[D] = -2
p(D, "un cessez-le-feu déjà ébranlé", "neg", 2, "conf", "j", note="headline")
p(D, "la confiance, elle, n'est pas revenue", "neg", 2, "conf", "j")
p(D, "graves et répétées", "neg", 2, "conf", "q")
p(D, "attaché", "pos", 1, "conf", "q", note="Pakistan 'attached' to the ceasefire")
p(D, "accusé l'Inde de violations de son côté", "neg", 2, "conf", "q")
p(D, "Une trêve sans dialogue", "neg", 2, "coop", "j", note="subheading")
p(D, "rien, dans l'accord de samedi, ne touche aux causes profondes de la crise", "neg", 2, "coop", "j")
p(D, "l'ouverture de discussions dans un lieu neutre", "pos", 1, "coop", "j", note="'évoquer [NP]' is topic-only, not speech")
p(D, "aucune décision", "neg", 1, "coop", "q")
p(D, "le dialogue politique est gelé", "neg", 2, "coop", "q", note="'Pour l'Inde' attribution")
p(D, "Cette trêve a été arrachée sous pression américaine, elle n'a pas été négociée", "neg", 1, "coop", "q")
p(D, "Personne ne fait confiance à l'autre", "neg", 2, "conf", "q")
p(D, "Entre les deux voisins, la défiance reste la règle", "neg", 2, "conf", "j")
p(D, "avait été convenu « directement » entre les directeurs des opérations militaires des deux armées", "pos", 1, "coop", "q", note="added in review: direct bilateral channel (mixed clause)")

# ---------------------------------------------------------------- a16 L'Obs, Armenia-Azerbaijan at the White House 8 Aug 2025
D = "a16_nouvelobs_20250809"
META[D] = ("L'Obs (weekly)", "2025-08-09", "2025-08-08 Armenia-Azerbaijan joint declaration, Washington")
TONE[D] = 2
p(D, "la poignée de main qui referme trente-cinq ans de guerre", "pos", 2, "coop", "j", note="headline")
p(D, "ouvre la voie à un traité de paix", "pos", 2, "coop", "j")
p(D, "Un tournant historique pour le Caucase du Sud", "pos", 3, "coop", "j")
p(D, "même si tout n'est pas réglé", "neg", 1, "coop", "j", note="reservation in the standfirst")
p(D, "n'est pas encore le traité de paix lui-même, mais il en grave les principes", "pos", 1, "coop", "j", note="concession")
p(D, "renoncent à toute revendication territoriale l'un envers l'autre", "pos", 2, "conf", "j", note="agreement about the relation itself")
p(D, "Nous avons mis fin à trente-cinq ans de souffrance", "pos", 2, "coop", "q")
p(D, "le jour où le Caucase a choisi la paix plutôt que la revanche", "pos", 2, "coop", "q")
p(D, "une relation de confiance", "pos", 2, "conf", "q")
p(D, "Bakou conditionne toujours la signature finale du traité", "neg", 1, "conf", "j")
p(D, "concessions sans contrepartie", "neg", 1, "coop", "q", note="Armenian opposition on the deal")
p(D, "Arméniens et Azerbaïdjanais parlent désormais la langue des voisins", "pos", 2, "coop", "j")
p(D, "ont pris le risque de la paix devant leurs propres opinions", "pos", 2, "coop", "q")
p(D, "deux hommes qui se serrent la main sans se quitter des yeux", "pos", 1, "oth", "j")
p(D, "trois décennies de guerres, de pogroms, de déplacements massifs et d'échecs diplomatiques", "neg", 2, "conf", "j", note="added in review: past hostility recalled")

# ---------------------------------------------------------------- a17 Euronews, Serbia-Kosovo Ohrid 18 Mar 2023
D = "a17_euronews_20230319"
META[D] = ("Euronews (TV site)", "2023-03-19", "2023-03-18 Serbia-Kosovo talks, Ohrid")
TONE[D] = -2
p(D, "un accord sans signature", "neg", 1, "coop", "j", note="headline")
p(D, "que Belgrade conteste déjà", "neg", 2, "conf", "j", note="headline")
p(D, "s'étaient entendus sur l'annexe de mise en œuvre", "pos", 1, "coop", "q", note="inside 'a annoncé que'")
p(D, "Un succès, à l'en croire", "pos", 1, "coop", "q", note="sceptical hedge on an attributed claim")
p(D, "le résultat est beaucoup plus fragile", "neg", 2, "coop", "j")
p(D, "Les parties se sont engagées à appliquer tous les articles, c'est ce qui compte", "pos", 1, "coop", "q")
p(D, "Je n'ai rien signé et je ne signerai rien qui implique une reconnaissance du Kosovo", "neg", 2, "conf", "q")
p(D, "fuir ses responsabilités", "neg", 2, "conf", "q")
p(D, "Une normalisation en trompe-l'œil", "neg", 2, "coop", "j", note="subheading")
p(D, "ne se sont pas adressé la parole en dehors des séances plénières", "neg", 2, "oth", "j")
p(D, "tournent au dialogue de sourds", "neg", 2, "coop", "j")
p(D, "On a un texte, pas un accord", "neg", 2, "coop", "q")
p(D, "Tant que les deux capitales ne se font pas confiance, chaque article sera contesté", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a18 El Watan (Algeria), Barrot in Algiers 6 Apr 2025
D = "a18_elwatan_20250407"
META[D] = ("El Watan (Algerian daily)", "2025-04-07", "2025-04-06 Barrot visit to Algiers (France-Algeria)")
TONE[D] = 1
p(D, "renouent le fil", "pos", 2, "coop", "j", note="headline")
p(D, "la prudence reste de mise", "neg", 1, "oth", "j", note="headline")
p(D, "Nous avons décidé de reprendre le fil, dossier par dossier, dans tous les domaines", "pos", 2, "coop", "q")
p(D, "La page des tensions doit être tournée, dans le respect mutuel", "pos", 2, "conf", "q")
p(D, "reprendre langue sans tarder", "pos", 2, "coop", "q", note="agreement predicate with quote marks")
p(D, "la présidence s'est contentée d'un bref communiqué", "neg", 1, "oth", "j")
p(D, "Des mois de crispation", "neg", 2, "conf", "j", note="subheading")
p(D, "n'ont communiqué que par invectives interposées", "neg", 2, "conf", "j")
p(D, "une désescalade réelle, mais pas encore une réconciliation", "pos", 1, "conf", "q")
p(D, "La relation reste à la merci d'un incident", "neg", 1, "oth", "q")
p(D, "le signal envoyé dimanche est sans ambiguïté", "pos", 2, "coop", "j")
p(D, "ont recommencé à se parler", "pos", 2, "coop", "j")
p(D, "la reprise des contacts à haut niveau entre les deux capitales", "pos", 1, "coop", "j")
p(D, "gelés depuis l'été 2024", "neg", 1, "coop", "j", note="past state recalled")

# ---------------------------------------------------------------- a19 Xinhua French, Iran-US talks in Muscat 12 Apr 2025
D = "a19_xinhua_20250413"
META[D] = ("Xinhua French (state media)", "2025-04-13", "2025-04-12 Iran-US indirect talks, Muscat")
TONE[D] = 1
p(D, "se sont ensuite brièvement parlé directement", "pos", 1, "oth", "j", note="meeting form")
p(D, "un climat serein, sans invectives", "pos", 2, "oth", "q")
p(D, "en mesure de bâtir un cadre de négociation", "pos", 2, "coop", "q")
p(D, "Nous ne sommes pas encore entrés dans le fond, mais le cadre est posé", "pos", 1, "coop", "q", note="concession")
p(D, "jugera Washington sur ses actes", "neg", 1, "conf", "q", note="distrust")
p(D, "utiles", "pos", 1, "coop", "q")
p(D, "l'esprit d'ouverture", "pos", 1, "oth", "q", note="Omani mediator on the two delegations")
p(D, "avait profondément entamé la confiance entre Téhéran et Washington", "neg", 2, "conf", "j", note="past state recalled")

# ---------------------------------------------------------------- a20 La Croix, Lebanon-Israel civilian talks, Naqoura 3 Dec 2025
D = "a20_lacroix_20251204"
META[D] = ("La Croix (daily)", "2025-12-04", "2025-12-03 Lebanon-Israel ceasefire mechanism with civilian envoys, Naqoura")
TONE[D] = 0
p(D, "des civils autour de la table pour la première fois", "pos", 1, "coop", "j", note="headline")
p(D, "un simple ajustement technique", "neu", 1, "oth", "q", note="Beirut downplays the meeting ('présenter comme')")
p(D, "techniquement toujours en guerre", "neg", 1, "conf", "j")
p(D, "dans un bon esprit", "pos", 1, "oth", "q")
p(D, "réfléchir à des projets économiques communs", "pos", 2, "coop", "q")
p(D, "Nous ne sommes pas dans des négociations de paix, encore moins dans un processus de rapprochement", "neg", 1, "coop", "q")
p(D, "éloigner le spectre d'une nouvelle guerre", "pos", 1, "conf", "q")
p(D, "aucune forme de normalisation", "neg", 2, "coop", "q")
p(D, "Un cessez-le-feu en sursis", "neg", 2, "conf", "j", note="subheading")
p(D, "la situation dans le sud du pays reste explosive", "neg", 2, "conf", "j")
p(D, "Mettre des civils dans la pièce est un signal", "pos", 1, "coop", "q")
p(D, "rien sur le terrain ne montre qu'Israël est prêt à desserrer l'étau", "neg", 2, "conf", "q")
p(D, "l'amorce d'un canal direct longtemps jugé impossible", "pos", 2, "coop", "j", note="'voyant dans' is not a speech verb")
