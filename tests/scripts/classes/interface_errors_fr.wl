// Ce que la page « Interface » de PC SOFT exclut d'une interface (membres, code,
// public/protégé/privé), et les utilisations d'une interface
// que wl n'exécute pas encore : chacun signalé avant l'exécution.
Panier est une Interface
	Procédure AjouteProduit(CodeProduit)
	m_nNombre est un entier
PRIVÉE
	Trace("code")
	Propriété Total <lecture>
FIN
b est un Panier
p est un Panier dynamique
cBoutique est une Classe
	implémente Panier
FIN
Trace("jamais affiché")
