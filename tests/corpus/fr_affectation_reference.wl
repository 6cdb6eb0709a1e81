// written for the corpus
PROCÉDURE PrépareLignes()
tabSource est un tableau de chaînes = ["a", "b", "c"]
tabCopie est un tableau de chaînes
tabRéf est un tableau de chaînes

tabCopie = tabSource     // copie
tabRéf <- tabSource      // même tableau
TableauAjoute(tabRéf, "d")
Trace(tabSource..Occurrence, tabCopie..Occurrence)
