// fRep, le nom français de fDir, avec frFichier et frRépertoire.
sRep est une chaîne = CompleteRep(fTempPath()) + "wl_frep"
fRepSupprime(sRep, frRécursif)
fRepCrée(sRep + "/Archives")
fSauveTexte(sRep + "/lettre.txt", "x")
Trace(fRep(sRep + "/lettre.txt", frFichier), fRep(sRep + "/Arch*", frRépertoire))
sFichier est une chaîne = fRep(sRep + "/*", frFichier + frRépertoire)
TANTQUE sFichier <> ""
	Trace(sFichier)
	sFichier = fRep("")
FIN
fRepSupprime(sRep, frRécursif)
