"""Gold annotations of the quote-attribution dev set (written per /work/shared/annotation/GUIDELINES.md).

Each q(...) call is one gold row. Offsets are NOT written here: ``quote_sets.py build`` finds ``quote`` in the
article text (after ``after`` when given, which must then be unique; otherwise the quote must be unique).
Placeholders: ⍽ = NO-BREAK SPACE, ‿ = NARROW NO-BREAK SPACE (as in src/articles).
Speaker = attribution string as written ('' when none); unattributed rows have speaker_resolved ''.
"""
GOLD = []
NONQUOTES = []
_doc = None


def doc(doc_id):
    global _doc
    _doc = doc_id


def q(kind, speaker, resolved, side, quote, note="", nested="no", after=None):
    assert kind in ("direct", "indirect", "mixed"), kind
    assert side in ("kremlin", "white_house", "joint", "other", "unattributed"), side
    assert nested in ("yes", "no"), nested
    GOLD.append(dict(doc_id=_doc, kind=kind, speaker=speaker, speaker_resolved=resolved, side=side,
                     quote_text=quote, note=note, nested=nested, after=after))


def nq(text, why, after=None):
    NONQUOTES.append(dict(doc_id=_doc, text=text, why=why, after=after))


TRUMP, PUTIN, KREMLIN, WH = "Donald Trump", "Vladimir Putin", "Kremlin", "White House"
BOTH = "Vladimir Putin and Donald Trump"
K, W, J, O, U = "kremlin", "white_house", "joint", "other", "unattributed"

# ---------------------------------------------------------------- batch 1
doc("dev01_figaro_20180716")
q("direct", "le président américain", TRUMP, W,
  "Nos relations n'ont jamais été aussi mauvaises qu'aujourd'hui. Mais cela a changé il y a environ quatre heures")
q("mixed", "le locataire de la Maison-Blanche", TRUMP, W,
  "Vladimir Poutine avait été «⍽extrêmement fort et puissant dans son démenti⍽»",
  "Putin's denial is mentioned, not reported with content: no nested row")
q("direct", "il", TRUMP, W, "Je ne vois aucune raison pour laquelle ce serait la Russie", "a-t-il ajouté")
q("indirect", "Le chef du Kremlin", PUTIN, K,
  "toute ingérence de l'État russe dans le processus électoral américain", "NP complement of nier")
q("indirect", "Il", PUTIN, K,
  "des enquêteurs américains assistent aux interrogatoires des douze agents du renseignement militaire russe "
  "inculpés vendredi par le procureur spécial Robert Mueller, à condition que la Russie puisse en faire autant aux États-Unis",
  "proposer que")
q("direct", "Donald Trump", TRUMP, W, "incroyable", "agentive passive: qualifiée d'«incroyable» par Donald Trump")
nq("kompromat", "scare quote in the journalist's question")
q("direct", "M. Poutine", PUTIN, K, "Quand il était à Moscou, je ne savais même pas qu'il y était.",
  "colon introduction; final full stop inside the marks")
q("direct", "", "", U, "Une performance honteuse",
  "subheading; body words differ (l'une des performances les plus honteuses), so unattributed")
q("direct", "Le sénateur républicain John McCain", "John McCain", O,
  "l'une des performances les plus honteuses d'un président américain de mémoire d'homme", "US Congress member")
q("indirect", "Le directeur du renseignement national, Dan Coats", "Dan Coats", O,
  "l'évaluation des services sur l'ingérence russe restait inchangée",
  "US intelligence set against Trump -> other (guideline); he is nonetheless a Trump appointee")
q("mixed", "Sergueï Lavrov", "Sergei Lavrov", K, "la rencontre a été «⍽meilleure que super⍽»", "selon X")
nq("Air Force One", "aircraft name")
q("direct", "Donald Trump", TRUMP, W, "très constructif", "qualifier de «...»")

doc("dev02_rtfr_20250318")
q("indirect", "le Kremlin", KREMLIN, K,
  "Vladimir Poutine a soutenu l'idée d'un renoncement mutuel, pendant 30 jours, aux frappes contre les infrastructures énergétiques",
  "selon le Kremlin, in the lead")
q("direct", "le service de presse du Kremlin", KREMLIN, K,
  "Vladimir Poutine a réagi positivement à l'idée avancée par Donald Trump d'un renoncement mutuel des parties au conflit, "
  "pendant 30 jours, aux frappes contre les infrastructures énergétiques et a immédiatement donné l'ordre correspondant à l'armée russe",
  "communiqué; opening mark glued to previous sentence; Trump's 'idée avancée' not given a nested row (no speech verb with content)")
q("indirect", "Le président russe", PUTIN, K,
  "la condition clé pour empêcher l'escalade devait être l'arrêt complet de l'aide militaire étrangère et de la fourniture de renseignements à Kiev",
  "insister sur le fait que")
q("direct", "Il", PUTIN, K, "crimes barbares", "attirer l'attention sur: topic-only but quote-marked")
q("direct", "", KREMLIN, K, "détaillée et franche",
  "subheading glued to previous paragraph; same words attributed in body (D'après le Kremlin)", after="Koursk.")
q("mixed", "le Kremlin", KREMLIN, K, "la conversation a été «détaillée et franche»", "d'après X")
q("indirect", "Iouri Ouchakov", "Yuri Ushakov", K,
  "Donald Trump avait soutenu l'idée d'organiser des matchs de hockey entre joueurs de la KHL et de la NHL")
q("direct", "il", "Yuri Ushakov", K, "Le président américain a soutenu cette idée", "a-t-il souligné")
q("indirect", "la Maison-Blanche", WH, W,
  "les deux présidents étaient convenus que le mouvement vers la paix commencerait par un cessez-le-feu énergétique et sur les infrastructures",
  "joint content, speaker is the White House")
nq("Truth Social", "name of a social network")
q("direct", "Donald Trump", TRUMP, W, "très bonne et productive", "évoquer + quote marks")
q("indirect", "Le président ukrainien Volodymyr Zelensky", "Volodymyr Zelensky", O,
  "être prêt à soutenir une telle trêve", "déclarer + infinitive")
q("mixed", "Le président ukrainien Volodymyr Zelensky", "Volodymyr Zelensky", O,
  "Poutine avait «de facto rejeté» la proposition d'un cessez-le-feu complet", "tout en affirmant que")
q("direct", "Lavrov", "Sergei Lavrov", K, "Nous n'avons pas besoin de la permission de qui que ce soit",
  "'Lire aussi' line with quote marks")

doc("dev03_lesoir_20250816")
q("direct", "Donald Trump", TRUMP, W, "Il n'y a pas d'accord tant qu'il n'y a pas d'accord")
q("direct", "Donald Trump", TRUMP, W, "progrès", "évoquant des « progrès »: quote-marked", after="évoquant des")
q("indirect", "Donald Trump", TRUMP, W, "quelques sujets importants restaient en suspens", "reconnaissant que")
q("indirect", "Le président américain", TRUMP, W,
  "il appellerait rapidement les dirigeants de l'Otan et Volodymyr Zelensky")
q("direct", "Vladimir Poutine", PUTIN, K, "constructives", "qualifier de")
q("mixed", "Vladimir Poutine", PUTIN, K, "l'entente trouvée ouvrirait « la voie vers la paix en Ukraine »")
q("mixed", "Il", PUTIN, K,
  "toute tentative de « torpiller les progrès naissants » par des « provocations »",
  "NP complement of mettre en garde contre, with two quoted fragments")
q("direct", "il", PUTIN, K, "Next time in Moscow", "English words")
q("direct", "", PUTIN, K, "Les causes profondes",
  "subheading; same words attributed in the body to le chef du Kremlin")
q("mixed", "Le chef du Kremlin", PUTIN, K,
  "pour qu'un règlement soit durable, il fallait éliminer \"les causes profondes\" du conflit")
q("mixed", "Karoline Leavitt", "Karoline Leavitt", W, "la rencontre a été « un pas important »",
  "pour X, (speaker introduced by 'la porte-parole de la Maison-Blanche')")
q("indirect", "Axios", "Axios", O,
  "Donald Trump aurait confié aux dirigeants européens qu'il souhaitait désormais un accord de paix global plutôt qu'un simple cessez-le-feu",
  "media as reporting voice")
q("indirect", "Donald Trump", TRUMP, W,
  "il souhaitait désormais un accord de paix global plutôt qu'un simple cessez-le-feu",
  "Trump's words reported by Axios", nested="yes")
q("mixed", "la cheffe de la diplomatie de l'UE, Kaja Kallas", "Kaja Kallas", O,
  "Vladimir Poutine continuait de « jouer la montre »")
q("indirect", "Volodymyr Zelensky", "Volodymyr Zelensky", O, "il se rendrait lundi à Washington")
q("direct", "", "", U, "historique", "agentless passive (était présentée comme)")

doc("dev04_letemps_20170708")
q("mixed", "le secrétaire d'Etat Rex Tillerson", "Rex Tillerson", W,
  "Donald Trump avait «‿ouvert la réunion‿» en soulevant les préoccupations du peuple américain au sujet de l'ingérence russe dans l'élection de 2016")
q("direct", "il", "Rex Tillerson", W, "Le président l'a interrogé à plusieurs reprises", "a-t-il insisté")
q("mixed", "lui", "Rex Tillerson", W, "les deux hommes ont eu «‿un échange très vigoureux‿» sur le sujet",
  "selon lui; joint subject inside, speaker is Tillerson")
q("mixed", "Le ministre russe des Affaires étrangères, Sergueï Lavrov", "Sergei Lavrov", K,
  "le président américain aurait «‿accepté les déclarations‿» de Vladimir Poutine, selon lesquelles la Russie ne s'était pas ingérée dans le scrutin",
  "clause introduced by 'a livré une version ... :'")
q("indirect", "Vladimir Poutine", PUTIN, K, "la Russie ne s'était pas ingérée dans le scrutin",
  "selon lesquelles; Putin's declarations inside Lavrov's account (distinct speaker)", nested="yes")
q("indirect", "Moscou", KREMLIN, K, "toute implication", "démentir + NP")
q("indirect", "Sergueï Lavrov", "Sergei Lavrov", K,
  "Les deux présidents ont également annoncé un cessez-le-feu dans le sud-ouest de la Syrie, entrant en vigueur dimanche à midi",
  "joint subject, incise gives it to Lavrov (incise wins)")
q("mixed", "Rex Tillerson", "Rex Tillerson", W,
  "«‿la première indication‿» que Washington et Moscou étaient capables de travailler ensemble en Syrie",
  "y voir «...» que: quote-marked stance")
q("direct", "le chef de la diplomatie américaine", "Rex Tillerson", W,
  "Il y avait une très claire et positive chimie entre les deux")
q("mixed", "Vladimir Poutine", PUTIN, K, "le Trump de la télévision était «‿très différent‿» de l'homme réel")
q("direct", "le président russe", PUTIN, K, "Je pense que nous avons établi des relations personnelles")
q("mixed", "Donald Trump", TRUMP, W, "avoir «‿vigoureusement interrogé‿» son homologue", "tweeter + infinitive")

doc("dev05_lapresse_20190503")
q("direct", "Trump", TRUMP, W, "canular russe", "headline; parler de + quote marks", after="Trump parle")
q("direct", "le président américain", TRUMP, W,
  "Très bonne et longue conversation avec le président Poutine de Russie. Nous avons discuté du commerce, du Venezuela, "
  "de l'Ukraine, de la Corée du Nord, du contrôle des armes nucléaires et même du “canular russe”",
  "tweet; inner “canular russe” is Trump's own scare quote, no row of its own")
q("indirect", "la Maison-Blanche", WH, W, "qui a duré plus d'une heure",
  "selon X scoping over a relative clause (cf. seed 'ont évoqué une discussion qui a duré...')")
q("mixed", "il", TRUMP, W, "avoir abordé le rapport « de façon très brève »", "expliquer + infinitive")
q("direct", "M. Trump", TRUMP, W,
  "Il a en quelque sorte souri quand il a dit quelque chose comme : “ça a commencé comme une montagne et ça a fini comme une souris”")
q("direct", "il", PUTIN, K, "ça a commencé comme une montagne et ça a fini comme une souris",
  "Putin's words quoted by Trump", nested="yes", after="Bureau ovale")
q("direct", "le président", TRUMP, W, "Nous n'en avons pas discuté.")
q("indirect", "La porte-parole de la Maison-Blanche, Sarah Sanders", "Sarah Sanders", W,
  "les deux dirigeants avaient évoqué le Venezuela, la Corée du Nord et un éventuel nouvel accord sur le contrôle des armements",
  "topic-only content, but reported by a speech verb (préciser que) -> speech of Sanders")
q("mixed", "Le Kremlin", KREMLIN, K,
  "Vladimir Poutine avait souligné que « seul le peuple vénézuélien a le droit de déterminer l'avenir de son pays »",
  "communiqué; Putin inside Kremlin readout is the same party: no nested row")
q("mixed", "la même source", KREMLIN, K, "la conversation a été « pragmatique et constructive »",
  "selon la même source = the Kremlin communiqué")
q("indirect", "Le porte-parole Dmitri Peskov", "Dmitri Peskov", K,
  "les deux présidents avaient exprimé leur intérêt pour de nouveaux contacts")
q("indirect", "les deux présidents", BOTH, J, "leur intérêt pour de nouveaux contacts",
  "exprimer + NP, inside Peskov's account", nested="yes")
q("indirect", "Nancy Pelosi", "Nancy Pelosi", O, "ne pas avoir évoqué la menace électorale russe",
  "reprocher à X de + infinitive")
q("direct", "Nancy Pelosi", "Nancy Pelosi", O, "stupéfiante", "jugeant cette omission « ... »")
q("indirect", "Le rapport Mueller", "Mueller report", O,
  "il n'y avait pas de preuves suffisantes d'une entente entre l'équipe de campagne de M. Trump et la Russie",
  "US justice body set against Trump")
q("mixed", "Le rapport Mueller", "Mueller report", O,
  "une ingérence russe « de manière généralisée et systématique »", "documenter + NP with quoted fragment")

doc("dev06_aps_20250212")
q("direct", "Trump et Poutine", BOTH, J, "immédiatement", "headline; agreement predicate with quote marks -> the parties", after="Trump et Poutine conviennent")
q("mixed", "Le président américain Donald Trump", TRUMP, W,
  "avoir eu un «long et très productif» appel téléphonique avec son homologue russe Vladimir Poutine",
  "annoncer + infinitive; the following relative clause is left out (narrative)")
q("direct", "M. Trump", TRUMP, W,
  "Nous sommes convenus de travailler ensemble, très étroitement, y compris en nous rendant visite dans nos pays respectifs")
q("direct", "il", TRUMP, W,
  "Nous sommes également convenus que nos équipes respectives commencent immédiatement des négociations")
q("indirect", "il", TRUMP, W,
  "avoir chargé le secrétaire d'Etat Marco Rubio, le directeur de la CIA John Ratcliffe, le conseiller à la sécurité "
  "nationale Michael Waltz et l'émissaire Steve Witkoff de diriger ces pourparlers", "précisant + infinitive")
q("indirect", "le porte-parole du Kremlin, Dmitri Peskov", "Dmitri Peskov", K,
  "la conversation avait duré près d'une heure et demie")
q("mixed", "il", "Dmitri Peskov", K,
  "Le président russe a invité son homologue américain à se rendre à Moscou et s'est dit prêt à recevoir des responsables "
  "américains en Russie «sur les sujets d'intérêt mutuel, y compris, bien sûr, le règlement ukrainien»",
  "incise a-t-il ajouté resolves to Peskov (the speaker of the paragraph), not to the clause subject; same side either way")
q("mixed", "M. Peskov", "Dmitri Peskov", K, "les deux présidents ont «convenu de se rencontrer»",
  "selon X gives joint content to one side")
q("mixed", "Le président ukrainien Volodymyr Zelensky", "Volodymyr Zelensky", O,
  "avoir eu une conversation «significative» avec le président américain")
q("direct", "il", "Volodymyr Zelensky", O, "Personne ne veut la paix plus que l'Ukraine")
q("direct", "la cheffe de la diplomatie de l'UE Kaja Kallas", "Kaja Kallas", O,
  "Il ne peut y avoir de paix juste et durable en Ukraine sans la participation de l'Ukraine et de l'Europe",
  "joint EU communiqué")
q("mixed", "Le secrétaire américain à la Défense, Pete Hegseth", "Pete Hegseth", W,
  "un retour aux frontières de l'Ukraine d'avant 2014 était «irréaliste»", "member of Trump's administration")

# ---------------------------------------------------------------- batch 2
doc("dev07_lemonde_20171218")
q("indirect", "Poutine", PUTIN, K, "pour une information de la CIA ayant permis de déjouer un attentat",
  "headline; remercier X pour Y (expressive with content, cf. seed féliciter ... pour)")
q("indirect", "Le président russe", PUTIN, K, "l'aide fournie par les services de renseignement américains",
  "remercier de + NP inside a purpose clause")
q("indirect", "le Kremlin", KREMLIN, K,
  "Vladimir Poutine a appelé Donald Trump dimanche 17 décembre pour le remercier pour les informations transmises par la CIA, "
  "qui ont permis d'arrêter à Saint-Pétersbourg un groupe soupçonné de préparer des attentats",
  "whole proposition attributed by incise a annoncé le Kremlin; Putin inside Kremlin account: same party, no nested row")
q("indirect", "le communiqué", KREMLIN, K,
  "Le président russe a exprimé sa gratitude à son homologue américain et l'a assuré que les services russes transmettraient "
  "à leur tour toute information sur des menaces visant les Etats-Unis", "incise précise le communiqué")
q("indirect", "la présidence russe", KREMLIN, K,
  "les informations fournies par la CIA ont permis d'interpeller des suspects qui préparaient un attentat dans la cathédrale "
  "Notre-Dame-de-Kazan et dans d'autres lieux très fréquentés de la ville", "selon X")
q("indirect", "Le FSB, le service de sécurité intérieure", "FSB", K,
  "avoir arrêté sept personnes liées au groupe Etat islamique", "Russian state service; indiquer + infinitive")
q("indirect", "Le président Trump", TRUMP, W,
  "les Etats-Unis et leurs services de renseignement étaient heureux d'avoir aidé à sauver de nombreuses vies",
  "also 'selon un communiqué' (the White House readout): same party")
q("indirect", "le texte", WH, W,
  "Les deux dirigeants ont convenu de l'importance de la coopération en matière de renseignement pour vaincre le terrorisme",
  "joint subject + agreement predicate; incise ajoute le texte (White House communiqué) wins")
q("indirect", "M. Trump", TRUMP, W, "avoir salué la bonne santé de l'économie américaine lors de sa conférence de presse annuelle",
  "remercier de + infinitive; Putin's praise is not given a nested row (no content beyond the NP)")
q("mixed", "le président russe", PUTIN, K,
  "les accusations d'ingérence dans l'élection américaine «⍽inventées⍽» par des opposants de M. Trump afin de «⍽délégitimer⍽» son élection",
  "juger X «...»: NP + attribute with fragments")
q("direct", "Il", PUTIN, K, "le président américain a obtenu des résultats assez significatifs",
  "estimer que «...»: whole complement quoted -> direct")
q("direct", "Un porte-parole du département d'Etat", "State Department", W, "préoccupant")

doc("dev08_liberation_20180321")
q("indirect", "Donald Trump", TRUMP, W, "pour sa réélection", "féliciter X pour Y")
q("indirect", "ses conseillers", "Trump's advisers", W, "ne pas le faire", "recommander de + infinitive")
q("direct", "le président américain", TRUMP, W, "J'ai appelé le président Poutine pour le féliciter de sa victoire")
q("direct", "il", TRUMP, W, "Nous allons probablement nous rencontrer dans un avenir pas très lointain")
q("mixed", "il", TRUMP, W, "avoir discuté avec lui de la course aux armements, qui «devient incontrôlable»",
  "précisant + infinitive; topic verb under a speech verb")
q("mixed", "le Washington Post", "Washington Post", O,
  "les notes préparées par l'équipe de sécurité nationale pour l'appel comportaient, en lettres capitales, la consigne «NE PAS FÉLICITER»",
  "media as reporting voice")
q("direct", "l'équipe de sécurité nationale", "US National Security Council staff", W, "NE PAS FÉLICITER",
  "advisers' written instruction reported by the Post (distinct party)", nested="yes")
q("indirect", "Le quotidien", "Washington Post", O,
  "M. Trump n'a pas évoqué l'empoisonnement de l'ex-espion Sergueï Skripal au Royaume-Uni, alors que ses conseillers le lui avaient conseillé")
q("indirect", "Elle", "Sarah Sanders", W,
  "les Etats-Unis ne dictaient pas la manière dont les autres pays organisaient leurs élections",
  "previous sentence 'a refusé de dire si' has its own row")
q("direct", "Le sénateur John McCain", "John McCain", O,
  "Un président américain ne mène pas le monde libre en félicitant des dictateurs pour avoir gagné des élections truquées.")
q("indirect", "son porte-parole, Dmitri Peskov", "Dmitri Peskov", K,
  "les deux présidents ont souligné la nécessité de coordonner leurs efforts pour freiner une course aux armements",
  "selon X gives joint content to one side")
q("indirect", "il", "Dmitri Peskov", K,
  "Vladimir Poutine et Donald Trump ont également exprimé leur préoccupation face à la situation en Syrie",
  "joint subject, incise a-t-il ajouté (Peskov) wins")
q("indirect", "", "", U, "le Conseil de sécurité nationale avait ouvert une enquête interne sur la fuite",
  "agentless: il a été rapporté que")

doc("dev09_ouestfrance_20190426")
q("mixed", "Poutine", PUTIN, K, "« tout raconter » à Trump", "headline; promettre de + infinitive with fragment")
q("indirect", "Vladimir Poutine", PUTIN, K, "il partagerait les résultats de la rencontre avec Washington")
q("direct", "le président russe", PUTIN, K,
  "Kim Jong-un m'a lui-même demandé d'informer la partie américaine de sa position")
q("indirect", "Kim Jong-un", "Kim Jong-un", O, "informer la partie américaine de sa position",
  "Kim's request inside Putin's quote", nested="yes")
q("mixed", "lui", PUTIN, K,
  "le dirigeant nord-coréen a besoin de « garanties de sécurité » pour renoncer à ses armes nucléaires", "selon lui")
q("indirect", "Il", PUTIN, K, "ces garanties devraient être internationales")
q("direct", "le chef du Kremlin", PUTIN, K, "Il n'y a pas de secrets ici")
q("mixed", "le chef du Kremlin", PUTIN, K, "il n'avait « aucun » agenda caché", "en affirmant que")
q("indirect", "Vladimir Poutine", PUTIN, K, "il rencontrerait Donald Trump si celui-ci le souhaitait",
  "'sans préciser de date' left out")
q("indirect", "la Maison-Blanche", WH, W, "les efforts de Moscou pour parvenir à la dénucléarisation de la péninsule",
  "saluer + NP carrying a position")
q("indirect", "Le président américain", TRUMP, W, "il appréciait l'implication de la Russie")
q("direct", "il", TRUMP, W, "Je pense qu'il peut aider")
q("indirect", "Les deux présidents", BOTH, J, "leur soutien à la poursuite du dialogue avec Pyongyang",
  "exprimer + NP; each side separately but subject is joint")
q("direct", "Le ministère nord-coréen des Affaires étrangères", "North Korean foreign ministry", O, "succès")
q("indirect", "Des analystes", "analysts", O, "Moscou cherche surtout à revenir dans le jeu diplomatique coréen")
q("direct", "l'agence officielle KCNA", "KCNA", O, "franche", "agentive passive; North Korean state media")

doc("dev10_tsa_20180414")
q("direct", "Moscou", KREMLIN, K, "conséquences",
  "headline; body words differ (Antonov: « ne resteront pas sans conséquences »), speaker from the headline itself",
  after="Moscou promet")
q("direct", "Donald Trump", TRUMP, W,
  "Prépare-toi la Russie, parce qu'ils arrivent, beaux, nouveaux et \"intelligents\"⍽!",
  "tweet; inner \"intelligents\" is Trump's scare quote (no row)")
nq("intelligents", "scare quote inside Trump's own quotation", after="beaux, nouveaux")
q("mixed", "Il", TRUMP, W, "s'associer à un «⍽Animal qui tue avec du gaz⍽»", "reprocher à X de + infinitive")
q("mixed", "il", TRUMP, W,
  "les relations avec la Russie étaient «⍽pires aujourd'hui qu'elles ne l'ont jamais été, y compris pendant la guerre froide⍽»")
q("direct", "La porte-parole de la diplomatie russe, Maria Zakharova", "Maria Zakharova", K,
  "Les missiles intelligents devraient voler vers les terroristes, pas vers le gouvernement légitime")
q("indirect", "L'ambassadeur de Russie au Liban, Alexandre Zassypkine", "Alexander Zasypkin", K,
  "tout missile américain serait abattu")
q("indirect", "Le Kremlin", KREMLIN, K, "éviter toute mesure susceptible d'aggraver la situation", "appeler à + infinitive")
q("direct", "Dmitri Peskov", "Dmitri Peskov", K, "Nous ne participons pas à la diplomatie du tweet")
q("direct", "Donald Trump", TRUMP, W, "Mission accomplie⍽!")
q("mixed", "L'ambassadeur russe à Washington, Anatoli Antonov", "Anatoly Antonov", K,
  "de tels actes «⍽ne resteront pas sans conséquences⍽»")
q("mixed", "un communiqué du Kremlin", KREMLIN, K,
  "Vladimir Poutine a condamné «⍽avec la plus grande fermeté⍽» une «⍽agression⍽» contre un État souverain",
  "selon X over the whole proposition; Putin inside Kremlin communiqué: same party")
q("indirect", "Damas", "Syrian government", O, "toute utilisation d'armes chimiques", "démentir + NP")

doc("dev11_20minutes_20250520")
q("direct", "Trump", TRUMP, W, "immédiates", "headline")
q("mixed", "Le président américain", TRUMP, W,
  "la Russie et l'Ukraine allaient « immédiatement » entamer des négociations en vue d'un cessez-le-feu")
q("direct", "Donald Trump", TRUMP, W, "Le ton et l'esprit de la conversation ont été excellents")
q("mixed", "Donald Trump", TRUMP, W,
  "les conditions d'un accord seraient négociées directement entre les deux parties, « car elles seules connaissent les détails »",
  "précisant que")
q("indirect", "Il", TRUMP, W,
  "avoir informé de cet échange Volodymyr Zelensky, Emmanuel Macron, Giorgia Meloni, Friedrich Merz et Alexander Stubb",
  "informer is topic-only, but here it is the content of 'a ajouté' (a claim)")
q("direct", "Vladimir Poutine", PUTIN, K, "très franc", "qualifier de «...» et de «...»: one row per fragment")
q("direct", "Vladimir Poutine", PUTIN, K, "très utile")
q("mixed", "Le président russe", PUTIN, K,
  "prêt à travailler avec l'Ukraine sur un « mémorandum » concernant un possible futur accord de paix", "se dire prêt à")
q("indirect", "lui", PUTIN, K, "Le plus important, selon lui, est d'éliminer les causes profondes de la crise",
  "selon X as a mid-sentence incise: one row, incise inside the span")
q("mixed", "Iouri Ouchakov", "Yuri Ushakov", K,
  "les deux présidents « s'appelaient par leur prénom » et ne se pressaient pas de raccrocher", "pour X")
q("mixed", "Emmanuel Macron", "Emmanuel Macron", O, "Moscou devait « montrer qu'il ne joue pas la montre »")
q("indirect", "Donald Trump", TRUMP, W, "il ne voulait pas mettre en péril les progrès réalisés",
  "répondre que (vouloir inside the reported clause is fine)")
q("indirect", "Giorgia Meloni", "Giorgia Meloni", O,
  "Le pape Léon XIV a proposé d'accueillir les prochaines négociations au Vatican", "incise a fait savoir X")
q("indirect", "Le pape Léon XIV", "Pope Leo XIV", O, "accueillir les prochaines négociations au Vatican",
  "the pope's proposal inside Meloni's statement", nested="yes")

doc("dev12_sputnik_20250807")
q("direct", "Ouchakov", "Yuri Ushakov", K, "dans les prochains jours", "headline 'X : ...' with quote marks",
  after="Ouchakov :")
q("indirect", "l'assistant du président russe Iouri Ouchakov", "Yuri Ushakov", K,
  "Sur proposition de la partie américaine, un accord de principe a été conclu pour tenir une rencontre bilatérale au plus haut niveau dans les prochains jours",
  "whole proposition attributed by incise")
q("direct", "Ouchakov", "Yuri Ushakov", K,
  "Sur proposition de la partie américaine, il a été essentiellement convenu de tenir une réunion bilatérale au plus haut niveau dans les jours à venir")
q("indirect", "lui", "Yuri Ushakov", K,
  "le lieu de la rencontre a été également convenu en principe, il sera annoncé plus tard", "selon lui")
q("direct", "l'assistant présidentiel", "Yuri Ushakov", K,
  "Nous commençons maintenant, avec nos collègues américains, la préparation concrète de cette réunion")
q("mixed", "Le ministre Ouchakov", "Yuri Ushakov", K,
  "la visite d'envoyé spécial Steve Witkoff à Moscou la veille s'était déroulée de manière \"très utile et constructive\"",
  "machine-translated wire ('le ministre' is a translation error)")
q("indirect", "Il", "Yuri Ushakov", K,
  "le président a transmis par Witkoff certains signaux sur la question ukrainienne et a reçu des signaux correspondants de Donald Trump")
q("mixed", "le président des Etats-Unis", TRUMP, W,
  "des \"grands progrès\" avaient été accomplis lors de la rencontre de Witkoff avec le dirigeant russe")
q("direct", "il", TRUMP, W, "Tout le monde convient que cette guerre doit prendre fin")
q("indirect", "le journal américain New York Times", "New York Times", O,
  "Trump prévoit de rencontrer Poutine dès la semaine prochaine", "media as reporting voice ('citant des sources')")
q("direct", "Kirill Dmitriev", "Kirill Dmitriev", K, "positifs")
q("indirect", "Il", "Kirill Dmitriev", K,
  "le dialogue entre la Russie et les Etats-Unis peut devenir la base de projets économiques mutuellement avantageux")
q("mixed", "Le Kremlin", KREMLIN, K,
  "la Russie est ouverte au dialogue avec l'administration américaine, mais que la partie ukrainienne \"ne démontre pas de volonté\" de paix")

# ---------------------------------------------------------------- batch 3
doc("dev13_rtbf_20251017")
q("direct", "le président américain", TRUMP, W,
  "Je pense que de grands progrès ont été accomplis avec la conversation téléphonique d'aujourd'hui",
  "'a annoncé une prochaine rencontre' in the lead is not speech (announcing a meeting)")
q("mixed", "il", TRUMP, W,
  "Les deux dirigeants ont convenu d'une réunion de hauts conseillers la semaine prochaine, a-t-il précisé, avant de se "
  "retrouver \"à Budapest, en Hongrie, pour voir si nous pouvons mettre fin à cette guerre +sans gloire+\"",
  "joint subject, incise a-t-il précisé (Trump) wins; sentence interrupted by the incise is one row, incise included")
nq("sans gloire", "AFP inner-quote convention +...+ inside Trump's quotation")
q("direct", "le conseiller Iouri Ouchakov", "Yuri Ushakov", K, "très substantiel et en même temps extrêmement franc",
  "décrire un échange \"...\": quoted qualifier")
q("mixed", "il", "Yuri Ushakov", K,
  "Vladimir Poutine a averti que la livraison de Tomahawk à Kiev \"ne changerait pas la situation sur le champ de bataille\" "
  "mais causerait \"un préjudice considérable\" aux relations entre Moscou et Washington",
  "incise a-t-il rapporté (Ushakov) over the whole sentence; Putin inside: same party")
q("direct", "le Premier ministre hongrois Viktor Orban", "Viktor Orban", O, "Nous sommes prêts")
q("direct", "le Premier ministre hongrois Viktor Orban", "Viktor Orban", O,
  "bonne nouvelle pour les peuples épris de paix du monde entier", "qui a qualifié ... de \"...\"")
q("indirect", "les deux capitales", "Kremlin and White House", J, "Les deux présidents se sont félicités du ton de l'échange",
  "selon both capitals: joint")
q("direct", "Trump", TRUMP, W, "Pas de réunion inutile", "'Lire aussi' line with quote marks, '«...» : Trump verbe' pattern")

doc("dev14_orientlejour_20190801")
q("indirect", "Trump", TRUMP, W, "son aide contre les incendies en Sibérie", "headline; proposer + NP (an offer)")
q("indirect", "le Kremlin", KREMLIN, K,
  "Donald Trump a proposé mercredi à Vladimir Poutine l'aide des États-Unis pour lutter contre les gigantesques incendies "
  "de forêt qui ravagent la Sibérie", "whole proposition attributed by incise")
q("indirect", "Donald Trump", TRUMP, W,
  "l'aide des États-Unis pour lutter contre les gigantesques incendies de forêt qui ravagent la Sibérie",
  "Trump's offer reported by the Kremlin (distinct party)", nested="yes")
q("mixed", "le communiqué", KREMLIN, K,
  "Lors d'un appel téléphonique à l'initiative de la partie américaine, le président russe a « exprimé sa sincère gratitude » pour cette proposition",
  "incise indique le communiqué")
q("mixed", "le communiqué", KREMLIN, K,
  "M. Poutine « l'a perçue comme le signe que des relations pleinement fonctionnelles peuvent à l'avenir être rétablies entre les deux pays »",
  "relative 'qui précise que' (qui = le communiqué)")
q("mixed", "le Kremlin", KREMLIN, K,
  "Les deux dirigeants ont également « discuté des perspectives de développement des liens commerciaux et économiques » "
  "et évoqué la situation au Venezuela et en Iran", "selon X gives joint content to one side; topic verb but quote-marked and under selon")
q("indirect", "Le porte-parole adjoint de la Maison-Blanche, Judd Deere", "Judd Deere", W,
  "M. Trump avait exprimé sa volonté d'aider la Russie et que les deux présidents avaient parlé du commerce entre les deux pays",
  "two coordinated que-clauses, one row")
q("mixed", "Trump et Poutine", BOTH, J, "ouverts à une « coopération »", "subheading with its own speaker and speech verb (se dire)")
nq("»", "stray closing mark with no opening mark", after="aide américaine")
q("indirect", "M. Poutine", PUTIN, K, "participer à la lutte contre les flammes",
  "ordonner à X de + infinitive (directive); relative clause after it is narrative")

doc("dev15_lepoint_20180718")
q("direct", "Trump", TRUMP, W, "Je voulais dire \"ne serait pas\"",
  "headline '«...» : le rétropédalage de Trump'; inner marks are a metalinguistic mention")
q("indirect", "Donald Trump", TRUMP, W, "s'être mal exprimé lors de sa conférence de presse avec Vladimir Poutine")
q("direct", "le président américain", TRUMP, W,
  "Dans une phrase clé de mes remarques, j'ai dit le mot \"serait\" au lieu de \"ne serait pas\"")
q("direct", "", TRUMP, W, "La phrase aurait dû être : je ne vois aucune raison pour laquelle ce ne serait pas la Russie.",
  "no attribution; directly continues the preceding quotation of the same speaker")
q("indirect", "Il", TRUMP, W, "accepter les conclusions du renseignement américain", "assurer + infinitive")
q("mixed", "Il", TRUMP, W, "l'ingérence aurait pu être le fait « d'autres personnes aussi »", "tout en ajoutant que")
q("indirect", "les démocrates", "Democrats (US Congress)", O, "une manœuvre", "dénoncer + NP carrying the position")
q("mixed", "Le chef de la minorité au Sénat, Chuck Schumer", "Chuck Schumer", O,
  "le président tentait de « se sortir d'une situation impossible »")
q("mixed", "le chef de la majorité républicaine, Mitch McConnell", "Mitch McConnell", O,
  "les Russes « ne sont pas nos amis »")
q("indirect", "le président russe", PUTIN, K, "il avait souhaité la victoire de Donald Trump en 2016",
  "reconnaître que (attitude verb inside the reported clause)")
q("direct", "Vladimir Poutine", PUTIN, K,
  "Oui, je le voulais. Parce qu'il parlait de normaliser les relations russo-américaines")
q("mixed", "la porte-parole Sarah Sanders", "Sarah Sanders", W,
  "le président jugeait « très mauvaise » une proposition russe d'interroger des citoyens américains, dont l'ancien ambassadeur Michael McFaul",
  "Trump's judgement inside Sanders' account: same party, no nested row")
q("mixed", "Le Kremlin", KREMLIN, K, "ses propositions soient « mal interprétées »", "regretter que (expressive)")
q("mixed", "La Maison-Blanche", WH, W, "des discussions étaient « déjà en cours »",
  "previous sentence 'a été évoqué' is an agentless topic verb: not speech")

doc("dev16_lesoleil_20251124")
q("direct", "Rubio", "Marco Rubio", W, "énormes progrès", "headline; évoquer + quote marks")
q("direct", "Les Américains", "US delegation", W, "progrès significatifs", "faire état de «...»")
q("indirect", "de nombreux Européens", "European governments", O, "trop favorable à Moscou",
  "agentive passive 'jugé ... par'")
q("direct", "le secrétaire d'État américain Marco Rubio", "Marco Rubio", W,
  "Je pense que nous avons fait énormément de progrès")
q("direct", "le secrétaire d'État américain Marco Rubio", "Marco Rubio", W, "probablement la meilleure", "qualifiant ... de «...»")
q("mixed", "la Maison-Blanche", WH, W, "les deux délégations ont élaboré un « cadre de paix actualisé et affiné »", "selon X")
q("direct", "Le chef de la délégation ukrainienne, Andriï Iermak", "Andriy Yermak", O, "très productive",
  "saluer une rencontre «...»")
q("mixed", "Volodymyr Zelensky", "Volodymyr Zelensky", O,
  "son pays risquait de perdre « sa dignité » ou un « partenaire clé »")
q("indirect", "plusieurs médias américains", "US media", O,
  "le plan a été rédigé par l'émissaire Steve Witkoff et l'envoyé russe Kirill Dmitriev", "media as reporting voice")
q("indirect", "Le Kremlin", KREMLIN, K, "ne pas avoir reçu de version officielle", "assurer + infinitive")
q("direct", "Dmitri Peskov", "Dmitri Peskov", K, "Nous n'avons rien reçu de manière officielle")
q("mixed", "Vladimir Poutine", PUTIN, K, "le texte pouvait « servir de base » à un règlement final")
q("mixed", "Donald Trump", TRUMP, W, "agacé par l'absence de « gratitude » de Kiev", "se dire + adjective")
q("mixed", "Le président français Emmanuel Macron", "Emmanuel Macron", O, "une paix « ne peut pas être une capitulation »")
q("direct", "un diplomate européen", "anonymous European diplomat", O, "beaucoup plus équilibrée", "selon X after a quoted qualifier")

doc("dev17_france24_20250819")
q("direct", "Donald Trump", TRUMP, W,
  "J'ai appelé le président Poutine et commencé les préparatifs d'une rencontre, dans un lieu à déterminer, entre le président Poutine et le président Zelensky")
q("indirect", "il", TRUMP, W, "Une rencontre tripartite suivrait", "incise a-t-il ajouté")
q("direct", "Le conseiller du Kremlin Iouri Ouchakov", "Yuri Ushakov", K, "franc et très constructif",
  "confirmer un échange \"...\"")
q("indirect", "il", "Yuri Ushakov", K,
  "Les deux présidents se sont prononcés en faveur de la poursuite de pourparlers directs entre les délégations russe et ukrainienne",
  "joint subject, incise a-t-il déclaré (Ushakov) wins")
q("direct", "", "", U, "à la manière de l'article 5",
  "subheading glued to the previous paragraph; words not attributed in the body")
q("direct", "le chancelier allemand Friedrich Merz", "Friedrich Merz", O, "Nous voulons la paix, mais pas n'importe quelle paix",
  "single quote marks")
q("indirect", "le chancelier allemand Friedrich Merz", "Friedrich Merz", O, "pour un cessez-le-feu avant tout sommet",
  "plaider pour + NP (like se prononcer pour)")
q("mixed", "Emmanuel Macron", "Emmanuel Macron", O,
  "une rencontre bilatérale devait avoir lieu « dans les prochaines semaines »")
q("indirect", "le secrétaire d'État Marco Rubio", "Marco Rubio", W,
  "les États-Unis participeront à des garanties de sécurité pour l'Ukraine", "selon X")
q("mixed", "Le président américain", TRUMP, W,
  "les Européens seraient « en première ligne » mais que Washington les aiderait")
q("direct", "Volodymyr Zelensky", "Volodymyr Zelensky", O, "meilleure")
q("direct", "il", "Volodymyr Zelensky", O, "Nous sommes prêts à une rencontre bilatérale avec Poutine")

doc("dev18_ledevoir_20180714")
q("direct", "M. Rosenstein", "Rod Rosenstein", O,
  "Les accusés ont mené des cyberopérations à grande échelle pour interférer dans l'élection présidentielle de 2016",
  "US justice set against Trump by the article -> other")
q("indirect", "Il", "Rod Rosenstein", O,
  "l'acte d'accusation ne mentionnait aucun citoyen américain ayant sciemment participé au complot")
q("direct", "sa porte-parole adjointe, Lindsay Walters", "Lindsay Walters", W,
  "Aujourd'hui, les accusations ne comprennent aucune allégation d'implication consciente de qui que ce soit de la campagne")
q("direct", "Lindsay Walters", "Lindsay Walters", W, "chasse aux sorcières", "dénoncer une «...»")
q("indirect", "Plusieurs élus démocrates", "Democrats (US Congress)", O,
  "annuler sa rencontre avec Vladimir Poutine, prévue lundi à Helsinki", "exhorter X à + infinitive")
q("mixed", "Le sénateur Chuck Schumer", "Chuck Schumer", O,
  "le sommet devait être annulé tant que Moscou ne prendrait pas de « mesures démontrables et transparentes »")
q("mixed", "le ministère des Affaires étrangères", "Russian Foreign Ministry", K,
  "une tentative de « gâcher l'atmosphère » avant le sommet", "dénoncer + NP with fragment")
q("mixed", "le ministère", "Russian Foreign Ministry", K,
  "Il n'existe « aucune preuve » de l'implication des douze Russes", "incise a affirmé le ministère")
q("indirect", "Donald Trump", TRUMP, W, "il aborderait la question avec son homologue",
  "topic verb inside a reported clause of assurer")
q("direct", "", "", U, "Je vais lui poser la question, fermement. Mais je ne crois pas qu'on verra",
  "quotation truncated at end of file, attribution cut off -> unattributed (the previous sentence is indirect, not a quotation)")

# ---------------------------------------------------------------- batch 4
doc("dev19_lematin_20250715")
q("mixed", "Le président américain Donald Trump", TRUMP, W,
  "droits de douane « très sévères » si aucun accord de paix n'était conclu d'ici 50 jours",
  "menacer X de + NP (threat with content)")
q("direct", "il", TRUMP, W, "Je suis très mécontent de la Russie")
q("direct", "le locataire de la Maison-Blanche", TRUMP, W, "Je pensais que nous aurions un accord il y a deux mois")
q("indirect", "un responsable américain s'exprimant sous couvert d'anonymat", "anonymous US official", W,
  "les premières livraisons de missiles Patriot pourraient intervenir rapidement", "anonymous US official -> white_house")
q("direct", "Le vice-président du Conseil de sécurité russe, Dmitri Medvedev", "Dmitry Medvedev", K, "théâtral")
q("direct", "il", "Dmitry Medvedev", K, "La Russie s'en fiche")
q("direct", "Le Kremlin", KREMLIN, K, "très graves", "juger X «...»: quoted qualifier")
q("mixed", "Dmitri Peskov", "Dmitri Peskov", K, "Il faut « du temps pour les analyser »", "incise")
q("indirect", "Le ministre russe des Affaires étrangères, Sergueï Lavrov", "Sergei Lavrov", K,
  "Moscou était prêt à supporter de nouvelles sanctions")
q("indirect", "Les Européens", "European governments", O,
  "financer l'achat des systèmes de défense antiaérienne destinés à l'Ukraine",
  "s'engager à + infinitive (commissive, like accepter de)")

doc("dev20_fratmat_20250314")
q("direct", "Poutine", PUTIN, K, "oui, mais", "headline")
q("indirect", "Le président russe Vladimir Poutine", PUTIN, K,
  "favorable, sur le principe, à la proposition américaine d'un cessez-le-feu de 30 jours en Ukraine", "se dire + adjective")
q("direct", "le chef du Kremlin", PUTIN, K,
  "L'idée elle-même est juste, et nous la soutenons certainement. Mais il y a des questions dont nous devons discuter")
q("direct", "", PUTIN, K, "Comment ces 30 jours seront-ils utilisés⍽? Pour que l'Ukraine poursuive sa mobilisation⍽?",
  "no attribution; directly continues the preceding quotation; NBSP before ?")
q("indirect", "une source américaine", "anonymous US official", W, "Il a été reçu tard dans la soirée au Kremlin",
  "incise; anonymous US source")
q("direct", "Donald Trump", TRUMP, W, "très prometteuse", "saluer une déclaration «...», mais «...»: one row per fragment")
q("direct", "Donald Trump", TRUMP, W, "incomplète")
q("indirect", "Le président américain", TRUMP, W, "accepter la trêve", "appeler X à + infinitive")
q("direct", "Les Ukrainiens", "Ukrainian government", O, "manipulation")

doc("dev21_tdg_20181112")
q("mixed", "le président russe", PUTIN, K, "l'échange avait été «‿bon‿»")
q("direct", "M.‿Poutine", PUTIN, K, "Nous avons eu une bonne conversation")
q("indirect", "M.‿Poutine", PUTIN, K, "les deux dirigeants étaient convenus de se revoir en marge du G20 de Buenos Aires",
  "ajoutant que; joint content, speaker Putin")
q("mixed", "un responsable américain", "anonymous US official", W,
  "une rencontre formelle en Argentine «‿n'est pas exclue‿»", "d'après X")
q("direct", "Emmanuel Macron", "Emmanuel Macron", O, "trahison du patriotisme", "qualifier de")
q("direct", "Donald Trump", TRUMP, W, "nationaliste", "se revendiquer «...»: self-description, borderline speech")
q("mixed", "Le président russe", PUTIN, K,
  "«‿l'esprit de coopération‿» qui devrait selon lui prévaloir entre les grandes puissances", "vanter + NP with fragment")
q("mixed", "Il", PUTIN, K, "prêt à rencontrer son homologue américain «‿quand il le voudra‿»", "se déclarer prêt à")

doc("dev22_humanite_20171112")
q("direct", "Trump", TRUMP, W, "sincère", "headline with quote marks; attitude verb croire but quote-marked headline")
q("indirect", "ce texte", "Joint US-Russia statement", J,
  "Les deux présidents ont confirmé leur détermination à vaincre le groupe «État islamique» en Syrie",
  "selon the joint statement (published by the Kremlin) -> joint; «État islamique» is a name, so not mixed")
nq("État islamique", "organisation name in guillemets")
q("indirect", "MM. Trump et Poutine", BOTH, J, "il n'existait pas de solution militaire au conflit")
q("indirect", "Donald Trump", TRUMP, W, "avoir de nouveau interrogé son homologue sur l'ingérence russe", "raconter + infinitive")
q("direct", "il", TRUMP, W, "Il a dit qu'il ne s'était absolument pas mêlé de notre élection")
q("indirect", "Il", PUTIN, K, "il ne s'était absolument pas mêlé de notre élection",
  "Putin's words reported inside Trump's quotation", nested="yes")
q("direct", "", TRUMP, W,
  "Chaque fois qu'il me voit, il dit : je n'ai pas fait ça. Et je crois vraiment qu'il le pense quand il le dit.",
  "no attribution; directly continues the preceding quotation")
q("direct", "il", PUTIN, K, "je n'ai pas fait ça", "Putin's words inside Trump's quotation (after 'il dit :')",
  nested="yes")
q("mixed", "L'ancien directeur de la CIA John Brennan", "John Brennan", O,
  "Vladimir Poutine « joue » Donald Trump en flattant son ego", "former intelligence chief set against Trump")
q("mixed", "Dmitri Peskov", "Dmitri Peskov", K,
  "les deux dirigeants avaient eu une conversation « sur leurs pieds »")

doc("dev23_lecourrier_20170129")
q("direct", "", WH, W, "un début significatif",
  "headline made of a quotation; same words attributed in the body to the White House communiqué",
  after="Premier appel")
q("direct", "les deux parties", BOTH, J, "positive et constructive", "agentive passive 'jugée ... par les deux parties'")
q("direct", "un communiqué de la Maison-Blanche", WH, W,
  "L'appel téléphonique d'aujourd'hui a été un début significatif vers l'amélioration de la relation entre les Etats-Unis "
  "et la Russie, qui a besoin d'être réparée")
q("indirect", "le texte", WH, W,
  "Les deux présidents espèrent que cet appel permettra de progresser dans la lutte contre le terrorisme et sur d'autres questions",
  "attitude verb espérer, but the proposition is attributed by incise ajoute le texte (WH communiqué), which wins")
q("mixed", "le Kremlin", KREMLIN, K,
  "les deux dirigeants ont fait de la lutte contre le terrorisme international, et notamment contre l'Etat islamique, leur « priorité »",
  "selon X")
q("indirect", "la présidence russe", KREMLIN, K,
  "Ils sont convenus d'établir une véritable coordination des actions en Syrie",
  "agreement predicate, but attributed by incise précise la présidence russe")
q("indirect", "Vladimir Poutine", PUTIN, K,
  "la Russie avait soutenu les Etats-Unis pendant la guerre d'indépendance et la guerre de Sécession")
q("indirect", "Dmitri Peskov", "Dmitri Peskov", K, "La question des sanctions n'a pas été abordée", "incise")

doc("dev24_afp_20251022")
q("direct", "le président américain", TRUMP, W,
  "Je n'avais pas le sentiment que nous arriverions là où nous devons arriver. Alors je l'ai annulé",
  "'a annoncé l'annulation de son sommet' in the lead is not speech (announcing a meeting)")
q("direct", "il", TRUMP, W,
  "Chaque fois que je parle avec Vladimir, j'ai de bonnes conversations, et puis elles ne mènent nulle part")
q("mixed", "Le secrétaire au Trésor Scott Bessent", "Scott Bessent", W,
  "le «refus» du président russe de mettre fin à cette guerre «insensée»", "justifier X par + NP with fragments")
q("direct", "La diplomatie russe", "Russian Foreign Ministry", K, "totalement contre-productives")
q("mixed", "la porte-parole Maria Zakharova", "Maria Zakharova", K,
  "Moscou a développé une «forte immunité» face aux restrictions occidentales", "pour X")
q("mixed", "Vladimir Poutine", PUTIN, K,
  "il s'agissait d'une tentative de «pression» sur la Russie, mais qu'aucun pays qui se respecte ne prend de décisions sous la pression")
q("indirect", "il", PUTIN, K,
  "Les sanctions auront des conséquences, mais elles n'affecteront pas significativement le bien-être économique de la Russie",
  "incise a-t-il ajouté")
q("direct", "Kiev", "Ukrainian government", O, "forte et nécessaire")

# ---------------------------------------------------------------- review pass (rows added after re-reading)
doc("dev01_figaro_20180716")
q("indirect", "Trump", TRUMP, W, "désavouer Poutine sur l'ingérence russe",
  "headline; refuser de + infinitive, counterpart of accepter de (borderline)")
doc("dev08_liberation_20180321")
q("indirect", "la porte-parole Sarah Sanders", "Sarah Sanders", W, "dire si le président avait lu ces notes",
  "refuser de + infinitive (borderline: the content is a question left unanswered)")
doc("dev10_tsa_20180414")
q("indirect", "il", TRUMP, W, "tirer sur la Syrie", "menacer de + infinitive in a relative clause")
doc("dev18_ledevoir_20180714")
q("indirect", "", "", U, "avoir piraté les ordinateurs du Parti démocrate en 2016",
  "agentless passive 'accusés d'avoir ...' -> unattributed")
