// Les membres GLOBAUX (une valeur partagée par la classe et tous ses objets) et les
// constantes d'une classe : `cX::NOM` dehors, `NOM` ou `:NOM` dans ses méthodes.
cTicket est une Classe
	m_nNuméro est un entier
GLOBALE
	gnÉmis est un entier = 100
	gsDernier est une chaîne
PRIVÉE GLOBALE
	gnSecret est un entier = 7
PUBLIQUE
	CONSTANTE
		MAX_TICKETS = 3
		PRÉFIXE = "T-"
	FIN
	m_sLibellé est une chaîne
FIN
cTicketVip est une Classe
	hérite de cTicket
FIN

t1 est un cTicket("Anne")
t2 est un cTicket("Benoît")
Trace(t1.m_sLibellé, t2.m_sLibellé, cTicket::gnÉmis, cTicket::gsDernier)
Trace(cTicket::Restants(), cTicket::MAX_TICKETS, cTicket::PRÉFIXE)
cTicket::gnÉmis = 200
Trace(t1.Émis())
v est un cTicketVip("Victor")
Trace(cTicketVip::gnÉmis, cTicket::gnÉmis, v.m_sLibellé, cTicketVip::MAX_TICKETS)

PROCÉDURE cTicket::Constructeur(sPar est une chaîne)
	gnÉmis++
	m_nNuméro = gnÉmis
	m_sLibellé = PRÉFIXE + m_nNuméro
	:gsDernier = sPar
	gnSecret--
FIN

PROCÉDURE cTicket::Émis()
	RENVOYER gnÉmis + gnSecret
FIN

PROCÉDURE GLOBALE cTicket::Restants()
	RENVOYER MAX_TICKETS - (gnÉmis - 100)
FIN

PROCÉDURE cTicketVip::Constructeur(sPar est une chaîne)
	Constructeur cTicket(sPar)
	m_sLibellé = "VIP " + m_sLibellé
FIN
