// written for the corpus
// Liste les rapports CSV d'un dossier modifiés ces derniers jours, le plus récent d'abord.
PROCÉDURE ListeRapportsRécents(sDossier est une chaîne, nJours est un entier = 7) <utile> : tableau de chaînes
tabFichiers est un tableau de chaînes
fListeFichier(sDossier + "\*.csv", (sRép, sFichier) => { tabFichiers.Ajoute(sFichier) })
dLimite est une Date = DateDuJour()
dLimite..Jour -= nJours
tabRécents est un tableau de chaînes
POUR TOUT sFichier DE tabFichiers
	SI fDate(sDossier + "\" + sFichier) >= dLimite ALORS Ajoute(tabRécents, sFichier)
FIN
TableauTrie(tabRécents, ttFonction, (a, b) => {
	// le plus récent d'abord : les noms commencent par la date
	RENVOYER -ComparaisonChaîne(a, b)
})
Trace(`Rapports gardés : "` + TableauOccurrence(tabRécents) + `"`)
c est un Champ <- {"SAI_Résumé", indChamp}
RENVOYER tabRécents
