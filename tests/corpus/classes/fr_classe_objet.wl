// written for the corpus
PROCÉDURE CCommande::AjouteLigne(sRéf est une chaîne, nQté est un entier, mPrix est un monétaire)
stL est un STLigne
stL.sRéférence = sRéf
stL.nQuantité = nQté
stL.mPrixUnitaire = mPrix
TableauAjoute(m_tabLignes, stL)
m_mTotal += nQté * mPrix
RENVOYER objet
