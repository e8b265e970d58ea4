"""Gold framing phrases and article tone for phrases_articles34 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Theme of the set: "the day after a call" (pieces written the day of or after a Trump-Putin call or meeting).
"""


# ---------------------------------------------------------------- a01 AFP wire, Trump-Putin call 12 Feb 2025
D = "a01_afp_20250212"
META[D] = ("AFP (French wire)", "2025-02-12", "2025-02-12 Trump-Putin call")
TONE[D] = 1
p(D, "conviennent de lancer des négociations", "pos", 2, "coop", "j")
p(D, "sont convenus d'ouvrir", "pos", 2, "coop", "j")
p(D, "Nous sommes tombés d'accord", "pos", 2, "coop", "q")
p(D, "fructueux de bout en bout", "pos", 3, "coop", "q")
p(D, "a invité le président américain à se rendre à Moscou", "pos", 1, "oth", "q")
p(D, "s'attendre à rencontrer Vladimir Poutine", "pos", 1, "oth", "q", note="a dit + infinitive")
p(D, "sur la bonne voie", "pos", 2, "coop", "q")
p(D, "reviennent à une approche rationnelle", "pos", 2, "coop", "q")


# ---------------------------------------------------------------- a02 Le Parisien (scraped), day after the 12 Feb 2025 call
D = "a02_leparisien_20250213"
META[D] = ("Le Parisien", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[D] = 1
p(D, "mis fin mercredi à trois ans de silence radio", "pos", 2, "coop", "j")
p(D, "Une rencontre en face-à-face pourrait suivre rapidement", "pos", 1, "oth", "j")
p(D, "Nous allons avancer ensemble, et vite", "pos", 2, "coop", "q")
p(D, "substantiel", "pos", 1, "coop", "q")
p(D, "très franc", "pos", 2, "oth", "q")
p(D, "invité son homologue à Moscou", "pos", 1, "oth", "q", note="selon lui")
p(D, "c'en est fini des échanges glacés de l'ère Biden", "pos", 2, "coop", "q", note="pour les observateurs; ending of a cold spell")
p(D, "sort de l'isolement", "pos", 1, "coop", "q")
p(D, "sans avoir rien lâché sur le fond", "neg", 1, "conf", "q")
p(D, "un tête-à-tête dont ils ont été tenus à l'écart", "neg", 1, "oth", "j", note="exclusive talks")


# ---------------------------------------------------------------- a03 La Libre Belgique analysis, day after the 12 Feb 2025 call
D = "a03_lalibre_20250213"
META[D] = ("La Libre Belgique", "2025-02-13", "2025-02-12 Trump-Putin call")
TONE[D] = 0
p(D, "une lune de miel", "pos", 2, "coop", "j", note="headline")
p(D, "se sont promis de négocier la fin de la guerre", "pos", 1, "coop", "q", note="standfirst; se promettre de, joint")
p(D, "tombées à leur plus bas niveau depuis la fin de l'URSS", "neg", 3, "coop", "j", note="past freeze recalled")
p(D, "Il veut la paix, j'en suis convaincu", "pos", 2, "conf", "q", note="trust in the other side")
p(D, "apprécions la volonté de la nouvelle administration de dialoguer", "pos", 2, "coop", "q")
p(D, "n'a pas bougé d'un iota sur ses exigences", "neg", 2, "conf", "j")
p(D, "une atmosphère de connivence", "neg", 1, "oth", "j", note="closeness judged negatively")
p(D, "deux hommes qui se flattent mutuellement", "pos", 1, "oth", "q")
p(D, "Rien ne garantit, toutefois, que ces discussions aboutiront", "neg", 1, "oth", "j")
p(D, "des promesses d'entente avec Moscou, qui s'étaient fracassées", "neg", 2, "coop", "j", note="first term recalled")


# ---------------------------------------------------------------- a04 Le Monde, day after the 18 Mar 2025 call
D = "a04_lemonde_20250319"
META[D] = ("Le Monde", "2025-03-19", "2025-03-18 Trump-Putin call")
TONE[D] = -1
p(D, "n'accorde qu'une trêve en trompe-l'œil", "neg", 2, "coop", "j", note="headline")
p(D, "s'est permis de faire patienter son interlocuteur", "neg", 1, "oth", "j")
p(D, "a répondu positivement à la proposition américaine", "pos", 1, "coop", "q", note="selon le compte rendu russe")
p(D, "C'est un premier pas important", "pos", 2, "coop", "q")
p(D, "très bien passé", "pos", 2, "coop", "q")
p(D, "Moscou n'a rien cédé", "neg", 2, "conf", "j")
p(D, "l'a de fait enterrée", "neg", 2, "coop", "j", note="the general truce")
p(D, "semble se résigner à une approche par étapes", "neg", 1, "coop", "j")
p(D, "Poutine dit une chose à Washington et en fait une autre chez nous", "neg", 2, "conf", "q", note="Zelensky; Russia-Ukraine distrust")
p(D, "juste assez pour qu'il ne se fâche pas", "neg", 1, "coop", "q")


# ---------------------------------------------------------------- a05 RFI, evening of the 18 Mar 2025 call
D = "a05_rfi_20250318"
META[D] = ("RFI", "2025-03-18", "2025-03-18 Trump-Putin call")
TONE[D] = 0
p(D, "partagent la conviction que cette guerre doit prendre fin", "pos", 2, "coop", "q")
p(D, "pas un cessez-le-feu", "neg", 1, "coop", "j", note="headline")
p(D, "a rejeté l'idée d'un cessez-le-feu immédiat et complet", "neg", 1, "coop", "j")
p(D, "a posé ses conditions", "neg", 1, "conf", "j")
p(D, "accueillie favorablement", "pos", 1, "coop", "q", note="selon Ouchakov")
p(D, "se sont en outre promis de se reparler rapidement", "pos", 1, "coop", "q", note="se promettre de = reported speech; incise a-t-il ajouté")
p(D, "une avancée réelle mais limitée", "pos", 1, "coop", "q", note="pour X")
p(D, "Ce n'est ni une percée ni un échec", "neu", 1, "coop", "q")


# ---------------------------------------------------------------- a06 Ouest-France, day after the 18 Mar 2025 call (Rennes angle)
D = "a06_ouestfrance_20250319"
META[D] = ("Ouest-France", "2025-03-19", "2025-03-18 Trump-Putin call")
TONE[D] = 1
p(D, "Une première mesure concrète", "pos", 1, "coop", "j", note="standfirst")
p(D, "se sont mis d'accord sur une mesure concrète", "pos", 2, "coop", "j")
p(D, "une conversation remarquable", "pos", 2, "coop", "q")
p(D, "le dialogue est établi et il fonctionne", "pos", 2, "coop", "q")
p(D, "Le chemin vers un cessez-le-feu complet reste pourtant long", "neg", 1, "coop", "j")
p(D, "ne se parlaient plus qu'à travers des intermédiaires", "neg", 2, "coop", "q", note="past freeze recalled by the expert")
p(D, "il existe un canal direct au plus haut niveau", "pos", 1, "coop", "q")
p(D, "une désescalade encore fragile", "pos", 1, "conf", "q")
p(D, "nous ne croyons plus aux promesses de Poutine", "neg", 2, "conf", "q", note="Ukrainian refugee; Russia-Ukraine distrust")


# ---------------------------------------------------------------- a07 franceinfo, evening of the 19 May 2025 call
D = "a07_franceinfo_20250519"
META[D] = ("franceinfo", "2025-05-19", "2025-05-19 Trump-Putin call")
TONE[D] = 0
p(D, "toujours pas de cessez-le-feu", "neg", 1, "coop", "j", note="headline")
p(D, "échange approfondi", "pos", 1, "coop", "q")
p(D, "Dans l'ensemble, nous avançons dans le bon sens", "pos", 2, "coop", "q")
p(D, "L'atmosphère était formidable", "pos", 3, "oth", "q")
p(D, "se mettre à négocier sans délai", "pos", 1, "coop", "q", note="Russia-Ukraine talks as announced by Trump")
p(D, "pouvait l'appeler à tout moment", "pos", 1, "oth", "q", note="selon Ouchakov, nested Trump words")
p(D, "Sur le fond, les lignes n'ont guère bougé", "neg", 1, "coop", "j")
p(D, "a une nouvelle fois réussi à gagner du temps", "neg", 1, "coop", "q")


# ---------------------------------------------------------------- a08 Le Temps (Swiss), day after the 19 May 2025 call
D = "a08_letemps_20250520"
META[D] = ("Le Temps (Switzerland)", "2025-05-20", "2025-05-19 Trump-Putin call")
TONE[D] = -1
p(D, "beaucoup de mots, peu d'engagements", "neg", 2, "coop", "j", note="headline")
p(D, "le Kremlin se félicite", "pos", 1, "oth", "j")
p(D, "Aucune avancée concrète", "neg", 2, "coop", "j")
p(D, "très utile", "pos", 2, "coop", "q", note="on jugeait")
p(D, "durcir les sanctions si Moscou ne faisait pas un geste", "neg", 1, "conf", "q", note="Rubio's earlier threat, évoquait")
p(D, "Il y a une vraie chance", "pos", 1, "coop", "q")
p(D, "je prendrai du recul", "neg", 1, "coop", "q")
p(D, "paraît ainsi se contenter d'un rôle de facilitateur", "neg", 1, "coop", "j")
p(D, "il suffisait de parler à Donald Trump pour ne pas avoir à céder", "neg", 2, "conf", "q")
p(D, "La relation personnelle entre les deux hommes est devenue une fin en soi", "neg", 1, "oth", "q")


# ---------------------------------------------------------------- a09 Le HuffPost (scraped), day after the 19 May 2025 call
D = "a09_huffpost_20250520"
META[D] = ("Le HuffPost", "2025-05-20", "2025-05-19 Trump-Putin call")
TONE[D] = -1
p(D, "Trump repart les mains vides", "neg", 2, "coop", "j", note="headline")
p(D, "n'a obtenu ni trêve ni calendrier", "neg", 1, "coop", "j", note="standfirst")
p(D, "beaucoup d'attente, peu de résultats", "neg", 2, "coop", "j")
p(D, "comme un succès", "pos", 2, "coop", "q", note="présenter comme; joint")
p(D, "Pas de cessez-le-feu de trente jours", "neg", 1, "coop", "j")
p(D, "n'a pas bougé d'un pouce sur ses exigences territoriales", "neg", 2, "conf", "j")
p(D, "Je sens que ça va bouger", "pos", 1, "coop", "q")
p(D, "semble avoir rangé le bâton", "pos", 1, "conf", "j", note="softer US stance toward Moscow")
p(D, "Trump traite Poutine comme un partenaire d'affaires", "pos", 1, "coop", "q", note="warm relation, said critically")
p(D, "c'est du temps gagné", "neg", 1, "coop", "q")


# ---------------------------------------------------------------- a10 Sputnik Afrique (state media), day after the Anchorage summit
D = "a10_sputnikafrique_20250816"
META[D] = ("Sputnik Afrique", "2025-08-16", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = 2
p(D, "posent les jalons d'une nouvelle relation", "pos", 2, "coop", "j", note="headline, state media own voice")
p(D, "Nous nous sommes écoutés l'un l'autre", "pos", 2, "coop", "q")
p(D, "Je serais heureux de vous accueillir à Moscou", "pos", 1, "oth", "q", note="invitation")
p(D, "on a fait un sacré bout de chemin", "pos", 2, "coop", "q")
p(D, "un accord global n'était pas encore conclu", "neg", 1, "coop", "q", note="reconnaître que")
p(D, "excellente", "pos", 3, "coop", "q", note="qualifier de, the relation")
p(D, "dans un esprit de travail, sans crispation", "pos", 2, "oth", "q")
p(D, "Aucun accord formel n'a certes été signé", "neg", 1, "coop", "j")
p(D, "une page de défiance semble se tourner", "pos", 2, "conf", "j")
p(D, "Quand les deux grandes puissances nucléaires se parlent, c'est le monde entier qui respire", "pos", 2, "coop", "q")


# ---------------------------------------------------------------- a11 Libération (scraped, paywalled), day after the Anchorage summit
D = "a11_liberation_20250816"
META[D] = ("Libération", "2025-08-16", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = -2
p(D, "Trump déroule le tapis rouge", "pos", 1, "oth", "j", note="headline; the welcome, framed ironically")
p(D, "Poutine rafle la mise", "neg", 2, "conf", "j", note="headline; talks as a contest won by one side")
p(D, "sans rien concéder", "neg", 2, "conf", "j")
p(D, "expédiée en douze minutes", "neg", 2, "oth", "j", note="press conference")
p(D, "Nous n'y sommes pas encore", "neg", 1, "coop", "q")
p(D, "Un sommet sans accord", "neg", 2, "coop", "j")
p(D, "extraordinaire", "pos", 3, "coop", "q", note="qualifier de")
p(D, "n'a rien lâché", "neg", 2, "conf", "j")
p(D, "Il sort pourtant de trois ans d'isolement par la grande porte", "pos", 1, "coop", "j")
p(D, "On a assisté à une réhabilitation, pas à une négociation", "neg", 2, "oth", "q")


# ---------------------------------------------------------------- a12 Radio-Canada (scraped), day after the Anchorage summit
D = "a12_radiocanada_20250816"
META[D] = ("Radio-Canada (ICI Info)", "2025-08-16", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = 0
p(D, "pas d'entente sur l'Ukraine", "neg", 2, "coop", "j", note="headline")
p(D, "sans avancée concrète", "neg", 2, "coop", "j")
p(D, "affiché une complicité évidente", "pos", 2, "oth", "j")
p(D, "Nous nous sommes bien compris", "pos", 2, "coop", "q")
p(D, "entendus sur beaucoup de choses", "pos", 2, "coop", "q", note="mixed clause")
p(D, "ont montré qu'ils pouvaient se parler", "pos", 1, "coop", "q")
p(D, "ça ne règle rien sur le terrain", "neg", 1, "coop", "q")


# ---------------------------------------------------------------- a13 Le Soleil (Senegal, scraped), two days after the Anchorage summit
D = "a13_lesoleil_20250817"
META[D] = ("Le Soleil (Senegal)", "2025-08-17", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = 1
p(D, "renouent le fil du dialogue", "pos", 2, "coop", "j", note="headline")
p(D, "une conversation utile, qui a permis de mieux nous comprendre", "pos", 2, "coop", "q")
p(D, "beaucoup avancé", "pos", 2, "coop", "q")
p(D, "les divergences demeurent profondes", "neg", 2, "conf", "j")
p(D, "la reprise du dialogue entre les deux puissances", "pos", 1, "coop", "q", note="AU chair salue; third party on the pair")
p(D, "Ce sommet ouvre une porte", "pos", 1, "coop", "q")


# ---------------------------------------------------------------- a14 Les Echos, day after the 16 Oct 2025 call (markets angle)
D = "a14_lesechos_20251017"
META[D] = ("Les Echos", "2025-10-17", "2025-10-16 Trump-Putin call; Budapest summit announced")
TONE[D] = 1
p(D, "relancent l'idée d'un sommet", "pos", 1, "oth", "j", note="headline")
p(D, "se sont donné rendez-vous à Budapest", "pos", 1, "oth", "j")
p(D, "étaient convenus de se voir à Budapest", "pos", 1, "oth", "q", note="inside a annoncé que")
p(D, "Des avancées majeures ont été faites aujourd'hui", "pos", 3, "coop", "q")
p(D, "porteraient un coup sérieux aux relations entre nos deux pays", "neg", 2, "conf", "q", note="warning on Tomahawks")
p(D, "signe de rapprochement entre Washington et Moscou", "pos", 1, "coop", "q")


# ---------------------------------------------------------------- a15 20 Minutes (scraped, reader comments), day after the 16 Oct 2025 call
D = "a15_20minutes_20251017"
META[D] = ("20 Minutes", "2025-10-17", "2025-10-16 Trump-Putin call; Budapest summit announced")
TONE[D] = 0
p(D, "se sont mis d'accord pour se revoir", "pos", 1, "oth", "j")
p(D, "Je crois qu'il veut en finir", "pos", 1, "conf", "q", note="trust in the other side")
p(D, "Les présidents se sont entendus sur le principe", "pos", 1, "coop", "q")
p(D, "cela peut prendre du temps", "neu", 1, "oth", "q")
p(D, "abîmeraient sérieusement", "neg", 2, "conf", "q", note="selon Ouchakov, Putin's warning")
p(D, "Poutine n'appelle que lorsqu'il a peur", "neg", 1, "conf", "q", note="Zelensky")
p(D, "s'étaient quittés sur des promesses", "neg", 1, "coop", "j")
p(D, "le premier n'a rien donné", "neg", 1, "coop", "q")


# ---------------------------------------------------------------- a16 Le Point, the Budapest summit called off (22 Oct 2025)
D = "a16_lepoint_20251022"
META[D] = ("Le Point", "2025-10-22", "2025-10-16 Trump-Putin call; Budapest summit called off 2025-10-21/22")
TONE[D] = -2
p(D, "Sommet de Budapest enterré", "neg", 2, "oth", "j", note="headline")
p(D, "Trump hausse le ton face à Poutine", "neg", 2, "conf", "j", note="headline")
p(D, "pas à l'ordre du jour", "neg", 1, "oth", "q", note="a fait savoir; the meeting")
p(D, "productif", "pos", 1, "coop", "q", note="Rubio-Lavrov call, qualifié de")
p(D, "la position russe n'avait pas changé", "neg", 1, "conf", "q")
p(D, "on se parle bien", "pos", 1, "oth", "q")
p(D, "je n'ai pas l'impression qu'on avance", "neg", 2, "coop", "q")
p(D, "Un tournant dans sa relation avec le Kremlin", "neg", 2, "conf", "j", note="first major sanctions")
p(D, "La méthode de la séduction a atteint ses limites", "neg", 2, "coop", "q")


# ---------------------------------------------------------------- a17 Mediapart (scraped, paywall, truncated), day after the Budapest summit was called off
D = "a17_mediapart_20251023"
META[D] = ("Mediapart", "2025-10-23", "Budapest summit called off 2025-10-22; sanctions on Rosneft and Lukoil")
TONE[D] = -2
p(D, "la fin des illusions téléphoniques", "neg", 2, "coop", "j", note="headline")
p(D, "Huit appels, un sommet, zéro cessez-le-feu", "neg", 2, "coop", "j")
p(D, "Le bilan de cette diplomatie du coup de fil est donc maigre", "neg", 2, "coop", "j")
p(D, "n'a jamais produit le moindre résultat sur le terrain", "neg", 2, "coop", "j")
p(D, "un geste hostile, qui n'aide en rien à rétablir la relation", "neg", 2, "conf", "q")
p(D, "Nous restons ouverts à la discussion", "pos", 1, "coop", "q")
p(D, "pas sous la pression", "neg", 1, "conf", "q")
p(D, "Moscou n'a cédé sur aucune de ses exigences", "neg", 2, "conf", "j")
p(D, "Washington, en revanche, a multiplié les gestes", "pos", 1, "conf", "j", note="US concessions toward Moscow")
p(D, "Poutine a joué Trump de bout en bout", "neg", 2, "conf", "q")


# ---------------------------------------------------------------- a18 Le Figaro, Helsinki summit (16 Jul 2018)
D = "a18_lefigaro_20180717"
META[D] = ("Le Figaro", "2018-07-17", "2018-07-16 Trump-Putin summit, Helsinki")
TONE[D] = 1
p(D, "scellent leur rapprochement", "pos", 2, "coop", "j", note="headline")
p(D, "une entente sans nuage", "pos", 2, "coop", "j")
p(D, "ont échangé sourires et compliments", "pos", 2, "oth", "j")
p(D, "Nos pays se sont trop longtemps ignorés", "neg", 2, "coop", "q", note="past estrangement recalled by Trump")
p(D, "nous avons commencé à réparer cela", "pos", 2, "coop", "q")
p(D, "très productive", "pos", 2, "coop", "q")
p(D, "Sur le fond, cependant, peu de choses concrètes", "neg", 1, "coop", "j")
p(D, "s'est refusé à désavouer son hôte", "pos", 1, "conf", "j", note="conciliatory stance on meddling")
p(D, "une complaisance inacceptable envers le Kremlin", "neg", 2, "oth", "q", note="US senator on Trump's stance")
p(D, "bien meilleure qu'attendu", "pos", 2, "coop", "q")


# ---------------------------------------------------------------- a19 Le Devoir (Quebec, scraped, reader comments), Helsinki summit
D = "a19_ledevoir_20180717"
META[D] = ("Le Devoir (Quebec)", "2018-07-17", "2018-07-16 Trump-Putin summit, Helsinki")
TONE[D] = -1
p(D, "beaucoup de chaleur", "pos", 1, "oth", "j", note="headline")
p(D, "bien peu de substance", "neg", 2, "coop", "j", note="headline")
p(D, "sans le moindre engagement concret de Moscou", "neg", 2, "coop", "j")
p(D, "Aucune annonce concrète n'en est sortie", "neg", 1, "coop", "j")
p(D, "conversation directe et très ouverte", "pos", 2, "oth", "q")
p(D, "dégager des terrains d'entente", "pos", 2, "coop", "q")
p(D, "a choisi de ne pas contredire son homologue", "pos", 1, "conf", "j", note="conciliatory stance on meddling")
p(D, "une victoire diplomatique sans rien obtenir en retour", "neg", 1, "conf", "q", note="pour bien des observateurs")
p(D, "Trump s'est comporté en invité plutôt qu'en négociateur", "neg", 1, "oth", "q")
p(D, "reste marquée par une profonde méfiance", "neg", 2, "conf", "q", note="le chercheur rappelle que")


# ---------------------------------------------------------------- a20 Sud Ouest (regional, Cognac angle), first Trump-Putin call 28 Jan 2017
D = "a20_sudouest_20170129"
META[D] = ("Sud Ouest", "2017-01-29", "2017-01-28 Trump-Putin call")
TONE[D] = 2
p(D, "le ton est à la réconciliation", "pos", 2, "coop", "j", note="headline")
p(D, "ont promis de coopérer", "pos", 2, "coop", "q", note="promettre de; joint")
p(D, "l'heure est visiblement au rapprochement", "pos", 2, "coop", "j")
p(D, "chaleureux", "pos", 2, "oth", "q")
p(D, "unir leurs efforts", "pos", 2, "coop", "q", note="convenir de + quote marks")
p(D, "un échange prometteur", "pos", 2, "coop", "q")
p(D, "convenu de préparer une rencontre", "pos", 1, "oth", "j", note="agreement predicate without quote marks")
p(D, "des années de brouille sous Barack Obama", "neg", 2, "coop", "j", note="past estrangement recalled")
p(D, "C'est la conversation la plus positive entre les deux capitales depuis au moins 2012", "pos", 3, "coop", "q")
