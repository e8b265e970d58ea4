"""Gold framing phrases and article tone for phrases_articles30 (HELD-OUT test set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Theme: what a scraper brings back on the Trump-Putin phone calls (2017-2020, 2025).
The pair whose relation is evaluated is always Trump/Putin, Washington/Moscow, the US/Russia.
Do not study or tune on this set: it is scored only, before and after a pass.
"""


# ---------------------------------------------------------------- a01 AFP, first call 28 Jan 2017
D = "a01_afp_20170128"
META[D] = ("AFP", "2017-01-28", "2017-01-28 first Trump-Putin phone call")
TONE[D] = 1
p(D, "relancer la coopération", "pos", 2, "coop", "q", note="headline; promettent de + inf. is reported speech")
p(D, "le point de départ d'une relation à reconstruire", "pos", 1, "coop", "q", note="NP complement of 'présenté comme', attributed to both capitals")
p(D, "constructif", "pos", 2, "coop", "q")
p(D, "rétablir une coopération pragmatique", "pos", 2, "coop", "q")
p(D, "disposition à œuvrer activement à la stabilisation des relations russo-américaines", "pos", 2, "coop", "q")
p(D, "un début encourageant", "pos", 2, "coop", "q")
p(D, "préparer une rencontre", "pos", 1, "oth", "q", note="incise 'a indiqué le Kremlin'")
p(D, "le changement d'atmosphère est spectaculaire", "pos", 2, "oth", "q", note="Moscow analyst")
p(D, "une atmosphère ne fait pas une politique", "neg", 1, "coop", "q", note="analyst's reservation on substance")


# ---------------------------------------------------------------- a02 Le Figaro, call of 2 May 2017
D = "a02_lefigaro_20170502"
META[D] = ("Le Figaro", "2017-05-02", "2017-05-02 Trump-Putin phone call (Syria, G20 meeting)")
TONE[D] = 0
p(D, "renouer un dialogue interrompu", "pos", 2, "coop", "j", note="standfirst")
p(D, "très positif", "pos", 2, "coop", "q")
p(D, "constructive", "pos", 2, "coop", "q")
p(D, "accélérer les contacts", "pos", 2, "coop", "q", note="selon la présidence russe")
p(D, "se verraient en marge du sommet du G20", "pos", 1, "oth", "q", note="meeting confirmed, que-clause of 'a confirmé'")
p(D, "Un mois de crispation", "neg", 2, "conf", "j", note="subheading")
p(D, "la confiance entre les deux pays était au plus bas", "neg", 3, "coop", "q", note="Tillerson, 'reconnu que'")
p(D, "une visite sous haute tension", "neg", 2, "conf", "j", note="'Lire aussi' related headline about the pair's talks: coded")
p(D, "On reste loin de la lune de miel promise pendant la campagne", "neg", 2, "coop", "q", note="European diplomat")


# ---------------------------------------------------------------- a03 Ouest-France, call of 17 Dec 2017 (CIA tip)
D = "a03_ouestfrance_20171218"
META[D] = ("Ouest-France", "2017-12-18", "2017-12-17 Trump-Putin phone call (foiled Saint Petersburg attack)")
TONE[D] = 1
p(D, "Poutine remercie Trump", "pos", 2, "coop", "j", note="headline; the thanking verb is the journalist's, its content is 'pour l'aide de la CIA'")
p(D, "a remercié Donald Trump", "pos", 2, "coop", "q", note="inside the Kremlin's direct quote")
p(D, "ce qui est possible quand nos deux pays travaillent de concert", "pos", 2, "coop", "q")
p(D, "remercier de ses propos élogieux", "pos", 1, "oth", "j", note="Trump thanking Putin for his praise")
p(D, "Ce rare moment de cordialité", "pos", 1, "oth", "j")
p(D, "au plus mal depuis la fin de la guerre froide", "neg", 3, "coop", "j")
p(D, "puissances « révisionnistes » qui défient les Etats-Unis", "neg", 2, "conf", "q", note="selon la presse américaine; the US strategy's stance toward Russia")
p(D, "un geste qui compte", "pos", 1, "coop", "q")
p(D, "il ne faut pas en exagérer la portée", "neg", 1, "coop", "q")


# ---------------------------------------------------------------- a04 RT France, congratulation call 20 Mar 2018
D = "a04_rtfrance_20180320"
META[D] = ("RT France", "2018-03-20", "2018-03-20 Trump-Putin phone call (congratulations on re-election)")
TONE[D] = 2
p(D, "envisage une rencontre prochaine", "pos", 1, "oth", "j", note="headline; plan, no speech verb")
p(D, "constructif", "pos", 2, "coop", "q", note="qualifié de «constructif»")
p(D, "témoigne de la volonté de dialogue du président américain", "pos", 2, "coop", "j", note="state-media outlet warm in its own voice")
p(D, "développer les contacts à différents niveaux", "pos", 2, "coop", "q")
p(D, "s'est très bien passé", "pos", 2, "coop", "q")
p(D, "Avoir de bonnes relations avec la Russie, c'est dans l'intérêt de tout le monde", "pos", 2, "coop", "q")
p(D, "la volonté des deux présidents de ne pas laisser la relation se dégrader davantage", "pos", 1, "coop", "q", note="presupposes a degraded relation; hedged positive")
p(D, "climat toxique", "neg", 2, "conf", "q", note="selon lui (Peskov)")
p(D, "restait ouvert à des discussions sur le contrôle des armements", "pos", 1, "coop", "q", note="Putin, 1 March address: readiness to talk")
p(D, "aussi loin que Washington le voudra", "pos", 2, "coop", "q", note="'Lire aussi' related headline about the pair's dialogue, with quote marks: coded")


# ---------------------------------------------------------------- a05 Libération, the "do not congratulate" leak, 21 Mar 2018
D = "a05_liberation_20180321"
META[D] = ("Libération", "2018-03-21", "2018-03-20 Trump-Putin phone call; 'do not congratulate' leak")
TONE[D] = -1
p(D, "tout sourire au téléphone", "pos", 1, "oth", "j")
p(D, "n'a jamais été aussi dégradée depuis la fin de l'URSS", "neg", 3, "coop", "j")
p(D, "le contrôle des armements est au point mort", "neg", 2, "coop", "j")
p(D, "construire une bonne relation avec la Russie", "pos", 2, "coop", "q", note="Trump's tweet")
p(D, "une relation productive avec la Russie", "pos", 2, "coop", "q", note="Sanders; 'voulait' is inside the reported clause of 'a affirmé'")
p(D, "bonne volonté", "pos", 1, "coop", "q", note="Peskov")
p(D, "ne parvient pas à transformer sa relation avec Poutine en politique", "neg", 2, "coop", "q", note="researcher")
p(D, "une relation entre deux hommes, pas entre deux Etats", "neg", 1, "coop", "q", note="researcher")
p(D, "une amitié à sens unique", "neg", 1, "coop", "j", note="related headline in 'Dans la même rubrique' framing the pair: coded")


# ---------------------------------------------------------------- a06 Le Temps, call of 3 May 2019
D = "a06_letemps_20190504"
META[D] = ("Le Temps", "2019-05-04", "2019-05-03 Trump-Putin phone call (Mueller report, Venezuela)")
TONE[D] = 0
p(D, "renouent au téléphone", "pos", 1, "coop", "j", note="headline")
p(D, "les positions restent éloignées", "neg", 2, "conf", "j", note="standfirst, on Venezuela")
p(D, "un excellent échange", "pos", 3, "coop", "q", note="Trump on Twitter")
p(D, "pragmatique", "pos", 1, "oth", "q", note="Kremlin")
p(D, "poursuivre le dialogue dans les domaines où les intérêts se rejoignent", "pos", 2, "coop", "q", note="'selon lui' (the Kremlin)")
p(D, "pomme de discorde", "neg", 2, "conf", "j", note="subheading")
p(D, "a mis en garde Washington contre toute ingérence extérieure au Venezuela", "neg", 2, "conf", "q", note="warning; verb kept inside; 'a indiqué la présidence russe'")
p(D, "une bonne nouvelle", "pos", 1, "coop", "q", note="former Swiss ambassador")
p(D, "rien de concret n'en sort", "neg", 1, "coop", "q")


# ---------------------------------------------------------------- a07 Reuters, call of 31 Jul 2019 (Siberian fires)
D = "a07_reuters_20190801"
META[D] = ("Reuters", "2019-08-01", "2019-07-31 Trump-Putin phone call (Siberian wildfires)")
TONE[D] = 1
p(D, "un signe de dégel", "pos", 2, "coop", "j", note="headline; 'y voit' is an attitude verb, no speech")
p(D, "ce geste amical", "pos", 2, "coop", "q", note="Kremlin communiqué")
p(D, "la coopération reste possible", "pos", 1, "coop", "q")
p(D, "malgré les différends", "neg", 1, "conf", "q")
p(D, "les relations entre Moscou et Washington restent empoisonnées", "neg", 2, "coop", "j")


# ---------------------------------------------------------------- a08 Le Devoir, call of 30 Mar 2020 (oil, COVID-19)
D = "a08_ledevoir_20200331"
META[D] = ("Le Devoir", "2020-03-31", "2020-03-30 Trump-Putin phone call (oil prices, COVID-19)")
TONE[D] = 0
p(D, "leurs ministres de l'Énergie se consulteraient prochainement", "pos", 1, "coop", "q", note="selon le Kremlin; agreement to keep talking")
p(D, "la volonté de coopérer", "pos", 2, "coop", "q")
p(D, "un bon appel", "pos", 1, "coop", "q", note="Trump")
p(D, "Des rivaux en quête d'un intérêt commun", "neu", 1, "coop", "j", note="subheading, mixed evaluation")
p(D, "rivaux sur à peu près tous les dossiers", "neg", 2, "conf", "j")
p(D, "se découvrent un intérêt commun", "pos", 1, "coop", "j")
p(D, "Il serait étonnant que Washington et Moscou se coordonnent vraiment", "neg", 1, "coop", "q", note="energy economist")
p(D, "leurs intérêts sont opposés depuis des années", "neg", 2, "conf", "q")


# ---------------------------------------------------------------- a09 Europe 1, call of 7 May 2020
D = "a09_europe1_20200507"
META[D] = ("Europe 1", "2020-05-07", "2020-05-07 Trump-Putin phone call (COVID-19, oil, 75th anniversary)")
TONE[D] = 0
p(D, "affichent leur bonne entente", "pos", 2, "coop", "j", note="headline")
p(D, "l'esprit de l'Elbe", "pos", 1, "coop", "q", note="D'après la présidence russe")
p(D, "peut encore inspirer la coopération d'aujourd'hui", "pos", 1, "coop", "q")
p(D, "La Russie a été très gentille avec nous", "pos", 2, "coop", "q", note="Trump")
p(D, "Cette cordialité de façade", "neg", 1, "oth", "j")
p(D, "les contentieux qui s'accumulent", "neg", 2, "conf", "j")
p(D, "le dialogue stratégique piétine depuis des mois", "neg", 2, "coop", "j")
p(D, "ont besoin de montrer qu'ils se parlent", "neg", 1, "oth", "q", note="former diplomat: contact for show")
p(D, "sur le fond, rien ne bouge", "neg", 2, "coop", "q")


# ---------------------------------------------------------------- a10 Les Echos, markets after the call of 12 Feb 2025
D = "a10_lesechos_20250213"
META[D] = ("Les Echos", "2025-02-13", "2025-02-12 Trump-Putin phone call; market reaction")
TONE[D] = 1
p(D, "très fructueux", "pos", 2, "coop", "q", note="Trump on Truth Social; 'long' is a bare duration, not coded")
p(D, "allaient entamer « immédiatement » des négociations", "pos", 2, "coop", "q")
p(D, "avait invité son homologue à Moscou", "pos", 1, "oth", "q", note="invitation; le Kremlin a précisé que")
p(D, "évoqué une rencontre", "pos", 1, "oth", "q", note="inside the Kremlin's que-clause")
p(D, "le temps était venu pour les deux pays de coopérer", "pos", 2, "coop", "q", note="Peskov")
p(D, "une détente durable entre Washington et Moscou", "neu", 1, "coop", "q", note="the scenario the market 'buys', doubted by the speaker")
p(D, "alors qu'on n'a eu qu'un coup de fil", "neg", 1, "coop", "q")
p(D, "Entre un appel téléphonique et un accord, il y a un monde", "neg", 1, "coop", "q")
p(D, "rien, à ce stade, n'a été négocié", "neg", 1, "coop", "j")


# ---------------------------------------------------------------- a11 L'Humanité, call of 12 Feb 2025
D = "a11_humanite_20250213"
META[D] = ("L'Humanité", "2025-02-13", "2025-02-12 Trump-Putin phone call")
TONE[D] = -1
p(D, "par-dessus la tête des Ukrainiens", "neg", 2, "oth", "j", note="headline: frames the talks' form as exclusionary")
p(D, "formidable", "pos", 3, "coop", "q", note="qualifié de «formidable»")
p(D, "lancer sans délai des négociations", "pos", 2, "coop", "q", note="Selon son message (Trump)")
p(D, "se rendre mutuellement visite", "pos", 1, "oth", "q")
p(D, "a invité son homologue à Moscou", "pos", 1, "oth", "j", note="invitation stated by the journalist, no speech verb")
p(D, "un parfum de Yalta", "neg", 2, "oth", "j")
p(D, "une transaction entre grandes puissances", "neg", 1, "oth", "q", note="historian")
p(D, "rien ne dit que Poutine veuille réellement négocier", "neg", 2, "coop", "q")
p(D, "utiliser ce canal pour gagner du temps", "neg", 1, "coop", "q")


# ---------------------------------------------------------------- a12 Le Soir, call of 18 Mar 2025
D = "a12_lesoir_20250318"
META[D] = ("Le Soir", "2025-03-18", "2025-03-18 Trump-Putin phone call (energy truce)")
TONE[D] = 0
p(D, "mais pas de cessez-le-feu", "neg", 1, "coop", "j", note="headline: the talks' outcome falls short of the US aim")
p(D, "un accord a minima", "neg", 1, "coop", "j")
p(D, "Sur l'essentiel, le Kremlin n'a pas bougé", "neg", 2, "coop", "j")
p(D, "une relation améliorée entre nos deux pays ouvrirait d'énormes perspectives", "pos", 2, "coop", "q", note="White House readout")
p(D, "un échange très productif", "pos", 2, "coop", "q", note="Trump")
p(D, "substantiel", "pos", 1, "coop", "q", note="Kremlin, qualifié de")
p(D, "sans détours", "neu", 1, "oth", "q", note="frankness: diplomatic code, neither warm nor cold")
p(D, "l'atmosphère détendue entre les deux dirigeants", "pos", 1, "oth", "j")
p(D, "juste assez pour qu'il ne claque pas la porte", "neg", 1, "coop", "q", note="Egmont researcher")


# ---------------------------------------------------------------- a13 L'Opinion, analysis of the call of 18 Mar 2025
D = "a13_lopinion_20250319"
META[D] = ("L'Opinion", "2025-03-19", "2025-03-18 Trump-Putin phone call; analysis")
TONE[D] = -1
p(D, "l'art de ne rien céder", "neg", 2, "coop", "j", note="headline")
p(D, "il a obtenu une promesse partielle", "neg", 1, "coop", "j")
p(D, "accepté ce qui ne lui coûtait rien et refusé le reste", "neg", 1, "coop", "j")
p(D, "une conversation d'égal à égal avec Washington", "pos", 1, "oth", "j", note="meeting form / standing")
p(D, "se comprennent parfaitement", "pos", 3, "coop", "q", note="Ushakov")
p(D, "très réceptif", "pos", 2, "coop", "q", note="Witkoff")
p(D, "Reste le fond, et il est mince", "neg", 1, "coop", "j")
p(D, "il ne donne rien", "neg", 1, "coop", "q", note="former French ambassador")


# ---------------------------------------------------------------- a14 RFI, call of 19 May 2025
D = "a14_rfi_20250519"
META[D] = ("RFI", "2025-05-19", "2025-05-19 Trump-Putin phone call (memorandum, direct Russia-Ukraine talks)")
TONE[D] = 1
p(D, "franche", "neu", 1, "oth", "q", note="Putin")
p(D, "je pense, utile", "pos", 1, "coop", "q", note="hedge inside the span")
p(D, "remercié son homologue américain", "pos", 1, "coop", "j", note="thanking verb is the journalist's; content 'pour le soutien...'")
p(D, "L'atmosphère était excellente", "pos", 3, "oth", "q", note="Trump")
p(D, "La Russie veut faire beaucoup de commerce avec les États-Unis", "pos", 1, "coop", "q", note="Trump: prospect for the relation")
p(D, "Aucun cessez-le-feu n'est toutefois sorti de l'échange", "neg", 1, "coop", "j")
p(D, "a renoncé à tout ultimatum", "pos", 1, "conf", "j", note="easing of pressure on Moscow")
p(D, "le ton était à la satisfaction", "pos", 1, "oth", "j")
p(D, "d'avoir évité une confrontation avec Washington", "pos", 1, "conf", "q", note="'au Kremlin, on se félicite', selon notre correspondante")


# ---------------------------------------------------------------- a15 BFMTV, call of 4 Jun 2025
D = "a15_bfmtv_20250604"
META[D] = ("BFMTV", "2025-06-04", "2025-06-04 Trump-Putin phone call (after operation Spiderweb)")
TONE[D] = -1
p(D, "bonne discussion", "pos", 1, "coop", "q", note="headline, quote-marked fragment of Trump's post")
p(D, "mais pas de paix en vue", "neg", 1, "coop", "j", note="headline")
p(D, "Bonne discussion", "pos", 1, "coop", "q")
p(D, "elle ne débouchera pas sur la paix dans l'immédiat", "neg", 1, "coop", "q")
p(D, "rester en contact permanent", "pos", 1, "coop", "q", note="Selon lui (Ushakov)")
p(D, "Nous sommes tombés d'accord", "pos", 1, "coop", "q", note="agreement on Iran between the two sides")
p(D, "la relation s'est refroidie", "neg", 2, "coop", "j")
p(D, "avait vivement pris à partie son homologue russe", "neg", 2, "conf", "j")
p(D, "le courant ne passe plus", "neg", 2, "coop", "j", note="'Sur le même sujet' related headline framing the pair: coded")


# ---------------------------------------------------------------- a16 Sud Ouest, call of 14 Jun 2025 (birthday, Israel-Iran)
D = "a16_sudouest_20250614"
META[D] = ("Sud Ouest", "2025-06-14", "2025-06-14 Trump-Putin phone call (Israel-Iran war, Trump's birthday)")
TONE[D] = 2
p(D, "Coup de fil chaleureux", "pos", 2, "oth", "j", note="headline")
p(D, "a eu la gentillesse de m'appeler", "pos", 2, "oth", "q", note="Trump")
p(D, "Il pense, comme moi", "pos", 1, "coop", "q", note="shared aim")
p(D, "cordial", "pos", 2, "oth", "q", note="Ushakov")
p(D, "substantiel", "pos", 1, "coop", "q")
p(D, "très touché par cette attention", "pos", 1, "oth", "q", note="Selon le conseiller")
p(D, "une convergence inhabituelle", "pos", 2, "coop", "j")
p(D, "loin des tensions de la fin mai", "pos", 1, "conf", "j", note="tension in the past: easing")
p(D, "s'en prenait à son homologue", "neg", 1, "conf", "j", note="background")


# ---------------------------------------------------------------- a17 franceinfo, call of 3 Jul 2025
D = "a17_franceinfo_20250703"
META[D] = ("franceinfo", "2025-07-03", "2025-07-03 Trump-Putin phone call")
TONE[D] = -2
p(D, "pas avancé", "neg", 2, "coop", "q", after="dit n'avoir « ", note="headline, quote-marked fragment repeated in the body")
p(D, "Nous n'avons pas avancé, pas du tout", "neg", 2, "coop", "q", note="Trump")
p(D, "Une fin de non-recevoir", "neg", 2, "coop", "j")
p(D, "franche", "neu", 1, "oth", "q", note="Ushakov, qualifié de")
p(D, "Le ton est resté courtois", "pos", 1, "oth", "j")
p(D, "sans obtenir de concession significative de Moscou", "neg", 1, "coop", "j")
p(D, "Les espoirs d'une percée diplomatique s'éloignent", "neg", 2, "coop", "j")
p(D, "le charme ne suffit pas face à Poutine", "neg", 1, "coop", "q", note="researcher")


# ---------------------------------------------------------------- a18 Le Parisien, record strike on Kyiv after the call of 3 Jul 2025
D = "a18_leparisien_20250704"
META[D] = ("Le Parisien", "2025-07-04", "2025-07-03 Trump-Putin phone call; record strike on Kyiv; Trump disappointed")
TONE[D] = -2
p(D, "très déçu", "neg", 2, "coop", "q", note="headline, quote-marked; attributed to Trump in the body sense")
p(D, "hausse le ton", "neg", 1, "conf", "j", note="headline")
p(D, "a sonné comme un camouflet pour le président américain", "neg", 2, "conf", "j")
p(D, "m'a beaucoup déçu", "neg", 2, "coop", "q")
p(D, "Je ne pense pas qu'il ait envie d'arrêter", "neg", 1, "coop", "q", note="doubt on Putin's will to end the war, the aim of the talks")
p(D, "restait attachée au dialogue avec Washington", "pos", 1, "coop", "q", note="Peskov")
p(D, "sans jamais se rencontrer", "neg", 1, "oth", "j", note="meeting form")
p(D, "La patience du président américain semble désormais s'épuiser", "neg", 1, "conf", "q", note="selon plusieurs responsables américains")
p(D, "six mois de dialogue pour rien", "neg", 1, "coop", "j", note="'À lire aussi' related headline about the pair: coded")


# ---------------------------------------------------------------- a19 Le Monde, call of 16 Oct 2025 (Budapest summit announced)
D = "a19_lemonde_20251017"
META[D] = ("Le Monde", "2025-10-17", "2025-10-16 Trump-Putin phone call (Budapest summit announced)")
TONE[D] = 1
p(D, "se donnent rendez-vous à Budapest", "pos", 1, "oth", "j", note="headline; agreed meeting")
p(D, "convenus de se retrouver", "pos", 1, "oth", "q", note="agreement predicate carrying quote marks («dans les deux semaines»)")
p(D, "de grands progrès", "pos", 2, "coop", "q", note="Trump")
p(D, "leurs principaux conseillers se réuniraient dès la semaine prochaine", "pos", 1, "coop", "q", note="agreement to keep talking; a annoncé que")
p(D, "direct", "neu", 1, "oth", "q", after="L'entretien a été « ", note="Ushakov")
p(D, "marqué par la confiance", "pos", 2, "coop", "q", note="Ushakov")
p(D, "nuirait sérieusement aux relations entre les deux pays", "neg", 2, "conf", "q", note="Putin's warning, rapporté par Ouchakov")
p(D, "une relation en dents de scie", "neu", 1, "oth", "j")
p(D, "qualifié la Russie de tigre de papier", "neg", 2, "conf", "q", note="background, Trump")
p(D, "Poutine appelle chaque fois que Washington menace de durcir le ton", "neg", 1, "oth", "q", note="IFRI researcher: calls as tactics")


# ---------------------------------------------------------------- a20 France 24, call of 18 Aug 2025 (from the White House meeting)
D = "a20_france24_20250819"
META[D] = ("France 24", "2025-08-19", "2025-08-18 Trump-Putin phone call during the White House meeting with Zelensky and European leaders")
TONE[D] = 0
p(D, "des allures de diplomatie en direct", "neu", 1, "oth", "j", note="spectacle")
p(D, "très bon", "pos", 2, "coop", "q", note="Trump, qualifié de")
p(D, "directe", "neu", 1, "oth", "q", after="une conversation « ", note="Ushakov")
p(D, "très constructive", "pos", 2, "coop", "q")
p(D, "Moscou reste évasif", "neg", 1, "coop", "j", note="Moscow's answer to the US-brokered meeting plan")
p(D, "avait déroulé le tapis rouge à Vladimir Poutine", "pos", 1, "oth", "j", note="background: Anchorage")
p(D, "s'était achevée sans cessez-le-feu", "neg", 1, "coop", "j", note="background: Anchorage")
p(D, "n'a toujours rien obtenu de concret de Moscou", "neg", 1, "coop", "q", note="France 24 columnist")
p(D, "en gardant le contact avec la Maison Blanche, il tient les sanctions à distance", "neg", 1, "oth", "q", note="contact as tactic")
