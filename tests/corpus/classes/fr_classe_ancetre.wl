// written for the corpus
PROCÉDURE CClientPro::Affiche()
Ancêtre:Affiche()
Trace("SIRET : " + m_sSiret)
Trace("Délai de paiement : " + m_nDélaiPaiement + " jours")
