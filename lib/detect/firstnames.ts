/**
 * Common first names in Belgium and its neighbours (French, Dutch, German, English, and the
 * Maghrebi, Turkish, Italian, Portuguese and Polish names frequent in Belgium), folded
 * (lowercase, no accents). A capitalised word from this list starts a person name even without
 * an honorific ("Thomas Lemaire", "Bonjour, c'est Julie", a signature "Sofie").
 * Left out on purpose: first names that are also common words or places written with a capital
 * at a sentence start or in addresses (An, Ben, Will, Mark, Guy, Rose, Constance, France,
 * Florence, Lorraine, Noël, Ange, Iris, Jade, Lies, Marine, Prosper…).
 */
export const FIRST_NAMES: readonly string[] = `
aaron abdel abdelkader abdellah abdelaziz abdoulaye achille adam adele adeline adrien agathe agnes ahmed aicha aisha alain alan
albert alexandra alexandre alexia alexis alfred ali alice alicia aline alix amandine amaury ambre amelie amine amir ana anais
andre andrea andreas andree angela angelique anita anja ann anna anne anne-marie anne-sophie annelies annemie annette annick
anouk antoine antoinette antonio ariane arlette arnaud arne arno arthur astrid audrey augustin aurelie aurelien aurore axel
aya ayoub baptiste barbara bart bastien beatrice benedicte benjamin benoit bernadette bernard bert bertrand bilal bjorn blaise
bo bram brigitte bruno camille candice carine carl carla carlos carmen carole caroline cathy catherine cecile cedric celine
chantal charles charlie charline charlotte chloe christel christian christiane christine christophe claire clara claude
claudine clement colette colin coralie corentin corinne cyril cyrille dagmar damien daniel daniela daniele danielle david
davy deborah delphine denis denise didier dieter dimitri dirk dominique dorothee dries edith edouard eline elisa elise
elke ella ellen eloise elodie els elsa emilie emile emma emmanuel emmanuelle emre enzo eric erik ernest estelle ethan eva
evelien evelyne fabian fabien fabienne fabrice fanny fatima fatma fernand fernande fien filip florian florent
francine francis francisco francois francoise frank frans frederic frederique freya gabriel gabrielle gaelle gaetan
gauthier geert georges gerard gerda ghislain ghislaine gilbert gilles ginette gisele gert gregory greet guido guillaume
gustave gwendoline hadrien hakim hamza hanne hannah hans hassan helene henri herman hilde hubert hugo hugues ibrahim ignace
ilse imane ine ines inge ingrid irene isabel isabella isabelle ismael jacqueline jacques jan jana janine jasper jean
jean-claude jean-francois jean-luc jean-marc jean-marie jean-michel jean-paul jean-pierre jef jelle jennifer jens jeremy
jeroen jerome jessica jesse jo joachim joelle johan johanna john jolien jonas jonathan joost joris jos jose josee joseph
josephine josiane joyce jozef judith jules julia julie julien juliette justine karel karen karim karima karin katia katrien
kathleen katrijn kenza kevin khadija kim koen kris kristof lara lars laura laure laurence laurent lea leen lena leo leon
leonie lien liesbeth lieve liliane lina linda linde lisa lise lore lotte louis louise luc luca lucas lucie lucien ludovic
luis lukas lydia lynn magali maarten madeleine manon manuel marc marcel marcelle margaux margot maria marianne marie
marie-claire marie-christine marie-france marie-louise marie-paule marie-therese mariette marina marion mario marleen marlies
martin martine mathias mathieu mathilde matteo matthias mattias maud maureen maurice maxime mehdi mehmet melanie melissa
mia michael michel michele micheline michiel mila milan mireille mohamed mohammed monique muriel mustafa myriam nadia nadine
nancy naomi nathalie nathan nele nicolas nicole niels nina noa noah noemie noor nora nordine norbert odette odile olga olivia
olivier omar oscar pascal pascale patricia patrick paul paula pauline peggy peter philippe pierre pierre-yves pieter piet
quentin rachel rachid rafael raphael raymond rebecca regine remi remy renaud rene renee rik rita robbe robert robin rodrigue
roger roland romain ronald rosa rudi rudy ruben rudolf sabine sabrina salim salma samir samira samuel sander sandra sandrine
sara sarah sebastien serge severine simon simone sofia sofie solange sophie stefaan stefan stefanie stephane stephanie stijn
suzanne sven sylvain sylvia sylvie tanguy tania tatiana teresa theo therese thibault thibaut thierry thijs thomas tim tina
tine tom tommy tristan valentin valentine valerie vanessa veerle veronique victor victoria vincent virginie walter wendy werner
wim wouter xavier yann yannick yasmine yassine youssef yves yvette yvonne zakaria zoe
`
  .trim()
  .split(/\s+/);
