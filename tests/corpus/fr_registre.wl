// written for the corpus
PROCÉDURE DernierDossierUtilisé() : chaîne
sClé est une chaîne = "HKEY_CURRENT_USER\Software\MaSociété\GestCom"
sDossier est une chaîne

sDossier = RegistreLit(sClé, "DernierDossier")
SI ErreurDétectée _OU_ sDossier = "" _OU_ PAS fRépertoireExiste(sDossier) ALORS
	sDossier = SysRep(srMesDocuments)
	RegistreEcrit(sClé, "DernierDossier", sDossier)
FIN
RENVOYER sDossier
