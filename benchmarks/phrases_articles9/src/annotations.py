"""Gold framing phrases and article tone for phrases_articles9 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 AFP, first Trump-Putin meeting, G20 Hamburg 7 Jul 2017
D = "a01_afp_20170707"
META[D] = ("AFP", "2017-07-07", "2017-07-07 first Trump-Putin meeting, G20 Hamburg")
TONE[D] = 1
p(D, "très riche", "pos", 2, "coop", "q")
p(D, "Le courant est passé entre eux", "pos", 2, "oth", "q")
p(D, "un honneur", "pos", 2, "oth", "q")
p(D, "content de pouvoir enfin parler en personne", "pos", 1, "oth", "q", note="se dire + adjective")
p(D, "un premier signe que nous pouvons obtenir des résultats ensemble", "pos", 2, "coop", "q")
p(D, "sont également convenus de créer un canal de discussion sur l'Ukraine", "pos", 1, "coop", "j",
  note="agreement to keep talking, no quote marks: journalist")
p(D, "relations au plus bas", "neg", 2, "coop", "j")
p(D, "Le Kremlin s'est voulu prudent", "neu", 1, "oth", "j")
p(D, "Il est trop tôt pour parler d'un tournant", "neu", 1, "oth", "q")
p(D, "le dialogue est désormais engagé", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a02 RT en français style, Trump-Putin call 12 Feb 2025
D = "a02_rtfrance_20250212"
META[D] = ("RT en français", "2025-02-12", "2025-02-12 Trump-Putin call")
TONE[D] = 2
p(D, "conviennent de lancer des négociations", "pos", 1, "coop", "j", note="headline; agreement predicate without quote marks")
p(D, "un appel qui change la donne", "pos", 2, "coop", "j")
p(D, "constructive", "pos", 2, "coop", "q")
p(D, "marque la fin de trois années de silence", "pos", 2, "coop", "j", note="negative words, positive framing")
p(D, "travailler main dans la main", "pos", 2, "coop", "q")
p(D, "extrêmement productive", "pos", 3, "coop", "q")
p(D, "commenceraient «immédiatement» à négocier", "pos", 2, "coop", "q")
p(D, "une première rencontre en personne", "pos", 1, "oth", "j", note="évoquer + NP: topic-only, journalist")
p(D, "avait rompu pratiquement tous les ponts avec Moscou", "neg", 2, "coop", "j", note="past administration")
p(D, "sur la bonne voie", "pos", 2, "coop", "q", note="Lire aussi line with quote marks")

# ---------------------------------------------------------------- a03 Le Monde, US-Russia talks in Riyadh 18 Feb 2025
D = "a03_lemonde_20250218"
META[D] = ("Le Monde", "2025-02-18", "2025-02-18 US-Russia talks, Riyadh")
TONE[D] = 1
p(D, "renouent le fil", "pos", 2, "coop", "j")
p(D, "ont affiché leur satisfaction", "pos", 1, "coop", "q", note="stance verb + NP carrying the position")
p(D, "rien n’a été décidé sur l’Ukraine", "neg", 1, "coop", "j")
p(D, "très utile", "pos", 2, "coop", "q")
p(D, "pour la première fois depuis longtemps, on s’est compris", "pos", 2, "coop", "q")
p(D, "le chemin est ouvert", "pos", 2, "coop", "q")
p(D, "rien n’indique que les positions se soient rapprochées", "neg", 1, "coop", "j")
p(D, "des négociations menées « sur le dos » des Ukrainiens", "neg", 2, "oth", "q",
  note="Zelensky on the US-Russia talks (third party evaluating the pair's interaction)")
p(D, "c’est une réconciliation", "pos", 2, "coop", "q")
p(D, "reste dans le flou", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a04 RTS Info, Biden-Putin summit, Geneva 16 Jun 2021
D = "a04_rts_20210616"
META[D] = ("RTS Info", "2021-06-16", "2021-06-16 Biden-Putin summit, Geneva")
TONE[D] = 1
p(D, "pragmatique", "pos", 1, "coop", "q")
p(D, "sans masquer des divergences profondes", "neg", 2, "conf", "j")
p(D, "Il n'y a eu aucune hostilité", "pos", 2, "conf", "q")
p(D, "très constructives", "pos", 2, "coop", "q")
p(D, "Le ton a été positif du début à la fin", "pos", 2, "oth", "q")
p(D, "aurait des conséquences \"dévastatrices\" pour la Russie", "neg", 2, "conf", "q", note="warning, verb of consequence inside")
p(D, "Une forme de normalisation", "pos", 1, "coop", "j")
p(D, "On est sorti de la logique de l'invective", "pos", 2, "conf", "q")
p(D, "la relation reste fondamentalement adversariale", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a05 Le Figaro, Russia-Ukraine talks in Istanbul 29 Mar 2022
D = "a05_lefigaro_20220329"
META[D] = ("Le Figaro", "2022-03-29", "2022-03-29 Russia-Ukraine talks, Istanbul")
TONE[D] = 1
p(D, "une lueur dans les négociations", "pos", 1, "coop", "j")
p(D, "fait état de progrès", "pos", 1, "coop", "q")
p(D, "la «bonne foi» des deux délégations", "pos", 1, "coop", "q", note="mediator (Erdogan)")
p(D, "discussions substantielles", "pos", 2, "coop", "q")
p(D, "possible une rencontre entre Vladimir Poutine et Volodymyr Zelensky", "pos", 1, "oth", "q")
p(D, "Jamais depuis le début de l'invasion, le 24 février, les deux camps n'avaient paru aussi proches d'un compromis",
  "pos", 2, "coop", "j")
p(D, "la prudence domine", "neu", 1, "oth", "j")
p(D, "Nous ne croyons que ce que nous voyons sur le terrain", "neg", 1, "conf", "q")
p(D, "ne rien manger ni boire", "neg", 1, "conf", "q", note="distrust implied by the advice")

# ---------------------------------------------------------------- a06 Le Soir, Witkoff in Moscow 13 Mar 2025
D = "a06_lesoir_20250314"
META[D] = ("Le Soir", "2025-03-14", "2025-03-13 Witkoff-Putin meeting, Moscow")
TONE[D] = 0
p(D, "après une longue attente", "neg", 1, "oth", "j")
p(D, "dit «oui, mais» à la trêve", "neu", 1, "coop", "q")
p(D, "un rappel de qui fixe le tempo", "neg", 1, "oth", "q", note="décrire comme: attributed to commentators")
p(D, "nous la soutenons", "pos", 1, "coop", "q")
p(D, "Il reste des questions sérieuses", "neg", 1, "coop", "q")
p(D, "optimisme prudent", "pos", 1, "coop", "q")
p(D, "productifs", "pos", 2, "coop", "q")
p(D, "Poutine joue la montre", "neg", 2, "coop", "q")
p(D, "n'a plus rien de commun avec celui des années Biden", "pos", 1, "coop", "j")

# ---------------------------------------------------------------- a07 franceinfo live blog, Istanbul third round 23 Jul 2025
D = "a07_franceinfo_20250723"
META[D] = ("franceinfo", "2025-07-23", "2025-07-23 Russia-Ukraine talks, Istanbul (third round)")
TONE[D] = -1
p(D, "des pourparlers éclair", "neg", 1, "oth", "j")
p(D, "devait venir «couronner» un accord, et non le précéder", "neg", 1, "oth", "q", note="refusal to meet now")
p(D, "le seul résultat tangible de la journée", "neg", 1, "coop", "j")
p(D, "Nous n'avons pas perdu notre temps", "pos", 1, "coop", "q", note="litotes")
p(D, "sur le fond, c'est toujours le grand écart", "neg", 2, "coop", "q")
p(D, "accusant Kiev de poser des ultimatums", "neg", 2, "conf", "q")
p(D, "Ambiance glaciale", "neg", 2, "oth", "j", note="envoyé spécial entry, no quote marks")
p(D, "Je suis prêt à rencontrer Poutine", "pos", 1, "oth", "q")
p(D, "Nous ne nous attendons à aucune percée miraculeuse", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a08 La Presse Canadienne brève, 1000-for-1000 exchange 23-25 May 2025
D = "a08_lapresse_20250525"
META[D] = ("La Presse Canadienne", "2025-05-25", "2025-05-23/25 Russia-Ukraine prisoner exchange")
TONE[D] = 0
p(D, "s'est déroulée sans accroc", "pos", 1, "coop", "q", note="'selon les autorités des deux pays'")
p(D, "n'ont guère produit d'autre résultat", "neg", 1, "coop", "j")
p(D, "se moque de la diplomatie", "neg", 2, "conf", "q")
p(D, "pourraient reprendre prochainement", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a09 La Tribune, Black Sea truce after Riyadh talks 25 Mar 2025
D = "a09_latribune_20250326"
META[D] = ("La Tribune", "2025-03-26", "2025-03-23/25 Riyadh technical talks, Black Sea truce")
TONE[D] = -1
p(D, "Moscou pose ses conditions", "neg", 1, "conf", "j")
p(D, "une étape vers un cessez-le-feu global", "pos", 1, "coop", "q", note="'y voit'")
p(D, "Moscou entend monnayer chaque concession", "neg", 2, "conf", "j")
p(D, "pas toujours facilement", "neg", 1, "oth", "q")
p(D, "dans un esprit de travail", "pos", 1, "coop", "q")
p(D, "Nous avons déjà été trompés une fois", "neg", 2, "conf", "q")
p(D, "c'est une promesse sur papier", "neg", 1, "coop", "q", note="outside analyst")
p(D, "s'accusent mutuellement de l'avoir violé", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a10 Le Devoir, Blinken-Lavrov meeting, Geneva 21 Jan 2022
D = "a10_ledevoir_20220122"
META[D] = ("Le Devoir", "2022-01-22", "2022-01-21 Blinken-Lavrov meeting, Geneva")
TONE[D] = -1
p(D, "Nous n'attendions pas de percée, et il n'y en a pas eu", "neg", 1, "coop", "q")
p(D, "une voie plus claire", "pos", 1, "coop", "q")
p(D, "entraînerait une réponse « rapide, sévère et unie » des États-Unis", "neg", 2, "conf", "q")
p(D, "ouverte", "pos", 1, "oth", "q")
p(D, "accusé Washington d'attiser l'hystérie", "neg", 2, "conf", "q")
p(D, "sans déclaration commune", "neg", 1, "oth", "j")
p(D, "Les positions restent aux antipodes", "neg", 2, "coop", "j")
p(D, "Tant qu'ils se parlent, on n'est pas dans la guerre", "pos", 1, "conf", "q")
p(D, "on s'en rapproche", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a11 L'Obs, Trump-Putin meeting, G20 Osaka 28 Jun 2019
D = "a11_lobs_20190629"
META[D] = ("L'Obs", "2019-06-29", "2019-06-28 Trump-Putin meeting, G20 Osaka")
TONE[D] = 0
p(D, "Ne vous mêlez pas de l'élection", "neu", 1, "oth", "q", note="mock admonition in the headline")
p(D, "Une entrevue tout sourire", "pos", 1, "oth", "j")
p(D, "Ne vous ingérez pas dans l'élection, s'il vous plaît", "neu", 1, "oth", "q", note="the joke itself")
p(D, "une relation formidable", "pos", 3, "coop", "q")
p(D, "dans leur intérêt mutuel", "pos", 1, "coop", "q")
p(D, "les sujets qui fâchent", "neg", 1, "conf", "q", note="sentence ends 'selon un diplomate européen'")
p(D, "au pas de course", "neg", 1, "oth", "q", note="same sentence, 'selon un diplomate européen'")
p(D, "une complicité affichée", "pos", 1, "oth", "j", note="displayed warmth, coded by the phrase")
p(D, "reste exécrable", "neg", 3, "coop", "j")

# ---------------------------------------------------------------- a12 Sud Ouest editorial, Trump-Putin call 19 May 2025
D = "a12_sudouest_20250520"
META[D] = ("Sud Ouest", "2025-05-20", "2025-05-19 Trump-Putin call")
TONE[D] = -1
p(D, "excellents", "pos", 3, "oth", "q")
p(D, "prêt à travailler", "pos", 1, "coop", "q")
p(D, "allaient ouvrir \"sans délai\" des pourparlers", "pos", 1, "coop", "q")
p(D, "chaque coup de fil est suivi des mêmes superlatifs", "neg", 1, "oth", "j")
p(D, "Elle n'a jamais vraiment été respectée", "neg", 1, "coop", "j")
p(D, "il suffisait de flatter son interlocuteur pour gagner des semaines", "neg", 2, "conf", "j")
p(D, "la complaisance tient désormais lieu de diplomatie", "neg", 2, "oth", "j",
  note="warmth framed as unhealthy: negative by the phrase itself")
p(D, "un concours d'amabilités téléphoniques", "neg", 2, "oth", "j")

# ---------------------------------------------------------------- a13 Boursorama market report, Trump-Putin call 3 Jul 2025
D = "a13_boursorama_20250704"
META[D] = ("Boursorama", "2025-07-04", "2025-07-03 Trump-Putin call (oil market report)")
TONE[D] = -1
p(D, "très déçu", "neg", 2, "coop", "q")
p(D, "n'avoir fait \"aucun progrès\" avec son homologue", "neg", 2, "coop", "q")
p(D, "se comprennent bien", "pos", 1, "coop", "q")
p(D, "Le scénario d'un accord rapide qui ramènerait davantage de brut russe sur le marché mondial s'éloigne",
  "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a14 La Dépêche du Midi, Witkoff in Moscow 6 Aug 2025, summit announced
D = "a14_ladepeche_20250807"
META[D] = ("La Dépêche du Midi", "2025-08-07", "2025-08-06 Witkoff-Putin meeting; 2025-08-07 summit agreed")
TONE[D] = 2
p(D, "un sommet Trump-Poutine", "pos", 1, "oth", "j", note="announced leaders' meeting; the quoted part is only the date")
p(D, "utile", "pos", 1, "coop", "q")
p(D, "constructive", "pos", 2, "coop", "q")
p(D, "De grands progrès ont été réalisés", "pos", 3, "coop", "q")
p(D, "cette guerre doit prendre fin", "pos", 1, "coop", "q", note="shared aim")
p(D, "s'étaient mis d'accord sur le principe d'une rencontre", "pos", 2, "oth", "q")
p(D, "Il y a de l'intérêt des deux côtés", "pos", 1, "oth", "q")
p(D, "Un spectaculaire retournement", "pos", 2, "coop", "j")
p(D, "des sourires et des poignées de main qui n'ont rien changé", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a15 L'Orient-Le Jour, Gaza ceasefire talks in Cairo 25 Aug 2024
D = "a15_lorientlejour_20240826"
META[D] = ("L'Orient-Le Jour", "2024-08-26", "2024-08-25 Israel-Hamas ceasefire talks, Cairo")
TONE[D] = -1
p(D, "s'achèvent sans accord", "neg", 1, "coop", "j")
p(D, "accuse Benjamin Netanyahu d'ajouter de nouvelles conditions à chaque round", "neg", 2, "conf", "q")
p(D, "Nous ne participerons pas à une négociation sans fin", "neg", 2, "coop", "q")
p(D, "les contacts se poursuivent", "pos", 1, "coop", "q")
p(D, "sérieuses", "pos", 1, "coop", "q", note="mediator (Washington)")
p(D, "à portée de main", "pos", 2, "coop", "q")
p(D, "une formule usée jusqu'à la corde", "neg", 1, "oth", "j")
p(D, "le fossé entre les deux camps ne s'est pas réduit d'un iota", "neg", 2, "coop", "j")
p(D, "Chacun attend que l'autre cède le premier", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a16 Radio-Canada, US-Iran talks in Muscat 12 Apr 2025
D = "a16_radiocanada_20250412"
META[D] = ("Radio-Canada", "2025-04-12", "2025-04-12 US-Iran talks, Muscat")
TONE[D] = 1
p(D, "constructives", "pos", 2, "coop", "q", note="headline quote, no speaker in the body")
p(D, "ont convenu de se revoir samedi prochain", "pos", 1, "oth", "j", note="agreement predicate, no quote marks")
p(D, "ont siégé dans des salles séparées", "neu", 1, "oth", "j")
p(D, "se sont toutefois parlé directement", "pos", 1, "oth", "q", note="incise 'a indiqué Téhéran'")
p(D, "La base d'une négociation commence à se dessiner", "pos", 1, "coop", "q")
p(D, "un pas en avant", "pos", 2, "coop", "q")
p(D, "La méfiance reste profonde", "neg", 2, "conf", "j")
p(D, "a menacé l'Iran de bombardements", "neg", 2, "conf", "q")
p(D, "L'important, c'est que le canal existe", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a17 Le Temps, Xi-Ma meeting in Beijing 10 Apr 2024
D = "a17_letemps_20240411"
META[D] = ("Le Temps", "2024-04-11", "2024-04-10 Xi Jinping-Ma Ying-jeou meeting, Beijing")
TONE[D] = 0
p(D, "que rien ne peut rompre", "pos", 2, "coop", "q", after="vante des liens", note="headline")
p(D, "Une rencontre chaleureuse", "pos", 1, "oth", "j")
p(D, "que rien ne peut rompre", "pos", 2, "coop", "q", after="entre les deux rives")
p(D, "cesser ses intimidations militaires", "neg", 2, "conf", "q")
p(D, "refuse tout dialogue avec le gouvernement élu de l'île", "neg", 2, "coop", "q")
p(D, "a coupé les canaux de communication officiels avec Taipei", "neg", 2, "coop", "j")
p(D, "une main tendue à une moitié de Taïwan", "pos", 1, "coop", "q")
p(D, "un poing fermé à l'autre", "neg", 2, "conf", "q")
p(D, "que Taipei a poliment déclinée", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a18 TV5Monde, India-Pakistan ceasefire 10 May 2025
D = "a18_tv5monde_20250511"
META[D] = ("TV5Monde", "2025-05-11", "2025-05-10 India-Pakistan ceasefire")
TONE[D] = 0
p(D, "un cessez-le-feu fragile", "neg", 1, "coop", "j")
p(D, "le « sang-froid » des deux gouvernements", "pos", 1, "conf", "q", note="third party (Trump) on the pair's de-escalation")
p(D, "accuser le Pakistan de violations répétées", "neg", 2, "conf", "q")
p(D, "rester « attaché » au cessez-le-feu", "pos", 1, "coop", "q")
p(D, "accusant à son tour l'armée indienne de provocations", "neg", 2, "conf", "q")
p(D, "la confiance est nulle", "neg", 3, "conf", "j")
p(D, "Aucun dialogue politique n'est prévu à ce stade", "neg", 1, "coop", "j")
p(D, "Le cessez-le-feu tient à un fil", "neg", 1, "coop", "q")
p(D, "mais il existe", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a19 Courrier des Balkans, Serbia-Kosovo talks in Ohrid 18 Mar 2023
D = "a19_courrierdesbalkans_20230319"
META[D] = ("Courrier des Balkans", "2023-03-19", "2023-03-18 Serbia-Kosovo EU-facilitated talks, Ohrid")
TONE[D] = -1
p(D, "que personne n'a signé", "neg", 1, "oth", "j")
p(D, "C'est une bonne journée pour la région", "pos", 2, "coop", "q", note="mediator (Borrell)")
p(D, "ne se sont guère parlé directement de la journée", "neg", 1, "oth", "j")
p(D, "Je n'ai rien signé", "neg", 1, "coop", "q")
p(D, "La Serbie fuit ses responsabilités", "neg", 2, "conf", "q")
p(D, "n'a cessé de patiner", "neg", 2, "coop", "j")
p(D, "deux hommes qui se détestent", "neg", 3, "conf", "q")
p(D, "c'est fragile", "neg", 1, "coop", "q")
p(D, "Mais c'est plus que ce que nous avions il y a un an", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a20 Jeune Afrique, Egypt ends GERD talks with Ethiopia 19 Dec 2023
D = "a20_jeuneafrique_20231220"
META[D] = ("Jeune Afrique", "2023-12-20", "2023-12-19 Egypt ends GERD talks with Ethiopia")
TONE[D] = -2
p(D, "claque la porte des négociations", "neg", 2, "coop", "j")
p(D, "a annoncé la fin des discussions", "neg", 2, "coop", "j", note="standfirst; announcing the end of talks, no content clause")
p(D, "les négociations sont terminées", "neg", 2, "coop", "q")
p(D, "rejeté toutes les solutions de compromis", "neg", 2, "coop", "q")
p(D, "accusé Le Caire de vouloir conserver un monopole sur les eaux du Nil", "neg", 2, "conf", "q")
p(D, "reste attachée à un règlement négocié", "pos", 1, "coop", "q")
p(D, "Cette promesse n’aura pas survécu à l’automne", "neg", 2, "coop", "j")
p(D, "une succession de rounds sans lendemain", "neg", 2, "coop", "j")
p(D, "Il n’y a plus de négociation", "neg", 2, "coop", "q")
p(D, "il n’y a qu’un rapport de force", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a21 L'Express, Trump-Kim summit in Hanoi 28 Feb 2019
D = "a21_lexpress_20190228"
META[D] = ("L'Express", "2019-02-28", "2019-02-27/28 Trump-Kim summit, Hanoi")
TONE[D] = -1
p(D, "se quittent sans accord", "neg", 2, "coop", "j")
p(D, "a été annulé, tout comme la cérémonie de signature", "neg", 1, "oth", "j")
p(D, "Loin de l'euphorie de Singapour", "neg", 1, "oth", "j")
p(D, "a viré au fiasco", "neg", 3, "coop", "j")
p(D, "très cordial", "pos", 2, "oth", "q")
p(D, "Il valait mieux ne rien signer que signer un mauvais accord", "neg", 1, "coop", "q")
p(D, "Nous restons amis", "pos", 2, "coop", "q")
p(D, "pourrait perdre l'envie de poursuivre les négociations", "neg", 1, "coop", "q")
p(D, "Aucun troisième sommet n'est au programme", "neg", 1, "oth", "j")

# ---------------------------------------------------------------- a22 TSA, Algeria ends the GME gas contract 31 Oct 2021
D = "a22_tsa_20211101"
META[D] = ("TSA", "2021-11-01", "2021-10-31 Algeria ends GME pipeline contract with Morocco")
TONE[D] = -2
p(D, "comportement hostile persistant", "neg", 2, "conf", "q")
p(D, "n'ont plus de relations diplomatiques depuis le 24 août", "neg", 2, "coop", "j")
p(D, "franchit ainsi un nouveau palier", "neg", 2, "conf", "j")
p(D, "ouvrir une nouvelle page", "pos", 1, "coop", "q")
