// written for the corpus
PROCÉDURE RépartitMontant(mTotal est un monétaire, nParts est un entier) : tableau de monétaires
tabParts est un tableau de monétaires
mPart est un monétaire
mReste est un monétaire
i est un entier

SI nParts <= 0 ALORS RENVOYER tabParts
mPart = Tronque(mTotal * 100 / nParts) / 100
mReste = mTotal - mPart * nParts
POUR i = 1 _A_ nParts
	TableauAjoute(tabParts, mPart + (i = 1 ? mReste SINON 0))
FIN
RENVOYER tabParts
