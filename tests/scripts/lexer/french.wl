// French keywords are aliases of the English ones.
soit nCompte = 0
POUR i = 1 A 10 PAS 3
	nCompte += i
FIN
Trace(nCompte)
POUR TOUT x DE [5, 6, 7]
	SI x = 6 ALORS CONTINUER
	Trace(x)
FIN
TANTQUE nCompte > 20
	nCompte -= 5
FIN
Trace(nCompte)
SELON nCompte
	CAS 1 A 19: Trace("moins de 20")
	AUTRE CAS: Trace("autre")
FIN
SI nCompte > 100 ALORS
	Trace("grand")
SINON SI nCompte > 10 ALORS
	Trace("moyen")
SINON
	Trace("petit")
FIN
b est booléen = Vrai
Trace(b ET PAS Faux, b OU Faux)
BOUCLE
	nCompte--
	SI nCompte < 10 ALORS SORTIR
FIN
Trace(nCompte)
// `PAS` is NOT before an operand, with or without a space, and stays usable as a name.
pas is int = 2
Trace(pas + 1, PAS(b), PAS (Faux))
PROCEDURE Double(n)
	RENVOYER n * 2
FIN
Trace(Double(21))
