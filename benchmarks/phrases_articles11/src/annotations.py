"""Gold framing phrases and article tone for phrases_articles11 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 Reuters, Trump-Putin summit, Helsinki 16 Jul 2018
D = "a01_reuters_20180716"
META[D] = ("Reuters (French wire)", "2018-07-16", "2018-07-16 Trump-Putin summit, Helsinki")
TONE[D] = 1
p(D, "affichent leur entente", "pos", 2, "coop", "j")
p(D, "le point de départ d'une relation plus apaisée", "pos", 2, "coop", "q", note="ont présenté ... comme: attributed to both leaders, no quote marks")
p(D, "mal gérées pendant des années", "neg", 1, "coop", "q", note="past of the relation, blamed on predecessors")
p(D, "regarder devant plutôt que derrière", "pos", 1, "coop", "q")
p(D, "directes et denses, sans détour", "pos", 1, "oth", "q")
p(D, "Aucune avancée concrète n'a toutefois été annoncée", "neg", 2, "coop", "j")
p(D, "sont convenus de maintenir des contacts réguliers", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "une faiblesse coupable face au Kremlin", "neg", 2, "oth", "q", note="US domestic reproach: Trump's stance toward Moscow judged too soft; doubtful")
p(D, "Sur le fond, rien n'a bougé", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a02 Sputnik (state media), Anchorage summit 15 Aug 2025
D = "a02_sputnik_20250816"
META[D] = ("Sputnik Afrique", "2025-08-16", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = 2
p(D, "reprennent langue au plus haut niveau", "pos", 2, "coop", "j")
p(D, "dans une atmosphère de respect mutuel", "pos", 2, "oth", "j", note="state media, warmth in its own voice")
p(D, "conversation approfondie et sincère", "pos", 2, "oth", "q")
p(D, "a remercié son homologue pour son accueil", "pos", 1, "oth", "q", note="thanks to the host: courtesy toward the other side")
p(D, "riche et fructueuse", "pos", 2, "coop", "q")
p(D, "aucun document n'a été signé à Anchorage", "neg", 1, "coop", "j", note="concession (Certes ...), answered by the next phrase")
p(D, "les deux dirigeants se sont compris", "pos", 2, "coop", "j")
p(D, "avait fait le choix de la confrontation", "neg", 2, "conf", "j", note="previous US administration vs Russia")
p(D, "a proposé que la prochaine rencontre se tienne à Moscou", "pos", 1, "oth", "q", note="invitation")
p(D, "Un dialogue d'adultes", "pos", 1, "oth", "q", note="«Lire aussi» line with quote marks (Peskov)")

# ---------------------------------------------------------------- a03 Libération editorial, Anchorage summit
D = "a03_liberation_20250816"
META[D] = ("Libération (editorial)", "2025-08-16", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = -2
p(D, "le tapis rouge", "pos", 1, "oth", "j", note="displayed warmth, used ironically by the editorial; coded by what it says about the relation")
p(D, "le vide", "neg", 2, "coop", "j")
p(D, "les applaudissements de Donald Trump", "pos", 1, "oth", "j", note="displayed warmth, ironic context")
p(D, "Et puis il n'y a rien eu", "neg", 2, "coop", "j")
p(D, "l'un des plus creux de l'histoire récente", "neg", 3, "coop", "j")
p(D, "base solide pour la suite", "pos", 2, "coop", "q")
p(D, "moment remarquable", "pos", 2, "oth", "q")
p(D, "la seule chose qu'il était venu chercher: la photo", "neg", 2, "oth", "j")
p(D, "un marché de dupes", "neg", 3, "coop", "j")
p(D, "La diplomatie de la flatterie a ses limites", "neg", 2, "oth", "j")

# ---------------------------------------------------------------- a04 Le Monde, Russia-Ukraine talks, Istanbul 16 May 2025
D = "a04_lemonde_20250516"
META[D] = ("Le Monde", "2025-05-16", "2025-05-16 Russia-Ukraine direct talks, Istanbul (Dolmabahçe)")
TONE[D] = -1
p(D, "ont tourné court", "neg", 2, "coop", "j")
p(D, "les deux délégations aient accepté de s’asseoir à la même table", "pos", 1, "oth", "q", note="Turkish mediator")
p(D, "base de travail acceptable", "pos", 1, "coop", "q", note="qualifier de + quoted NP")
p(D, "revenir à la table aussi souvent qu’il le faudra", "pos", 1, "coop", "q")
p(D, "avoir pris note de la demande ukrainienne", "neu", 1, "oth", "q", note="non-committal answer to the request for a leaders' meeting")
p(D, "Ils ne sont pas venus pour négocier", "neg", 2, "coop", "q")
p(D, "ils sont venus pour dicter", "neg", 2, "conf", "q")
p(D, "Le récit ukrainien est nettement plus sombre", "neg", 1, "oth", "j", note="journalist contrasts the two accounts of the talks")
p(D, "Sur le fond, les positions restent très éloignées", "neg", 2, "coop", "j")
p(D, "d’exécutants", "neg", 2, "oth", "q", note="Zelensky on the Russian delegation's level")

# ---------------------------------------------------------------- a05 Le Parisien live blog, Istanbul second round 2 Jun 2025
D = "a05_leparisien_20250602"
META[D] = ("Le Parisien (live blog)", "2025-06-02", "2025-06-02 Russia-Ukraine second round, Istanbul (Ciragan)")
TONE[D] = -1
p(D, "a duré à peine plus d'une heure", "neg", 1, "oth", "j", note="à peine: brevity of the meeting")
p(D, "sans avancée sur un cessez-le-feu", "neg", 2, "coop", "j")
p(D, "une question pour plus tard, beaucoup plus tard", "neg", 1, "oth", "q", note="no leaders' meeting planned")
p(D, "Sur l'humanitaire, nous avons avancé", "pos", 1, "coop", "q")
p(D, "Pour le reste, tout est bloqué", "neg", 2, "coop", "q")
p(D, "a proposé une rencontre entre les deux présidents avant la fin du mois de juin", "pos", 1, "oth", "q")
p(D, "Une liste de capitulation", "neg", 3, "conf", "q")
p(D, "sans éclats de voix", "pos", 1, "oth", "q")
p(D, "Atmosphère tendue", "neg", 2, "conf", "j", note="envoyé spécial entry, no quote marks")
p(D, "a jugé « encourageant » le simple fait que les deux parties continuent de se voir", "pos", 1, "coop", "q", note="mixed span, mediator")

# ---------------------------------------------------------------- a06 La Libre Belgique, Trump-Putin call 18 Mar 2025
D = "a06_lalibre_20250319"
META[D] = ("La Libre Belgique", "2025-03-19", "2025-03-18 Trump-Putin call, 30-day energy strike moratorium")
TONE[D] = 1
p(D, "affiché leur volonté commune d'avancer vers un règlement", "pos", 2, "coop", "q", note="stance verb + NP carrying the position")
p(D, "a toutefois refusé le cessez-le-feu général de 30 jours", "neg", 1, "coop", "q", note="refusal of the other side's proposal")
p(D, "Nous parlons le même langage, Vladimir et moi", "pos", 2, "coop", "q")
p(D, "plus sobre", "neu", 1, "oth", "j", note="journalist on the Kremlin readout's manner")
p(D, "axée sur le concret", "pos", 1, "coop", "q")
p(D, "Moscou pose ses conditions", "neg", 1, "conf", "j", note="hardline conditions; the list itself is not coded")
p(D, "Un progrès réel, quoique limité", "pos", 1, "coop", "j", note="hedged")
p(D, "Poutine dit une chose à Washington et en fait une autre chez nous", "neg", 2, "conf", "q")
p(D, "Moscou accepte volontiers ce qui ne lui coûte rien", "neg", 1, "coop", "q")
p(D, "que Washington et Moscou se reparlent à ce niveau, c'est un changement considérable", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a07 Tribune de Genève, Budapest summit shelved 22 Oct 2025
D = "a07_tdg_20251022"
META[D] = ("Tribune de Genève", "2025-10-22", "2025-10-21/22 Trump-Putin Budapest summit shelved; Rosneft/Lukoil sanctions")
TONE[D] = -2
p(D, "renvoyé aux calendes grecques", "neg", 2, "oth", "j")
p(D, "a mis en suspens la rencontre prévue en Hongrie", "neg", 1, "oth", "j")
p(D, "L'embellie n'aura duré qu'une semaine", "neg", 2, "coop", "j")
p(D, "prometteur", "pos", 1, "coop", "q")
p(D, "aucune rencontre n'était envisagée dans un avenir proche", "neg", 1, "oth", "q")
p(D, "le refus de Moscou de s'engager sérieusement dans un processus de paix", "neg", 2, "coop", "q", note="US justification of the sanctions")
p(D, "conversations qui tournent en rond", "neg", 2, "coop", "j")
p(D, "on affiche le calme", "neu", 1, "oth", "j")
p(D, "ouverte à une rencontre", "pos", 1, "oth", "q")
p(D, "On a voulu le sommet avant la négociation", "neg", 1, "oth", "q")

# ---------------------------------------------------------------- a08 Zonebourse markets report, Trump-Putin call 12 Feb 2025
D = "a08_zonebourse_20250213"
META[D] = ("Zonebourse (markets report)", "2025-02-13", "2025-02-12 Trump-Putin call (one paragraph in a markets report)")
TONE[D] = 1
p(D, "l'espoir d'une sortie de crise en Ukraine", "pos", 1, "coop", "j")
p(D, "sont convenus que leurs équipes engageraient des discussions sur l'Ukraine", "pos", 1, "coop", "j", note="agreement to negotiate")
p(D, "a ravivé les espoirs d'un règlement du conflit", "pos", 2, "coop", "j")
p(D, "respectueux", "pos", 1, "oth", "q")
p(D, "Personne ne sait encore ce que ces négociations donneront", "neu", 1, "oth", "q", note="uncertainty")

# ---------------------------------------------------------------- a09 20 Minutes brève, Karelina-Petrov exchange 10 Apr 2025
D = "a09_20minutes_20250410"
META[D] = ("20 Minutes (brève, avec AFP)", "2025-04-10", "2025-04-10 US-Russia prisoner exchange, Abu Dhabi (Karelina-Petrov)")
TONE[D] = 0
p(D, "C'est la preuve que nos deux pays peuvent encore se parler", "pos", 2, "coop", "q")
p(D, "positif", "pos", 1, "coop", "q")
p(D, "mettant en garde contre toute attente excessive", "neu", 1, "oth", "q", note="cautious stance, no direction")
p(D, "Les relations entre les deux pays restent très dégradées", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a10 Le Courrier du Vietnam, APEC Da Nang 11 Nov 2017
D = "a10_courrierduvietnam_20171112"
META[D] = ("Le Courrier du Vietnam", "2017-11-12", "2017-11-11 Trump-Putin at APEC Da Nang, joint statement on Syria, no formal meeting")
TONE[D] = 0
p(D, "sans tête-à-tête formel", "neg", 1, "oth", "j")
p(D, "n'a finalement pas eu lieu", "neg", 1, "oth", "j")
p(D, "Dommage, mais ce n'est que partie remise", "pos", 1, "oth", "q")
p(D, "une poignée de main amicale", "pos", 1, "oth", "j")
p(D, "Nous nous sommes salués comme de vieilles connaissances", "pos", 1, "oth", "q")
p(D, "dans un esprit de compromis", "pos", 1, "coop", "q")
p(D, "la coopération entre Moscou et Washington reste possible sur certains dossiers", "pos", 1, "coop", "j", note="hedged")
p(D, "minées depuis des mois", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a11 Le Figaro, Armenia-Azerbaijan at the White House 8 Aug 2025
D = "a11_lefigaro_20250808"
META[D] = ("Le Figaro", "2025-08-08", "2025-08-08 Aliyev-Pashinyan joint declaration and initialled peace text, Washington")
TONE[D] = 2
p(D, "scellent leur réconciliation", "pos", 3, "coop", "j")
p(D, "Une scène que personne n’aurait osé prédire il y a deux ans", "pos", 2, "coop", "j")
p(D, "Nous avons choisi la paix plutôt que la revanche", "pos", 2, "coop", "q")
p(D, "un voisinage enfin apaisé", "pos", 2, "coop", "q")
p(D, "Ces deux hommes se font confiance", "pos", 2, "conf", "q", note="trust = easing of conflict")
p(D, "Le traité n’est toutefois que paraphé", "neg", 1, "coop", "j")
p(D, "longtemps parmi les plus hostiles du Caucase", "neg", 2, "conf", "j", note="past state of the relation")
p(D, "le virage est net", "pos", 2, "coop", "j")
p(D, "chacun a plus à perdre qu’à gagner à une reprise des hostilités", "pos", 1, "conf", "q")

# ---------------------------------------------------------------- a12 Les Echos, US-China Geneva tariff truce 12 May 2025
D = "a12_lesechos_20250512"
META[D] = ("Les Echos", "2025-05-12", "2025-05-10/12 US-China trade talks, Geneva; 90-day tariff truce")
TONE[D] = 2
p(D, "rangent les armes commerciales", "pos", 2, "conf", "j", note="easing of conflict")
p(D, "Une trêve bien plus large qu'attendu", "pos", 2, "coop", "j")
p(D, "sont convenus de mettre en place un mécanisme permanent de consultation", "pos", 1, "coop", "j", note="agreement to keep talking")
p(D, "Chacun est venu pour conclure", "pos", 2, "coop", "q")
p(D, "quand les deux parties s'écoutent, les problèmes trouvent leur solution", "pos", 2, "coop", "q")
p(D, "s'est montré plus réservé", "neu", 1, "oth", "j")
p(D, "prévenu que Pékin ne transigerait pas sur ses intérêts fondamentaux", "neg", 1, "conf", "q")
p(D, "On passe d'un embargo de fait à une relation commerciale simplement tendue", "pos", 1, "conf", "q", note="improvement stated with a negative word")
p(D, "Reste à savoir ce qu'il en restera dans trois mois", "neu", 1, "oth", "j")

# ---------------------------------------------------------------- a13 Xinhua (state media), Saudi-Iran deal in Beijing 10 Mar 2023
D = "a13_xinhua_20230310"
META[D] = ("Xinhua (French service)", "2023-03-10", "2023-03-10 Saudi Arabia-Iran agree to restore relations, Beijing")
TONE[D] = 2
p(D, "conviennent de rétablir leurs relations diplomatiques", "pos", 2, "coop", "j", note="headline")
p(D, "sont convenus de rétablir leurs relations diplomatiques", "pos", 2, "coop", "q", note="selon une déclaration trilatérale")
p(D, "dans un climat de confiance et d'amitié", "pos", 2, "oth", "j", note="state media, own voice")
p(D, "la sincérité dont les deux parties ont fait preuve", "pos", 2, "oth", "q", note="mediator (Wang Yi)")
p(D, "sereines et sans arrière-pensées", "pos", 2, "oth", "q", note="two adjectives kept as one span")
p(D, "une relation apaisée et durable", "pos", 2, "coop", "q")
p(D, "referment ainsi la parenthèse de la rupture de 2016", "pos", 2, "coop", "j")
p(D, "ce rapprochement historique", "pos", 3, "coop", "q", note="Des analystes estiment que")

# ---------------------------------------------------------------- a14 APS (state agency), France-Algeria expulsions 15 Apr 2025
D = "a14_aps_20250415"
META[D] = ("APS (Algérie Presse Service)", "2025-04-15", "2025-04-13/15 France-Algeria tit-for-tat expulsions, French ambassador recalled")
TONE[D] = -2
p(D, "dénonce une nouvelle provocation française", "neg", 2, "conf", "q", note="headline, dénoncer + NP")
p(D, "une fuite en avant que rien ne justifie", "neg", 2, "conf", "q")
p(D, "Cette nouvelle provocation", "neg", 2, "conf", "j", note="state agency, own voice")
p(D, "vient ruiner", "neg", 3, "coop", "j")
p(D, "la dynamique de décrispation amorcée", "pos", 1, "coop", "j", note="past easing")
p(D, "débarrassée de ses vieux réflexes", "pos", 1, "coop", "q")
p(D, "n'a jamais caché son hostilité envers l'Algérie", "neg", 2, "conf", "j")
p(D, "choix délibéré de l'escalade", "neg", 2, "conf", "q")
p(D, "une crise profonde", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a15 RTBF, Japan-China crisis over Taiwan remarks 19 Nov 2025
D = "a15_rtbf_20251119"
META[D] = ("RTBF info", "2025-11-19", "2025-11 Japan-China crisis after Takaichi's Taiwan remarks; Kanai-Liu consultations")
TONE[D] = -2
p(D, "la crise s'installe", "neg", 2, "conf", "j")
p(D, "n'ont rien apaisé", "neg", 2, "coop", "j")
p(D, "les mains dans les poches", "neg", 2, "oth", "j", note="gesture toward the other side's envoy")
p(D, "Le Japon doit mesurer les conséquences de ses paroles", "neg", 2, "conf", "q", note="threat")
p(D, "nous ne fermerons aucun canal", "pos", 1, "coop", "q", note="negated closing = openness")
p(D, "au plus bas depuis la crise des îles Senkaku de 2012", "neg", 2, "coop", "j")
p(D, "s'était pourtant déroulée dans un climat apaisé", "pos", 1, "oth", "j", note="earlier meeting, contrast")
p(D, "Pékin veut faire un exemple", "neg", 2, "conf", "q")
p(D, "aucune sortie de crise rapide n'est envisageable", "neg", 2, "coop", "q", note="Selon lui")

# ---------------------------------------------------------------- a16 Alwihda Info (Chad), Jeddah declaration 11 May 2023
D = "a16_alwihda_20230512"
META[D] = ("Alwihda Info (Chad)", "2023-05-12", "2023-05-11 Sudan SAF-RSF Jeddah declaration on protecting civilians")
TONE[D] = 1
p(D, "un espoir pour l'Est du Tchad", "pos", 1, "coop", "j")
p(D, "un engagement encourageant", "pos", 2, "coop", "q", note="mediators (Riyadh and Washington)")
p(D, "intenses mais respectueux", "pos", 1, "oth", "q")
p(D, "Un texte inespéré il y a encore deux semaines", "pos", 2, "coop", "j")
p(D, "avec la volonté d'aboutir", "pos", 1, "coop", "q")
p(D, "a exclu toute négociation politique", "neg", 2, "coop", "q", note="refusal of political talks")
p(D, "continuent de s'accuser mutuellement de violer les trêves successives", "neg", 2, "conf", "q")
p(D, "C'est mince", "neg", 1, "coop", "q")
p(D, "c'est un début", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a17 Le Point column, Erdogan in Athens 7 Dec 2023
D = "a17_lepoint_20231208"
META[D] = ("Le Point (column)", "2023-12-08", "2023-12-07 Erdogan visit to Athens, Greece-Turkey joint declaration")
TONE[D] = 0
p(D, "l'amitié, jusqu'à nouvel ordre", "neu", 1, "coop", "j", note="friendship undercut by an ironic hedge; doubtful polarity")
p(D, "une visite orageuse", "neg", 2, "conf", "j", note="the 2017 visit")
p(D, "à deux doigts d'un incident naval majeur", "neg", 2, "conf", "j", note="2020")
p(D, "Nous avons choisi de nous parler plutôt que de nous défier", "pos", 2, "conf", "q")
p(D, "On peut être en désaccord sans être adversaires", "pos", 2, "conf", "q")
p(D, "rien n'est réglé", "neg", 2, "coop", "j")
p(D, "La détente est réelle", "pos", 2, "conf", "j")
p(D, "elle repose sur bien peu de chose", "neg", 1, "oth", "j")
p(D, "on compte désormais les protocoles d'accord, ce qui vaut toujours mieux", "pos", 1, "coop", "j", note="ironic")

# ---------------------------------------------------------------- a18 RFI, Vucic barred from Jasenovac 17 Jul 2022
D = "a18_rfi_20220718"
META[D] = ("RFI", "2022-07-18", "2022-07-17 Croatia bars Vucic's private visit to Jasenovac")
TONE[D] = -1
p(D, "ravive la discorde", "neg", 2, "conf", "j")
p(D, "la visite n'était pas la bienvenue", "neg", 2, "conf", "q")
p(D, "une humiliation délibérée", "neg", 2, "conf", "q")
p(D, "C'est une question de procédure, rien de plus", "pos", 1, "conf", "q", note="downplaying the incident")
p(D, "ouvert au dialogue avec Belgrade", "pos", 1, "coop", "q")
p(D, "a menacé Zagreb de mesures de réciprocité", "neg", 2, "conf", "q")
p(D, "Nous ne voulons pas d'une crise avec nos voisins", "pos", 1, "conf", "q")
p(D, "des relations déjà empoisonnées", "neg", 2, "conf", "j")
p(D, "Chaque commémoration devient un champ de bataille symbolique", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a19 France-Antilles, Argyle meeting Guyana-Venezuela 14 Dec 2023
D = "a19_franceantilles_20231215"
META[D] = ("France-Antilles Martinique", "2023-12-15", "2023-12-14 Ali-Maduro meeting, Argyle (St Vincent), joint declaration")
TONE[D] = 1
p(D, "on se parle", "pos", 1, "coop", "j")
p(D, "on ne lâche rien", "neg", 1, "conf", "j")
p(D, "a permis de faire retomber la fièvre", "pos", 2, "conf", "j")
p(D, "se sont engagés à ne recourir ni à la menace ni à l'usage de la force l'un contre l'autre", "pos", 2, "conf", "q", note="s'engager à + infinitive")
p(D, "une nouvelle rencontre entre les deux présidents est prévue au Brésil d'ici trois mois", "pos", 1, "oth", "j")
p(D, "Nous sommes venus en voisins, pas en ennemis", "pos", 2, "conf", "q")
p(D, "Nous ne céderons pas un mètre carré", "neg", 2, "conf", "q")
p(D, "le différend territorial reste entier", "neg", 2, "conf", "j")
p(D, "On a évité le pire, c'est déjà beaucoup", "pos", 1, "conf", "q")

# ---------------------------------------------------------------- a20 Le Nouvelliste editorial, Grenell in Caracas 31 Jan 2025
D = "a20_lenouvelliste_20250203"
META[D] = ("Le Nouvelliste (Haiti, editorial)", "2025-02-03", "2025-01-31 Grenell received by Maduro in Caracas, six Americans freed")
TONE[D] = -1
p(D, "un marchandage plus qu'une réconciliation", "neg", 2, "coop", "j")
p(D, "Nous avons parlé avec respect", "pos", 1, "oth", "q")
p(D, "nous avons trouvé des points d'accord", "pos", 2, "coop", "q")
p(D, "la visite ne valait pas reconnaissance du régime", "neg", 1, "coop", "q", note="on s'est empressé de préciser que")
p(D, "On aurait tort d'y voir une lune de miel", "neg", 2, "coop", "j")
p(D, "un donnant-donnant sans états d'âme", "neu", 1, "oth", "j", note="transactional framing, no direction")
p(D, "un début de reconnaissance de fait", "pos", 1, "coop", "j")
p(D, "une politique de pression maximale", "neg", 2, "conf", "j", note="past (2019-2020)")
