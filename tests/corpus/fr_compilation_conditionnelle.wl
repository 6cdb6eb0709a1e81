// written for the corpus
PROCÉDURE RepertoireDonnées() : chaîne
sRep est une chaîne

<COMPILE SI Configuration = "Windows 64 bits">
	sRep = SysRep(srAppDataCommun) + ["\"] + "MonAppli"
<SINON>
	sRep = fRepExe()
<FIN>

SI PAS fRépertoireExiste(sRep) ALORS fRepCrée(sRep)
RENVOYER sRep
