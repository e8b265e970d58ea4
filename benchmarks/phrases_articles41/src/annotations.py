"""Gold framing phrases and article tone for phrases_articles41 (DEVELOPMENT set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Coded by an independent annotator who never saw the package code, following
/work/shared/annotation/PHRASES.md (and GUIDELINES.md for reported speech).
a01-a12: Trump-Putin (mostly event reporting); a13-a18: other pairs of leaders.
The "sides" of each article are the pair named in META; framings of a third party's relation
(London-Moscow, Macron-Merkel, Russia-Ukraine talks, Trump-Zelensky in a12, ...) are not coded.
Site furniture, «Lire aussi» lines, desk codes, database headers and reader comments are not coded.
"""

# ---------------------------------------------------------------- a01 Le Dauphiné libéré, first call, 28 Jan 2017
D = "a01_ledauphine_20170129"
p(D, "ont convenu de coordonner", "pos", 1, "coop", "j", note="agreement predicate, no quote marks")
p(D, "positif", "pos", 1, "oth", "q", note="tone of the exchange")
p(D, "constructif", "pos", 1, "coop", "q")
p(D, "unir leurs efforts", "pos", 2, "coop", "q")
p(D, "une véritable coordination", "pos", 2, "coop", "q")
p(D, "un début significatif pour améliorer une relation", "pos", 2, "coop", "q")
p(D, "convenu de maintenir des contacts réguliers", "pos", 1, "oth", "j", note="agreeing to keep talking: form")
p(D, "sans date ni lieu à ce stade", "neu", 1, "oth", "j", note="uncertainty on the meeting")
p(D, "rétablir un dialogue", "pos", 1, "coop", "q")
p(D, "bon de s'entendre avec la Russie", "pos", 1, "coop", "q")
p(D, "entrée en matière cordiale", "pos", 1, "oth", "j")
p(D, "premiers désaccords", "neg", 1, "conf", "j", note="anticipated, under «Reste à savoir si»")
TONE[D] = 1
META[D] = ("Le Dauphiné libéré", "2017-01-29", "first Trump-Putin phone call as president, 28 Jan 2017")

# ---------------------------------------------------------------- a02 L'Est républicain, congratulations call, 20 Mar 2018
D = "a02_estrepublicain_20180321"
p(D, "passe l'affaire Skripal sous silence", "neg", 1, "oth", "j", note="headline: stance, avoiding the contentious topic")
p(D, "le geste passe mal", "neg", 1, "oth", "j")
p(D, "un très bon appel", "pos", 2, "coop", "q")
p(D, "probablement dans un avenir pas trop lointain", "pos", 1, "oth", "q", note="hedged meeting prospect")
p(D, "constructif", "pos", 1, "coop", "q", note="subheading, «selon le Kremlin»")
p(D, "développer une coopération pratique", "pos", 1, "coop", "q")
p(D, "sans qu'aucun calendrier ne soit arrêté", "neu", 1, "oth", "q")
p(D, "une bonne chose de s'entendre avec la Russie", "pos", 1, "coop", "q")
p(D, "n'avait pas à féliciter", "neg", 1, "oth", "q", note="criticism of the gesture toward Putin (deference)")
p(D, "complaisance", "neg", 2, "oth", "q", note="deference: negative/other")
p(D, "le rapprochement se fait toujours attendre", "neg", 2, "coop", "j")
p(D, "n'a pas de date", "neg", 1, "oth", "j")
TONE[D] = -1
META[D] = ("L'Est républicain", "2018-03-21", "Trump-Putin call of 20 Mar 2018 (congratulations on re-election, Skripal affair)")

# ---------------------------------------------------------------- a03 Le Journal de Québec, press review, Helsinki, 16 Jul 2018
D = "a03_journaldequebec_20180717"
p(D, "Moscou applaudit", "pos", 1, "coop", "j", note="headline: one side's verdict on the outcome")
p(D, "célèbre un succès", "pos", 1, "coop", "j")
p(D, "mis sur le même plan", "neg", 1, "oth", "j", note="Trump's stance toward Putin's denials: deference")
p(D, "jamais été pire", "neg", 3, "conf", "q")
p(D, "changé il y a environ quatre heures", "pos", 2, "coop", "q")
p(D, "Une capitulation", "neg", 3, "oth", "q", note="subheading quotation, words attributed to the NYT in the body")
p(D, "une capitulation", "neg", 3, "oth", "q")
p(D, "s'incliner", "neg", 2, "oth", "q")
p(D, "embarrassante", "neg", 2, "oth", "q")
p(D, "aucun accord concret n'est sorti de la rencontre", "neg", 2, "coop", "q")
p(D, "les plus honteuses", "neg", 3, "oth", "q")
p(D, "Un succès", "pos", 2, "coop", "q", note="subheading quotation")
p(D, "un dialogue enfin renoué", "pos", 2, "coop", "q")
p(D, "trouvé un langage commun", "pos", 2, "coop", "q")
p(D, "très réussie", "pos", 2, "coop", "q")
p(D, "utile", "pos", 1, "coop", "q")
p(D, "franche", "neu", 1, "oth", "q", note="«franche» in a warm context: neutral")
p(D, "constructive", "pos", 1, "coop", "q")
p(D, "offert à son homologue un ballon", "pos", 1, "oth", "j", note="gift: warm gesture")
p(D, "La balle est dans votre camp", "pos", 1, "oth", "q", note="banter with the ball: atmosphere")
p(D, "beaucoup de gestes et peu de substance", "neg", 2, "coop", "q", note="one contrastive formula")
p(D, "sur un pied d'égalité", "neu", 1, "oth", "q", note="equal footing, cited as what Putin gained: neutral")
p(D, "sans rien concéder", "neg", 1, "coop", "q")
p(D, "une excellente rencontre", "pos", 3, "coop", "q")
TONE[D] = -1
META[D] = ("Le Journal de Québec", "2018-07-17", "press review the day after the Helsinki summit, 16 Jul 2018")

# ---------------------------------------------------------------- a04 Courrier picard, Paris Armistice centenary, 11 Nov 2018
D = "a04_courrierpicard_20181112"
p(D, "se croisent sans vraiment se parler", "neg", 1, "oth", "j")
p(D, "Pas de tête-à-tête", "neg", 1, "oth", "j")
p(D, "rencontre est renvoyée", "neu", 1, "oth", "j", note="postponed to the G20, not cancelled")
p(D, "adressé un pouce levé", "pos", 1, "oth", "j")
p(D, "d'un large sourire", "pos", 1, "oth", "j")
p(D, "une bonne conversation", "pos", 1, "coop", "q")
p(D, "renoncé à une rencontre en bonne et due forme", "neu", 1, "oth", "q", note="explained by the hosts' wish")
p(D, "convenus de se voir", "pos", 1, "oth", "q")
p(D, "aucune déclaration", "neg", 1, "oth", "j", note="silence of the US side")
p(D, "Une relation en pointillé", "neg", 1, "coop", "j")
p(D, "avait provoqué une tempête politique", "neg", 1, "oth", "j")
p(D, "leurs contacts se sont faits rares", "neg", 1, "coop", "j")
p(D, "a été reportée à l'an prochain", "neg", 1, "oth", "j")
TONE[D] = 0
META[D] = ("Le Courrier picard", "2018-11-12", "brief Trump-Putin exchange at the Armistice centenary, Paris, 11 Nov 2018")

# ---------------------------------------------------------------- a05 Tribune de Genève, G20 Buenos Aires meeting cancelled, 29 Nov-1 Dec 2018
D = "a05_tdg_20181201"
p(D, "le froid s'installe", "neg", 2, "conf", "j", note="headline")
p(D, "annulé par un tweet", "neg", 2, "oth", "j")
p(D, "annuler ma rencontre", "neg", 2, "oth", "q")
p(D, "appris par Twitter, comme tout le monde", "neg", 2, "oth", "q")
p(D, "quelques heures de plus pour des rencontres utiles", "neg", 1, "oth", "q", note="dismissive quip")
p(D, "une brève conversation", "neu", 1, "oth", "q")
p(D, "Il a sa position, j'ai la mienne", "neg", 2, "conf", "q")
p(D, "regretté l'annulation", "neg", 1, "oth", "q")
p(D, "nécessaire", "pos", 1, "oth", "q")
p(D, "informelle", "neu", 1, "oth", "q")
p(D, "ne se sont pas salués", "neg", 1, "oth", "j")
p(D, "un nouveau rendez-vous manqué", "neg", 2, "oth", "j")
p(D, "aucune rencontre bilatérale n'a pu se tenir", "neg", 1, "oth", "j")
p(D, "La méfiance, des deux côtés, n'a jamais semblé aussi profonde", "neg", 3, "conf", "j")
TONE[D] = -2
META[D] = ("La Tribune de Genève", "2018-12-01", "Trump cancels the Trump-Putin meeting at the G20 Buenos Aires (Kerch incident), 29 Nov-1 Dec 2018")

# ---------------------------------------------------------------- a06 Le Devoir, call of 3 May 2019
D = "a06_ledevoir_20190504"
p(D, "Longue", "pos", 1, "oth", "q", note="qualified duration in a warm tweet")
p(D, "très bonne conversation", "pos", 2, "coop", "q")
p(D, "en quelque sorte souri", "pos", 1, "oth", "q")
p(D, "point de friction", "neg", 1, "conf", "j", note="subheading")
p(D, "insiste, lui, sur le désaccord", "neg", 1, "conf", "j")
p(D, "concrète", "pos", 1, "coop", "q")
p(D, "constructive", "pos", 1, "coop", "q")
p(D, "convenus de maintenir des contacts", "pos", 1, "oth", "q", note="incise «a précisé la présidence russe»")
p(D, "l'appel a ravivé les critiques", "neg", 1, "oth", "j")
p(D, "ne pas avoir saisi l'occasion pour avertir le Kremlin", "neg", 1, "oth", "q", note="criticised as too soft")
p(D, "comme d'une plaisanterie partagée", "neg", 2, "oth", "q", note="complicity criticised")
TONE[D] = 0
META[D] = ("Le Devoir", "2019-05-04", "Trump-Putin call of 3 May 2019 (Mueller report, Venezuela)")

# ---------------------------------------------------------------- a07 Challenges, markets page, OPEC+ deal, 12-13 Apr 2020
D = "a07_challenges_20200413"
p(D, "multiplié les appels", "pos", 1, "oth", "j")
p(D, "une part du succès", "pos", 1, "coop", "j", note="the deal called a success")
p(D, "convenus que leurs ministres de l'Énergie se consulteraient", "pos", 1, "coop", "j")
p(D, "a scellé le compromis", "pos", 2, "coop", "q", note="«selon le Kremlin»")
p(D, "soutien", "pos", 1, "coop", "q")
p(D, "une volonté de rester en contact", "pos", 1, "oth", "q")
p(D, "Le grand accord pétrolier", "pos", 2, "coop", "q")
p(D, "remercier", "pos", 1, "oth", "q")
p(D, "un travail commun efficace", "pos", 2, "coop", "q")
p(D, "cette coordination reste dictée par l'urgence", "neg", 1, "coop", "j")
p(D, "une entente de circonstance", "neg", 1, "coop", "q")
p(D, "pas un réchauffement politique", "neg", 2, "coop", "q")
TONE[D] = 1
META[D] = ("Challenges", "2020-04-13", "OPEC+ cut after Trump-Putin calls and the Trump-Putin-King Salman call of 12 Apr 2020")

# ---------------------------------------------------------------- a08 Valeurs actuelles, call of 12 Feb 2025
D = "a08_valeursactuelles_20250213"
p(D, "renouent le dialogue", "pos", 2, "coop", "j", note="headline")
p(D, "a remis la diplomatie en mouvement", "pos", 2, "coop", "j")
p(D, "long", "pos", 1, "oth", "q", after="un appel « ", note="qualified duration")
p(D, "très productif", "pos", 2, "coop", "q")
p(D, "travailler ensemble, très étroitement", "pos", 2, "coop", "q")
p(D, "sont convenus que leurs équipes entameraient", "pos", 2, "coop", "j", note="agreement predicate; «immédiatement» kept outside (quote marks)")
p(D, "invité son homologue à Moscou", "pos", 1, "oth", "q")
p(D, "convenus de poursuivre leurs contacts personnels", "pos", 1, "oth", "q")
p(D, "travailler ensemble", "pos", 2, "coop", "q", after="le temps était venu pour les deux pays de « ")
p(D, "accord au rabais", "neg", 1, "coop", "q", note="European warning about the outcome")
p(D, "parler directement au maître du Kremlin", "pos", 1, "coop", "j")
p(D, "a quitté l'ornière", "pos", 2, "coop", "j")
p(D, "pourrait avoir lieu en Arabie saoudite", "pos", 1, "oth", "q")
p(D, "sans fixer de date", "neu", 1, "oth", "j")
TONE[D] = 2
META[D] = ("Valeurs actuelles", "2025-02-13", "Trump-Putin call of 12 Feb 2025, negotiating teams named")

# ---------------------------------------------------------------- a09 Sputnik Afrique, call of 19 May 2025
D = "a09_sputnikafrique_20250520"
p(D, "substantiel", "pos", 1, "coop", "q", after="deux heures d’échange «", note="headline quotation")
p(D, "très utile", "pos", 2, "coop", "q", after="avec son homologue américain de «")
p(D, "très substantielle", "pos", 2, "coop", "q")
p(D, "assez franche", "neu", 1, "oth", "q")
p(D, "dans l’ensemble très utile", "pos", 2, "coop", "q")
p(D, "globalement sur la bonne voie", "pos", 2, "coop", "q")
p(D, "remerciant son homologue", "pos", 1, "oth", "q")
p(D, "amicale", "pos", 2, "oth", "q")
p(D, "se sont appelés par leurs prénoms", "pos", 1, "oth", "q")
p(D, "pouvaient se téléphoner à tout moment", "pos", 1, "oth", "q")
p(D, "félicité Donald Trump pour la naissance de son petit-fils", "pos", 1, "oth", "j")
p(D, "parlé avec enthousiasme des perspectives de coopération économique", "pos", 2, "coop", "q")
p(D, "très bien passé", "pos", 2, "coop", "q")
p(D, "Le ton et l’esprit de la conversation étaient excellents", "pos", 3, "oth", "q")
p(D, "la reprise du dialogue russo-américain est une bonne nouvelle", "pos", 2, "coop", "q", note="«Pour de nombreux pays du Sud» attributes it")
TONE[D] = 2
META[D] = ("Sputnik Afrique", "2025-05-20", "Trump-Putin call of 19 May 2025 after the Istanbul talks")

# ---------------------------------------------------------------- a10 Nice-Matin (AFP wire), call of 4 Jun 2025
D = "a10_nicematin_20250605"
p(D, "pas une conversation qui mènera à une paix immédiate", "neg", 1, "coop", "q", after="au téléphone : « ", note="headline quotation")
p(D, "une bonne conversation", "pos", 1, "coop", "q")
p(D, "pas une conversation qui mènera à une paix immédiate", "neg", 1, "coop", "q", after="C'était une bonne conversation, mais ")
p(D, "de manière très ferme", "neg", 1, "oth", "q", note="how Putin spoke in the call")
p(D, "proposant son aide", "pos", 1, "coop", "q", note="offer of help on Iran")
p(D, "alterne depuis plusieurs semaines impatience et menaces", "neg", 2, "conf", "j")
p(D, "complètement fou", "neg", 2, "conf", "q")
p(D, "aucune précision sur une éventuelle rencontre", "neg", 1, "oth", "j")
p(D, "Aucune date n'a été avancée pour un nouvel appel", "neg", 1, "oth", "j")
TONE[D] = -1
META[D] = ("Nice-Matin", "2025-06-05", "Trump-Putin call of 4 Jun 2025 after Ukraine's drone strikes on Russian airfields")

# ---------------------------------------------------------------- a11 24 heures, call of 3 Jul 2025 and the strikes on Kyiv
D = "a11_24heures_20250704"
p(D, "sans résultat", "neg", 2, "coop", "j", note="headline")
p(D, "n'a rien débloqué", "neg", 2, "coop", "j")
p(D, "très déçu", "neg", 2, "coop", "q", after="Le président américain se dit «")
p(D, "aucun progrès avec lui", "neg", 2, "coop", "q")
p(D, "très déçu", "neg", 2, "coop", "q", after="«Je suis ")
p(D, "ne cherchait pas à arrêter les combats", "neg", 1, "conf", "q", note="distrust of the other side's intent")
p(D, "Moscou campe sur ses objectifs", "neg", 1, "conf", "j", note="subheading")
p(D, "ne renoncerait pas à ses objectifs", "neg", 1, "conf", "q")
p(D, "sont convenus de rester en contact", "pos", 1, "oth", "j")
p(D, "les vœux adressés par Vladimir Poutine", "pos", 1, "oth", "j")
p(D, "un échange de films entre les deux pays", "pos", 1, "coop", "j")
p(D, "a multiplié les contacts", "pos", 1, "oth", "j")
p(D, "sans obtenir le cessez-le-feu qu'il promettait", "neg", 2, "coop", "j")
p(D, "jouait avec le feu", "neg", 2, "conf", "q")
TONE[D] = -2
META[D] = ("24 heures", "2025-07-04", "Trump-Putin call of 3 Jul 2025 and the Russian air attack on Kyiv that night")

# ---------------------------------------------------------------- a12 franceinfo live blog, 18 Aug 2025
D = "a12_franceinfo_20250818"
p(D, "franche", "neu", 1, "oth", "q")
p(D, "très constructive", "pos", 2, "coop", "q")
p(D, "se sont prononcés pour la poursuite des pourparlers directs", "pos", 1, "coop", "q", note="shared position of the two presidents")
p(D, "Il ne mentionne pas explicitement de rencontre Poutine-Zelensky", "neg", 1, "oth", "j", note="gap between the two readouts")
p(D, "commencé à organiser une rencontre", "pos", 1, "coop", "q", note="outcome of the call")
p(D, "réunion à trois", "pos", 1, "oth", "q", after="Une ", note="continues Trump's post")
p(D, "très heureux de la possibilité d'une paix", "pos", 2, "coop", "q")
p(D, "veut trouver une solution", "pos", 1, "coop", "q")
p(D, "réunion à trois", "pos", 1, "oth", "q", after="s'attendre à « une ")
p(D, "sans annoncer de cessez-le-feu", "neg", 1, "coop", "j")
p(D, "entente", "pos", 1, "coop", "q")
p(D, "invité son homologue à Moscou", "pos", 1, "oth", "j")
TONE[D] = 1
META[D] = ("franceinfo", "2025-08-18", "White House meeting with Zelensky and European leaders and Trump's call to Putin, 18 Aug 2025")

# ---------------------------------------------------------------- a13 L'Echo (Belgium), markets page, Xi-Putin in Beijing, 2 Sep 2025
D = "a13_lecho_20250903"
p(D, "l’accord de principe", "pos", 1, "coop", "j", note="headline; hedged outcome")
p(D, "débouche sur un mémorandum", "pos", 1, "coop", "j")
p(D, "reste à négocier", "neg", 1, "coop", "j")
p(D, "mémorandum juridiquement contraignant", "pos", 1, "coop", "q")
p(D, "vieil ami", "pos", 2, "coop", "q")
p(D, "cher ami", "pos", 2, "coop", "q")
p(D, "à un niveau sans précédent", "pos", 3, "coop", "q")
p(D, "lue avec prudence", "neg", 1, "coop", "j")
p(D, "Un mémorandum n’est pas un contrat", "neg", 1, "coop", "q")
p(D, "garde la main", "neg", 1, "oth", "q", note="imbalance")
p(D, "butent depuis des années sur le prix", "neg", 2, "coop", "j")
p(D, "La dépendance est devenue asymétrique", "neg", 1, "oth", "j", note="unequal relation")
TONE[D] = 1
META[D] = ("L'Écho", "2025-09-03", "Xi-Putin talks in Beijing and the Power of Siberia 2 memorandum, 2 Sep 2025")

# ---------------------------------------------------------------- a14 El Moudjahid, Tebboune-Meloni intergovernmental summit, Rome, 23 Jul 2025
D = "a14_elmoudjahid_20250724"
p(D, "scellent un partenariat d'exception", "pos", 3, "coop", "j", note="headline")
p(D, "au plus haut niveau", "pos", 2, "coop", "q", note="subheading quotation")
p(D, "un niveau sans précédent", "pos", 3, "coop", "q")
p(D, "amitié sincère", "pos", 2, "coop", "q")
p(D, "n'oubliait pas le soutien du peuple italien", "pos", 1, "coop", "q")
p(D, "partenaire stratégique", "pos", 1, "coop", "q")
p(D, "fiable", "pos", 1, "coop", "q")
p(D, "plus solides que jamais", "pos", 3, "coop", "q")
p(D, "un modèle", "pos", 2, "coop", "q")
p(D, "un exemple concret de cette coopération", "pos", 1, "coop", "q", note="«cité par les deux parties»")
p(D, "Les deux parties sont convenues de tenir le prochain Sommet", "pos", 1, "oth", "j")
p(D, "a accepté l'invitation", "pos", 1, "oth", "j")
TONE[D] = 2
META[D] = ("El Moudjahid", "2025-07-24", "Tebboune-Meloni, 5th Algeria-Italy intergovernmental summit, Rome, 23 Jul 2025")

# ---------------------------------------------------------------- a15 Africanews, Erdogan-Zelensky in Ankara, 18 Feb 2025
D = "a15_africanews_20250219"
p(D, "réaffirmé le soutien d'Ankara", "pos", 1, "coop", "q")
p(D, "remercié son hôte", "pos", 1, "oth", "q")
p(D, "compter sur la Turquie", "pos", 1, "coop", "q")
p(D, "apprécions le soutien de la Turquie et de son président", "pos", 2, "coop", "q")
p(D, "très productives", "pos", 2, "coop", "q")
p(D, "entretiennent des relations étroites", "pos", 2, "coop", "j")
p(D, "se sont quittés sur la promesse d'un nouveau rendez-vous", "pos", 1, "oth", "j")
p(D, "a invité son homologue à se rendre à Kiev", "pos", 1, "oth", "j")
p(D, "sans qu'une date ne soit fixée", "neu", 1, "oth", "j")
TONE[D] = 1
META[D] = ("Africanews", "2025-02-19", "Erdogan-Zelensky talks in Ankara, 18 Feb 2025 (same day as the US-Russia Riyadh talks)")

# ---------------------------------------------------------------- a16 Le Matin (Morocco), Sisi-Netanyahu and the Sharm el-Sheikh summit, 13 Oct 2025
D = "a16_lematin_20251014"
p(D, "tourne court", "neg", 1, "oth", "j", note="headline")
p(D, "à distance", "neg", 2, "conf", "j", note="headline")
p(D, "a été démentie quelques heures plus tard", "neg", 1, "oth", "j")
p(D, "aucune rencontre publique n'a eu lieu depuis des années", "neg", 2, "oth", "j")
p(D, "a été convié au sommet", "pos", 1, "oth", "q", note="«Selon la présidence égyptienne»")
p(D, "ne se rendrait pas en Égypte", "neg", 1, "oth", "q")
p(D, "Une relation au plus bas", "neg", 3, "conf", "j", note="subheading")
p(D, "ennemi", "neg", 3, "conf", "q")
p(D, "n'a pas donné son agrément au nouvel ambassadeur israélien", "neg", 2, "conf", "j")
p(D, "avait provoqué une vive protestation égyptienne", "neg", 2, "conf", "j")
p(D, "Les échanges n'ont pourtant pas cessé", "pos", 1, "coop", "j")
p(D, "a toutefois retardé son approbation", "neg", 1, "coop", "j")
p(D, "continuent de coopérer étroitement sur Gaza", "pos", 2, "coop", "j")
p(D, "réduite à une coopération sécuritaire froide", "neg", 2, "coop", "q")
p(D, "n'est pas à l'ordre du jour", "neg", 1, "oth", "q")
TONE[D] = -1
META[D] = ("Le Matin (Maroc)", "2025-10-14", "Netanyahu's aborted invitation to the Sharm el-Sheikh summit co-chaired by Sisi, 13 Oct 2025; Egypt-Israel relation")

# ---------------------------------------------------------------- a17 La Dépêche du Midi, Macron at the White House, 24 Feb 2025
D = "a17_ladepeche_20250225"
p(D, "affichent leur complicité", "pos", 2, "oth", "j", note="headline")
p(D, "divergent sur l’Ukraine", "neg", 1, "conf", "j", note="headline")
p(D, "poignées de main appuyées", "pos", 1, "oth", "j")
p(D, "n’ont pas masqué les désaccords", "neg", 2, "conf", "j")
p(D, "corrigé son hôte", "neg", 1, "conf", "j")
p(D, "les échanges ont été cordiaux", "pos", 1, "oth", "j")
p(D, "un homme très spécial", "pos", 2, "oth", "q")
p(D, "grande amitié", "pos", 2, "coop", "q")
p(D, "cher Donald", "pos", 1, "oth", "q")
p(D, "pour le contredire", "neg", 1, "conf", "j")
p(D, "éviter une escalade entre alliés", "neg", 1, "conf", "q")
p(D, "ne se sont pas fixé de nouveau rendez-vous", "neg", 1, "oth", "j")
p(D, "a invité Donald Trump à revenir en France", "pos", 1, "oth", "j")
TONE[D] = 0
META[D] = ("La Dépêche du Midi", "2025-02-25", "Macron received by Trump at the White House, 24 Feb 2025")

# ---------------------------------------------------------------- a18 Marianne, Modi-Trump and the 50% tariffs, Aug 2025
D = "a18_marianne_20250828"
p(D, "la fin d'une « amitié » de façade", "neg", 2, "coop", "j", note="headline; scare quotes inside the span, not speech")
p(D, "ne prend plus les appels du président américain", "neg", 2, "oth", "j")
p(D, "ils remplissaient des stades", "pos", 1, "oth", "j", note="past spectacle")
p(D, "s'étaient fixé l'objectif", "pos", 1, "coop", "j", note="shared aim, past")
p(D, "aurait décliné ces dernières semaines quatre appels téléphoniques", "neg", 2, "oth", "q", note="«Selon le quotidien allemand ...»")
p(D, "La brouille", "neg", 2, "conf", "j")
p(D, "refuse toute médiation", "neg", 1, "conf", "j")
p(D, "l'Inde n'en accepterait pas", "neg", 1, "conf", "q")
p(D, "a ensuite décliné l'invitation", "neg", 2, "oth", "j")
p(D, "économie morte", "neg", 2, "conf", "q")
p(D, "lessiveuse", "neg", 2, "conf", "q")
p(D, "Quelle que soit la pression, nous la supporterons", "neg", 1, "conf", "q")
p(D, "sont au point mort", "neg", 2, "coop", "j")
p(D, "a annulé son déplacement", "neg", 1, "oth", "j")
p(D, "Aucune date n'a été fixée", "neg", 1, "oth", "j")
TONE[D] = -2
META[D] = ("Marianne", "2025-08-28", "Modi-Trump relation as the 50% US tariffs on India take effect, 27 Aug 2025")
