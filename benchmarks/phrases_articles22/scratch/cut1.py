from edit import edit_text, drop_p
d="a01_afp_20220221"
edit_text(d,[
 ('"sur le principe", une perspective que le Kremlin s\'est aussitôt employé à relativiser.','"sur le principe".'),
 (' Un conseiller du chef de l\'Etat a décrit un échange "sans faux-semblants", au cours duquel le président russe aurait "écouté jusqu\'au bout" les propositions françaises.',''),
 ('Le communiqué du Kremlin ne dit pas un mot d\'un sommet et attribue','Le communiqué du Kremlin attribue'),
 (', en concédant qu\'un tel rendez-vous "n\'est pas exclu si le moment s\'y prête".','.'),
 ('Deux récits, donc, pour une même nuit au téléphone. A Paris,','A Paris,'),
 ('devenue depuis l\'emblème de cette diplomatie à distance.','devenue depuis l\'une des images de la crise.'),
])
drop_p(d,["le Kremlin s'est aussitôt employé à relativiser","sans faux-semblants","écouté jusqu'au bout","ne dit pas un mot d'un sommet","n'est pas exclu si le moment s'y prête","Deux récits","cette diplomatie à distance"])

d="a02_varmatin_20190820"
edit_text(d,[
 ("Un tête-à-tête soigneusement mis en scène, qui a surtout permis de relancer le dossier ukrainien.","Au menu : l'Ukraine, la Syrie et l'Iran."),
 ("Poignée de main appuyée face aux photographes massés sur la jetée : le décor avait été pensé pour une rencontre détendue, loin des dorures de Versailles où les deux hommes s'étaient vus en mai 2017.","Poignée de main appuyée face aux photographes massés sur la jetée, avant un premier entretien dans le salon du fort. Les deux hommes s'étaient vus pour la dernière fois en France à Versailles, en mai 2017."),
 (", a-t-il lancé, évoquant un échange « sans tabou ».",", a-t-il lancé."),
 ("s'est dit « reconnaissant de l'invitation » et a salué","a salué"),
 ("Sur l'Ukraine, le président russe a estimé qu'il existait « des raisons d'un optimisme prudent » depuis l'élection de Volodymyr Zelensky. Les deux dirigeants","Sur l'Ukraine, les deux dirigeants"),
 (" Un échange aigre-doux, que les deux hommes ont vite refermé.",""),
])
drop_p(d,["Un tête-à-tête soigneusement mis en scène","relancer le dossier ukrainien","une rencontre détendue","sans tabou","reconnaissant de l'invitation","des raisons d'un optimisme prudent","Un échange aigre-doux"])

d="a03_letemps_20250702"
edit_text(d,[
 ("Deux heures de conversation, deux comptes rendus, et bien peu de choses en commun.","Deux heures de conversation, deux comptes rendus."),
 ("Le compte rendu publié par le Kremlin inverse la perspective. Vladimir Poutine y décrit","Dans le compte rendu publié par le Kremlin, Vladimir Poutine décrit"),
 ("A Kiev, la présidence ukrainienne, informée avant et après la conversation, s’est abstenue de tout commentaire public.","A Kiev, la présidence ukrainienne a été informée avant et après la conversation."),
 (" La Russie, de son côté, multiplie les accusations d’ingérence contre la France en Afrique et dans le Caucase.",""),
 ("Depuis, Emmanuel Macron a durci le ton au point d’envisager publiquement l’envoi","Depuis, Emmanuel Macron a évoqué publiquement l’envoi"),
 ("Difficile, dans ces conditions, de parler de reprise du dialogue. Le canal est rouvert","Le canal est rouvert"),
])
drop_p(d,["bien peu de choses en commun","inverse la perspective","s’est abstenue de tout commentaire public","multiplie les accusations d’ingérence contre la France","a durci le ton","Difficile, dans ces conditions, de parler de reprise du dialogue"])

d="a04_rtbf_20241117"
edit_text(d,[
 ('"un échange de vues détaillé", intervenu "à l\'initiative de la partie allemande", et rejette','"un échange de vues détaillé" et rejette'),
 ("des lectures diamétralement opposées, Kiev ne cache pas son irritation et, dimanche","des lectures diamétralement opposées et, dimanche"),
 ("Deux jours après l'appel, la réponse est venue du ciel. Dimanche, la Russie","Deux jours après l'appel, dimanche, la Russie"),
 (" Les deux dirigeants sont convenus que leurs conseillers resteraient en contact.",""),
])
drop_p(d,["à l'initiative de la partie allemande","Kiev ne cache pas son irritation","la réponse est venue du ciel","leurs conseillers resteraient en contact"])

d="a05_sputnikafrique_20250318"
edit_text(d,[("la Maison-Blanche a publié son propre communiqué, qui converge sur l'essentiel avec celui du Kremlin.","la Maison-Blanche a publié son propre communiqué.")])
drop_p(d,["converge sur l'essentiel"])
