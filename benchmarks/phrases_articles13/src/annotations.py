"""Gold framing phrases and article tone for phrases_articles13 (HELD-OUT test set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Do not study or tune on this set: it is scored only, before and after a pass.
"""


# ---------------------------------------------------------------- a01 AFP, Helsinki summit 16 Jul 2018
D = "a01_afp_20180716"
META[D] = ("AFP", "2018-07-16", "2018-07-16 Trump-Putin summit in Helsinki")
TONE[D] = 0
p(D, "veulent tourner la page", "pos", 2, "coop", "j", note="headline; attitude verb, no speech")
p(D, "leur volonté de tourner la page de plusieurs années de brouille", "pos", 2, "coop", "q", note="afficher sa volonté: stance NP")
p(D, "nous nous comprenons mieux", "pos", 2, "coop", "q")
p(D, "dans une atmosphère de travail, sans détours", "pos", 1, "oth", "q")
p(D, "fait un premier pas pour sortir de l'impasse", "pos", 2, "coop", "q")
p(D, "nos positions restent éloignées", "neg", 2, "conf", "q")
p(D, "aucune annonce concrète n'est sortie du sommet", "neg", 1, "coop", "j")
p(D, "le contentieux sur la Crimée et les sanctions reste entier", "neg", 2, "conf", "j")
p(D, "constructive", "pos", 2, "coop", "q", note="quoted single word")
p(D, "il ne s'est presque rien passé", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a02 Libération, Biden-Putin Geneva 16 Jun 2021
D = "a02_liberation_20210617"
META[D] = ("Libération", "2021-06-17", "2021-06-16 Biden-Putin summit in Geneva")
TONE[D] = 1
p(D, "renouent le fil", "pos", 2, "coop", "j", note="headline")
p(D, "sans se faire d'illusions", "neg", 1, "oth", "j", note="headline; expectations")
p(D, "Un résultat modeste", "neg", 1, "coop", "j")
p(D, "que ni l'un ni l'autre ne cherche pourtant à minimiser", "pos", 1, "coop", "j")
p(D, "il n'y a pas eu de conférence de presse commune", "neg", 1, "oth", "j", note="meeting form")
p(D, "sans la moindre animosité", "pos", 2, "oth", "q")
p(D, "comprises sur beaucoup de points", "pos", 2, "coop", "q")
p(D, "Nous ne sommes pas obligés de nous aimer pour avancer sur des sujets précis", "pos", 1, "coop", "q", note="positive by contrast")
p(D, "Les désaccords n'ont pas disparu pour autant", "neg", 2, "conf", "j")
p(D, "Moscou en paierait le prix", "neg", 2, "conf", "q", note="threat, indirect after a prévenu que")
p(D, "une relation de gestion du désaccord, ce qui vaut mieux que l'absence de relation", "pos", 1, "coop", "q")
p(D, "Le dégel, s'il existe, restera millimétré", "neu", 1, "coop", "j", note="hedged")

# ---------------------------------------------------------------- a03 Sputnik Afrique, Putin-Witkoff 11 Apr 2025
D = "a03_sputnikafrique_20250411"
META[D] = ("Sputnik Afrique", "2025-04-11", "2025-04-11 Putin receives Witkoff in Saint Petersburg")
TONE[D] = 2
p(D, "substantiel", "pos", 2, "coop", "q", note="headline, selon le Kremlin")
p(D, "Nouvelle étape dans le rapprochement entre Moscou et Washington", "pos", 2, "coop", "j", note="state media warm in own voice")
p(D, "ont été utiles", "pos", 1, "coop", "q")
p(D, "dans un climat de confiance", "pos", 2, "oth", "q")
p(D, "Pas à pas, nous reconstruisons des ponts", "pos", 2, "coop", "q")
p(D, "les contacts se multiplient à un rythme sans précédent depuis des années", "pos", 2, "coop", "j")
p(D, "Washington semble désormais disposé à écouter les arguments russes", "pos", 1, "coop", "q", note="pour X: attributed without quote marks")
p(D, "se parlent comme des puissances responsables, pas comme des adversaires", "pos", 2, "conf", "q", note="rivalry set aside; positive by contrast")
p(D, "n'a pas commenté la teneur des entretiens", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a04 Le Figaro, Istanbul talks 16 May 2025
D = "a04_lefigaro_20250517"
META[D] = ("Le Figaro", "2025-05-17", "2025-05-16 Russia-Ukraine direct talks in Istanbul")
TONE[D] = -1
p(D, "un dialogue de sourds", "neg", 2, "coop", "j", note="headline")
p(D, "n'a débouché que sur un accord d'échange de prisonniers", "neg", 1, "coop", "j")
p(D, "dans une atmosphère glaciale", "neg", 2, "oth", "q", note="raconte X incise")
p(D, "des exigences inacceptables", "neg", 2, "conf", "q")
p(D, "se disant prêt à se battre aussi longtemps qu'il le faudrait", "neg", 2, "conf", "q", note="selon la presse ukrainienne")
p(D, "utile", "pos", 1, "coop", "q", after="jugé la séance « ")
p(D, "prêt à poursuivre les contacts", "pos", 1, "coop", "q")
p(D, "faire semblant de négocier", "neg", 2, "coop", "q", note="third party (Macron) evaluating Russia's stance in the talks")
p(D, "sans rien céder sur le fond", "neg", 2, "coop", "q")
p(D, "restaient « loin, vraiment loin » d'un accord", "neg", 2, "coop", "q", note="mixed span")
p(D, "Le processus, si l'on peut parler de processus, tient à un fil", "neg", 2, "coop", "j")
p(D, "Seul résultat tangible", "neg", 1, "coop", "j")
p(D, "a voulu voir dans la journée un début", "pos", 1, "coop", "j", note="vouloir voir: attitude, mediator")

# ---------------------------------------------------------------- a05 Ouest-France, prisoner exchange 1 Aug 2024
D = "a05_ouestfrance_20240802"
META[D] = ("Ouest-France", "2024-08-02", "2024-08-01 US-Russia prisoner exchange in Ankara")
TONE[D] = 0
p(D, "pas de dégel en vue", "neg", 2, "coop", "j", note="headline")
p(D, "ont gardé le contact tout au long de l'année", "pos", 1, "coop", "q", note="selon plusieurs médias")
p(D, "le fruit d'un travail acharné", "pos", 1, "coop", "q")
p(D, "comme des pions", "neg", 2, "conf", "q", note="accusation")
p(D, "Cet échange ne signifie pas que nos relations avec Washington vont s'améliorer", "neg", 2, "coop", "q")
p(D, "Cette rare coopération entre Washington et Moscou", "pos", 1, "coop", "j")
p(D, "n'annonce aucun dégel", "neg", 2, "coop", "j")
p(D, "n'ont jamais été coupés", "pos", 1, "coop", "q")
p(D, "la seule chose qui fonctionne encore entre les deux pays", "neg", 2, "coop", "q")
p(D, "savent encore conclure un marché", "pos", 1, "coop", "q", note="selon lui")

# ---------------------------------------------------------------- a06 Le Monde live, Anchorage 15 Aug 2025
D = "a06_lemonde_20250816"
META[D] = ("Le Monde (live)", "2025-08-16", "2025-08-15 Trump-Putin summit in Anchorage, Alaska")
TONE[D] = 0
p(D, "se quittent sans accord sur l'Ukraine", "neg", 2, "coop", "j", note="headline")
p(D, "Nous nous entendons très bien, lui et moi", "pos", 2, "coop", "q")
p(D, "bonne base pour la suite", "pos", 2, "coop", "q", after="aux agences russes d'une ")
p(D, "aucune date n'avait été arrêtée pour une prochaine rencontre", "neg", 1, "oth", "q")
p(D, "Trump avec une promesse vague", "neg", 1, "coop", "q")
p(D, "sans avoir rien concédé sur le cessez-le-feu", "neg", 2, "coop", "q")
p(D, "Un sommet beaucoup plus court que prévu", "neg", 1, "oth", "j", note="entry heading")
p(D, "Nous avons fait beaucoup de chemin aujourd'hui", "pos", 2, "coop", "q")
p(D, "nous ne sommes pas encore arrivés", "neg", 1, "coop", "q")
p(D, "a proposé, en anglais, que la prochaine rencontre se tienne à Moscou", "pos", 1, "oth", "q")
p(D, "l'ambiance était étrange", "neu", 1, "oth", "q", note="own correspondent in quote marks")
p(D, "Un accueil en grande pompe", "pos", 2, "oth", "j", note="entry heading")
p(D, "vante sa relation avec Poutine", "pos", 1, "coop", "q", note="entry heading with speech verb")
p(D, "Poutine repart avec la photo qu'il voulait", "neg", 1, "oth", "q")

# ---------------------------------------------------------------- a07 Reuters brief, first Trump-Putin call 28 Jan 2017
D = "a07_reuters_20170128"
META[D] = ("Reuters", "2017-01-28", "2017-01-28 first Trump-Putin phone call")
TONE[D] = 1
p(D, "conviennent de coopérer contre l'EI", "pos", 2, "coop", "j", note="headline; agreement predicate without quote marks")
p(D, "convenu de coopérer dans la lutte contre l'Etat islamique en Syrie", "pos", 2, "coop", "q", note="a annoncé le Kremlin incise")
p(D, "cordiale", "pos", 2, "oth", "q")
p(D, "tournée vers l'avenir", "pos", 1, "coop", "q")
p(D, "qui va dans le bon sens", "pos", 1, "coop", "q")
p(D, "la possibilité d'une rencontre", "pos", 1, "oth", "j", note="évoquer: topic only")
p(D, "sans fixer de date", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a08 Le Temps, Geneva strategic talks 10 Jan 2022
D = "a08_letemps_20220111"
META[D] = ("Le Temps", "2022-01-11", "2022-01-10 US-Russia security talks in Geneva (Sherman-Ryabkov)")
TONE[D] = -2
p(D, "campent sur leurs positions", "neg", 2, "conf", "j", note="headline")
p(D, "Chacun a campé sur ses positions", "neg", 2, "conf", "j")
p(D, "des conférences de presse séparées", "neg", 1, "oth", "j")
p(D, "C'est tout ce que nous avons obtenu pour l'instant", "neg", 2, "coop", "q")
p(D, "a averti que la sécurité européenne en pâtirait", "neg", 2, "conf", "q", note="warning verb inside")
p(D, "Nous avons été très clairs sur ce qui ne se négocie pas", "neg", 2, "conf", "q")
p(D, "le fossé reste béant", "neg", 3, "conf", "j")
p(D, "La Russie a posé un ultimatum déguisé en négociation", "neg", 2, "conf", "q")
p(D, "Le fait qu'ils se parlent encore est la seule bonne nouvelle de la journée", "pos", 1, "coop", "q")
p(D, "le climat s'est nettement détérioré", "neg", 2, "conf", "j")
p(D, "les deux camps ont parlé pendant huit heures, mais pas de la même chose", "neg", 2, "coop", "q", note="résumait d'une formule: speech")

# ---------------------------------------------------------------- a09 Radio-Canada, Biden-Putin video call 7 Dec 2021
D = "a09_radiocanada_20211207"
META[D] = ("Radio-Canada", "2021-12-07", "2021-12-07 Biden-Putin video call")
TONE[D] = -1
p(D, "brandit la menace de sanctions", "neg", 2, "conf", "j", note="headline")
p(D, "tendu", "neg", 2, "oth", "j", after="sommet virtuel ", note="headline")
p(D, "répondraient par de lourdes sanctions économiques en cas d'escalade militaire", "neg", 2, "conf", "q")
p(D, "Un échange tendu", "neg", 2, "oth", "q", note="de l'avis de plusieurs observateurs")
p(D, "ont surtout constaté l'ampleur de leurs divergences", "neg", 2, "conf", "j")
p(D, "le ton était resté courtois du début à la fin", "pos", 2, "oth", "q")
p(D, "disposés à maintenir le contact", "pos", 1, "coop", "q")
p(D, "leurs équipes resteraient en contact", "pos", 1, "coop", "q")
p(D, "n'a annoncé aucun geste concret de désescalade", "neg", 1, "coop", "j")
p(D, "un dialogue qui n'en est pas vraiment un", "neg", 2, "coop", "q")
p(D, "personne n'a bougé d'un centimètre", "neg", 2, "conf", "q")
p(D, "Chacun a répété ses lignes rouges", "neg", 1, "conf", "q")

# ---------------------------------------------------------------- a10 L'Obs analysis, Budapest summit cancelled Oct 2025
D = "a10_lobs_20251030"
META[D] = ("L'Obs", "2025-10-30", "Oct 2025: Budapest summit called off, US sanctions on Rosneft/Lukoil")
TONE[D] = -2
p(D, "la fin de l'idylle", "neg", 2, "coop", "j", note="headline with question mark")
p(D, "la relation entre le président américain et son homologue russe a basculé", "neg", 2, "coop", "j")
p(D, "était enterré", "neg", 2, "coop", "j")
p(D, "Le charme est rompu", "neg", 2, "coop", "j")
p(D, "n'avait pas bougé d'un pouce sur ses exigences territoriales", "neg", 2, "conf", "q", note="selon plusieurs médias")
p(D, "J'ai été très patient. Peut-être trop", "neg", 2, "coop", "q")
p(D, "reste ouvert au dialogue", "pos", 1, "coop", "q")
p(D, "la Russie ne céderait pas sous la pression", "neg", 2, "conf", "q")
p(D, "Le malentendu était total dès le départ", "neg", 2, "coop", "q")
p(D, "Il ne faut pas enterrer trop vite le canal Witkoff-Dmitriev", "pos", 1, "coop", "q")
p(D, "la confiance, si elle a jamais existé, s'est évaporée", "neg", 2, "coop", "q")
p(D, "le téléphone n'est pas coupé", "pos", 1, "coop", "j")
p(D, "plus personne ne croit aux miracles", "neg", 2, "coop", "j")
p(D, "Le sommet de Budapest annulé", "neg", 1, "coop", "j", note="standfirst")

# ---------------------------------------------------------------- a11 La Croix editorial, Abu Dhabi trilateral Jan 2026
D = "a11_lacroix_20260126"
META[D] = ("La Croix", "2026-01-26", "2026-01-23/24 US-Russia-Ukraine talks in Abu Dhabi")
TONE[D] = 1
p(D, "une porte entrouverte", "pos", 1, "coop", "j", note="headline")
p(D, "Il serait imprudent d'y voir la paix", "neg", 1, "coop", "j")
p(D, "n'ont produit ni cessez-le-feu, ni calendrier, ni même de communiqué commun", "neg", 2, "coop", "j")
p(D, "est en soi un événement", "pos", 2, "oth", "j")
p(D, "sérieux", "pos", 1, "coop", "q")
p(D, "respectueux", "pos", 1, "oth", "q")
p(D, "il y a eu une vraie écoute", "pos", 2, "coop", "q")
p(D, "les positions demeurent inconciliables", "neg", 2, "conf", "j")
p(D, "Les délégations ont prévu de se retrouver dans les prochaines semaines", "pos", 1, "coop", "j")
p(D, "un fragile point de départ, rien de plus", "pos", 1, "coop", "j", note="hedged")

# ---------------------------------------------------------------- a12 20 Minutes (scraped page), Riyadh Black Sea talks 24-25 Mar 2025
D = "a12_20minutes_20250325"
META[D] = ("20 Minutes", "2025-03-25", "2025-03-24/25 US-Russia talks in Riyadh, Black Sea deal")
TONE[D] = 0
p(D, "Washington et Moscou s'entendent sur la mer Noire", "pos", 2, "coop", "j", note="headline")
p(D, "le Kremlin pose ses conditions", "neg", 1, "conf", "j", note="headline")
p(D, "progrès", "pos", 1, "coop", "q")
p(D, "les discussions se poursuivraient", "pos", 1, "coop", "q")
p(D, "avec une nuance de taille", "neg", 1, "oth", "j")
p(D, "Moscou pose ses conditions", "neg", 1, "conf", "j")
p(D, "les lectures divergent déjà entre les deux capitales", "neg", 1, "conf", "j")
p(D, "parfois laborieuses", "neg", 1, "oth", "q")
p(D, "désormais installé", "pos", 2, "coop", "q")
p(D, "Un pas concret, le premier depuis la reprise du dialogue", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a13 RTBF, Trump-Putin call 16 Oct 2025
D = "a13_rtbf_20251017"
META[D] = ("RTBF", "2025-10-17", "2025-10-16 Trump-Putin call, Budapest summit announced")
TONE[D] = 2
p(D, "se reparlent", "pos", 1, "coop", "j", note="headline")
p(D, "annoncent un sommet à Budapest", "pos", 1, "oth", "j", note="headline; announcing a meeting is not speech")
p(D, "excellent", "pos", 3, "coop", "q", after="qualifié d'« ")
p(D, "un excellent appel, l'un des meilleurs que nous ayons eus", "pos", 3, "coop", "q")
p(D, "Les deux présidents ont convenu d'une rencontre à Budapest", "pos", 1, "oth", "q", note="a-t-il annoncé incise")
p(D, "chaleureuse", "pos", 2, "oth", "q")
p(D, "très concrète", "pos", 2, "coop", "q")
p(D, "Le dialogue entre Washington et Moscou est relancé", "pos", 2, "coop", "j")
p(D, "le lien personnel entre les deux hommes fonctionne", "pos", 2, "coop", "q")
p(D, "un appel suffit à la remettre sur les rails", "pos", 2, "coop", "q")
p(D, "Je pense que nous sommes sur le bon chemin", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a14 La Presse, Canada-India, Anand in New Delhi 13 Oct 2025
D = "a14_lapresse_20251013"
META[D] = ("La Presse", "2025-10-13", "2025-10-13 Anand-Jaishankar meeting, Canada-India roadmap")
TONE[D] = 2
p(D, "le dégel se confirme", "pos", 2, "coop", "j", note="headline")
p(D, "une feuille de route pour relancer leur coopération", "pos", 2, "coop", "j")
p(D, "Nous reconstruisons la confiance, pierre par pierre", "pos", 2, "coop", "q")
p(D, "Nos deux pays ont beaucoup plus à gagner ensemble que séparément", "pos", 2, "coop", "q")
p(D, "La relation était tombée au plus bas", "neg", 3, "coop", "j", note="background")
p(D, "rejeté ces accusations avec virulence", "neg", 2, "conf", "q", note="background; rejeter + NP")
p(D, "Le réchauffement s'est amorcé en juin dernier", "pos", 2, "coop", "j")
p(D, "fondé sur le respect mutuel et la confiance retrouvée", "pos", 2, "coop", "q")
p(D, "une normalisation rapide, plus rapide que ce qu'on imaginait il y a un an", "pos", 2, "coop", "q")
p(D, "Ni l'un ni l'autre n'a renoncé à ses positions sur l'affaire Nijjar", "neg", 1, "conf", "q")
p(D, "ils ont décidé de ne plus en faire un obstacle à tout le reste", "pos", 2, "coop", "q")
p(D, "se sont engagés à relancer les discussions ministérielles", "pos", 1, "coop", "q", note="s'engager à: commitment, de/à + infinitive")

# ---------------------------------------------------------------- a15 Radio Okapi, DRC-Rwanda Washington agreement 27 Jun 2025
D = "a15_radiookapi_20250628"
META[D] = ("Radio Okapi", "2025-06-28", "2025-06-27 DRC-Rwanda peace agreement signed in Washington")
TONE[D] = 1
p(D, "Une étape décisive", "pos", 2, "coop", "j")
p(D, "Ce texte ouvre une voie, à condition qu'il soit respecté", "pos", 1, "coop", "q", note="hedged")
p(D, "la confiance ne se décrète pas", "neg", 1, "coop", "q")
p(D, "un moment important", "pos", 2, "coop", "q", note="mediator")
p(D, "Nous avons déjà vu tant d'accords signés puis oubliés entre Kinshasa et Kigali", "neg", 2, "coop", "q")
p(D, "la méfiance reste de mise entre les deux capitales", "neg", 2, "conf", "j")
p(D, "qui s'accusent mutuellement depuis des années de soutenir des groupes armés hostiles", "neg", 2, "conf", "q", note="reciprocal accusation, de + infinitive")
p(D, "Kinshasa reproche à Kigali d'appuyer militairement le M23", "neg", 2, "conf", "q")
p(D, "Kigali accuse Kinshasa de collaborer avec les FDLR", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a16 El Watan, Algeria-Mali drone crisis Apr 2025
D = "a16_elwatan_20250408"
META[D] = ("El Watan", "2025-04-08", "2025-04 Algeria-Mali crisis after drone downing, airspace closed")
TONE[D] = -2
p(D, "l'escalade se poursuit", "neg", 2, "conf", "j", note="headline")
p(D, "a franchi un nouveau palier", "neg", 2, "conf", "j", after="Publié le 08 avril 2025")
p(D, "en raison des intrusions répétées", "neg", 2, "conf", "q")
p(D, "un acte hostile prémédité", "neg", 3, "conf", "q")
p(D, "couvrir les groupes terroristes", "neg", 3, "conf", "q", note="accusation")
p(D, "des allégations infondées qui ne méritent même pas de réponse", "neg", 2, "conf", "q")
p(D, "reste attachée au bon voisinage avec le peuple malien frère", "pos", 1, "coop", "q")
p(D, "déjà exécrables", "neg", 3, "coop", "j", note="background")
p(D, "On est passé de la brouille à la rupture", "neg", 3, "coop", "q")
p(D, "les canaux bilatéraux qui fonctionnaient encore il y a deux ans ont disparu", "neg", 2, "coop", "q")
p(D, "Personne ne sait aujourd'hui qui pourrait décrocher le téléphone", "neg", 2, "coop", "q")
p(D, "aucune initiative diplomatique n'est annoncée, ni d'un côté, ni de l'autre", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a17 France 24, India-Pakistan ceasefire 10-11 May 2025
D = "a17_france24_20250511"
META[D] = ("France 24", "2025-05-11", "2025-05-10 India-Pakistan ceasefire and violations")
TONE[D] = -1
p(D, "fragilisé par des accusations de violations", "neg", 2, "coop", "j", note="headline")
p(D, "s'accusent mutuellement de l'avoir violé", "neg", 2, "conf", "q")
p(D, "accusé Islamabad de violations répétées de l'entente", "neg", 2, "conf", "q")
p(D, "fidèle à sa parole", "pos", 1, "coop", "q")
p(D, "accusant à son tour les forces indiennes de tirs", "neg", 2, "conf", "q")
p(D, "le cessez-le-feu reste déjà ébranlé", "neg", 2, "coop", "j")
p(D, "dans un climat de défiance totale", "neg", 3, "conf", "j")
p(D, "les deux capitales ne se parlent toujours pas", "neg", 2, "coop", "j")
p(D, "avaient besoin d'une porte de sortie, et ils l'ont trouvée", "pos", 1, "conf", "q", note="easing of conflict")
p(D, "rien n'a été réglé sur le fond", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a18 RTS, Serbia-Kosovo Ohrid 18 Mar 2023
D = "a18_rts_20230319"
META[D] = ("RTS Info", "2023-03-19", "2023-03-18 Vucic-Kurti meeting in Ohrid, implementation annex")
TONE[D] = -1
p(D, "s'entendent à Ohrid", "pos", 1, "coop", "j", note="headline")
p(D, "qu'aucun des deux ne signe", "neg", 1, "coop", "j", note="headline")
p(D, "un pas que personne ne pensait possible il y a un an", "pos", 2, "coop", "q", note="mediator")
p(D, "Un accord sans signature", "neg", 1, "coop", "j")
p(D, "Aucune signature serbe ne figurera jamais au bas d'un document qui reconnaisse le Kosovo", "neg", 2, "coop", "q")
p(D, "ne ferait pas obstacle à la mise en œuvre", "pos", 1, "coop", "q")
p(D, "La balle est dans le camp de Belgrade", "neg", 1, "conf", "q")
p(D, "Les tensions restent vives dans le nord du Kosovo", "neg", 2, "conf", "j")
p(D, "Bruxelles veut y voir un tournant", "pos", 1, "coop", "j", note="vouloir: attitude, not speech")
p(D, "rien ne dit que la méfiance reculera", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a19 Les Echos, China-Japan crisis Nov 2025
D = "a19_lesechos_20251120"
META[D] = ("Les Echos", "2025-11-20", "Nov 2025 China-Japan crisis over Takaichi's Taiwan remarks")
TONE[D] = -2
p(D, "Pékin sort l'arme économique", "neg", 2, "conf", "j", note="headline")
p(D, "la crise diplomatique s'envenime", "neg", 2, "conf", "j", note="headline")
p(D, "la pire crise diplomatique entre les deux pays depuis 2012", "neg", 3, "conf", "j")
p(D, "une escalade verbale", "neg", 2, "conf", "j")
p(D, "reste ouvert de notre côté", "pos", 1, "coop", "q")
p(D, "cesser immédiatement de jouer avec le feu", "neg", 3, "conf", "q")
p(D, "un message jugé menaçant", "neg", 2, "conf", "j", note="agentless passive, no quote marks")
p(D, "n'a rien donné", "neg", 2, "coop", "j")
p(D, "mains dans les poches", "neg", 2, "oth", "j")
p(D, "utilise le levier économique pour punir", "neg", 2, "conf", "q")
p(D, "Aucune rencontre entre les dirigeants des deux pays n'est prévue", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a20 Le Point Afrique, Ethiopia-Somalia Ankara declaration 11 Dec 2024
D = "a20_lepointafrique_20241212"
META[D] = ("Le Point Afrique", "2024-12-12", "2024-12-11 Ethiopia-Somalia Ankara declaration")
TONE[D] = 2
p(D, "la réconciliation surprise", "pos", 2, "coop", "j", note="headline")
p(D, "onze mois de tensions", "neg", 2, "conf", "j", note="background")
p(D, "ont scellé leur rapprochement", "pos", 2, "coop", "j")
p(D, "Le dégel est spectaculaire", "pos", 3, "coop", "j")
p(D, "met fin, au moins sur le papier, à près d'un an de crise", "pos", 1, "conf", "j", note="hedged; easing of conflict")
p(D, "Les deux dirigeants se sont donné l'accolade devant les caméras", "pos", 2, "oth", "j")
p(D, "dénoncé une atteinte à sa souveraineté", "neg", 2, "conf", "q", note="background")
p(D, "Ce qui nous sépare est bien moins important que ce qui nous unit", "pos", 2, "coop", "q")
p(D, "L'Éthiopie est un voisin et un frère", "pos", 2, "coop", "q")
p(D, "un nouveau départ", "pos", 2, "coop", "q", note="mediator")
p(D, "Reste à savoir ce que deviendra le protocole conclu avec le Somaliland", "neu", 1, "oth", "j")

