// Propriétés utilisées là où elles ne peuvent pas l'être.
cBoîte est une Classe
	m_n est un entier
FIN
b est un cBoîte
Trace(b.Secret)
b.Secret = 3
b.Cachée()
Trace(b.ÉcritureSeule)
b.Total = 2

PROCÉDURE PRIVÉE PROPRIÉTÉ cBoîte::Secret()
	RENVOYER m_n
FIN
PROCÉDURE PRIVÉE PROPRIÉTÉ cBoîte::Secret(v)
	m_n = v
FIN
PROCÉDURE PRIVÉE cBoîte::Cachée()
FIN
PROCÉDURE PROPRIÉTÉ cBoîte::ÉcritureSeule(v)
FIN
PROCÉDURE PROPRIÉTÉ cBoîte::Total()
	RENVOYER m_n
FIN
PROCÉDURE PROPRIÉTÉ cBoîte::Mauvaise(a, b)
FIN
