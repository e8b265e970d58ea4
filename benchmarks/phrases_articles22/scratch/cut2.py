from edit import edit_text, drop_p
d="a06_leprogres_20171218"
edit_text(d,[
 ("C'est un coup de fil qui tranche avec l'humeur du moment. Vladimir Poutine","Vladimir Poutine"),
 ("c'était le président américain qui avait téléphoné à Vladimir Poutine, pour le remercier des compliments adressés à l'économie américaine lors de la grande conférence de presse annuelle du chef du Kremlin.","c'était le président américain qui avait téléphoné à Vladimir Poutine, au lendemain de la grande conférence de presse annuelle du chef du Kremlin, au cours de laquelle celui-ci avait vanté la bonne santé des marchés américains."),
 ("Ces amabilités en série ne doivent pas faire illusion.","Ces deux appels ne doivent pas faire illusion."),
 ("\n\nCela peut-il déboucher sur une vraie coopération ?\n« Sur des dossiers très ciblés, peut-être. Pour le reste, le climat à Washington rend tout geste d'ouverture politiquement coûteux pour le président américain. »",""),
])
drop_p(d,["un coup de fil qui tranche avec l'humeur du moment","pour le remercier des compliments","Ces amabilités en série","Sur des dossiers très ciblés, peut-être","rend tout geste d'ouverture politiquement coûteux"])

d="a07_franceculture_20250816"
edit_text(d,[
 ("entre Donald Trump et Vladimir Poutine, et l'addition leur paraît maigre.","entre Donald Trump et Vladimir Poutine."),
 ("s'attarde sur le tapis rouge déroulé sur le tarmac de la base d'Elmendorf-Richardson et sur le bombardier furtif","s'attarde sur le bombardier furtif"),
 ("pendant qu'ils se dirigeaient vers la limousine présidentielle.","pendant qu'ils traversaient le tarmac de la base d'Elmendorf-Richardson."),
 ("« Il serait prématuré de parler d'échec. La négociation est lancée","« La négociation est lancée"),
 ("Le quotidien allemand souligne que le cessez-le-feu exigé par Kiev et par les Européens n'a pas été obtenu, et rappelle que la Russie","Le quotidien allemand rappelle que la Russie"),
])
drop_p(d,["l'addition leur paraît maigre","le tapis rouge déroulé sur le tarmac","Il serait prématuré de parler d'échec","n'a pas été obtenu"])

d="a08_trtfrancais_20220722"
edit_text(d,[
 ("ont préparé le terrain à l'accord de vendredi.","ont précédé l'accord de vendredi."),
 ("« La Türkiye parle à chacun avec la même franchise, et chacun sait qu'elle tient parole »","« Chacun sait que la Türkiye tient parole »"),
 ("Ankara, qui entretient des canaux ouverts avec Moscou comme avec Kiev, s'impose","Ankara, membre de l'Otan qui ne s'est pas aligné sur les sanctions occidentales, s'impose"),
])
drop_p(d,["ont préparé le terrain à l'accord","parle à chacun avec la même franchise","chacun sait qu'elle tient parole","des canaux ouverts avec Moscou comme avec Kiev"])

d="a09_le360_20221209"
edit_text(d,[
 ("ont indiqué que la réussite de l'opération était due à la médiation conjointe","ont indiqué que l'opération avait été rendue possible par la médiation conjointe"),
 ("Une réussite qui est, selon le texte, «le fruit","Elle est, selon le texte, «le fruit"),
 ("\n\nCette position d'équilibre, longtemps critiquée à Washington, se révèle aujourd'hui précieuse pour tout le monde.",""),
])
drop_p(d,["la réussite de l'opération","se révèle aujourd'hui précieuse pour tout le monde"])

d="a10_lalibre_20230630"
edit_text(d,[
 ("Le porte-parole du Kremlin, Dmitri Peskov, a ménagé la forme sans rien concéder sur le fond. \"Le Saint-Siège est animé de bonnes intentions, et nous l'écoutons avec respect. Mais","Le porte-parole du Kremlin, Dmitri Peskov, s'est exprimé jeudi. \"Le Saint-Siège est animé de bonnes intentions. Mais"),
 ("\n\nLe président russe, lui, ne semble jamais avoir envisagé de le recevoir.",""),
])
drop_p(d,["a ménagé la forme","sans rien concéder sur le fond","nous l'écoutons avec respect","ne semble jamais avoir envisagé de le recevoir"])

d="a11_tf1info_20220330"
edit_text(d,[
 ("C'était leur première rencontre physique depuis le 10 mars et l'échec de la réunion entre les ministres des Affaires étrangères à Antalya.","C'était leur première rencontre physique depuis la réunion des ministres des Affaires étrangères à Antalya, le 10 mars."),
 ('"Nous avons posé sur la table un texte sérieux, et en face, on l\'a lu attentivement"','"Nous avons posé sur la table un texte sérieux"'),
 ('a estimé que les propositions ukrainiennes étaient "claires" et seraient examinées "rapidement" par le président.','a indiqué que les propositions ukrainiennes seraient soumises au président.'),
 (", selon les autorités locales, ce qui alimente le scepticisme.",", selon les autorités locales."),
 ("aucune date n'a été fixée pour la prochaine session, et les deux camps divergent toujours sur le Donbass et la Crimée.","aucune date n'a été fixée pour la prochaine session."),
])
drop_p(d,["l'échec de la réunion","on l'a lu attentivement","claires","ce qui alimente le scepticisme","les deux camps divergent toujours sur le Donbass et la Crimée"])

d="a15_cgtnfrancais_20231116"
edit_text(d,[
 ("marque un tournant bienvenu après des mois de frictions.","marque un tournant bienvenu."),
 (" « La rivalité n'interdit pas le respect », a-t-il déclaré lors d'une conférence de presse à l'issue de la rencontre.",""),
 ("insisté pour que la relation entre les deux pays reste « gérable » et ne glisse jamais vers l'affrontement.","insisté, lors d'une conférence de presse, pour que la relation entre les deux pays ne glisse jamais vers l'affrontement."),
 ("Elle a débouché sur une série de résultats concrets, dans des domaines","Elle a débouché sur des engagements dans des domaines"),
])
drop_p(d,["des mois de frictions","La rivalité n'interdit pas le respect","gérable","une série de résultats concrets"])

d="a16_lemonde_20250517"
edit_text(d,[
 (", Narendra Modi et Shehbaz Sharif ne se sont toujours pas appelés. Le seul canal actif est technique : la ligne directe entre les directeurs des opérations militaires des deux armées, qui se sont parlé le 10 mai, puis le 12.",". La ligne directe entre les directeurs des opérations militaires des deux armées a servi le 10 mai, puis le 12."),
 ("un porte-parole a balayé la proposition d’une phrase : « une offre de façade ».","un porte-parole a répondu : « une offre de façade »."),
 (" L’image d’une accolade sur le tarmac paraît aujourd’hui appartenir à une autre époque.",""),
 ("« une déclaration d’hostilité » et prévient qu’il ne la laissera pas sans réponse.","« une déclaration d’hostilité »."),
])
drop_p(d,["ne se sont toujours pas appelés","Le seul canal actif est technique","a balayé la proposition d’une phrase","paraît aujourd’hui appartenir à une autre époque","ne la laissera pas sans réponse"])

d="a17_euronews_20231207"
edit_text(d,[
 (" Il y a un an encore, il menaçait la Grèce de missiles capables d'atteindre Athènes.",""),
 ("\n\nLe prochain conseil de coopération de haut niveau doit se tenir en Turquie l'an prochain.",""),
 (" « Le calme en mer Égée n'est pas un luxe, c'est une responsabilité que nous partageons. »",""),
])
drop_p(d,["il menaçait la Grèce de missiles","Le prochain conseil de coopération de haut niveau","c'est une responsabilité que nous partageons"])

d="a18_tsa_20250401"
edit_text(d,[
 ("un communiqué commun, fait rare dans l'histoire récente des relations entre Alger et Paris.","un communiqué commun."),
 ("Le contraste avec les mois précédents est saisissant. Depuis","Depuis"),
 ("\n\nCôté français, le ministre de l'Intérieur Bruno Retailleau, partisan d'un rapport de force avec Alger sur la question des expulsions, n'a pas réagi officiellement lundi soir.",""),
 ("« Chacun avait intérêt à sortir de l'impasse : Paris pour la coopération migratoire et sécuritaire, Alger pour ne pas rester isolé face à Rabat et sur le dossier sahélien.","« Paris voulait relancer la coopération migratoire et sécuritaire, Alger ne pas rester isolé face à Rabat et sur le dossier sahélien."),
 ("Une lecture attentive des communications montre toutefois quelques nuances. L'Elysée","L'Elysée"),
])
drop_p(d,["fait rare dans l'histoire récente des relations entre Alger et Paris","Le contraste avec les mois précédents est saisissant","partisan d'un rapport de force avec Alger","sortir de l'impasse","quelques nuances"])

d="a19_lemondeafrique_20241216"
edit_text(d,[
 ("Félix Tshisekedi a attendu en vain son homologue rwandais dans la capitale angolaise, dimanche. La médiation","La médiation"),
 ("Félix Tshisekedi était pourtant arrivé dans la capitale angolaise. Paul Kagame, lui, n’a pas quitté Kigali.","Félix Tshisekedi était arrivé la veille dans la capitale angolaise."),
 ("« Le Rwanda a choisi de saboter la paix. C’est une nouvelle preuve de sa mauvaise foi »","« Le Rwanda a choisi de saboter la paix »"),
 ("Pour Aline Mukendi, chercheuse au Groupe d’étude sur le Congo, l’échec était prévisible. « Les deux présidents ne se parlent plus que par communiqués interposés. La défiance est totale », explique-t-elle.","« Les deux présidents ne se parlent plus que par communiqués interposés. La défiance est totale », explique Aline Mukendi, chercheuse au Groupe d’étude sur le Congo."),
 ("Les deux dirigeants ne se sont plus rencontrés en tête-à-tête depuis plusieurs années, et Félix Tshisekedi avait,","Félix Tshisekedi avait,"),
])
drop_p(d,["a attendu en vain","Paul Kagame, lui, n’a pas quitté Kigali","une nouvelle preuve de sa mauvaise foi","l’échec était prévisible","ne se sont plus rencontrés en tête-à-tête depuis plusieurs années"])

d="a20_france24_20250809"
edit_text(d,[
 ('a prudemment commenté Nikol Pachinian','a commenté Nikol Pachinian'),
 ('a déclaré Donald Trump, qui a salué "le courage" des deux hommes.','a déclaré Donald Trump.'),
 ("Plusieurs points restent en suspens, notamment la révision constitutionnelle exigée par Bakou, qui supposerait","La révision constitutionnelle exigée par Bakou supposerait"),
 ("La Russie, longtemps arbitre du conflit et dont les soldats de maintien de la paix ont quitté la région en 2024, a accueilli l'annonce avec une froideur non dissimulée.","La Russie, longtemps arbitre du conflit, avait retiré ses soldats de maintien de la paix de la région en 2024."),
])
drop_p(d,["a prudemment commenté","le courage","Plusieurs points restent en suspens","avec une froideur non dissimulée"])
