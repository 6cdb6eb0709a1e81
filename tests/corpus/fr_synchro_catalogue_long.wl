// written for the corpus
// Clic sur BTN_Synchroniser
sURL est une chaîne = gsURLCatalogue + "?depuis=" + DateHeureVersChaîne(gdhDernièreSynchro, "AAAA-MM-JJTHH:mm:SS")
cRéponse est une httpRéponse
vCatalogue est un Variant
vProduit est un Variant
nCréés, nMisAJour, nIgnorés sont des entiers
sRéf est une chaîne
taPrixAvant est un tableau associatif de monétaires

SI PAS Confirmer("Lancer la synchronisation du catalogue ?") ALORS RETOUR

SablierAffiche(Vrai)
JAUGE_Synchro..Visible = Vrai
JAUGE_Synchro = 0

// 1. Téléchargement
cRéponse = HTTPEnvoie(sURL)
SI ErreurDétectée _OU_ cRéponse.CodeEtat <> 200 ALORS
	SablierAffiche(Faux)
	Erreur("Téléchargement du catalogue impossible", ErreurInfo(), "Code HTTP : " + cRéponse.CodeEtat)
	RETOUR
FIN

// 2. Lecture du JSON
QUAND EXCEPTION DANS
	vCatalogue = JSONVersVariant(cRéponse.Contenu)
FAIRE
	SablierAffiche(Faux)
	Erreur("Réponse illisible : " + ExceptionInfo(errMessage))
	RETOUR
FIN

// 3. Mémorise les prix actuels pour détecter les changements
POUR TOUT Produit
	taPrixAvant[Produit.Référence] = Produit.PrixHT
FIN

// 4. Mise à jour
JAUGE_Synchro..BorneMax = vCatalogue.produits..Occurrence
POUR TOUT vProduit DE vCatalogue.produits
	JAUGE_Synchro++
	sRéf = vProduit.reference
	SI sRéf = "" ALORS
		nIgnorés++
		CONTINUER
	FIN

	SI HLitRecherchePremier(Produit, Référence, sRéf) ALORS
		SI vProduit.supprime = Vrai ALORS
			Produit.Actif = Faux
		SINON
			Produit.Libellé = vProduit.libelle
			Produit.PrixHT = vProduit.prix
			Produit.Famille = vProduit.famille
		FIN
		SI HModifie(Produit) ALORS nMisAJour++ SINON nIgnorés++
	SINON
		SI vProduit.supprime = Vrai ALORS
			nIgnorés++
			CONTINUER
		FIN
		HRAZ(Produit)
		Produit.Référence = sRéf
		Produit.Libellé = vProduit.libelle
		Produit.PrixHT = vProduit.prix
		Produit.Famille = vProduit.famille
		Produit.Actif = Vrai
		SI HAjoute(Produit) ALORS nCréés++ SINON nIgnorés++
	FIN
	SI JAUGE_Synchro modulo 20 = 0 ALORS Multitâche(-1)
FIN

// 5. Produits dont le prix a changé
TableSupprimeTout(TABLE_PrixModifiés)
POUR TOUT Produit AVEC Actif = Vrai
	SI taPrixAvant[Produit.Référence]..Existe _ET_ taPrixAvant[Produit.Référence] <> Produit.PrixHT ALORS
		TableAjouteLigne(TABLE_PrixModifiés, Produit.Référence, Produit.Libellé, taPrixAvant[Produit.Référence], Produit.PrixHT)
	FIN
FIN

gdhDernièreSynchro = DateHeureSys()
INIEcrit("Synchro", "Derniere", DateHeureVersChaîne(gdhDernièreSynchro, "AAAAMMJJHHmmSS"), gsFichierINI)

SablierAffiche(Faux)
JAUGE_Synchro..Visible = Faux
Info(ChaîneConstruit("Synchronisation terminée :" + RC + "%1 produit(s) créé(s)" + RC + "%2 mis à jour" + RC + "%3 ignoré(s)", nCréés, nMisAJour, nIgnorés))
