// InfoConstruit, ErreurConstruit, ErreurPropage.
PROCÉDURE Vérifie(n est un entier)
SI n < 0 ALORS
	ErreurPropage(7, "nombre négatif")
	RENVOYER Faux
FIN
RENVOYER Vrai
FIN

InfoConstruit("%1 + %2 = %3", 1, 2, 3)
ErreurConstruit("Le fichier %1 est introuvable", "clients.txt")
Trace(Vérifie(-1), ErreurDétectée, ErreurInfo(errCode), ErreurInfo(errMessage))
