// Formes des classes que wl lit mais n'exécute pas encore (aucune page PC SOFT trouvée, docs/classes.md) : chacune est signalée.
cBase est une Classe
	m_n est un entier
FIN
cDérivée est une Classe
	hérite de cBase
PUBLIQUE CONSTANTE
	m_nLectureSeule est un entier
FIN
p est un cBase dynamique
IForme est une Interface
	PROCÉDURE Surface()
FIN
cCarré est une Classe
	implémente IForme
FIN

PROCÉDURE GLOBALE PROPRIÉTÉ cBase::Nombre()
	RENVOYER 1
FIN
