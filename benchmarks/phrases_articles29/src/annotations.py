"""Gold framing phrases and article tone for phrases_articles29 (dev set; see ../README.md).

p(doc, phrase, polarity, strength, frame, voice, after=None, note="")
polarity pos/neg/neu, frame coop/conf/oth, voice q/j (p, TONE and META come from benchmarks/phrase_sets.py).
Phrases are written by exact text; `after` is an anchor string that precedes the phrase
when the phrase text is not unique in the article.
"""


# ---------------------------------------------------------------- a01 AFP, first Trump-Putin call 28 Jan 2017
D = "a01_afp_20170128"
META[D] = ("AFP (French wire)", "2017-01-28", "2017-01-28 first Trump-Putin call")
TONE[D] = 1
p(D, "le point de départ d'une nouvelle relation", "pos", 2, "coop", "q", note="présenté comme, attributed to Moscou")
p(D, "un esprit positif", "pos", 2, "oth", "q")
p(D, "véritable coordination", "pos", 2, "coop", "q")
p(D, "rester en contact régulier", "pos", 1, "coop", "q", note="Toujours selon la présidence russe")
p(D, "préparer une rencontre", "pos", 1, "oth", "q")
p(D, "bon début", "pos", 2, "coop", "q")
p(D, "améliorer les rapports avec Moscou", "pos", 1, "coop", "j", note="envie de: attitude, not speech")
p(D, "au plus bas depuis la fin de l'URSS", "neg", 3, "coop", "j")
p(D, "ne fallait pas attendre de miracle", "neu", 1, "coop", "q")
p(D, "renouer le dialogue", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a02 Le Figaro, Trump-Putin call on Syria 2 May 2017
D = "a02_lefigaro_20170503"
META[D] = ("Le Figaro", "2017-05-03", "2017-05-02 Trump-Putin call on Syria")
TONE[D] = -1
p(D, "après un mois de froid", "neg", 2, "coop", "j")
p(D, "rien n'indique que leurs positions sur le fond se soient rapprochées", "neg", 2, "coop", "j")
p(D, "le ton était monté", "neg", 2, "conf", "j")
p(D, "sérieusement dégradée", "neg", 2, "conf", "q")
p(D, "productive", "pos", 2, "coop", "q")
p(D, "tourné vers les résultats", "pos", 2, "coop", "q")
p(D, "renforcer les contacts", "pos", 1, "coop", "q")
p(D, "ne gomme pas les divergences de fond", "neg", 2, "conf", "j")
p(D, "les positions restent inconciliables", "neg", 3, "conf", "j")
p(D, "c'est déjà quelque chose", "pos", 1, "coop", "q")
p(D, "on est loin d'une entente", "neg", 2, "coop", "q")
p(D, "empoisonne tout geste d'ouverture envers le Kremlin", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a03 Le Monde, Trump and Putin at APEC Da Nang
D = "a03_lemonde_20171111"
META[D] = ("Le Monde", "2017-11-11", "2017-11-10/11 Trump-Putin brief encounters at APEC Da Nang")
TONE[D] = -1
p(D, "Faute d’entretien en bonne et due forme", "neg", 1, "oth", "j")
p(D, "un véritable tête-à-tête était à l’étude", "pos", 1, "oth", "q", note="Moscou avait laissé entendre que")
p(D, "se sont renvoyé la responsabilité de l’annulation", "neg", 1, "conf", "j")
p(D, "obtenir des résultats concrets quand ils le veulent", "pos", 2, "coop", "q")
p(D, "à l’aise", "pos", 2, "oth", "q")
p(D, "est sincère", "pos", 1, "conf", "q", note="trust in the other leader")
p(D, "parler avec la Russie que se battre contre elle", "pos", 1, "coop", "q")
p(D, "la relation reste figée", "neg", 2, "coop", "j")
p(D, "les positions n’ont pas bougé d’un pouce", "neg", 2, "coop", "j")
p(D, "un document de diplomates, pas un geste politique", "neg", 1, "coop", "q")
p(D, "aucun des deux n’a les moyens, ni sans doute l’envie, de payer le prix d’un vrai rapprochement", "neg", 2, "coop", "q")
p(D, "les ministres des affaires étrangères ont beaucoup plus travaillé que leurs présidents", "neg", 1, "coop", "j", note="ironic closing")

# ---------------------------------------------------------------- a04 RTBF, Putin thanks Trump for the CIA tip, Dec 2017
D = "a04_rtbf_20171218"
META[D] = ("RTBF (Belgian public broadcaster, website)", "2017-12-18", "2017-12-17 Putin-Trump call after the CIA tip on Saint Petersburg")
TONE[D] = 2
p(D, "pour le remercier", "pos", 2, "coop", "j", after="Poutine appelle Trump", note="headline")
p(D, "pour le remercier", "pos", 2, "coop", "j", after="a téléphoné dimanche à Donald Trump")
p(D, "d'une tonalité inhabituellement amicale", "pos", 2, "oth", "j")
p(D, "remercié", "pos", 2, "coop", "q")
p(D, "a apprécié", "pos", 1, "coop", "q")
p(D, "ce qui peut être accompli quand nos deux pays travaillent de concert", "pos", 3, "coop", "q")
p(D, "les canaux entre services fonctionnent", "pos", 2, "coop", "q", note="Pour X")
p(D, "avec autant de chaleur", "pos", 2, "oth", "q")
p(D, "un signal de confiance", "pos", 2, "conf", "q")
p(D, "C'est ainsi que des partenaires doivent se comporter", "pos", 2, "coop", "q")
p(D, "servira d'exemple dans d'autres domaines", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a05 Libération, Trump congratulates Putin, 20 Mar 2018
D = "a05_liberation_20180321"
META[D] = ("Libération", "2018-03-21", "2018-03-20 Trump-Putin congratulations call")
TONE[D] = -1
p(D, "excellent", "pos", 3, "coop", "q")
p(D, "espérer voir son homologue", "pos", 1, "oth", "q", note="a dit espérer: speech verb dit")
p(D, "Je préfère parler à Poutine que de ne pas lui parler", "pos", 1, "coop", "q")
p(D, "développer une coopération pratique", "pos", 2, "coop", "q")
p(D, "Une rencontre en tête-à-tête a été évoquée", "pos", 1, "oth", "q", note="selon Ouchakov")
p(D, "Un appel qui ne dit rien de Salisbury", "neg", 1, "oth", "j", note="subheading")
p(D, "les domaines où les deux pays peuvent avancer ensemble", "pos", 2, "coop", "q")
p(D, "une administration qui durcit le ton", "neg", 2, "conf", "j")
p(D, "cultive son lien personnel avec le chef du Kremlin", "pos", 1, "coop", "j")
p(D, "un coup de fil de légitimation", "neg", 2, "oth", "q")
p(D, "ces appels ne produisent rien", "neg", 2, "coop", "q")
p(D, "La relation n'a jamais été aussi mauvaise depuis trente ans", "neg", 3, "coop", "q")

# ---------------------------------------------------------------- a06 Radio-Canada, no Trump-Putin meeting at the G20 Buenos Aires
D = "a06_radiocanada_20181201"
META[D] = ("Radio-Canada (ICI Radio-Canada.ca)", "2018-12-01", "2018-11-29 meeting cancelled; 2018-11-30 informal exchange at the G20 Buenos Aires")
TONE[D] = -2
p(D, "pas de rencontre Trump-Poutine, seulement quelques mots échangés debout", "neg", 2, "oth", "j")
p(D, "n'ont eu droit qu'à un bref échange informel", "neg", 1, "oth", "j")
p(D, "n'a rien réglé de la crise", "neg", 2, "coop", "j")
p(D, "prêt à revoir son homologue", "pos", 1, "oth", "q")
p(D, "regretté", "neg", 1, "coop", "q")
p(D, "disposée à un dialogue sérieux", "pos", 2, "coop", "q")
p(D, "beaucoup de sujets à discuter", "pos", 1, "coop", "q")
p(D, "la relation est entrée dans une zone de grand froid", "neg", 3, "coop", "q", note="Pour ce spécialiste")
p(D, "Il n'y a plus de dialogue structuré", "neg", 2, "coop", "q")
p(D, "ne se voient qu'à la sauvette", "neg", 2, "oth", "q")
p(D, "un net refroidissement", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a07 Le Temps, Trump and Putin at the G20 Osaka
D = "a07_letemps_20190629"
META[D] = ("Le Temps (Geneva)", "2019-06-29", "2019-06-28 Trump-Putin meeting at the G20 Osaka")
TONE[D] = 0
p(D, "plaisantent sur l'ingérence", "pos", 1, "oth", "j", note="headline, faintly ironic")
p(D, "une plaisanterie complice", "pos", 2, "oth", "j")
p(D, "le signe d'une relation personnelle intacte", "pos", 2, "coop", "q", note="A Moscou, elle a été lue comme: agentless passive, reported reading")
p(D, "une bonne atmosphère", "pos", 2, "oth", "q")
p(D, "très positif", "pos", 2, "coop", "q")
p(D, "aucun rapprochement n'a été annoncé", "neg", 2, "coop", "j")
p(D, "a par ailleurs invité son homologue", "pos", 1, "oth", "j", note="invitation is an act, not speech")
p(D, "deux hommes qui s'apprécient", "pos", 2, "oth", "q")
p(D, "deux administrations qui ne se font aucune confiance", "neg", 3, "conf", "q")
p(D, "je ne vois pas de percée possible sur les grands traités", "neg", 2, "coop", "q")
p(D, "le dialogue institutionnel entre les deux pays est réduit à sa plus simple expression", "neg", 2, "coop", "j")
p(D, "Osaka aura au moins permis de le relancer", "pos", 1, "coop", "j")

# ---------------------------------------------------------------- a08 Ouest-France, Putin thanks Trump again, Dec 2019
D = "a08_ouestfrance_20191230"
META[D] = ("Ouest-France", "2019-12-30", "2019-12-29 Putin-Trump call after the US tip on Saint Petersburg")
TONE[D] = 1
p(D, "remercie à nouveau", "pos", 2, "coop", "j", note="headline")
p(D, "pour le remercier", "pos", 2, "coop", "j", after="a appelé dimanche Donald Trump")
p(D, "grâce aux informations transmises par les services spéciaux américains", "pos", 1, "coop", "q")
p(D, "a exprimé sa gratitude", "pos", 2, "coop", "q")
p(D, "ont confirmé leur intérêt mutuel à poursuivre la coopération", "pos", 2, "coop", "q")
p(D, "l'un des rares terrains où Washington et Moscou continuent de coopérer sans arrière-pensée", "pos", 2, "coop", "q")
p(D, "les sujets qui fâchent s'accumulent", "neg", 2, "conf", "q")
p(D, "Ce coup de téléphone ne change pas l'équation", "neg", 1, "coop", "q")

# ---------------------------------------------------------------- a09 Les Echos, OPEC+ deal and the Trump-Putin calls, April 2020
D = "a09_lesechos_20200413"
META[D] = ("Les Echos", "2020-04-13", "2020-03-30 and 2020-04-10 Trump-Putin calls; 2020-04-12 OPEC+ deal")
TONE[D] = 2
p(D, "doit beaucoup au téléphone rouge Trump-Poutine", "pos", 2, "coop", "j", note="headline")
p(D, "Une entente entre Washington et Moscou que peu d'observateurs auraient imaginée", "pos", 2, "coop", "j")
p(D, "une convergence inattendue entre Donald Trump et Vladimir Poutine", "pos", 2, "coop", "j")
p(D, "substantielle", "pos", 2, "coop", "q")
p(D, "excellente", "pos", 3, "coop", "q")
p(D, "savent travailler la main dans la main quand l'enjeu est important", "pos", 3, "coop", "q")
p(D, "Sans l'implication personnelle des deux présidents, je ne suis pas certain que l'accord aurait vu le jour", "pos", 2, "coop", "q")
p(D, "cette coordination marque un tournant", "pos", 2, "coop", "q", note="Pour X")
p(D, "Washington et Moscou tirent dans la même direction", "pos", 2, "coop", "q")
p(D, "la relation russo-américaine a démontré qu'elle pouvait produire des résultats tangibles", "pos", 2, "coop", "j")
p(D, "un précédent intéressant pour d'autres négociations", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a10 franceinfo, Russian medical aid plane in New York after the 30 Mar 2020 call
D = "a10_franceinfo_20200401"
META[D] = ("franceinfo (Radio France website)", "2020-04-01", "2020-03-30 Trump-Putin call; 2020-04-01 Russian aid plane at JFK")
TONE[D] = 0
p(D, "une preuve de bonne volonté", "pos", 2, "coop", "q", note="Moscou y voit")
p(D, "une opération de communication", "neg", 2, "oth", "q", note="ses détracteurs [y voient]")
p(D, "volontiers", "pos", 1, "coop", "q")
p(D, "nous n'avons pas de rivaux, seulement des partenaires", "pos", 3, "coop", "q")
p(D, "généreux", "pos", 2, "coop", "q")
p(D, "bonnes relations", "pos", 2, "coop", "q")
p(D, "Les contours exacts de l'opération restent flous", "neu", 1, "oth", "j")
p(D, "une opération de propagande au profit du Kremlin", "neg", 2, "oth", "q", note="NP complement of dénoncer")
p(D, "de la diplomatie de l'image", "neg", 1, "oth", "q")
p(D, "ce canal de contacts directs entre les deux présidents existe et fonctionne", "pos", 2, "coop", "q")
p(D, "Les relations entre les deux pays restent empoisonnées", "neg", 2, "coop", "j")
p(D, "l'impasse sur le contrôle des armements", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a11 La Croix, joint Trump-Putin statement on the Elbe anniversary
D = "a11_lacroix_20200426"
META[D] = ("La Croix", "2020-04-26", "2020-04-25 joint Trump-Putin statement on the 75th anniversary of the Elbe link-up")
TONE[D] = 1
p(D, "leurs relations restent au plus mal", "neg", 3, "coop", "j")
p(D, "dépasser leurs différends", "pos", 2, "conf", "q")
p(D, "bâtir la confiance", "pos", 2, "conf", "q")
p(D, "coopérer", "pos", 2, "coop", "q")
p(D, "une caution morale", "neg", 2, "oth", "q", note="US lawmakers evaluating the joint gesture")
p(D, "signal important", "pos", 2, "coop", "q")
p(D, "parler d'une seule voix", "pos", 2, "coop", "q")
p(D, "cet état d'esprit s'étende", "pos", 1, "coop", "q", note="a plaidé pour que")
p(D, "se parler bientôt du contrôle des armements", "pos", 1, "oth", "q", note="ont promis de")
p(D, "sans qu'aucune négociation sérieuse n'ait commencé", "neg", 2, "coop", "j")
p(D, "une langue que les deux pays parlent encore", "pos", 1, "coop", "q")
p(D, "Cela peut rouvrir une porte", "pos", 1, "coop", "q")

# ---------------------------------------------------------------- a12 Le Devoir editorial, New START freeze offer, Oct 2020
D = "a12_ledevoir_20201021"
META[D] = ("Le Devoir (Montréal), editorial", "2020-10-21", "2020-10-16/20 Russian New START extension and freeze offers, US response")
TONE[D] = 0
p(D, "la dernière chance de Trump et Poutine", "neu", 1, "coop", "j", note="headline")
p(D, "se mettent enfin à discuter sérieusement", "pos", 2, "coop", "j")
p(D, "prêt à finaliser rapidement un accord de principe", "pos", 2, "coop", "q")
p(D, "On aurait tort de bouder ce frémissement", "pos", 1, "coop", "j")
p(D, "n'est plus qu'un champ de ruines", "neg", 3, "coop", "j")
p(D, "l'avait balayée d'un revers de main", "neg", 2, "conf", "j")
p(D, "Cette exigence a longtemps ressemblé à un prétexte pour ne rien signer", "neg", 2, "coop", "j")
p(D, "la confiance reste proche de zéro", "neg", 3, "conf", "j")
p(D, "rebâtir un dialogue stratégique digne de ce nom", "pos", 2, "coop", "j")
p(D, "saisissent la perche qu'ils se tendent enfin l'un à l'autre", "pos", 2, "coop", "j")
p(D, "une poignée de main électoraliste", "neg", 2, "oth", "j")
p(D, "semblent parler la même langue", "pos", 2, "coop", "j")

# ---------------------------------------------------------------- a13 Le Parisien, first Biden-Putin call 26 Jan 2021
D = "a13_leparisien_20210127"
META[D] = ("Le Parisien", "2021-01-27", "2021-01-26 first Biden-Putin call")
TONE[D] = 0
p(D, "accord sur le désarmement", "pos", 1, "coop", "j", note="headline")
p(D, "mises en garde sur Navalny", "neg", 2, "conf", "j", note="headline")
p(D, "a aussi dressé la liste de ses griefs", "neg", 2, "conf", "j")
p(D, "tous les sujets qui fâchent", "neg", 2, "conf", "q", note="Selon la Maison-Blanche")
p(D, "ne laisseront passer aucune action hostile de la Russie", "neg", 2, "conf", "q")
p(D, "ont trouvé un terrain d'entente", "pos", 2, "coop", "j")
p(D, "sérieuse", "pos", 1, "oth", "q")
p(D, "prête à avancer aussi loin que Washington le voudra", "pos", 2, "coop", "q")
p(D, "des résultats concrets là où c'est possible", "pos", 1, "coop", "q")
p(D, "une relation de rivaux qui acceptent de se parler", "neu", 1, "coop", "q")
p(D, "Le climat reste lourd", "neg", 2, "oth", "j")
p(D, "ingérence", "neg", 2, "conf", "q", after="Moscou a dénoncé une « ", note="accusation by Moscow")

# ---------------------------------------------------------------- a14 Sputnik France, Duma ratifies the New START extension after the first Putin-Biden call
D = "a14_sputnik_20210127"
META[D] = ("Sputnik France (Russian state media)", "2021-01-27", "2021-01-26 Putin-Biden call; 2021-01-27 Duma vote on the New START extension")
TONE[D] = 2
p(D, "jugé prometteur", "pos", 2, "coop", "q", note="headline; agentless passive of a judging verb, unattributed reported speech")
p(D, "Une avancée rendue possible par l'entretien téléphonique de la veille", "pos", 2, "coop", "j")
p(D, "se sont félicités de l'accord trouvé sur New Start", "pos", 2, "coop", "q", note="D'après le Kremlin")
p(D, "poursuivre les discussions sur l'ensemble des questions de stabilité stratégique", "pos", 1, "coop", "q")
p(D, "un pas dans la bonne direction", "pos", 2, "coop", "q")
p(D, "même dans les périodes difficiles, Moscou et Washington savent s'entendre sur l'essentiel", "pos", 2, "coop", "q")
p(D, "une base solide pour rebâtir la confiance", "pos", 2, "conf", "q")
p(D, "utile", "pos", 1, "coop", "q")
p(D, "n'accepterait aucune ingérence dans ses affaires intérieures", "neg", 2, "conf", "q")
p(D, "sa disponibilité à coopérer sur tous les dossiers d'intérêt commun", "pos", 2, "coop", "q")

# ---------------------------------------------------------------- a15 TV5Monde, Biden-Putin call 13 Apr 2021 and the summit proposal
D = "a15_tv5monde_20210413"
META[D] = ("TV5Monde (website, with AFP)", "2021-04-13", "2021-04-13 Biden-Putin call, summit proposal")
TONE[D] = 0
p(D, "propose un sommet à Poutine", "pos", 1, "oth", "j", note="headline without quote marks")
p(D, "une rencontre dans un pays tiers", "pos", 1, "oth", "j", note="lead: évoquer a meeting, topic-only, not speech")
p(D, "étudier l'offre", "neu", 1, "oth", "q", note="Moscou dit")
p(D, "C'est un coup de téléphone passé en pleine escalade", "neg", 2, "conf", "j")
p(D, "inquiétudes", "neg", 1, "conf", "q", after="a fait part à son homologue de ses « ")
p(D, "avec fermeté", "neg", 2, "conf", "q")
p(D, "il a aussi tendu une perche", "pos", 2, "coop", "j")
p(D, "a proposé d'organiser", "pos", 1, "oth", "q", note="proposer de + infinitive")
p(D, "poursuivre le dialogue", "pos", 1, "coop", "q")
p(D, "les relations entre Moscou et Washington touchent un point bas", "neg", 2, "coop", "j")
p(D, "Biden montre les dents", "neg", 2, "conf", "q")
p(D, "ouvre la porte", "pos", 1, "coop", "q")
p(D, "une ouverture ou une faiblesse", "neu", 1, "oth", "q")

# ---------------------------------------------------------------- a16 BFMTV live blog, Biden-Putin video call 7 Dec 2021
D = "a16_bfmtv_20211207"
META[D] = ("BFMTV (live blog)", "2021-12-07", "2021-12-07 Biden-Putin video call")
TONE[D] = -1
p(D, "sans percée", "neg", 2, "coop", "j", note="headline")
p(D, "a menacé la Russie", "neg", 2, "conf", "j", note="journalist's reporting verb; the content is the sanctions")
p(D, "ont chargé leurs équipes de poursuivre les discussions", "pos", 1, "coop", "j")
p(D, "aucun signe de détente", "neg", 2, "conf", "j")
p(D, "ouvert", "pos", 1, "oth", "q")
p(D, "ont parfois plaisanté", "pos", 1, "oth", "q")
p(D, "très éloignées", "neg", 2, "conf", "q")
p(D, "a rejeté sur l'Otan la responsabilité des tensions", "neg", 2, "conf", "q", note="Selon lui")
p(D, "Ce fut une conversation entre adultes", "pos", 2, "oth", "q")
p(D, "L'ambiance paraît détendue", "pos", 1, "oth", "j")
p(D, "Personne ne pense qu'un appel vidéo va tout régler", "neg", 1, "coop", "q")
p(D, "dans une impasse préoccupante", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a17 Le Soir, Biden-Putin call 30 Dec 2021
D = "a17_lesoir_20211231"
META[D] = ("Le Soir (Brussels)", "2021-12-31", "2021-12-30 Biden-Putin call before the January 2022 security talks")
TONE[D] = -1
p(D, "échangent des avertissements", "neg", 2, "conf", "j", note="headline")
p(D, "Le ton est resté courtois", "pos", 1, "oth", "j")
p(D, "chacun a campé sur ses lignes rouges", "neg", 2, "conf", "j")
p(D, "répondraient avec force", "neg", 2, "conf", "q")
p(D, "voie diplomatique", "pos", 1, "coop", "q")
p(D, "la nécessité d'une désescalade", "neu", 1, "conf", "q")
p(D, "geler pour longtemps toute relation", "neg", 2, "coop", "q")
p(D, "porterait l'entière responsabilité", "neg", 2, "conf", "q")
p(D, "avec l'intention de parler, pas de céder", "neu", 1, "conf", "q", note="allied (US side) diplomat")
p(D, "aucune des deux parties ne veut fermer la porte", "pos", 1, "coop", "q", note="Pour X ... montrent que")
p(D, "plutôt encourageant", "pos", 1, "coop", "q")
p(D, "On se parle surtout pour se dire ce qu'on ne tolérera pas", "neg", 2, "conf", "q")
p(D, "Je ne vois pas encore sur quoi un compromis pourrait se construire", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a18 Reuters, Biden-Putin call 12 Feb 2022
D = "a18_reuters_20220212"
META[D] = ("Reuters (French service)", "2022-02-12", "2022-02-12 Biden-Putin call before the invasion")
TONE[D] = -2
p(D, "sans rien changer à la crise ukrainienne", "neg", 2, "coop", "j", note="headline")
p(D, "qui n'a permis aucune avancée", "neg", 2, "coop", "q", note="selon des responsables des deux pays")
p(D, "lourdes et rapides", "neg", 2, "conf", "q")
p(D, "restaient prêts à poursuivre la voie diplomatique", "pos", 1, "coop", "q")
p(D, "tout aussi prêts à d'autres scénarios", "neg", 2, "conf", "q")
p(D, "sérieux", "pos", 1, "oth", "q")
p(D, "aucun changement notable", "neg", 2, "coop", "q")
p(D, "le ton était nettement plus acerbe", "neg", 2, "oth", "j")
p(D, "campagne de panique", "neg", 2, "conf", "q")
p(D, "ne tenaient pas compte des préoccupations essentielles de la Russie", "neg", 2, "coop", "q")
p(D, "resteraient en contact", "pos", 1, "coop", "q", note="a-t-il ajouté")
p(D, "Les deux présidents se parlent, mais ils ne s'écoutent plus", "neg", 2, "coop", "q")
p(D, "Chaque appel sert désormais à constater l'écart, pas à le réduire", "neg", 2, "coop", "q")

# ---------------------------------------------------------------- a19 La Presse analysis, five years of presidential calls with Putin
D = "a19_lapresse_20220226"
META[D] = ("La Presse (Montréal), analysis", "2022-02-26", "Retrospective of Trump-Putin and Biden-Putin calls 2017-2022, after the invasion")
TONE[D] = -2
p(D, "Cinq ans de coups de fil pour rien", "neg", 3, "coop", "j", note="headline")
p(D, "une formalité avant la rupture", "neg", 2, "coop", "j")
p(D, "Il serait injuste de dire que Washington n'a pas essayé", "pos", 1, "coop", "j")
p(D, "ont presque toujours porté sur la gestion de la méfiance, jamais sur ses causes", "neg", 2, "conf", "j")
p(D, "vantaient une entente personnelle", "pos", 1, "coop", "q", note="les communiqués vantaient")
p(D, "la relation entre les deux États continuait de se dégrader", "neg", 2, "coop", "j")
p(D, "obtenir de Trump des gestes symboliques sans rien céder sur le fond", "neg", 2, "coop", "q")
p(D, "seul vrai succès de cette diplomatie téléphonique", "pos", 2, "coop", "j")
p(D, "ont décidé le retour de leurs ambassadeurs", "pos", 1, "coop", "j", note="agreement about the relation itself")
p(D, "des allures d'ultimatum croisé", "neg", 2, "conf", "j")
p(D, "n'ont fait qu'acter l'impasse", "neg", 2, "coop", "j")
p(D, "un dialogue de sourds", "neg", 3, "coop", "j")
p(D, "Elles ont permis d'éviter des accidents militaires", "pos", 1, "coop", "q")
p(D, "elles ne pouvaient pas combler un fossé de cette taille", "neg", 2, "conf", "q")
p(D, "la ligne est muette", "neg", 2, "coop", "j")

# ---------------------------------------------------------------- a20 20 Minutes (scraped page), Trump-Putin call 7 May 2020
D = "a20_20minutes_20200508"
META[D] = ("20 Minutes (scraped page)", "2020-05-08", "2020-05-07 Trump-Putin call: ventilators, Victory Day, arms control")
TONE[D] = 1
p(D, "veulent relancer le dialogue sur les armes nucléaires", "pos", 2, "coop", "j", note="vouloir: attitude, not speech")
p(D, "remercié", "pos", 2, "coop", "q")
p(D, "la nécessité d'un dialogue sur la maîtrise des armements", "pos", 1, "coop", "q")
p(D, "une idée que Moscou juge irréaliste", "neg", 1, "conf", "q")
p(D, "maintenir des contacts réguliers", "pos", 1, "coop", "q", note="D'après la présidence russe ... exprimé leur volonté de")
p(D, "échange très utile", "pos", 2, "coop", "q")
p(D, "confirme le rapprochement de circonstance entre Washington et Moscou", "pos", 1, "coop", "j")
p(D, "les dossiers qui opposent les deux puissances restent nombreux", "neg", 2, "conf", "j")
