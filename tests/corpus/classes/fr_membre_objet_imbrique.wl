// written for the corpus
PROCÉDURE ResuméCommande(clCommande est un CCommande) : chaîne
sRes est une chaîne
stL est un STLigne
sRes = "Commande " + clCommande:m_sNuméro + " pour " + clCommande:m_clClient:m_sNom + RC
POUR TOUT stL DE clCommande:m_tabLignes
	sRes += stL.sRéférence + " x " + stL.nQuantité + RC
FIN
sRes += "Total : " + clCommande:TotalTTC()
RENVOYER sRes
