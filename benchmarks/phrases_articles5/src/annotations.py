"""Gold framing phrases and article tone for phrases_articles5 (held out; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a45 AFP, first call 28 Jan 2017
D = "a45_afp_20170128"
META[D] = ("AFP", "2017-01-28", "2017-01-28 first Trump-Putin call")
TONE[D] = 1
p(D, "positif et constructif", "pos", 2, "coop", "q", after="Kremlin a qualifié de")
p(D, "positif et constructif", "pos", 2, "coop", "q", after="Moscou salue un échange «", note="headline; salue + quoted qualifier")
p(D, "une véritable coordination", "pos", 2, "coop", "q", note="agreement predicate with quote marks: quoted fragment of the parties")
p(D, "mutuellement avantageux", "pos", 1, "coop", "q")
p(D, "un début significatif", "pos", 2, "coop", "q")
p(D, "qui a besoin d'être réparée", "neg", 1, "coop", "q", note="past state of the relation")
p(D, "au plus bas depuis la fin de l'URSS", "neg", 3, "conf", "j")
p(D, "formidable» de s'entendre avec la Russie", "pos", 2, "coop", "q", note="mixed: quoted adjective inside a reported que-clause")
p(D, "ne fallait pas attendre de cet appel des percées", "neg", 1, "coop", "q", note="hedged expectation; negation")
# ---------------------------------------------------------------- a46 Le Figaro, Tillerson in Moscow, Apr 2017
D = "a46_lefigaro_20170412"
META[D] = ("Le Figaro", "2017-04-12", "2017-04-12 Tillerson-Lavrov talks and Putin meeting in Moscow")
TONE[D] = -2
p(D, "touche le fond", "neg", 3, "conf", "j", note="idiom; deterioration")
p(D, "le Kremlin a entretenu le suspense sur cette éventuelle rencontre", "neg", 1, "oth", "j", note="meeting form")
p(D, "un accueil glacial", "neg", 2, "oth", "j", note="atmosphere")
p(D, "à l'ambiance électrique", "neg", 2, "oth", "j", note="atmosphere idiom")
p(D, "étalé leurs divergences", "neg", 2, "conf", "j")
p(D, "ne s'est pas amélioré", "neg", 1, "coop", "q", note="negation")
p(D, "il s'est plutôt dégradé", "neg", 2, "conf", "q", note="hedge plutôt")
p(D, "Nous ne nous entendons pas du tout avec la Russie", "neg", 3, "coop", "q")
p(D, "tenter d'«assainir» la relation bilatérale", "pos", 1, "coop", "q", note="agreement predicate with quote-marked fragment; hedged by tenter")
p(D, "Loin de l'embellie promise", "neg", 2, "coop", "j", note="failed cooperation; idiom")
p(D, "s'est achevée sans annonce majeure", "neg", 1, "coop", "j", note="outcome")
# ---------------------------------------------------------------- a47 Le Devoir, Da Nang APEC, Nov 2017
D = "a47_ledevoir_20171111"
META[D] = ("Le Devoir", "2017-11-11", "2017-11-11 Trump and Putin at the Da Nang APEC summit, no formal meeting")
TONE[D] = 0
p(D, "Pas de tête-à-tête formel", "neg", 1, "oth", "j", note="meeting form, headline")
p(D, "ont dû se contenter de quelques échanges informels", "neg", 1, "oth", "j", note="meeting form")
p(D, "n'a finalement pas eu lieu", "neg", 1, "oth", "j", note="meeting form; negation")
p(D, "détermination à vaincre", "pos", 1, "coop", "q", note="shared aim inside a joint statement (NP of réaffirmer)")
p(D, "agréable dans le dialogue", "pos", 2, "oth", "q")
p(D, "Je crois vraiment que lorsqu'il me dit cela, il est sincère", "pos", 2, "oth", "q", note="stance: trust")
p(D, "Avoir de bonnes relations avec la Russie est une bonne chose, pas une mauvaise", "pos", 2, "coop", "q")
p(D, "le rapprochement promis reste introuvable", "neg", 2, "coop", "j", note="failed cooperation")
p(D, "empoisonnées par l'enquête sur l'ingérence", "neg", 2, "conf", "j")
# ---------------------------------------------------------------- a48 L'Express chronicle, congratulation call, Mar 2018
D = "a48_lexpress_20180321"
META[D] = ("L'Express", "2018-03-21", "2018-03-20 Trump congratulation call to Putin after his re-election")
TONE[D] = -1
p(D, "le coup de fil de trop", "neg", 2, "oth", "j", note="headline idiom framing the call itself")
p(D, "appartient clairement à la seconde catégorie", "neg", 1, "oth", "j", note="call made out of personal liking (par goût), framed critically; doubtful")
p(D, "ravi", "pos", 1, "oth", "j", note="one side's satisfaction with the call; ironic context")
p(D, "probablement dans un avenir pas trop lointain", "pos", 1, "oth", "q", note="meeting form; hedge")
p(D, "constructif", "pos", 2, "coop", "q", after="l'entretien aurait été")
p(D, "chaque formule aimable s'évapore dans les jours qui suivent", "neg", 2, "coop", "j", note="failed cooperation; idiom")
p(D, "n'a rien d'aimable", "neg", 2, "conf", "j", note="negation")
p(D, "n'ont jamais été aussi éloignées", "neg", 3, "conf", "j", note="past state, negation")
p(D, "On pourrait voir dans cet appel l'amorce d'une détente. Ce serait beaucoup lui prêter", "neg", 1, "coop", "j", note="concession: positive reading rejected")
p(D, "la complaisance persistante de Donald Trump envers un dirigeant", "neg", 2, "oth", "j", note="warmth framed critically: negative/other")
p(D, "Il est permis de douter qu'elle change quoi que ce soit à la glaciation en cours", "neg", 2, "conf", "j", note="hedge and idiom")
# ---------------------------------------------------------------- a49 RTBF, Washington visit postponed, Jul 2018
D = "a49_rtbf_20180726"
META[D] = ("RTBF", "2018-07-26", "2018-07-25 Putin's autumn visit to Washington postponed to 2019")
TONE[D] = -1
p(D, "repousse à 2019 la visite de Poutine à Washington", "neg", 1, "oth", "j", note="meeting form, headline")
p(D, "était reportée à l'an prochain", "neg", 1, "oth", "q", note="meeting form; que-clause of annoncer")
p(D, "des discussions étaient en cours pour accueillir le maître du Kremlin à Washington", "pos", 1, "oth", "q", note="invitation, past")
p(D, "prêt» à se rendre à Washington", "pos", 1, "oth", "q", note="mixed; meeting form")
p(D, "Les contacts se poursuivent", "pos", 1, "coop", "q")
p(D, "ne permettait pas de travailler normalement", "neg", 1, "coop", "q", note="negation")
p(D, "globalement réussi", "pos", 1, "coop", "q", note="hedge globalement")
p(D, "reste prisonnière de la politique intérieure américaine", "neg", 2, "coop", "j", note="idiom")
p(D, "La perspective d'une visite à la Maison Blanche s'éloigne", "neg", 1, "oth", "j", note="meeting form")
# ---------------------------------------------------------------- a50 L'Obs, Buenos Aires meeting cancelled, Nov 2018
D = "a50_lobs_20181130"
META[D] = ("L'Obs", "2018-11-30", "2018-11-29 Trump cancels his G20 Buenos Aires meeting with Putin after the Kerch Strait incident")
TONE[D] = -2
p(D, "annule sa rencontre avec Poutine", "neg", 2, "oth", "j", note="meeting form, headline")
p(D, "probable", "pos", 1, "oth", "q", note="meeting form; quoted adjective")
p(D, "annuler ma rencontre prévue en Argentine avec le président Vladimir Poutine", "neg", 1, "oth", "q", note="meeting form, cancellation in the speaker's own words")
p(D, "J'attends avec impatience un sommet porteur de sens", "pos", 2, "oth", "q", note="meeting form inside a cancellation message")
p(D, "accueillie avec une froideur calculée", "neg", 2, "oth", "j", note="atmosphere")
p(D, "le président aura quelques heures de plus dans son programme pour des rencontres utiles", "neg", 1, "oth", "q", note="ironic dismissal")
p(D, "regretter» la décision", "neg", 1, "coop", "q", note="mixed")
p(D, "il n'existe pour l'instant aucun agenda commun", "neg", 2, "coop", "q")
p(D, "paraît plus figée que jamais", "neg", 2, "coop", "j", note="hedge paraît lowers 3 to 2")
# ---------------------------------------------------------------- a51 Sputnik France-style state media, call of 3 May 2019
D = "a51_sputnik_20190503"
META[D] = ("Sputnik France", "2019-05-03", "2019-05-03 Trump-Putin phone call after the Mueller report")
TONE[D] = 2
p(D, "de travail et constructif", "pos", 2, "coop", "q", after="ont eu un entretien «", note="headline")
p(D, "de travail et constructif", "pos", 2, "coop", "q", after="a qualifié l'échange de")
p(D, "restent différentes", "neg", 1, "conf", "q", note="disagreement admitted in the readout")
p(D, "une longue et excellente conversation", "pos", 3, "coop", "q")
p(D, "un potentiel énorme pour une bonne, voire formidable relation avec la Russie", "pos", 3, "coop", "q")
p(D, "témoigne d'une dynamique positive dans les relations bilatérales", "pos", 2, "coop", "j", note="state media, warm journalist voice")
p(D, "la campagne antirusse menée depuis deux ans par une partie de la classe politique américaine", "neg", 1, "conf", "j", note="doubtful: hostility of one side's political class")
p(D, "aucune rencontre n'est pour l'instant en préparation", "neg", 1, "oth", "q", note="meeting form, selon X")
# ---------------------------------------------------------------- a52 24 heures (CH), Elbe joint statement, Apr 2020
D = "a52_24heures_20200426"
META[D] = ("24 heures", "2020-04-26", "2020-04-25 Trump-Putin joint statement on the Elbe anniversary; Covid-era calls")
TONE[D] = 1
p(D, "célèbrent ensemble la jonction sur l'Elbe", "pos", 1, "coop", "j", note="headline; joint act")
p(D, "les dossiers qui fâchent restent entiers", "neg", 2, "conf", "j", note="idiom")
p(D, "mettre de côté leurs différences, bâtir la confiance et coopérer au service d'une cause plus grande", "pos", 2, "coop", "q", note="list in one quoted phrase kept together")
p(D, "très gentil", "pos", 2, "oth", "q", note="stance toward the other side's gesture")
p(D, "semble ainsi avoir rapproché, au moins en apparence, les deux capitales", "pos", 1, "coop", "j", note="double hedge")
p(D, "cette accalmie de circonstance ne doit pas faire illusion", "neg", 1, "conf", "j", note="easing of conflict, discounted by negation")
p(D, "Sur le fond, rien n'a changé", "neg", 2, "coop", "j", note="negation")
p(D, "avait invité son homologue américain à y assister", "pos", 1, "oth", "q", note="invitation; inviter à + infinitive treated as speech")
# ---------------------------------------------------------------- a53 Tribune de Genève, Biden-Putin Geneva summit, Jun 2021
D = "a53_tdg_20210616"
META[D] = ("Tribune de Genève", "2021-06-16", "2021-06-16 Biden-Putin summit in Geneva")
TONE[D] = 0
p(D, "se parlent sans se réconcilier", "neu", 1, "coop", "j", note="headline; concession")
p(D, "Il n'y a eu ni repas ni conférence de presse commune", "neg", 1, "oth", "j", note="meeting form; negation")
p(D, "Il n'y a eu aucune hostilité", "pos", 2, "oth", "q", note="negated negative: atmosphere")
p(D, "assez constructives", "pos", 1, "coop", "q", note="hedge assez")
p(D, "Il me semble que des lueurs de confiance sont apparues", "pos", 1, "coop", "q", note="hedge")
p(D, "Il ne s'agit pas de confiance, il s'agit d'intérêt et de vérification", "neu", 1, "coop", "q", note="negation; pragmatic stance")
p(D, "conséquences dévastatrices", "neg", 2, "conf", "q", note="threat")
p(D, "progresser vers des objectifs communs, même en période de tensions", "pos", 1, "coop", "q", note="concession")
p(D, "Les désaccords demeurent profonds", "neg", 2, "conf", "j")
# ---------------------------------------------------------------- a54 Le Monde, Rubio-Lavrov in Riyadh, Feb 2025
D = "a54_lemonde_20250218"
META[D] = ("Le Monde", "2025-02-18", "2025-02-18 Rubio-Lavrov talks in Riyadh")
TONE[D] = 1
p(D, "renouent le fil", "pos", 2, "coop", "j", note="headline idiom")
p(D, "Une première à ce niveau", "pos", 1, "oth", "j", note="meeting form: novelty")
p(D, "Après trois années de gel quasi total", "neg", 1, "coop", "j", note="past state")
p(D, "La conversation n'a pas été inutile", "pos", 1, "coop", "q", note="litotes")
p(D, "Nous nous sommes non seulement écoutés, mais aussi entendus", "pos", 2, "coop", "q")
p(D, "un point de départ", "pos", 1, "coop", "q", note="pour X")
p(D, "il est peu probable qu'il puisse se tenir dès la semaine prochaine", "neg", 1, "oth", "q", note="meeting form, selon X")
p(D, "n'est pas encore à l'ordre du jour immédiat", "neg", 1, "oth", "j", note="meeting form; negation")
p(D, "Ce dégel spectaculaire", "pos", 2, "coop", "j", note="easing")
p(D, "les États-Unis ont cessé de chercher à isoler la Russie", "pos", 1, "conf", "q", note="easing of hostility; attributed by 'pour Moscou' (doubtful voice)")
# ---------------------------------------------------------------- a55 franceinfo live blog, Witkoff in Moscow / Putin's "yes, but", Mar 2025
D = "a55_franceinfo_20250313"
META[D] = ("franceinfo", "2025-03-13", "2025-03-13 Witkoff in Moscow; Putin's conditional answer to the 30-day ceasefire proposal")
TONE[D] = -1
p(D, "prometteuse", "pos", 1, "coop", "q", after="Donald Trump juge sa déclaration «", note="headline quoted adjective")
p(D, "a patienté plusieurs heures avant d'être reçu", "neg", 1, "oth", "j", note="meeting form")
p(D, "très prometteuse", "pos", 2, "coop", "q", after="20h12")
p(D, "pas complète", "neg", 1, "coop", "q", note="negation; two evaluations joined by mais")
p(D, "Une réponse de type oui, mais", "neg", 1, "coop", "j")
p(D, "L'idée elle-même est bonne et nous la soutenons", "pos", 2, "coop", "q")
p(D, "questions» qui, selon lui, restent à régler", "neg", 1, "coop", "q", note="mixed; the «mais» half of the answer")
p(D, "peut-être en l'appelant", "pos", 1, "oth", "q", note="meeting form, hedged")
p(D, "le Kremlin cherche surtout à gagner du temps", "neg", 2, "oth", "q", note="pour X")
# ---------------------------------------------------------------- a56 Le HuffPost, "Vladimir, STOP!", Apr 2025
D = "a56_huffpost_20250424"
META[D] = ("Le HuffPost", "2025-04-24", "2025-04-24 Trump's 'Vladimir, STOP!' message after strikes on Kyiv")
TONE[D] = -1
p(D, "hausse le ton contre Poutine", "neg", 2, "conf", "j", note="headline idiom")
p(D, "Je ne suis pas content des frappes russes sur Kiev", "neg", 1, "conf", "q", note="stance toward the other side; event words inside")
p(D, "Pas nécessaires, et un très mauvais moment", "neg", 1, "conf", "q", note="continuation of the same quotation")
p(D, "Vladimir, STOP !", "neg", 2, "conf", "q", after="un très mauvais moment. ")
p(D, "Concluons l'accord de paix !", "pos", 1, "coop", "q", note="shared aim as appeal")
p(D, "Le ton tranche avec les amabilités échangées ces dernières semaines", "neg", 1, "oth", "j", note="contrast with past warmth")
p(D, "suit son cours", "pos", 1, "coop", "q")
p(D, "Washington semble perdre patience", "neg", 1, "conf", "j", note="hedge")
p(D, "Vladimir, STOP !", "neg", 2, "conf", "q", after="contre Poutine : «", note="headline")
p(D, "voir les États-Unis se retirer du processus faute de progrès rapides", "neg", 1, "coop", "q", note="threat to quit the talks")
# ---------------------------------------------------------------- a57 TV5Monde, birthday call, Jun 2025
D = "a57_tv5monde_20250614"
META[D] = ("TV5Monde", "2025-06-14", "2025-06-14 Putin's birthday call to Trump during the Israel-Iran war")
TONE[D] = 1
p(D, "Un échange cordial", "pos", 1, "oth", "j", note="atmosphere")
p(D, "qui n'a pas fait bouger les lignes sur l'Ukraine", "neg", 1, "coop", "j", note="idiom; negation")
p(D, "très gentiment", "pos", 1, "oth", "q")
p(D, "ouvert", "pos", 1, "coop", "q", note="stance toward the other side's offer")
p(D, "franche et substantielle", "pos", 2, "coop", "q")
p(D, "rester en contact", "pos", 1, "coop", "q", note="agreement predicate with quote marks")
p(D, "aucune avancée n'a été annoncée", "neg", 1, "coop", "j")
p(D, "bonne, mais pas de nature à mener à une paix immédiate", "neu", 1, "coop", "q", note="concession in one quoted phrase, past call")
p(D, "la tonalité était nettement plus chaleureuse", "pos", 2, "oth", "j", note="atmosphere")
# ---------------------------------------------------------------- a58 Les Echos, 50-day ultimatum, Jul 2025
D = "a58_lesechos_20250715"
META[D] = ("Les Echos", "2025-07-15", "2025-07-14 Trump's 50-day ultimatum to Putin and secondary tariffs threat")
TONE[D] = -2
p(D, "donne cinquante jours à Poutine", "neg", 2, "conf", "j", note="headline: ultimatum")
p(D, "des droits de douane très sévères", "neg", 2, "conf", "q", note="threat between the sides")
p(D, "Je suis très déçu par le président Poutine", "neg", 2, "coop", "q")
p(D, "Je pensais que nous aurions un accord il y a deux mois", "neg", 1, "coop", "q", note="failed cooperation")
p(D, "Nous avons des conversations très agréables, et puis des missiles frappent Kiev la nuit", "neg", 2, "coop", "q", note="warm words inside a framing of empty talks")
p(D, "très sérieuses", "neu", 1, "oth", "q", note="stance: taking the threat seriously")
p(D, "ultimatum théâtral", "neg", 2, "conf", "q")
p(D, "la séquence des échanges cordiaux entre les deux présidents semble close", "neg", 2, "coop", "j", note="hedge; warm words, negative framing")
p(D, "brandit l'arme des droits de douane secondaires", "neg", 2, "conf", "j", note="headline idiom, threat")
# ---------------------------------------------------------------- a59 La Dépêche du Midi (scraped page), Witkoff in Moscow, summit announced, Aug 2025
D = "a59_ladepeche_20250807"
META[D] = ("La Dépêche du Midi", "2025-08-07", "2025-08-06 Witkoff-Putin meeting; 2025-08-07 Trump-Putin summit announced")
TONE[D] = 1
p(D, "vers un sommet Trump-Poutine", "pos", 1, "oth", "j", note="headline; meeting form")
p(D, "évoquent une rencontre prochaine entre les deux présidents", "pos", 1, "oth", "j", note="meeting form; évoquer + NP is topic-only, not speech: journalist")
p(D, "un accord de principe avait été trouvé pour organiser une rencontre", "pos", 1, "oth", "q", note="meeting form")
p(D, "très utile et constructive", "pos", 2, "coop", "q")
p(D, "De grands progrès ont été réalisés", "pos", 2, "coop", "q")
p(D, "extrêmement productive", "pos", 3, "coop", "q")
p(D, "Tout le monde est d'accord pour que cette guerre prenne fin", "pos", 1, "coop", "q", note="shared aim; war words")
p(D, "Un optimisme à relativiser", "neg", 1, "coop", "j", note="subheading, hedge")
p(D, "Washington maintient la pression", "neg", 1, "conf", "j")
# ---------------------------------------------------------------- a60 L'Echo (BE), Budapest summit shelved and sanctions on Rosneft/Lukoil, Oct 2025
D = "a60_lecho_20251023"
META[D] = ("L'Echo", "2025-10-23", "2025-10-22 Budapest summit called off; US sanctions on Rosneft and Lukoil")
TONE[D] = -2
p(D, "enterre le sommet de Budapest", "neg", 2, "oth", "j", note="headline idiom; meeting form")
p(D, "avait désigné Budapest pour un prochain sommet", "pos", 1, "oth", "j", note="meeting form, past plan")
p(D, "Je ne voulais pas d'une réunion inutile", "neg", 1, "coop", "q")
p(D, "j'ai de bonnes conversations, et ensuite elles ne mènent nulle part", "neg", 2, "coop", "q", note="warm words inside a framing of empty talks")
p(D, "hostiles", "neg", 2, "conf", "q")
p(D, "ne renforcent évidemment pas les relations russo-américaines", "neg", 2, "coop", "q", note="negation")
p(D, "plutôt reporté", "neu", 1, "oth", "q", note="meeting form, hedge")
p(D, "le dialogue vaut toujours mieux que la confrontation", "pos", 1, "coop", "q")
p(D, "la perspective d'un règlement rapide en Ukraine s'éloigne", "neg", 1, "coop", "j")
p(D, "et avec elle celle d'une rencontre entre les deux présidents", "neg", 1, "oth", "j", note="meeting form")
# ---------------------------------------------------------------- a61 ATS (CH) short wire, Witkoff-Kushner at the Kremlin, Dec 2025
D = "a61_ats_20251203"
META[D] = ("ATS/Keystone-SDA", "2025-12-03", "2025-12-02 Putin receives Witkoff and Kushner on the US peace plan")
TONE[D] = 0
p(D, "utile, constructive et très substantielle", "pos", 2, "coop", "q")
p(D, "aucun compromis n'avait encore été trouvé sur la question des territoires", "neg", 1, "coop", "q", note="negation")
p(D, "Certaines propositions américaines peuvent être discutées, d'autres non", "neu", 1, "coop", "q", note="proposition attributed by incise")
p(D, "Aucune rencontre entre Vladimir Poutine et Donald Trump n'est prévue à ce stade", "neg", 1, "oth", "q", note="meeting form")
# ---------------------------------------------------------------- a62 TSA (Algeria), Macron-Tebboune call, Mar-Apr 2025 (other pair: France-Algeria)
D = "a62_tsa_20250401"
META[D] = ("TSA Algérie", "2025-04-01", "2025-03-31 Macron-Tebboune call ending the France-Algeria crisis")
TONE[D] = 2
p(D, "actent la fin de la brouille", "pos", 2, "conf", "j", note="headline; easing of conflict")
p(D, "Après huit mois de crise diplomatique aiguë", "neg", 2, "conf", "j", note="past state")
p(D, "ont décidé de tourner la page", "pos", 2, "coop", "j", note="idiom; décider de without quote marks: journalist")
p(D, "ont convenu de relancer la coopération bilatérale dans tous les domaines", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "un échange long, franc et amical", "pos", 2, "oth", "q")
p(D, "les tensions qui se sont accumulées ces derniers mois", "neg", 1, "conf", "q", note="past state inside a warm statement")
p(D, "renouer le dialogue fécond", "pos", 2, "coop", "q")
p(D, "Cette réconciliation, saluée des deux côtés de la Méditerranée", "pos", 2, "coop", "j")
p(D, "unique point de repère", "pos", 2, "oth", "q", note="stance toward the other leader")
# ---------------------------------------------------------------- a63 Euronews, EU-China summit in Beijing, Jul 2025 (other pair: EU-China)
D = "a63_euronews_20250724"
META[D] = ("Euronews", "2025-07-24", "2025-07-24 EU-China summit in Beijing")
TONE[D] = -1
p(D, "un anniversaire sans réjouissances", "neg", 1, "oth", "j", note="headline")
p(D, "a été ramené à une seule journée à la demande de la partie chinoise", "neg", 1, "oth", "j", note="meeting form")
p(D, "un point d'inflexion", "neu", 1, "oth", "q")
p(D, "gérer correctement leurs divergences", "neu", 1, "conf", "q")
p(D, "les défis auxquels l'Europe est confrontée ne viennent pas de la Chine", "neg", 1, "conf", "q", note="defensive stance; negation")
p(D, "ouvertes et sincères", "pos", 1, "oth", "q")
p(D, "Il n'y a pas eu de déclaration commune sur le commerce ni sur l'Ukraine", "neg", 1, "coop", "j", note="failed cooperation; negation")
p(D, "Les relations se sont tendues", "neg", 2, "conf", "j")
p(D, "Un geste jugé insuffisant à Bruxelles", "neg", 1, "coop", "q", note="agentless judgement located in Bruxelles; doubtful voice")
p(D, "Aucune date n'a été annoncée", "neu", 1, "oth", "j", note="meeting form, uncertainty")
# ---------------------------------------------------------------- a64 Le Matin (Maroc), US-Iran talks in Muscat, Apr 2025 (other pair: US-Iran)
D = "a64_lematin_20250413"
META[D] = ("Le Matin (Maroc)", "2025-04-13", "2025-04-12 US-Iran nuclear talks in Muscat")
TONE[D] = 1
p(D, "constructif", "pos", 2, "coop", "q", after="un premier contact jugé «", note="headline; agentless «jugé» (unattributed speech)")
p(D, "dans des salles séparées", "neg", 1, "oth", "j", note="meeting form: indirect talks")
p(D, "se sont toutefois adressé directement la parole pendant quelques minutes", "pos", 1, "oth", "j", note="meeting form")
p(D, "calme et respectueuse", "pos", 2, "oth", "q", note="atmosphere")
p(D, "Nous sommes proches d'une base de négociation", "pos", 1, "coop", "q")
p(D, "très positifs et constructifs", "pos", 2, "coop", "q")
p(D, "un pas en avant» vers un résultat mutuellement bénéfique", "pos", 1, "coop", "q", note="mixed: NP object of évoquer with a quoted fragment")
p(D, "bombarder l'Iran en l'absence d'accord", "neg", 2, "conf", "q", note="threat; war word inside")
p(D, "La méfiance reste profonde", "neg", 2, "conf", "j")
p(D, "ni intelligent ni honorable", "neg", 2, "coop", "q", note="stance on negotiating with the other side")
# ---------------------------------------------------------------- a65 Le Courrier (CH), Ohrid Serbia-Kosovo talks, Mar 2023 (other pair: Serbia-Kosovo)
D = "a65_lecourrier_20230319"
META[D] = ("Le Courrier", "2023-03-19", "2023-03-18 Vučić-Kurti talks in Ohrid on the EU normalisation plan")
TONE[D] = -1
p(D, "un accord sans signature", "neu", 1, "coop", "j", note="headline; concession inside one NP")
p(D, "Nous avons un accord", "pos", 1, "coop", "q", note="third-party mediator on the pair")
p(D, "n'avaient pu s'entendre sur la version plus ambitieuse", "neg", 1, "coop", "q", note="failed cooperation")
p(D, "l'accord n'a été signé ni à Bruxelles, ni à Ohrid", "neg", 1, "coop", "j", note="negation")
p(D, "Je ne signerai aucun document juridique international avec le Kosovo", "neg", 1, "coop", "q", note="stance")
p(D, "lignes rouges", "neg", 1, "conf", "q")
p(D, "chercher à se soustraire à ses engagements", "neg", 2, "conf", "q", note="accusation")
p(D, "un pas en avant dans un processus qui semblait enlisé", "pos", 1, "coop", "q", note="'on préfère voir dans' = y voir: quoted; concession")
p(D, "avait été mis à rude épreuve", "neg", 2, "conf", "j", note="past state")
# ---------------------------------------------------------------- a66 Le Soleil (Sénégal), India-Pakistan ceasefire, May 2025 (other pair: India-Pakistan)
D = "a66_lesoleil_20250511"
META[D] = ("Le Soleil (Sénégal)", "2025-05-11", "2025-05-10 India-Pakistan ceasefire")
TONE[D] = 0
p(D, "un cessez-le-feu déjà fragile", "neg", 1, "conf", "j", note="headline; event word carries the evaluation")
p(D, "a été entaché dans la nuit d'accusations mutuelles de violations", "neg", 2, "conf", "j")
p(D, "Le calme semblait revenu", "pos", 1, "conf", "j", note="easing, hedged")
p(D, "sagesse", "pos", 2, "coop", "q", note="third-party praise of the pair's choice")
p(D, "violations répétées", "neg", 2, "conf", "q")
p(D, "attaché à une mise en œuvre fidèle", "pos", 1, "coop", "q")
p(D, "pas opposé» à une reprise du dialogue", "pos", 1, "coop", "q", note="litotes; mixed")
p(D, "se sont éloignées du bord du gouffre", "pos", 2, "conf", "j", note="idiom; easing of conflict")
p(D, "la défiance demeure entière", "neg", 2, "conf", "j")
p(D, "la retenue", "pos", 1, "conf", "q", note="third party (Senegal) evaluating the pair's conduct")
