"""Gold annotations for the phrases_articles set (constructed articles).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
  phrase: exact text of the span (substring of the article); `after` is an
  anchor string, unique in the article, after which the phrase is searched.
TONE[doc] = -2..2 ; META[doc] = (outlet, date, event)
"""


def m(doc, outlet, date, event):
    META[doc] = (outlet, date, event)


# ---------------------------------------------------------------- a01
d = "a01_afp_20250318"
m(d, "AFP", "2025-03-18", "2025-03-18 Trump-Putin call")
TONE[d] = 0
p(d, "a accepté de suspendre", "positive", 1, "cooperation", "quoted", note="outcome; under selon le Kremlin")
p(d, "a rejeté l'idée d'un cessez-le-feu général", "negative", 1, "cooperation", "quoted", note="failed cooperation; under selon le Kremlin")
p(d, "le mouvement vers la paix", "positive", 1, "cooperation", "quoted", note="shared aim")
p(d, "améliorer les relations bilatérales", "positive", 1, "cooperation", "quoted", note="shared aim; que-clause of précise")
p(d, "échange de vues franc", "neutral", 1, "other", "quoted", note="diplomatic code word")
p(d, "Aucune date n'a été fixée pour une rencontre", "neutral", 1, "other", "journalist", note="form of meeting")
p(d, "l'organisation de matches de hockey", "positive", 1, "cooperation", "quoted", note="goodwill gesture")
p(d, "premier pas", "positive", 1, "cooperation", "quoted", note="third-party evaluation of outcome")

# ---------------------------------------------------------------- a02
d = "a02_rtfrance_20180716"
m(d, "RT France", "2018-07-16", "2018-07-16 Helsinki summit")
TONE[d] = 2
p(d, "ouvrent une nouvelle page", "positive", 3, "cooperation", "journalist", note="idiom; headline")
p(d, "multiplié les signes de bonne volonté", "positive", 2, "cooperation", "journalist")
p(d, "Un pas important", "positive", 2, "cooperation", "quoted", note="selon le Kremlin")
p(d, "dans une atmosphère détendue", "positive", 2, "other", "journalist", note="atmosphere")
p(d, "atmosphère constructive", "positive", 2, "other", "quoted", note="atmosphere")
p(d, "très réussies", "positive", 3, "cooperation", "quoted", note="intensifier")
p(d, "très utiles", "positive", 2, "cooperation", "quoted", note="intensifier")
p(d, "dialogue profondément productif", "positive", 3, "cooperation", "quoted", note="intensifier")
p(d, "jamais été pires", "negative", 3, "conflict", "quoted", note="past state, contrasted")
p(d, "changé il y a environ quatre heures", "positive", 2, "cooperation", "quoted")
p(d, "pouvaient coopérer", "positive", 2, "cooperation", "quoted")
p(d, "expérience réussie", "positive", 2, "cooperation", "quoted")
p(d, "briser la glace", "positive", 2, "cooperation", "quoted", note="idiom")
p(d, "poursuivre le dialogue", "positive", 1, "cooperation", "journalist", note="agreement predicate without quote marks is not speech")

# ---------------------------------------------------------------- a03
d = "a03_liberation_20180717"
m(d, "Libération", "2018-07-17", "2018-07-16 Helsinki summit")
TONE[d] = -2
p(d, "le sommet de l'humiliation", "negative", 3, "other", "journalist", note="headline")
p(d, "loin d'être un succès", "negative", 2, "cooperation", "journalist", note="negated evaluation")
p(d, "le bilan est maigre", "negative", 2, "cooperation", "journalist")
p(d, "Pas d'accord sur la Syrie", "negative", 2, "cooperation", "journalist", note="failed cooperation")
p(d, "point de friction majeur", "negative", 2, "conflict", "journalist")
p(d, "une vague promesse de relancer le dialogue", "negative", 1, "cooperation", "journalist", note="hedge diminishes a shared aim")
p(d, "numéro de complaisance mutuelle", "negative", 2, "other", "journalist", note="spectacle")
p(d, "n'a débouché sur aucune avancée concrète", "negative", 3, "cooperation", "journalist", note="negation")
p(d, "sur un pied d'égalité", "neutral", 1, "other", "journalist", note="form of meeting")
p(d, "pas notre amie", "negative", 2, "conflict", "quoted", note="negation")
p(d, "ressort abîmée", "negative", 2, "conflict", "journalist")
p(d, "la méfiance reste totale", "negative", 3, "conflict", "journalist")
p(d, "Le fossé entre Washington et Moscou ne s'est en rien comblé", "negative", 2, "conflict", "journalist", note="idiom, negation")

# ---------------------------------------------------------------- a04
d = "a04_lesoir_20170707"
m(d, "Le Soir (Belgium)", "2017-07-07", "2017-07-07 Hamburg G20 meeting")
TONE[d] = 1
p(d, "le courant semble passer", "positive", 2, "other", "journalist", note="idiom, hedged; headline")
p(d, "Une durée inhabituelle", "positive", 1, "other", "journalist", note="form of meeting")
p(d, "volonté des deux hommes d'aller au-delà du protocole", "positive", 2, "cooperation", "journalist")
p(d, "c'est très bien", "positive", 2, "cooperation", "quoted")
p(d, "un honneur d'être avec vous", "positive", 2, "other", "quoted", note="stance toward the other")
p(d, "ravi", "positive", 2, "other", "quoted")
p(d, "très bonne alchimie", "positive", 2, "other", "quoted", note="atmosphere")
p(d, "abordé sans détour", "neutral", 1, "other", "quoted", note="selon Tillerson")
p(d, "Les dossiers qui fâchent", "negative", 2, "conflict", "journalist", note="idiom")
p(d, "un rapprochement", "positive", 1, "cooperation", "journalist", note="under craindre: attitude verb, not speech")
p(d, "un dialogue nécessaire", "positive", 1, "cooperation", "quoted")
p(d, "n'ont pas fixé de date pour une prochaine rencontre", "neutral", 1, "other", "journalist", note="form of meeting")

# ---------------------------------------------------------------- a05
d = "a05_lefigaro_20250816"
m(d, "Le Figaro (tribune)", "2025-08-16", "2025-08-15 Alaska summit")
TONE[d] = -1
p(d, "peu de résultats", "negative", 2, "cooperation", "journalist", note="headline")
p(d, "extrêmement productive", "positive", 3, "cooperation", "quoted", after="en vantant une rencontre", note="quoted fragment in chapô")
p(d, "rien n'a été signé", "negative", 2, "cooperation", "journalist")
p(d, "la poignée de main chaleureuse", "positive", 1, "other", "journalist", note="atmosphere")
p(d, "réunion extrêmement productive", "positive", 3, "cooperation", "quoted", note="intensifier")
p(d, "de nombreux points ont été convenus", "positive", 2, "cooperation", "quoted")
p(d, "il n'y a pas d'accord tant qu'il n'y a pas d'accord", "neutral", 1, "cooperation", "quoted", note="hedge")
p(d, "constructive", "positive", 2, "cooperation", "quoted", note="split from «constructive et respectueuse»")
p(d, "respectueuse", "positive", 2, "other", "quoted", note="atmosphere")
p(d, "Ce ballet bien réglé ne doit pas faire illusion", "negative", 2, "other", "journalist", note="spectacle, negation")
p(d, "loin d'être suffisant", "negative", 1, "cooperation", "journalist", note="hedged negation")
p(d, "n'a pas rapproché les positions", "negative", 2, "cooperation", "journalist", note="negation, failed cooperation")
p(d, "n'a pas vraiment fait bouger les lignes", "negative", 1, "cooperation", "journalist", note="idiom, hedged negation")
p(d, "la paix en Ukraine ne paraît guère plus proche", "negative", 2, "cooperation", "journalist", note="negated shared aim")

# ---------------------------------------------------------------- a06
d = "a06_sputnik_20250213"
m(d, "Sputnik Afrique", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[d] = 2
p(d, "décident de commencer les négociations", "positive", 2, "cooperation", "journalist", note="headline")
p(d, "un appel qui change la donne", "positive", 3, "cooperation", "journalist", note="idiom; headline")
p(d, "se sont invités mutuellement", "positive", 2, "cooperation", "journalist", note="form of meeting")
p(d, "entamer immédiatement des négociations", "positive", 2, "cooperation", "journalist", note="convenir without quote marks is not speech")
p(d, "nos pays travaillent ensemble", "positive", 2, "cooperation", "quoted", note="selon Peskov")
p(d, "prêt à recevoir des responsables américains", "positive", 2, "cooperation", "quoted", note="s'est dit prêt")
p(d, "très productif", "positive", 2, "cooperation", "quoted")
p(d, "combattu ensemble avec tant de succès", "positive", 2, "cooperation", "quoted")
p(d, "les bénéfices que les deux pays pourraient tirer un jour d'une coopération", "positive", 1, "cooperation", "journalist", note="évoquer + NP is topic-only, not speech")
p(d, "dans une ambiance amicale", "positive", 2, "other", "quoted", note="saluer + NP")
p(d, "la fin de trois années de gel des contacts", "positive", 2, "cooperation", "quoted", note="pour X attribution")
p(d, "ouvre la voie à un véritable dégel", "positive", 3, "cooperation", "quoted", note="idiom; pour X attribution")
p(d, "rester en contact", "positive", 1, "cooperation", "journalist")

# ---------------------------------------------------------------- a07
d = "a07_letemps_20171111"
m(d, "Le Temps (Switzerland)", "2017-11-11", "2017-11-10/11 Da Nang APEC encounter")
TONE[d] = -1
p(d, "se croisent sans vraiment se parler", "negative", 2, "other", "journalist", note="form of meeting; headline")
p(d, "Pas de rencontre bilatérale formelle", "negative", 1, "other", "journalist", note="form of meeting")
p(d, "se sont contentés de quelques échanges informels", "negative", 1, "other", "journalist", note="form of meeting")
p(d, "problèmes d'agenda", "neutral", 1, "other", "quoted")
p(d, "Un simple échange de politesses", "negative", 1, "other", "journalist", note="form of meeting")
p(d, "tenté de sauver les apparences", "negative", 1, "other", "journalist", note="idiom")
p(d, "brève mais utile", "positive", 1, "cooperation", "quoted")
p(d, "détermination à vaincre l'Etat islamique", "positive", 2, "cooperation", "quoted", note="shared aim with war vocabulary; réaffirmer + NP")
p(d, "importance fondamentale", "positive", 2, "cooperation", "quoted")
p(d, "le décalage entre le texte et l'image est frappant", "negative", 1, "other", "journalist")
p(d, "n'ont cessé de se dégrader", "negative", 3, "conflict", "journalist")
p(d, "une bonne chose", "positive", 1, "cooperation", "quoted")
p(d, "reste otage de la politique intérieure américaine", "negative", 2, "other", "quoted", note="pour Moscou attribution")
p(d, "peinent à dépasser le stade des gestes symboliques", "negative", 2, "cooperation", "quoted", note="pour X attribution")

# ---------------------------------------------------------------- a08
d = "a08_ouestfrance_20180414"
m(d, "Ouest-France", "2018-04-14", "2018-04-14 Western strikes in Syria")
TONE[d] = -2
p(d, "le dialogue de sourds", "negative", 3, "conflict", "journalist", after="entre Washington et Moscou, ", note="idiom; headline")
p(d, "agression", "negative", 2, "conflict", "quoted", after="la Russie dénonce une «")
p(d, "n'avaient paru aussi glaciales", "negative", 3, "conflict", "journalist")
p(d, "ne resteront pas sans conséquences", "negative", 3, "conflict", "quoted", note="threat, litotes")
p(d, "Prépare-toi, Russie", "negative", 2, "conflict", "quoted", note="threat")
p(d, "Une guerre des mots entre Washington et Moscou", "negative", 2, "conflict", "journalist")
p(d, "une confrontation directe entre les deux puissances", "negative", 3, "conflict", "journalist", note="under craindre: not speech")
p(d, "Le seul canal qui a fonctionné", "positive", 1, "cooperation", "journalist", note="limited cooperation")
p(d, "le dialogue de sourds", "negative", 3, "conflict", "journalist", after="en revanche, ", note="idiom")
p(d, "échangé invectives et accusations", "negative", 2, "conflict", "journalist")
p(d, "Le rapprochement tant annoncé n'a jamais eu lieu", "negative", 2, "cooperation", "journalist", note="failed cooperation")
p(d, "les relations n'ont jamais été aussi mauvaises", "negative", 3, "conflict", "quoted", note="incise reconnaissait Guterres")
p(d, "le retour de la guerre froide", "negative", 3, "conflict", "quoted")
p(d, "plus personne ne se parle", "negative", 2, "cooperation", "quoted")

# ---------------------------------------------------------------- a09
d = "a09_ledevoir_20190802"
m(d, "Le Devoir (Québec)", "2019-08-02", "2019-08-02 end of the INF treaty")
TONE[d] = -2
p(d, "enterrent un pilier du contrôle des armements", "negative", 2, "cooperation", "journalist", note="idiom; headline")
p(d, "se rejettent la responsabilité de sa mort", "negative", 2, "conflict", "journalist")
p(d, "seule responsable de la disparition du traité", "negative", 2, "conflict", "quoted")
p(d, "grave", "negative", 2, "conflict", "quoted")
p(d, "symétrique", "negative", 2, "conflict", "quoted", note="threat")
p(d, "Les tentatives de sauvetage ont échoué", "negative", 2, "cooperation", "journalist", note="failed cooperation")
p(d, "se sont soldées par un constat d'échec", "negative", 2, "cooperation", "journalist")
p(d, "Aucune des deux capitales n'a voulu faire le premier pas", "negative", 2, "cooperation", "journalist", note="negation")
p(d, "n'a jamais été sérieusement examinée", "negative", 1, "cooperation", "journalist", note="negation")
p(d, "l'effondrement de la confiance", "negative", 3, "conflict", "quoted", note="pour X attribution")
p(d, "rien n'indique que les deux pays soient prêts à négocier", "negative", 2, "cooperation", "journalist", note="negation")
p(d, "un retour de la logique de la guerre froide", "negative", 2, "conflict", "journalist", note="under s'inquiéter: attitude, not speech")

# ---------------------------------------------------------------- a10
d = "a10_franceinfo_20250815"
m(d, "franceinfo (live blog)", "2025-08-15", "2025-08-15 Alaska summit")
TONE[d] = 0
p(d, "Aucune question n'a été acceptée", "neutral", 1, "other", "journalist", note="form of meeting")
p(d, "Il n'y a pas d'accord tant qu'il n'y a pas d'accord", "neutral", 1, "cooperation", "quoted", note="hedge")
p(d, "de grands progrès", "positive", 2, "cooperation", "quoted")
p(d, "constructives", "positive", 2, "cooperation", "quoted")
p(d, "passer de la confrontation au dialogue", "positive", 2, "cooperation", "quoted", note="shared aim")
p(d, "l'entente trouvée", "positive", 2, "cooperation", "quoted")
p(d, "trois contre trois", "neutral", 1, "other", "quoted", note="form of meeting")
p(d, "Le tête-à-tête initialement envisagé a été abandonné", "neutral", 1, "other", "journalist", note="form of meeting")
p(d, "Une image inhabituelle", "neutral", 1, "other", "journalist", note="spectacle")
p(d, "de bon augure", "positive", 1, "cooperation", "quoted")
p(d, "dont l'issue reste très incertaine", "neutral", 2, "other", "journalist", note="uncertainty")

# ---------------------------------------------------------------- a11
d = "a11_jeuneafrique_20251017"
m(d, "Jeune Afrique", "2025-10-17", "2025-10-16 Trump-Putin call; Budapest summit announced")
TONE[d] = 1
p(d, "se donnent rendez-vous", "positive", 1, "other", "journalist", note="form of meeting; headline")
p(d, "Une relance du dialogue", "positive", 2, "cooperation", "journalist")
p(d, "de grands progrès ont été accomplis", "positive", 2, "cooperation", "quoted")
p(d, "très productif", "positive", 2, "cooperation", "quoted")
p(d, "franche", "neutral", 1, "other", "quoted", note="split from «franche et empreinte de confiance»")
p(d, "empreinte de confiance", "positive", 2, "other", "quoted", note="atmosphere")
p(d, "les positions restaient éloignées", "negative", 1, "cooperation", "quoted", note="que-clause of reconnaître")
p(d, "mis en garde son homologue", "negative", 2, "conflict", "quoted", note="selon Moscou")
p(d, "nuirait considérablement", "negative", 2, "conflict", "quoted")
p(d, "une volonté d'avancer vite", "positive", 2, "cooperation", "journalist")
p(d, "un rapprochement entre les deux puissances", "positive", 1, "cooperation", "quoted", note="que-clause of estimer")
p(d, "le chemin vers la paix s'annonce encore long", "negative", 1, "cooperation", "journalist", note="hedge")
p(d, "semble retrouver un second souffle", "positive", 2, "cooperation", "journalist", note="idiom, hedged")

# ---------------------------------------------------------------- a12
d = "a12_lemonde_20251022"
m(d, "Le Monde", "2025-10-22", "2025-10-21 Budapest summit postponed")
TONE[d] = -1
p(d, "renvoyé à plus tard", "negative", 1, "cooperation", "journalist", note="headline")
p(d, "Annoncé en grande pompe", "neutral", 1, "other", "journalist", note="spectacle")
p(d, "un nouveau coup de froid", "negative", 2, "conflict", "journalist", note="idiom")
p(d, "pas d'une réunion inutile", "negative", 1, "cooperation", "quoted", note="negation")
p(d, "aucune rencontre avec Vladimir Poutine n'était prévue", "neutral", 1, "other", "quoted", note="form of meeting; que-clause of confirmer")
p(d, "productif", "positive", 1, "cooperation", "quoted")
p(d, "n'a manifestement pas permis de rapprocher les points de vue", "negative", 2, "cooperation", "journalist", note="negation, failed cooperation")
p(d, "Une manière de sauver la face", "negative", 1, "other", "journalist", note="idiom")
p(d, "le début d'un rapprochement", "positive", 2, "cooperation", "quoted", note="quoted fragment under agentless passive «avait été présenté comme»: unattributed")
p(d, "déçu", "negative", 2, "cooperation", "quoted")
p(d, "laisse planer la menace de nouvelles sanctions", "negative", 2, "conflict", "journalist")
p(d, "à la merci des humeurs présidentielles", "negative", 1, "other", "journalist")
p(d, "la paix n'est pas pour demain", "negative", 1, "cooperation", "journalist", note="idiom")

# ---------------------------------------------------------------- a13
d = "a13_lamatinale_20170708"
m(d, "La Matinale (regional news site, scraped page)", "2017-07-08", "2017-07-07 Hamburg G20 meeting")
TONE[d] = 1
p(d, "plus chaleureuse que prévu", "positive", 2, "other", "journalist", note="atmosphere; headline")
p(d, "a visiblement dépassé les attentes", "positive", 2, "cooperation", "journalist")
p(d, "une très bonne rencontre", "positive", 2, "cooperation", "quoted", note="intensifier")
p(d, "une discussion formidable", "positive", 3, "cooperation", "quoted")
p(d, "très concret", "positive", 2, "cooperation", "quoted")
p(d, "un contact personnel", "positive", 2, "other", "quoted")
p(d, "Un premier résultat tangible", "positive", 2, "cooperation", "journalist")
p(d, "les versions divergent", "negative", 1, "other", "journalist")
p(d, "tout n'est pas aplani entre Washington et Moscou", "negative", 1, "conflict", "journalist", note="negation")
p(d, "le ton a changé", "positive", 1, "other", "journalist")
p(d, "des mois de déclarations hostiles", "negative", 2, "conflict", "journalist", note="past state")
p(d, "un début de réchauffement, prudent mais réel", "positive", 2, "cooperation", "journalist", note="hedge")

# ---------------------------------------------------------------- a14
d = "a14_afp_20180716"
m(d, "AFP", "2018-07-16", "2018-07-16 Helsinki summit")
TONE[d] = 0
p(d, "dans un contexte de relations tendues", "negative", 1, "conflict", "journalist")
p(d, "jamais été pire", "negative", 3, "conflict", "quoted", note="past state")
p(d, "elle avait changé", "positive", 1, "cooperation", "quoted")
p(d, "succès", "positive", 2, "cooperation", "quoted")
p(d, "très utiles", "positive", 2, "cooperation", "quoted")
p(d, "Aucun accord formel n'a été signé", "negative", 1, "cooperation", "journalist", note="factual outcome")
p(d, "s'était dégradée", "negative", 2, "conflict", "quoted")

# ---------------------------------------------------------------- a15
d = "a15_rtfrance_20180321"
m(d, "RT France", "2018-03-21", "2018-03-20 Trump-Putin call (re-election congratulations)")
TONE[d] = 2
p(d, "Nous nous verrons probablement", "positive", 1, "other", "quoted", note="ready to meet, hedged")
p(d, "envisagent de se voir prochainement", "positive", 1, "other", "journalist", note="form of meeting")
p(d, "a été constructive", "positive", 2, "cooperation", "quoted", note="selon le Kremlin")
p(d, "le développement d'une coopération pratique", "positive", 2, "cooperation", "quoted")
p(d, "coordonner leurs efforts pour freiner la course aux armements", "positive", 2, "cooperation", "quoted", note="shared aim with war vocabulary")
p(d, "une bonne chose, pas une mauvaise chose", "positive", 2, "cooperation", "quoted")
p(d, "dans un contexte particulièrement tendu", "negative", 1, "conflict", "journalist")
p(d, "Le président américain a choisi le dialogue", "positive", 2, "cooperation", "journalist")
p(d, "c'est une bonne nouvelle pour la stabilité mondiale", "positive", 2, "cooperation", "journalist")
p(d, "dans l'esprit de la coopération", "positive", 2, "cooperation", "quoted")
p(d, "très importante", "positive", 2, "cooperation", "quoted")
p(d, "Une invitation à Washington", "positive", 1, "other", "quoted", note="selon Ouchakov")

# ---------------------------------------------------------------- a16
d = "a16_lepoint_20250319"
m(d, "Le Point", "2025-03-19", "2025-03-18 Trump-Putin call")
TONE[d] = 1
p(d, "une trêve en demi-teinte", "neutral", 1, "cooperation", "journalist", note="mixed outcome; headline")
p(d, "un dialogue qui s'installe", "positive", 2, "cooperation", "journalist", note="headline")
p(d, "bien en deçà des ambitions américaines", "negative", 1, "cooperation", "journalist")
p(d, "se parlent à nouveau", "positive", 2, "cooperation", "journalist")
p(d, "il serait trompeur de n'y voir qu'un échec", "positive", 1, "cooperation", "journalist", note="negated negative")
p(d, "un très bon appel", "positive", 2, "cooperation", "quoted")
p(d, "très productif", "positive", 2, "cooperation", "quoted")
p(d, "étaient quasiment gelés", "negative", 2, "conflict", "journalist", note="past state, hedged")
p(d, "Le dialogue s'installe, pas à pas", "positive", 2, "cooperation", "journalist")
p(d, "Les réserves ne manquent pas", "negative", 1, "other", "journalist")
p(d, "laisse planer un doute sur ce qui a été réellement convenu", "negative", 1, "other", "journalist", note="uncertainty")
p(d, "la dynamique est enclenchée", "positive", 2, "cooperation", "journalist")
p(d, "une relation personnelle qui se veut cordiale", "positive", 1, "other", "journalist", note="hedge")

# ---------------------------------------------------------------- a17
d = "a17_ladepeche_20250816"
m(d, "La Dépêche du Midi", "2025-08-16", "2025-08-15 Alaska summit")
TONE[d] = -1
p(d, "beaucoup de bruit pour pas grand-chose", "negative", 2, "cooperation", "journalist", note="idiom; headline")
p(d, "laisse un goût d'inachevé", "negative", 1, "cooperation", "journalist", note="idiom")
p(d, "le résultat beaucoup moins", "negative", 1, "cooperation", "journalist")
p(d, "pas même un communiqué commun", "negative", 1, "cooperation", "journalist", note="negation")
p(d, "ont pourtant soigné les apparences", "neutral", 1, "other", "journalist", note="spectacle")
p(d, "poignée de main appuyée", "positive", 1, "other", "journalist", note="atmosphere")
p(d, "attendue depuis longtemps", "positive", 1, "other", "quoted")
p(d, "bonne relation de travail", "positive", 2, "cooperation", "quoted")
p(d, "de nombreux points d'accord", "positive", 2, "cooperation", "quoted")
p(d, "un ou deux points très importants", "negative", 1, "cooperation", "quoted", note="remaining disagreement, understated")
p(d, "n'a pas permis de rapprocher les positions", "negative", 2, "cooperation", "quoted", note="pour X attribution; negation")
p(d, "laissé la porte ouverte à une nouvelle rencontre", "positive", 1, "other", "journalist", note="idiom; ready to meet")
p(d, "la dynamique reste fragile", "negative", 1, "cooperation", "journalist")
p(d, "ne produit pas encore de résultats tangibles", "negative", 1, "cooperation", "journalist", note="negation, hedge")

# ---------------------------------------------------------------- a18
d = "a18_rfi_20190201"
m(d, "RFI", "2019-02-01", "2019-02-01 US suspends INF treaty")
TONE[d] = -1
p(d, "mis en péril les intérêts sécuritaires des Etats-Unis", "negative", 2, "conflict", "quoted")
p(d, "la Russie viole le traité depuis des années", "negative", 2, "conflict", "quoted", note="selon lui")
p(d, "réunir tout le monde dans une grande et belle salle", "positive", 1, "cooperation", "quoted", note="shared aim")
p(d, "chercher un prétexte", "negative", 2, "conflict", "quoted", note="accuser X de + inf.")
p(d, "plus dangereux", "negative", 2, "conflict", "quoted")
p(d, "sans parvenir à un accord", "negative", 1, "cooperation", "journalist", note="failed cooperation")
p(d, "des contacts se poursuivraient", "positive", 1, "cooperation", "quoted")

# ---------------------------------------------------------------- a19
d = "a19_lesoleil_20250816"
m(d, "Le Soleil (Senegal)", "2025-08-16", "2025-08-15 Alaska summit")
TONE[d] = 2
p(d, "relancent l'espoir de paix", "positive", 2, "cooperation", "journalist", note="headline")
p(d, "un sommet historique", "positive", 2, "other", "journalist")
p(d, "un signal encourageant", "positive", 2, "cooperation", "quoted", note="pour X attribution")
p(d, "cordial", "positive", 2, "other", "journalist", note="atmosphere")
p(d, "presque complice", "positive", 2, "other", "journalist", note="atmosphere, hedge")
p(d, "réunion extrêmement productive", "positive", 3, "cooperation", "quoted")
p(d, "dix sur dix", "positive", 3, "cooperation", "quoted")
p(d, "constructive", "positive", 2, "cooperation", "quoted")
p(d, "atmosphère de respect mutuel", "positive", 2, "other", "quoted")
p(d, "poursuivre le dialogue", "positive", 2, "cooperation", "quoted", note="exprimer leur volonté de + inf.")
p(d, "c'est le monde entier qui respire", "positive", 2, "cooperation", "quoted")
p(d, "le chemin vers un cessez-le-feu reste semé d'embûches", "negative", 1, "cooperation", "journalist", note="idiom")
p(d, "avec autant de chaleur", "positive", 2, "other", "journalist")
p(d, "marque un tournant", "positive", 2, "cooperation", "journalist")

# ---------------------------------------------------------------- a20
d = "a20_mediapart_20250213"
m(d, "Mediapart (billet)", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[d] = -2
p(d, "le marché de dupes", "negative", 3, "cooperation", "journalist", note="idiom; headline")
p(d, "le début d'un dégel historique", "positive", 2, "cooperation", "quoted", note="quoted fragment under agentless passive «vendu comme»: unattributed")
p(d, "une partie de poker menteur", "negative", 2, "conflict", "journalist", note="idiom")
p(d, "ne rapproche en rien les deux capitales", "negative", 3, "cooperation", "journalist", note="negation")
p(d, "très productif", "positive", 2, "cooperation", "quoted")
p(d, "enthousiasme de commande", "negative", 2, "other", "journalist")
p(d, "rien n'a bougé", "negative", 2, "cooperation", "journalist")
p(d, "n'a obtenu aucun engagement", "negative", 2, "cooperation", "journalist")
p(d, "un dialogue de façade", "negative", 2, "cooperation", "journalist")
p(d, "remettre la relation sur les rails", "positive", 2, "cooperation", "quoted", note="past promise, idiom")
p(d, "un nouveau gel", "negative", 2, "conflict", "journalist")
p(d, "restent fondamentalement opposés", "negative", 3, "conflict", "journalist")
p(d, "une relation glaciale", "negative", 3, "conflict", "journalist")

# ---------------------------------------------------------------- a21
d = "a21_sputnik_20190629"
m(d, "Sputnik France", "2019-06-29", "2019-06-28 Osaka G20 meeting")
TONE[d] = 2
p(d, "leur bonne entente", "positive", 2, "other", "journalist", note="headline")
p(d, "Une rencontre chaleureuse", "positive", 2, "other", "journalist", note="atmosphere")
p(d, "renouer un dialogue stratégique", "positive", 2, "cooperation", "quoted", note="selon Moscou")
p(d, "l'intérêt réciproque des deux dirigeants", "positive", 2, "cooperation", "journalist")
p(d, "un grand honneur", "positive", 2, "other", "quoted")
p(d, "une très, très bonne relation", "positive", 3, "cooperation", "quoted", note="intensifier")
p(d, "beaucoup de choses très positives", "positive", 2, "cooperation", "quoted")
p(d, "climat positif", "positive", 2, "other", "quoted", note="selon Ouchakov; atmosphere")
p(d, "constructif", "positive", 2, "cooperation", "quoted", note="split from «positif et constructif»")
p(d, "relancer les consultations sur la stabilité stratégique", "positive", 2, "cooperation", "journalist", note="charger X de: not speech")
p(d, "rétablir pleinement les relations économiques", "positive", 2, "cooperation", "quoted", note="incise a précisé le Kremlin")
p(d, "Un moment de détente", "positive", 1, "other", "journalist", note="atmosphere")
p(d, "accepté l'invitation", "positive", 2, "other", "quoted", note="incise a indiqué Peskov")
p(d, "sont enfin sur la voie de la normalisation", "positive", 2, "cooperation", "quoted", note="pour le Kremlin")

# ---------------------------------------------------------------- a22
d = "a22_rtbf_20250319"
m(d, "RTBF (Belgium)", "2025-03-19", "2025-03-18 Trump-Putin call")
TONE[d] = -1
p(d, "sans chaleur", "negative", 1, "other", "journalist", note="atmosphere; headline")
p(d, "reste glacial", "negative", 2, "other", "journalist", note="atmosphere")
p(d, "la méfiance intacte", "negative", 2, "conflict", "journalist")
p(d, "paix durable", "positive", 2, "cooperation", "quoted", note="communiqué wording, shared aim")
p(d, "désescalade", "positive", 1, "cooperation", "quoted", note="communiqué wording")
p(d, "rouvrir des canaux de dialogue entre experts", "positive", 1, "cooperation", "journalist")
p(d, "les deux textes ne racontent pas la même histoire", "negative", 1, "other", "journalist", note="negation")
p(d, "en disent long sur le degré de confiance", "negative", 1, "conflict", "journalist", note="idiom, understatement")
p(d, "poli mais distant", "negative", 1, "other", "quoted", note="atmosphere; décrivent")
p(d, "Aucun des deux présidents n'a eu pour l'autre les mots chaleureux", "negative", 1, "other", "journalist", note="negation")
p(d, "inhabituellement sobre", "negative", 1, "other", "journalist")
p(d, "se jaugent plus qu'elles ne coopèrent", "negative", 2, "cooperation", "quoted", note="pour X attribution")
p(d, "Personne ne fait confiance à personne", "negative", 2, "conflict", "quoted")
p(d, "La méfiance réciproque n'a pas disparu", "negative", 2, "conflict", "journalist", note="negation")

# ---------------------------------------------------------------- a23
d = "a23_afp_20171111"
m(d, "AFP", "2017-11-11", "2017-11-10/11 Da Nang APEC encounter")
TONE[d] = 0
p(d, "sans tenir de rencontre bilatérale formelle", "neutral", 1, "other", "quoted", note="form of meeting; incise a indiqué la Maison Blanche")
p(d, "conflits d'agenda de part et d'autre", "neutral", 1, "other", "quoted")
p(d, "trois brefs échanges", "neutral", 1, "other", "quoted", note="form of meeting")
p(d, "une rencontre était possible", "neutral", 1, "other", "quoted", note="laisser entendre que")
p(d, "il n'existe pas de solution militaire au conflit syrien", "positive", 1, "cooperation", "quoted", note="joint position")
p(d, "leur engagement à combattre le groupe Etat islamique", "positive", 1, "cooperation", "quoted", note="shared aim with war vocabulary")
p(d, "de bonnes relations avec la Russie", "positive", 1, "cooperation", "quoted")
p(d, "restent marquées par les sanctions américaines", "negative", 1, "conflict", "journalist")

# ---------------------------------------------------------------- a24
d = "a24_lopinion_20180717"
m(d, "L'Opinion", "2018-07-17", "2018-07-16 Helsinki summit")
TONE[d] = 1
p(d, "un dégel prudent", "positive", 2, "cooperation", "journalist", note="hedge; headline")
p(d, "ont renoué un dialogue au sommet", "positive", 2, "cooperation", "journalist")
p(d, "le sommet a produit davantage que ne le laissent croire les critiques", "positive", 1, "cooperation", "journalist")
p(d, "un format qui témoigne d'une certaine confiance", "positive", 1, "other", "journalist", note="form of meeting, hedge")
p(d, "relancer des consultations sur la stabilité stratégique", "positive", 2, "cooperation", "quoted", note="selon les deux délégations")
p(d, "un bon début, un très bon début", "positive", 2, "cooperation", "quoted", note="repetition intensifier")
p(d, "très utiles", "positive", 2, "cooperation", "quoted")
p(d, "des désaccords subsistent", "negative", 1, "conflict", "quoted")
p(d, "Ce n'est pas l'enthousiasme des grands jours", "negative", 1, "other", "journalist", note="negation")
p(d, "ce n'est pas non plus la rupture", "positive", 1, "cooperation", "journalist", note="litotes")
p(d, "Les obstacles restent considérables", "negative", 2, "cooperation", "journalist")
p(d, "continuent d'empoisonner la relation", "negative", 2, "conflict", "journalist")
p(d, "les lignes ont bougé", "positive", 2, "cooperation", "journalist", note="idiom")
p(d, "le début d'une normalisation, à petits pas", "positive", 1, "cooperation", "quoted", note="hedge")

# ================================================================ TEST PART (a25-a48)
# ---------------------------------------------------------------- a25
d = "a25_afp_20250212"
m(d, "AFP", "2025-02-12", "2025-02-12 Trump-Putin call")
TONE[d] = 1
p(d, "lancer des négociations pour mettre fin à la guerre", "positive", 2, "cooperation", "quoted", note="shared aim with war vocabulary; annoncer + inf.")
p(d, "travailler ensemble, très étroitement", "positive", 3, "cooperation", "quoted", note="intensifier")
p(d, "en nous rendant visite dans nos pays respectifs", "positive", 2, "other", "quoted", note="ready to meet")
p(d, "commencent immédiatement les négociations", "positive", 2, "cooperation", "quoted")
p(d, "convenus de se rencontrer", "positive", 1, "other", "quoted", note="selon Peskov; form of meeting")
p(d, "Aucune date ni aucun lieu n'ont été annoncés", "neutral", 1, "other", "journalist", note="form of meeting")
p(d, "un geste salué par la Maison Blanche", "positive", 1, "cooperation", "journalist")

# ---------------------------------------------------------------- a26
d = "a26_rtfrance_20250816"
m(d, "RT France", "2025-08-16", "2025-08-15 Alaska summit")
TONE[d] = 2
p(d, "posent les bases d'un règlement", "positive", 2, "cooperation", "journalist", note="headline")
p(d, "un accueil chaleureux", "positive", 2, "other", "journalist", note="atmosphere")
p(d, "des déclarations convergentes", "positive", 2, "cooperation", "journalist")
p(d, "a marqué un tournant", "positive", 2, "cooperation", "quoted", note="incise estiment les responsables russes")
p(d, "une conversation très bonne", "positive", 2, "cooperation", "quoted")
p(d, "très utile", "positive", 2, "cooperation", "quoted")
p(d, "empreintes de respect mutuel", "positive", 2, "other", "quoted")
p(d, "très proche", "positive", 2, "cooperation", "quoted")
p(d, "sincèrement intéressée à mettre fin au conflit", "positive", 2, "cooperation", "quoted", note="shared aim")
p(d, "très positive", "positive", 2, "other", "quoted", note="atmosphere")
p(d, "excellentes", "positive", 3, "cooperation", "quoted")
p(d, "La prochaine fois à Moscou", "positive", 2, "other", "quoted", note="invitation")
p(d, "sortir la relation russo-américaine de l'impasse", "positive", 2, "cooperation", "quoted", note="pour X attribution; idiom")
p(d, "Le dialogue au plus haut niveau est rétabli", "positive", 2, "cooperation", "journalist")

# ---------------------------------------------------------------- a27
d = "a27_humanite_20250816"
m(d, "L'Humanité", "2025-08-16", "2025-08-15 Alaska summit")
TONE[d] = -2
p(d, "le sommet de la poudre aux yeux", "negative", 3, "other", "journalist", note="idiom; headline")
p(d, "Derrière le décor, le néant", "negative", 3, "cooperation", "journalist")
p(d, "des déclarations sans contenu", "negative", 2, "cooperation", "journalist")
p(d, "de nombreux points", "positive", 1, "cooperation", "quoted")
p(d, "constructive", "positive", 2, "cooperation", "quoted")
p(d, "n'a pas fait avancer d'un pouce", "negative", 3, "cooperation", "journalist", note="idiom, negation")
p(d, "Il n'a pas davantage rapproché les deux puissances", "negative", 2, "cooperation", "journalist", note="negation")
p(d, "la confiance est inexistante", "negative", 3, "conflict", "journalist")
p(d, "pas sur la table", "negative", 1, "cooperation", "quoted", note="idiom, negation")
p(d, "une complicité de façade", "negative", 2, "other", "journalist")
p(d, "rien n'est réglé", "negative", 2, "cooperation", "journalist")
p(d, "des années de défiance", "negative", 2, "conflict", "journalist")
p(d, "Ils n'ont pas montré qu'ils savaient s'entendre", "negative", 2, "cooperation", "journalist", note="negation")

# ---------------------------------------------------------------- a28
d = "a28_lecourrier_20171112"
m(d, "Le Courrier (Switzerland)", "2017-11-12", "2017-11-10/11 Da Nang APEC encounter")
TONE[d] = -1
p(d, "tient en une poignée de main", "negative", 1, "other", "journalist", note="form of meeting; headline")
p(d, "Un rendez-vous manqué", "negative", 2, "other", "journalist", note="form of meeting")
p(d, "en dit long sur l'état des relations", "negative", 1, "conflict", "journalist", note="understatement")
p(d, "ne se sont pourtant jamais assis à la même table", "negative", 1, "other", "journalist", note="idiom, negation")
p(d, "Pas de tête-à-tête", "negative", 1, "other", "journalist", note="form of meeting")
p(d, "une poignée de main furtive", "negative", 1, "other", "journalist")
p(d, "Il n'y avait pas de volonté politique", "negative", 2, "cooperation", "quoted", note="negation")
p(d, "brefs mais chaleureux", "positive", 1, "other", "quoted")
p(d, "parfaitement communiqué", "positive", 2, "cooperation", "quoted")
p(d, "Seule éclaircie", "positive", 1, "cooperation", "journalist", note="restrictive")
p(d, "reste minimale", "negative", 1, "cooperation", "quoted")
p(d, "La froideur de Da Nang", "negative", 2, "other", "journalist", note="atmosphere")
p(d, "une excellente chose", "positive", 2, "cooperation", "quoted")
p(d, "s'est résumée à quelques secondes de politesse", "negative", 1, "other", "journalist", note="form of meeting")

# ---------------------------------------------------------------- a29
d = "a29_lesechos_20190802"
m(d, "Les Echos", "2019-08-02", "2019-08-02 end of the INF treaty")
TONE[d] = -1
p(d, "ravive les craintes d'une course aux armements", "negative", 2, "conflict", "journalist", note="headline")
p(d, "grave erreur", "negative", 2, "conflict", "quoted")
p(d, "prêt à discuter", "positive", 1, "cooperation", "quoted", note="se dit prêt")
p(d, "seule responsable de la fin du traité", "negative", 2, "conflict", "quoted")
p(d, "sous un prétexte inventé", "negative", 2, "conflict", "quoted")
p(d, "le ton n'est pas à la rupture totale", "positive", 1, "cooperation", "journalist", note="negation")
p(d, "un moratoire réciproque", "positive", 1, "cooperation", "quoted", note="proposer + NP carrying the position")
p(d, "ouverte au dialogue", "positive", 1, "cooperation", "quoted")
p(d, "les signaux positifs restent ténus", "negative", 1, "cooperation", "journalist", note="hedge")
p(d, "accueillie avec scepticisme à Washington", "negative", 1, "cooperation", "journalist")
p(d, "aucune négociation n'est prévue", "negative", 1, "cooperation", "journalist")
p(d, "peu pressée d'engager des discussions", "negative", 1, "cooperation", "journalist", note="litotes")
p(d, "l'heure est à la méfiance", "negative", 2, "conflict", "journalist")
p(d, "Nous ne sommes pas dans une nouvelle guerre froide, mais nous n'en sommes pas loin", "negative", 2, "conflict", "quoted", note="negation then hedge")

# ---------------------------------------------------------------- a30
d = "a30_franceinfo_20180716"
m(d, "franceinfo (live blog)", "2018-07-16", "2018-07-16 Helsinki summit")
TONE[d] = 0
p(d, "un dialogue direct, ouvert", "positive", 1, "other", "quoted")
p(d, "profondément productif", "positive", 3, "cooperation", "quoted", note="intensifier")
p(d, "n'a jamais été pire", "negative", 3, "conflict", "quoted", note="past state")
p(d, "cela a changé", "positive", 1, "cooperation", "quoted")
p(d, "réussies", "positive", 2, "cooperation", "quoted")
p(d, "très utiles", "positive", 2, "cooperation", "quoted")
p(d, "les relations traversent une période complexe", "negative", 1, "conflict", "quoted", note="euphemism")
p(d, "rétablir au moins un certain niveau de confiance", "positive", 1, "cooperation", "quoted", note="hedged shared aim")
p(d, "bien plus que prévu", "positive", 1, "other", "journalist", note="form of meeting")
p(d, "une relation extraordinaire", "positive", 2, "cooperation", "quoted", note="quote marks under souhaiter: direct quote")
p(d, "n'a jamais été aussi mauvaise", "negative", 3, "conflict", "quoted")
p(d, "Aucun accord formel n'est attendu", "neutral", 1, "cooperation", "journalist")

# ---------------------------------------------------------------- a31
d = "a31_sputnik_20180717"
m(d, "Sputnik France", "2018-07-17", "2018-07-16 Helsinki summit")
TONE[d] = 2
p(d, "un sommet qui redonne espoir", "positive", 2, "cooperation", "journalist", note="headline")
p(d, "relancer un dialogue au plus haut niveau", "positive", 2, "cooperation", "quoted", note="incise estiment les responsables russes")
p(d, "a tenu ses promesses", "positive", 2, "cooperation", "journalist")
p(d, "réussies", "positive", 2, "cooperation", "quoted", note="split from «réussies et très utiles»")
p(d, "très utiles", "positive", 2, "cooperation", "quoted")
p(d, "dialogue profondément productif", "positive", 3, "cooperation", "quoted")
p(d, "magnifique", "positive", 3, "cooperation", "quoted")
p(d, "meilleur que super", "positive", 3, "cooperation", "quoted")
p(d, "reprendre une coopération concrète", "positive", 2, "cooperation", "quoted", note="selon lui")
p(d, "coopéraient avec succès", "positive", 2, "cooperation", "quoted")
p(d, "prêt à travailler avec les Etats-Unis", "positive", 2, "cooperation", "quoted", note="s'est dit prêt")
p(d, "une hystérie antirusse qui empoisonne les relations bilatérales", "negative", 2, "conflict", "journalist")
p(d, "poser les premières pierres d'une nouvelle relation", "positive", 2, "cooperation", "quoted", note="pour X attribution; idiom")
p(d, "un climat de respect et de confiance", "positive", 2, "other", "quoted", note="atmosphere")

# ---------------------------------------------------------------- a32
d = "a32_lapresse_20250318"
m(d, "La Presse (Québec)", "2025-03-18", "2025-03-18 Trump-Putin call")
TONE[d] = 1
p(d, "des pourparlers qui avancent", "positive", 2, "cooperation", "journalist", note="headline")
p(d, "se sont entendus", "positive", 2, "cooperation", "journalist")
p(d, "Un premier pas, modeste mais réel", "positive", 1, "cooperation", "journalist", note="hedge")
p(d, "Ce n'est pas le cessez-le-feu complet", "negative", 1, "cooperation", "journalist", note="negation")
p(d, "le premier engagement concret obtenu du Kremlin", "positive", 2, "cooperation", "journalist")
p(d, "très bonne", "positive", 2, "cooperation", "quoted", note="split from «très bonne et productive»")
p(d, "productive", "positive", 2, "cooperation", "quoted")
p(d, "détaillé", "neutral", 1, "other", "quoted", note="split from «détaillé et franc»")
p(d, "franc", "neutral", 1, "other", "quoted", after="détaillé et ", note="diplomatic code word")
p(d, "l'amélioration des relations bilatérales", "positive", 1, "cooperation", "journalist", note="évoquer + NP: topic-only, not speech")
p(d, "un pas dans la bonne direction", "positive", 1, "cooperation", "quoted", note="idiom")
p(d, "restent en désaccord sur les conditions d'un règlement", "negative", 2, "conflict", "journalist")
p(d, "tranche avec trois années de silence", "positive", 1, "cooperation", "journalist")
p(d, "Lentement, mais elle avance", "positive", 1, "cooperation", "journalist", note="hedge")

# ---------------------------------------------------------------- a33
d = "a33_lexpress_20250319"
m(d, "L'Express (chronique)", "2025-03-19", "2025-03-18 Trump-Putin call")
TONE[d] = -1
p(d, "le téléphone chauffe", "positive", 1, "other", "journalist", note="idiom; headline")
p(d, "la paix attendra", "negative", 1, "cooperation", "journalist", note="headline")
p(d, "Très bonne", "positive", 2, "cooperation", "quoted", note="split from «Très bonne et productive»")
p(d, "productive", "positive", 2, "cooperation", "quoted")
p(d, "excellent", "positive", 3, "cooperation", "quoted")
p(d, "se font confiance", "positive", 2, "cooperation", "quoted")
p(d, "manifestement une bonne alchimie", "positive", 2, "other", "quoted", note="atmosphere")
p(d, "une vague promesse de discussions techniques", "negative", 1, "cooperation", "journalist", note="hedge diminishes")
p(d, "n'a pas été obtenu", "negative", 2, "cooperation", "journalist", note="failed cooperation")
p(d, "n'est pas inutile", "positive", 1, "cooperation", "journalist", note="litotes")
p(d, "il y a loin de la coupe aux lèvres", "negative", 1, "cooperation", "journalist", note="idiom")
p(d, "reste minée par des intérêts contradictoires", "negative", 2, "conflict", "journalist")
p(d, "La bonne alchimie n'a pas franchi la ligne de front", "negative", 2, "cooperation", "journalist", note="negation")
p(d, "un joli exercice de communication", "negative", 1, "other", "journalist", note="spectacle, ironic")

# ---------------------------------------------------------------- a34
d = "a34_20minutes_20251016"
m(d, "20 Minutes", "2025-10-16", "2025-10-16 Trump-Putin call; Budapest summit announced")
TONE[d] = 1
p(d, "vont se retrouver", "positive", 1, "other", "journalist", note="form of meeting; headline")
p(d, "Plutôt bien", "positive", 1, "cooperation", "quoted", note="à en croire les deux camps; hedge")
p(d, "très productive", "positive", 2, "cooperation", "quoted")
p(d, "de grands progrès", "positive", 2, "cooperation", "quoted")
p(d, "très franc", "neutral", 1, "other", "quoted", note="split from «très franc et empreint de confiance»")
p(d, "empreint de confiance", "positive", 2, "other", "quoted")
p(d, "la coopération économique qui pourrait suivre la fin de la guerre", "positive", 1, "cooperation", "journalist", note="évoquer + NP: topic-only, not speech")
p(d, "des points de friction", "negative", 1, "conflict", "journalist")
p(d, "un coup sérieux", "negative", 2, "conflict", "quoted")
p(d, "Après plusieurs semaines de tension", "negative", 1, "conflict", "journalist", note="past state")
p(d, "l'appel marque un net réchauffement", "positive", 2, "cooperation", "journalist")
p(d, "n'avait débouché sur aucun accord", "negative", 1, "cooperation", "journalist", note="past failure")
p(d, "très productif", "positive", 2, "cooperation", "quoted", note="summary bullet, selon Trump")
p(d, "Le désaccord persiste sur les territoires", "negative", 1, "conflict", "journalist")

# ---------------------------------------------------------------- a35
d = "a35_rts_20251022"
m(d, "RTS (Switzerland)", "2025-10-22", "2025-10-21 Budapest summit postponed")
TONE[d] = -2
p(d, "tombe à l'eau", "negative", 2, "cooperation", "journalist", note="idiom; headline")
p(d, "ne pas avoir bougé d'un iota", "negative", 2, "cooperation", "quoted", note="accuser X de + inf.; idiom")
p(d, "réunion pour rien", "negative", 1, "cooperation", "quoted")
p(d, "l'échec des discussions préparatoires", "negative", 2, "cooperation", "journalist", note="failed cooperation")
p(d, "révélé l'ampleur du fossé", "negative", 2, "conflict", "journalist")
p(d, "a douché les espoirs américains", "negative", 2, "cooperation", "journalist", note="idiom")
p(d, "le ton de l'échange aurait été particulièrement sec", "negative", 2, "other", "quoted", note="selon des sources; atmosphere")
p(d, "grands progrès", "positive", 2, "cooperation", "quoted", note="past claim")
p(d, "déçu", "negative", 2, "cooperation", "quoted")
p(d, "fait planer la menace de sanctions", "negative", 2, "conflict", "journalist")
p(d, "faire bonne figure", "negative", 1, "other", "journalist", note="idiom")
p(d, "Washington n'est pas un partenaire fiable", "negative", 2, "cooperation", "quoted", note="que-clause of estimer")
p(d, "Il n'y a aucune base solide", "negative", 2, "cooperation", "quoted", note="negation")
p(d, "est de nouveau dans l'impasse", "negative", 2, "cooperation", "journalist", note="idiom")

# ---------------------------------------------------------------- a36
d = "a36_infosud_20170707"
m(d, "Info Sud (regional news site, scraped page)", "2017-07-07", "2017-07-07 Hamburg G20 meeting")
TONE[d] = 1
p(d, "a duré plus de deux heures", "positive", 1, "other", "journalist", note="form of meeting; headline")
p(d, "sont convenus d'un cessez-le-feu", "positive", 2, "cooperation", "journalist")
p(d, "très constructive", "positive", 2, "cooperation", "quoted")
p(d, "un contact immédiat", "positive", 2, "other", "quoted")
p(d, "une alchimie très positive", "positive", 2, "other", "quoted", note="atmosphere")
p(d, "ni l'un ni l'autre ne voulait interrompre la réunion", "positive", 1, "other", "quoted", note="selon lui")
p(d, "de bonnes relations personnelles", "positive", 2, "other", "quoted")
p(d, "le premier succès concret de la coopération russo-américaine", "positive", 2, "cooperation", "journalist")
p(d, "Tout n'a pas été rose pour autant", "negative", 1, "other", "journalist", note="idiom, negation")
p(d, "vigoureux", "negative", 1, "conflict", "quoted", note="euphemism for disagreement")
p(d, "leurs versions divergent", "negative", 1, "other", "journalist")
p(d, "marque néanmoins une étape", "positive", 1, "cooperation", "quoted", note="pour les observateurs")
p(d, "semblent avoir trouvé un terrain d'entente", "positive", 2, "cooperation", "journalist", note="hedge")

# ---------------------------------------------------------------- a37
d = "a37_lemonde_20170413"
m(d, "Le Monde", "2017-04-13", "2017-04-07 US strikes on Shayrat; 2017-04-12 Tillerson in Moscow")
TONE[d] = -2
p(d, "la relation russo-américaine au plus bas", "negative", 3, "conflict", "journalist", note="headline")
p(d, "n'a pas permis de dissiper la crise", "negative", 2, "cooperation", "journalist", note="negation")
p(d, "s'est dégradé", "negative", 2, "conflict", "quoted")
p(d, "Nous ne nous entendons pas du tout avec la Russie", "negative", 3, "conflict", "quoted", note="negation, intensifier")
p(d, "agression contre un Etat souverain", "negative", 2, "conflict", "quoted")
p(d, "suspendu le mécanisme de prévention des incidents aériens", "negative", 2, "cooperation", "journalist", note="failed cooperation")
p(d, "Accueilli froidement", "negative", 2, "other", "journalist", note="atmosphere")
p(d, "a tourné à l'échange d'accusations", "negative", 2, "conflict", "journalist")
p(d, "tenter d'améliorer les relations bilatérales", "positive", 1, "cooperation", "journalist", note="convenir without quote marks: not speech")
p(d, "personne ne se fait d'illusions", "negative", 1, "cooperation", "journalist")
p(d, "diamétralement opposées", "negative", 3, "conflict", "journalist")
p(d, "a donc fait long feu", "negative", 2, "cooperation", "journalist", note="idiom")
p(d, "La lune de miel, si elle a jamais existé, n'aura duré que quelques semaines", "negative", 2, "cooperation", "journalist", note="idiom")
p(d, "un adversaire", "negative", 3, "conflict", "journalist")

# ---------------------------------------------------------------- a38
d = "a38_afp_20190802"
m(d, "AFP", "2019-08-02", "2019-08-02 end of the INF treaty")
TONE[d] = 0
p(d, "en rejetant la responsabilité sur la Russie", "negative", 1, "conflict", "journalist")
p(d, "seule responsable de la disparition du traité", "negative", 2, "conflict", "quoted")
p(d, "à l'initiative des Etats-Unis", "negative", 1, "conflict", "quoted")
p(d, "déclarer un moratoire", "positive", 1, "cooperation", "quoted", note="appeler X à + inf.")
p(d, "un nouvel accord de contrôle des armements", "positive", 1, "cooperation", "quoted", note="que-clause of a déclaré")
p(d, "Nous pourrions avoir un accord plus important", "positive", 1, "cooperation", "quoted", note="hedge")
p(d, "prêts à discuter de sa prolongation", "positive", 1, "cooperation", "quoted")
p(d, "s'entendre sur une voie commune", "positive", 1, "cooperation", "quoted", note="appeler à; third party")

# ---------------------------------------------------------------- a39
d = "a39_lorientlejour_20180717"
m(d, "L'Orient-Le Jour (Lebanon)", "2018-07-17", "2018-07-16 Helsinki summit")
TONE[d] = 0
p(d, "sans feuille de route", "negative", 1, "cooperation", "journalist", note="headline")
p(d, "peu d'annonces", "negative", 1, "cooperation", "journalist")
p(d, "des convergences affichées", "positive", 1, "cooperation", "journalist")
p(d, "soutiennent des camps opposés", "negative", 1, "conflict", "journalist")
p(d, "les annonces concrètes sont restées rares", "negative", 1, "cooperation", "journalist")
p(d, "travailler ensemble", "positive", 2, "cooperation", "quoted")
p(d, "expérience utile", "positive", 1, "cooperation", "quoted")
p(d, "partageaient l'objectif", "positive", 1, "cooperation", "quoted", note="shared aim")
p(d, "mieux coopéré", "positive", 1, "cooperation", "quoted")
p(d, "Aucun accord formel n'a été annoncé sur la Syrie", "negative", 1, "cooperation", "journalist")
p(d, "les positions restent éloignées", "negative", 1, "conflict", "journalist")
p(d, "ne change pas la donne sur le terrain", "negative", 1, "cooperation", "quoted", note="idiom, negation")
p(d, "une forme de partage des rôles", "neutral", 1, "other", "quoted", note="continuation under pour X")
p(d, "un rapprochement avec Moscou", "positive", 1, "cooperation", "quoted", note="que-clause of soulignent")

# ---------------------------------------------------------------- a40
d = "a40_letemps_20250816"
m(d, "Le Temps (Switzerland)", "2025-08-16", "2025-08-15 Alaska summit")
TONE[d] = 0
p(d, "n'a débouché sur aucun accord", "negative", 2, "cooperation", "journalist")
p(d, "rétabli un canal direct entre les deux présidents", "positive", 2, "cooperation", "journalist")
p(d, "Bilan contrasté", "neutral", 1, "other", "journalist")
p(d, "une étape dont la portée dépendra de ce qui suivra", "neutral", 1, "other", "journalist", note="uncertainty")
p(d, "se sont retrouvés face à face", "neutral", 1, "other", "journalist", note="form of meeting")
p(d, "constructive", "positive", 2, "cooperation", "quoted")
p(d, "respectueuse", "positive", 2, "other", "quoted")
p(d, "de nombreux points", "positive", 1, "cooperation", "quoted")
p(d, "convenues de se revoir", "positive", 1, "other", "journalist", note="form of meeting; convenir: not speech")
p(d, "Aucun cessez-le-feu, aucun calendrier, aucun texte commun", "negative", 2, "cooperation", "journalist", note="negation")
p(d, "les positions n'ont pas sensiblement évolué", "negative", 1, "cooperation", "journalist", note="hedged negation")
p(d, "Il reste un ou deux points très importants", "negative", 1, "cooperation", "quoted", note="understatement")
p(d, "dans une zone grise", "neutral", 1, "other", "journalist", note="idiom; uncertainty")
p(d, "le ton s'est nettement adouci", "positive", 2, "other", "journalist")

# ---------------------------------------------------------------- a41
d = "a41_lepays_20250213"
m(d, "Le Pays (Burkina Faso)", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[d] = 2
p(d, "le dégel tant attendu", "positive", 3, "cooperation", "journalist", note="headline")
p(d, "renouent le dialogue au plus haut niveau", "positive", 2, "cooperation", "journalist")
p(d, "Un signal fort pour la paix", "positive", 2, "cooperation", "journalist")
p(d, "a pris des allures de retrouvailles", "positive", 2, "other", "journalist")
p(d, "mettre fin aux millions de morts", "positive", 2, "cooperation", "quoted", note="shared aim with war vocabulary")
p(d, "très productif", "positive", 2, "cooperation", "quoted")
p(d, "tombés d'accord", "positive", 2, "cooperation", "quoted", note="que-clause of souligner")
p(d, "nos deux pays travaillent ensemble", "positive", 2, "cooperation", "quoted")
p(d, "Ce réchauffement spectaculaire", "positive", 3, "cooperation", "journalist")
p(d, "une excellente nouvelle pour le monde", "positive", 3, "cooperation", "journalist")
p(d, "tout n'est pas réglé", "negative", 1, "cooperation", "journalist", note="negation, concession")
p(d, "se parlent de nouveau, et se parlent bien", "positive", 2, "cooperation", "journalist")
p(d, "commence à se reconstruire", "positive", 2, "cooperation", "journalist")
p(d, "ont choisi la voie du dialogue", "positive", 2, "cooperation", "journalist")

# ---------------------------------------------------------------- a42
d = "a42_sudouest_20180717"
m(d, "Sud Ouest", "2018-07-17", "2018-07-16 Helsinki summit")
TONE[d] = -1
p(d, "peu de résultats", "negative", 2, "cooperation", "journalist", note="headline")
p(d, "échangé compliments et poignées de main", "positive", 1, "other", "journalist", note="atmosphere")
p(d, "s'est achevé sans accord", "negative", 2, "cooperation", "journalist")
p(d, "n'aura pas changé grand-chose à la relation", "negative", 2, "cooperation", "journalist", note="negation")
p(d, "les dossiers qui fâchent", "negative", 2, "conflict", "journalist", note="idiom")
p(d, "dialogue profondément productif", "positive", 3, "cooperation", "quoted")
p(d, "au plus bas", "negative", 3, "conflict", "quoted", note="past state")
p(d, "aucun des deux hommes n'a été capable de citer une avancée concrète", "negative", 2, "cooperation", "journalist", note="negation")
p(d, "Les gestes étaient chaleureux", "positive", 1, "other", "quoted", note="atmosphere")
p(d, "le fond reste glacial", "negative", 2, "conflict", "quoted")
p(d, "reste bloquée par des désaccords structurels", "negative", 2, "conflict", "quoted", note="selon elle")
p(d, "a eu le mérite d'exister", "positive", 1, "other", "quoted", note="se féliciter de; faint praise")
p(d, "les espoirs d'un vrai dégel restent minces", "negative", 1, "cooperation", "quoted", note="que-clause of reconnaissent")
p(d, "beaucoup de mots pour peu d'actes", "negative", 2, "cooperation", "journalist")

# ---------------------------------------------------------------- a43
d = "a43_lefigaro_20170708"
m(d, "Le Figaro", "2017-07-08", "2017-07-07 Hamburg G20 meeting")
TONE[d] = 1
p(d, "rompent la glace", "positive", 2, "cooperation", "journalist", note="idiom; headline")
p(d, "beaucoup plus longue que prévu", "positive", 1, "other", "journalist", note="form of meeting")
p(d, "une volonté affichée de travailler ensemble", "positive", 2, "cooperation", "journalist")
p(d, "les sujets qui fâchent", "negative", 1, "conflict", "journalist", note="idiom")
p(d, "un honneur d'être avec vous", "positive", 2, "other", "quoted")
p(d, "ravi de vous rencontrer personnellement", "positive", 2, "other", "quoted")
p(d, "une très bonne alchimie", "positive", 2, "other", "quoted", note="atmosphere")
p(d, "très constructive", "positive", 2, "cooperation", "quoted")
p(d, "peuvent encore s'entendre sur certains dossiers", "positive", 1, "cooperation", "journalist", note="hedge")
p(d, "robuste", "negative", 1, "conflict", "quoted", note="euphemism for disagreement")
p(d, "Il serait prématuré de parler de réconciliation", "negative", 1, "cooperation", "journalist", note="hedge")
p(d, "les divergences demeurent nombreuses", "negative", 2, "conflict", "journalist")
p(d, "le ton de Hambourg tranche avec celui des derniers mois", "positive", 1, "other", "journalist")
p(d, "le contact est établi, c'est déjà beaucoup", "positive", 1, "cooperation", "quoted")

# ---------------------------------------------------------------- a44
d = "a44_marianne_20251023"
m(d, "Marianne (opinion)", "2025-10-23", "2025-10-21 Budapest summit postponed")
TONE[d] = -2
p(d, "la diplomatie du yo-yo", "negative", 2, "other", "journalist", note="idiom; headline")
p(d, "annoncé puis enterré un sommet", "negative", 2, "cooperation", "journalist")
p(d, "une méfiance qui ne cesse de croître", "negative", 3, "conflict", "journalist")
p(d, "très productif", "positive", 2, "cooperation", "quoted", note="cited claim")
p(d, "grands progrès", "positive", 2, "cooperation", "quoted", note="cited claim")
p(d, "c'était la douche froide", "negative", 2, "cooperation", "journalist", note="idiom")
p(d, "réunion pour rien", "negative", 1, "cooperation", "quoted")
p(d, "relève désormais du théâtre", "negative", 2, "other", "journalist", note="spectacle")
p(d, "Le dialogue tourne à vide", "negative", 2, "cooperation", "journalist", note="idiom")
p(d, "la confiance s'effrite", "negative", 2, "conflict", "journalist")
p(d, "Chacun accuse l'autre de mauvaise foi", "negative", 2, "conflict", "journalist")
p(d, "Le fossé entre les deux capitales n'a jamais paru aussi profond", "negative", 3, "conflict", "journalist")
p(d, "sont incompatibles", "negative", 3, "conflict", "journalist")
p(d, "la montagne a accouché d'une souris", "negative", 2, "cooperation", "journalist", note="idiom")

# ---------------------------------------------------------------- a45
d = "a45_rfi_20180321"
m(d, "RFI", "2018-03-21", "2018-03-20 Trump-Putin call (re-election congratulations)")
TONE[d] = 0
p(d, "Nous nous rencontrerons probablement", "positive", 1, "other", "quoted", note="ready to meet, hedged")
p(d, "une bonne chose, pas une mauvaise chose", "positive", 2, "cooperation", "quoted")
p(d, "constructive", "positive", 2, "cooperation", "quoted")
p(d, "développer une coopération pratique", "positive", 2, "cooperation", "quoted", note="selon le compte rendu russe")
p(d, "Cet échange cordial", "positive", 1, "other", "journalist", note="atmosphere")
p(d, "ne doit pas masquer l'état réel de la relation", "negative", 1, "conflict", "journalist", note="negation")
p(d, "Les contacts entre diplomates restent rares", "negative", 1, "cooperation", "journalist")
p(d, "la méfiance domine", "negative", 2, "conflict", "journalist")
p(d, "les gestes d'ouverture du président", "positive", 1, "cooperation", "journalist")
p(d, "la ligne dure de son administration", "negative", 1, "conflict", "journalist")
p(d, "avancer sur deux voies parallèles", "neutral", 1, "other", "journalist", note="uncertainty")
p(d, "brouillé", "negative", 1, "other", "quoted")
p(d, "aucune date n'avait été fixée pour une éventuelle rencontre", "neutral", 1, "other", "quoted", note="form of meeting; a indiqué que")

# ---------------------------------------------------------------- a46
d = "a46_sputnikafrique_20251017"
m(d, "Sputnik Afrique", "2025-10-17", "2025-10-16 Trump-Putin call; Budapest summit announced")
TONE[d] = 2
p(d, "relancent le dialogue", "positive", 2, "cooperation", "journalist", note="headline")
p(d, "très franc", "neutral", 1, "other", "quoted", note="split from «très franc et empreint de confiance»")
p(d, "empreint de confiance", "positive", 2, "other", "quoted")
p(d, "a été substantielle", "positive", 1, "cooperation", "quoted", note="selon Ouchakov")
p(d, "une atmosphère amicale", "positive", 2, "other", "quoted", note="atmosphere")
p(d, "appréciait les efforts de médiation de Washington", "positive", 2, "cooperation", "quoted", note="que-clause of souligner")
p(d, "nuirait gravement aux relations russo-américaines", "negative", 2, "conflict", "quoted", note="content of mettre en garde contre")
p(d, "s'est montré tout aussi positif", "positive", 2, "other", "journalist")
p(d, "de grands progrès ont été accomplis", "positive", 2, "cooperation", "quoted")
p(d, "très productif", "positive", 2, "cooperation", "quoted")
p(d, "une coopération économique mutuellement bénéfique", "positive", 2, "cooperation", "quoted", note="selon Ouchakov")
p(d, "une excellente nouvelle", "positive", 3, "cooperation", "quoted", note="third party")
p(d, "est désormais solidement installé", "positive", 2, "cooperation", "quoted", note="pour X attribution")
p(d, "la relation personnelle de confiance", "positive", 2, "other", "quoted", note="on souligne que")

# ---------------------------------------------------------------- a47
d = "a47_lesoir_20251023"
m(d, "Le Soir (Belgium)", "2025-10-23", "2025-10-22 US sanctions on Rosneft and Lukoil")
TONE[d] = -2
p(d, "tourne la page de la diplomatie", "negative", 2, "cooperation", "journalist", note="idiom; headline")
p(d, "hostile", "negative", 2, "conflict", "quoted", after="Moscou dénonce un acte «")
p(d, "retombe dans la glaciation", "negative", 3, "conflict", "journalist")
p(d, "Le ton a changé du tout au tout", "negative", 1, "other", "journalist")
p(d, "j'ai de bonnes conversations", "positive", 1, "cooperation", "quoted")
p(d, "elles ne mènent nulle part", "negative", 2, "cooperation", "quoted", note="negation")
p(d, "le refus de Poutine de mettre fin à cette guerre insensée", "negative", 2, "cooperation", "quoted", note="refused shared aim")
p(d, "acte hostile", "negative", 2, "conflict", "quoted")
p(d, "ne renforce pas les relations russo-américaines", "negative", 1, "cooperation", "quoted", note="negation")
p(d, "un adversaire", "negative", 3, "conflict", "quoted")
p(d, "Pas grand-chose", "negative", 2, "cooperation", "journalist")
p(d, "laissent place à une confrontation ouverte", "negative", 3, "conflict", "journalist")
p(d, "ne servent plus qu'à échanger des mises en garde", "negative", 2, "conflict", "journalist")
p(d, "à la case départ, voire en deçà", "negative", 2, "cooperation", "quoted", note="idiom")

# ---------------------------------------------------------------- a48
d = "a48_tdg_20250319"
m(d, "Tribune de Genève (Switzerland)", "2025-03-19", "2025-03-18 Trump-Putin call")
TONE[d] = 0
p(d, "s'accordent sur une trêve énergétique", "positive", 1, "cooperation", "journalist", note="headline")
p(d, "le reste en suspens", "neutral", 1, "other", "journalist", note="uncertainty; headline")
p(d, "Le cessez-le-feu général, lui, attendra", "negative", 1, "cooperation", "journalist")
p(d, "le mouvement vers la paix", "positive", 1, "cooperation", "quoted", note="shared aim")
p(d, "Positivement, mais avec des nuances", "neutral", 1, "other", "journalist", note="hedge")
p(d, "très bon", "positive", 2, "cooperation", "quoted", note="split from «très bon et productif»")
p(d, "productif", "positive", 2, "cooperation", "quoted")
p(d, "détaillé", "neutral", 1, "other", "quoted")
p(d, "n'a pas été repris par Moscou", "negative", 1, "cooperation", "journalist", note="negation")
p(d, "maigre mais pas négligeable", "neutral", 1, "cooperation", "quoted", note="litotes balancing a negative")
p(d, "On ne peut pas parler de percée", "negative", 1, "cooperation", "quoted", note="negation")
p(d, "On ne peut pas non plus parler d'échec", "positive", 1, "cooperation", "quoted", note="negated negative")
p(d, "fonctionnelle", "neutral", 1, "cooperation", "quoted", note="pour lui; sans plus")
p(d, "Aucune rencontre en personne n'est programmée", "neutral", 1, "other", "journalist", note="form of meeting")


# ================================================================ review pass
# Second pass over every article (marked-up text) to add framing phrases that the
# first pass had left out, so that the gold is as exhaustive as possible.
R = [
("a03_liberation_20180717", "dont rien n'a filtré", "neutral", 1, "other", "journalist", "form of meeting"),
("a03_liberation_20180717", "personne à Washington ne semble pressé de la préparer", "negative", 1, "cooperation", "journalist", "hedge"),
("a04_lesoir_20170707", "Tout n'est pas réglé pour autant", "negative", 1, "cooperation", "journalist", "negation"),
("a04_lesoir_20170707", "Résultat le plus concret", "positive", 1, "cooperation", "journalist", ""),
("a05_lefigaro_20250816", "il faudra repasser", "negative", 2, "cooperation", "journalist", "idiom"),
("a05_lefigaro_20250816", "s'est résumée à deux déclarations de quelques minutes", "negative", 1, "other", "journalist", "form of meeting"),
("a05_lefigaro_20250816", "s'entendent bien", "positive", 1, "other", "quoted", "que-clause of répéter (on)"),
("a05_lefigaro_20250816", "reste suspendue à l'humeur d'un homme", "negative", 1, "other", "journalist", ""),
("a06_sputnik_20250213", "a soutenu l'une des principales thèses de son homologue américain", "positive", 1, "cooperation", "quoted", "selon Peskov"),
("a06_sputnik_20250213", "bon sens", "positive", 1, "other", "quoted", "stance toward the other side"),
("a07_letemps_20171111", "ne se sont finalement pas réunis en tête-à-tête", "negative", 1, "other", "journalist", "form of meeting, negation"),
("a07_letemps_20171111", "la rencontre manquée de Da Nang", "negative", 1, "other", "quoted", "pour Moscou attribution"),
("a07_letemps_20171111", "soutiennent une solution politique au conflit", "positive", 1, "cooperation", "quoted", "joint declaration"),
("a08_ouestfrance_20180414", "bien s'entendre", "positive", 2, "other", "quoted", "past promise"),
("a08_ouestfrance_20180414", "Aucun appel entre les deux présidents n'a été annoncé", "negative", 1, "cooperation", "journalist", "negation"),
("a09_ledevoir_20190802", "C'est la fin d'une époque", "negative", 1, "cooperation", "journalist", ""),
("a09_ledevoir_20190802", "son souhait d'un nouvel accord", "positive", 1, "cooperation", "journalist", "évoquer + NP: topic-only, not speech"),
("a10_franceinfo_20250815", "Il n'exclut pas de nouvelles sanctions", "negative", 1, "conflict", "quoted", "continues the preceding speech of the same speaker"),
("a12_lemonde_20251022", "réunion pour rien", "negative", 1, "cooperation", "quoted", ""),
("a12_lemonde_20251022", "aucune date précise n'avait été fixée", "neutral", 1, "other", "quoted", "form of meeting"),
("a12_lemonde_20251022", "l'instabilité d'une relation", "negative", 1, "other", "journalist", ""),
("a13_lamatinale_20170708", "s'est étirée sur plus de deux heures", "positive", 1, "other", "journalist", "form of meeting"),
("a15_rtfrance_20180321", "veut le rencontrer", "positive", 1, "other", "journalist", "ready to meet; headline"),
("a15_rtfrance_20180321", "Nous aurons probablement une rencontre", "positive", 1, "other", "quoted", "ready to meet, hedged"),
("a16_lepoint_20250319", "est en demi-teinte", "neutral", 1, "cooperation", "journalist", "mixed outcome"),
("a16_lepoint_20250319", "détaillé", "neutral", 1, "other", "quoted", ""),
("a16_lepoint_20250319", "pourrait apparaître, a posteriori, comme un vrai tournant", "positive", 1, "cooperation", "journalist", "hedge (conditional)"),
("a16_lepoint_20250319", "ce rapprochement", "positive", 1, "cooperation", "journalist", "under craindre: attitude, not speech"),
("a17_ladepeche_20250816", "Les spécialistes ne sont guère plus enthousiastes", "negative", 1, "other", "journalist", "negation"),
("a19_lesoleil_20250816", "détendu", "positive", 2, "other", "journalist", "atmosphere"),
("a19_lesoleil_20250816", "intéressante", "positive", 1, "other", "quoted", ""),
("a19_lesoleil_20250816", "aucun accord n'a encore été signé", "negative", 1, "cooperation", "journalist", "negation"),
("a19_lesoleil_20250816", "trois années de rupture quasi totale", "negative", 2, "conflict", "journalist", "past state"),
("a20_mediapart_20250213", "un tournant", "positive", 2, "cooperation", "quoted", "on nous l'annonce comme"),
("a20_mediapart_20250213", "chacun a écouté l'autre", "positive", 1, "other", "quoted", "le Kremlin [parle] d'une conversation où"),
("a20_mediapart_20250213", "joue pour la galerie", "negative", 1, "other", "journalist", "idiom"),
("a20_mediapart_20250213", "une succession d'illusions", "negative", 2, "other", "journalist", ""),
("a20_mediapart_20250213", "Ce n'est pas une base pour une relation stable", "negative", 2, "cooperation", "journalist", "negation"),
("a21_sputnik_20190629", "La rencontre tant attendue", "positive", 1, "other", "journalist", ""),
("a21_sputnik_20190629", "une rencontre personnelle était indispensable", "positive", 1, "other", "quoted", "que-clause of souligner"),
("a21_sputnik_20190629", "longtemps au point mort", "negative", 1, "cooperation", "quoted", "past state; pour le Kremlin"),
("a22_rtbf_20250319", "dessine l'horizon d'une paix juste", "positive", 1, "cooperation", "journalist", "hedged by «sur le papier»"),
("a22_rtbf_20250319", "détaillée", "neutral", 1, "other", "quoted", ""),
("a22_rtbf_20250319", "sans un mot sur l'atmosphère", "negative", 1, "other", "journalist", "atmosphere"),
("a22_rtbf_20250319", "La confiance, beaucoup moins", "negative", 2, "conflict", "journalist", ""),
("a23_afp_20171111", "ont échangé brièvement au sommet", "neutral", 1, "other", "journalist", "form of meeting; headline"),
("a23_afp_20171111", "ont échangé brièvement samedi", "neutral", 1, "other", "quoted", "form of meeting; incise a indiqué la Maison Blanche"),
("a23_afp_20171111", "aucune réunion formelle n'a pu être organisée", "neutral", 1, "other", "quoted", "form of meeting; selon Sanders"),
("a24_lopinion_20180717", "un moment embarrassant", "negative", 1, "other", "journalist", ""),
("a24_lopinion_20180717", "qui a fait ses preuves", "positive", 1, "cooperation", "journalist", ""),
("a24_lopinion_20180717", "le dialogue est désormais institutionnalisé", "positive", 2, "cooperation", "journalist", ""),
("a24_lopinion_20180717", "La relation russo-américaine n'est pas réparée", "negative", 1, "cooperation", "journalist", "negation"),
("a24_lopinion_20180717", "Elle n'est plus bloquée", "positive", 1, "cooperation", "journalist", "negation"),
("a26_rtfrance_20250816", "constructives", "positive", 2, "cooperation", "quoted", ""),
("a26_rtfrance_20250816", "de grands progrès", "positive", 2, "cooperation", "quoted", ""),
("a26_rtfrance_20250816", "le potentiel énorme de la coopération économique russo-américaine", "positive", 2, "cooperation", "quoted", "que-clause of indiquer"),
("a26_rtfrance_20250816", "une poignée de main chaleureuse", "positive", 2, "other", "journalist", "atmosphere"),
("a26_rtfrance_20250816", "l'espoir d'une paix durable", "positive", 2, "cooperation", "journalist", "shared aim"),
("a27_humanite_20250816", "Pour la paix, il faudra attendre", "negative", 1, "cooperation", "journalist", ""),
("a27_humanite_20250816", "tout, à Anchorage, était pensé pour l'image", "negative", 1, "other", "journalist", "spectacle"),
("a27_humanite_20250816", "sans accepter la moindre question", "neutral", 1, "other", "journalist", "form of meeting"),
("a27_humanite_20250816", "Le déjeuner de travail prévu avec les délégations a été annulé", "negative", 1, "other", "journalist", "form of meeting"),
("a27_humanite_20250816", "aucune négociation sérieuse n'a été engagée", "negative", 1, "cooperation", "journalist", "negation"),
("a28_lecourrier_20171112", "a fermé la porte", "negative", 1, "other", "journalist", "idiom"),
("a28_lecourrier_20171112", "n'ont pas réussi à organiser une véritable rencontre", "negative", 1, "cooperation", "journalist", "negation"),
("a28_lecourrier_20171112", "a bien tenté de positiver", "negative", 1, "other", "journalist", ""),
("a28_lecourrier_20171112", "s'engagent à poursuivre la lutte contre l'Etat islamique", "positive", 1, "cooperation", "quoted", "shared aim with war vocabulary; joint declaration"),
("a28_lecourrier_20171112", "on aurait aimé davantage", "negative", 1, "cooperation", "journalist", "understatement"),
("a29_lesechos_20190802", "Le traité INF a vécu", "negative", 1, "cooperation", "journalist", "idiom"),
("a29_lesechos_20190802", "Rien ne garantit qu'il sera prolongé", "negative", 1, "cooperation", "journalist", "negation"),
("a30_franceinfo_20180716", "un message adressé à son homologue", "negative", 1, "other", "quoted", "interpréter comme: treated as reported stance of the journalists cited (uncertain)"),
("a31_sputnik_20180717", "se sont montrés satisfaits", "positive", 1, "other", "journalist", ""),
("a31_sputnik_20180717", "Une nouvelle rencontre pourrait avoir lieu prochainement", "positive", 1, "other", "journalist", "ready to meet, hedged"),
("a31_sputnik_20180717", "ouvert à une invitation à Washington", "positive", 1, "other", "quoted", "s'est dit ouvert"),
("a32_lapresse_20250318", "les précédents invitent à la prudence", "negative", 1, "other", "journalist", ""),
("a32_lapresse_20250318", "la diplomatie avance", "positive", 1, "cooperation", "journalist", ""),
("a33_lexpress_20250319", "un modèle de diplomatie", "positive", 2, "cooperation", "quoted", "à entendre X (≈ selon X); ironic"),
("a33_lexpress_20250319", "On aurait tort de balayer d'un revers de main le retour du dialogue", "positive", 1, "cooperation", "journalist", "negated dismissal"),
("a33_lexpress_20250319", "vaut mieux que le silence des trois dernières années", "positive", 1, "cooperation", "journalist", ""),
("a33_lexpress_20250319", "ne suffit pas à les réconcilier", "negative", 1, "cooperation", "journalist", "negation"),
("a33_lexpress_20250319", "la distance entre les mots et les actes", "negative", 1, "other", "journalist", ""),
("a35_rts_20251022", "suspendue sine die", "negative", 1, "cooperation", "journalist", ""),
("a35_rts_20251022", "Je ne veux pas perdre mon temps", "negative", 1, "cooperation", "quoted", "negation"),
("a35_rts_20251022", "aucun projet de rencontre n'était à l'ordre du jour", "neutral", 1, "other", "quoted", "form of meeting; que-clause of préciser"),
("a35_rts_20251022", "Le revers est d'autant plus cinglant", "negative", 2, "cooperation", "journalist", ""),
("a35_rts_20251022", "la paix en Ukraine semble plus lointaine que jamais", "negative", 2, "cooperation", "journalist", "hedge, intensifier"),
("a36_infosud_20170707", "tellement de choses à discuter", "positive", 1, "other", "quoted", ""),
("a36_infosud_20170707", "des mois de spéculations et de tensions", "negative", 1, "conflict", "journalist", "past state"),
("a37_lemonde_20170413", "Nous sommes peut-être au plus bas", "negative", 2, "conflict", "quoted", "hedge"),
("a37_lemonde_20170413", "s'annonçait tendue", "negative", 1, "conflict", "journalist", ""),
("a37_lemonde_20170413", "la déception est amère", "negative", 2, "cooperation", "journalist", ""),
("a37_lemonde_20170413", "constatent leurs divergences", "negative", 1, "conflict", "journalist", "constater: not treated as speech"),
("a40_letemps_20250816", "n'est ni le triomphe décrit par Moscou, ni le fiasco dénoncé par une partie de la presse européenne", "neutral", 1, "other", "journalist", "balanced double negation"),
("a40_letemps_20250816", "s'est limitée à deux déclarations, sans questions", "negative", 1, "other", "journalist", "form of meeting"),
("a40_letemps_20250816", "a privilégié la relation personnelle au travail technique", "neutral", 1, "other", "quoted", "que-clause of relever (on)"),
("a40_letemps_20250816", "les contacts se multiplient", "positive", 1, "cooperation", "journalist", ""),
("a41_lepays_20250213", "lancer sans tarder des négociations", "positive", 2, "cooperation", "journalist", "convenir: not speech"),
("a41_lepays_20250213", "se sont mutuellement invités", "positive", 2, "other", "journalist", "form of meeting"),
("a42_sudouest_20180717", "beaucoup de politesses", "neutral", 1, "other", "journalist", "headline"),
("a42_sudouest_20180717", "aucun calendrier de négociation n'a été fixé", "negative", 1, "cooperation", "journalist", "negation"),
("a42_sudouest_20180717", "la relation reste fragile", "negative", 1, "cooperation", "quoted", "que-clause of reconnaissent"),
("a42_sudouest_20180717", "très utiles", "positive", 2, "cooperation", "quoted", ""),
("a42_sudouest_20180717", "Une prochaine rencontre n'est pas exclue", "positive", 1, "other", "journalist", "litotes"),
("a43_lefigaro_20170708", "des résultats positifs", "positive", 1, "cooperation", "quoted", "quote marks under espérer: direct quote"),
("a43_lefigaro_20170708", "Les sujets qui fâchent n'ont pas été évités", "negative", 1, "conflict", "journalist", "idiom, negation"),
("a43_lefigaro_20170708", "Un accord modeste", "positive", 1, "cooperation", "journalist", "hedge"),
("a43_lefigaro_20170708", "une série de passes d'armes", "negative", 2, "conflict", "journalist", "idiom; past state"),
("a44_marianne_20251023", "aucun progrès", "negative", 2, "cooperation", "journalist", "negation"),
("a44_marianne_20251023", "pas de sommet, pas de date, pas de perspective", "negative", 2, "cooperation", "journalist", "negation"),
("a44_marianne_20251023", "Rien ne se construit", "negative", 2, "cooperation", "journalist", "negation"),
("a44_marianne_20251023", "une nouvelle ère", "positive", 2, "cooperation", "quoted", "on nous promettait"),
("a44_marianne_20251023", "une nouvelle escalade", "negative", 2, "conflict", "journalist", ""),
("a44_marianne_20251023", "l'échec de Budapest ne rapproche pas la paix, il l'éloigne", "negative", 2, "cooperation", "journalist", "negation"),
("a45_rfi_20180321", "Reste à savoir laquelle l'emportera", "neutral", 1, "other", "journalist", "uncertainty"),
("a46_sputnikafrique_20251017", "ont décidé de se retrouver prochainement", "positive", 1, "other", "journalist", "form of meeting"),
("a46_sputnikafrique_20251017", "restait attachée à un règlement pacifique du conflit ukrainien", "positive", 1, "cooperation", "quoted", "shared aim; que-clause of souligner"),
("a47_lesoir_20251023", "Les appels chaleureux", "positive", 1, "other", "journalist", "past state"),
("a48_tdg_20250319", "divergent sur la portée exacte de la trêve", "negative", 1, "other", "journalist", ""),
("a48_tdg_20250319", "ce que Washington n'a pas accepté", "negative", 1, "cooperation", "journalist", "negation"),
("a48_tdg_20250319", "rester en contact", "positive", 1, "cooperation", "journalist", "convenir: not speech"),
("a48_tdg_20250319", "Beaucoup de choses", "negative", 1, "cooperation", "journalist", "answer to «Qu'est-ce qui coince ?»"),
]
for _doc, _ph, _pol, _st, _fr, _vo, _note in R:
    p(_doc, _ph, _pol, _st, _fr, _vo, note=_note)
