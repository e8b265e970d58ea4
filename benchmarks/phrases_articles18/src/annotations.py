"""Gold framing phrases and article tone for phrases_articles18 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 Le Figaro, Alaska summit 15 Aug 2025
D = "a01_lefigaro_20250816"
META[D] = ("Le Figaro", "2025-08-16", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = 0
p(D, "affichent leur entente", "pos", 1, "coop", "j", note="headline")
p(D, "repartent les mains vides", "neg", 2, "coop", "j", note="headline")
p(D, "plus détendue que prévu", "pos", 2, "oth", "j")
p(D, "n'ont rien conclu", "neg", 2, "coop", "j")
p(D, "Le déjeuner de travail prévu avec les délégations élargies a été annulé", "neg", 1, "oth", "j", note="meeting form: lunch cut")
p(D, "Nous nous comprenons mieux", "pos", 2, "coop", "q")
p(D, "un accueil de bon voisin", "pos", 2, "oth", "q")
p(D, "beaucoup avancé", "pos", 2, "coop", "q")
p(D, "Sur le fond, rien", "neg", 2, "coop", "j")
p(D, "un prix à payer", "neg", 2, "conf", "q", note="past threat")
p(D, "positive", "pos", 1, "coop", "q")
p(D, "évoqué une prochaine étape à Moscou", "pos", 1, "oth", "j", note="évoquer + NP is topic-only, so journalist voice")
p(D, "visiblement à l'aise l'un avec l'autre", "pos", 2, "oth", "j")
p(D, "cette familiarité peut produire autre chose que des images", "neg", 1, "coop", "j")
p(D, "Pas de cessez-le-feu, pas de calendrier, pas de document signé", "neg", 1, "coop", "j", note="added in review")
p(D, "Reste une impression étrange", "neu", 1, "oth", "j", note="added in review")

# ---------------------------------------------------------------- a02 Le Parisien, call 16 Oct 2025 and Budapest project
D = "a02_leparisien_20251017"
META[D] = ("Le Parisien", "2025-10-17", "2025-10-16 Trump-Putin call; Budapest summit announced")
TONE[D] = 1
p(D, "vont se revoir à Budapest", "pos", 1, "oth", "j", note="headline; planned leaders' meeting")
p(D, "ont convenu de se retrouver en Hongrie", "pos", 1, "oth", "j", note="agreement predicate without quote marks: journalist")
p(D, "excellent", "pos", 3, "coop", "q")
p(D, "de vrais progrès", "pos", 2, "coop", "q")
p(D, "sans détour", "neu", 1, "oth", "q")
p(D, "féliciter chaleureusement son homologue", "pos", 2, "oth", "q", note="inside 'Selon lui'")
p(D, "abîmerait sérieusement", "neg", 2, "conf", "q", note="warning")
p(D, "se sont mis d'accord pour que leurs équipes se rencontrent", "pos", 1, "coop", "j")
p(D, "une manœuvre de Moscou pour gagner du temps", "neg", 1, "conf", "q", note="Kyiv officials, third party on the pair's call")
p(D, "c'est comme ça qu'on fait avancer la paix", "pos", 1, "coop", "q")
p(D, "sur une meilleure pente", "pos", 2, "coop", "q")
p(D, "préparation sérieuse", "neu", 1, "oth", "q")

# ---------------------------------------------------------------- a03 20 Minutes, Budapest summit dropped, oil sanctions
D = "a03_20minutes_20251022"
META[D] = ("20 Minutes", "2025-10-22", "2025-10-22 Budapest summit cancelled; Rosneft/Lukoil sanctions")
TONE[D] = -2
p(D, "Trump renonce au sommet de Budapest", "neg", 2, "coop", "j", note="headline")
p(D, "a été rayé de l'agenda", "neg", 2, "coop", "j")
p(D, "Je ne vais pas faire le voyage pour rien", "neg", 2, "coop", "q")
p(D, "Je m'entends bien avec lui", "pos", 1, "oth", "q")
p(D, "je ne vois rien venir", "neg", 1, "coop", "q")
p(D, "Des préparatifs au point mort", "neg", 2, "coop", "j", note="subheading")
p(D, "avait tourné court", "neg", 2, "coop", "j")
p(D, "les exigences maximales de Moscou", "neg", 1, "conf", "q", note="under 'Selon plusieurs médias américains'")
p(D, "a été abandonnée dans la foulée", "neg", 1, "coop", "q", note="same selon-sentence")
p(D, "rien ne presse", "neu", 1, "oth", "q")
p(D, "ouvert au dialogue", "pos", 1, "coop", "q")
p(D, "un président qui change d'avis plus vite que de cravate", "neg", 2, "conf", "q", note="mockery")
p(D, "sans résultat", "neg", 2, "coop", "q")
p(D, "Il n'aura pas fallu une semaine", "neg", 1, "coop", "j", note="added in review")
p(D, "Quand il y aura quelque chose à signer, on verra", "neu", 1, "coop", "q", note="added in review")
p(D, "le sommet prévu en Hongrie avec Vladimir Poutine est annulé", "neg", 2, "coop", "j", note="added in review")

# ---------------------------------------------------------------- a04 Les Echos, Dmitriev in Washington, sanctions as lever
D = "a04_lesechos_20250403"
META[D] = ("Les Échos", "2025-04-03", "2025-04-02/03 Dmitriev visit to Washington; sanctions relief demands")
TONE[D] = 0
p(D, "Moscou fait miroiter des affaires à Washington", "neg", 1, "oth", "j", note="headline")
p(D, "Une visite sans précédent depuis 2022", "pos", 1, "oth", "j")
p(D, "n'a débouché sur aucun engagement concret", "neg", 2, "coop", "j")
p(D, "productives", "pos", 2, "coop", "q")
p(D, "des rapports de travail sains", "pos", 1, "coop", "q")
p(D, "utiles", "pos", 1, "coop", "q", note="'Côté américain, on parle ...'")
p(D, "Moscou pose ses conditions", "neg", 1, "conf", "j")
p(D, "prêt à aider", "pos", 1, "coop", "q", note="s'est dit prêt à")
p(D, "C'est un appât", "neg", 1, "oth", "q")
p(D, "pas content du tout", "neg", 1, "conf", "q")
p(D, "brandi la menace", "neg", 2, "conf", "j")
p(D, "dans la bonne direction", "pos", 1, "coop", "q")
p(D, "la récompense d'une normalisation politique", "neu", 1, "coop", "q", note="rapprochement made conditional")

# ---------------------------------------------------------------- a05 La Croix, Istanbul embassy talks 27 Feb 2025
D = "a05_lacroix_20250228"
META[D] = ("La Croix", "2025-02-28", "2025-02-27 US-Russia embassy talks, Istanbul")
TONE[D] = 1
p(D, "remettent en marche les ambassades", "pos", 1, "coop", "j", note="headline")
p(D, "sans éclat", "neu", 1, "oth", "j")
p(D, "encourageante", "pos", 1, "coop", "q", note="que les deux capitales jugent ...")
p(D, "réduit les ambassades à des effectifs squelettiques", "neg", 2, "coop", "j", note="past hostility recalled")
p(D, "Un premier pas utile", "pos", 1, "coop", "q", note="quoted subheading, unattributed")
p(D, "substantiels", "pos", 1, "coop", "q")
p(D, "sans polémique", "pos", 1, "oth", "q")
p(D, "y voir plus clair", "pos", 1, "coop", "q")
p(D, "Personne ne s'attendait à des miracles", "neu", 1, "oth", "q")
p(D, "envisagent une relation qui dure", "pos", 2, "coop", "q")
p(D, "Washington n'a pris aucun engagement", "neg", 1, "coop", "j")
p(D, "Cette reprise du dialogue", "pos", 1, "coop", "j")
p(D, "la confiance reste mince", "neg", 1, "conf", "j")

# ---------------------------------------------------------------- a06 L'Humanite, Putin suspends New START 21 Feb 2023
D = "a06_lhumanite_20230222"
META[D] = ("L'Humanité", "2023-02-22", "2023-02-21 Russia suspends New START participation")
TONE[D] = -2
p(D, "le dernier verrou saute", "neg", 2, "coop", "j", note="headline")
p(D, "le contrôle des armements ne tient plus qu'à un fil", "neg", 2, "coop", "j")
p(D, "affaiblir la Russie pour toujours", "neg", 3, "conf", "q", note="accusation")
p(D, "avait été annulée au dernier moment par la partie russe", "neg", 2, "coop", "j")
p(D, "une erreur grave", "neg", 2, "conf", "q")
p(D, "la porte reste ouverte", "pos", 1, "coop", "q")
p(D, "garder un pied dans la porte", "pos", 1, "coop", "q", note="selon plusieurs experts")
p(D, "revoie de fond en comble", "neg", 1, "conf", "q")
p(D, "hostile", "neg", 2, "conf", "q")
p(D, "Le dialogue stratégique entre Russes et Américains est en miettes", "neg", 3, "coop", "q")
p(D, "Il n'y a plus de canal, plus de rendez-vous, plus de confiance", "neg", 2, "coop", "q", note="one list, coded once")
p(D, "les instruments de la détente se sont effondrés un à un", "neg", 2, "coop", "j")
p(D, "Washington et Moscou ne se parlent presque plus", "neg", 2, "coop", "j")
p(D, "il ne s'agissait pas d'un retrait formel", "neu", 1, "coop", "q", note="added in review")
p(D, "ne pas respecter ses obligations en matière d'inspections", "neg", 1, "conf", "q", note="added in review")
p(D, "se tiendrait prête à procéder à un essai nucléaire si les États-Unis en réalisaient un les premiers", "neg", 2, "conf", "q", note="added in review")

# ---------------------------------------------------------------- a07 Le Point, Helsinki summit 16 Jul 2018
D = "a07_lepoint_20180717"
META[D] = ("Le Point", "2018-07-17", "2018-07-16 Trump-Putin summit, Helsinki")
TONE[D] = 1
p(D, "s'affichent complices", "pos", 2, "oth", "j", note="headline")
p(D, "un tête-à-tête de plus de deux heures", "pos", 1, "oth", "j", note="meeting form")
p(D, "ont affiché une proximité rare", "pos", 2, "oth", "j")
p(D, "très sincères", "pos", 2, "oth", "q")
p(D, "longtemps mal gérée", "neg", 1, "coop", "q")
p(D, "repartir sur de bonnes bases", "pos", 2, "coop", "q")
p(D, "utiles", "pos", 1, "coop", "q")
p(D, "a offert à son hôte un ballon officiel", "pos", 1, "oth", "j", note="gesture")
p(D, "relancer les discussions sur la maîtrise des armements", "pos", 1, "coop", "q", note="ont dit vouloir + inf")
p(D, "ils ont constaté que leurs positions restaient opposées", "neg", 1, "conf", "j")
p(D, "très convaincant", "pos", 2, "conf", "q", note="trust in the other's denial")
p(D, "journée de honte", "neg", 2, "oth", "q", note="US senators on Trump's stance toward Putin")
p(D, "mieux que réussie", "pos", 2, "coop", "q")
p(D, "les républicains eux-mêmes s'étranglent", "neg", 1, "oth", "j", note="added in review")
p(D, "Tollé à Washington", "neg", 1, "oth", "j", note="added in review")
p(D, "L'épisode a provoqué une volée de critiques", "neg", 1, "oth", "j", note="added in review")

# ---------------------------------------------------------------- a08 Marianne, Trump-Putin call 18 Mar 2025
D = "a08_marianne_20250319"
META[D] = ("Marianne", "2025-03-19", "2025-03-18 Trump-Putin call; energy strike pause")
TONE[D] = -1
p(D, "une trêve en trompe-l'œil", "neg", 2, "coop", "j", note="headline")
p(D, "aurait fait patienter son homologue près d'une heure", "neg", 1, "oth", "q", note="selon plusieurs médias russes")
p(D, "Autant dire une fin de non-recevoir", "neg", 2, "coop", "j")
p(D, "une avancée vers la paix", "pos", 2, "coop", "q")
p(D, "amical", "pos", 2, "oth", "q")
p(D, "intérêt mutuel", "pos", 1, "coop", "q")
p(D, "proposé d'organiser des matchs entre joueurs russes et américains", "pos", 1, "coop", "q")
p(D, "la scène serait comique", "neg", 1, "oth", "j", note="journalist's mockery of the talks")
p(D, "violée dans la nuit", "neg", 2, "coop", "q")
p(D, "Une relation à sens unique", "neg", 2, "coop", "j", note="subheading")
p(D, "Je crois qu'il veut la paix", "pos", 1, "conf", "q", note="trust")
p(D, "deux hommes qui se respectent", "pos", 2, "oth", "q")
p(D, "le seul résultat tangible de ce marathon téléphonique", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a09 Mediapart, Witkoff with Putin 6 Aug 2025
D = "a09_mediapart_20250807"
META[D] = ("Mediapart", "2025-08-07", "2025-08-06 Witkoff-Putin meeting, Moscow")
TONE[D] = -1
p(D, "obtient un sommet, et rien d'autre", "neg", 1, "coop", "j", note="headline")
p(D, "sans diplomate de carrière, sans compte rendu écrit", "neg", 1, "oth", "j")
p(D, "la promesse d'une rencontre entre les deux présidents", "pos", 1, "oth", "j")
p(D, "Moscou n'a rien lâché", "neg", 2, "conf", "j")
p(D, "sans spécialiste de la Russie ni interprète du département d'État, s'en remettant au traducteur du Kremlin", "neg", 1, "oth", "q", note="under 'Selon plusieurs sources diplomatiques américaines'")
p(D, "une rencontre très instructive", "pos", 2, "coop", "q")
p(D, "on se rapproche", "pos", 2, "coop", "q")
p(D, "un sommet entre les deux présidents se tiendrait", "pos", 1, "oth", "q")
p(D, "improvisée", "neg", 1, "oth", "q")
p(D, "Witkoff revient de Moscou avec la version russe des choses", "neg", 2, "oth", "q")
p(D, "L'ultimatum semble avoir été remplacé par la perspective d'un sommet", "pos", 1, "conf", "j", note="threat dropped")
p(D, "approche pragmatique", "pos", 1, "oth", "q")
p(D, "Les exigences russes n'ont pas bougé d'un pouce", "neg", 2, "conf", "j")
p(D, "la diplomatie parallèle de Trump", "neg", 1, "oth", "j", note="added in review")

# ---------------------------------------------------------------- a10 France 24, second Istanbul round 10 Apr 2025
D = "a10_france24_20250411"
META[D] = ("France 24", "2025-04-11", "2025-04-10 US-Russia embassy talks, Istanbul (2nd round); Karelina-Petrov swap")
TONE[D] = 0
p(D, "sans avancée sur les vols directs", "neg", 1, "coop", "j", note="headline")
p(D, "utiles", "pos", 1, "coop", "q")
p(D, "stabiliser", "pos", 1, "coop", "q")
p(D, "Un accord a été trouvé", "pos", 1, "coop", "j", note="outcome of the talks (content of the deal not coded)")
p(D, "Nous avançons à petits pas, mais nous avançons", "pos", 1, "coop", "q")
p(D, "professionnelles", "pos", 1, "coop", "q")
p(D, "sans éclats de voix", "pos", 1, "oth", "q")
p(D, "Washington refuse toujours de rendre les six propriétés diplomatiques", "neg", 1, "conf", "q", note="inside 'tout en déplorant que'")
p(D, "la partie américaine n'a pas donné suite", "neg", 1, "coop", "j")
p(D, "le rythme semble marquer le pas", "neg", 1, "coop", "j")
p(D, "agacé par la lenteur des discussions", "neg", 1, "coop", "q", note="s'est dit agacé")
p(D, "Un geste salué par le directeur de la CIA", "pos", 1, "coop", "j", note="saluer with no content is not speech (GUIDELINES): journalist; changed from quoted in review")
p(D, "dialogue de confiance", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a11 Euronews, EU-China summit 24 Jul 2025
D = "a11_euronews_20250724"
META[D] = ("Euronews (French)", "2025-07-24", "2025-07-24 EU-China summit, Beijing")
TONE[D] = -1
p(D, "un anniversaire sans fête", "neg", 1, "oth", "j", note="headline")
p(D, "marqué par des divergences profondes", "neg", 2, "conf", "j")
p(D, "a été ramené à une seule journée", "neg", 1, "oth", "j", note="meeting form: summit shortened")
p(D, "Il n'y a pas eu de conférence de presse commune", "neg", 1, "oth", "j")
p(D, "Nous nous sommes dit les choses clairement", "neu", 1, "oth", "q")
p(D, "faire les bons choix stratégiques", "neg", 1, "conf", "q")
p(D, "ont plus à gagner ensemble qu'à se faire concurrence", "pos", 2, "coop", "q")
p(D, "au cœur des tensions", "neg", 1, "conf", "j", note="subheading")
p(D, "le fossé reste entier", "neg", 2, "conf", "j")
p(D, "seul point d'accord", "neu", 1, "coop", "j", note="subheading")
p(D, "la preuve que nous pouvons encore agir ensemble", "pos", 2, "coop", "q")
p(D, "d'une relation de partenaires à une relation de rivaux qui se surveillent", "neg", 2, "conf", "q")
p(D, "Les contentieux se sont accumulés depuis un an", "neg", 1, "conf", "j", note="added in review")
p(D, "Les Européens espéraient des gestes concrets sur les terres rares", "neg", 1, "coop", "j", note="added in review")

# ---------------------------------------------------------------- a12 Le Temps, inter-Korean summit 27 Apr 2018
D = "a12_letemps_20180428"
META[D] = ("Le Temps", "2018-04-28", "2018-04-27 Moon-Kim summit, Panmunjom")
TONE[D] = 2
p(D, "une poignée de main qui fait date", "pos", 2, "oth", "j", note="headline")
p(D, "conclure la paix avant la fin de l'année", "pos", 2, "coop", "q", note="promettent de + inf")
p(D, "Reste à savoir ce que vaudront ces engagements", "neu", 1, "oth", "j")
p(D, "main dans la main avec Kim", "pos", 2, "oth", "j")
p(D, "seuls, sans conseillers", "pos", 1, "oth", "j", note="tête-à-tête")
p(D, "comme deux vieilles connaissances", "pos", 2, "oth", "q")
p(D, "transformer l'armistice de 1953 en traité de paix", "pos", 2, "coop", "q", note="s'engagent à")
p(D, "cesser tous les actes hostiles le long de la frontière", "pos", 1, "conf", "q")
p(D, "visent ensemble une péninsule débarrassée des armes nucléaires", "pos", 1, "coop", "j", note="viser: attitude, not speech")
p(D, "Nous avons trop attendu ce jour", "pos", 2, "oth", "q")
p(D, "la confiance s'était installée", "pos", 2, "conf", "q")
p(D, "le texte ne dit ni quand ni comment", "neg", 1, "coop", "q")
p(D, "suivis de dix ans de gel", "neg", 1, "coop", "q")
p(D, "le premier dirigeant nord-coréen à poser le pied au Sud", "pos", 1, "oth", "j", note="added in review")
p(D, "Moon Jae-in se rendra à Pyongyang à l'automne", "pos", 1, "oth", "j", note="added in review")

# ---------------------------------------------------------------- a13 La Libre Belgique, Erdogan in Athens 7 Dec 2023
D = "a13_lalibre_20231208"
META[D] = ("La Libre Belgique", "2023-12-08", "2023-12-07 Mitsotakis-Erdogan, Athens; High-Level Cooperation Council")
TONE[D] = 2
p(D, "ouvrent une nouvelle page", "pos", 2, "coop", "j", note="headline")
p(D, "sans toucher aux différends de fond", "neg", 1, "conf", "j")
p(D, "transformé sa visite à Athènes en séance de reproches", "neg", 2, "conf", "j", note="past visit recalled")
p(D, "régler leurs différends par le dialogue", "pos", 2, "coop", "q", note="s'engagent à")
p(D, "s'abstenir de toute déclaration ou action susceptible de nuire à la paix", "pos", 1, "conf", "q")
p(D, "le ton était inhabituellement détendu", "pos", 2, "oth", "j")
p(D, "Nous avons choisi de nous parler plutôt que de nous crier dessus", "pos", 2, "coop", "q")
p(D, "mon ami Kyriakos", "pos", 2, "oth", "q")
p(D, "une mer de paix et de coopération", "pos", 2, "coop", "q")
p(D, "il ne lui adresserait plus la parole", "neg", 2, "conf", "q", note="past hostility recalled")
p(D, "rien n'a été réglé sur le fond", "neg", 1, "coop", "j")
p(D, "empoisonnent les relations depuis cinquante ans", "neg", 2, "conf", "j")
p(D, "sont convenus de se revoir au printemps à Ankara", "pos", 1, "oth", "j")
p(D, "ont signé une déclaration d'amitié", "pos", 1, "coop", "j", note="added in review")

# ---------------------------------------------------------------- a14 Le Devoir, US halts diplomacy with Caracas
D = "a14_ledevoir_20251007"
META[D] = ("Le Devoir", "2025-10-07", "2025-10 Trump halts Grenell's outreach to Maduro")
TONE[D] = -2
p(D, "coupe les ponts avec Caracas", "neg", 3, "coop", "j", note="headline")
p(D, "l'arrêt des contacts diplomatiques", "neg", 2, "coop", "q", note="selon le New York Times")
p(D, "Le canal est fermé", "neg", 2, "coop", "j")
p(D, "cesser toute discussion avec les autorités vénézuéliennes", "neg", 2, "coop", "q")
p(D, "exaspéré par le refus de Caracas", "neg", 1, "conf", "q")
p(D, "toutes les options", "neg", 1, "conf", "q", note="veiled threat")
p(D, "illégitime", "neg", 2, "conf", "q")
p(D, "une rencontre étonnamment courtoise", "pos", 2, "oth", "j", note="January visit recalled")
p(D, "Ces gestes n'ont pas survécu à l'escalade militaire", "neg", 2, "coop", "j")
p(D, "un dialogue direct, d'homme à homme", "pos", 1, "coop", "q")
p(D, "n'a jamais fermé la porte", "pos", 1, "coop", "q")
p(D, "ont choisi les bombes plutôt que la parole", "neg", 2, "conf", "q")
p(D, "enlève la dernière soupape de sécurité", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a15 Radio-Canada, Trump-Putin call 3 Jul 2025
D = "a15_radiocanada_20250703"
META[D] = ("Radio-Canada", "2025-07-03", "2025-07-03 Trump-Putin call")
TONE[D] = -1
p(D, "toujours sans percée", "neg", 2, "coop", "j", note="headline")
p(D, "par un constat d'échec", "neg", 2, "coop", "q", note="attributed by 'de l'aveu même du président américain'")
p(D, "Je ne suis pas content", "neg", 1, "conf", "q")
p(D, "On n'a pas avancé d'un centimètre", "neg", 2, "coop", "q")
p(D, "Je ne crois pas qu'il soit prêt", "neg", 1, "coop", "q")
p(D, "sans animosité", "pos", 1, "oth", "q")
p(D, "ne renoncerait pas à ses objectifs en Ukraine", "neg", 1, "conf", "q")
p(D, "souhaité à Donald Trump une bonne fête de l'Indépendance", "pos", 1, "oth", "q", note="inside Ushakov's précisé que")
p(D, "convenu de rester en contact", "pos", 1, "coop", "j")
p(D, "Une relation qui s'use", "neg", 2, "coop", "j", note="subheading")
p(D, "Son ton à l'égard de son homologue se durcit de semaine en semaine", "neg", 2, "conf", "j")
p(D, "se moquer du monde", "neg", 2, "conf", "q")
p(D, "Poutine parle beaucoup et ne cède rien", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a16 Le Monde Afrique, GERD inauguration 9 Sep 2025
D = "a16_lemondeafrique_20250910"
META[D] = ("Le Monde Afrique", "2025-09-10", "2025-09-09 GERD inauguration; Egypt's letter to the UN Security Council")
TONE[D] = -2
p(D, "l’Egypte crie à la violation", "neg", 2, "conf", "j", note="headline")
p(D, "politique du fait accompli", "neg", 2, "conf", "q")
p(D, "Ce barrage n’est pas une menace", "pos", 1, "conf", "q")
p(D, "tourner la page des soupçons", "pos", 1, "conf", "q")
p(D, "Ni l’Egypte ni le Soudan n’étaient représentés à la cérémonie", "neg", 1, "oth", "j")
p(D, "violation flagrante du droit international", "neg", 3, "conf", "q")
p(D, "prendre toutes les mesures", "neg", 2, "conf", "q", note="threat")
p(D, "une menace existentielle", "neg", 2, "conf", "q", note="'Pour l’Egypte, ...'")
p(D, "ont échoué une dernière fois en décembre 2023", "neg", 2, "coop", "j")
p(D, "vouloir préserver des droits hérités de l’époque coloniale", "neg", 1, "conf", "q", note="accuse ... de")
p(D, "avoir négocié pour gagner du temps", "neg", 1, "conf", "q", note="reproche ... de")
p(D, "Le dialogue est aujourd’hui rompu", "neg", 2, "coop", "q")
p(D, "une hostilité durable", "neg", 2, "conf", "q")

# ---------------------------------------------------------------- a17 L'Orient-Le Jour, Rubio-Lavrov in Riyadh 18 Feb 2025
D = "a17_lorientlejour_20250219"
META[D] = ("L'Orient-Le Jour", "2025-02-19", "2025-02-18 Rubio-Lavrov talks, Riyadh")
TONE[D] = 2
p(D, "s'accordent sur une feuille de route", "pos", 2, "coop", "j", note="headline")
p(D, "ont convenu de rétablir le fonctionnement de leurs ambassades", "pos", 1, "coop", "j")
p(D, "préparer un sommet entre Donald Trump et Vladimir Poutine", "pos", 1, "oth", "j")
p(D, "ont repris langue au plus haut niveau diplomatique", "pos", 2, "coop", "j")
p(D, "sérieuse", "pos", 1, "coop", "q")
p(D, "agréable", "pos", 1, "oth", "q")
p(D, "Nous avons ouvert une porte", "pos", 2, "coop", "q")
p(D, "se sont entendues sur trois objectifs", "pos", 1, "coop", "q", note="Selon le département d'Etat")
p(D, "travailler à une fin de la guerre en Ukraine", "pos", 1, "coop", "q", note="shared aim")
p(D, "explorer les perspectives de coopération économique", "pos", 1, "coop", "q")
p(D, "réduites à la portion congrue par des années d'expulsions croisées", "neg", 1, "coop", "j", note="past state recalled")
p(D, "possible", "pos", 1, "oth", "q", note="possible leaders' meeting")
p(D, "aucun accord conclu dans son dos", "neg", 1, "oth", "q", note="Zelensky, third party, on the talks as exclusive")

# ---------------------------------------------------------------- a18 Sud Ouest, Alaska summit announced 8-9 Aug 2025
D = "a18_sudouest_20250809"
META[D] = ("Sud Ouest", "2025-08-09", "2025-08-08/09 Alaska summit announced and confirmed")
TONE[D] = 1
p(D, "se retrouveront en Alaska", "pos", 1, "oth", "j", note="headline")
p(D, "qui peut tout changer", "pos", 2, "coop", "q")
p(D, "prêt à bouger", "pos", 1, "coop", "q")
p(D, "naturel entre deux voisins", "pos", 1, "oth", "q")
p(D, "avait invité son homologue à se rendre en Russie", "pos", 1, "oth", "q", note="inside indiqué que")
p(D, "les moyens d'un règlement à long terme", "pos", 1, "coop", "q", note="shared aim")
p(D, "Une première depuis Genève", "pos", 1, "oth", "j", note="subheading")
p(D, "met aussi fin, de fait, à l'ultimatum", "pos", 1, "conf", "j")
p(D, "ne cachait plus son agacement envers le maître du Kremlin", "neg", 1, "conf", "j")
p(D, "Kiev redoute d'être écarté", "neg", 1, "oth", "j", note="subheading; talks framed as exclusive")
p(D, "sans avoir rien concédé", "neg", 1, "conf", "q")
p(D, "appels sans lendemain", "neg", 1, "coop", "q")
p(D, "est en soi une bonne nouvelle", "pos", 1, "coop", "q")
p(D, "l'inquiétude domine", "neg", 1, "oth", "j", note="added in review")

# ---------------------------------------------------------------- a19 Nice-Matin, Trump-Putin call 19 May 2025
D = "a19_nicematin_20250520"
META[D] = ("Nice-Matin", "2025-05-20", "2025-05-19 Trump-Putin call")
TONE[D] = 1
p(D, "une promesse de négociations", "pos", 1, "coop", "j", note="headline")
p(D, "beaucoup d'inconnues", "neu", 1, "oth", "j", note="headline")
p(D, "n'a pas caché sa satisfaction", "pos", 1, "coop", "j")
p(D, "d'une grande qualité", "pos", 2, "coop", "q")
p(D, "sans tarder", "pos", 1, "coop", "q")
p(D, "tout à fait utile", "pos", 1, "coop", "q")
p(D, "un commerce gigantesque", "pos", 1, "coop", "q")
p(D, "quand ils le veulent", "pos", 1, "oth", "q")
p(D, "Le ton était à l'optimisme", "pos", 1, "oth", "j")
p(D, "menaçait encore Moscou une semaine plus tôt de mesures très dures", "neg", 2, "conf", "j", note="recent threat recalled")
p(D, "n'a pas accepté cette trêve inconditionnelle", "neg", 1, "coop", "j")
p(D, "sans rien céder sur l'essentiel", "neg", 1, "conf", "q")
p(D, "semblent vouloir aller dans la même direction", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a20 RFI, DRC-Rwanda accord in Washington 27 Jun 2025
D = "a20_rfi_20250628"
META[D] = ("RFI", "2025-06-28", "2025-06-27 DRC-Rwanda peace agreement signed in Washington")
TONE[D] = 0
p(D, "entre soulagement et méfiance", "neu", 1, "oth", "j", note="headline")
p(D, "Poignée de main devant les caméras", "pos", 1, "oth", "j")
p(D, "Nous tournons une page douloureuse", "pos", 2, "coop", "q")
p(D, "un texte équilibré", "pos", 1, "coop", "q")
p(D, "de bonne foi", "pos", 1, "conf", "q")
p(D, "Les promesses passées n'ont pas été tenues", "neg", 2, "coop", "q")
p(D, "Des relations au plus bas depuis des années", "neg", 2, "coop", "j", note="subheading")
p(D, "les rapports sont exécrables", "neg", 3, "conf", "j")
p(D, "soutenir militairement cette rébellion", "neg", 2, "conf", "q", note="accuse ... de")
p(D, "rompre ses relations diplomatiques avec Kigali", "neg", 2, "coop", "j")
p(D, "recevoir prochainement les présidents Félix Tshisekedi et Paul Kagame", "pos", 1, "oth", "q", note="a promis de; planned leaders' meeting")
p(D, "l'accord est accueilli avec un haussement d'épaules", "neg", 1, "oth", "j")
p(D, "Les accords, on en a vu passer", "neg", 1, "coop", "q")

