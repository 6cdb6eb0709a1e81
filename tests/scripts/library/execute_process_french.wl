// ExécuteTraitement(<procédure>, trtProcédure [, paramètres]) et Exécute(<procédure> [, paramètres]).
PROCÉDURE Doubler_Nombre(X)
RENVOYER 2 * X
FIN

PROCÉDURE Saluer(sNom est une chaîne)
Trace("bonjour " + sNom)
FIN

Trace(ExécuteTraitement(Doubler_Nombre, trtProcédure, 21))
sNom est une chaîne = "Doubler_Nombre"
Trace(ExécuteTraitement(sNom, trtProcédure, 4))
ExécuteTraitement("Saluer", trtProcédure, "Zoé")
// L'exemple de PC SOFT : Info(Exécute("Doubler_Nombre", 2)) affiche 4.
Info(Exécute("Doubler_Nombre", 2))
Trace(Exécute(sNom, 10))
// Un nom calculé désigne une procédure qui ne prend pas autant de paramètres : erreur fatale.
Trace(Exécute(sNom))
