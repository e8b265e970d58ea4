"""Gold framing phrases and article tone for phrases_articles22 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 AFP, Macron-Putin calls 20 Feb 2022
D = "a01_afp_20220221"
META[D] = ("AFP (French wire)", "2022-02-21", "2022-02-20 Macron-Putin calls; proposed Biden-Putin summit")
TONE[D] = 0
p(D, "Moscou freine", "neg", 1, "coop", "j")
p(D, "étaient prêts à se rencontrer", "pos", 1, "oth", "q")
p(D, "indispensable de donner toutes ses chances à la négociation", "pos", 2, "coop", "q")
p(D, "oeuvrer pour un cessez-le-feu", "pos", 1, "coop", "q", note="shared aim, under 'Selon la présidence française'")
p(D, "nettement plus sobre", "neg", 1, "oth", "j", note="readout comparison")
p(D, "utile de poursuivre les contacts", "pos", 1, "coop", "q")
p(D, "a douché les attentes", "neg", 2, "coop", "j")
p(D, "c'est mettre la charrue avant les boeufs", "neg", 2, "oth", "q")
p(D, "avait accepté l'idée", "pos", 1, "oth", "q")
p(D, "mais sous condition", "neu", 1, "oth", "q")
p(D, "une porte entrouverte", "pos", 1, "coop", "j", note="'on veut y voir': attitude, not speech")
p(D, "on ne promet rien", "neg", 1, "coop", "j")
p(D, "Ces échanges répétés n'ont pas empêché", "neg", 2, "coop", "j")
p(D, "attribue l'aggravation de la situation", "neg", 1, "conf", "q", note="added in review; Kremlin readout blames Kiev and Western arms")

# ---------------------------------------------------------------- a02 Var-Matin, Macron-Putin at Brégançon
D = "a02_varmatin_20190820"
META[D] = ("Var-Matin (regional daily)", "2019-08-20", "2019-08-19 Macron-Putin meeting at Brégançon")
TONE[D] = 1
p(D, "se donnent une nouvelle chance", "pos", 2, "coop", "j")
p(D, "Poignée de main appuyée", "pos", 1, "oth", "j")
p(D, "Nous ne sommes pas d'accord sur tout", "neg", 1, "conf", "q")
p(D, "une relation de travail exigeante", "pos", 1, "coop", "q")
p(D, "la volonté française de comprendre nos positions", "pos", 2, "coop", "q")
p(D, "se sont accordés pour préparer", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "Le ton s'est nettement raidi", "neg", 2, "oth", "j")
p(D, "un sourire crispé", "neg", 1, "oth", "j")
p(D, "s'est prolongé bien au-delà de l'horaire prévu", "pos", 1, "oth", "q", note="under 'Selon l'entourage'")
p(D, "créer un moment de confiance, il y est parvenu", "pos", 2, "conf", "q")
p(D, "rien n'est acquis sur le fond", "neg", 1, "coop", "q")
p(D, "substantielle", "pos", 1, "coop", "q")
p(D, "avec près d'une heure de retard", "neg", 1, "oth", "j", note="added in review; manner of arrival")
p(D, "a renvoyé son hôte aux violences", "neg", 1, "conf", "j", note="added in review; retort described by the journalist")

# ---------------------------------------------------------------- a03 Le Temps, Macron-Putin call 1 Jul 2025
D = "a03_letemps_20250702"
META[D] = ("Le Temps (Swiss daily)", "2025-07-02", "2025-07-01 Macron-Putin call")
TONE[D] = -1
p(D, "pour constater le fossé", "neg", 2, "coop", "j")
p(D, "rompu mardi près de trois ans de silence", "pos", 1, "coop", "j")
p(D, "leurs positions restent éloignées", "neg", 2, "conf", "j")
p(D, "le fruit de décennies d’aveuglement occidental", "neg", 2, "conf", "q")
p(D, "Seul point de convergence affiché", "neg", 1, "coop", "j")
p(D, "se coordonner", "pos", 1, "coop", "q", note="agreement predicate with quote marks")
p(D, "de se reparler prochainement", "pos", 1, "coop", "j")
p(D, "moins un geste vers Moscou qu’un message adressé à Washington", "neu", 1, "oth", "q")
p(D, "il n’a rien à offrir à Vladimir Poutine", "neg", 1, "coop", "q")
p(D, "il ne cède rien", "neg", 2, "conf", "q")
p(D, "s’était conclu sur un constat d’échec", "neg", 2, "coop", "j")
p(D, "provocation irresponsable", "neg", 2, "conf", "q")
p(D, "Le canal est rouvert", "pos", 1, "coop", "j")
p(D, "il ne mène nulle part pour l’instant", "neg", 2, "coop", "j")
p(D, "Paris accusant Moscou", "neg", 2, "conf", "j", note="added in review")

# ---------------------------------------------------------------- a04 RTBF, Scholz-Putin call 15 Nov 2024
D = "a04_rtbf_20241117"
META[D] = ("RTBF (Belgian public TV/radio site)", "2024-11-17", "2024-11-15 Scholz-Putin call")
TONE[D] = -2
p(D, "un appel pour rien ?", "neg", 2, "coop", "j")
p(D, "des lectures diamétralement opposées", "neg", 2, "conf", "j", note="readout comparison")
p(D, "fuite en avant inacceptable", "neg", 2, "conf", "q")
p(D, "une discussion de fond", "pos", 1, "coop", "q", note="substantive, cf. «substantielle» elsewhere")
p(D, "piétiné", "neg", 2, "conf", "q")
p(D, "ouvert à une reprise de la coopération énergétique", "pos", 1, "coop", "q")
p(D, "Je n'ai pas entendu le moindre signe d'assouplissement", "neg", 2, "conf", "q")
p(D, "se taire n'était pas une option", "pos", 1, "coop", "q")
p(D, "c'est lui offrir ce qu'il cherche", "neg", 2, "oth", "q", note="third party (Zelensky) on the call")
p(D, "un coup de fil électoral", "neg", 1, "oth", "q", note="'Pour ses détracteurs'")
p(D, "Au bout du fil, rien n'a bougé", "neg", 2, "coop", "j")
p(D, "prêt à reparler au chancelier", "pos", 1, "coop", "q")
p(D, "sans illusions sur la position de Berlin", "neg", 1, "conf", "q")
p(D, "a condamné les frappes russes", "neg", 1, "conf", "q", note="added in review; under 'Selon le porte-parole'")

# ---------------------------------------------------------------- a05 Sputnik Afrique, Trump-Putin call 18 Mar 2025
D = "a05_sputnikafrique_20250318"
META[D] = ("Sputnik Afrique (Russian state media in French)", "2025-03-18", "2025-03-18 Trump-Putin call")
TONE[D] = 2
p(D, "ouvrent la voie à un règlement", "pos", 2, "coop", "j")
p(D, "se sont accordés sur une série de mesures concrètes", "pos", 2, "coop", "j")
p(D, "substantielle", "pos", 1, "coop", "q")
p(D, "confiante", "pos", 2, "conf", "q", note="trust coded conflict/positive")
p(D, "en geste de bonne volonté", "pos", 1, "conf", "q")
p(D, "en dit long sur le climat entre les deux capitales", "pos", 1, "oth", "j")
p(D, "La paix se construira étape par étape, et la première vient d'être franchie", "pos", 2, "coop", "q")
p(D, "ouvrirait d'énormes possibilités", "pos", 2, "coop", "q")
p(D, "alchimie", "pos", 2, "oth", "q")
p(D, "Les deux présidents se comprennent, et c'est déjà beaucoup", "pos", 2, "coop", "q")
p(D, "rester en contact étroit sur tous les sujets", "pos", 1, "coop", "q")
p(D, "ont repris un rythme soutenu", "pos", 1, "coop", "j")
p(D, "la quasi-absence de dialogue", "neg", 1, "coop", "j", note="past state recalled")
p(D, "a accepté la proposition de Donald Trump", "pos", 1, "coop", "q", note="added in review; incise 'a annoncé le service de presse du Kremlin'")

# ---------------------------------------------------------------- a06 Le Progrès, Trump-Putin call 17 Dec 2017
D = "a06_leprogres_20171218"
META[D] = ("Le Progrès (regional daily, Lyon)", "2017-12-18", "2017-12-17 Putin-Trump call (foiled St Petersburg attack)")
TONE[D] = 1
p(D, "Poutine remercie Trump", "pos", 1, "coop", "j", note="headline, thanks without content: not speech")
p(D, "restent à couteaux tirés", "neg", 2, "conf", "j")
p(D, "profonde gratitude", "pos", 2, "coop", "q")
p(D, "rendraient la pareille", "pos", 1, "coop", "q")
p(D, "s'est félicité de cet appel", "pos", 1, "oth", "q")
p(D, "c'est exactement ainsi que deux grandes nations devraient se comporter face au terrorisme", "pos", 2, "coop", "q")
p(D, "ne doivent pas faire illusion", "neg", 1, "coop", "j")
p(D, "Sur le fond, rien n'a changé entre Washington et Moscou", "neg", 2, "coop", "j")
p(D, "savent encore se parler sans arrière-pensée", "pos", 1, "coop", "q")
p(D, "il ne faut pas surinterpréter ces échanges", "neu", 1, "oth", "q")
p(D, "afficher une bonne entente personnelle", "pos", 1, "oth", "q")
p(D, "leurs administrations s'affrontent sur presque tout", "neg", 2, "conf", "q")
p(D, "pour le remercier des informations transmises par la CIA", "pos", 1, "coop", "j", note="added in review")
p(D, "avait vanté la bonne santé des marchés américains", "pos", 1, "oth", "q", note="added in review; praise of the other side")

# ---------------------------------------------------------------- a07 France Culture press review, Anchorage summit
D = "a07_franceculture_20250816"
META[D] = ("France Culture (radio site, international press review)", "2025-08-16", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = -1
p(D, "la presse cherche encore le résultat", "neg", 1, "coop", "j")
p(D, "une rencontre sans contenu", "neg", 2, "coop", "q", note="newspaper as reporting voice")
p(D, "Poutine est reparti avec ce qu'il était venu chercher, la photo", "neg", 1, "oth", "q")
p(D, "une atmosphère de respect mutuel que l'on n'avait plus connue depuis des années", "pos", 2, "oth", "q")
p(D, "le retour de la Russie parmi les puissances avec lesquelles on négocie", "pos", 1, "oth", "q")
p(D, "un décor de chef d'État fréquentable", "neg", 1, "oth", "q")
p(D, "sans rien obtenir en échange", "neg", 2, "coop", "q")
p(D, "Tapis rouge", "neg", 1, "oth", "q", note="Libération's front page words, critical in context")
p(D, "La négociation est lancée", "pos", 1, "coop", "q")
p(D, "Moscou ne claque plus la porte", "pos", 1, "coop", "q")
p(D, "elle n'a eu que le vide", "neg", 2, "coop", "q")
p(D, "l'invité a donné le la", "neg", 1, "oth", "q", note="'en conclut que'")
p(D, "Le seul accord palpable semble porter sur le protocole", "neg", 1, "coop", "j")
p(D, "ce sera peut-être à Moscou", "pos", 1, "oth", "q", note="incise 'a glissé le président russe'")

# ---------------------------------------------------------------- a08 TRT Français, Black Sea grain deal in Istanbul
D = "a08_trtfrancais_20220722"
META[D] = ("TRT Français (Turkish state media in French)", "2022-07-22", "2022-07-22 Black Sea Grain Initiative signed in Istanbul (Erdogan mediation)")
TONE[D] = 2
p(D, "arrache un accord historique", "pos", 3, "coop", "j")
p(D, "une scène que peu d'observateurs jugeaient possible", "pos", 2, "oth", "j")
p(D, "Ce jour restera comme celui où la raison l'a emporté", "pos", 3, "coop", "q")
p(D, "ouvrir un chemin vers la paix", "pos", 2, "coop", "q")
p(D, "la preuve que des ennemis peuvent encore s'entendre sur l'essentiel", "pos", 2, "coop", "q")
p(D, "n'ont pas échangé de poignée de main", "neg", 1, "oth", "j")
p(D, "ont signé deux textes distincts", "neg", 1, "oth", "j")
p(D, "elle ne traduit aucune confiance envers Moscou", "neg", 2, "conf", "q")
p(D, "s'impose comme le seul médiateur crédible", "pos", 2, "coop", "j")
p(D, "le patient travail des diplomates turcs", "pos", 1, "coop", "j")
p(D, "Reste à savoir si cette entente technique survivra à la réalité du front", "neu", 1, "oth", "j")
p(D, "se sont engagés, par écrit, sur un même objectif", "pos", 2, "coop", "j")
p(D, "Chacun sait que la Türkiye tient parole", "pos", 1, "coop", "q", note="mediator on itself; re-added after the quote was shortened")

# ---------------------------------------------------------------- a09 Le360, Griner-Bout exchange in Abu Dhabi
D = "a09_le360_20221209"
META[D] = ("Le360 (Morocco)", "2022-12-09", "2022-12-08 Griner-Bout exchange, Emirati-Saudi mediation")
TONE[D] = 1
p(D, "saluée à Washington comme à Moscou", "pos", 1, "coop", "j")
p(D, "le fruit de la confiance dont jouissent les deux dirigeants auprès de Washington comme de Moscou", "pos", 2, "coop", "q")
p(D, "difficile", "neg", 1, "oth", "q", after="Il a décrit une négociation")
p(D, "menée jusqu'au bout de bonne foi", "pos", 1, "coop", "q")
p(D, "n'ait pas pu être inclus", "neg", 1, "coop", "q")
p(D, "Les discussions continuent", "pos", 1, "coop", "q")
p(D, "a toutefois pris soin de tempérer toute interprétation politique", "neg", 1, "coop", "j")
p(D, "Il ne faut pas y lire un signe de détente générale", "neg", 1, "coop", "q")
p(D, "C'est une affaire ponctuelle", "neg", 1, "coop", "q")
p(D, "au point mort", "neg", 2, "coop", "q")
p(D, "un rare moment de coopération", "pos", 2, "coop", "j")
p(D, "deux capitales qui ne se parlent presque plus", "neg", 2, "coop", "j")
p(D, "un rôle de passerelle", "pos", 1, "coop", "j")
p(D, "Les ambassades fonctionnent avec des effectifs squelettiques", "neg", 1, "coop", "j", note="added in review")

# ---------------------------------------------------------------- a10 La Libre Belgique, Cardinal Zuppi in Moscow
D = "a10_lalibre_20230630"
META[D] = ("La Libre Belgique", "2023-06-30", "2023-06-28/29 Vatican envoy Zuppi in Moscow")
TONE[D] = -1
p(D, "n'a pas été reçu par Poutine", "neg", 1, "oth", "j")
p(D, "bonnes intentions", "pos", 1, "oth", "q", after="Le Kremlin salue ses")
p(D, "personne n'y voit l'amorce d'une véritable médiation", "neg", 2, "coop", "j")
p(D, "animé de bonnes intentions", "pos", 1, "oth", "q")
p(D, "une mission humanitaire n'est pas une négociation", "neg", 1, "coop", "q")
p(D, "ouvrir un espace, même étroit, pour des gestes de réconciliation", "pos", 1, "coop", "q")
p(D, "il n'y a rien à négocier avec la Russie tant qu'elle occupe nos terres", "neg", 2, "coop", "q")
p(D, "Faute de mieux", "neg", 1, "coop", "j")
p(D, "une diplomatie des petits pas", "pos", 1, "coop", "j")
p(D, "il ne faut pas en attendre de miracle", "neg", 1, "coop", "q", note="'Pour X'")
p(D, "il a des canaux", "pos", 1, "coop", "q")
p(D, "cela ne l'engage à rien", "neg", 1, "coop", "q")
p(D, "l'espace pour une médiation politique est à peu près nul", "neg", 2, "coop", "q")
p(D, "sans avoir rencontré Vladimir Poutine", "neg", 1, "oth", "j", note="added in review")

# ---------------------------------------------------------------- a11 TF1info Q&A, Istanbul talks 29 Mar 2022
D = "a11_tf1info_20220330"
META[D] = ("TF1info (TV site, Q&A explainer)", "2022-03-30", "2022-03-29 Russia-Ukraine talks in Istanbul")
TONE[D] = 0
p(D, "une percée, vraiment ?", "neu", 1, "coop", "j", note="positive noun under a sceptical question")
p(D, "Des signaux sans précédent", "pos", 1, "coop", "j")
p(D, "avec une prudence affichée", "neg", 1, "oth", "j", note="third parties (the West) on the talks")
p(D, "Il est temps de transformer ces rencontres en résultats concrets", "pos", 1, "coop", "q", note="mediator (Erdogan) on the talks")
p(D, "l'ambiance était moins tendue", "pos", 1, "oth", "q", note="'Selon plusieurs participants'")
p(D, "Nous avons posé sur la table un texte sérieux", "pos", 1, "coop", "q")
p(D, "pour donner une chance au processus", "pos", 1, "coop", "q")
p(D, "un geste n'est pas une trêve", "neg", 1, "coop", "q")
p(D, "Avec une méfiance à peine voilée", "neg", 2, "conf", "j")
p(D, "Nous attendrons de voir les troupes partir avant d'y croire", "neg", 1, "conf", "q")
p(D, "sur la foi de promesses", "neg", 1, "conf", "q")
p(D, "une rencontre entre les deux présidents pourrait être envisagée", "pos", 1, "oth", "q", note="'a laissé entendre que'")
p(D, "On en est encore loin", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a12 Keystone-ATS, Istanbul talks 16 May 2025
D = "a12_keystoneats_20250516"
META[D] = ("Keystone-ATS (Swiss wire)", "2025-05-16", "2025-05-16 Russia-Ukraine direct talks in Istanbul")
TONE[D] = -1
p(D, "mais pas de trêve", "neg", 1, "coop", "j")
p(D, "n'ont débouché que sur", "neg", 1, "coop", "j")
p(D, "convenues de présenter chacune par écrit leur vision", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "Le contact est établi, c'est l'essentiel", "pos", 1, "coop", "q")
p(D, "Nous sommes prêts à continuer", "pos", 1, "coop", "q")
p(D, "des exigences qui n'ont rien à voir avec la réalité", "neg", 2, "conf", "q")
p(D, "L'atmosphère était lourde", "neg", 1, "oth", "q", note="'selon plusieurs participants'")
p(D, "avoir demandé une rencontre entre les présidents", "pos", 1, "oth", "q")
p(D, "prendre note", "neu", 1, "oth", "q")
p(D, "une délégation sans mandat", "neg", 2, "oth", "q")
p(D, "pour gagner du temps", "neg", 1, "conf", "q", note="'selon lui'")
p(D, "Le maître du Kremlin a ignoré le défi", "neg", 1, "oth", "j")
p(D, "un premier pas", "pos", 1, "coop", "q", note="third party (Swiss FDFA) on the talks")
p(D, "avaient été rompues", "neg", 1, "coop", "j", note="past round recalled")
p(D, "ont duré moins de deux heures", "neg", 1, "oth", "j", note="added in review; meeting form")

# ---------------------------------------------------------------- a13 RFI, POW exchange of 3 Jan 2024 (UAE mediation)
D = "a13_rfi_20240104"
META[D] = ("RFI (radio site)", "2024-01-04", "2024-01-03 Russia-Ukraine prisoner exchange, UAE mediation")
TONE[D] = 0
p(D, "dernier fil entre Kiev et Moscou", "neu", 1, "coop", "j", note="a channel exists, but the last one")
p(D, "après cinq mois de blocage", "neg", 1, "coop", "j")
p(D, "les négociations étaient difficiles", "neg", 1, "oth", "q")
p(D, "elles ont abouti", "pos", 2, "coop", "q")
p(D, "comme instrument de pression", "neg", 2, "conf", "q")
p(D, "un dialogue humanitaire qui fonctionne malgré tout", "pos", 1, "coop", "q")
p(D, "s'étaient mutuellement accusés", "neg", 2, "conf", "j", note="reporting frame; the accused content is the speech")
p(D, "le seul domaine où les deux parties négocient réellement", "pos", 1, "coop", "q")
p(D, "Il ne faut pas en tirer de conclusion sur une éventuelle négociation politique", "neg", 1, "coop", "q")
p(D, "Les deux logiques sont étanches", "neg", 1, "coop", "q")
p(D, "ont su se rendre utiles aux deux camps sans froisser personne", "pos", 1, "coop", "q", note="mediator on the talks")
p(D, "cette bonne nouvelle", "pos", 1, "coop", "j")
p(D, "ne change rien à l'intensité des combats", "neg", 1, "conf", "j")

# ---------------------------------------------------------------- a14 La Voix du Nord (scraped), Trump-Putin call 3 Jul 2025
D = "a14_lavoixdunord_20250704"
META[D] = ("La Voix du Nord (regional daily, scraped page with AFP copy)", "2025-07-04", "2025-07-03 Trump-Putin call")
TONE[D] = -2
p(D, "bredouille", "neg", 2, "coop", "q", note="headline, quote marks")
p(D, "les mains vides", "neg", 2, "coop", "q")
p(D, "On n'a pas avancé d'un centimètre", "neg", 3, "coop", "q")
p(D, "sans détour", "neu", 1, "oth", "q")
p(D, "ne renoncerait pas à ses objectifs en Ukraine", "neg", 2, "conf", "q")
p(D, "souhaité à son interlocuteur une bonne fête nationale", "pos", 1, "oth", "q", note="inside 'a relevé que'")
p(D, "sont convenus de poursuivre leurs échanges", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "Des promesses qui se heurtent à la réalité", "neg", 2, "coop", "j")
p(D, "les appels se succèdent sans résultat", "neg", 2, "coop", "j")
p(D, "avait lancé le processus", "pos", 1, "coop", "j")
p(D, "qui n'a guère survécu aux semaines suivantes", "neg", 1, "coop", "j")
p(D, "devait ouvrir la voie à un cessez-le-feu", "neu", 1, "coop", "j", note="expectation, then failure")
p(D, "rester ouvert à une rencontre entre les deux présidents", "pos", 1, "oth", "q")
p(D, "sans qu'aucune date n'ait jamais été avancée", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a15 CGTN Français, Xi-Biden at Woodside
D = "a15_cgtnfrancais_20231116"
META[D] = ("CGTN Français (Chinese state media in French)", "2023-11-16", "2023-11-15 Xi-Biden meeting in Woodside")
TONE[D] = 2
p(D, "remettent les relations sino-américaines sur les rails", "pos", 2, "coop", "j")
p(D, "sincère", "pos", 1, "oth", "q")
p(D, "tourné vers l'avenir", "pos", 1, "coop", "q")
p(D, "un tournant bienvenu", "pos", 2, "coop", "j")
p(D, "rétablir les canaux de communication entre leurs armées", "pos", 1, "coop", "j", note="agreement about the relation's channels")
p(D, "ont tout à gagner à se respecter mutuellement", "pos", 2, "coop", "q")
p(D, "des résultats, pas des querelles", "pos", 2, "coop", "q")
p(D, "la ligne rouge qu'aucune coopération ne saurait effacer", "neg", 2, "conf", "q")
p(D, "ne glisse jamais vers l'affrontement", "pos", 1, "conf", "q", note="inside 'insisté pour que'")
p(D, "une image d'apaisement", "pos", 1, "conf", "j")
p(D, "ont retrouvé un langage commun", "pos", 2, "coop", "q")
p(D, "pose des bases solides pour une relation plus stable", "pos", 2, "coop", "q")
p(D, "Washington doit désormais joindre les actes à la parole", "neg", 1, "conf", "j", note="state-media own voice, distrust")
p(D, "les engagements pris à Woodside soient respectés dans la durée", "neu", 1, "coop", "q", note="added in review; condition under 'à condition que'")

# ---------------------------------------------------------------- a16 Le Monde, India-Pakistan after the May 2025 ceasefire
D = "a16_lemonde_20250517"
META[D] = ("Le Monde (correspondent, subscriber article)", "2025-05-17", "2025-05 Modi-Sharif after the 10 May ceasefire")
TONE[D] = -2
p(D, "ferme la porte au dialogue", "neg", 2, "coop", "j")
p(D, "prêt à des discussions sur tous les sujets", "pos", 1, "coop", "q")
p(D, "n’y voit qu’une manœuvre", "neg", 1, "conf", "j", note="'voir' is not a speech verb")
p(D, "le téléphone reste muet", "neg", 2, "coop", "j")
p(D, "Il ne peut y avoir de discussion", "neg", 3, "coop", "q")
p(D, "un pays qui abrite ceux qui tuent nos citoyens", "neg", 3, "conf", "q")
p(D, "ne pourrait porter que sur le terrorisme", "neg", 1, "coop", "q", note="incise 'a-t-il ajouté'")
p(D, "prêts à nous asseoir à la table avec l’Inde", "pos", 2, "coop", "q")
p(D, "une offre de façade", "neg", 2, "coop", "q")
p(D, "une paix armée", "neg", 2, "conf", "j")
p(D, "une déclaration d’hostilité", "neg", 2, "conf", "q")
p(D, "aucun dialogue structuré n’existe entre les deux voisins", "neg", 2, "coop", "j")
p(D, "Renouer avec Islamabad aujourd’hui serait perçu comme une faiblesse", "neg", 2, "coop", "q")
p(D, "Le cessez-le-feu tiendra tant que chacun y trouve son intérêt, pas plus", "neg", 1, "conf", "q")
p(D, "aucun échange n’a eu lieu entre les deux chefs de gouvernement", "neg", 1, "coop", "j", note="added in review (sentence repaired)")
p(D, "Modi a fait de la fermeté une marque politique", "neg", 1, "conf", "q", note="added in review")

# ---------------------------------------------------------------- a17 Euronews, Erdogan-Mitsotakis in Athens
D = "a17_euronews_20231207"
META[D] = ("Euronews (TV site)", "2023-12-07", "2023-12-07 Erdogan-Mitsotakis meeting in Athens")
TONE[D] = 2
p(D, "ouvrent une nouvelle page", "pos", 2, "coop", "j")
p(D, "un échange acerbe devant les caméras", "neg", 2, "conf", "j", note="past visit recalled")
p(D, "placée sous le signe de la réconciliation", "pos", 2, "coop", "j")
p(D, "une déclaration d'amitié et de bon voisinage", "pos", 2, "coop", "j", note="agreement about the relation itself")
p(D, "Nous ne sommes pas obligés d'être d'accord sur tout pour vivre en paix côte à côte", "pos", 1, "coop", "q")
p(D, "un esprit positif", "pos", 1, "oth", "q")
p(D, "doit nous réunir au lieu de nous séparer", "pos", 2, "coop", "q")
p(D, "décidé de regarder le verre à moitié plein", "pos", 1, "coop", "q")
p(D, "Un ton radicalement différent", "pos", 2, "oth", "j")
p(D, "Le rapprochement s'est amorcé", "pos", 1, "coop", "j")
p(D, "a ouvert la voie à un agenda positif", "pos", 2, "coop", "j")
p(D, "climat impossible à imaginer il y a deux ans", "pos", 2, "oth", "q")
p(D, "Les différends de fond, eux, restent entiers", "neg", 2, "conf", "j")
p(D, "avait réclamé en direct la révision du traité de Lausanne", "neg", 1, "conf", "q", note="added in review; past provocation, NP of a speech verb")

# ---------------------------------------------------------------- a18 TSA, Tebboune-Macron call 31 Mar 2025
D = "a18_tsa_20250401"
META[D] = ("TSA - Tout sur l'Algérie", "2025-04-01", "2025-03-31 Tebboune-Macron call")
TONE[D] = 0
p(D, "la reprise du dialogue", "pos", 1, "coop", "j")
p(D, "à l'épreuve des faits", "neu", 1, "oth", "j")
p(D, "huit mois de crise", "neg", 2, "conf", "j")
p(D, "approfondi", "pos", 1, "oth", "q")
p(D, "empreint de respect", "pos", 1, "oth", "q")
p(D, "rétablir une relation d'Etat à Etat apaisée", "pos", 2, "conf", "q")
p(D, "passe ce point sous silence", "neg", 1, "oth", "j", note="readout comparison")
p(D, "avaient multiplié les invectives", "neg", 2, "conf", "j")
p(D, "un climat de surenchère entretenu à Paris", "neg", 2, "conf", "q")
p(D, "un armistice plus qu'une réconciliation", "neg", 1, "coop", "q")
p(D, "aucun des contentieux de fond n'a été réglé", "neg", 1, "conf", "q")
p(D, "avant de se rouvrir à la première étincelle", "neg", 2, "conf", "j")
p(D, "dira si cette fois la détente est durable", "neu", 1, "oth", "j")
p(D, "avait rappelé son ambassadeur", "neg", 1, "conf", "j", note="added in review; state of the relation")

# ---------------------------------------------------------------- a19 Le Monde Afrique, Luanda summit called off
D = "a19_lemondeafrique_20241216"
META[D] = ("Le Monde Afrique", "2024-12-16", "2024-12-15 Tshisekedi-Kagame summit in Luanda cancelled")
TONE[D] = -2
p(D, "tourne court", "neg", 2, "coop", "j")
p(D, "fait faux bond", "neg", 2, "oth", "j")
p(D, "n’a jamais paru aussi fragile", "neg", 2, "coop", "j")
p(D, "les conditions n’étaient pas réunies", "neg", 1, "coop", "q", note="mediator (Angola) on the meeting")
p(D, "avait buté sur une exigence rwandaise", "neg", 1, "conf", "j")
p(D, "Le Rwanda a choisi de saboter la paix", "neg", 3, "conf", "q")
p(D, "refuser toute solution politique", "neg", 2, "conf", "q")
p(D, "semblaient pourtant ouvrir la voie à une rencontre des deux chefs d’Etat", "pos", 1, "coop", "j")
p(D, "Ces espoirs se sont dissipés en quelques heures", "neg", 2, "coop", "j")
p(D, "ne se parlent plus que par communiqués interposés", "neg", 2, "coop", "q")
p(D, "La défiance est totale", "neg", 3, "conf", "q")
p(D, "comparé son homologue rwandais à Adolf Hitler", "neg", 3, "conf", "j", note="past insult recalled")
p(D, "la médiation se poursuit", "pos", 1, "coop", "q")
p(D, "collaborer avec les FDLR", "neg", 2, "conf", "q", note="added in review; accusation inside Kigali's communiqué")

# ---------------------------------------------------------------- a20 France 24 (scraped), Aliyev-Pashinyan in Washington
D = "a20_france24_20250809"
META[D] = ("France 24 (TV site, scraped page)", "2025-08-09", "2025-08-08 Aliyev-Pashinyan-Trump meeting in Washington")
TONE[D] = 1
p(D, "scellent un rapprochement historique", "pos", 3, "coop", "j")
p(D, "ouvre la voie à un traité de paix", "pos", 2, "coop", "j")
p(D, "après plus de trois décennies de conflit", "neg", 2, "conf", "j", note="past hostility recalled")
p(D, "une poignée de main à trois", "pos", 1, "oth", "j")
p(D, "le Caucase tourne une page écrite dans le sang", "pos", 2, "conf", "q")
p(D, "Nous avons posé une pierre importante", "pos", 2, "coop", "q")
p(D, "la maison de la paix reste à construire", "neu", 1, "coop", "q")
p(D, "Personne n'aurait parié sur cette journée il y a un an", "pos", 2, "oth", "q")
p(D, "la paix ne serait complète que lorsque", "neg", 1, "conf", "q", note="condition set by Baku, inside 'a rappelé que'")
p(D, "n'a été que paraphé, pas signé", "neg", 1, "coop", "j")
p(D, "une étape majeure", "pos", 2, "coop", "q", note="NP of 'salue'")
p(D, "On passe d'une logique de guerre à une logique de négociation, c'est considérable", "pos", 2, "coop", "q")
p(D, "la confiance entre les deux sociétés reste entièrement à bâtir", "neg", 1, "conf", "q")
