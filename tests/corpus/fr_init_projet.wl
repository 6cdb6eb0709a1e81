// written for the corpus
// Initialisation du projet
gsUtilisateur est une chaîne
gnLangue est un entier = 1
gbModeDebug est un booléen
gsRépertoireDonnées est une chaîne

gsRépertoireDonnées = fRepDonnéesUtilisateur() + ["\"] + "GestCom"
SI PAS fRépertoireExiste(gsRépertoireDonnées) ALORS fRepCrée(gsRépertoireDonnées)

SI EnModeTest() ALORS
	gbModeDebug = Vrai
	HChangeRep("*", fRepExe() + "\Données")
SINON
	HChangeRep("*", gsRépertoireDonnées)
FIN

HGèreIntégrité("*", hIntégritéToutes, Vrai)
SI PAS HCréationSiInexistant("*") ALORS
	Erreur("Impossible de créer les fichiers de données", HErreurInfo())
	FinProgramme()
FIN

gsUtilisateur = SysNomUtilisateur()
Nation(nationFrançais)
