"""Gold rows of holdout2, written as quote text (+ optional unique anchor), never as offsets.

q(doc, kind, speaker, speaker_resolved, side, quote_text, note="", after=None, nested="no") adds a gold row;
nq(doc, text, why, after=None) adds a non-quote. ``quote_sets.py build`` computes the offsets. In strings, ⍽ stands for
U+00A0 and ‿ for U+202F, as in the article sources.
"""
GOLD = []
NONQUOTES = []


def q(doc, kind, speaker, resolved, side, quote, note="", after=None, nested="no"):
    GOLD.append({"doc_id": doc, "kind": kind, "speaker": speaker, "speaker_resolved": resolved, "side": side,
                 "quote_text": quote, "note": note, "after": after, "nested": nested})


def nq(doc, text, why, after=None):
    NONQUOTES.append({"doc_id": doc, "text": text, "why": why, "after": after})


K, W, J, O, U = "kremlin", "white_house", "joint", "other", "unattributed"
DI, IN, MX = "direct", "indirect", "mixed"

# --- t01 Le Figaro, Hamburg G20 ---------------------------------------------------------------------------
D = "t01_lefigaro_20170708"
q(D, DI, "le secrétaire d'État américain, Rex Tillerson", "Rex Tillerson", W, "une excellente chimie",
  "quoted complement with inverted incise after it")
q(D, DI, "Rex Tillerson", "Rex Tillerson", W, "Le président Trump a ouvert la réunion en soulevant les inquiétudes du peuple américain concernant l'ingérence russe dans l'élection de 2016")
q(D, MX, "lui", "Rex Tillerson", W, "les deux dirigeants ont eu «⍽un échange très solide et prolongé⍽» sur le sujet", "selon lui")
q(D, IN, "il", "Rex Tillerson", W, "Le président russe aurait nié toute implication", "a-t-il précisé")
q(D, IN, "Le président russe", "Vladimir Putin", K, "toute implication", "Putin's denial inside Tillerson's account; NP complement of nier", nested="yes")
q(D, MX, "Le chef de la diplomatie russe", "Sergei Lavrov", K, "Donald Trump avait «⍽entendu les déclarations claires de Poutine⍽» selon lesquelles Moscou ne s'était pas ingéré et qu'il les avait «⍽acceptées⍽»",
  "two coordinated que-clauses of one verb; Putin inside Lavrov = same party, no nested row")
q(D, MX, "un responsable de la Maison-Blanche", "anonymous White House official", W, "le président n'avait «⍽jamais accepté⍽» ces dénégations")
q(D, DI, "Rex Tillerson", "Rex Tillerson", W, "Je pense que c'est notre première indication que les États-Unis et la Russie peuvent travailler ensemble en Syrie")
q(D, MX, "Sergueï Lavrov", "Sergei Lavrov", K, "la police militaire russe assurerait la sécurité autour de la zone «⍽en coordination avec les Jordaniens et les Américains⍽»",
  "participial précisant que; 'a confirmé l'accord' carries no content")
q(D, DI, "Donald Trump", "Donald Trump", W, "honneur", "quoted object of saluer")
q(D, DI, "il", "Donald Trump", W, "Le président Poutine et moi discutons de diverses choses, et je pense que ça se passe très bien")
q(D, MX, "il", "Donald Trump", W, "«⍽beaucoup de choses très positives⍽» pour la Russie, les États-Unis «⍽et pour toutes les personnes concernées⍽»",
  "promettant + NP with quoted fragments")
q(D, DI, "Vladimir Poutine", "Vladimir Putin", K, "ravi", "s'était dit «ravi»")
q(D, MX, "Vladimir Poutine", "Vladimir Putin", K, "les conversations téléphoniques «⍽ne suffisent jamais⍽»")
q(D, DI, "", "Donald Trump", W, "impénétrable", "subheading; the same word is attributed to Trump in the body (unité de cybersécurité impénétrable); borderline, could be unattributed",
  after="Un groupe de travail")
q(D, IN, "Sergueï Lavrov", "Sergei Lavrov", K, "les deux présidents étaient convenus de créer un groupe de travail conjoint",
  "agreement predicate inside Lavrov's que-clause")
q(D, DI, "Donald Trump", "Donald Trump", W, "unité de cybersécurité impénétrable", "quoted object of évoquer (on Twitter)")
q(D, MX, "Le sénateur républicain Lindsey Graham", "Lindsey Graham", O, "ce n'était «⍽pas l'idée la plus stupide⍽» qu'il ait entendue, «⍽mais presque⍽»")
q(D, DI, "Les commentateurs de la télévision publique", "Russian state TV commentators", O, "dégel", "parler de + quote marks; media voice -> other")
q(D, DI, "le quotidien Kommersant", "Kommersant", O, "fin de la pause", "media headline")
q(D, DI, "Trump", "Donald Trump", W, "Il y a beaucoup de tueurs", "'Lire aussi' line: «quote» : quand Trump défendait")

# --- t02 AFP, Da Nang / Hanoi ---------------------------------------------------------------------------
D = "t02_afp_20171112"
q(D, MX, "Trump", "Donald Trump", W, 'croire Poutine "quand il dit" ne pas s\'être mêlé de l\'élection', "headline")
q(D, IN, "il", "Vladimir Putin", K, "ne pas s'être mêlé de l'élection", "Putin's claim inside Trump's headline statement", nested="yes")
q(D, IN, "Donald Trump", "Donald Trump", W, "croire Vladimir Poutine lorsque celui-ci nie toute ingérence dans la présidentielle américaine de 2016")
q(D, IN, "celui-ci", "Vladimir Putin", K, "toute ingérence dans la présidentielle américaine de 2016", "nier + NP inside Trump's statement", nested="yes")
q(D, DI, "le président américain", "Donald Trump", W, "Il m'a dit qu'il ne s'était absolument pas mêlé de notre élection")
q(D, IN, "Il", "Vladimir Putin", K, "il ne s'était absolument pas mêlé de notre élection", "Putin inside Trump's quotation", nested="yes")
q(D, DI, "il", "Donald Trump", W, "Chaque fois qu'il me voit, il dit: je n'ai pas fait ça. Et je crois vraiment que, quand il me dit ça, il le pense",
  "quotation spanning two sentences; a-t-il poursuivi")
q(D, DI, "il", "Vladimir Putin", K, "je n'ai pas fait ça", "free direct speech without marks inside Trump's quotation", nested="yes")
q(D, MX, "il", "Donald Trump", W, 'son homologue était "très insulté" par ces accusations', "jugeant que")
q(D, DI, "Le milliardaire républicain", "Donald Trump", W, "bidouilleurs politiques", "qualifier X de «...»")
q(D, MX, "Le milliardaire républicain", "Donald Trump", W, 'l\'enquête sur une éventuelle collusion entre son équipe de campagne et Moscou était "un coup monté par les démocrates"', "estimant que")
q(D, IN, "La CIA", "CIA", O, "son directeur, Mike Pompeo, maintenait les conclusions de janvier selon lesquelles la Russie avait cherché à influencer le scrutin",
  "US intelligence set against Trump -> other; Pompeo inside CIA communiqué = same party")
q(D, DI, "Le sénateur républicain John McCain", "John McCain", O, "naïves", "dénoncer des déclarations «...»")
q(D, MX, "Le sénateur républicain John McCain", "John McCain", O, 'il n\'y avait "rien d\'+America First+ à croire la parole d\'un colonel du KGB plutôt que celle des services de renseignement américains"',
  "assurant que; +America First+ inside is the AFP inner-quote convention")
q(D, DI, "il", "Donald Trump", W, "Je suis avec nos agences telles qu'elles sont actuellement dirigées")
q(D, MX, "il", "Donald Trump", W, 'il croyait que Vladimir Poutine "croit" sincèrement ne pas s\'être ingéré', "ajoutant que")
q(D, DI, "Les présidents", "Vladimir Putin and Donald Trump", J, "détermination à vaincre l'EI en Syrie", "joint declaration; affirmer leur «...»")
q(D, MX, "Les présidents", "Vladimir Putin and Donald Trump", J, 'il n\'existe "pas de solution militaire" au conflit', "réitèrent que")
q(D, DI, "le porte-parole du Kremlin, Dmitri Peskov", "Dmitri Peskov", K, "préparé par les experts et approuvé par les deux présidents")
q(D, MX, "Le chef de la diplomatie russe Sergueï Lavrov", "Sergei Lavrov", K, 'les deux hommes avaient eu "une conversation normale", trois fois en deux jours, sans aller "dans les détails"')
q(D, DI, "M. Peskov", "Dmitri Peskov", K, "Non, ce sujet n'a pas été évoqué")
q(D, DI, "une source diplomatique européenne", "anonymous European diplomatic source", O, "bienvenu mais tardif", "jugé «...» par X (passive with agent)")
q(D, MX, "Vladimir Poutine", "Vladimir Putin", K, 'les accusations d\'ingérence relevaient de "la lutte politique intérieure aux États-Unis"')
nq(D, "+America First+", "AFP inner-quote convention (slogan)")
nq(D, "+important+", "AFP inner-quote convention")

# --- t03 Ouest-France, Helsinki aftermath -----------------------------------------------------------------
D = "t03_ouestfrance_20180717"
q(D, MX, "Donald Trump", "Donald Trump", W, "Vladimir Poutine avait été «‿extrêmement fort et puissant‿» dans ses dénégations")
q(D, DI, "il", "Donald Trump", W, "Mes gens sont venus me voir, Dan Coats et d’autres, ils disent que c’est la Russie. J’ai le président Poutine, il vient de dire que ce n’est pas la Russie. Je vais vous dire ceci : je ne vois aucune raison pour laquelle ce serait le cas",
  "multi-sentence quotation, a-t-il lancé")
q(D, IN, "ils", "Dan Coats and US intelligence", O, "c’est la Russie", "US intelligence inside Trump's quotation, set against him", nested="yes", after="ils disent que")
q(D, IN, "il", "Vladimir Putin", K, "ce n’est pas la Russie", "Putin inside Trump's quotation", nested="yes")
q(D, DI, "il", "Dan Coats", O, "Nous avons été clairs dans notre évaluation de l’ingérence russe dans l’élection de 2016 et de ses efforts continus, omniprésents, pour saper notre démocratie",
  "communiqué; y écrit-il; intelligence set against Trump")
q(D, DI, "", "", U, "Honteux", "subheading; the body attributes 'honteuses' (not the same words) -> unattributed")
q(D, DI, "Le sénateur John McCain", "John McCain", O, "l’une des performances les plus honteuses d’un président américain dont on se souvienne", "parler de + quote marks")
q(D, MX, "Le président de la Chambre des représentants, Paul Ryan", "Paul Ryan", O, "la Russie «‿n’est pas notre alliée‿»")
q(D, DI, "le chef de la minorité au Sénat, Chuck Schumer", "Chuck Schumer", O, "irréfléchie, dangereuse et faible")
q(D, IN, "Nancy Pelosi", "Nancy Pelosi", O, "le président a montré qu’il avait peur de Vladimir Poutine", "pour X")
q(D, MX, "Newt Gingrich", "Newt Gingrich", O, "il s’agissait de «‿la plus grave erreur de sa présidence‿», qui devait être «‿corrigée immédiatement‿»", "a tweeté que")
q(D, DI, "Poutine", "Vladimir Putin", K, "Oui, je le voulais", "subheading 'Poutine : «…»'", after="Poutine : «")
q(D, MX, "le président russe", "Vladimir Putin", K, "la Russie ne s’était «‿jamais ingérée‿» et ne comptait pas le faire")
q(D, DI, "il", "Vladimir Putin", K, "Oui, je le voulais. Oui, je le voulais. Parce qu’il parlait de normaliser les relations entre les États-Unis et la Russie.",
  "colon introduction, final full stop inside the marks")
q(D, IN, "Le locataire du Kremlin", "Vladimir Putin", K, "les enquêteurs du procureur spécial Robert Mueller puissent se rendre en Russie pour y interroger les douze officiers inculpés, à condition que la réciprocité s’applique",
  "proposer que")
q(D, DI, "Donald Trump", "Donald Trump", W, "incroyable", "qualifiée d'«…» par X")
q(D, IN, "la Maison-Blanche", "White House", W, "le président s’exprimerait devant les caméras", "faire savoir que")
q(D, IN, "plusieurs médias américains", "US media", O, "ses conseillers l’ont pressé de clarifier ses propos", "selon X")
q(D, IN, "ses conseillers", "Trump's advisers", W, "clarifier ses propos", "advisers' speech act inside the media report", nested="yes")
nq(D, "kompromat", "scare-quoted term in a 'Lire aussi' line")

# --- t04 Sputnik France (machine-translated syntax), Helsinki --------------------------------------------
D = "t04_sputnik_20180717"
q(D, MX, "Lavrov", "Sergei Lavrov", K, "le sommet Poutine-Trump était «mieux que super»", "headline 'X: clause'")
q(D, IN, "lui", "Sergei Lavrov", K, "les négociations se sont déroulées dans une atmosphère constructive et ont ouvert la voie au dialogue", "selon lui")
q(D, MX, "le chef de la diplomatie russe Sergueï Lavrov", "Sergei Lavrov", K, "Le sommet russo-américain d'Helsinki était «mieux que super»", "clause with inverted incise")
q(D, MX, "Il", "Sergei Lavrov", K, "les deux dirigeants ont eu une discussion «très utile» sur la sécurité stratégique et la Syrie")
q(D, DI, "le ministre", "Sergei Lavrov", K, "Les présidents se sont mis d'accord pour que nos ministères et nos services de sécurité établissent des contacts réguliers",
  "joint agreement inside Lavrov's words = his row")
q(D, IN, "Vladimir Poutine", "Vladimir Putin", K, "la Russie n'était jamais intervenue et n'intervenait pas dans les affaires intérieures américaines, y compris le processus électoral")
q(D, DI, "le chef de l'État russe", "Vladimir Putin", K, "La guerre froide est une chose du passé. L'époque de la confrontation idéologique aiguë entre les deux pays est une chose du passé lointain")
q(D, IN, "Le président russe", "Vladimir Putin", K, "créer un groupe de travail conjoint d'experts sur la cybersécurité", "proposer de + inf")
q(D, IN, "il", "Vladimir Putin", K, "l'existence d'un traité d'entraide judiciaire de 1999 entre les deux pays", "borderline: rappeler + NP carrying a position")
q(D, DI, "Le porte-parole du Kremlin Dmitri Peskov", "Dmitri Peskov", K, "bonne", "qualifier de «…»")
q(D, IN, "Le porte-parole du Kremlin Dmitri Peskov", "Dmitri Peskov", K, "il n'y avait pour l'heure aucun accord concernant un nouveau sommet", "ajoutant que")
q(D, IN, "il", "Dmitri Peskov", K, "Il est trop tôt pour parler d'une visite de Donald Trump à Moscou", "a-t-il indiqué")
q(D, DI, "La porte-parole de la diplomatie russe Maria Zakharova", "Maria Zakharova", K, "campagne hystérique")
q(D, MX, "la diplomate", "Maria Zakharova", K, "une partie de l'establishment américain est prête à «sacrifier les relations russo-américaines» pour ses ambitions politiques", "d'après X")
q(D, IN, "l'ambassadeur russe aux États-Unis Anatoli Antonov", "Anatoly Antonov", K, "Les résultats du sommet ne doivent pas être enterrés sous la rhétorique des opposants au dialogue",
  "cataphoric machine-translated attribution 'De cela a déclaré X'")
q(D, DI, "il", "Anatoly Antonov", K, "Nous sommes prêts à travailler de manière honnête et pragmatique")
q(D, MX, "Donald Trump", "Donald Trump", W, "la rencontre avec Poutine avait été «encore meilleure» que celle avec les alliés de l'Otan", "a tweeté que")
q(D, IN, "le sondage publié par l'agence américaine Reuters/Ipsos", "Reuters/Ipsos poll", O, "55% des Américains désapprouvent la manière dont le dirigeant américain a traité la Russie",
  "selon + poll (media voice)")
q(D, DI, "le président américain", "Donald Trump", W, "ennemi", "qualifier X d'«…»", after="l'Union européenne d'«")
q(D, MX, "Le président du Conseil européen, Donald Tusk", "Donald Tusk", O, "l'Amérique et l'UE étaient «les meilleurs amis» et que quiconque disant que nous sommes des ennemis répand des «fake news»",
  "two coordinated que-clauses")
nq(D, "Browder", "name of a case (person) in guillemets")

# --- t05 Tribune de Genève, Osaka G20 ---------------------------------------------------------------------
D = "t05_tdg_20190629"
q(D, DI, "Trump", "Donald Trump", W, "Ne vous mêlez pas de l'élection", "headline «…»: la mise en garde de Trump; same words in the body", after="G20 d'Osaka")
q(D, IN, "une journaliste", "a journalist", O, "allait-il demander à la Russie de ne pas interférer dans l'élection de 2020?", "borderline: reported question after a colon")
q(D, DI, "il", "Donald Trump", W, "Oui, bien sûr")
q(D, DI, "", "Donald Trump", W, "Ne vous mêlez pas de l'élection, s'il vous plaît.", "continuation of Trump; colon without speech verb", after="le doigt pointé")
q(D, DI, "le milliardaire", "Donald Trump", W, "très bon type")
q(D, MX, "le milliardaire", "Donald Trump", W, "les deux hommes avaient «beaucoup de choses à discuter, y compris le commerce et un peu de désarmement»")
q(D, DI, "Donald Trump", "Donald Trump", W, "Débarrassez-vous d'eux. Les fake news sont un grand terme, n'est-ce pas? Vous n'avez pas ce problème en Russie, mais nous l'avons")
q(D, DI, "le chef de l'Etat russe", "Vladimir Putin", K, "Nous l'avons aussi. C'est la même chose")
q(D, MX, "La Maison-Blanche", "White House", W, "les deux dirigeants avaient discuté de l'Iran, de la Syrie, du Venezuela et de l'Ukraine, et qu'ils étaient convenus de poursuivre les discussions sur un «modèle de contrôle des armements du XXIe siècle»",
  "two que-clauses of one verb; also 'selon la porte-parole Sarah Sanders'; joint content inside WH account = WH row")
q(D, DI, "le conseiller diplomatique Iouri Ouchakov", "Yuri Ushakov", K, "positive", "parler d'une rencontre «…»")
q(D, IN, "Dmitri Peskov", "Dmitri Peskov", K, "Vladimir Poutine avait invité Donald Trump à Moscou l'an prochain pour les célébrations du 75e anniversaire de la victoire de 1945")
q(D, DI, "", "Vladimir Putin", K, "Obsolète", "subheading; the same word is attributed to Putin in the body")
q(D, MX, "il", "Vladimir Putin", K, "L'idée libérale «a survécu à son objectif»", "y affirmait-il (FT interview)")
q(D, MX, "il", "Vladimir Putin", K, "le libéralisme était devenu «obsolète»", "jugeant que")
q(D, DI, "Le président du Conseil européen, Donald Tusk", "Donald Tusk", O, "Ce que je trouve vraiment obsolète, c'est l'autoritarisme, le culte de la personnalité, le règne des oligarques.")
q(D, MX, "un diplomate européen rencontré en marge", "anonymous European diplomat", O, "le numéro du président américain montre surtout «qu'il ne prend pas la menace au sérieux»", "pour X")
q(D, IN, "lui", "former Swiss ambassador to Moscow", O, "Trump a simplement voulu désamorcer une question gênante devant la presse", "selon lui")
nq(D, "fake news", "scare-quoted term in a subheading", after="Les «")
nq(D, "Financial Times", "newspaper name in guillemets")

# --- t06 Libération (analysis), Venezuela call May 2019 ---------------------------------------------------
D = "t06_liberation_20190504"
q(D, IN, "il", "Donald Trump", W, "Vladimir Poutine n'avait aucune intention de s'ingérer à Caracas", "borderline: anaphoric attribution 'C'est du moins ce qu'il a raconté'")
q(D, MX, "le président américain", "Donald Trump", W, "Le maître du Kremlin « ne cherche pas du tout à s'impliquer au Venezuela, à part qu'il aimerait voir quelque chose de positif se produire »")
q(D, DI, "", "Donald Trump", W, "J'ai la même position.", "continuation quote without attribution")
q(D, IN, "son propre secrétaire d'Etat, Mike Pompeo", "Mike Pompeo", W, "Nicolás Maduro s'apprêtait à quitter le pays avant que les Russes ne le convainquent de rester")
q(D, DI, "il", "Mike Pompeo", W, "Il avait un avion sur le tarmac", "insistait-il")
q(D, MX, "Son conseiller à la sécurité nationale, John Bolton", "John Bolton", W, "« toutes les options » restaient « sur la table »")
q(D, IN, "la présidence russe", "Kremlin", K, "Vladimir Poutine a souligné que seuls les Vénézuéliens avaient le droit de décider de leur avenir et que toute ingérence extérieure ne faisait que saper les perspectives d'un règlement politique",
  "selon X; Putin inside Kremlin readout = same party")
q(D, IN, "le communiqué", "Kremlin", K, "Les deux dirigeants ont évoqué la Corée du Nord et le contrôle des armements", "topic verb under an incise; joint subject but the incise gives it to the Kremlin")
q(D, DI, "qui", "Kremlin", K, "pragmatique", "parler d'une conversation «…»; qui = le communiqué")
q(D, DI, "", "Vladimir Putin", K, "souris", "subheading; the word is in Putin's quotation in the body; borderline", after="Un rapport devenu")
q(D, MX, "Donald Trump", "Donald Trump", W, "avoir abordé le sujet avec son interlocuteur, qui aurait « souri » en l'entendant", "dire + infinitive")
q(D, DI, "Le président russe", "Vladimir Putin", K, "La montagne a accouché d'une souris.")
q(D, DI, "Trump", "Donald Trump", W, "Nous n'avons pas parlé de ça.")
q(D, MX, "la porte-parole du ministère des Affaires étrangères, Maria Zakharova", "Maria Zakharova", K, "chercher à « démoraliser » l'armée vénézuélienne", "accuser X de + inf")
q(D, MX, "Sergueï Lavrov", "Sergei Lavrov", K, "« conséquences les plus graves » en cas de nouvelles « mesures agressives »", "avertir X de + NP with quoted fragments")
q(D, IN, "Le chef de la diplomatie américaine", "Mike Pompeo", W, "cesser son soutien à Maduro", "exhorter X à + inf")
q(D, DI, "Les opposants de Juan Guaidó", "Juan Guaidó's opponents", O, "coup d'Etat", "parler de «…»")
q(D, DI, "ses partisans", "Juan Guaidó's supporters", O, "transition démocratique", "elliptical 'parlent de'")
q(D, IN, "Ilia Sorokine, chercheur au centre Carnegie de Moscou", "Ilia Sorokine", O, "Moscou utilise le Venezuela comme une monnaie d'échange face à Washington", "pour X")

# --- t07 Le Monde live blog, Syria strikes April 2018 ------------------------------------------------------
D = "t07_lemonde_live_20180414"
q(D, DI, "Moscou", "Kremlin", K, "agression", "headline; dénoncer une «…»", after="Moscou dénonce une « ")
q(D, DI, "Trump", "Donald Trump", W, "parfaitement exécutée", "headline; saluer une opération «…»", after="Trump salue une opération « ")
q(D, IN, "le Pentagone", "Pentagon", W, "Les frappes ont visé trois sites près de Damas et de Homs", "selon X in a summary bullet")
q(D, DI, "l'ambassadeur russe Vassili Nebenzia", "Vassily Nebenzia", K, "hooliganisme")
q(D, DI, "il", "Vassily Nebenzia", K, "Nous sommes réunis pour discuter des actions agressives des Etats-Unis et de leurs alliés, qui violent la Charte des Nations unies")
q(D, MX, "Le secrétaire général de l'ONU, Antonio Guterres", "Antonio Guterres", O, "« faire preuve de retenue » et à éviter toute escalade", "appeler X à + inf")
q(D, MX, "la porte-parole de la diplomatie chinoise, Hua Chunying", "Hua Chunying", O, "La Chine « s'oppose constamment à l'usage de la force dans les relations internationales »")
q(D, DI, "la porte-parole de la diplomatie chinoise, Hua Chunying", "Hua Chunying", O, "complète, juste et objective", "appelant à une enquête «…»")
q(D, DI, "Ankara", "Turkey", O, "appropriée")
q(D, MX, "Le président turc Recep Tayyip Erdogan", "Recep Tayyip Erdogan", O, "le régime syrien devait être tenu responsable de ses « massacres »")
q(D, IN, "Le Pentagone", "Pentagon", W, "tous les missiles ont atteint leurs cibles")
q(D, IN, "Le chef d'état-major interarmées, le général Joseph Dunford", "Joseph Dunford", W, "les Russes n'avaient pas été prévenus à l'avance des cibles visées")
q(D, MX, "le ministère russe de la défense", "Russian Ministry of Defence", K, "« la plupart » des missiles ont été interceptés par la défense antiaérienne syrienne", "pour X")
q(D, DI, "Donald Trump", "Donald Trump", W, "frappe parfaitement exécutée", "se féliciter d'une «…»")
q(D, DI, "le président américain", "Donald Trump", W, "Je remercie la France et le Royaume-Uni pour leur sagesse et la puissance de leur excellente armée. Mission accomplie !")
q(D, DI, "Vladimir Poutine", "Vladimir Putin", K, "avec la plus grande fermeté", "quoted adverbial of condamner")
q(D, DI, "le chef de l'Etat", "Vladimir Putin", K, "Par ses actions, les Etats-Unis aggravent encore la catastrophe humanitaire en Syrie", "y affirme X (Kremlin communiqué)")
q(D, DI, "qui", "Vladimir Putin", K, "acte d'agression contre un Etat souverain", "dénoncer un «…»")
q(D, DI, "L'ambassadeur russe à Washington, Anatoli Antonov", "Anatoly Antonov", K, "Un scénario prévu à l'avance est mis en œuvre. Une fois de plus, on nous menace. Nous avions prévenu que de telles actions ne resteraient pas sans conséquences.",
  "colon introduction after 'réagit'")
q(D, DI, "le président de la République", "Emmanuel Macron", O, "La ligne rouge fixée par la France en mai 2017 a été franchie")
q(D, MX, "qui", "Emmanuel Macron", O, "la riposte a été « circonscrite aux capacités du régime syrien permettant la production et l'emploi d'armes chimiques »")
q(D, IN, "des sources militaires françaises", "French military sources", O, "douze missiles de croisière ont été tirés par la France")
q(D, DI, "les secouristes", "rescue workers in Douma", O, "l'odeur du chlore", "'Lire aussi' line with quote marks")
nq(D, "Hamilton", "name of a military operation")

# --- t08 franceinfo, Feb 2025 call ------------------------------------------------------------------------
D = "t08_franceinfo_20250213"
q(D, DI, "Donald Trump et Vladimir Poutine", "Vladimir Putin and Donald Trump", J, "immédiatement", "headline with quote marks and joint subject (as seed 002)",
  after='vont lancer des négociations "')
q(D, IN, "Le président américain", "Donald Trump", W, "avoir eu un long entretien avec son homologue russe", "standfirst; annoncer + inf")
q(D, MX, "Donald Trump", "Donald Trump", W, 'avoir eu avec Vladimir Poutine un appel "long et très productif"', "affirmer + inf")
q(D, MX, "le président américain", "Donald Trump", W, 'les deux dirigeants étaient convenus que leurs équipes commenceraient "immédiatement" des négociations sur l\'Ukraine',
  "agreement inside Trump's account = his row")
q(D, IN, "Il", "Donald Trump", W, "il rencontrerait probablement son homologue en Arabie saoudite")
q(D, IN, "son porte-parole, Dmitri Peskov", "Dmitri Peskov", K, "l'échange, qui a duré près d'une heure et demie", "selon X scoping over the relative clause")
q(D, IN, "il", "Dmitri Peskov", K, "Vladimir Poutine a invité le président américain à se rendre à Moscou", "a-t-il précisé")
q(D, IN, "la même source", "Dmitri Peskov", K, "Les deux présidents sont convenus de poursuivre leurs contacts personnels", "d'après X gives the joint agreement to the Kremlin side")
q(D, IN, "Le président ukrainien", "Volodymyr Zelensky", O, "personne ne voulait la paix plus que l'Ukraine")
q(D, MX, "Il", "Volodymyr Zelensky", O, 'vouloir préparer avec les Etats-Unis "les prochaines étapes pour arrêter l\'agression russe"', "dire + inf")
q(D, IN, "le nouveau secrétaire américain à la Défense, Pete Hegseth", "Pete Hegseth", W, "le retour de l'Ukraine à ses frontières d'avant 2014 était un objectif irréaliste")
q(D, IN, "il", "Pete Hegseth", W, "Une adhésion de Kiev à l'Otan n'est pas non plus envisagée dans le cadre d'un règlement", "a-t-il ajouté")
q(D, IN, "", "", U, "un tournant", "borderline: agentless passive 'présentée comme' without quote marks")
q(D, DI, "le ministre français des Affaires étrangères, Jean-Noël Barrot", "Jean-Noël Barrot", O, "Il ne peut y avoir de paix juste et durable sans la participation de l'Ukraine")
q(D, IN, "Son homologue allemande, Annalena Baerbock", "Annalena Baerbock", O, "une paix imposée à Kiev ne serait pas durable")
q(D, DI, "Emmanuel Macron", "Emmanuel Macron", O, "On ne décidera pas sans l'Ukraine", "'Voir aussi' line «quote» : X …")

# --- t09 L'Echo (Belgium), March 2025 energy truce ---------------------------------------------------------
D = "t09_lecho_20250319"
q(D, IN, "le compte rendu publié par le Kremlin", "Kremlin", K, "Vladimir Poutine a soutenu l'idée d'un renoncement mutuel, par la Russie et l'Ukraine, aux frappes contre les infrastructures énergétiques pendant trente jours, et a immédiatement donné l'ordre correspondant à l'armée russe",
  "selon X at the end of the sentence")
q(D, IN, "Le président russe", "Vladimir Putin", K, "l'arrêt complet de l'aide militaire étrangère et du partage de renseignements avec Kiev devait être la condition clé de tout cessez-le-feu global", "insister sur le fait que")
q(D, IN, "la Maison-Blanche", "White House", W, "Les deux dirigeants ont convenu que le chemin vers la paix commencerait par un cessez-le-feu sur l'énergie et les infrastructures",
  "joint subject, the incise wins")
q(D, MX, "", "White House", W, "Des négociations techniques sur une trêve maritime en mer Noire doivent s'ouvrir «immédiatement» au Moyen-Orient", "y lit-on encore (the WH communiqué)")
q(D, IN, "Moscou et Washington", "Russia and the United States", J, "vouloir améliorer leurs relations bilatérales", "affirmer + inf")
q(D, IN, "Moscou et Washington", "Russia and the United States", J, "de grands accords économiques deviendraient possibles une fois la paix rétablie", "second verb of the joint subject: jugé que")
q(D, DI, "Le président américain", "Donald Trump", W, "très bonne et productive", "saluer une conversation «…»")
q(D, IN, "Kirill Dmitriev, l'émissaire du Kremlin pour la coopération économique", "Kirill Dmitriev", K, "le monde était devenu plus sûr grâce au dialogue entre les deux présidents")
q(D, IN, "les analystes de la banque ING", "ING analysts", O, "une reprise des livraisons de gaz russe vers l'Europe reste très improbable à court terme", "pour X")
q(D, IN, "Le ministre allemand de l'Economie, Robert Habeck", "Robert Habeck", O, "toute remise en service des gazoducs Nord Stream", "stance NP: écarter toute …")
q(D, IN, "Le Premier ministre Bart De Wever", "Bart De Wever", O, "il s'opposait à leur confiscation, qui exposerait la Belgique à des risques juridiques considérables")
q(D, IN, "Volodymyr Zelensky", "Volodymyr Zelensky", O, "prêt à soutenir une trêve énergétique", "se dire + adjective phrase")
q(D, IN, "Volodymyr Zelensky", "Volodymyr Zelensky", O, "connaître les détails de ce que les Américains avaient offert aux Russes", "exiger de + inf")
q(D, IN, "lui", "Volodymyr Zelensky", O, "Vladimir Poutine a de facto rejeté le cessez-le-feu complet de trente jours proposé par Washington", "selon lui")

# --- t10 La Presse (Québec), Alaska summit ----------------------------------------------------------------
D = "t10_lapresse_20250816"
q(D, DI, "le président américain", "Donald Trump", W, "Il n'y a pas d'accord tant qu'il n'y a pas d'accord")
q(D, MX, "Il", "Donald Trump", W, "«⍽beaucoup de points⍽» avaient été réglés et qu'il ne restait que «⍽très peu⍽» de désaccords", "two que-clauses of one verb")
q(D, IN, "Il", "Vladimir Putin", K, "l'entente conclue avec son hôte ouvrirait la voie à la paix en Ukraine")
q(D, MX, "Il", "Vladimir Putin", K, "ne pas «⍽torpiller les progrès naissants⍽» par des provocations", "prévenir X de + inf")
q(D, IN, "il", "Vladimir Putin", K, "si Donald Trump avait été au pouvoir en 2022, il n'y aurait pas eu de guerre", "a-t-il soutenu; subject of the sentence is 'Le tsar'")
q(D, DI, "", "Vladimir Putin", K, "La prochaine fois à Moscou.", "continuation after a colon, no speech verb")
q(D, DI, "Donald Trump", "Donald Trump", W, "10 sur 10")
q(D, IN, "il", "Donald Trump", W, "C'est désormais à Volodymyr Zelensky de conclure un accord", "a-t-il ajouté")
q(D, IN, "Le conseiller diplomatique du Kremlin, Iouri Ouchakov", "Yuri Ushakov", K, "la question d'un sommet à trois avec le président ukrainien n'avait pas été abordée")
q(D, IN, "le président ukrainien", "Volodymyr Zelensky", O, "avoir eu une longue conversation avec Donald Trump", "indiquer + inf")
q(D, IN, "le président ukrainien", "Volodymyr Zelensky", O, "favorable à une rencontre trilatérale", "se dire + adjective phrase")
q(D, IN, "Il", "Volodymyr Zelensky", O, "les questions territoriales ne pouvaient être tranchées sans l'Ukraine")
q(D, IN, "le premier ministre Mark Carney", "Mark Carney", O, "les efforts du président américain", "borderline expressive NP: saluer les efforts de")
q(D, IN, "le premier ministre Mark Carney", "Mark Carney", O, "la paix devait être juste et durable")
q(D, IN, "il", "Mark Carney", O, "Le Canada continuera à soutenir l'Ukraine", "a-t-il assuré")
q(D, IN, "plusieurs experts joints par La Presse", "experts", O, "le sommet a surtout offert à Vladimir Poutine une réhabilitation sur la scène internationale", "pour X")
q(D, DI, "Julien Tourangeau, politologue à l'Université Laval", "Julien Tourangeau", O, "Il est venu, il a eu ses images, et il repart sans rien concéder")
q(D, DI, "", "", U, "C'est une victoire d'image pour le Kremlin", "'Lire aussi' line with a quotation and no speaker")

# --- t11 TSA (Algeria), Israel-Iran war, June 2025 --------------------------------------------------------
D = "t11_tsa_20250619"
q(D, DI, "le locataire du Bureau ovale", "Donald Trump", W, "Rends-moi un service, occupe-toi d’abord de ta propre médiation.", "curly double quotes; colon introduction")
q(D, IN, "le conseiller du Kremlin Iouri Ouchakov", "Yuri Ushakov", K, "Vladimir Poutine a condamné l’opération militaire israélienne contre l’Iran et exprimé sa vive inquiétude face à une possible escalade", "selon X")
q(D, MX, "il", "Yuri Ushakov", K, "Le dirigeant russe a également proposé de mettre en œuvre des “mesures de médiation” pour rapprocher les positions", "a-t-il ajouté gives the sentence to Ushakov")
q(D, DI, "Donald Trump", "Donald Trump", W, "très bon")
q(D, IN, "Donald Trump", "Donald Trump", W, "Vladimir Poutine avait appelé pour lui souhaiter un joyeux anniversaire et pour parler de l’Iran", "affirmant que")
q(D, DI, "il", "Donald Trump", W, "Cette guerre devrait prendre fin")
q(D, IN, "il", "Donald Trump", W, "elle pourrait l’être rapidement", "jugeant que")
q(D, IN, "le chef de la diplomatie russe, Sergueï Lavrov", "Sergei Lavrov", K, "toute intervention militaire directe", "stance NP: mettre en garde contre")
q(D, DI, "lui", "Sergei Lavrov", K, "un pas extrêmement dangereux", "selon lui inside a relative clause")
q(D, DI, "La porte-parole de son ministère, Maria Zakharova", "Maria Zakharova", K, "attitude irresponsable", "dénoncer l’“…”")
q(D, IN, "le ministre des Affaires étrangères Abbas Araghchi", "Abbas Araghchi", O, "l’Iran ne négocierait pas tant que les attaques se poursuivraient")
q(D, IN, "Il", "Abbas Araghchi", O, "condamner l’agression israélienne", "exhorter X à + inf")
q(D, DI, "un communiqué du ministère des Affaires étrangères", "Algerian Ministry of Foreign Affairs", O, "violation flagrante", "qualifiées de “…” dans un communiqué")
q(D, IN, "Le texte", "Algerian Ministry of Foreign Affairs", O, "assumer ses responsabilités pour mettre fin à l’escalade", "appeler X à + inf")
q(D, DI, "il", "Antonio Guterres", O, "Donnez une chance à la paix")
q(D, IN, "l’analyste Ryad Benslimane, enseignant à l’Université d’Alger", "Ryad Benslimane", O, "la rebuffade de Trump montre les limites du rapprochement russo-américain", "pour X")
q(D, DI, "l’analyste Ryad Benslimane, enseignant à l’Université d’Alger", "Ryad Benslimane", O, "Washington veut bien parler avec Moscou, mais pas lui laisser le rôle d’arbitre au Moyen-Orient.", "colon continuation")

# --- t12 L'Observateur Paalga (Burkina Faso), planned Budapest summit --------------------------------------
D = "t12_obspaalga_20251018"
q(D, DI, "", "", U, "un grand pas", "agentless passive 'a été présentée comme «…»'")
q(D, MX, "Donald Trump", "Donald Trump", W, "les deux dirigeants ont eu une conversation « très productive » et sont convenus que leurs équipes, conduites par le secrétaire d’Etat Marco Rubio, se retrouveraient la semaine prochaine",
  "selon X; agreement inside Trump's account")
q(D, IN, "le conseiller diplomatique Iouri Ouchakov", "Yuri Ushakov", K, "Vladimir Poutine avait mis en garde son homologue contre la livraison de missiles Tomahawk à Kiev, qui ne changerait pas la situation sur le champ de bataille mais nuirait gravement aux relations entre les deux pays",
  "Putin inside Ushakov's account = same party")
q(D, DI, "Les deux présidents", "Vladimir Putin and Donald Trump", J, "franche et très utile", "juger X «…», no one-sided incise")
q(D, IN, "", "", U, "Ils ont aussi, dit-on, évoqué l’après-guerre et la coopération économique", "indefinite 'dit-on': topic verb under an unattributed incise")
q(D, MX, "il", "Viktor Orban", O, "La Hongrie est « l’île de la paix » en Europe", "a-t-il lancé")
q(D, IN, "il", "Viktor Orban", O, "tout était prêt pour accueillir les deux hommes", "assurant que")
q(D, IN, "Son ministre des Affaires étrangères, Péter Szijjártó", "Péter Szijjártó", O, "garantir l’entrée et la sortie du président russe", "promettre de + inf")
q(D, IN, "le milliardaire", "Donald Trump", W, "il valait mieux ne pas en avoir besoin", "participial absolute 'ayant estimé que'")

# --- t13 Sputnik Afrique (machine-translated syntax), sanctions and Budapest postponed ----------------------
D = "t13_sputnikafrique_20251023"
q(D, IN, "Poutine", "Vladimir Putin", K, "aucun pays qui se respecte ne prend de décisions sous pression", "headline 'X sur Y: clause'")
q(D, IN, "le Président russe Vladimir Poutine", "Vladimir Putin", K, "Les nouvelles sanctions de Washington contre les compagnies pétrolières russes Rosneft et Lukoil sont un acte inamical qui ne renforce pas les relations russo-américaines",
  "cataphoric 'Cela a été déclaré par X'")
q(D, DI, "le leader russe", "Vladimir Putin", K, "Bien sûr, c'est une tentative de faire pression sur la Russie. Mais aucun pays qui se respecte et aucun peuple qui se respecte ne prend jamais de décisions sous pression")
q(D, IN, "ses paroles", "Vladimir Putin", K, "les sanctions n'auront pas d'impact significatif sur le bien-être économique du pays", "selon ses paroles")
q(D, IN, "Le dirigeant russe", "Vladimir Putin", K, "il serait vraisemblablement question d'un report, et non d'une annulation, de la rencontre avec Donald Trump à Budapest")
q(D, IN, "Le secrétaire au Trésor Scott Bessent", "Scott Bessent", W, "l'absence d'engagement sérieux de Moscou dans le processus de paix", "borderline: justifier X par + NP")
q(D, MX, "Le président des États-Unis", "Donald Trump", W, "avoir annulé le sommet de Budapest parce qu'il ne le \"sentait pas bien\"", "expliquer + inf")
q(D, DI, "il", "Donald Trump", W, "Je ne voulais pas d'une réunion inutile")
q(D, DI, "l'homme politique", "Dmitry Medvedev", K, "Les États-Unis sont notre adversaire, et leur bavard \"pacificateur\" s'est maintenant pleinement engagé sur le sentier de la guerre avec la Russie",
  "same straight marks used for the inner scare quote")
q(D, IN, "Le porte-parole du Kremlin Dmitri Peskov", "Dmitri Peskov", K, "une rencontre des présidents nécessite une préparation sérieuse et qu'il n'y a pas de dates précises", "two que-clauses of one verb")
q(D, IN, "le porte-parole", "Dmitri Peskov", K, "les deux présidents ont précédemment souligné l'importance de la préparation minutieuse de tout sommet", "comme l'a rappelé X: joint subject, the attribution wins")
q(D, MX, "la représentante officielle du ministère russe des Affaires étrangères Maria Zakharova", "Maria Zakharova", K, "la Russie avait développé une \"immunité solide\" contre les restrictions occidentales")
q(D, IN, "", "", U, "plusieurs raffineries indiennes et chinoises réduiraient leurs achats de pétrole russe", "agentless 'il a été rapporté que'")
q(D, DI, "le président russe", "Vladimir Putin", K, "Si quelqu'un veut frapper le territoire russe avec des armes à longue portée, la réponse sera très sérieuse, sinon", "quotation truncated at the end of the file")
nq(D, "pacificateur", "scare quote inside Medvedev's quotation")

# --- t14 Le Parisien, North Korea, September 2017 ---------------------------------------------------------
D = "t14_leparisien_20170922"
q(D, DI, "Donald Trump", "Donald Trump", W, "Rocket Man est en mission suicide.", "opening quotation; borderline cataphoric attribution ('Donald Trump n'a pas fait dans la nuance')")
q(D, MX, "le président américain", "Donald Trump", W, "Si les Etats-Unis sont contraints de se défendre, « nous n'aurons pas d'autre choix que de détruire totalement la Corée du Nord »", "a averti X")
q(D, DI, "qui", "Donald Trump", W, "le feu et la fureur", "promettre «…»")
q(D, DI, "le dirigeant nord-coréen", "Kim Jong-un", O, "gâteux", "KCNA statement: qualifier X de «…»")
q(D, MX, "le dirigeant nord-coréen", "Kim Jong-un", O, "lui faire « payer cher » son discours", "promettre de + inf")
q(D, MX, "Vladimir Poutine", "Vladimir Putin", K, "les sanctions étaient « inutiles et inefficaces »")
q(D, DI, "il", "Vladimir Putin", K, "Ils mangeront de l'herbe, mais ne renonceront pas à leur programme tant qu'ils ne se sentiront pas en sécurité")
q(D, MX, "Le ministre russe des Affaires étrangères, Sergueï Lavrov", "Sergei Lavrov", K, "l'affrontement à une bagarre de cour de récréation « entre enfants de maternelle », que « personne ne peut arrêter »", "comparer X à Y")
q(D, IN, "Il", "Sergei Lavrov", K, "la reprise des négociations", "stance NP: appeler à")
q(D, MX, "le porte-parole du ministère chinois des Affaires étrangères, Geng Shuang", "Geng Shuang", O, "La Chine « s'oppose fermement » à toute guerre dans la péninsule")
q(D, IN, "Washington", "White House", W, "ne pas fermer la porte au dialogue", "assurer + inf")
q(D, MX, "Le secrétaire d'Etat Rex Tillerson", "Rex Tillerson", W, "les Etats-Unis disposaient de « canaux » de communication avec Pyongyang")
q(D, DI, "La porte-parole de la Maison-Blanche, Sarah Sanders", "Sarah Sanders", W, "ce n'est pas le moment de parler", "que «…» with the whole complement quoted")
q(D, IN, "Donald Trump", "Donald Trump", W, "pour l'expulsion de centaines de diplomates américains de Russie", "remercier X pour Y")
q(D, MX, "Donald Trump", "Donald Trump", W, "cela permettrait de « réduire la masse salariale »", "au motif que")
q(D, IN, "la Maison-Blanche", "White House", W, "Une boutade", "inverted incise")
q(D, MX, "Pyongyang", "North Korea", O, "l'essai d'une bombe H « réussi »", "'Lire aussi' line with quote marks; selon X")

# --- t15 RFI, INF treaty suspension -----------------------------------------------------------------------
D = "t15_rfi_20190202"
q(D, DI, "la Russie", "Kremlin", K, "symétrique", "headline quote mark; the word is Putin's in the body", after="réponse «")
q(D, IN, "Moscou", "Kremlin", K, "suspendre sa participation au traité sur les forces nucléaires intermédiaires (INF)", "annoncer + inf")
q(D, DI, "Vladimir Poutine", "Vladimir Putin", K, "Nos partenaires américains ont annoncé qu'ils suspendaient leur participation au traité, nous suspendons aussi la nôtre")
q(D, IN, "Nos partenaires américains", "United States", W, "ils suspendaient leur participation au traité", "US announcement inside Putin's quotation", nested="yes")
q(D, DI, "il", "Vladimir Putin", K, "Notre réponse sera symétrique")
q(D, IN, "Le président russe", "Vladimir Putin", K, "développer une version terrestre du missile de croisière Kalibr", "demander à X de + inf")
q(D, IN, "Le président russe", "Vladimir Putin", K, "la Russie ne déploierait de nouveaux missiles que si les Etats-Unis le faisaient en premier", "tout en précisant que")
q(D, DI, "le chef de l'Etat", "Vladimir Putin", K, "Nous ne devons pas et nous n'allons pas nous laisser entraîner dans une course aux armements coûteuse")
q(D, IN, "Sergueï Lavrov", "Sergei Lavrov", K, "violer le traité depuis des années", "accuser X de + inf")
q(D, DI, "il", "Mike Pompeo", W, "La Russie a mis en danger les intérêts de sécurité des Etats-Unis et nous ne pouvons plus être limités par le traité pendant qu'elle le viole sans vergogne")
q(D, MX, "Donald Trump", "Donald Trump", W, "espérer un nouvel accord, «beau» et plus large, incluant d'autres pays", "dire + inf (attitude verb under a speech verb)")
q(D, DI, "le vice-ministre russe des Affaires étrangères Sergueï Riabkov", "Sergei Ryabkov", K, "C'est un coup porté à l'architecture de sécurité internationale")
q(D, DI, "les alliés de l'Otan", "NATO", O, "plein soutien", "apporter leur «…»")
q(D, DI, "le secrétaire général de l'Alliance, Jens Stoltenberg", "Jens Stoltenberg", O, "La Russie porte l'entière responsabilité de la disparition du traité")
q(D, IN, "Paris", "France", O, "revenir au respect de ses obligations", "appeler X à + inf")
q(D, IN, "Moscou et Washington", "Russia and the United States", J, "violer le texte", "reciprocal accusation by both sides")
q(D, IN, "les experts", "experts", O, "La fin de l'INF, rappellent les experts, ouvre la voie à une nouvelle course aux missiles en Europe", "incise in mid-sentence stays inside the row")

# --- t16 Le Télégramme, CAATSA sanctions August 2017 ------------------------------------------------------
D = "t16_letelegramme_20170803"
q(D, DI, "Medvedev", "Dmitry Medvedev", K, "guerre commerciale totale", "headline: dénoncer une «…»")
q(D, DI, "il", "Donald Trump", W, "Cette loi est gravement défectueuse", "signing statement")
q(D, IN, "il", "Donald Trump", W, "elle empiétait sur les prérogatives de l'exécutif", "estimant que")
q(D, DI, "le magnat de l'immobilier", "Donald Trump", W, "J'ai bâti une très grande entreprise, qui vaut plusieurs milliards de dollars. Je peux conclure de bien meilleurs accords avec les pays étrangers que le Congrès")
q(D, MX, "qui", "Donald Trump", W, "avoir signé le texte « pour l'unité de la nation »", "affirmer + inf")
q(D, MX, "le Premier ministre russe, Dmitri Medvedev", "Dmitry Medvedev", K, "l'espoir d'améliorer les relations avec la nouvelle administration américaine était « terminé »")
q(D, DI, "il", "Dmitry Medvedev", K, "L'administration Trump a fait la preuve de sa totale impuissance, en abandonnant de la manière la plus humiliante ses pouvoirs exécutifs au Congrès")
q(D, IN, "Vladimir Poutine", "Vladimir Putin", K, "755 diplomates et employés des missions américaines en Russie devraient quitter leur poste")
q(D, DI, "le président russe", "Vladimir Putin", K, "Nous avons attendu assez longtemps, en espérant que la situation allait peut-être changer")
q(D, IN, "Le vice-ministre des Affaires étrangères Sergueï Riabkov", "Sergei Ryabkov", K, "Moscou ne resterait pas les bras croisés")
q(D, IN, "le secrétaire d'État Rex Tillerson", "Rex Tillerson", W, "le vote du Congrès ne facilitait pas sa tâche", "reconnaître que")
q(D, MX, "Donald Trump", "Donald Trump", W, "Les relations entre les deux pays sont à leur « plus bas niveau »", "a tweeté X")
q(D, DI, "Le président de la Commission européenne, Jean-Claude Juncker", "Jean-Claude Juncker", O, "L'Amérique d'abord ne peut pas signifier que les intérêts de l'Europe viennent en dernier.")
q(D, DI, "", "", U, "nettement amélioré", "agentless passive 'a été jugé «…» à Bruxelles'")
q(D, DI, "La ministre allemande de l'Économie, Brigitte Zypries", "Brigitte Zypries", O, "inacceptables", "qualifier d'«…»")
q(D, IN, "Berlin", "German government", O, "la politique énergétique de l'Europe doit se décider en Europe", "pour X")
q(D, DI, "Moscou", "Kremlin", K, "coup de poignard", "'Lire aussi' line: selon X")
nq(D, "CAATSA", "unbalanced opening mark before an acronym", after="dite « ")

# --- t17 Le Devoir (chronique), Oval Office clash, Feb 2025 -----------------------------------------------
D = "t17_ledevoir_20250301"
q(D, MX, "le vice-président américain", "JD Vance", W, "ne pas avoir dit «⍽merci⍽»", "reprocher à X de + inf")
q(D, DI, "JD Vance", "JD Vance", W, "Avez-vous dit merci une seule fois pendant cette réunion⍽?", "question mark after NBSP is inside the quotation")
q(D, DI, "l'hôte de la Maison-Blanche", "Donald Trump", W, "Vous jouez avec la Troisième Guerre mondiale.")
q(D, IN, "", "", U, "quitter les lieux", "borderline: agentless passive 'a été prié de'")
q(D, MX, "Donald Trump", "Donald Trump", W, "son invité pourrait revenir «⍽quand il sera prêt pour la paix⍽»")
q(D, DI, "L'ancien président Dmitri Medvedev", "Dmitry Medvedev", K, "gifle", "parler d'une «…»")
q(D, MX, "La porte-parole de la diplomatie russe", "Maria Zakharova", K, "Donald Trump et JD Vance se soient «⍽retenus⍽» de frapper leur invité", "borderline: s'étonner que (expressive speech act)")
q(D, DI, "Emmanuel Macron", "Emmanuel Macron", O, "Il y a un agresseur, c'est la Russie, et il y a un peuple agressé, c'est l'Ukraine")
q(D, MX, "Le futur chancelier allemand Friedrich Merz", "Friedrich Merz", O, "son soutien «⍽dans les bons et dans les mauvais moments⍽»", "assurer X de + NP")
q(D, IN, "Le président finlandais Alexander Stubb", "Alexander Stubb", O, "la retenue des deux côtés", "stance NP: appeler à")
q(D, DI, "Donald Tusk", "Donald Tusk", O, "Vous n'êtes pas seuls.")
q(D, IN, "plusieurs diplomates européens cités par le Washington Post", "European diplomats quoted by the Washington Post", O, "cette humiliation publique ait été préparée", "comme le soupçonnent X cités par Y")
q(D, IN, "La Maison-Blanche", "White House", W, "vouloir reprendre la discussion", "dire + attitude verb")

# --- t18 L'Express, Comey firing and the Lavrov Oval Office meeting, May 2017 -----------------------------
D = "t18_lexpress_20170520"
q(D, DI, "Donald Trump et Sergueï Lavrov", "Donald Trump and Sergei Lavrov", J, "très, très bonne", "both sides together; single quote marks")
q(D, MX, "le New York Times", "New York Times", O, "le président américain a confié à ses visiteurs russes que le limogeage du directeur du FBI, James Comey, la veille, avait levé une 'grande pression'", "selon X")
q(D, MX, "le président américain", "Donald Trump", W, "le limogeage du directeur du FBI, James Comey, la veille, avait levé une 'grande pression'", "Trump's words inside the newspaper's report", nested="yes")
q(D, MX, "Le quotidien", "New York Times", O, "un compte rendu de la réunion dans lequel Donald Trump qualifie l'ancien patron de la police fédérale de 'fou, un vrai cinglé'", "citer + NP")
q(D, DI, "Donald Trump", "Donald Trump", W, "fou, un vrai cinglé", "Trump's words inside the newspaper's report", nested="yes")
q(D, IN, "Le Washington Post", "Washington Post", O, "le milliardaire avait partagé avec ses hôtes des informations classifiées sur l'Etat islamique, fournies par un pays allié", "révéler que")
q(D, DI, "Son successeur, H. R. McMaster", "H. R. McMaster", W, "L'histoire telle qu'elle a été rapportée est fausse.", "démentir + colon")
q(D, MX, "Donald Trump", "Donald Trump", W, "avoir 'le droit absolu' de partager de tels faits avec la Russie", "affirmer + inf")
q(D, IN, "Vladimir Poutine", "Vladimir Putin", K, "prêt à fournir au Congrès la transcription de l'entretien", "se dire + adjective phrase")
q(D, DI, "La porte-parole de la diplomatie russe", "Maria Zakharova", K, "fake news", "parler de '…'")
q(D, DI, "il", "Sergei Lavrov", K, "Il a été renvoyé ? Vous plaisantez.", "répondre par une question : '…'")
q(D, IN, "Le chef de la minorité démocrate au Sénat, Chuck Schumer", "Chuck Schumer", O, "la publication des notes prises lors de la réunion", "stance NP: exiger")
q(D, MX, "Le président", "Donald Trump", W, "victime de 'la plus grande chasse aux sorcières' de l'histoire politique américaine", "se dire + NP")
