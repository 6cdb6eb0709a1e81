// written for the corpus
// Modification de ONG_Fiche
SELON ONG_Fiche
	CAS 1
		// Onglet Général : rien à charger
	CAS 2
		SI TABLE_Contacts..Occurrence = 0 ALORS
			HFiltre(Contact, IDClient, Client.IDClient)
			TableAffiche(TABLE_Contacts, taInit)
		FIN
	CAS 3
		RemplitTableCommandes()
	AUTRE CAS
		Trace("Onglet inattendu : " + ONG_Fiche)
FIN
