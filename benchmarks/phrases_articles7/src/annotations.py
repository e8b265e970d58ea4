"""Gold framing phrases and article tone for phrases_articles7 (held out; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a85 AFP, Lavrov-Rubio in Riyadh 18 Feb 2025
D = "a85_afp_20250218"
META[D] = ("AFP", "2025-02-18", "2025-02-18 Lavrov-Rubio talks, Riyadh")
TONE[D] = 1
p(D, "renouent le fil", "pos", 1, "coop", "j", note="headline")
p(D, "très utile", "pos", 2, "coop", "q")
p(D, "nous nous sommes compris", "pos", 2, "coop", "q")
p(D, "jeter les bases d'une coopération future", "pos", 2, "coop", "q", note="Selon X + quoted fragment")
p(D, "un premier pas", "pos", 1, "coop", "q", note="parler de + quote marks = speech")
p(D, "Il reste beaucoup de travail", "neu", 1, "coop", "q")
p(D, "sérieuse", "pos", 1, "coop", "q")
p(D, "trop tôt pour dire si les positions s'étaient rapprochées", "neu", 1, "coop", "q", note="indirect, prévenir que")
p(D, "Un sommet entre Vladimir Poutine et Donald Trump n'est pas encore à l'ordre du jour", "neg", 1, "oth", "q",
  note="incise a-t-il ajouté")
p(D, "Le changement de ton n'en est pas moins net", "pos", 1, "oth", "j")
p(D, "ne communiquaient plus guère que par des sanctions et des invectives", "neg", 2, "conf", "j",
  note="past state of the relation; sanctions inside an evaluation")
p(D, "une reprise de contact, pas encore une négociation", "pos", 1, "coop", "q", note="third-party diplomat on the pair")

# ---------------------------------------------------------------- a86 RT France, Da Nang APEC 11 Nov 2017
D = "a86_rtfrance_20171111"
META[D] = ("RT France", "2017-11-11", "2017-11-11 Trump-Putin brief encounters and joint statement on Syria, APEC Da Nang")
TONE[D] = 2
p(D, "un agenda qui n'a pas permis de rencontre formelle", "neu", 1, "oth", "j", note="meeting form, excused by the outlet")
p(D, "Un signal encourageant pour le dialogue", "pos", 2, "coop", "j", note="state media warm in own voice")
p(D, "souriants, échangeant quelques mots et une poignée de main appuyée", "pos", 1, "oth", "j")
p(D, "de manière tout à fait cordiale", "pos", 2, "oth", "q")
p(D, "un entretien complet n'avait pu être organisé", "neu", 1, "oth", "q", note="précisant que")
p(D, "Il n'y a aucun froid", "pos", 1, "oth", "q", note="negated negative")
p(D, "les deux puissances savent se retrouver lorsque l'essentiel est en jeu", "pos", 2, "coop", "j")
p(D, "Nous nous entendons bien, lui et moi", "pos", 2, "coop", "q")
p(D, "une coopération étroite avec Moscou", "pos", 2, "coop", "q", note="ajoutant que")
p(D, "leur satisfaction de la coopération entre militaires russes et américains", "pos", 2, "coop", "q",
  note="exprimer + NP carrying the position (the joint statement)")
p(D, "d'autres occasions de se voir", "pos", 1, "oth", "q", note="incise a indiqué Dmitri Peskov")
p(D, "Un partenaire, pas un ennemi", "pos", 2, "coop", "q", note="Lire aussi line with quote marks")
p(D, "cesser de diaboliser la Russie", "neg", 2, "conf", "q", note="appeler X à + infinitive")

# ---------------------------------------------------------------- a87 Le Progrès, Istanbul embassy talks 10 Apr 2025
D = "a87_leprogres_20250411"
META[D] = ("Le Progrès", "2025-04-11", "2025-04-10 US-Russia embassy consultations, Istanbul; Karelina-Petrov exchange, Abu Dhabi")
TONE[D] = 0
p(D, "une normalisation à petits pas", "pos", 1, "coop", "j", note="headline")
p(D, "loin des grandes annonces", "neg", 1, "oth", "j", note="headline")
p(D, "des progrès", "pos", 1, "coop", "q", note="évoquer + quote marks = speech")
p(D, "le ton était plus réservé", "neg", 1, "oth", "j")
p(D, "n'avaient pas permis de régler la question des propriétés diplomatiques russes", "neg", 1, "coop", "q")
p(D, "Nous avons avancé sur des points concrets, rien de plus", "pos", 1, "coop", "q", note="restricted positive")
p(D, "un pas, même modeste, vers davantage de confiance", "pos", 1, "coop", "q", note="voir dans X «...»")
p(D, "ne font pas un printemps", "neg", 1, "coop", "q", note="pour X; idiom")
p(D, "On règle la plomberie des ambassades", "neu", 1, "oth", "q")
p(D, "sur l'Ukraine, les positions n'ont pas bougé", "neg", 1, "coop", "q")
p(D, "La date d'un troisième cycle reste à fixer", "neu", 1, "oth", "q", note="incise ont indiqué les deux délégations")

# ---------------------------------------------------------------- a88 Le Monde column, Witkoff in Moscow 6 Aug 2025
D = "a88_lemonde_20250807"
META[D] = ("Le Monde (chronique)", "2025-08-07", "2025-08-06 Witkoff received by Putin in Moscow")
TONE[D] = -1
p(D, "un rendez-vous en guise de cessez-le-feu", "neg", 1, "coop", "j", note="headline")
p(D, "des sourires pour les caméras", "neg", 1, "oth", "j", note="staged warmth framed critically")
p(D, "On a eu un projet de sommet", "neg", 1, "coop", "j", note="irony after the expected ceasefire")
p(D, "De grands progrès ont été accomplis", "pos", 2, "coop", "q")
p(D, "pourrait rencontrer Vladimir Poutine dans les prochains jours", "pos", 1, "oth", "q", note="annoncer que")
p(D, "constructif", "pos", 1, "coop", "q")
p(D, "prêt à recevoir son homologue", "pos", 1, "oth", "q", note="faire savoir que")
p(D, "Pas une ligne sur un arrêt des frappes", "neg", 1, "coop", "j")
p(D, "n'a rien cédé", "neg", 1, "coop", "j")
p(D, "le scénario se répète avec la régularité d'un métronome", "neg", 2, "oth", "j")
p(D, "repart convaincu d'avoir été entendu", "neg", 1, "oth", "j", note="irony")
p(D, "chaque rencontre lui achète quelques semaines", "neg", 2, "oth", "j", note="talks as a delaying tactic")
p(D, "Se parler vaut mieux que se taire, certes", "pos", 1, "coop", "j", note="concession inside a negative column")
p(D, "un dialogue qui ne produit que des rendez-vous finit par devenir un décor", "neg", 2, "coop", "j")
p(D, "Il sera plus sûrement celui des photographes", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a89 franceinfo live blog, call of 3 Jul 2025
D = "a89_franceinfo_20250704"
META[D] = ("franceinfo (live blog)", "2025-07-04", "2025-07-03 Trump-Putin call; 3-4 July drone attack on Kyiv")
TONE[D] = -1
p(D, "déçu", "neg", 1, "coop", "q", after="DIRECT. Guerre en Ukraine : Donald Trump «", note="headline quote")
p(D, "n'a débouché sur aucune avancée", "neg", 2, "coop", "j")
p(D, "Le Kremlin ne ferme pas la porte", "pos", 1, "coop", "j", note="live-blog entry lead, journalist")
p(D, "le dialogue entre les deux présidents se poursuivrait", "pos", 1, "coop", "q")
p(D, "les positions restaient éloignées", "neg", 1, "coop", "q", note="reconnaître que")
p(D, "Le président Poutine est ouvert à de nouveaux contacts", "pos", 1, "coop", "q")
p(D, "découvre les limites de sa relation personnelle avec le maître du Kremlin", "neg", 2, "coop", "j",
  note="correspondent's analysis, no quote marks: journalist")
p(D, "ses appels se suivent et se ressemblent", "neg", 1, "oth", "j")
p(D, "chaleur affichée au début, impatience à la fin", "neg", 1, "oth", "j")
p(D, "franchement déçu", "neg", 2, "coop", "q")
p(D, "Ça n'a rien donné, rien du tout", "neg", 2, "coop", "q")
p(D, "Il n'a pas voulu dire s'il comptait rappeler Vladimir Poutine", "neu", 1, "oth", "j")
p(D, "directe et sans détour", "neu", 1, "oth", "q")
p(D, "une fin de non-recevoir à la demande américaine d'un cessez-le-feu rapide", "neg", 2, "conf", "q",
  note="Toujours selon lui")
p(D, "ont toutefois convenu de se rappeler", "pos", 1, "oth", "q",
  note="agreement predicate, but inside the incise a précisé Iouri Ouchakov")

# ---------------------------------------------------------------- a90 France Inter transcript, Geneva summit 16 Jun 2021
D = "a90_franceinter_20210617"
META[D] = ("France Inter (transcript)", "2021-06-17", "2021-06-16 Biden-Putin summit, Geneva")
TONE[D] = 1
p(D, "Pas de repas partagé, pas de conférence de presse commune", "neg", 1, "oth", "j", note="presenter's turn: journalist")
p(D, "un sommet sans chaleur mais sans éclat de voix non plus", "neu", 1, "oth", "j", note="concession")
p(D, "constructif", "pos", 1, "coop", "q")
p(D, "qui connaît ses dossiers", "pos", 1, "oth", "q", note="stance toward the other leader")
p(D, "un langage commun", "pos", 2, "coop", "q")
p(D, "Nous ne nous sommes pas disputés, nous avons travaillé", "pos", 2, "coop", "q")
p(D, "le ton de la rencontre avait été bon", "pos", 1, "oth", "q", note="indirect, dire que")
p(D, "Je n'y suis pas allé pour me faire un ami, j'y suis allé pour fixer des règles", "neu", 1, "oth", "q")
p(D, "aurait des conséquences «très lourdes» pour la Russie", "neg", 2, "conf", "q", note="mixed span, inner marks")
p(D, "une reprise du dialogue", "pos", 1, "coop", "j")
p(D, "des avertissements très clairs", "neg", 1, "conf", "j")
p(D, "chacun campe sur ses positions", "neg", 1, "coop", "j")
p(D, "Ils se sont pris au sérieux, c'est déjà beaucoup", "pos", 1, "coop", "q", note="third-party diplomat")
p(D, "succès", "pos", 2, "coop", "q", note="media as reporting voice")
p(D, "rien n'a changé sur le fond", "neg", 1, "coop", "q", note="noter que")

# ---------------------------------------------------------------- a91 L'Express weekly, Buenos Aires G20 Nov-Dec 2018
D = "a91_lexpress_20181206"
META[D] = ("L'Express", "2018-12-06", "2018-11-29 Trump cancels Putin meeting at the Buenos Aires G20")
TONE[D] = -2
p(D, "le rendez-vous manqué de Buenos Aires", "neg", 2, "oth", "j", note="headline")
p(D, "Annoncée puis annulée par un tweet", "neg", 1, "oth", "j")
p(D, "la relation n'a jamais paru aussi figée", "neg", 2, "coop", "j")
p(D, "Il n'y aura pas Buenos Aires", "neg", 1, "oth", "j")
p(D, "renonçait à s'entretenir avec Vladimir Poutine", "neg", 2, "oth", "q", note="faire savoir que")
p(D, "la rencontre était «probablement» maintenue", "pos", 1, "oth", "q", note="mixed, hedge")
p(D, "une indifférence affichée", "neg", 1, "oth", "j")
p(D, "des questions importantes restent ainsi sans discussion", "neg", 1, "coop", "q", note="juger dommage que")
p(D, "n'en a rien dit", "neu", 1, "oth", "j", note="silence of one side on the encounter")
p(D, "une conversation «informelle», comme il y en a eu beaucoup", "neu", 1, "oth", "q",
  note="parler de + quote marks; downplaying")
p(D, "la relation s'est refermée comme une huître", "neg", 2, "coop", "j")
p(D, "il aimerait bien s'entendre avec la Russie", "pos", 1, "coop", "q", note="avoir beau répéter que")
p(D, "son administration avance dans l'autre sens", "neg", 1, "coop", "j")
p(D, "Il n'y a plus de relation, il y a une gestion des dégâts", "neg", 3, "coop", "q")
p(D, "Personne, à Washington comme à Moscou, ne s'aventure à en fixer la date", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a92 Reuters, Marc Fogel released 11 Feb 2025
D = "a92_reuters_20250212"
META[D] = ("Reuters", "2025-02-12", "2025-02-11 Marc Fogel released, Witkoff in Moscow")
TONE[D] = 1
p(D, "bonne foi", "pos", 2, "coop", "q", after="salue un geste de «", note="headline quote")
p(D, "un geste de bonne foi de Moscou", "pos", 2, "coop", "q", note="présenter comme")
p(D, "un possible prélude à des discussions sur l'Ukraine", "pos", 1, "coop", "q", note="présenter comme; hedge")
p(D, "a remercié Vladimir Poutine", "pos", 1, "oth", "j", note="remercier X with no pour-content is not speech")
p(D, "Ils ont été très corrects avec nous, vraiment très corrects", "pos", 2, "oth", "q")
p(D, "ce geste ouvre la voie à une relation de travail permettant de mettre fin à la guerre", "pos", 2, "coop", "q",
  note="ajoutant qu'il espérait que: inside the speech clause")
p(D, "contribuent à créer une atmosphère de confiance", "pos", 2, "coop", "q")
p(D, "cordiaux", "pos", 1, "oth", "q", note="évoquer + quote marks")
p(D, "sans donner de détails", "neu", 1, "oth", "j")
p(D, "les canaux entre les deux capitales fonctionnaient de nouveau", "pos", 1, "coop", "q")
p(D, "un prisonnier n'est pas un cessez-le-feu", "neu", 1, "coop", "q", note="reservation")
p(D, "relance les spéculations sur une rencontre prochaine", "pos", 1, "oth", "j")

# ---------------------------------------------------------------- a93 Sputnik, Lavrov-Rubio Kuala Lumpur 10 Jul 2025
D = "a93_sputnik_20250710"
META[D] = ("Sputnik France", "2025-07-10", "2025-07-10 Lavrov-Rubio meeting, ASEAN Kuala Lumpur")
TONE[D] = 1
p(D, "le dialogue doit continuer", "pos", 2, "coop", "q", note="headline quote (lower case)")
p(D, "un échange de vues franc et approfondi", "pos", 1, "coop", "q", note="Selon X, no marks")
p(D, "leur intérêt pour la poursuite de contacts réguliers", "pos", 1, "coop", "q", note="incise a précisé")
p(D, "la perspective d'une nouvelle rencontre entre les présidents", "pos", 1, "oth", "q")
p(D, "Le dialogue doit continuer", "pos", 2, "coop", "q")
p(D, "franche", "neu", 1, "oth", "q")
p(D, "Ce n'est pas une percée, mais nous allons l'étudier sérieusement", "neu", 1, "coop", "q", note="negation + concession")
p(D, "dans une atmosphère de travail", "pos", 1, "oth", "j")
p(D, "confirme la vitalité du canal diplomatique entre Moscou et Washington", "pos", 2, "coop", "j",
  note="state media warm in own voice")
p(D, "tenu des propos critiques à l'égard de Vladimir Poutine", "neg", 1, "conf", "j")
p(D, "se disant mécontent de l'issue de leur dernière conversation téléphonique", "neg", 1, "coop", "q")
p(D, "ne pas dramatiser", "pos", 1, "oth", "q", note="appeler à + infinitive")
p(D, "Le président Trump a son style, nous y sommes habitués", "neu", 1, "oth", "q",
  note="stance toward the other leader, tolerant")
p(D, "la volonté de dialogue demeure", "pos", 1, "coop", "q")
p(D, "Nous n'avons aucune raison de fermer la porte", "pos", 1, "coop", "q", note="Lire aussi line; litotes")

# ---------------------------------------------------------------- a94 Le Figaro, Trump-Putin call 3 May 2019
D = "a94_lefigaro_20190504"
META[D] = ("Le Figaro", "2019-05-04", "2019-05-03 Trump-Putin call after the Mueller report")
TONE[D] = -1
p(D, "beaucoup de non-dits", "neg", 1, "oth", "j", note="headline")
p(D, "en est sorti ravi", "pos", 1, "oth", "j", note="journalist reports the leader's satisfaction, slightly ironic")
p(D, "Une discussion très constructive", "pos", 2, "coop", "q")
p(D, "ça s'est très bien passé", "pos", 2, "oth", "q")
p(D, "pragmatique et constructive", "pos", 1, "coop", "q")
p(D, "leur volonté de relancer les liens économiques entre les deux pays", "pos", 1, "coop", "q",
  note="Selon le Kremlin + exprimer NP")
p(D, "les dossiers qui fâchent n'ont guère bougé", "neg", 1, "coop", "j")
p(D, "Moscou «a tout fait» pour maintenir Nicolas Maduro au pouvoir", "neg", 1, "conf", "q", note="pour X, mixed")
p(D, "s'étaient renvoyé la responsabilité de la crise", "neg", 1, "conf", "j")
p(D, "une idée que Moscou accueille avec scepticisme", "neg", 1, "coop", "j")
p(D, "de bonne humeur", "pos", 1, "oth", "q", note="media as reporting voice")
p(D, "le courant passe, du moins au téléphone", "pos", 1, "oth", "j", note="hedged idiom")
p(D, "Entre les deux administrations, beaucoup moins", "neg", 1, "coop", "j")
p(D, "Washington et Moscou continuent de tirer dans des directions opposées", "neg", 1, "conf", "j")

# ---------------------------------------------------------------- a95 Le Devoir (AFP), India-Pakistan DGMO talks 12 May 2025
D = "a95_ledevoir_20250513"
META[D] = ("Le Devoir", "2025-05-13", "2025-05-12 India-Pakistan DGMO hotline talks after the 10 May ceasefire")
TONE[D] = 0
p(D, "les militaires se parlent", "pos", 1, "coop", "j", note="headline")
p(D, "les dirigeants haussent le ton", "neg", 1, "conf", "j", note="headline")
p(D, "calme et professionnel", "pos", 1, "oth", "q")
p(D, "accusé Islamabad de soutenir les assaillants", "neg", 1, "conf", "q", note="accusation between the sides")
p(D, "courage", "pos", 1, "coop", "q", note="US president (mediator) on both governments")
p(D, "l'Inde ne parlerait au Pakistan que du terrorisme et de la partie du Cachemire sous administration pakistanaise",
  "neg", 1, "coop", "q", note="restriction of dialogue")
p(D, "l'opération militaire n'était que suspendue", "neg", 2, "conf", "q", note="threat")
p(D, "un dialogue sur toutes les questions en suspens, y compris le Cachemire et l'eau", "pos", 1, "coop", "q")
p(D, "accusant New Delhi d'avoir violé la trêve", "neg", 1, "conf", "q")
p(D, "la relation reste à couteaux tirés", "neg", 2, "conf", "j")
p(D, "aucune rencontre politique n'est envisagée", "neg", 1, "oth", "j")
p(D, "La ligne directe a fonctionné, c'est la bonne nouvelle", "pos", 1, "coop", "q")
p(D, "personne ne veut avoir l'air de céder", "neg", 1, "conf", "q")

# ---------------------------------------------------------------- a96 L'Orient-Le Jour, Israel-Iran ceasefire 24 Jun 2025
D = "a96_lorientlejour_20250625"
META[D] = ("L'Orient-Le Jour", "2025-06-25", "2025-06-24 Israel-Iran ceasefire via US and Qatari mediation")
TONE[D] = -2
p(D, "une trêve par procuration", "neu", 1, "oth", "j", note="headline")
p(D, "sans la moindre poignée de main", "neg", 1, "oth", "j", note="headline")
p(D, "Ni Téhéran ni Israël ne se sont adressés directement l'un à l'autre", "neg", 1, "oth", "j")
p(D, "accusé l'Iran d'avoir tiré deux missiles", "neg", 1, "conf", "q")
p(D, "reproché aux deux camps de ne pas respecter l'accord", "neg", 1, "coop", "q", note="mediator on the pair")
p(D, "Nous répondrons avec force à toute violation", "neg", 2, "conf", "q")
p(D, "il n'y a aucun accord", "neg", 1, "coop", "q")
p(D, "Si l'agression cesse, nous cesserons aussi", "neu", 1, "conf", "q", note="conditional de-escalation, hostile wording")
p(D, "une pause entre deux rounds, pas une désescalade", "neg", 2, "conf", "q")
p(D, "Personne ne parle, pour l'heure, d'un quelconque processus diplomatique", "neg", 2, "coop", "j",
  note="negated speech verb without content: journalist")
p(D, "se menacent de destruction depuis des décennies", "neg", 3, "conf", "j")
p(D, "frapperait de nouveau si Téhéran tentait de reconstruire ses installations", "neg", 2, "conf", "q",
  note="faire savoir que; threat")
p(D, "Pour combien de temps, nul ne le sait", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a97 Euronews, Serbia-Kosovo Ohrid 18 Mar 2023
D = "a97_euronews_20230319"
META[D] = ("Euronews", "2023-03-19", "2023-03-18 Serbia-Kosovo Ohrid meeting on the EU normalisation plan")
TONE[D] = -1
p(D, "arraché mais pas signé", "neg", 1, "coop", "j", note="headline, concession")
p(D, "aucun des deux dirigeants n'a apposé sa signature au bas du texte", "neg", 1, "coop", "j")
p(D, "Le Kosovo et la Serbie se sont engagés, c'est ce qui compte", "pos", 1, "coop", "q", note="EU mediator")
p(D, "les parties n'avaient pas réussi à s'entendre sur une proposition plus ambitieuse", "neg", 1, "coop", "q",
  note="reconnaître que")
p(D, "se sont à peine regardés pendant la séance commune", "neg", 1, "oth", "j")
p(D, "l'ambiance est restée loin d'être amicale", "neg", 2, "oth", "j", note="negated positive")
p(D, "n'avoir rien signé", "neg", 1, "coop", "q")
p(D, "Belgrade ne reconnaîtrait pas le Kosovo", "neg", 1, "conf", "q")
p(D, "Ce n'était pas une partie de plaisir", "neg", 1, "oth", "q", note="idiom")
p(D, "un pas en avant", "pos", 1, "coop", "q", note="se féliciter de + NP")
p(D, "accusant Belgrade de fuir ses responsabilités", "neg", 1, "conf", "q")
p(D, "plusieurs accords restés en grande partie lettre morte", "neg", 2, "coop", "j", note="idiom")
p(D, "La route sera encore longue", "neg", 1, "coop", "q")
p(D, "ne se parlent toujours que par l'intermédiaire de l'UE", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a98 Les Echos, Xi-Ma meeting Beijing 10 Apr 2024
D = "a98_lesechos_20240410"
META[D] = ("Les Echos", "2024-04-10", "2024-04-10 Xi Jinping receives Ma Ying-jeou, Beijing")
TONE[D] = -1
p(D, "Taipei reste de marbre", "neg", 1, "oth", "j", note="headline")
p(D, "Une poignée de main, des sourires, et un vocabulaire soigneusement choisi", "neu", 1, "oth", "j",
  note="ritual warmth described with distance")
p(D, "fauteur de guerre", "neg", 2, "conf", "q", note="qualifier de «...»; Beijing on Taipei's president-elect")
p(D, "Les gens des deux rives sont liés par le sang", "pos", 1, "coop", "q")
p(D, "ce lien finira par l'emporter sur les malentendus", "pos", 2, "coop", "q")
p(D, "la paix entre les deux rives est le souhait de la population de Taïwan", "pos", 1, "coop", "q")
p(D, "une reprise des échanges d'étudiants et de touristes", "pos", 1, "coop", "q", note="plaider pour + NP")
p(D, "la réaction a été glaciale", "neg", 2, "oth", "j")
p(D, "ne parlait pas au nom de Taïwan", "neg", 1, "oth", "q")
p(D, "cesser son «harcèlement militaire» autour de l'île", "neg", 2, "conf", "q", note="mixed")
p(D, "le dialogue officiel est au point mort depuis 2016", "neg", 2, "coop", "j")
p(D, "Pékin parle au Kuomintang pour mieux ignorer le gouvernement élu", "neg", 1, "conf", "q")
p(D, "Le rapprochement, s'il existe, reste celui d'un parti, pas celui de deux gouvernements", "neg", 1, "coop", "j",
  note="hedge")

# ---------------------------------------------------------------- a99 Courrier international, Erdogan in Athens 7 Dec 2023
D = "a99_courrierinternational_20231208"
META[D] = ("Courrier international", "2023-12-08", "2023-12-07 Erdogan-Mitsotakis, Athens declaration")
TONE[D] = 2
p(D, "enterrent (provisoirement) la hache de guerre", "pos", 2, "conf", "j", note="headline; idiom with hedge")
p(D, "avait tourné à la passe d'armes en direct devant les caméras", "neg", 2, "conf", "j", note="past visit")
p(D, "une déclaration commune d'amitié et de bon voisinage", "pos", 2, "coop", "j")
p(D, "un changement de climat", "pos", 1, "oth", "q", note="media as voice: saluer + NP")
p(D, "Un tournant", "pos", 2, "coop", "q", note="newspaper headline quoted")
p(D, "a ouvert une parenthèse de détente que les deux gouvernements veulent prolonger", "pos", 1, "conf", "j",
  note="vouloir is an attitude verb: journalist")
p(D, "mon ami Kyriakos", "pos", 1, "oth", "q")
p(D, "le devoir historique de rapprocher nos deux pays", "pos", 2, "coop", "q")
p(D, "Nous avons perdu trop d'années à nous regarder de travers", "pos", 1, "coop", "q",
  note="negative words, positive framing (regret of past hostility)")
p(D, "Les contentieux n'ont pas disparu pour autant", "neg", 1, "conf", "j")
p(D, "leurs désaccords sur la délimitation du plateau continental et des zones économiques en mer Egée subsistaient",
  "neg", 1, "conf", "q", note="reconnaître que")
p(D, "ont convenu de ne pas les laisser empoisonner le reste de la relation", "pos", 1, "coop", "j",
  note="agreement predicate without quote marks: journalist")
p(D, "l'esprit d'Athènes", "pos", 1, "coop", "q")
