"""Gold annotations of the held-out quote-attribution set, written by quote text (never by offset).

R(kind, side, speaker, speaker_resolved, quote_text, after=None, note="", nested="no") adds a row to the
current document (set with doc()). ``after`` is an anchor string (unique in the text) after which the
quote is searched; without it the quote must occur exactly once. N(text, why, after=None) adds a
non-quote (quote-marked span that quotes no one). Placeholders: ⍽ = U+00A0, ‿ = U+202F.
"""
GOLD = []
NONQUOTES = []
_DOC = [None]


def doc(d):
    _DOC[0] = d


def R(kind, side, speaker, resolved, quote, after=None, note="", nested="no"):
    if side == "unattributed":
        resolved = ""
    GOLD.append({"doc_id": _DOC[0], "kind": kind, "side": side, "speaker": speaker,
                 "speaker_resolved": resolved, "quote_text": quote, "after": after, "note": note,
                 "nested": nested})


def N(text, why, after=None):
    NONQUOTES.append({"doc_id": _DOC[0], "text": text, "why": why, "after": after})


K, W, J, O, U = "kremlin", "white_house", "joint", "other", "unattributed"
PUT, TRU = "Vladimir Putin", "Donald Trump"
KR, WH = "Kremlin", "White House"
BOTH = "Vladimir Putin and Donald Trump"

# ---------------------------------------------------------------- h01 Le Soir, Syria strikes threat 2018
doc("h01_lesoir_20180412")
R("direct", W, "Trump", TRU, "beaux, nouveaux et intelligents", note="headline; quoted qualifier of promettre")
R("direct", K, "Moscou", KR, "diplomatie de Twitter", after="Moscou refuse", note="headline; speaker as written in headline")
R("indirect", K, "Le Kremlin", KR, "il ne se laissera pas entraîner dans une surenchère")
R("mixed", W, "Donald Trump", TRU, "se «préparer», car des missiles «vont arriver, beaux, nouveaux et “intelligents”»",
  note="lancer à X de + infinitive (de dropped); inner “intelligents” is Trump's own scare quote, no row")
R("direct", W, "le locataire de la Maison-Blanche", TRU, "Vous ne devriez pas être les partenaires d’un Animal qui tue son peuple au gaz et qui y prend plaisir")
R("direct", K, "Dmitri Peskov", "Dmitri Peskov", "Nous ne participons pas à la diplomatie de Twitter. Nous sommes partisans d’approches sérieuses")
R("mixed", K, "Celui-ci", "Dmitri Peskov", "Moscou espérait que «toutes les parties éviteront des démarches qui pourraient déstabiliser une situation déjà fragile dans la région»",
  note="attitude verb espérer inside an assertion (assurer que): content of Peskov's speech")
R("mixed", K, "Maria Zakharova", "Maria Zakharova", "les missiles intelligents devraient «voler en direction des terroristes, pas du gouvernement légitime»")
R("mixed", K, "Elle", "Maria Zakharova", "l’objectif n’était pas de détruire «rapidement les traces de la provocation»",
  note="borderline: public rhetorical question (se demander si); complementiser si dropped like que")
R("indirect", W, "il", TRU, "Notre relation avec la Russie est pire aujourd’hui qu’elle ne l’a jamais été, y compris pendant la guerre froide",
  note="proposition attributed by incise a-t-il écrit; il = le milliardaire républicain")
R("direct", W, "il", TRU, "arrêter la course aux armements", note="appeler à + quoted infinitive")
R("indirect", O, "plusieurs médias américains", "US media", "Le destroyer «USS Donald Cook» croise déjà en Méditerranée orientale",
  note="selon X; the guillemets hold a ship name, so the row is indirect, not mixed")
R("mixed", K, "Vassily Nebenzia", "Vassily Nebenzia", "la priorité était «d’éviter le danger d’une guerre»")
R("indirect", O, "Antonio Guterres", "Antonio Guterres", "craindre une escalade", note="dire + infinitive")
R("mixed", O, "lui", "Antonio Guterres", "la guerre froide est de retour, «avec une vengeance»", note="selon lui")
R("direct", O, "Didier Reynders", "Didier Reynders", "réponse ferme mais mesurée", note="quoted object of plaider pour")
R("indirect", O, "Didier Reynders", "Didier Reynders", "la Belgique attendrait les conclusions de l’OIAC")
R("indirect", O, "source militaire", "anonymous Belgian military source", "La Défense belge n’a pas été sollicitée",
  note="a-t-on appris de source militaire; Belgian source (third country)")
R("direct", K, "la présidence russe", KR, "des contacts de travail", note="topic verb évoquer but quote-marked")
R("indirect", K, "son entourage", "Putin's entourage", "Le maître du Kremlin souhaite, dit-on dans son entourage, éviter toute confrontation directe avec les forces américaines",
  note="incise dit-on in mid-sentence stays inside the row; souhaite is the content of the entourage's speech")
N("intelligents", "Trump's own scare quotes inside his quotation (part of the outer quote, no row)", after="nouveaux et “")
N("USS Donald Cook", "ship name in guillemets")

# ---------------------------------------------------------------- h02 La Libre, energy truce call 2025-03-18
doc("h02_lalibre_20250319")
R("indirect", W, "la Maison-Blanche", WH, "Le président russe a accepté de suspendre pendant trente jours les frappes contre les infrastructures énergétiques ukrainiennes",
  note="whole proposition attributed by incise a annoncé la Maison-Blanche")
R("indirect", K, "Le président russe", PUT, "suspendre pendant trente jours les frappes contre les infrastructures énergétiques ukrainiennes",
  nested="yes", note="Putin's commitment (accepter de) reported by the White House: distinct party")
R("mixed", K, "Le Kremlin", KR, "Vladimir Poutine a «immédiatement donné l’ordre correspondant» à l’armée russe",
  note="Le Kremlin confirme : ..., selon le compte rendu publié à Moscou")
R("mixed", K, "la présidence russe", KR, "L’arrêt total de l’aide militaire étrangère et du partage de renseignements avec Kiev serait, selon la présidence russe, une «condition clé» pour empêcher une escalade",
  note="selon X in mid-sentence stays inside the row")
R("direct", W, "", WH, "Le mouvement vers la paix",
  note="subheading made of a quotation; same words (case aside) attributed in the body to the US communiqué")
R("indirect", W, "le communiqué américain", WH, "Les deux dirigeants sont convenus que le mouvement vers la paix commencera par un cessez-le-feu sur l’énergie et les infrastructures",
  note="joint subject but the incise (indique le communiqué américain) gives it to the White House")
R("direct", W, "le communiqué américain", WH, "négociations techniques", note="quoted object of mentionner (relative qui)")
R("indirect", K, "le Kremlin", KR, "Ils sont tombés d’accord pour que 175 prisonniers soient échangés de part et d’autre dès mercredi",
  note="agreement predicate under selon le Kremlin")
R("direct", W, "Donald Trump", TRU, "très bon et productif", note="quoted qualifier; «Truth Social» is a name")
R("direct", W, "le président américain", TRU, "Nous avons convenu d’un cessez-le-feu immédiat sur toutes les énergies et infrastructures, étant entendu que nous travaillerons rapidement pour obtenir un cessez-le-feu complet")
R("indirect", O, "Volodymyr Zelensky", "Volodymyr Zelensky", "soutenir l’idée", note="dire + infinitive")
R("mixed", O, "Volodymyr Zelensky", "Volodymyr Zelensky", "il attendait «les détails»")
R("direct", O, "il", "Volodymyr Zelensky", "Je pense qu’il serait juste de parler avec le président Trump pour savoir exactement ce que les Russes ont proposé aux Américains")
R("indirect", O, "l’armée de l’air ukrainienne", "Ukrainian Air Force", "Quelques heures plus tard, des drones russes frappaient encore la région de Soumy", note="d'après X")
R("mixed", O, "Kaja Kallas", "Kaja Kallas", "La Russie «ne veut pas vraiment faire de concessions»")
R("mixed", O, "Emmanuel Macron", "Emmanuel Macron", "une trêve énergétique ne pouvait être «qu’un premier pas» vers un cessez-le-feu général")
R("direct", O, "l’UE", "European Union", "Une paix par la force",
  note="'Lire aussi' line with quote marks; speaker from the line's «quote» : X verb pattern (as in the seed gold)")
R("direct", O, "Un diplomate belge", "anonymous Belgian diplomat", "On a l’impression que tout se décide à deux, au téléphone, sans nous.")
N("Truth Social", "name of a social network in guillemets")

# ---------------------------------------------------------------- h03 Le Temps, Alaska summit 2025-08-15
doc("h03_letemps_20250816")
R("direct", W, "Donald Trump", TRU, "Il n’y a pas d’accord tant qu’il n’y a pas d’accord")
R("mixed", W, "Donald Trump", TRU, "les deux délégations n’étaient «‿pas arrivées au bout‿»", note="participial reconnaissant que")
R("mixed", K, "Le président russe", PUT, "l’entente trouvée avec son hôte allait «‿ouvrir la voie vers la paix en Ukraine‿»")
R("mixed", K, "Le président russe", PUT, "ne pas «‿torpiller les progrès naissants‿» par des «‿provocations‿»", note="avertir X de ne pas + infinitive (de dropped)")
R("mixed", K, "Il", PUT, "la sécurité de l’Ukraine devait être garantie, mais que les «‿causes profondes‿» du conflit devaient être éliminées",
  note="two coordinated que-clauses of one speech verb: one row (as in the seed gold)")
R("direct", K, "", PUT, "La prochaine fois à Moscou",
  note="subheading made of a quotation; the body attributes these words (as the gloss of Next time in Moscow) to Putin")
R("direct", K, "il", PUT, "Next time in Moscow", note="il = le maître du Kremlin")
R("direct", W, "Le républicain", TRU, "intéressante", note="quoted qualifier of juger")
R("mixed", W, "Le républicain", TRU, "il pourrait en prendre «‿un peu de chaleur‿»")
R("direct", W, "Donald Trump", TRU, "dix sur dix")
R("indirect", W, "Il", TRU, "il appellerait Volodymyr Zelensky et les dirigeants de l’OTAN dans la foulée")
R("indirect", W, "il", TRU, "Il revient désormais au président ukrainien de conclure un accord", note="incise a-t-il encore dit")
R("direct", K, "Iouri Ouchakov", "Yuri Ushakov", "positives")
R("mixed", K, "Sergueï Lavrov", "Sergei Lavrov", "la Russie exposerait sa position «‿de façon claire‿»")
R("indirect", O, "Ignazio Cassis", "Ignazio Cassis", "la Suisse restait disponible pour accueillir une rencontre entre les présidents russe et ukrainien")
R("mixed", O, "Département fédéral des affaires étrangères", "Swiss Federal Department of Foreign Affairs", "Genève dispose de «‿toutes les infrastructures nécessaires‿»",
  note="incise fait-on valoir au DFAE")
R("mixed", O, "Jean-Marc Rickli", "Jean-Marc Rickli", "le sommet a surtout offert à Moscou une «‿réhabilitation symbolique‿»", note="pour X")
R("direct", O, "il", "Jean-Marc Rickli", "Poutine obtient la photo, Trump obtient une promesse. Les Ukrainiens n’obtiennent rien")
R("mixed", O, "Kiev", "Ukrainian government", "aucune décision ne serait prise «‿sans l’Ukraine‿»")
N("The Beast", "name of the presidential limousine")
N("la prochaine fois à Moscou", "translation gloss of the English quote", after="soit «")
N("CCCP", "inscription on a sweat-shirt, not speech")

# ---------------------------------------------------------------- h04 RTS, G20 Osaka 2019-06-28
doc("h04_rts_20190628")
R("direct", W, "Trump", TRU, "ne pas s'ingérer", note="headline")
R("direct", W, "Donald Trump", TRU, "Ne vous ingérez pas dans l'élection, s'il vous plaît.")
R("direct", W, "le président américain", TRU, "grand honneur", note="qualifier de «…»")
R("direct", W, "il", TRU, "Nous avons une très, très bonne relation")
R("indirect", W, "Donald Trump", TRU, "Débarrassez-vous d'eux", note="unquoted proposition attributed by incise a suggéré")
R("mixed", W, "Donald Trump", TRU, "les \"fake news\" étaient \"un super terme\"")
R("direct", K, "Vladimir Poutine", PUT, "Nous avons aussi ça, c'est la même chose")
R("direct", U, "", "", "L'idée libérale est obsolète",
  note="subheading made of a quotation; the body quotes only the fragments 'l'idée libérale' and 'obsolète', not these words, so unattributed")
R("mixed", K, "le président russe", PUT, "\"l'idée libérale\" était devenue \"obsolète\", car elle serait entrée en conflit avec les intérêts de \"l'écrasante majorité de la population\"")
R("direct", O, "Donald Tusk", "Donald Tusk", "Ce qui est vraiment obsolète, c'est l'autoritarisme")
R("indirect", K, "Dmitri Peskov", "Dmitri Peskov", "l'entretien a duré environ une heure et demie et a porté sur l'Iran, la Syrie, l'Ukraine et le désarmement", note="selon X")
R("indirect", K, "il", "Dmitri Peskov", "Les deux présidents ont chargé leurs ministres des Affaires étrangères de poursuivre les consultations sur la stabilité stratégique",
  note="joint subject; incise a-t-il précisé gives it to Peskov")
R("indirect", W, "La Maison-Blanche", WH, "les dirigeants avaient discuté de la nécessité de renouer des relations commerciales",
  note="topic verb under a speech verb: speech of the outer speaker")
R("direct", U, "", "", "productive", note="agentless passive présentée comme")
R("direct", O, "Alexandre Vautravers", "Alexandre Vautravers", "Il banalise la question de l'ingérence, c'est un message adressé à ses électeurs")
R("mixed", W, "le président américain", TRU, "le rencontrer dans la zone démilitarisée, \"juste pour lui serrer la main et dire bonjour\"",
  note="proposer à X de + infinitive (de dropped)")
R("mixed", O, "l'agence officielle KCNA", "KCNA", "Une proposition jugée \"très intéressante\" par la vice-ministre nord-coréenne des Affaires étrangères",
  note="the vice-minister and KCNA are the same party (North Korea): one row, not nested")

# ---------------------------------------------------------------- h05 Le Devoir, May 2017 call
doc("h05_ledevoir_20170503")
R("mixed", W, "la Maison-Blanche", WH, "Une «⍽très bonne⍽» conversation", note="subheading with selon X")
R("direct", W, "la Maison-Blanche", WH, "Le président Trump et le président Poutine ont convenu que les souffrances en Syrie duraient depuis bien trop longtemps et que toutes les parties devaient faire tout ce qui est en leur pouvoir pour mettre fin à la violence",
  note="joint content, White House communiqué speaks")
R("mixed", W, "on", WH, "La conversation a été «⍽très bonne⍽», y précise-t-on, et elle a porté notamment sur des zones de sécurité ou de désescalade «⍽pour parvenir à une paix durable pour des raisons humanitaires et bien d’autres⍽»",
  note="y précise-t-on = in the White House communiqué; incise in mid-sentence stays inside")
R("direct", K, "Le Kremlin", KR, "pragmatique et constructif", note="quoted qualifier of décrire un échange")
R("indirect", K, "Moscou", KR, "les deux hommes ont convenu d’intensifier le dialogue entre leurs chefs de la diplomatie, Rex Tillerson et Sergueï Lavrov, pour trouver une issue au conflit",
  note="agreement predicate under selon Moscou")
R("mixed", K, "le compte rendu russe", KR, "Vladimir Poutine a appelé à «⍽la retenue⍽» et à «⍽la baisse du niveau de tension⍽» dans la péninsule",
  note="Putin inside the Kremlin readout: same party, one row")
R("indirect", K, "Iouri Ouchakov", "Yuri Ushakov", "une telle rencontre était envisagée")
R("mixed", W, "Rex Tillerson", "Rex Tillerson", "les relations entre les deux pays étaient «⍽à un point bas⍽»")
R("direct", K, "le ministre russe", "Sergei Lavrov", "Nous partons de très loin")
R("indirect", O, "Chrystia Freeland", "Chrystia Freeland", "toute initiative susceptible de réduire la violence en Syrie",
  note="borderline: NP complement of expressive saluer carries the position")
R("direct", O, "elle", "Chrystia Freeland", "Le Canada appuiera tout effort sérieux en faveur d’un cessez-le-feu")
R("indirect", O, "La ministre", "Chrystia Freeland", "le régime Assad devait rendre des comptes pour l’attaque chimique de Khan Cheikhoun")
R("mixed", O, "lui", "Adam Schiff", "le président fait preuve d’une «⍽naïveté dangereuse⍽» envers Moscou", note="selon lui; US Congress member")
R("indirect", W, "Le département d’État", "State Department", "Washington enverrait une délégation aux pourparlers d’Astana, au Kazakhstan")
R("direct", W, "Un responsable américain", "anonymous US official", "Nous jugerons sur les actes.")

# ---------------------------------------------------------------- h06 La Presse, Q/A interview, Feb 2025 call
doc("h06_lapresse_20250213")
R("direct", O, "une politologue", "Catherine Dupré-Lalonde", "Trump a ouvert la porte", after="ENTREVUE",
  note="headline «quote» : X verb; the interviewee's own answers in the Q/A part are not rows (see README)")
R("direct", O, "la politologue", "Catherine Dupré-Lalonde", "Trump a ouvert la porte, et Poutine attend qu’on la lui tienne. On assiste à une normalisation express, sans contrepartie visible")
R("indirect", W, "Donald Trump", TRU, "les deux hommes avaient convenu de faire travailler leurs équipes ensemble de façon très étroite et qu’ils allaient se rendre visite")
R("indirect", K, "Le Kremlin", KR, "Vladimir Poutine avait invité son homologue à Moscou", note="Le Kremlin, par la voix de Dmitri Peskov")
R("indirect", K, "Il", "Dmitri Peskov", "le président russe jugeait une solution durable possible par la voie de négociations")
R("mixed", O, "Zelensky", "Volodymyr Zelensky", "ce n’était «⍽pas très agréable⍽» d’apprendre l’ordre des appels")
R("indirect", W, "le secrétaire à la Défense Pete Hegseth", "Pete Hegseth", "un retour aux frontières d’avant 2014 n’était pas un objectif réaliste")
R("direct", K, "Kirill Dmitriev", "Kirill Dmitriev", "pont", note="topic verb parler de, but quote-marked")
R("indirect", O, "Mélanie Joly", "Mélanie Joly", "il ne pouvait y avoir de négociations sur l’Ukraine sans l’Ukraine")
R("indirect", W, "la Maison-Blanche", WH, "C’était un geste de bonne volonté", note="selon X")
R("direct", W, "Trump", TRU, "très gentil")
R("indirect", O, "Zelensky", "Volodymyr Zelensky", "l’Ukraine n’accepterait jamais un accord conclu derrière son dos")

# ---------------------------------------------------------------- h07 Radio-Canada, congratulations call March 2018
doc("h07_radiocanada_20180321")
R("indirect", O, "le Washington Post", "Washington Post", "Donald Trump a téléphoné mardi à Vladimir Poutine pour le féliciter, passant outre les recommandations écrites de son équipe de sécurité nationale",
  note="selon X; féliciter without pour-content is not a speech row of its own")
R("mixed", O, "le quotidien", "Washington Post", "les notes d’information préparées pour le président comportaient la mention «⍽NE PAS FÉLICITER⍽» en lettres capitales", note="d'après X")
R("direct", W, "les notes d’information", "Trump's national security advisers", "NE PAS FÉLICITER", nested="yes",
  note="words of Trump's briefers reported by the newspaper: distinct party")
R("indirect", W, "une source proche de la Maison-Blanche", "anonymous source close to the White House", "Donald Trump ne les aurait pas lues")
R("direct", W, "le président américain", TRU, "J’ai appelé le président Poutine pour le féliciter de sa victoire électorale")
R("direct", W, "", TRU, "Nous allons probablement nous voir dans un avenir pas trop lointain.",
  note="no attribution; directly continues the preceding quotation of the same speaker")
R("mixed", W, "Le président", TRU, "ils avaient discuté de la course aux armements, qui, selon lui, «⍽devenait incontrôlable⍽»")
R("indirect", W, "elle", "Sarah Sanders", "Nous ne décidons pas de la façon dont d’autres pays fonctionnent",
  note="unquoted proposition with incise a-t-elle fait valoir")
R("indirect", W, "Elle", "Sarah Sanders", "dire si l’élection russe avait été libre et juste",
  note="borderline: infinitive complement of refusal verb refuser de (README: refusal verbs give indirect rows)")
R("direct", K, "Iouri Ouchakov", "Yuri Ushakov", "constructif")
R("indirect", K, "il", "Yuri Ushakov", "Les deux présidents se sont prononcés en faveur d’un développement de la coopération dans plusieurs domaines",
  note="joint subject; incise a-t-il indiqué gives it to Ushakov")
R("indirect", K, "Il", "Yuri Ushakov", "une rencontre au sommet n’avait pas encore été préparée en détail")
R("direct", O, "il", "John McCain", "Un président américain ne dirige pas le monde libre en félicitant des dictateurs pour avoir remporté des élections truquées",
  note="US Congress member")
R("direct", W, "Un haut responsable de l’administration", "anonymous senior administration official", "inacceptable")
R("direct", W, "ce responsable", "anonymous senior administration official", "Si c’est vrai, quelqu’un a enfreint la loi")
R("indirect", O, "Son bureau", "Office of Justin Trudeau", "le Canada avait exprimé des réserves sur le déroulement du scrutin, notamment en Crimée")

# ---------------------------------------------------------------- h08 Le Soleil (Senegal), Alaska aftermath
doc("h08_lesoleil_20250818")
R("indirect", J, "Les deux chefs d’État", BOTH, "leur volonté de poursuivre le dialogue", note="stance NP complement of affirmer")
R("direct", J, "Les deux chefs d’État", BOTH, "productive")
R("direct", W, "le Président Trump", TRU, "nous n’y sommes pas encore", note="que «…» whole complement quoted: direct")
R("mixed", W, "le Président Trump", TRU, "les chances d’aboutir étaient « très bonnes »", note="se disant convaincu que")
R("mixed", K, "le Président Poutine", PUT, "la Russie était « sincèrement intéressée » à mettre fin au conflit, à condition que soient éliminées ce qu’il appelle « les causes profondes » de la crise")
R("direct", O, "le Professeur Alioune Badara Sall", "Alioune Badara Sall", "l’Afrique ne doit pas être spectatrice d’un monde qui se redessine à Anchorage")
R("indirect", O, "l’universitaire", "Alioune Badara Sall", "Dakar doit maintenir sa ligne de neutralité active et de dialogue avec toutes les puissances", note="pour X")
R("indirect", K, "Iouri Ouchakov", "Yuri Ushakov", "la question d’un sommet trilatéral avec le Président ukrainien Volodymyr Zelensky n’avait pas été abordée")
R("indirect", W, "la Maison-Blanche", WH, "M. Zelensky serait reçu lundi à Washington")
R("direct", O, "Le Président ukrainien", "Volodymyr Zelensky", "forte", note="quoted fragment, object of appeler à")
R("indirect", O, "Le Président ukrainien", "Volodymyr Zelensky", "Moscou cherchait à gagner du temps", note="participial estimant que")
R("indirect", O, "le porte-parole du Secrétaire général des Nations unies", "United Nations", "Antonio Guterres saluait toute initiative visant à une paix juste et durable",
  note="Guterres inside his own spokesman's words: same party, one row")
R("direct", O, "La Commission de l’Union africaine", "African Union Commission", "la voix de l’Afrique",
  note="attitude verb souhaiter, but the fragment is quote-marked")
R("direct", O, "le ministre sénégalais de l’Intégration africaine et des Affaires étrangères", "Senegalese foreign minister",
  "Nous ne sommes pas concernés par cette guerre, mais nous en payons le prix.")

# ---------------------------------------------------------------- h09 Fraternité Matin, May 2025 call
doc("h09_fratmat_20250520")
R("direct", W, "Trump", TRU, "immédiates", note="headline")
R("indirect", W, "le locataire de la Maison-Blanche", TRU, "la Russie et l’Ukraine allaient entamer immédiatement des négociations en vue d’un cessez-le-feu")
R("direct", W, "Donald Trump", TRU, "Le ton et l’esprit de la conversation étaient excellents")
R("direct", W, "", TRU, "Si ce n’était pas le cas, je le dirais maintenant, plutôt que plus tard.",
  note="narrative infinitive 'Et d'ajouter' with no overt subject; continues the preceding quotation")
R("mixed", W, "Le numéro un américain", TRU, "les conditions de ce cessez-le-feu seraient négociées entre les deux parties elles-mêmes, «⍽car elles connaissent des détails que personne d’autre ne connaît⍽»")
R("indirect", W, "lui", TRU, "le Vatican, représenté par le pape, a déclaré qu’il serait très intéressé par l’accueil des négociations", note="selon lui")
R("indirect", O, "le Vatican", "Holy See", "il serait très intéressé par l’accueil des négociations", nested="yes",
  note="the Vatican's statement reported by Trump: distinct party")
R("direct", K, "Moscou", KR, "mémorandum", after="Moscou prêt à un", note="subheading with a speaker (Moscou prêt à un «…»)")
R("direct", K, "Vladimir Poutine", PUT, "très substantiel et assez franc")
R("direct", K, "le chef de l’État russe", PUT, "Nous sommes d’accord avec le président des États-Unis sur le fait que la Russie proposera à la partie ukrainienne de travailler sur un mémorandum concernant un futur accord de paix possible")
R("indirect", K, "Il", PUT, "la Russie était favorable à un règlement pacifique")
R("indirect", K, "Il", PUT, "la nécessité de trouver des compromis acceptables pour les deux parties", note="stance NP complement of insister sur")
R("indirect", K, "Dmitri Peskov", "Dmitri Peskov", "aucun calendrier n’avait été fixé pour la rédaction de ce document")
R("direct", K, "il", "Dmitri Peskov", "Il n’y a pas de délai et il ne peut pas y en avoir")
R("indirect", O, "Volodymyr Zelensky", "Volodymyr Zelensky", "Kiev était prêt à un cessez-le-feu total et inconditionnel")
R("indirect", O, "Le chancelier allemand Friedrich Merz", "Friedrich Merz", "l’Europe allait accroître la pression sur Moscou par des sanctions")
R("indirect", O, "les observateurs à Abidjan", "observers in Abidjan", "ce nouvel échange confirme le rôle central de Washington", note="pour X")
R("direct", O, "un diplomate ivoirien en poste à Addis-Abeba", "anonymous Ivorian diplomat", "Tout se joue désormais entre la Maison-Blanche et le Kremlin")

# ---------------------------------------------------------------- h10 Le Faso (Burkina), Helsinki 2018
doc("h10_lefaso_20180717")
R("indirect", U, "", "", "avoir pris le parti du maître du Kremlin contre ses propres services de renseignement",
  note="indefinite on (où l'on reproche): no identifiable source")
R("indirect", O, "lesquels", "US intelligence services", "Moscou s’était ingéré dans l’élection présidentielle de 2016",
  note="intelligence services set against Trump: other")
R("direct", K, "le président russe", PUT, "l’État russe ne s’est jamais ingéré et n’a pas l’intention de s’ingérer dans les affaires intérieures américaines")
R("mixed", W, "Donald Trump", TRU, "le président Poutine avait été « extrêmement fort et puissant dans son démenti »")
R("direct", W, "Donald Trump", TRU, "Je ne vois aucune raison pour laquelle ce serait la Russie.", note="avant d'ajouter (subject Donald Trump)")
R("indirect", W, "le milliardaire", TRU, "il avait voulu dire l’inverse")
R("mixed", W, "le milliardaire", TRU, "il aurait dû dire « pourquoi ce ne serait pas la Russie »", note="participial expliquant que")
R("direct", K, "Vladimir Poutine", PUT, "Oui, je le voulais. Parce qu’il parlait de normaliser les relations entre les États-Unis et la Russie.")
R("direct", K, "Il", PUT, "sottises")
R("direct", O, "Dan Coats", "Dan Coats", "Nous avons été clairs dans notre évaluation de l’ingérence russe dans l’élection de 2016.",
  note="US intelligence set against Trump: other")
R("direct", O, "Le sénateur républicain John McCain", "John McCain", "l’une des prestations les plus honteuses d’un président américain de mémoire d’homme")
R("direct", K, "Sergueï Lavrov", "Sergei Lavrov", "fabuleuse")
R("direct", K, "Sergueï Lavrov", "Sergei Lavrov", "mieux que super", note="second quoted qualifier of the same verb: own row")
R("indirect", K, "la partie russe", KR, "Ils ont exprimé leur intention de se revoir", note="joint subject under selon la partie russe")
R("indirect", O, "un diplomate à la retraite", "anonymous retired Burkinabe diplomat", "ce sommet montre surtout que les grandes puissances règlent leurs affaires entre elles, sans consulter personne")
N("kompromat", "scare quotes around a loanword")

# ---------------------------------------------------------------- h11 L'Essor (Mali), energy truce March 2025
doc("h11_lessor_20250319")
R("indirect", J, "Les deux parties", "Russia and United States", "leur volonté de normaliser les relations bilatérales", note="stance NP; no incise gives it to one side")
R("indirect", J, "Elles", "Russia and United States", "l’importance d’une coopération future dans l’économie et l’énergie", note="stance NP of souligner")
R("indirect", K, "le communiqué du Kremlin", KR, "Vladimir Poutine a soutenu la proposition de son homologue d’une abstention mutuelle de frappes contre les infrastructures énergétiques pendant trente jours", note="selon X")
R("indirect", K, "Le dirigeant russe", PUT, "l’arrêt de la mobilisation forcée en Ukraine et du réarmement des forces ukrainiennes était indispensable à tout règlement")
R("direct", K, "le porte-parole du Kremlin, Dmitri Peskov", "Dmitri Peskov", "Le président a donné l’ordre à l’armée immédiatement après la conversation")
R("indirect", K, "Iouri Ouchakov", "Yuri Ushakov", "Donald Trump a soutenu l’idée avec enthousiasme",
  note="selon X; the preceding 'ont convenu d'organiser des matchs' is an agreement predicate without quote marks: no row")
R("indirect", W, "l’envoyé spécial Steve Witkoff", "Steve Witkoff", "des équipes techniques se retrouveraient dimanche à Djeddah pour discuter des modalités de la trêve en mer Noire")
R("direct", K, "il", "Kirill Dmitriev", "Le monde est devenu plus sûr aujourd’hui grâce au président Poutine et au président Trump")
R("indirect", U, "", "", "des frappes avaient visé des installations énergétiques dans l’est de l’Ukraine", note="agentless il a été rapporté que")
R("indirect", O, "un cadre du ministère des Affaires étrangères et de la Coopération internationale", "anonymous Malian foreign ministry official",
  "Pour Bamako, qui entretient un partenariat stratégique avec Moscou, ce rapprochement entre les deux puissances est une bonne nouvelle",
  note="proposition attributed by incise a confié; 'Le Mali souhaite' (attitude verb) is not annotated")

# ---------------------------------------------------------------- h12 La Presse de Tunisie, Da Nang Nov 2017
doc("h12_lapressetn_20171113")
R("indirect", K, "le Kremlin", KR, "Les présidents américain et russe, Donald Trump et Vladimir Poutine, se sont brièvement entretenus samedi en marge du sommet de l’APEC à Da Nang, au Vietnam, et ont adopté une déclaration commune sur la Syrie",
  note="proposition attributed by incise a annoncé le Kremlin")
R("indirect", J, "les deux présidents", BOTH, "leur détermination à vaincre l’organisation «Etat islamique» en Syrie",
  note="in the joint statement; «Etat islamique» is a name, so indirect not mixed")
R("indirect", J, "la déclaration publiée simultanément par Moscou et Washington", "Joint US-Russian statement", "Ils sont convenus qu’il n’existait pas de solution militaire au conflit",
  note="selon a joint declaration: joint")
R("indirect", J, "le document", "Joint US-Russian statement", "Les deux dirigeants appellent toutes les parties syriennes à participer activement au processus de Genève")
R("direct", W, "Donald Trump", TRU, "Il a dit qu’il ne s’était absolument pas ingéré dans notre élection. Chaque fois qu’il me voit, il dit : je n’ai pas fait ça. Et je crois vraiment que quand il me le dit, il est sincère.")
R("indirect", K, "Il", PUT, "il ne s’était absolument pas ingéré dans notre élection", nested="yes", note="Putin's words reported inside Trump's quotation")
R("direct", K, "il", PUT, "je n’ai pas fait ça", nested="yes", note="free direct speech without marks inside Trump's quotation")
R("direct", W, "le président américain", TRU, "Je crois en nos agences de renseignement.")
R("indirect", K, "Vladimir Poutine", PUT, "la Russie n’avait rien à voir avec ces accusations")
R("direct", K, "le président russe", PUT, "Tout ce qui concerne le prétendu dossier russe est le reflet de la lutte politique interne aux États-Unis")
R("indirect", K, "Dmitri Peskov", "Dmitri Peskov", "les deux dirigeants n’avaient pas pu tenir une rencontre formelle en raison de problèmes d’agenda des deux côtés")
R("indirect", W, "Le secrétaire d’Etat Rex Tillerson", "Rex Tillerson", "Washington attendait de Moscou davantage de pression sur Pyongyang")
R("indirect", O, "le ministère tunisien des Affaires étrangères", "Tunisian Foreign Ministry", "toute solution en Syrie doit passer par un dialogue inclusif entre Syriens, loin des ingérences étrangères",
  note="pour X, cité par l'agence TAP")
N("Etat islamique", "organisation name in guillemets")
N("Air Force One", "aircraft name in guillemets")

# ---------------------------------------------------------------- h13 Le Matin (Morocco), 18 Aug 2025 call
doc("h13_lematin_20250819")
R("direct", W, "Donald Trump", TRU, "J’ai appelé le président Poutine et commencé les préparatifs d’une rencontre, dans un lieu à déterminer, entre le président Poutine et le président Zelensky")
R("indirect", W, "il", TRU, "Une rencontre tripartite suivrait")
R("direct", K, "le conseiller diplomatique Iouri Ouchakov", "Yuri Ushakov", "franche et très constructive")
R("indirect", K, "il", "Yuri Ushakov", "Les deux présidents se sont prononcés en faveur de la poursuite de négociations directes entre les délégations russe et ukrainienne",
  note="joint subject; incise a-t-il poursuivi gives it to Ushakov")
R("indirect", K, "le conseiller", "Yuri Ushakov", "ils ont aussi discuté de l’idée de relever le niveau des représentants de la partie russe", note="topic verb under selon X")
R("indirect", K, "il", "Sergei Lavrov", "Tout contact au plus haut niveau doit être préparé avec le plus grand soin")
R("indirect", O, "Les Européens", "European leaders", "un pas en avant", note="borderline: NP complement of expressive saluer carries the position")
R("direct", O, "le chancelier allemand Friedrich Merz", "Friedrich Merz", "Je ne peux pas imaginer que la prochaine rencontre ait lieu sans cessez-le-feu")
R("direct", O, "Le président français Emmanuel Macron", "Emmanuel Macron", "robustes")
R("indirect", O, "Le secrétaire général de l’OTAN, Mark Rutte", "Mark Rutte", "les discussions sur ces garanties commenceraient dès cette semaine")
R("indirect", O, "source diplomatique à Rabat", "anonymous Moroccan diplomatic source", "Le Royaume, attaché au règlement pacifique des différends, suit ces développements avec intérêt")

# ---------------------------------------------------------------- h14 El Watan, Mueller call May 2019
doc("h14_elwatan_20190504")
R("direct", W, "Le président américain Donald Trump", TRU, "très bonne")
R("direct", U, "", "", "exonération totale", note="agentless passive présenté comme")
R("indirect", O, "Ce rapport", "Mueller report", "la Russie a interféré de manière généralisée et systématique dans le scrutin de 2016", note="US justice set against Trump")
R("direct", W, "le président américain", TRU, "Nous n’avons pas parlé de ça.")
R("indirect", W, "Il", TRU, "avoir évoqué le rapport Mueller avec son interlocuteur", note="topic verb under speech verb raconter")
R("direct", W, "le locataire de la Maison-Blanche", TRU, "Il a en quelque sorte souri quand il a dit que c’était parti d’une montagne et que ça avait accouché d’une souris")
R("indirect", K, "il", PUT, "c’était parti d’une montagne et que ça avait accouché d’une souris", nested="yes", note="Putin's words reported inside Trump's quotation")
R("indirect", W, "Sarah Sanders", "Sarah Sanders", "les deux dirigeants avaient discuté de la situation au Venezuela", note="topic verb under speech verb")
R("indirect", W, "Le secrétaire d’Etat Mike Pompeo", "Mike Pompeo", "le départ des militaires russes déployés à Caracas", note="borderline: NP complement of directive exiger")
R("indirect", K, "le Kremlin", KR, "Vladimir Poutine a souligné que seul le peuple vénézuélien avait le droit de déterminer son avenir", note="selon X; Putin inside Kremlin account: one row")
R("indirect", K, "le communiqué russe", KR, "Les deux présidents ont exprimé leur satisfaction quant au caractère pragmatique de l’échange", note="joint subject under selon le communiqué russe")
R("indirect", J, "MM. Trump et Poutine", BOTH, "leur attachement au dialogue sur la stabilité stratégique et la maîtrise des armements", note="stance NP of réaffirmer")
R("direct", O, "Nancy Pelosi", "Nancy Pelosi", "stupéfiant", note="US Congress member")
R("indirect", O, "l’Algérie", "Algeria", "une solution politique à la crise vénézuélienne, fondée sur le dialogue et le respect de la souveraineté des Etats", note="plaider pour + NP")

# ---------------------------------------------------------------- h15 Sputnik (machine-translated), Feb 2025 call
doc("h15_sputnik_20250212")
R("indirect", K, "Kremlin", KR, "Poutine et Trump ont eu conversation téléphonique, Poutine a invité Trump à Moscou", note="wire headline with trailing '- Kremlin' attribution")
R("indirect", K, "le porte-parole du Kremlin Dmitri Peskov", "Dmitri Peskov", "Le président de la Russie Vladimir Poutine et le président des États-Unis Donald Trump ont eu une conversation téléphonique qui a duré presque une heure et demie")
R("direct", K, "Peskov", "Dmitri Peskov", "Poutine a invité Trump à Moscou et a confirmé la disposition de recevoir les responsables américains en Russie dans les domaines d'intérêt mutuel, y compris, bien sûr, le thème du règlement ukrainien")
R("indirect", K, "lui", "Dmitri Peskov", "le président russe a soutenu la thèse principale de Trump que le temps est venu pour les deux pays de travailler ensemble", note="selon lui")
R("indirect", W, "Trump", TRU, "le temps est venu pour les deux pays de travailler ensemble", nested="yes", note="Trump's claim reported by Peskov")
R("indirect", K, "Peskov", "Dmitri Peskov", "Le président de la Russie a aussi déclaré qu'il est nécessaire d'éliminer les causes premières du conflit",
  note="Putin's words inside Peskov's account: same party, one row")
R("indirect", K, "le représentant du Kremlin", "Dmitri Peskov", "Les présidents ont accepté de continuer les contacts personnels, y compris d'organiser une rencontre en personne",
  note="joint subject; incise gives it to the Kremlin")
R("direct", W, "le dirigeant américain", TRU, "longue et très productive")
R("indirect", W, "Trump", TRU, "ils ont convenu que leurs équipes commencent immédiatement les négociations", note="selon Trump")
R("indirect", K, "Peskov", "Dmitri Peskov", "Le président Trump aussi a remercié le président Poutine pour la libération du citoyen américain Marc Fogel, qui purgeait peine en Russie pour contrebande de drogue")
R("indirect", W, "Le président Trump", TRU, "pour la libération du citoyen américain Marc Fogel", nested="yes", note="expressive remercier ... pour (pour kept, as in the seed gold)")
R("direct", K, "Dmitriev", "Kirill Dmitriev", "Le temps est venu", note="'Lire aussi' line with quote marks")
R("indirect", K, "la porte-parole de la diplomatie russe Maria Zakharova", "Maria Zakharova", "Moscou reste ouvert au dialogue sur la base du respect mutuel et de l'égalité, mais que les États-Unis doivent d'abord faire les pas concrets")
N("Truth Social", "name of a social network in quote marks")

# ---------------------------------------------------------------- h16 RT France, congratulations call March 2018
doc("h16_rtfrance_20180320")
R("indirect", W, "Le président américain", TRU, "pour sa victoire à l’élection présidentielle du 18 mars", note="féliciter X pour Y: pour kept (seed convention)")
R("direct", K, "le service de presse du Kremlin", KR, "Les présidents ont exprimé leur ferme intention de développer la coopération dans divers domaines, y compris pour assurer la stabilité stratégique et la lutte contre le terrorisme international",
  note="joint content inside the Kremlin's words: one Kremlin row (as the seed gold does for White House readouts)")
R("direct", W, "Donald Trump", TRU, "Nous nous rencontrerons probablement dans un avenir pas si lointain pour discuter de la course aux armements qui devient incontrôlable")
R("direct", U, "", "", "Une course qui ne profite à personne", note="subheading made of a quotation whose words are attributed nowhere in the body")
R("direct", K, "Dmitri Peskov", "Dmitri Peskov", "La rencontre n’a pas été discutée de manière concrète, il n’y a pas encore de date", note="cité par «RIA Novosti» (name)")
R("direct", K, "le ministre russe des Affaires étrangères Sergueï Lavrov", "Sergei Lavrov", "Nous sommes prêts à travailler avec l’administration américaine dans la mesure où celle-ci y est prête.",
  note="quotation alone in its paragraph; attribution in the next paragraph (Ainsi s'est exprimé ...)")
R("mixed", K, "Le chef de la diplomatie russe", "Sergei Lavrov", "certains, à Washington, cherchent à «saboter» le dialogue", note="expressive regretter que")
R("indirect", O, "le quotidien «Kommersant", "Kommersant", "l’appel avait été préparé depuis plusieurs jours par les deux administrations",
  note="selon X; newspaper name with an unbalanced opening guillemet")
R("direct", O, "plusieurs éditorialistes", "US press columnists", "complaisance", note="quoted object of reprocher")
R("indirect", K, "le communiqué", KR, "Le maître du Kremlin a en outre remercié Donald Trump pour ses félicitations", note="incise rapporte le communiqué; 'a abordé' in the previous sentence is topic-only")
N("RIA Novosti", "news agency name in guillemets")
N("Kommersant", "newspaper name after an unbalanced opening guillemet (stray mark)")
N("Russia Today", "media name in guillemets ('Lire aussi' line without a quotation)")
N("agent étranger", "legal status term in guillemets, not a quotation")

# ---------------------------------------------------------------- h17 TASS-style readout, March 2025 call
doc("h17_tass_20250318")
R("mixed", K, "Ouchakov", "Yuri Ushakov", "la conversation de Poutine et Trump a été “très bonne et franche”", note="headline 'X : ...' attribution format")
R("indirect", K, "l’assistant du président russe Iouri Ouchakov", "Yuri Ushakov", "La conversation téléphonique entre le président de la Russie Vladimir Poutine et le président des Etats-Unis Donald Trump a duré presque deux heures et demie",
  note="cataphoric attribution in the next sentence (De cela a informé ...)")
R("direct", K, "Ouchakov", "Yuri Ushakov", "La conversation a été très bonne, très substantielle et franche")
R("direct", K, "l’assistant", "Yuri Ushakov", "Le président a soutenu l’idée de Trump sur l’abstention mutuelle pendant 30 jours des frappes sur les objets d’infrastructure énergétique et a donné tout de suite l’ordre correspondant aux militaires russes")
R("indirect", K, "ses mots", "Yuri Ushakov", "Trump a soutenu l’idée de Poutine sur l’organisation des matchs de hockey entre les joueurs russes et américains dans les ligues KHL et NHL", note="selon ses mots")
R("direct", K, "Ouchakov", "Yuri Ushakov", "Le 19 mars sera réalisé l’échange des prisonniers selon la formule 175 sur 175")
R("direct", K, "il", "Yuri Ushakov", "En plus, comme geste de bonne volonté, la partie russe transférera 23 militaires ukrainiens grièvement blessés qui se trouvent en traitement dans les établissements médicaux russes")
R("direct", J, "Les deux leaders", BOTH, "utile et nécessaire", note="no incise in this sentence: speaker as written is joint")
R("indirect", K, "le porte-parole du Kremlin Dmitri Peskov", "Dmitri Peskov", "le président russe a exposé de manière détaillée la position de la Russie")
R("direct", K, "Peskov", "Dmitri Peskov", "Le travail sera difficile, mais nous sommes prêts")

# ---------------------------------------------------------------- h18 Sud Ouest, New START Oct 2025
doc("h18_sudouest_20251006")
R("direct", W, "Trump", TRU, "une bonne idée", after="Trump juge", note="headline")
R("direct", W, "Donald Trump", TRU, "Ça me paraît une bonne idée")
R("direct", K, "le président russe", PUT, "La Russie est prête à continuer à respecter les limitations quantitatives centrales du traité pendant un an après le 5 février 2026")
R("direct", K, "il", PUT, "Cette mesure ne sera viable que si les États-Unis agissent de la même manière")
R("direct", K, "Dmitri Peskov", "Dmitri Peskov", "La balle est dans le camp américain.",
  note="introduced by a colon after a noun (Le message de Moscou : «…»); cataphoric C'est en ces termes que Dmitri Peskov a résumé")
R("direct", K, "le porte-parole", "Dmitri Peskov", "Nous attendons une réponse officielle")
R("mixed", K, "Maria Zakharova", "Maria Zakharova", "avoir «démoli» l’architecture de la sécurité internationale", note="accuser X de + infinitive (de dropped)")
R("direct", K, "elle", "Maria Zakharova", "Ce ne sont pas nous qui avons quitté le traité FNI")
R("indirect", W, "le secrétaire d’État Marco Rubio", "Marco Rubio", "tout accord futur devrait inclure la Chine")
R("direct", U, "", "", "Un sursis, pas une solution", note="subheading made of a quotation whose words are attributed nowhere in the body")
R("direct", O, "elle", "Léa Marchand", "Une prolongation d’un an ne remplace pas un traité. Il n’y a toujours aucune inspection sur le terrain depuis 2023")
R("indirect", O, "elle", "Léa Marchand", "l’Europe reste la grande absente de ces discussions", note="selon elle")

# ---------------------------------------------------------------- h19 AFP dispatch, Alaska summit
doc("h19_afp_20250816")
R("direct", W, "le président américain", TRU, "progrès", after="évoquant des", note="topic verb évoquer but quote-marked")
R("mixed", W, "le président américain", TRU, "«certains points importants» restaient à régler", note="participial reconnaissant que")
R("direct", W, "M. Trump", TRU, "Nous avons eu une réunion extrêmement productive et de nombreux points ont été acceptés")
R("direct", W, "il", TRU, "Il n’y a pas d’accord tant qu’il n’y a pas un accord")
R("direct", K, "M. Poutine", PUT, "Nous espérons que Kiev et les capitales européennes percevront tout cela de manière constructive et qu’ils ne créeront pas d’obstacles, qu’ils ne tenteront pas de +torpiller+ les progrès naissants",
  note="+torpiller+ is the AFP inner-quote convention, not a quote")
R("direct", J, "Les deux hommes", BOTH, "respectueuse")
R("indirect", K, "Le chef du Kremlin", PUT, "la guerre n’aurait pas éclaté si M. Trump avait été président en 2022")
R("direct", K, "il", PUT, "Je pense que ce serait effectivement le cas")
R("mixed", W, "son hôte", TRU, "ce conflit est «la guerre de Biden»", note="relative qui répète que; not inside Putin's quotation, so not nested")
R("mixed", K, "Le conseiller diplomatique Iouri Ouchakov", "Yuri Ushakov", "les discussions avaient été «positives»")
R("direct", O, "M. Zelensky", "Volodymyr Zelensky", "La guerre doit prendre fin et c’est à la Russie de mettre fin à cette guerre qu’elle a elle-même commencée.")
R("direct", W, "Karoline Leavitt", "Karoline Leavitt", "exercice d’écoute")
R("indirect", O, "des sources diplomatiques européennes", "anonymous European diplomatic sources", "Le président américain doit recevoir lundi M. Zelensky à Washington")
N("torpiller", "AFP inner-quote convention +…+")

# ---------------------------------------------------------------- h20 live blog, Helsinki 2018
doc("h20_liveblog_20180716")
R("indirect", W, "Trump", TRU, "désavouer Poutine sur l’ingérence russe",
  note="headline; borderline: infinitive complement of refusal verb refuser de")
R("direct", W, "Donald Trump", TRU, "J’ai une grande confiance dans mes services de renseignement, mais je vous dirai que le président Poutine a été extrêmement fort et puissant dans son démenti aujourd’hui")
R("direct", K, "le président russe", PUT, "Le ballon est maintenant dans votre camp")
R("indirect", W, "Le milliardaire", TRU, "il va le donner à son fils Barron")
R("direct", K, "le président russe", PUT, "La guerre froide est terminée depuis longtemps")
R("direct", K, "Dmitri Peskov", "Dmitri Peskov", "réussie et utile")
R("direct", W, "Donald Trump", TRU, "Un très bon début")
R("direct", U, "", "", "Nous avons beaucoup de choses à nous dire", note="live-blog entry made only of a quotation; no attribution in the document")
R("direct", J, "MM. Trump et Poutine", BOTH, "franc")
R("direct", O, "Chuck Schumer", "Chuck Schumer", "irréfléchi, dangereux et faible", note="US Congress member")
R("direct", W, "Trump", TRU, "Un ennemi", note="'Lire aussi' line: «quote» : X verb")
R("direct", W, "le président américain", TRU, "Notre relation avec la Russie n’a JAMAIS été pire, à cause de nombreuses années de bêtise et de stupidité américaines",
  note="single quote marks")
R("direct", U, "", "", "Le monde entier nous regarde, et il est temps que nos deux pays s’entendent enfin sur les grandes quest",
  note="quotation truncated at the end of the file, its attribution cut off")
