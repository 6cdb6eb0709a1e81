// written for the corpus
PROCÉDURE DécoupeCSV(sLigne est une chaîne) : tableau de chaînes
tabChamps est un tableau de chaînes
sChamp est une chaîne
nIndice est un entier = 1

sChamp = ExtraitChaîne(sLigne, nIndice, ";")
TANTQUE sChamp <> EOT
	TableauAjoute(tabChamps, SansEspace(sChamp))
	nIndice++
	sChamp = ExtraitChaîne(sLigne, nIndice, ";")
FIN
RENVOYER tabChamps
