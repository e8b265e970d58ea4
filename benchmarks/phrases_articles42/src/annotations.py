"""Gold framing phrases and article tone for phrases_articles42 (HELD-OUT TEST set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Coded by an independent annotator who never saw the package code, following
/work/shared/annotation/PHRASES.md (and GUIDELINES.md for reported speech).
a01-a11: Trump-Putin; a12-a16: other pairs of sides (Trump-Kim, Erdogan-Putin, Biden-Putin,
Macron-Tebboune, Biden-Xi).
Non-breaking spaces (a02, a08, a15) are written \u00a0; typographic apostrophes (a02, a04, a08,
a11, a16) are written as they are in the text.
"""

NB = "\u00a0"

# ---------------------------------------------------------------- a01 Le Devoir, first call, 28 Jan 2017
D = "a01_ledevoir_20170130"
p(D, "promettent de se reparler", "pos", 1, "coop", "q", note="headline; promettre de + inf = reported speech (joint)")
p(D, "un engagement commun", "pos", 1, "coop", "j", note="chapô; shared commitment against IS")
p(D, "aucune date de rencontre", "neg", 1, "oth", "j")
p(D, "point de départ encourageant", "pos", 2, "coop", "q")
p(D, "avancer vite", "pos", 1, "coop", "q", note="inside assurer que")
p(D, "cordial", "pos", 2, "oth", "q", note="'cordial et tourné vers le concret' split: two evaluations joined by et")
p(D, "tourné vers le concret", "pos", 1, "oth", "q")
p(D, "véritable coordination", "pos", 2, "coop", "q", note="agreement predicate with quote marks, under selon")
p(D, "préparer une rencontre", "pos", 1, "oth", "j", note="planned meeting; charger X de is not speech")
p(D, "sans qu'aucune date ni aucun lieu n'aient été avancés", "neg", 1, "oth", "j")
p(D, "nettement plus chaleureux", "pos", 2, "oth", "j")
p(D, "la glaciation", "neg", 2, "coop", "j", note="state of the relation under Obama")
p(D, "un exercice de prise de contact, pas un tournant", "neg", 1, "oth", "q", note="Canadian academic evaluates the call")
p(D, "promis de se reparler régulièrement", "pos", 1, "coop", "q", note="incise a fait savoir la Maison-Blanche")
TONE[D] = 1
META[D] = ("Le Devoir", "2017-01-30", "2017-01-28 Trump-Putin call (first official call)")

# ---------------------------------------------------------------- a02 Le Parisien, G20 Hamburg, 7 Jul 2017
D = "a02_leparisien_20170708"
p(D, "qui s’éternise", "pos", 1, "oth", "j", note="headline; longer than planned")
p(D, "une entente cordiale", "pos", 2, "oth", "j")
p(D, "une poignée de main appuyée", "pos", 1, "oth", "j")
p(D, "bien au-delà de la demi-heure prévue", "pos", 1, "oth", "j")
p(D, "Le courant est passé tout de suite", "pos", 2, "oth", "q", after="pour autant.", note="quoted subheading, same words attributed to Tillerson in the body")
p(D, "franc", "neu", 1, "oth", "q", after="un échange «" + NB, note="diplomatic code; also inside 'France'-like strings, hence anchor")
p(D, "très constructif", "pos", 2, "coop", "q")
p(D, "Le courant est passé tout de suite", "pos", 2, "oth", "q", after="très constructif" + NB + "». «" + NB)
p(D, "n’avaient aucune envie de lever la séance", "pos", 1, "oth", "q")
p(D, "a interpellé à plusieurs reprises son homologue", "neg", 1, "conf", "q", note="under Selon lui (Tillerson)")
p(D, "accepté les assurances", "pos", 1, "oth", "q", note="Lavrov: trust in the other leader's word")
p(D, "Résultat le plus concret de la rencontre", "pos", 1, "coop", "j")
p(D, "les désaccords de fond demeurent entiers", "neg", 2, "conf", "j")
TONE[D] = 1
META[D] = ("Le Parisien", "2017-07-08", "2017-07-07 Trump-Putin first meeting, G20 Hamburg")

# ---------------------------------------------------------------- a03 Libération editorial, congratulation call, 20 Mar 2018
D = "a03_liberation_20180322"
p(D, "Le coup de fil de trop", "neg", 2, "oth", "j", note="editorial title")
p(D, "Des félicitations aussi chaleureuses que déplacées", "neg", 2, "oth", "j", note="warmth named in order to condemn it")
p(D, "un bon échange", "pos", 1, "coop", "q", note="selon ses propres mots (Trump)")
p(D, "constructive", "pos", 2, "coop", "q", note="Kremlin")
p(D, "reverrait son homologue « sans doute bientôt", "pos", 1, "oth", "q", note="hinted meeting, hedged")
p(D, "ne semble connaître ni la date ni l'ordre du jour", "neg", 1, "oth", "j")
p(D, "la cordialité personnelle", "pos", 1, "oth", "j", note="Trump's stance toward Putin; criticised but not ironic")
p(D, "n'a cessé de se dégrader", "neg", 2, "coop", "j")
p(D, "au plus bas depuis la fin de la guerre froide", "neg", 3, "coop", "j")
p(D, "La lune de miel promise en 2016 n'a jamais eu lieu", "neg", 2, "coop", "j")
p(D, "un dialogue de sourds", "neg", 2, "coop", "j")
p(D, "n'est qu'un échange de politesses", "neg", 1, "oth", "j")
p(D, "soigneusement expurgé de tout sujet qui fâche", "neg", 1, "oth", "j")
p(D, "complaisance obstinée envers le maître du Kremlin", "neg", 2, "oth", "j")
TONE[D] = -2
META[D] = ("Libération", "2018-03-22", "2018-03-20 Trump-Putin call (congratulations on re-election)")

# ---------------------------------------------------------------- a04 Le Temps live blog, Helsinki, 16 Jul 2018
D = "a04_letemps_20180716"
p(D, "sourires", "pos", 1, "oth", "j", note="headline 'sourires et zones d'ombre' split")
p(D, "zones d’ombre", "neg", 1, "oth", "j")
p(D, "plus de questions que de réponses", "neg", 1, "oth", "j")
p(D, "aucune raison de mettre en doute la parole de son homologue", "pos", 2, "oth", "q", note="a dit + inf: indirect speech; trust in the other's word")
p(D, "ouvert une nouvelle page", "pos", 2, "coop", "q")
p(D, "franc", "neu", 1, "oth", "q", after="entretien \"")
p(D, "dense", "pos", 1, "oth", "q")
p(D, "les divergences n’ont pas disparu", "neg", 1, "conf", "q")
p(D, "Moment de détente", "pos", 1, "oth", "j")
p(D, "Poutine se fait attendre", "neg", 1, "oth", "j", note="entry heading; lateness")
p(D, "a fait patienter son hôte près d’une heure", "neg", 1, "oth", "j")
p(D, "repartir sur de bonnes bases", "pos", 1, "coop", "q", note="se dire décidé à: reported")
p(D, "empoisonnées", "neg", 2, "coop", "j")
TONE[D] = 0
META[D] = ("Le Temps", "2018-07-16", "2018-07-16 Trump-Putin summit, Helsinki")

# ---------------------------------------------------------------- a05 Courrier international press review, Helsinki
D = "a05_courrierinternational_20180717"
p(D, "crie à la capitulation", "neg", 2, "conf", "q", note="headline; the press as speaker")
p(D, "le ton est à la satisfaction, mais une satisfaction prudente", "pos", 1, "oth", "j", note="journalist's summary of the Russian press, no speech verb")
p(D, "une soumission télévisée", "neg", 2, "conf", "q", note="NYT")
p(D, "un tête-à-tête à sens unique", "neg", 2, "oth", "q", note="Washington Post")
p(D, "un premier pas courageux vers la paix", "pos", 2, "coop", "q", note="Fox News editorialist")
p(D, "d'égal à égal", "pos", 2, "oth", "q", after="À Moscou, une rencontre «", note="quoted subheading, attributed in body")
p(D, "d'égal à égal", "pos", 2, "oth", "q", after="titre sur une rencontre «")
p(D, "la fin de l'isolement", "pos", 2, "coop", "q")
p(D, "Des résultats maigres", "neg", 2, "coop", "q", note="Kommersant; split from 'un canal rétabli' (joined by mais)")
p(D, "un canal rétabli", "pos", 1, "coop", "q")
p(D, "aucune percée", "neg", 1, "coop", "q")
p(D, "avec le sourire du vainqueur", "neu", 1, "oth", "q", note="a win for one side, not a verdict on the relation")
p(D, "sans fixer la date d'une prochaine rencontre", "neg", 1, "oth", "j", note="s'accorder without marks: not speech")
p(D, "pourrait inviter son homologue à Washington", "pos", 1, "oth", "q", note="laisser entendre")
TONE[D] = -1
META[D] = ("Courrier international", "2018-07-17", "2018-07-16 Trump-Putin summit, Helsinki (press review)")

# ---------------------------------------------------------------- a06 Ouest-France, Buenos Aires meeting cancelled, Nov 2018
D = "a06_ouestfrance_20181130"
p(D, "annule sa rencontre avec Poutine", "neg", 2, "oth", "j")
p(D, "regrette", "neg", 1, "coop", "q", after="le Kremlin «", note="headline; also inside 'regrettons'")
p(D, "Un nouveau coup de froid", "neg", 2, "coop", "j")
p(D, "les conditions d'une rencontre « sérieuse » n'étaient pas réunies", "neg", 1, "coop", "q", note="estimant que")
p(D, "n'a pas exclu de revoir son homologue", "pos", 1, "oth", "q")
p(D, "le moment opportun pour une rencontre", "pos", 1, "oth", "q", note="jugé devant la presse")
p(D, "aucune notification officielle", "neg", 1, "oth", "q")
p(D, "Nous regrettons cette décision", "neg", 1, "coop", "q")
p(D, "Un nouveau rendez-vous manqué", "neg", 2, "oth", "j")
p(D, "déjà exécrables", "neg", 3, "coop", "j")
p(D, "n'a débouché sur aucun accord écrit", "neg", 1, "coop", "j")
p(D, "prendre ses distances avec Moscou", "neg", 1, "coop", "q", note="Selon plusieurs commentateurs")
p(D, "pourraient tout de même échanger quelques mots", "pos", 1, "oth", "j")
TONE[D] = -2
META[D] = ("Ouest-France", "2018-11-30", "2018-11-29 Trump cancels G20 Buenos Aires meeting with Putin")

# ---------------------------------------------------------------- a07 RT France, Elbe joint statement, 25 Apr 2020
D = "a07_rtfrance_20200426"
p(D, "célèbrent ensemble", "pos", 1, "coop", "j", note="headline; «l'esprit de l'Elbe» is a name, not coded")
p(D, "Un geste symbolique fort", "pos", 2, "oth", "j")
p(D, "se tendre la main", "pos", 2, "coop", "q", note="joint statement")
p(D, "renouer avec cet héritage", "pos", 1, "coop", "q")
p(D, "une volonté partagée", "pos", 2, "coop", "q", note="Peskov")
p(D, "Un rare moment d'unité", "pos", 2, "coop", "j", note="subheading")
p(D, "restent plombées par les sanctions américaines", "neg", 2, "coop", "j")
p(D, "ont multiplié les contacts", "pos", 1, "coop", "j")
p(D, "coopération fructueuse", "pos", 2, "coop", "q", note="remercier X pour + quoted NP")
p(D, "une belle marque d'amitié", "pos", 2, "oth", "q")
p(D, "prêt à poursuivre le dialogue avec Washington", "pos", 1, "coop", "q", note="se dire prêt, under Selon le Kremlin")
TONE[D] = 2
META[D] = ("RT France", "2020-04-26", "2020-04-25 Trump-Putin joint statement on the Elbe anniversary; spring 2020 calls")

# ---------------------------------------------------------------- a08 Le Soir, call of 12 Feb 2025
D = "a08_lesoir_20250213"
p(D, "renouent le dialogue", "pos", 2, "coop", "j", note="headline; war news around it is event vocabulary")
p(D, "envisagent de se rencontrer", "pos", 1, "oth", "j", note="envisager is an attitude verb")
p(D, "Une conversation formidable", "pos", 3, "coop", "q")
p(D, "Nos équipes vont se mettre au travail dès maintenant", "pos", 2, "coop", "q")
p(D, "des visites réciproques", "pos", 1, "oth", "j", note="évoquer + NP is topic-only, not speech")
p(D, "sans calendrier", "neg", 1, "oth", "j")
p(D, "Tourner la page de la confrontation", "pos", 2, "coop", "q", note="quoted subheading, attributed in body")
p(D, "avait invité son homologue à Moscou", "pos", 1, "oth", "q")
p(D, "prêts à se rencontrer", "pos", 1, "oth", "q")
p(D, "un ton très cordial", "pos", 2, "oth", "q", note="Selon lui (Peskov)")
p(D, "tourner la page de la confrontation", "pos", 2, "coop", "q")
p(D, "Ce rapprochement spectaculaire", "pos", 2, "coop", "j")
p(D, "silence quasi total", "neg", 2, "coop", "j", note="the relation before the call")
p(D, "Un dégel encore fragile", "pos", 1, "coop", "j")
TONE[D] = 2
META[D] = ("Le Soir", "2025-02-13", "2025-02-12 Trump-Putin call")

# ---------------------------------------------------------------- a09 TV5Monde, AFP wire, call of 18 Mar 2025
D = "a09_tv5monde_20250318"
p(D, "d'accord pour une trêve limitée", "pos", 1, "coop", "j", note="headline; agreement without marks")
p(D, "sans aller jusqu'au cessez-le-feu général voulu par Washington", "neg", 1, "coop", "j")
p(D, "n'a pas cédé sur l'essentiel", "neg", 1, "conf", "j")
p(D, "approfondi", "pos", 1, "coop", "q", note="'approfondi et sans détour' split")
p(D, "sans détour", "neu", 1, "oth", "q")
p(D, "leur attachement à une paix durable", "pos", 2, "coop", "q", note="shared aim")
p(D, "rester en contact", "pos", 1, "coop", "q", note="agreement predicate with marks")
p(D, "très positif", "pos", 2, "coop", "q")
p(D, "s'est aussi dit favorable à l'idée", "pos", 1, "coop", "q", note="hockey idea: goodwill toward the other side's proposal")
p(D, "le résultat reste en deçà des attentes de Washington", "neg", 1, "coop", "q", note="Pour les diplomates européens")
p(D, "Poutine donne un peu pour garder la main", "neg", 1, "conf", "q")
p(D, "Un pas modeste", "pos", 1, "coop", "j")
p(D, "loin de la trêve générale espérée par Washington", "neg", 1, "coop", "j")
TONE[D] = 0
META[D] = ("TV5Monde (AFP)", "2025-03-18", "2025-03-18 Trump-Putin call (30-day energy strike halt)")

# ---------------------------------------------------------------- a10 RFI interview, call of 19 May 2025
D = "a10_rfi_20250520"
p(D, "ton remarquable", "pos", 2, "oth", "q", note="intro: a salué (Trump)")
p(D, "une certaine aisance", "pos", 1, "oth", "q", note="interview answers are the interviewee's speech")
p(D, "on n'a pas bougé d'un pouce", "neg", 2, "coop", "q")
p(D, "une façon de gagner du temps", "neg", 1, "coop", "q")
p(D, "la cordialité entre les deux hommes", "pos", 2, "oth", "q")
p(D, "les affaires qu'ils pourraient faire ensemble", "pos", 1, "coop", "q")
p(D, "n'a pas produit grand-chose", "neg", 2, "coop", "q")
p(D, "être traité d'égal à égal par Washington", "neu", 1, "oth", "q", note="presented as a Kremlin gain")
p(D, "Un dialogue, oui", "pos", 1, "coop", "q")
p(D, "une négociation, pas encore", "neg", 1, "coop", "q")
p(D, "on le mène en bateau", "neg", 1, "oth", "q", note="idiom, hypothetical")
p(D, "la relation peut se refroidir très vite", "neg", 1, "coop", "q")
p(D, "entretenir l'illusion d'un processus", "neg", 2, "oth", "q")
TONE[D] = -1
META[D] = ("RFI", "2025-05-20", "2025-05-19 Trump-Putin call")

# ---------------------------------------------------------------- a11 Mediapart, Anchorage summit, 15 Aug 2025
D = "a11_mediapart_20250816"
p(D, "le tapis rouge pour Poutine", "pos", 1, "oth", "j", note="headline; warm staging described critically")
p(D, "ni accord ni cessez-le-feu", "neg", 2, "coop", "j")
p(D, "Une image de complicité", "pos", 1, "oth", "j")
p(D, "n’a jamais eu lieu", "neg", 1, "oth", "j", note="working lunch")
p(D, "sans la moindre question", "neg", 1, "oth", "j")
p(D, "Nous avons beaucoup avancé", "pos", 2, "coop", "q")
p(D, "nous ne sommes pas encore au bout", "neg", 1, "coop", "q")
p(D, "un dialogue sérieux", "pos", 1, "coop", "q", note="'un dialogue sérieux et sans animosité' split")
p(D, "sans animosité", "pos", 1, "oth", "q")
p(D, "la prochaine rencontre ait lieu à Moscou", "pos", 1, "oth", "q", note="proposer que")
p(D, "la chorégraphie de la connivence", "neg", 2, "oth", "j", note="warmth mocked: negative/other")
p(D, "le bilan est maigre", "neg", 2, "coop", "j")
p(D, "une victoire d’image", "neu", 1, "oth", "j")
TONE[D] = -1
META[D] = ("Mediapart", "2025-08-16", "2025-08-15 Trump-Putin summit, Anchorage")

# ---------------------------------------------------------------- a12 France 24, Trump-Kim Hanoi summit, 28 Feb 2019
D = "a12_france24_20190228"
p(D, "se quittent sans accord", "neg", 2, "coop", "j", note="headline")
p(D, "a tourné court", "neg", 2, "coop", "j")
p(D, "Un sérieux revers", "neg", 2, "coop", "j")
p(D, "ont été brusquement annulés", "neg", 2, "oth", "j", note="lunch and signing ceremony")
p(D, "Loin de l'euphorie de Singapour", "neg", 1, "oth", "j")
p(D, "dialogue dans l'impasse", "neg", 2, "coop", "j")
p(D, "Deux versions contradictoires", "neg", 1, "conf", "j", note="subheading")
p(D, "Ce n'était pas le bon moment pour signer quoi que ce soit", "neg", 1, "coop", "q")
p(D, "amicale", "pos", 2, "oth", "q")
p(D, "Nous nous entendons toujours très bien", "pos", 2, "oth", "q")
p(D, "pourrait perdre l'envie de poursuivre le dialogue", "neg", 2, "coop", "q", note="estimer que (Choe Son-hui)")
p(D, "Aucune date n'a été fixée pour une troisième rencontre", "neg", 1, "oth", "j")
p(D, "continueraient à travailler", "pos", 1, "coop", "q", note="Pompeo; journalist's 'seulement' is outside")
TONE[D] = -2
META[D] = ("France 24", "2019-02-28", "2019-02-27/28 Trump-Kim summit, Hanoi (US-North Korea)")

# ---------------------------------------------------------------- a13 L'Orient-Le Jour, Erdogan-Putin, Moscow, 5 Mar 2020
D = "a13_lorientlejour_20200306"
p(D, "s'entendent sur un cessez-le-feu", "pos", 2, "coop", "j", note="headline; agreement without marks")
p(D, "discussions tendues", "neg", 2, "conf", "j")
p(D, "trouvé un terrain d'entente", "pos", 2, "coop", "q")
p(D, "nos points de vue ne coïncident pas toujours", "neg", 1, "conf", "q")
p(D, "Nos relations ont toujours su surmonter les crises", "pos", 2, "coop", "q")
p(D, "une base solide", "pos", 2, "coop", "q")
p(D, "a présenté ses condoléances", "pos", 1, "oth", "q", note="stance verb + NP")
p(D, "patienté de longues minutes", "neg", 1, "oth", "j")
p(D, "jugée humiliante", "neg", 2, "oth", "q", note="attributed to the Turkish opposition press")
p(D, "Un compromis fragile", "neg", 1, "coop", "j", note="subheading")
p(D, "un partenariat indispensable", "pos", 1, "coop", "j", note="'indispensable mais conflictuel' split")
p(D, "conflictuel", "neg", 2, "conf", "j")
p(D, "sauver la face", "neu", 1, "oth", "q", note="Pour plusieurs analystes")
TONE[D] = 1
META[D] = ("L'Orient-Le Jour", "2020-03-06", "2020-03-05 Erdogan-Putin meeting, Moscow (Idlib ceasefire; Turkey-Russia)")

# ---------------------------------------------------------------- a14 RTBF, Biden-Putin Geneva summit, 16 Jun 2021
D = "a14_rtbf_20210616"
p(D, "renouent le fil", "pos", 1, "coop", "j", note="headline")
p(D, "sans se faire confiance", "neg", 1, "oth", "j")
p(D, "Il n'y a pas eu de conférence de presse commune", "neg", 1, "oth", "j")
p(D, "constructif", "pos", 2, "coop", "q", note="'constructif, sans éclats de voix' split")
p(D, "sans éclats de voix", "pos", 1, "oth", "q")
p(D, "direct", "neu", 1, "oth", "q", after="de \"", note="'direct et professionnel' split; diplomatic code")
p(D, "professionnel", "pos", 1, "oth", "q")
p(D, "conséquences très lourdes", "neg", 2, "conf", "q", note="mettre en garde contre")
p(D, "un premier geste d'apaisement", "pos", 1, "coop", "j")
p(D, "Sans percée", "neg", 1, "coop", "j", note="subheading split at the comma")
p(D, "sans rupture", "pos", 1, "coop", "j")
p(D, "les désaccords restent profonds", "neg", 2, "conf", "j")
p(D, "Aucun calendrier n'a été fixé pour une nouvelle rencontre", "neg", 1, "oth", "j")
p(D, "permet au moins de garder les canaux ouverts", "pos", 1, "coop", "q", note="Belgian PM evaluates the talks")
TONE[D] = 0
META[D] = ("RTBF", "2021-06-16", "2021-06-16 Biden-Putin summit, Geneva (US-Russia)")

# ---------------------------------------------------------------- a15 TSA, Macron's visit to Algeria, 25-27 Aug 2022
D = "a15_tsa_20220828"
p(D, "partenariat renouvelé", "pos", 2, "coop", "q", after="scellent un «", note="headline; the same words inside the declaration's title are a name, not coded")
p(D, "visite très réussie", "pos", 2, "coop", "q")
p(D, "regarder ensemble vers l'avenir", "pos", 2, "coop", "q")
p(D, "intensifier les échanges de haut niveau", "pos", 1, "coop", "q", note="agreement predicate with marks")
p(D, "après des mois de brouille", "neg", 2, "conf", "j")
p(D, "nettement plus détendu", "pos", 2, "oth", "j")
p(D, "une complicité affichée", "pos", 2, "oth", "q", note="la presse a relevé + NP")
p(D, "dossier qui fâche", "neg", 1, "conf", "j", note="subheading")
p(D, "reste toutefois en suspens", "neg", 1, "coop", "j")
p(D, "une réconciliation pragmatique plus qu'un grand soir", "pos", 1, "coop", "q")
p(D, "Les deux capitales ont besoin l'une de l'autre", "pos", 1, "coop", "q")
p(D, "la mémoire reste un terrain miné", "neg", 1, "conf", "q")
p(D, "Un réchauffement tangible, que les prochains mois devront confirmer", "pos", 2, "coop", "j")
TONE[D] = 2
META[D] = ("TSA (Tout sur l'Algérie)", "2022-08-28", "2022-08-25/27 Macron state visit to Algeria, Algiers declaration (France-Algeria)")

# ---------------------------------------------------------------- a16 Les Echos, Biden-Xi Woodside, 15 Nov 2023
D = "a16_lesechos_20231116"
p(D, "un dégel prudent", "pos", 1, "coop", "j", note="headline; espérer is an attitude verb")
p(D, "promenade détendue", "pos", 1, "oth", "j")
p(D, "franc", "neu", 1, "oth", "q", after="un entretien «", note="'franc et utile' split")
p(D, "utile", "pos", 1, "coop", "q")
p(D, "tout intérêt à s’entendre", "pos", 2, "coop", "q")
p(D, "stabiliser la relation", "pos", 1, "coop", "q", note="réaffirmer la volonté de")
p(D, "la question la plus sensible", "neg", 1, "conf", "q")
p(D, "tombée au plus bas", "neg", 2, "coop", "j", note="February, balloon crisis")
p(D, "rien n’a bougé en matière commerciale", "neg", 1, "coop", "j")
p(D, "considérait son homologue comme un dictateur", "neg", 2, "conf", "q")
p(D, "a jeté un froid", "neg", 2, "oth", "j")
p(D, "manipulation politique", "neg", 2, "conf", "q")
p(D, "l’amélioration de l’atmosphère", "pos", 1, "oth", "j")
p(D, "une trêve, pas une réconciliation", "neu", 1, "coop", "q")
TONE[D] = 1
META[D] = ("Les Echos", "2023-11-16", "2023-11-15 Biden-Xi meeting, Woodside (US-China)")
