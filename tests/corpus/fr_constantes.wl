// written for the corpus
CONSTANTE
	TVA_NORMALE = 20
	TVA_REDUITE = 5.5
	NB_MAX_LIGNES = 500
FIN

PROCÉDURE CalculeTTC(mHT est un monétaire, bTauxRéduit est un booléen = Faux) : monétaire
rTaux est un réel = (bTauxRéduit ? TVA_REDUITE SINON TVA_NORMALE)
RENVOYER mHT * (1 + rTaux / 100)
