// written for the corpus
// Clic sur OPT_Onglet
SELON OPT_Onglet
	CAS 1 : ChangeFenêtreSource(FI_Contenu, FI_ListeClients)
	CAS 2 : ChangeFenêtreSource(FI_Contenu, FI_ListeCommandes)
	CAS 3 : ChangeFenêtreSource(FI_Contenu, FI_Statistiques)
FIN
FI_Contenu..Visible = Vrai
