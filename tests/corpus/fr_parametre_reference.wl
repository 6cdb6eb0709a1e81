// written for the corpus
PROCÉDURE DécoupeNomComplet(sNomComplet est une chaîne, sNom, sPrénom)
nPos est un entier = Position(sNomComplet, " ")
SI nPos = 0 ALORS
	sNom = sNomComplet
	sPrénom = ""
SINON
	sPrénom = Gauche(sNomComplet, nPos - 1)
	sNom = Milieu(sNomComplet, nPos + 1)
FIN
