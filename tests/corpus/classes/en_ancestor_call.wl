// written for the corpus
PROCEDURE CCompany::Display()
// Displays the common part, then the company part
Ancestor:Display()
Trace("VAT number: " + m_sVATNumber)
Trace("Employees: " + m_arrEmployees.Count)
