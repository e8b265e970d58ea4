"""Gold framing phrases and article tone for phrases_articles31 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
Theme: what a press database returns on the Trump-Putin relation (2017-2025).
"""


# ---------------------------------------------------------------- a01 Le Figaro, Helsinki summit
D = "a01_lefigaro_20180716"
META[D] = ("Le Figaro", "2018-07-16", "2018-07-16 Trump-Putin summit, Helsinki")
TONE[D] = 0
p(D, "affichent leur entente", "pos", 2, "coop", "j", note="headline")
p(D, "une relation extraordinaire", "pos", 3, "coop", "q")
p(D, "Une complicité revendiquée", "pos", 2, "oth", "j", note="subheading")
p(D, "très concret", "pos", 2, "coop", "q")
p(D, "des divergences subsistent", "neg", 1, "conf", "q")
p(D, "un vrai bond en avant", "pos", 2, "coop", "q")
p(D, "Aucun accord concret n'a toutefois été annoncé", "neg", 2, "coop", "j")
p(D, "sont convenus de poursuivre le dialogue", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "une capitulation en direct", "neg", 3, "oth", "q", note="US senator on Trump's stance toward Putin")

# ---------------------------------------------------------------- a02 Le Temps, Helsinki analysis
D = "a02_letemps_20180717"
META[D] = ("Le Temps (Switzerland)", "2018-07-17", "2018-07-16 Trump-Putin summit, Helsinki")
TONE[D] = -1
p(D, "un sommet pour la galerie", "neg", 2, "oth", "j", note="headline")
p(D, "le spectacle d’une entente sans précédent", "neu", 1, "oth", "j", note="ironic: entente framed as show")
p(D, "reste prisonnière des mêmes contentieux", "neg", 2, "conf", "j")
p(D, "c’est en se parlant que les deux puissances nucléaires éviteront le pire", "pos", 1, "coop", "q", note="attributed by 'Il l’a répété lundi :'")
p(D, "on ne cache pas sa satisfaction", "pos", 1, "coop", "j", note="attitude, not speech")
p(D, "au-delà de nos attentes", "pos", 2, "coop", "q")
p(D, "la glace a commencé à céder", "pos", 2, "coop", "q")
p(D, "le bilan est maigre", "neg", 2, "coop", "j")
p(D, "Aucune déclaration commune n’a été signée", "neg", 1, "coop", "j")
p(D, "la méfiance reste structurelle", "neg", 2, "conf", "j")
p(D, "les gestes d’Helsinki resteront des gestes", "neg", 1, "coop", "q")
p(D, "le dégel annoncé tient encore de la déclaration d’intention", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a03 L'Express, Da Nang APEC
D = "a03_lexpress_20171111"
META[D] = ("L'Express", "2017-11-11", "2017-11-10/11 Trump-Putin exchanges at APEC, Da Nang")
TONE[D] = 0
p(D, "se contentent de quelques échanges dans les couloirs", "neg", 1, "oth", "j", note="headline")
p(D, "Il n'y aura pas eu de photo de famille à deux", "neg", 1, "oth", "j", note="ironic")
p(D, "problèmes d'agenda des deux côtés", "neu", 1, "oth", "q")
p(D, "trouvé un terrain d'entente", "pos", 2, "coop", "j")
p(D, "normaux, et même amicaux", "pos", 2, "oth", "q")
p(D, "otages de la politique intérieure américaine", "neg", 2, "coop", "q")
p(D, "Je crois qu'il est sincère quand il le dit", "pos", 1, "conf", "q", note="trust in the other side")
p(D, "les relations se sont encore dégradées", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a04 20 Minutes, Osaka G20
D = "a04_20minutes_20190628"
META[D] = ("20 Minutes", "2019-06-28", "2019-06-28 Trump-Putin meeting, G20 Osaka")
TONE[D] = 1
p(D, "des sourires", "pos", 1, "oth", "j", note="headline")
p(D, "avait été annulé à la dernière minute par Washington", "neg", 1, "oth", "j", note="cancelled Buenos Aires meeting, background")
p(D, "l'ambiance était visiblement plus détendue", "pos", 2, "oth", "j")
p(D, "une relation formidable", "pos", 3, "coop", "q")
p(D, "atmosphère positive et professionnelle", "pos", 2, "oth", "q")
p(D, "reprendre des consultations sur la stabilité stratégique", "pos", 1, "coop", "q", note="agreement under 'selon lui'")
p(D, "invité Donald Trump à venir à Moscou", "pos", 1, "oth", "j")
p(D, "un dossier qui continue d'envenimer les relations", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a05 Sputnik France, call of 10 April 2020
D = "a05_sputnik_20200410"
META[D] = ("Sputnik France (Russian state media)", "2020-04-10", "2020-04-10 Trump-Putin call (oil, Covid-19)")
TONE[D] = 2
p(D, "s'accordent", "pos", 2, "coop", "j", note="headline")
p(D, "un dialogue désormais régulier", "pos", 2, "coop", "j")
p(D, "satisfaction quant au niveau de coordination atteint", "pos", 2, "coop", "q")
p(D, "sont convenus de maintenir des contacts personnels réguliers", "pos", 1, "coop", "j", note="agreement predicate without quote marks")
p(D, "formidable", "pos", 3, "coop", "q")
p(D, "un geste très aimable", "pos", 2, "oth", "q")
p(D, "opération de propagande", "neg", 1, "oth", "q", note="western press on the Russian aid")
p(D, "le dialogue entre nos présidents est pragmatique", "pos", 1, "coop", "q")
p(D, "l'hostilité persistante d'une partie de l'establishment américain", "neg", 2, "conf", "j")
p(D, "semblent déterminés à avancer sur les dossiers d'intérêt commun", "pos", 2, "coop", "j")
p(D, "peuvent agir de concert", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a06 Le Point, call of 1 June 2020 (G7)
D = "a06_lepoint_20200601"
META[D] = ("Le Point", "2020-06-01", "2020-06-01 Trump-Putin call (G7 invitation)")
TONE[D] = 1
p(D, "tend la main à Poutine", "pos", 2, "coop", "j", note="headline")
p(D, "concrète", "pos", 1, "coop", "q")
p(D, "un climat de bonne volonté mutuelle", "pos", 2, "oth", "q")
p(D, "les gestes de bonne volonté se multiplient entre les deux capitales", "pos", 2, "coop", "j")
p(D, "nos amis russes", "pos", 2, "coop", "q")
p(D, "affichent une cordialité", "pos", 1, "oth", "j")
p(D, "au plus bas depuis des années", "neg", 2, "coop", "j")
p(D, "sans qu'aucune négociation sérieuse n'ait été engagée", "neg", 1, "coop", "j")

# ---------------------------------------------------------------- a07 Le Pays (Burkina Faso), editorial on the 12 Feb 2025 call
D = "a07_lepays_20250214"
META[D] = ("Le Pays (Burkina Faso)", "2025-02-14", "2025-02-12 Trump-Putin call")
TONE[D] = 1
p(D, "les deux grands se reparlent", "pos", 1, "coop", "j", note="headline")
p(D, "le courant est passé", "pos", 2, "oth", "j")
p(D, "nos équipes commencent immédiatement à négocier", "pos", 2, "coop", "q")
p(D, "d'une grande densité", "pos", 1, "coop", "q", note="quote-marked fragment after 'parler de'")
p(D, "a même invité son homologue américain à Moscou", "pos", 1, "oth", "j")
p(D, "trois années de silence glacial", "neg", 2, "coop", "j", note="past state recalled")
p(D, "négociée sur le dos des Ukrainiens et des Européens", "neg", 1, "oth", "j")
p(D, "deux éléphants se battent", "neg", 1, "conf", "j", note="proverb applied to the pair")
p(D, "se font des amabilités", "pos", 1, "oth", "j")
p(D, "une concurrence sans merci", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a08 Libération, editorial on the 18 March 2025 call
D = "a08_liberation_20250319"
META[D] = ("Libération", "2025-03-19", "2025-03-18 Trump-Putin call (energy truce)")
TONE[D] = -1
p(D, "toujours pas de cessez-le-feu", "neg", 1, "coop", "j", note="headline")
p(D, "premier pas vers la paix", "pos", 2, "coop", "q")
p(D, "qui mène la danse", "neg", 2, "oth", "j")
p(D, "n'a pas permis d'arracher le cessez-le-feu général", "neg", 2, "coop", "j")
p(D, "un point de départ solide", "pos", 2, "coop", "q")
p(D, "les deux présidents se comprennent", "pos", 2, "coop", "q")
p(D, "Une bromance sur glace", "neg", 1, "oth", "j", note="ironic")
p(D, "Le Kremlin joue la montre", "neg", 2, "coop", "j")
p(D, "Washington a cédé sur l'essentiel sans rien obtenir en retour", "neg", 2, "oth", "j")
p(D, "partenariat", "neg", 1, "coop", "j", note="ironic scare quotes: not speech, the marks carry the evaluation")
p(D, "Loin d'un réchauffement", "neg", 2, "coop", "j")
p(D, "une capitulation par étapes", "neg", 3, "oth", "j")

# ---------------------------------------------------------------- a09 RTBF, call of 19 May 2025
D = "a09_rtbf_20250520"
META[D] = ("RTBF (Belgium)", "2025-05-20", "2025-05-19 Trump-Putin call")
TONE[D] = 0
p(D, "toujours pas de cessez-le-feu", "neg", 1, "coop", "j", note="headline")
p(D, "s'est conclu sur des déclarations contrastées", "neu", 1, "oth", "j")
p(D, "Ça s'est excellemment déroulé", "pos", 3, "coop", "q")
p(D, "riche", "pos", 1, "coop", "q")
p(D, "sans langue de bois", "neu", 1, "oth", "q")
p(D, "nous sommes sur la bonne voie", "pos", 2, "coop", "q")
p(D, "l'optimisme affiché de part et d'autre", "neu", 1, "oth", "j", note="sceptical 'affiché'")
p(D, "aucune avancée tangible n'a été enregistrée", "neg", 2, "coop", "j")
p(D, "menaçait il y a quelques semaines encore Moscou", "neg", 1, "conf", "j")
p(D, "Poutine gagne du temps", "neg", 2, "coop", "q", note="Belgian minister on Putin's stance in the talks")
p(D, "On attendait un tournant, on a eu un communiqué", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a10 Mediapart, Witkoff in St Petersburg
D = "a10_mediapart_20250412"
META[D] = ("Mediapart", "2025-04-12", "2025-04-11 Witkoff-Putin meeting, St Petersburg")
TONE[D] = -1
p(D, "qui murmure à l'oreille de Poutine", "neu", 1, "oth", "j", note="headline; ironic")
p(D, "Une diplomatie parallèle", "neg", 1, "oth", "j")
p(D, "n'a produit à ce jour aucune concession russe mesurable", "neg", 2, "coop", "j")
p(D, "productives", "pos", 2, "coop", "q")
p(D, "pas s'attendre à des percées", "neg", 1, "coop", "q")
p(D, "traînait des pieds", "neg", 2, "coop", "q")
p(D, "quelqu'un avec qui on peut parler", "pos", 1, "coop", "q")
p(D, "de bonne foi", "pos", 1, "conf", "q", note="trust in the other side")
p(D, "le bilan est mince", "neg", 2, "coop", "j")
p(D, "un cadeau fait à Moscou", "neg", 1, "oth", "j", note="Lire aussi line; «paix» there is a scare quote")

# ---------------------------------------------------------------- a11 franceinfo live blog, Witkoff in Moscow 6 Aug 2025
D = "a11_franceinfo_20250806"
META[D] = ("franceinfo (live blog)", "2025-08-06", "2025-08-06 Witkoff-Putin meeting, Moscow")
TONE[D] = 1
p(D, "progrès considérables", "pos", 3, "coop", "q", after="salue des «", note="headline")
p(D, "menace Moscou de lourdes sanctions", "neg", 2, "conf", "j")
p(D, "pourrait rencontrer Vladimir Poutine en personne dès la semaine prochaine", "pos", 1, "oth", "q", note="selon le New York Times")
p(D, "Il y a de bonnes chances que nous ayons bientôt une rencontre", "pos", 1, "oth", "q")
p(D, "Un ton nettement plus conciliant", "pos", 2, "conf", "j")
p(D, "très déçu", "neg", 2, "coop", "q")
p(D, "une rencontre très fructueuse", "pos", 2, "coop", "q")
p(D, "Des progrès considérables ont été accomplis", "pos", 3, "coop", "q")
p(D, "très utile", "pos", 2, "coop", "q")
p(D, "perspectives de coopération économique", "pos", 1, "coop", "q", note="quote-marked fragment after 'évoque'")
p(D, "un climat beaucoup plus tendu", "neg", 2, "conf", "j")

# ---------------------------------------------------------------- a12 Le Monde, Anchorage analysis
D = "a12_lemonde_20250816"
META[D] = ("Le Monde", "2025-08-16", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = -1
p(D, "Donald Trump repart les mains vides", "neg", 2, "coop", "j", note="headline")
p(D, "Le tapis rouge déroulé", "pos", 2, "oth", "j")
p(D, "le sommet a été écourté", "neg", 1, "oth", "j")
p(D, "beaucoup avancé", "pos", 2, "coop", "q")
p(D, "Nous n’y sommes pas encore", "neg", 1, "coop", "q")
p(D, "tout pour bien s’entendre", "pos", 2, "coop", "q")
p(D, "suggéré que la prochaine rencontre se tienne à Moscou", "pos", 1, "oth", "q")
p(D, "sans contrepartie pour Washington", "neg", 1, "coop", "q", note="Lire aussi line with quote marks")
p(D, "La chaleur de l’accueil", "pos", 2, "oth", "j")
p(D, "la maigreur du résultat", "neg", 2, "coop", "j")
p(D, "reçus comme un partenaire, pas comme un paria", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a13 BFMTV live blog, Anchorage
D = "a13_bfmtv_20250815"
META[D] = ("BFMTV (live blog)", "2025-08-15", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = 1
p(D, "pas d'accord", "neg", 1, "coop", "j", after="Sommet Trump-Poutine en Alaska : ", note="headline")
p(D, "productive", "pos", 2, "coop", "q", note="headline; 'les deux présidents saluent'")
p(D, "Aucun accord n'a été annoncé", "neg", 2, "coop", "j")
p(D, "d'une grande qualité", "pos", 2, "coop", "q")
p(D, "pas d'accord tant que tout n'est pas réglé", "neg", 1, "coop", "q")
p(D, "ambiance de travail sérieuse", "pos", 1, "oth", "q")
p(D, "l'entente trouvée", "pos", 2, "coop", "q")
p(D, "leur prochaine rencontre ait lieu à Moscou", "pos", 1, "oth", "q")
p(D, "Un geste inédit", "pos", 2, "oth", "j")
p(D, "une longue poignée de main, tout sourire", "pos", 2, "oth", "j")

# ---------------------------------------------------------------- a14 La Presse, Q&A on Anchorage
D = "a14_lapresse_20250817"
META[D] = ("La Presse (Quebec)", "2025-08-17", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = -2
p(D, "Trump n'a rien obtenu", "neg", 2, "coop", "q", note="headline quote")
p(D, "une rencontre très réussie", "pos", 2, "coop", "j", note="'a parlé de' is topic-only: journalist voice")
p(D, "un succès de mise en scène", "pos", 1, "oth", "q", note="backhanded")
p(D, "c'est un échec", "neg", 2, "coop", "q")
p(D, "une réelle complicité entre les deux hommes", "pos", 2, "oth", "j", note="interviewer's question")
p(D, "ne se traduit pas en résultats", "neg", 2, "coop", "q")
p(D, "la méfiance reste entière", "neg", 2, "conf", "q")
p(D, "rien n'est garanti", "neg", 1, "oth", "q")
p(D, "des promesses vagues", "neg", 1, "coop", "q")
p(D, "le tapis rouge, puis rien", "neg", 2, "coop", "j", note="À lire aussi line")

# ---------------------------------------------------------------- a15 Nice-Matin, local reactions to Anchorage
D = "a15_nicematin_20250816"
META[D] = ("Nice-Matin (regional)", "2025-08-16", "2025-08-15 Trump-Putin summit, Anchorage")
TONE[D] = 0
p(D, "Quand les deux présidents se parlent, c'est déjà une victoire", "pos", 2, "coop", "q")
p(D, "on n'a entendu que des menaces", "neg", 2, "conf", "q", note="past state recalled")
p(D, "sans accord", "neg", 1, "coop", "j")
p(D, "a déroulé le tapis rouge", "pos", 2, "oth", "q", after="Reportage.", note="subheading quote; warm words inside a hostile quote keep their polarity")
p(D, "a déroulé le tapis rouge à celui qui bombarde ma ville", "pos", 2, "oth", "q", note="warm words inside a hostile quote")
p(D, "personne ne nous demande notre avis", "neg", 1, "oth", "q", note="talks framed as exclusive")
p(D, "Les deux hommes ont surtout soigné leur image", "neg", 1, "oth", "q")
p(D, "une étape, pas un tournant", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a16 Radio-Canada, call of 16 Oct 2025 (Budapest announced)
D = "a16_radiocanada_20251017"
META[D] = ("Radio-Canada", "2025-10-17", "2025-10-16 Trump-Putin call; Budapest summit announced")
TONE[D] = 1
p(D, "se donnent rendez-vous à Budapest", "pos", 1, "oth", "j", note="headline")
p(D, "très fructueux", "pos", 2, "coop", "q")
p(D, "se retrouveraient prochainement à Budapest", "pos", 1, "oth", "q")
p(D, "on a fait un sacré bout de chemin", "pos", 2, "coop", "q")
p(D, "empreint de confiance", "pos", 2, "conf", "q")
p(D, "a félicité son homologue", "pos", 1, "oth", "q", note="under 'Selon lui'")
p(D, "abîmerait sérieusement", "neg", 2, "conf", "q")
p(D, "Une relation en dents de scie", "neg", 1, "oth", "j", note="subheading")
p(D, "très déçu", "neg", 2, "coop", "q", note="past stance recalled")
p(D, "ce n'est pas une garantie de résultat", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a17 Le Soir, Budapest cancelled, Rosneft/Lukoil sanctions
D = "a17_lesoir_20251022"
META[D] = ("Le Soir (Belgium)", "2025-10-22", "2025-10-21/22 Budapest summit called off; sanctions on Rosneft and Lukoil")
TONE[D] = -2
p(D, "tombe à l'eau", "neg", 2, "coop", "j", note="headline")
p(D, "La lune de miel retrouvée n'aura duré qu'une semaine", "neg", 2, "coop", "j")
p(D, "pas de rencontre prévue à ce stade", "neg", 1, "oth", "q")
p(D, "un net durcissement de ton à l'égard de Moscou", "neg", 2, "conf", "j")
p(D, "les conversations sont toujours agréables", "pos", 1, "oth", "q")
p(D, "elles ne débouchent sur rien", "neg", 2, "coop", "q")
p(D, "Je ne vais pas là-bas pour faire de la figuration", "neg", 1, "coop", "q")
p(D, "Moscou n'avait pas bougé d'un pouce", "neg", 2, "coop", "q", note="selon plusieurs médias américains")
p(D, "demandent du temps", "neu", 1, "oth", "q")
p(D, "ouverte au dialogue", "pos", 1, "coop", "q")
p(D, "qui ne vient jamais", "neg", 2, "coop", "j", note="Lire aussi line; «deal» is a scare quote")

# ---------------------------------------------------------------- a18 RFI, international press review after the cancellation
D = "a18_rfi_20251023"
META[D] = ("RFI (press review)", "2025-10-23", "2025-10-22 Budapest summit called off; sanctions on Rosneft and Lukoil")
TONE[D] = -2
p(D, "perd patience avec Poutine", "neg", 1, "conf", "j", note="headline")
p(D, "sorti l'artillerie financière", "neg", 2, "conf", "j")
p(D, "La fin d'une illusion", "neg", 2, "coop", "q")
p(D, "sans jamais obtenir le moindre geste du Kremlin", "neg", 2, "coop", "q", note="NYT 'rappelle que'")
p(D, "enfin cessé de croire aux promesses du Kremlin", "neg", 2, "conf", "q")
p(D, "une pause, pas une rupture", "neu", 1, "coop", "q")
p(D, "une nouvelle fois cédé aux faucons", "neg", 1, "conf", "q")
p(D, "totalement contre-productive", "neg", 2, "coop", "q")
p(D, "a trop tiré sur la corde", "neg", 2, "conf", "q")
p(D, "Les montagnes russes d'une relation", "neg", 1, "oth", "j", note="subheading")
p(D, "ces deux éléphants qui ne savent plus s'ils doivent se battre ou se serrer la trompe", "neu", 1, "oth", "q")

# ---------------------------------------------------------------- a19 TF1info, call of 3 July 2025
D = "a19_tf1info_20250704"
META[D] = ("TF1info", "2025-07-04", "2025-07-03 Trump-Putin call")
TONE[D] = -2
p(D, "Ça n'a rien donné", "neg", 2, "coop", "q", note="headline quote (Trump's words; not repeated in the body)")
p(D, "ressort déçu", "neg", 1, "coop", "j", note="headline")
p(D, "n'a pas cherché à maquiller le résultat", "neg", 1, "coop", "j")
p(D, "Je ne suis pas content du tout", "neg", 2, "coop", "q")
p(D, "n'a pas suffi à réchauffer l'ambiance", "neg", 2, "oth", "j")
p(D, "Seule avancée concrète", "neg", 1, "coop", "j", note="ironic: an exchange of films")
p(D, "la possibilité d'une rencontre en personne", "pos", 1, "oth", "j", note="'a évoqué' + NP is topic-only: journalist voice")
p(D, "un constat d'impasse", "neg", 2, "coop", "j")
p(D, "Le ton s'est nettement refroidi", "neg", 2, "oth", "j")
p(D, "le charme ne suffit pas avec Vladimir Poutine", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a20 L'essentiel (Luxembourg), AFP wire, call of 29 Dec 2019
D = "a20_lessentiel_20191230"
META[D] = ("L'essentiel (Luxembourg), AFP wire", "2019-12-30", "2019-12-29 Trump-Putin call (St Petersburg terror plot)")
TONE[D] = 1
p(D, "Poutine remercie Trump", "pos", 1, "oth", "j", note="headline")
p(D, "a remercié dimanche Donald Trump", "pos", 1, "oth", "q", note="attributed by the incise 'a annoncé le Kremlin'")
p(D, "poursuivre la coopération entre services", "pos", 2, "coop", "q")
p(D, "un bon exemple de ce que nos deux pays peuvent accomplir lorsqu'ils travaillent dans la même direction", "pos", 2, "coop", "q")
p(D, "l'un des rares domaines où les deux puissances coopèrent encore sans accroc", "pos", 1, "coop", "j")
p(D, "demeurent très tendues", "neg", 2, "conf", "j")
p(D, "concurrence déloyale", "neg", 1, "conf", "q")
