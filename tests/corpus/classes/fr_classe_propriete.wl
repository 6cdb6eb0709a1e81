// written for the corpus
PROCÉDURE PUBLIQUE CFacture::TotalTTC() : monétaire
RENVOYER m_mTotalHT * (1 + m_rTauxTVA / 100)
