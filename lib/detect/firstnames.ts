/**
 * Common first names in Belgium and its neighbours (French, Dutch, German, English, and the
 * Maghrebi, Turkish, Italian, Spanish, Portuguese, Polish, Romanian and West and Central African
 * names frequent in Belgium), folded (lowercase, no accents; Latin Extended-A letters as their base
 * letter: "Ayşe" is "ayse"), in alphabetical order. A capitalised word from this list starts a
 * person name even without an honorific ("Thomas Lemaire", "Bonjour, c'est Julie", a signature
 * "Sofie"). Short forms agents write in chats too ("Nath", "Steph", "Manu").
 * Left out on purpose: first names that are also common words or places written with a capital
 * at a sentence start or in addresses (An, Ben, Will, Mark, Guy, Rose, Constance, France,
 * Florence, Lorraine, Noël, Ange, Iris, Jade, Lies, Marine, Prosper, Grâce ("grâce à")…).
 */
export const FIRST_NAMES: readonly string[] = `
aaron abdel abdelaziz abdelilah abdelkader abdelkrim abdellah abdellatif abderrahim abdoulaye abigail achille adam
adele adeline adil adrian adrien agathe agnes agnieszka ahmed ahmet aicha aisha alain alan albert alberto alejandro
aleksandra alessandra alessandro alex alexandra alexandre alexia alexis alfred ali alice alicia alina aline alix
alvaro amanda amandine amaury ambre amelia amelie aminata amine amira
amir ana anais anas anass andre andrea andreas andree andreea
andrei andrew andrzej angela angelique angelo anita anja
an anke ann anna anne anne-catherine anne-france anne-laure anne-marie
anne-sophie anneleen annelies annemarie annemie annette annick anouar anouk antoine antoinette antonia antonio aoife
apolline ariane arlette arnaud arne arno arsene arthur ashley astrid audrey augustin augustine aurelie aurelien aurore
awa axel aya aymeric ayoub ayse aziz
badr baptiste barbara bart bartosz bas bastien baudouin bavo
beata beatrice beatriz becky benedicte benjamin benoit bernadette
bernard bert bertrand bieke bilal birgit bjorn blaise bo bogdan bram brandon brecht brian brice brigitte britt bruno
burak
calogero camille candice capucine carine carl carla carlo carlos carmela carmen caro carole caroline cassandra
catarina cath catherine cathy cecile cedric celestin celine chantal charles charlie charline charlotte cheikh chiara
chloe chris christel christelle christian christiane christine
christophe ciara ciaran claire clara claude claudine clemence
clement clementine colette colin conceicao concetta connor coralie corentin corinne cristian cristina cyprien cyril
cyrille
daan dagmar damien daniel daniela daniele danielle danny dany dariusz david davy deborah declan delphine denis denise
derya didier dieter dieudonne dimitar dimitri diogo dirk dolores domenico dominique dorien dorota dorothee dries driss
dylan
edith edmond edouard edward elena eleonore eliane elie elien elif eline elisa elisabeth elise elizabeth elke ella
ellen elodie eloise els elsa elzbieta emanuele emeline emile emilie emily emine emma emmanuel emmanuelle emre enrico
enrique enzo eric erik ernest erwin esmee esra estelle esther ethan eugene eva evelien evelyne evi ewa
fabian fabien fabienne fabio fabrice fadime fanny farid fatima fatma fatou fatoumata febe federica femke fenna fernand
fernande fernando fien filip filippo filomena finn fiona flavie florence florent florian florin floris fouad francesca
francesco francine francis francisca francisco franco francois francoise frank frans fred frederic frederik frederique
freya friedrich
gabriel gabrielle gaelle gaetan gaetano gaspard gaston gauthier geert genevieve geoffroy george georges georgette
georgiana gerald gerard gerda germaine gert gheorghe ghislain ghislaine gijs gilbert gilles ginette giovanna giovanni
gisela gisele giulia giuseppe giuseppina godelieve goedele goncalo greet greg gregoire gregory griet grzegorz gudrun guido
guillaume guillermo gulsen gunter gunther gustaaf gustave guylain gwen gwenaelle gwendoline gwladys
habiba hadrien hafida hafsa hajar hakan hakim halina hamid hamza hanane hannah hanne hannelore hans harry hasan hassan
hatice heather heidi heike heinz helena helene helmut hendrik henri henriette henry herman hicham hilde hildegard
honore houda hubert hugo hugues huguette huseyin
ibrahim ibrahima ignace ignacio ikram ilham ilias ilke ilona ilse ilyas imad imane ine ines inez inge ingeborg ingrid
ioana ionela ionut irene isa isabel isabella isabelle ismael ismail ivan ivo iwona jack
jacky jacob jacqueline jacques jakub jamal james jan jana janine jaroslaw jasper javier jean jean-baptiste
jean-christophe jean-claude jean-francois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-paul
jean-philippe jean-pierre jean-sebastien jean-yves jeannette jeannine jef jelle jennifer jens jente jeremy jeroen
jerome jesse jessica jo joachim joana joanna joao jocelyne joelle johan johanna john jolanta jolien jonas jonathan
joost jordan jordi jorge jorien joris jorre jos jose josee joseph josephine josette joshua josiane joyce jozef
jozefien judith jules julia julie julien juliette jurgen justine justyna
kaat kamil kaoutar karel karen karim karima karin karl karolien kasia katarzyna katharina kathleen katia katleen kato
katrien katrijn kelly kemal kenza kerem kevin khadija khalid
kim kimberly klaus kobe koen koffi kofi kris kristel kristien kristof
krzysztof kurt kwame
laetitia lander lara lars latifa laura laure lauren laurence laurens laurent laurie layla lea leen leentje leila lena
lennert leo leon leonie leopold liam lieke lien liesbet liesbeth lieve lieven liliane lina linda linde lionel lisa
lise liselotte loic lore lotte loubna louis louise lowie luc luca lucas lucette lucia lucie lucien ludivine ludovic
luigi luis luisa lukas lukasz lutgarde luuk lydia lyna lynn
maarten madeleine maelle magali magda magdalena malgorzata malika mamadou manfred manon manu manuel marc marc-antoine
marcel marcelle marcin marco marcus marek margaret margarida
margaux margot margriet marguerite maria mariam mariama mariana
marianne marie marie-anne marie-christine marie-claire marie-france marie-helene marie-jeanne marie-jose marie-laure
marie-louise marie-noelle marie-paule marie-rose marie-therese mariette marijke marina mario marion mariska marius
marleen marlies marloes marnix marta martin martine mary maryam marylene massimo mateusz mathias mathieu mathijs mathis
mathilde mats matteo matthew matthias mattias maud maureen maurice mauro maxence maxime maximilien megan mehdi mehmet
melanie melissa merel merve meryem mia michael michal michel michele micheline michiel mieke miguel mihaela mihai mike
mila
milan mireille mirella mohamed mohammed monika monique mourad moussa murat muriel mustafa mustapha myriam
nabil nadege nadia nadine naima najat najib nancy nand naomi nawal
natalia nath nathalie nathan nele nelle nestor niamh nico nicola
nicolas nicole niels nienke nikolai nina noa noah noemie noor noortje nora norbert nordine nour nuno nunzia
oceane odette odile olga oliver olivia olivier omar ona oscar osman othmane oumar ousmane ozan ozlem
pablo paolo pascal pascale pasquale patricia patrick patrycja paul paul-henri paula paulette paulien pauline paulo
pawel pedro peggy pepijn perrine peter petra philippe pierre pierre-alexandre pierre-louis pierre-yves pierrette piet
pieter pieterjan pietro pilar piotr
quentin quinten
rachel rachid rachida rafael raffaele ramon rania raoul raphael raquel rayan raymond rebecca recep reda redouane
regine regis remi
remy renata renaud rene renee renske ricardo richard rik rita robbe robert roberto robin robrecht rocco rodrigue roel
roger roland rolande romain romane ronald rosa rosalie rosaria rosetta ruben rudi rudolf rudy rui rutger ruud ryan
saar sabine sabrina sacha safae salim salma salome salvatore samia samir samira samuel sanae sander sandra sandrine
sanne sara sarah saskia sean seb sebastiaan sebastien seppe serge sergio serkan sevda severine sidonie siebe siemen siham silke
silvia simon simona simone siobhan sjoerd sofia sofiane sofie solange solene songul sonja sophia sophie souad soufiane
soukaina souleymane staf stan stanislaw stefaan stefan stefanie stefano steph stephane stephanie sterre steven stien
stijn suzanne sven sybille sylvain sylvia sylvie sylwia
tadeusz tamara tanguy tania tanja tarik tariq tatiana teresa tess teun thais theo therese thibault thibaut thibo
thierry thijs thomas tiago tibo tiffany tijs tim timothee tina tine tineke tinne tom tomasz tommy tristan tugba tuur
tyler
ursula urszula uwe
valentin valentina valentine valerie vanessa vasile veerle vera veronique victor victoria viktor vincent vincenzo
virginie vito volkan
wafa wafae walid walter wannes warre wendy werner weronika wiktoria willem william willy wim wojciech wolfgang wout
wouter
xander xavier
yanis yann yannick yasmina yasmine yassin yassine yentl yolanda yolande younes yousra youssef yusuf yvan yves yvette
yvon
yvonne
zahra zakaria zbigniew zeno zeynep zineb zoe zofia
`
  .trim()
  .split(/\s+/);
