// Une classe en français : membres, constructeur avec paramètres, méthodes, MoiMême.
cClient est une Classe
PUBLIQUE
	m_sNom est une chaîne
	m_nCommandes est un entier = 1
PRIVÉE
	m_sVille est une chaîne = "Nantes"
FIN

c est un cClient("Anne")
Trace(c.m_sNom, c:m_nCommandes)
c:Ajoute(4)
c:Décris()
SI c:Montant(3) > 10 ALORS Trace("plus de 10")

PROCÉDURE cClient::Constructeur(sNom est une chaîne)
	:m_sNom = sNom
FIN

PROCÉDURE cClient::Décris()
	Trace(MoiMême.m_sNom + " (" + :m_sVille + ") : " + :m_nCommandes)
FIN

PROCÉDURE cClient::Ajoute(n est un entier)
	:m_nCommandes += n
FIN

PROCÉDURE cClient::Montant(nPrix est un entier) : entier
	RENVOYER :m_nCommandes * nPrix
FIN
