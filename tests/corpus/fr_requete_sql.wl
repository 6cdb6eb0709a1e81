// written for the corpus
PROCÉDURE ChiffreAffairesAnnée(nAnnée est un entier) : monétaire
srcCA est une Source de Données
sRequête est une chaîne
mCA est un monétaire

sRequête = [
	SELECT SUM(MontantTTC) AS CA
	FROM Commande
	WHERE YEAR(DateCommande) = %1
]
sRequête = ChaîneConstruit(sRequête, nAnnée)

SI PAS HExécuteRequêteSQL(srcCA, hRequêteDéfaut, sRequête) ALORS
	Erreur(HErreurInfo())
	RENVOYER 0
FIN
SI HLitPremier(srcCA) ALORS mCA = srcCA.CA
HAnnuleDéclaration(srcCA)
RENVOYER mCA
