"""Gold framing phrases and article tone for phrases_articles28 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Theme: other pairs of sides (France-Algeria, US-China, US-Iran, Israel-Iran, India-Pakistan, ...).
a01 and a15 use typographic apostrophes (’); every other article uses straight ones.
"""


# ---------------------------------------------------------------- a01 Le Monde analysis, France-Algeria expulsions
D = "a01_lemonde_20250415"
META[D] = ("Le Monde", "2025-04-15", "2025-04-14/15 France-Algeria tit-for-tat expulsions of 12 agents, French ambassador recalled")
TONE[D] = -2
p(D, "un dégel de quinze jours", "neg", 2, "coop", "j", note="headline: the thaw framed as short-lived")
p(D, "Le réchauffement a tourné court", "neg", 2, "coop", "j")
p(D, "affront délibéré", "neg", 3, "conf", "q")
p(D, "une décision grave, qui n’a rien d’une réponse proportionnée", "neg", 2, "conf", "q")
p(D, "fait le choix de l’escalade", "neg", 3, "conf", "q")
p(D, "Une réconciliation de façade", "neg", 2, "coop", "j", note="subheading")
p(D, "renouer un dialogue fécond", "pos", 2, "coop", "q")
p(D, "rapport de force", "neg", 2, "conf", "q", note="Retailleau's term in quote marks without a speech verb; read as his quoted words")
p(D, "n’a jamais digéré", "neg", 2, "conf", "j")
p(D, "La confiance, qui était déjà mince, est à terre", "neg", 3, "conf", "q")
p(D, "plusieurs fois annoncée, n’a jamais eu lieu", "neg", 1, "coop", "j", note="Tebboune's state visit")
p(D, "se parler par communiqués interposés", "neg", 2, "oth", "q", note="'Pour X' + quoted fragment")


# ---------------------------------------------------------------- a02 El Watan, Tebboune-Macron call 31 Mar 2025
D = "a02_elwatan_20250401"
META[D] = ("El Watan (Algeria)", "2025-04-01", "2025-03-31 Tebboune-Macron call and joint communiqué")
TONE[D] = 1
p(D, "conviennent de reprendre le dialogue", "pos", 2, "coop", "j", note="headline, agreement predicate without quote marks")
p(D, "un échange long, direct et amical", "pos", 2, "oth", "q")
p(D, "renouer le dialogue fructueux", "pos", 2, "coop", "q", note="agreement predicate with quote marks")
p(D, "huit mois d'une crise diplomatique sans précédent", "neg", 3, "conf", "j")
p(D, "laissé la porte ouverte", "pos", 1, "coop", "j", note="journalist's gloss of Tebboune's interview")
p(D, "interlocuteur légitime", "pos", 1, "coop", "q")
p(D, "accueilli avec un optimisme prudent", "pos", 1, "oth", "j")
p(D, "une volonté réelle de sortir de l'impasse", "pos", 2, "coop", "q")
p(D, "rien ne sera réglé", "neg", 1, "coop", "q")
p(D, "le cœur du différend", "neg", 2, "conf", "q")
p(D, "Reste à savoir si ce réchauffement résistera", "neu", 1, "oth", "j")


# ---------------------------------------------------------------- a03 AFP, US-China Geneva tariff truce
D = "a03_afp_20250512"
META[D] = ("AFP (French wire)", "2025-05-12", "2025-05-10/11 US-China trade talks in Geneva, 90-day tariff truce")
TONE[D] = 1
p(D, "trêve douanière de 90 jours", "pos", 2, "conf", "j", note="headline; easing = conflict/positive")
p(D, "une trêve de 90 jours", "pos", 2, "conf", "j")
p(D, "convenu de poursuivre leurs consultations", "pos", 1, "coop", "j")
p(D, "dans un esprit de respect mutuel", "pos", 2, "oth", "q")
p(D, "trouvé un terrain d'entente sur l'essentiel", "pos", 2, "coop", "q")
p(D, "avancées notables", "pos", 2, "coop", "q")
p(D, "défendra fermement ses intérêts légitimes", "neg", 1, "conf", "q")
p(D, "un grand jour pour la relation avec la Chine", "pos", 2, "coop", "q")
p(D, "une désescalade plus nette que prévu", "pos", 2, "conf", "q")
p(D, "ce n'est qu'un sursis", "neg", 1, "oth", "q")
p(D, "aucun des différends de fond n'est réglé", "neg", 2, "coop", "q")


# ---------------------------------------------------------------- a04 Le Figaro interview, Trump-Xi in Busan
D = "a04_lefigaro_20251031"
META[D] = ("Le Figaro (interview)", "2025-10-31", "2025-10-30 Trump-Xi meeting in Busan")
TONE[D] = 0
p(D, "ont signé une trêve", "pos", 1, "conf", "q", note="headline quotation of the interviewee")
p(D, "pas une réconciliation", "neg", 1, "coop", "q")
p(D, "extraordinaire", "pos", 3, "coop", "q", note="Trump's word, inside the journalist's question")
p(D, "une longue poignée de main au pied de la passerelle, des sourires", "pos", 1, "oth", "q",
  note="interview answers are the interviewee's speech: coded quoted")
p(D, "on reste dans la gestion de crise", "neg", 1, "coop", "q")
p(D, "rendre coup pour coup", "neg", 2, "conf", "q")
p(D, "Ce n'est ni de l'amitié ni de la confiance", "neg", 2, "conf", "q")
p(D, "se respecter et réussir ensemble", "pos", 2, "coop", "q", note="Xi, nested in the answer")
p(D, "une relation formidable", "pos", 3, "coop", "q", note="Trump, nested in the answer")
p(D, "la méfiance structurelle demeure", "neg", 2, "conf", "q")
p(D, "Donald Trump doit se rendre en Chine en avril", "pos", 1, "oth", "j", note="planned leaders' visits, journalist's question")
p(D, "Une trêve d'un an, c'est court", "neg", 1, "oth", "q")
p(D, "cette détente", "pos", 1, "conf", "j", note="journalist's question")


# ---------------------------------------------------------------- a05 RFI, US-Iran talks in Muscat
D = "a05_rfi_20250413"
META[D] = ("RFI", "2025-04-13", "2025-04-12 US-Iran indirect talks in Muscat (Witkoff-Araghchi, Omani mediation)")
TONE[D] = 1
p(D, "renouent un fil ténu", "pos", 1, "coop", "j")
p(D, "convenu de se retrouver samedi prochain", "pos", 1, "coop", "j")
p(D, "se sont brièvement entretenus face à face", "pos", 1, "oth", "q", note="'selon le ministère iranien'")
p(D, "sereine et sans invectives", "pos", 2, "oth", "q")
p(D, "acceptable", "pos", 1, "coop", "q", after="base de travail")
p(D, "encourageants", "pos", 2, "coop", "q")
p(D, "un premier pas utile", "pos", 1, "coop", "q")
p(D, "refuse toute négociation directe", "neg", 1, "coop", "j")
p(D, "avait brandi fin mars la menace de frappes", "neg", 2, "conf", "j")
p(D, "Le simple fait qu'ils se soient assis dans le même bâtiment est un signal", "pos", 1, "coop", "q")
p(D, "la défiance reste abyssale", "neg", 3, "conf", "q")


# ---------------------------------------------------------------- a06 i24NEWS (scraped page), Israel-Iran ceasefire
D = "a06_i24news_20250624"
META[D] = ("i24NEWS (scraped web page)", "2025-06-24", "2025-06-24 Israel-Iran ceasefire after the twelve-day war")
TONE[D] = -1
p(D, "une trêve fragile", "neg", 1, "oth", "j")
p(D, "chacun revendique la victoire", "neg", 1, "conf", "j")
p(D, "semblait tenir", "pos", 1, "conf", "j")
p(D, "se sont mutuellement accusés", "neg", 2, "conf", "j")
p(D, "répondre avec force", "neg", 2, "conf", "q")
p(D, "violation flagrante", "neg", 2, "conf", "q")
p(D, "victoire historique", "neg", 2, "conf", "q", note="victory over the other side: adversarial framing")
p(D, "l'ennemi sioniste", "neg", 3, "conf", "q")
p(D, "Aucun canal direct n'existe entre les deux ennemis", "neg", 2, "coop", "j")
p(D, "se sont parlé pendant douze jours par missiles interposés", "neg", 2, "conf", "j")
p(D, "Ce n'est pas une paix, c'est une pause entre deux rounds", "neg", 2, "conf", "q")
p(D, "Aucune des questions qui ont conduit à cette guerre n'est réglée", "neg", 2, "coop", "q")


# ---------------------------------------------------------------- a07 Reuters, India-Pakistan ceasefire
D = "a07_reuters_20250511"
META[D] = ("Reuters (French wire)", "2025-05-11", "2025-05-10 India-Pakistan ceasefire, night of alleged violations")
TONE[D] = 0
p(D, "Le cessez-le-feu semble tenir", "pos", 1, "conf", "j", note="headline")
p(D, "semblait tenir", "pos", 1, "conf", "j")
p(D, "des accusations mutuelles de violations", "neg", 2, "conf", "j")
p(D, "violations répétées", "neg", 2, "conf", "q")
p(D, "pleinement attaché", "pos", 2, "conf", "q")
p(D, "bon sens", "pos", 1, "coop", "q")
p(D, "toute médiation extérieure", "neu", 1, "oth", "q", note="NP complement of 'démentir': reported content")
p(D, "Aucune reprise du dialogue politique n'est prévue", "neg", 2, "coop", "q", note="incise 'a souligné une source'")
p(D, "Le canal militaire a fonctionné", "pos", 1, "coop", "q")
p(D, "c'est le seul qui fonctionne encore", "neg", 1, "coop", "q")
p(D, "mais pas l'hostilité", "neg", 2, "conf", "q")


# ---------------------------------------------------------------- a08 Le Temps, Armenia-Azerbaijan Washington declaration
D = "a08_letemps_20250809"
META[D] = ("Le Temps (Switzerland)", "2025-08-09", "2025-08-08 Aliyev-Pashinyan-Trump joint declaration at the White House")
TONE[D] = 2
p(D, "tournent la page de trente-cinq ans d'hostilité", "pos", 3, "coop", "j")
p(D, "ont échangé une longue poignée de main", "pos", 1, "oth", "j")
p(D, "la première pierre d'une paix véritable", "pos", 2, "coop", "q")
p(D, "Nous avons perdu plus de trente ans dans la guerre et la méfiance", "neg", 2, "conf", "q")
p(D, "Nous n'en perdrons pas davantage", "pos", 2, "coop", "q")
p(D, "une très belle journée pour le Caucase et pour le monde", "pos", 2, "coop", "q")
p(D, "les deux pays ont avancé par étapes", "pos", 1, "coop", "j")
p(D, "n'est toutefois pas signé", "neg", 1, "coop", "j")
p(D, "Bakou conditionne sa signature", "neg", 1, "conf", "j")
p(D, "une avancée réelle, mais asymétrique", "pos", 1, "coop", "q")
p(D, "La paix se fait largement aux conditions de Bakou", "neg", 1, "conf", "q")
p(D, "capitulation déguisée", "neg", 2, "conf", "q", note="Armenian opposition on the outcome")


# ---------------------------------------------------------------- a09 Euronews, Serbia-Kosovo failed Brussels meeting
D = "a09_euronews_20230915"
META[D] = ("Euronews", "2023-09-15", "2023-09-14 Vucic-Kurti EU-facilitated dialogue meeting in Brussels")
TONE[D] = -2
p(D, "nouvel échec", "neg", 2, "coop", "j")
p(D, "n'ont même pas été réunis dans la même pièce", "neg", 2, "oth", "j")
p(D, "une occasion manquée", "neg", 2, "coop", "q")
p(D, "un manque de volonté politique", "neg", 2, "coop", "q")
p(D, "Je suis venu avec des propositions, Belgrade est venu avec des exigences", "neg", 2, "conf", "q")
p(D, "chercher à bâtir une Republika Srpska au Kosovo", "neg", 3, "conf", "q")
p(D, "Kurti ne veut pas la paix, il veut l'humiliation des Serbes", "neg", 3, "conf", "q")
p(D, "percée", "pos", 2, "coop", "q", note="agentless 'présenté comme une \"percée\"': unattributed quote")
p(D, "sa mise en œuvre est au point mort", "neg", 2, "coop", "j")
p(D, "la situation reste explosive", "neg", 2, "conf", "j")
p(D, "Aucune date n'a été fixée pour une prochaine rencontre", "neg", 1, "coop", "j")


# ---------------------------------------------------------------- a10 Le Point, inter-Korean relations
D = "a10_lepoint_20250815"
META[D] = ("Le Point", "2025-08-15", "2025-08-14/15 Kim Yo-jong rejects Seoul's overtures; Lee Jae-myung Liberation Day speech")
TONE[D] = -1
p(D, "Séoul tend la main", "pos", 2, "coop", "j")
p(D, "Pyongyang la repousse", "neg", 2, "coop", "j")
p(D, "a fermé la porte à toute amélioration des relations", "neg", 3, "coop", "j")
p(D, "rebâtir pas à pas la confiance", "pos", 2, "conf", "q")
p(D, "Nous ne chercherons ni l'absorption ni l'hostilité", "pos", 2, "conf", "q")
p(D, "aucun intérêt", "neg", 3, "coop", "q")
p(D, "illusion", "neg", 2, "coop", "q")
p(D, "n'ont obtenu qu'un seul geste en retour", "neg", 1, "coop", "j")
p(D, "État le plus hostile", "neg", 3, "conf", "q")
p(D, "Pyongyang n'a plus besoin de Séoul", "neg", 2, "coop", "q")
p(D, "Le dégel espéré à Séoul attendra", "neg", 1, "coop", "j")


# ---------------------------------------------------------------- a11 Le360 editorial, Morocco-Algeria
D = "a11_le360_20250731"
META[D] = ("Le360 (Morocco, editorial)", "2025-07-31", "2025-07-29 Throne speech offer of dialogue to Algeria, no Algerian response")
TONE[D] = -1
p(D, "La main tendue", "pos", 2, "coop", "j", note="editorial title, own voice")
p(D, "le mur du silence", "neg", 2, "coop", "j")
p(D, "un dialogue sincère et responsable, sans conditions préalables", "pos", 2, "coop", "q")
p(D, "peuple frère", "pos", 1, "coop", "q")
p(D, "a fait le choix de la rupture", "neg", 3, "coop", "j")
p(D, "un silence complet", "neg", 2, "coop", "j")
p(D, "Aucune réponse n'est venue d'Alger", "neg", 2, "coop", "j")
p(D, "une hostilité de principe", "neg", 3, "conf", "j")
p(D, "seulement que l'on se parle", "pos", 1, "coop", "j")
p(D, "Le Maroc a tendu la main", "pos", 2, "coop", "j")
p(D, "Elle reste tendue", "pos", 2, "coop", "j", note="the hand: positive despite the pun on 'tendue'")


# ---------------------------------------------------------------- a12 Radio Okapi, DRC-Rwanda Washington agreement
D = "a12_radiookapi_20250628"
META[D] = ("Radio Okapi (DRC)", "2025-06-28", "2025-06-27 DRC-Rwanda peace agreement signed in Washington")
TONE[D] = 1
p(D, "un tournant", "pos", 2, "coop", "q", after="RDC-Rwanda : «", note="headline quotation, 'selon Kinshasa'")
p(D, "un tournant, à condition que les engagements pris soient respectés sur le terrain", "pos", 1, "coop", "q")
p(D, "condition non négociable", "neg", 2, "conf", "q")
p(D, "tourner la page des accusations mutuelles", "pos", 2, "conf", "q")
p(D, "bâtir une relation de voisinage fondée sur la confiance", "pos", 2, "coop", "q")
p(D, "un moment important après trente ans de guerre", "pos", 2, "coop", "q", note="US mediator on the pair's agreement")
p(D, "Des précédents restés lettre morte", "neg", 2, "coop", "j", note="subheading")
p(D, "sont exécrables", "neg", 3, "conf", "j")
p(D, "Plusieurs processus ont échoué avant Washington", "neg", 2, "coop", "j")
p(D, "l'accueil est mitigé", "neu", 1, "oth", "j")
p(D, "cet accord reste une promesse", "neg", 1, "coop", "q")


# ---------------------------------------------------------------- a13 France 24, Trump-Maduro call
D = "a13_france24_20251201"
META[D] = ("France 24", "2025-12-01", "2025-11-30 Trump confirms call with Maduro amid US military escalation")
TONE[D] = -2
p(D, "sans effet sur l'escalade", "neg", 2, "coop", "j")
p(D, "agression", "neg", 3, "conf", "q")
p(D, "Je ne vais pas vous raconter ce qu'on s'est dit", "neu", 1, "oth", "q")
p(D, "les conditions d'une éventuelle rencontre entre les deux hommes", "pos", 1, "oth", "q", note="'Selon le quotidien'")
p(D, "une offre de départ assortie d'un délai", "neg", 2, "conf", "q")
p(D, "un acte d'hostilité sans précédent", "neg", 3, "conf", "q")
p(D, "Le Venezuela ne s'agenouillera devant aucun empire", "neg", 2, "conf", "q")
p(D, "Un pragmatisme de courte durée", "neg", 1, "coop", "j", note="subheading")
p(D, "Ce pragmatisme n'a pas survécu à l'été", "neg", 2, "coop", "j")
p(D, "Ce n'est pas un canal de négociation, c'est un ultimatum par téléphone", "neg", 3, "conf", "q")
p(D, "Les deux parties se parlent, mais chacune attend que l'autre cède", "neg", 2, "conf", "q")


# ---------------------------------------------------------------- a14 La Libre Belgique, Erdogan in Athens
D = "a14_lalibre_20231208"
META[D] = ("La Libre Belgique", "2023-12-08", "2023-12-07 Erdogan-Mitsotakis High-Level Cooperation Council, Athens Declaration")
TONE[D] = 2
p(D, "eaux calmes", "pos", 2, "conf", "j", note="set phrase in scare quotes, not speech")
p(D, "relations amicales et le bon voisinage", "pos", 2, "coop", "j")
p(D, "des sourires appuyés devant les caméras", "pos", 1, "oth", "j")
p(D, "rapprocher nos deux rives", "pos", 2, "coop", "q")
p(D, "une mer de paix et de coopération", "pos", 2, "coop", "q")
p(D, "multipliait les mises en garde à l'adresse du gouvernement grec", "neg", 2, "conf", "j")
p(D, "rompre le contact avec le Premier ministre grec", "neg", 2, "coop", "j")
p(D, "Le réchauffement a commencé", "pos", 2, "coop", "j")
p(D, "parler de nos différends sans nous menacer", "pos", 2, "conf", "q")
p(D, "Le rapprochement est réel", "pos", 2, "coop", "q")
p(D, "repose sur la conjoncture plus que sur un règlement", "neg", 1, "oth", "q")


# ---------------------------------------------------------------- a15 Ouest-France analysis, China-Japan row over Taiwan
D = "a15_ouestfrance_20251120"
META[D] = ("Ouest-France (analysis)", "2025-11-20", "2025-11 China-Japan diplomatic crisis after Takaichi's Taiwan remarks")
TONE[D] = -2
p(D, "la brouille autour de Taïwan s’installe", "neg", 2, "conf", "j")
p(D, "leur pire crise diplomatique depuis 2012", "neg", 3, "conf", "j")
p(D, "menaçant", "neg", 2, "conf", "q", after="un message jugé")
p(D, "jouer avec le feu", "neg", 2, "conf", "q")
p(D, "n’a rien débloqué", "neg", 2, "coop", "j")
p(D, "mains dans les poches face à un diplomate japonais tête baissée", "neg", 2, "oth", "j")
p(D, "Aucune rencontre n’est prévue entre le Premier ministre chinois Li Qiang et Sanae Takaichi", "neg", 1, "oth", "q",
  note="incise 'a fait savoir Pékin'")
p(D, "relation stratégique mutuellement bénéfique", "pos", 2, "coop", "q")
p(D, "Pékin veut faire un exemple", "neg", 2, "conf", "q")
p(D, "une punition calibrée", "neg", 2, "conf", "q")
p(D, "garder ouverts tous les canaux de communication", "pos", 1, "coop", "q")


# ---------------------------------------------------------------- a16 RTBF, UK-EU summit
D = "a16_rtbf_20250519"
META[D] = ("RTBF (Belgium)", "2025-05-19", "2025-05-19 first UK-EU summit at Lancaster House")
TONE[D] = 2
p(D, "scellent leur réconciliation", "pos", 3, "coop", "j")
p(D, "Le ton a changé", "pos", 1, "oth", "j")
p(D, "l'ambiance était détendue, presque amicale", "pos", 2, "oth", "j")
p(D, "Le temps des querelles est derrière nous", "pos", 2, "conf", "q")
p(D, "Nous sommes des voisins, des alliés et des partenaires", "pos", 2, "coop", "q")
p(D, "plus forte et plus adulte", "pos", 2, "coop", "q")
p(D, "partenaires naturels", "pos", 2, "coop", "q")
p(D, "Neuf années de relations orageuses avaient laissé des traces", "neg", 2, "conf", "j")
p(D, "marché de dupes", "neg", 2, "coop", "q", note="UK opposition on the outcome")
p(D, "Beaucoup reste à négocier, et le calendrier est serré", "neu", 1, "coop", "j")
p(D, "Londres et Bruxelles parlent d'avenir plutôt que de divorce", "pos", 2, "coop", "j")


# ---------------------------------------------------------------- a17 Al-Ahram Hebdo, GERD inauguration
D = "a17_ahramhebdo_20250910"
META[D] = ("Al-Ahram Hebdo (Egypt)", "2025-09-10", "2025-09-09 GERD inauguration, Egypt's letter to the UN Security Council")
TONE[D] = -2
p(D, "un fait accompli unilatéral", "neg", 2, "conf", "q", note="headline, NP complement of 'dénonce'")
p(D, "mépris total", "neg", 3, "conf", "q")
p(D, "se réserve le droit de prendre toutes les mesures nécessaires", "neg", 2, "conf", "q")
p(D, "une solution négociée et juridiquement contraignante", "pos", 1, "coop", "q")
p(D, "une menace pour personne", "pos", 1, "conf", "q")
p(D, "coopérer pour le bien commun", "pos", 2, "coop", "q")
p(D, "s'est poursuivi chaque été sans accord", "neg", 1, "coop", "q", note="inside 'où l'on rappelle que'")
p(D, "Douze années de négociations stériles", "neg", 2, "coop", "j", note="subheading")
p(D, "se sont heurtés à l'intransigeance éthiopienne", "neg", 2, "conf", "j")
p(D, "s'est soldée par un échec", "neg", 2, "coop", "j")
p(D, "a négocié pendant douze ans pour gagner du temps", "neg", 2, "conf", "q")


# ---------------------------------------------------------------- a18 20 Minutes, Thailand-Cambodia Kuala Lumpur declaration
D = "a18_20minutes_20251026"
META[D] = ("20 Minutes", "2025-10-26", "2025-10-26 Thailand-Cambodia joint declaration signed in Kuala Lumpur before Trump")
TONE[D] = 0
p(D, "une paix signée mais fragile", "neu", 1, "coop", "j")
p(D, "C'était l'image que Donald Trump était venu chercher en Malaisie", "neu", 1, "oth", "j")
p(D, "Nous avons fait ce que beaucoup disaient impossible", "pos", 2, "coop", "q")
p(D, "une étape que nos peuples attendaient", "pos", 2, "coop", "q")
p(D, "le ton était plus retenu", "neu", 1, "oth", "j")
p(D, "il ne s'agissait pas d'un traité de paix", "neg", 1, "oth", "q")
p(D, "a longtemps refusé toute médiation extérieure", "neg", 1, "coop", "j")
p(D, "la méfiance reste forte", "neg", 2, "conf", "j")
p(D, "Les deux pays s'accusent mutuellement", "neg", 2, "conf", "j")


# ---------------------------------------------------------------- a19 Le Parisien, Sansal pardon
D = "a19_leparisien_20251113"
META[D] = ("Le Parisien", "2025-11-13", "2025-11-12 Boualem Sansal pardoned at Germany's request; France-Algeria")
TONE[D] = 1
p(D, "une éclaircie", "pos", 2, "coop", "j")
p(D, "quinze mois de crise", "neg", 2, "conf", "j")
p(D, "la relation reste en lambeaux", "neg", 3, "coop", "j")
p(D, "un acte de bonne volonté", "pos", 2, "coop", "q")
p(D, "ouvrir un nouveau chapitre, fondé sur le respect mutuel", "pos", 2, "coop", "q")
p(D, "Ce n'est pas la fin de la crise", "neg", 1, "coop", "q")
p(D, "c'est le premier signal positif depuis des mois", "pos", 2, "coop", "q")
p(D, "une relation apaisée", "pos", 2, "conf", "q")
p(D, "ont fait basculer la relation dans une crise ouverte", "neg", 3, "conf", "j")
p(D, "une diplomatie de la faiblesse", "neg", 2, "oth", "q", note="French right on Paris's stance")
p(D, "on ne pourra pas parler de normalisation", "neg", 1, "coop", "q")
p(D, "un instrument de chantage", "neg", 2, "conf", "q")


# ---------------------------------------------------------------- a20 La Croix, US-Iran fifth round in Rome
D = "a20_lacroix_20250524"
META[D] = ("La Croix", "2025-05-24", "2025-05-23 fifth round of US-Iran nuclear talks in Rome")
TONE[D] = 0
p(D, "bute sur l'enrichissement", "neg", 2, "coop", "j")
p(D, "oppose frontalement les deux délégations", "neg", 2, "conf", "j")
p(D, "progrès, sans percée décisive", "neu", 1, "coop", "q")
p(D, "Les positions se sont clarifiées, ce qui est utile", "pos", 1, "coop", "q")
p(D, "les écarts demeurent sur les questions essentielles", "neg", 2, "conf", "q")
p(D, "qui a fait avancer les choses", "pos", 1, "coop", "q")
p(D, "Le rythme, lui, est soutenu", "pos", 1, "oth", "j")
p(D, "jamais les deux pays n'avaient discuté aussi régulièrement, ni à un niveau aussi élevé", "pos", 2, "coop", "j")
p(D, "inacceptables et arrogantes", "neg", 3, "conf", "q")
p(D, "ont intérêt à ne pas claquer la porte", "pos", 1, "coop", "q")
p(D, "le fossé sur l'enrichissement est profond", "neg", 2, "conf", "q")
p(D, "la voie diplomatique illusoire", "neg", 1, "coop", "q", note="Israel (third party) judging the pair's talks")
p(D, "Aucune date n'a été annoncée pour un sixième cycle", "neg", 1, "coop", "j")
