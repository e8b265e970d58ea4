"""Gold framing phrases and article tone for phrases_articles23 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 Le Monde editorial, Helsinki summit
D = "a01_lemonde_20180717"
META[D] = ("Le Monde (éditorial)", "2018-07-17", "2018-07-16 Trump-Putin summit in Helsinki")
TONE[D] = -2
p(D, "un sommet pour rien", "neg", 2, "coop", "j", note="headline")
p(D, "remettre la relation sur les rails", "pos", 1, "coop", "q", note="selon la Maison Blanche")
p(D, "Elle a surtout montré qui tenait les rênes", "neg", 2, "oth", "j")
p(D, "ressemblait pourtant moins à une négociation entre deux puissances qu’à une répétition de théâtre où l’un des acteurs aurait oublié son texte et laissé l’autre le lui souffler", "neg", 2, "oth", "j", note="theatre metaphor, one extended comparison")
p(D, "une relation enfin normale", "pos", 2, "coop", "q", note="en promettant")
p(D, "On peut souhaiter que les deux premières puissances nucléaires se parlent", "pos", 1, "coop", "j", note="editorial concession")
p(D, "M. Trump a préféré la parole de son hôte à celle de ses agences", "neg", 2, "oth", "j", note="deference to the other side")
p(D, "sérieuse et sans faux-semblants", "pos", 2, "coop", "q")
p(D, "avancer sur tous les sujets, sans tabou", "pos", 2, "coop", "q")
p(D, "avec la patience d’un joueur d’échecs qui regarde l’adversaire sortir sa dame trop tôt", "neg", 2, "conf", "j", note="chess metaphor")
p(D, "un seul a marché, et c’était vers l’autre", "neg", 2, "coop", "j")
p(D, "nous ne sommes pas d’accord", "neg", 1, "conf", "q")
p(D, "poursuivre les consultations entre experts", "pos", 1, "coop", "q")
p(D, "On attendait un calendrier ; on a eu une séance de photos", "neg", 2, "oth", "j")
p(D, "la comédie d’Helsinki", "neg", 2, "oth", "j")

# ---------------------------------------------------------------- a02 Le Figaro op-ed, Geneva summit
D = "a02_lefigaro_20210617"
META[D] = ("Le Figaro (FigaroVox tribune)", "2021-06-17", "2021-06-16 Biden-Putin summit in Geneva")
TONE[D] = 1
p(D, "Le sommet de Genève n'a rien réconcilié", "neg", 1, "coop", "q", note="standfirst, attributed by the incise «estime l'ancien ambassadeur»")
p(D, "il a remis de l'ordre dans une relation qui n'en avait plus", "pos", 2, "coop", "q", note="standfirst, incise")
p(D, "l'absence d'incident est déjà un petit événement", "pos", 1, "oth", "j", note="understatement")
p(D, "Les deux capitales ne se parlaient plus que par communiqués", "neg", 2, "coop", "j")
p(D, "comme un couple en instance de divorce qui ne communique plus que par avocats interposés", "neg", 2, "conf", "j", note="marriage metaphor")
p(D, "encore moins une réconciliation", "neg", 1, "coop", "j")
p(D, "un mode d'emploi pour se disputer sans casser la vaisselle", "pos", 1, "conf", "j", note="managed conflict")
p(D, "sans illusions, mais sur un ton posé", "pos", 1, "oth", "q")
p(D, "des actes, pas des mots", "neg", 1, "conf", "q", note="distrust")
p(D, "leurs divergences restent entières", "neg", 2, "conf", "j")
p(D, "un président américain tout concéder devant les caméras", "neg", 2, "oth", "j", note="Helsinki 2018 recalled")
p(D, "Genève n'a pas ouvert une ère nouvelle", "neg", 1, "coop", "j")
p(D, "elle a rebranché le téléphone", "pos", 2, "coop", "j")
p(D, "ce n'est pas rien", "pos", 1, "coop", "j", note="understatement")

# ---------------------------------------------------------------- a03 Libération chronique, Riyadh talks
D = "a03_liberation_20250219"
META[D] = ("Libération (chronique)", "2025-02-19", "2025-02-18 Rubio-Lavrov talks in Riyadh")
TONE[D] = -2
p(D, "l'art de se féliciter d'avoir déjeuné", "neg", 2, "coop", "j", note="headline, irony")
p(D, "le teint frais de ceux qui viennent de réinventer la diplomatie", "neg", 2, "oth", "j", note="irony")
p(D, "un début sérieux, qu'il faudra juger sur la suite", "pos", 1, "coop", "q")
p(D, "une discussion d'adultes, enfin", "pos", 2, "oth", "q")
p(D, "A ce tarif, n'importe quel conseil de copropriété mérite le prix Nobel", "neg", 2, "coop", "j", note="sarcasm")
p(D, "on discute de la maison en l'absence de ceux qui l'habitent", "neg", 2, "oth", "j", note="talks framed as exclusive")
p(D, "On nous vend donc un tournant", "neg", 2, "coop", "j", note="irony")
p(D, "s'accusaient mutuellement", "neg", 2, "conf", "j", note="past hostility; the accused content is reported")
p(D, "découvrent soudain qu'elles ont tant de choses à se dire", "neg", 1, "coop", "j", note="irony: warm words, negative frame")
p(D, "Le coup de foudre est si brusque qu'on en viendrait à soupçonner un mariage arrangé, avec l'Arabie saoudite dans le rôle de la marieuse", "neg", 2, "oth", "j", note="marriage metaphor")
p(D, "plus les communiqués sont enthousiastes, moins il s'est passé de choses", "neg", 2, "coop", "j")
p(D, "remettre sur pied", "pos", 1, "coop", "q", note="State Department communiqué")
p(D, "Que Washington et Moscou se reparlent n'est pas une mauvaise nouvelle en soi", "pos", 1, "coop", "j")
p(D, "le grand virage annoncé ressemble pour l'instant à un rond-point : beaucoup de bruit, un tour complet, et l'on se retrouve exactement là où l'on était", "neg", 2, "coop", "j", note="one extended metaphor")
p(D, "à ceci près qu'on a laissé Kiev sur le bas-côté", "neg", 1, "oth", "j", note="added in review; exclusion of Kiev")
p(D, "Peut-être qu'à la prochaine réunion, on parlera aussi de la guerre", "neg", 1, "coop", "j", note="closing sarcasm")

# ---------------------------------------------------------------- a04 France Culture podcast, Hamburg G20
D = "a04_franceculture_20170710"
META[D] = ("France Culture (podcast transcript)", "2017-07-10", "2017-07-07 Trump-Putin meeting at the G20 in Hamburg")
TONE[D] = 0
p(D, "Une rencontre, pas encore une relation", "neu", 1, "coop", "q", note="headline quotation; same words attributed to the guest in the body")
p(D, "deux heures et quart au lieu des trente minutes prévues", "pos", 1, "oth", "j", note="added in review; meeting prolonged")
p(D, "ils avaient des choses à se dire, pas forcément qu'ils se sont plu", "neu", 1, "oth", "q", note="guest answer in a transcript")
p(D, "qui se sont vraiment écoutés", "pos", 2, "oth", "q", note="Tillerson quoted by the host")
p(D, "désormais derrière nous", "pos", 1, "conf", "q", note="Lavrov quoted by the host")
p(D, "ce que la Maison Blanche a contesté dans la soirée", "neg", 1, "oth", "j", note="added in review; two versions of the meeting")
p(D, "C'est modeste, mais c'est tangible", "pos", 1, "coop", "q")
p(D, "On nous promettait un nouveau départ", "neu", 1, "coop", "j", note="host's question")
p(D, "On nous promet un nouveau départ à chaque changement de locataire à la Maison Blanche", "neg", 1, "coop", "q")
p(D, "l'histoire s'est terminée en reproches", "neg", 2, "conf", "q")
p(D, "les intérêts divergent sur presque tout", "neg", 2, "conf", "q")
p(D, "c'est un coup d'épée dans l'eau", "neg", 1, "coop", "j", note="host's rhetorical question")
p(D, "une rencontre, pas encore une relation", "neu", 1, "coop", "q")
p(D, "deux joueurs de poker qui découvrent qu'ils s'apprécient, pendant que le casino fixe à leur place le montant des mises", "neu", 1, "oth", "q", note="poker metaphor, warm but constrained")
p(D, "Sur le fond, personne, pour l'instant", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a05 LCI plateau, Budapest summit announced
D = "a05_lci_20251017"
META[D] = ("LCI (TV debate summary)", "2025-10-17", "2025-10-16 Trump-Putin call and announced Budapest summit")
TONE[D] = 0
p(D, "On n'a jamais été aussi près", "pos", 2, "coop", "q", note="headline quotation, unattributed")
p(D, "un piège", "neg", 2, "conf", "q", note="headline quotation, unattributed")
p(D, "longue et riche", "pos", 2, "coop", "q")
p(D, "que les deux présidents se verraient ensuite en Hongrie", "pos", 1, "oth", "q", note="added in review; announced summit, inside Trump's announcement")
p(D, "direct et dense", "pos", 1, "oth", "q")
p(D, "Chaque fois que Kiev obtient un levier, Moscou décroche le téléphone", "neg", 2, "conf", "q", note="guest: the call as Russian tactic")
p(D, "de la partie de poker où un seul joueur montre ses cartes", "neg", 2, "conf", "q")
p(D, "c'est la première fois depuis l'Alaska que les deux présidents fixent un lieu et un calendrier", "pos", 1, "coop", "q", note="second guest disagrees")
p(D, "Il y a une dynamique, même fragile", "pos", 1, "coop", "q")
p(D, "Permettez-moi de sourire", "neg", 1, "coop", "q", note="sarcastic rebuttal")
p(D, "une poignée de main, une conférence de presse sans questions et pas un mètre de front qui ait bougé", "neg", 2, "coop", "q")
p(D, "n'avait pas tenu ses promesses", "neg", 2, "coop", "q")
p(D, "c'est un vieux couple qui se dispute en public et se réconcilie au téléphone", "neu", 2, "oth", "q", note="marriage metaphor, ambivalent")
p(D, "suspendue à l'humeur d'un seul homme", "neg", 2, "oth", "q")
p(D, "Budapest sera-t-il un rendez-vous ou un mirage", "neu", 1, "oth", "j", note="rhetorical question")

# ---------------------------------------------------------------- a06 BFMTV plateau, Biden-Putin video call
D = "a06_bfmtv_20211208"
META[D] = ("BFMTV (TV debate summary)", "2021-12-08", "2021-12-07 Biden-Putin video call")
TONE[D] = -1
p(D, "deux heures pour rien", "neg", 2, "coop", "q", note="headline quotation; attributed in the body")
p(D, "le minimum vital", "pos", 1, "coop", "q", note="headline quotation; attributed in the body")
p(D, "deux comptes rendus qui semblent décrire deux conversations différentes", "neg", 1, "oth", "j")
p(D, "très lourdes", "neg", 2, "conf", "q", note="threat")
p(D, "sans détour, par moments tendu", "neg", 1, "conf", "q")
p(D, "mais utile", "pos", 1, "coop", "q")
p(D, "Deux heures pour rien", "neg", 2, "coop", "q")
p(D, "Poutine a posé ses conditions, Biden a posé ses menaces", "neg", 2, "conf", "q")
p(D, "Le minimum vital, c'est déjà beaucoup", "pos", 1, "coop", "q", note="guests disagree")
p(D, "personne n'a encore renversé la table", "pos", 1, "coop", "q")
p(D, "On est dans le théâtre de la dissuasion", "neg", 2, "conf", "q", note="theatre metaphor")
p(D, "Ce n'est pas une négociation, c'est un échange d'avertissements en direct", "neg", 2, "conf", "q")
p(D, "à tourner en rond", "neg", 2, "coop", "q")
p(D, "Tourner en rond, c'est mieux que de tirer", "pos", 1, "conf", "q")

# ---------------------------------------------------------------- a07 France Inter interview, Trump-Putin call
D = "a07_franceinter_20250213"
META[D] = ("France Inter (morning interview transcript)", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[D] = 1
p(D, "Un appel ne fait pas la paix, mais il peut la rendre possible", "pos", 1, "coop", "q", note="headline quotation, «estime»")
p(D, "qui ont convenu d'ouvrir des négociations sur l'Ukraine", "pos", 1, "coop", "j", note="added in review; agreement predicate without quote marks")
p(D, "qui change la donne", "pos", 2, "coop", "q", note="Trump quoted by the host")
p(D, "On assiste à un retournement complet", "pos", 1, "coop", "j", note="host's question")
p(D, "Retournement, c'est un grand mot, mais il s'est passé quelque chose", "pos", 1, "coop", "q", note="hedged")
p(D, "les deux présidents ne se parlaient plus du tout", "neg", 2, "coop", "q")
p(D, "on a rétabli le fil au plus haut niveau", "pos", 2, "coop", "q")
p(D, "Même quand la conversation se fait sans les Ukrainiens", "neg", 1, "oth", "j", note="host's question")
p(D, "La relation russo-américaine elle-même sort d'un long coma", "pos", 2, "coop", "q")
p(D, "de bon sens", "pos", 1, "coop", "q", note="Kremlin quoted by the host")
p(D, "a invité Donald Trump à Moscou", "pos", 1, "oth", "q", note="invitation, inside «confirme que»")
p(D, "La lune de miel sera courte si Moscou ne donne rien", "neg", 1, "coop", "q", note="conditional warning")
p(D, "il existe une fenêtre, étroite", "pos", 1, "coop", "q")
p(D, "Ce n'est plus de la communication, c'est de l'organisation", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a08 Le Point cover story, Anchorage
D = "a08_lepoint_20250821"
META[D] = ("Le Point (weekly cover story)", "2025-08-21", "2025-08-15 Trump-Putin summit in Anchorage and its aftermath")
TONE[D] = 0
p(D, "un drôle de couple", "neu", 1, "oth", "j", note="headline")
p(D, "sans rien régler", "neg", 1, "coop", "j")
p(D, "le président russe monte dans la limousine présidentielle américaine, « The Beast », pour un court trajet en tête-à-tête", "pos", 1, "oth", "j", note="added in review; gesture; «The Beast» is a name, not speech")
p(D, "un moment de théâtre soigneusement réglé", "neg", 1, "oth", "j")
p(D, "très solide", "pos", 2, "coop", "q")
p(D, "calme et sans arrière-pensées", "pos", 2, "oth", "q")
p(D, "une opération de réhabilitation offerte gratuitement", "neg", 2, "oth", "j", note="«on a plutôt vu»: perception, not speech")
p(D, "Poutine a obtenu ce qu'il voulait, l'image. Trump a obtenu ce qu'il croit vouloir, une conversation", "neg", 1, "oth", "q")
p(D, "il serait trop simple de conclure au fiasco", "pos", 1, "coop", "j")
p(D, "n'exclut aucun format", "pos", 1, "coop", "q")
p(D, "formule qui, dans sa bouche, n'engage à rien", "neg", 1, "coop", "j", note="journalist undercuts the quote")
p(D, "La relation personnelle entre les deux hommes n'a jamais été aussi visible", "pos", 1, "oth", "j")
p(D, "la relation entre les deux Etats, elle, reste à peu près au point mort", "neg", 2, "coop", "j")
p(D, "un couple qui s'entend bien au dîner", "pos", 1, "oth", "q", note="marriage metaphor")
p(D, "deux familles qui ne se parlent toujours pas", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a09 Marianne column, Osaka G20
D = "a09_marianne_20190629"
META[D] = ("Marianne (chronique)", "2019-06-29", "2019-06-28 Trump-Putin meeting at the G20 in Osaka")
TONE[D] = -1
p(D, "la diplomatie du clin d'œil", "neg", 2, "oth", "j", note="headline")
p(D, "On aurait tort de rire trop fort", "neg", 1, "oth", "j")
p(D, "l'index levé comme un instituteur débonnaire", "neg", 1, "oth", "j", note="ironic gesture")
p(D, "transformer en numéro de music-hall", "neg", 2, "oth", "j")
p(D, "le temps d'un clin d'œil", "neg", 1, "oth", "j")
p(D, "excellent, vraiment", "pos", 3, "coop", "q")
p(D, "pragmatique", "pos", 1, "coop", "q")
p(D, "On se réjouirait presque de voir deux puissances nucléaires se parler avec autant de bonne humeur", "neu", 1, "oth", "j", note="hedged by «presque», then undercut")
p(D, "la connivence affichée", "neg", 1, "oth", "j")
p(D, "rien ne bouge", "neg", 2, "coop", "j")
p(D, "l'annulation par Washington du tête-à-tête prévu au G20 de Buenos Aires", "neg", 1, "oth", "j", note="cancelled meeting recalled")
p(D, "ces vieux couples qui ont décidé de ne plus parler de ce qui fâche", "neg", 1, "oth", "j", note="marriage metaphor")
p(D, "Cela ne fait pas une relation", "neg", 2, "coop", "j")
p(D, "entre gens qui se comprennent, on ne s'est pas encombré de philosophie", "neg", 1, "oth", "j", note="irony")

# ---------------------------------------------------------------- a10 Valeurs actuelles editorial, Anchorage
D = "a10_valeursactuelles_20250818"
META[D] = ("Valeurs actuelles (éditorial)", "2025-08-18", "2025-08-15 Trump-Putin summit in Anchorage")
TONE[D] = 2
p(D, "la diplomatie reprend ses droits", "pos", 2, "coop", "j", note="headline")
p(D, "la paix se négocie avec l'adversaire, pas avec le miroir", "pos", 1, "coop", "j")
p(D, "se sont longuement serré la main, ont échangé quelques mots complices au pied de la passerelle", "pos", 1, "oth", "j")
p(D, "en promettant de se revoir", "pos", 1, "coop", "q", note="promettre de")
p(D, "Donald Trump, lui, a choisi la voie classique, celle de Nixon à Pékin et de Reagan à Reykjavik", "pos", 1, "coop", "j", note="historical comparison")
p(D, "le geste a de l'allure", "pos", 2, "oth", "j")
p(D, "chaleureux et sérieux", "pos", 2, "oth", "q")
p(D, "qui veut vraiment conclure", "pos", 2, "coop", "q")
p(D, "aucun accord n'a été signé", "neg", 1, "coop", "j", note="concession")
p(D, "depuis quand une négociation sérieuse se conclut-elle au premier rendez-vous", "pos", 1, "coop", "j", note="rhetorical question")
p(D, "Les deux présidents ont posé les bases d'un canal direct", "pos", 2, "coop", "j")
p(D, "qu'on ne l'obtiendrait pas en boudant", "pos", 1, "coop", "j")
p(D, "Cette rencontre ne fut pas un triomphe mais un début", "pos", 1, "coop", "j")

# ---------------------------------------------------------------- a11 Mediapart analysis, Ankara prisoner exchange
D = "a11_mediapart_20240802"
META[D] = ("Mediapart (analyse)", "2024-08-02", "2024-08-01 US-Russia prisoner exchange in Ankara")
TONE[D] = 0
p(D, "le seul canal qui fonctionne encore", "neu", 1, "coop", "j", note="headline; working but the only one")
p(D, "Il montre que les services savent encore se parler", "pos", 1, "coop", "j")
p(D, "Il ne dit pas grand-chose du reste", "neg", 1, "coop", "j", note="understatement")
p(D, "un travail patient et collectif", "pos", 1, "coop", "q")
p(D, "aucun signal politique", "neg", 1, "coop", "q")
p(D, "la relation russo-américaine se résume pour l'essentiel à des échanges de ce type", "neg", 2, "coop", "j")
p(D, "les deux présidents ne se sont plus parlé depuis plus de deux ans", "neg", 2, "coop", "j")
p(D, "Faut-il pour autant ne voir dans l'échange d'Ankara qu'une transaction", "neu", 1, "oth", "j", note="rhetorical question")
p(D, "un minimum de confiance entre ceux qui tenaient le dossier", "pos", 1, "conf", "q")
p(D, "un canal peut encore produire un résultat, même au pire moment", "pos", 1, "coop", "q")
p(D, "Le Kremlin collectionne des otages pour les revendre", "neg", 2, "conf", "q")
p(D, "Il ne négocie pas une relation, il encaisse", "neg", 2, "coop", "q")
p(D, "la plomberie fonctionne, mais personne n'habite la maison", "neg", 1, "coop", "j", note="metaphor, mixed but net negative")
p(D, "Aucun des deux n'a parlé de la suite", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a12 Canard enchaîné style, Witkoff in the Kremlin
D = "a12_canard_20251203"
META[D] = ("Le Canard enchaîné style (satirical column)", "2025-12-03", "2025-12-02 Witkoff and Kushner meet Putin in Moscow")
TONE[D] = -2
p(D, "Witkoff revient avec l'addition", "neg", 1, "oth", "j", note="headline pun")
p(D, "Même Tolstoï n'a jamais fait aussi long sans qu'il se passe rien", "neg", 2, "coop", "j")
p(D, "longue et sans langue de bois", "pos", 1, "oth", "q")
p(D, "on a beaucoup parlé et peu cédé", "neg", 2, "coop", "j", note="journalist's gloss on the quote")
p(D, "il reste du chemin", "neg", 1, "coop", "q")
p(D, "raisonnablement encouragé", "pos", 1, "coop", "q", note="«on se dit»")
p(D, "On a connu des enthousiasmes plus débridés", "neg", 1, "oth", "j", note="understatement")
p(D, "un miracle en une soirée", "neg", 1, "coop", "q", note="lowered expectations")
p(D, "Cela fait dix mois qu'on nous annonce une paix pour dans quinze jours", "neg", 2, "coop", "j")
p(D, "on renvoie les plats qui déplaisent et on commande autre chose", "neg", 2, "coop", "j", note="restaurant metaphor")
p(D, "hors de question", "neg", 1, "conf", "q")
p(D, "deux convives qui se sourient, et l'Ukraine dans l'assiette", "neg", 2, "oth", "j")
p(D, "Les Européens, eux, attendent devant la porte des cuisines qu'on veuille bien leur dire ce qu'il reste du repas", "neg", 1, "oth", "j", note="added in review; talks framed as exclusive")
p(D, "Prochain service : à définir", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a13 RTBF fact-check, Trump-Putin call of 18 March
D = "a13_rtbf_20250320"
META[D] = ("RTBF (fact-check)", "2025-03-20", "2025-03-18 Trump-Putin call, partial energy truce")
TONE[D] = -1
p(D, "d'accord sur presque tout", "pos", 2, "coop", "q", after="Trump et Poutine sont-ils ", note="headline: the claim checked")
p(D, "Les comptes rendus publiés par les deux capitales racontent une autre histoire", "neg", 1, "coop", "j")
p(D, "Nous sommes d'accord sur presque tout", "pos", 3, "coop", "q")
p(D, "Il veut la fin de la guerre, je veux la fin de la guerre", "pos", 2, "coop", "q", note="shared aim")
p(D, "dans une ambiance formidable", "pos", 3, "oth", "q")
p(D, "a posé plusieurs conditions", "neg", 1, "conf", "q", note="selon le Kremlin")
p(D, "les deux parties restent donc éloignées", "neg", 2, "coop", "j")
p(D, "substantiel et technique", "neu", 1, "oth", "q")
p(D, "chacun accusant l'autre", "neg", 2, "conf", "j", note="Russia-Ukraine; the accused content is reported")
p(D, "des points d'entente limités", "pos", 1, "coop", "j")
p(D, "continuer à se parler", "pos", 1, "coop", "q", note="ont dit vouloir")
p(D, "Moscou a opposé une fin de non-recevoir", "neg", 2, "coop", "j")
p(D, "l'optimisme de vendeur", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a14 L'Express décryptage, Istanbul embassy talks
D = "a14_lexpress_20250228"
META[D] = ("L'Express (décryptage)", "2025-02-28", "2025-02-27 US-Russia embassy talks in Istanbul")
TONE[D] = 1
p(D, "Un rendez-vous sans paillettes, et c'est voulu", "neu", 1, "oth", "j", note="bullet heading")
p(D, "veulent passer des déclarations aux dossiers", "pos", 1, "coop", "j")
p(D, "Un bilan salué des deux côtés", "pos", 2, "coop", "j", note="bullet heading")
p(D, "utile et précise", "pos", 2, "coop", "q")
p(D, "substantielles", "pos", 1, "coop", "q")
p(D, "encourageants", "pos", 1, "coop", "q")
p(D, "Aucun accord signé, mais des pistes", "pos", 1, "coop", "j")
p(D, "reste un sujet qui fâche", "neg", 1, "conf", "j")
p(D, "servent de test de confiance avant la véritable négociation", "neu", 1, "conf", "j")
p(D, "Un rapprochement sous conditions", "pos", 1, "coop", "j", note="bullet heading")
p(D, "Le climat a changé", "pos", 1, "oth", "j")
p(D, "la défiance, elle, n'a pas disparu", "neg", 1, "conf", "j")

# ---------------------------------------------------------------- a15 RTS, Grenell in Caracas (US-Venezuela)
D = "a15_rts_20250201"
META[D] = ("RTS Info", "2025-02-01", "2025-01-31 Grenell meets Maduro in Caracas (US-Venezuela)")
TONE[D] = 1
p(D, "Une première depuis des années", "pos", 1, "coop", "j")
p(D, "qui ne vaut pas normalisation", "neg", 1, "coop", "j")
p(D, "courtoise", "pos", 1, "oth", "q")
p(D, "Nous avons posé une première pierre", "pos", 2, "coop", "q")
p(D, "prêt à parler d'égal à égal avec tout le monde, y compris avec les Etats-Unis", "pos", 1, "coop", "q")
p(D, "une page qui peut s'écrire autrement", "pos", 1, "coop", "q")
p(D, "n'est pas un blanc-seing", "neg", 1, "coop", "q")
p(D, "usurpateur", "neg", 2, "conf", "q")
p(D, "un échange pragmatique, presque commercial", "neu", 1, "coop", "q")
p(D, "les deux parties peuvent s'entendre sur des sujets précis", "pos", 1, "coop", "q")
p(D, "on est très loin d'une réconciliation", "neg", 2, "coop", "q")
p(D, "une fenêtre, pas un virage", "neu", 1, "coop", "q")

# ---------------------------------------------------------------- a16 L'Obs analysis, China-Japan row
D = "a16_lobs_20251120"
META[D] = ("L'Obs (analyse)", "2025-11-20", "2025-11 China-Japan row over Takaichi's Taiwan remarks")
TONE[D] = -2
p(D, "quinze jours pour défaire deux ans de patience", "neg", 2, "coop", "j", note="headline")
p(D, "la pire crise entre Pékin et Tokyo depuis plus d'une décennie", "neg", 3, "conf", "j")
p(D, "apaisée et prévisible", "pos", 2, "coop", "q", note="promettaient")
p(D, "Le mariage de raison semblait tenir", "pos", 1, "coop", "j", note="marriage metaphor, hedged")
p(D, "Il n'a pas survécu à une séance de questions au Parlement", "neg", 2, "coop", "j")
p(D, "une ligne rouge venait d'être franchie", "neg", 2, "conf", "q", note="«Pour Pékin»")
p(D, "Il en est reparti les mains vides", "neg", 2, "coop", "j")
p(D, "revenir sur ses propos sans délai", "neg", 2, "conf", "q")
p(D, "le diplomate chinois, mains dans les poches, face à un visiteur japonais tête inclinée", "neg", 2, "oth", "j", note="gesture")
p(D, "Le Japon n'a pas à rougir de ses propos", "neg", 1, "conf", "q")
p(D, "prêt à s'asseoir à la table", "pos", 1, "coop", "q")
p(D, "la Chine, pour l'instant, répond par le silence", "neg", 2, "coop", "j")
p(D, "Pékin ne peut pas paraître faible sur Taïwan, et Sanae Takaichi a bâti sa popularité sur la fermeté", "neg", 1, "conf", "q", note="added in review; «Pour la sinologue»: both sides locked in")
p(D, "aucune sortie de crise rapide", "neg", 2, "conf", "q")
p(D, "avaient pourtant fini par trouver un compromis", "pos", 1, "coop", "j", note="past cooperation recalled")

# ---------------------------------------------------------------- a17 Arte, Iran-Saudi foreign ministers in Beijing
D = "a17_arte_20230406"
META[D] = ("ARTE Journal", "2023-04-06", "2023-04-06 Iranian and Saudi foreign ministers meet in Beijing")
TONE[D] = 2
p(D, "la poignée de main qui referme sept ans de rupture", "pos", 2, "coop", "j", note="headline")
p(D, "Un sourire, une poignée de main prolongée pour les photographes", "pos", 1, "oth", "j")
p(D, "la première rencontre officielle entre ministres des Affaires étrangères des deux pays depuis plus de sept ans", "pos", 1, "coop", "j", note="added in review; first meeting in years")
p(D, "avaient rompu toute relation diplomatique", "neg", 2, "coop", "j", note="background")
p(D, "Nous avons tourné une page", "pos", 2, "coop", "q")
p(D, "L'époque où nos deux peuples se regardaient à travers un écran de fumée est révolue", "pos", 2, "conf", "q")
p(D, "fraternelle et tournée vers l'avenir", "pos", 3, "oth", "q")
p(D, "Le chemin parcouru en quelques mois est spectaculaire", "pos", 2, "coop", "j")
p(D, "se livraient une guerre par procuration au Yémen", "neg", 2, "conf", "j", note="background rivalry")
p(D, "C'est un rapprochement d'intérêts, pas d'affection", "pos", 1, "coop", "q")
p(D, "quand deux rivaux ont besoin du calme au même moment, cela peut durer", "pos", 1, "coop", "q")
p(D, "n'ont encore rien réglé sur le fond", "neg", 1, "coop", "q", note="«Il relève que»")
p(D, "l'atmosphère est à l'optimisme", "pos", 2, "oth", "j")
p(D, "une ère de bon voisinage", "pos", 2, "coop", "q", note="official press")

# ---------------------------------------------------------------- a18 Le Devoir editorial, Ohrid (Serbia-Kosovo)
D = "a18_ledevoir_20230320"
META[D] = ("Le Devoir (éditorial)", "2023-03-20", "2023-03-18 Vučić-Kurti talks in Ohrid (Serbia-Kosovo)")
TONE[D] = -1
p(D, "l'accord que personne n'a signé", "neg", 2, "coop", "j", note="headline")
p(D, "Il faut une certaine audace pour parler d'accord lorsque les deux parties refusent de poser leur nom au bas de la page", "neg", 2, "coop", "j", note="irony")
p(D, "tenus par leur parole", "pos", 2, "coop", "q", note="EU third party on the pair's commitment")
p(D, "Ni l'un ni l'autre, pourtant, n'a voulu signer", "neg", 2, "coop", "j")
p(D, "aucune signature ne sortira de ma main", "neg", 2, "coop", "q")
p(D, "fuir ses responsabilités", "neg", 2, "conf", "q")
p(D, "Drôle de contrat, dont chaque partie lit une clause différente à voix haute", "neg", 2, "coop", "j")
p(D, "avaient déjà passé la soirée à se renvoyer la faute", "neg", 2, "conf", "j")
p(D, "personne ne confondra cette « entente » avec une réconciliation", "neg", 2, "coop", "j", note="scare quotes inside the span")
p(D, "Que MM. Vučić et Kurti aient passé douze heures dans la même salle sans claquer la porte n'est pas rien", "pos", 1, "coop", "j", note="understatement")
p(D, "après un automne où l'on a craint l'affrontement armé", "neg", 2, "conf", "j")
p(D, "ne verront pas dans l'autre un voisin plutôt qu'un adversaire", "neg", 1, "conf", "j")
p(D, "elle ne fera que parapher, seule, la paix des autres", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a19 Jeune Afrique, Sisi-Abiy in Cairo (Egypt-Ethiopia)
D = "a19_jeuneafrique_20230714"
META[D] = ("Jeune Afrique", "2023-07-14", "2023-07-13 Sisi-Abiy meeting in Cairo on the GERD (Egypt-Ethiopia)")
TONE[D] = 2
p(D, "se donnent quatre mois pour en finir avec la querelle du barrage", "pos", 2, "coop", "j", note="headline")
p(D, "Un revirement salué des deux côtés du Nil", "pos", 2, "coop", "j")
p(D, "Ils se sont longuement serré la main devant les caméras", "pos", 1, "oth", "j")
p(D, "ont fait ce que peu d'observateurs attendaient : parler du barrage sans hausser le ton, et en sortir avec un calendrier", "pos", 2, "coop", "j")
p(D, "une concession que Le Caire réclamait depuis longtemps", "pos", 1, "coop", "j")
p(D, "empreint de fraternité", "pos", 2, "oth", "q")
p(D, "l'Égypte et l'Éthiopie peuvent boire à la même source sans que l'une prive l'autre", "pos", 2, "coop", "q")
p(D, "chaleureuse et pleine de promesses", "pos", 2, "oth", "q")
p(D, "On revient de loin", "pos", 1, "coop", "j")
p(D, "s'étaient effondrées", "neg", 2, "coop", "j", note="background")
p(D, "évoquait à demi-mot une action militaire", "neg", 2, "conf", "j", note="«évoquer NP»: topic, not speech")
p(D, "C'est le meilleur signal depuis dix ans", "pos", 3, "coop", "q")
p(D, "Quatre mois, c'est court pour un dossier qui en a déjà consommé douze ans", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a20 La Presse, Panmunjom summit (two Koreas)
D = "a20_lapresse_20180428"
META[D] = ("La Presse", "2018-04-28", "2018-04-27 Moon-Kim inter-Korean summit at Panmunjom")
TONE[D] = 2
p(D, "la ligne de démarcation franchie en souriant", "pos", 1, "oth", "j", note="headline")
p(D, "débouché sur une déclaration ambitieuse", "pos", 2, "coop", "j")
p(D, "Il est devenu le premier dirigeant nord-coréen à poser le pied au Sud depuis la fin de la guerre", "pos", 1, "oth", "j", note="added in review; gesture / first")
p(D, "dans un geste que personne n'avait prévu, il a pris la main de Moon Jae-in pour l'entraîner quelques secondes côté nord", "pos", 2, "oth", "j", note="gesture")
p(D, "seuls, assis sur un banc au bout d'une passerelle", "pos", 1, "oth", "j")
p(D, "Ils ont planté un pin datant de 1953, avec de la terre et de l'eau venues des deux Corées", "pos", 1, "oth", "j", note="symbolic gesture")
p(D, "transformer l'armistice en traité de paix d'ici la fin de l'année", "pos", 2, "coop", "q", note="content of the declaration")
p(D, "cesser tout acte hostile le long de la frontière", "pos", 1, "conf", "q", note="content of the declaration")
p(D, "nous avons découvert qu'elle ne mesure que quelques centimètres", "pos", 2, "coop", "q")
p(D, "clair, pragmatique et soucieux de l'avenir", "pos", 2, "oth", "q")
p(D, "promis de se rendre à Pyongyang à l'automne", "pos", 1, "oth", "q", note="promettre de")
p(D, "Les sceptiques ne manquent pas", "neg", 1, "coop", "j")
p(D, "avant que les essais nucléaires et les provocations ne les enterrent", "neg", 2, "coop", "j")
p(D, "C'est un très beau texte sans mode d'emploi", "neg", 1, "coop", "q")
p(D, "il se passe quelque chose de réel", "pos", 2, "coop", "q")
