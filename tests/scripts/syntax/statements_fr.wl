// Instructions en français : SI sans ALORS, POUR TOUT, BOUCLE … FAIRE TANTQUE, SELON,
// ternaire avec SINON, QUAND EXCEPTION, compilation conditionnelle, sous-chaînes.
n est un entier = 7
SI n > 5
	Trace("grand")
FIN
tab est un tableau d'entiers = [1, 2, 3]
POUR TOUT x DE tab
	Trace("tout", x)
FIN
POUR TOUT ÉLÉMENT x DE tab
	Trace("élément", x)
FIN
i est un entier = 0
BOUCLE
	i++
	SI i = 2 ALORS SORTIR
FIN
BOUCLE
	i++
FAIRE TANTQUE i < 6
Trace("i =", i)
SELON n
	CAS 1, 2 : Trace("petit")
	CAS 3 A 6 : Trace("moyen")
	AUTRE CAS : Trace("autre")
FIN
s est une chaîne = (n > 5 ? "beaucoup" SINON "peu")
Trace(s)
<COMPILE SI Configuration = "Windows">
Trace("jamais")
<SINON>
Trace("la branche SINON")
<FIN>
sMot est une chaîne = "Bonjour"
Trace(sMot[[A 3]], sMot[[2 À 4]])
SI n PAS DANS (1, 2) ALORS Trace("ni 1 ni 2")
Protégée()

PROCÉDURE Protégée()
	QUAND EXCEPTION
		Trace("attrapée")
	FIN
	Trace(1 / 0)
FIN
