// written for the corpus
PROCÉDURE FactureVersHTML(nIDFacture est un entier) : chaîne
sHTML est une chaîne
sLignes est une chaîne
mTotal est un monétaire

HLitRecherchePremier(Facture, IDFacture, nIDFacture)
HLitRecherchePremier(Client, IDClient, Facture.IDClient)

POUR TOUT LigneFacture AVEC IDFacture = nIDFacture
	sLignes += ChaîneConstruit("<tr><td>%1</td><td>%2</td><td align=""right"">%3</td></tr>", ...
		LigneFacture.Référence, LigneFacture.Libellé, NumériqueVersChaîne(LigneFacture.Montant, "10.2f"))
	mTotal += LigneFacture.Montant
FIN

sHTML = [
	<html>
	<body>
	<h1>Facture %1</h1>
	<p>Client : %2</p>
	<table>%3</table>
	<p><b>Total : %4 €</b></p>
	</body>
	</html>
]
RENVOYER ChaîneConstruit(sHTML, Facture.NumFacture, Client.Nom, sLignes, NumériqueVersChaîne(mTotal, ".2f"))
