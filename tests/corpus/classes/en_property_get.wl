// written for the corpus
PROCEDURE PUBLIC CInvoice::TotalWithTax() : currency
RESULT m_mTotal * (1 + m_rVATRate / 100)
