// source: doc.windev.com "Constructor and Destructor" (constructors of the base classes), written for the corpus
PROCEDURE Constructor(sCompanyName is string, sVATNumber is string)
// Calls the constructor of the base class first
Constructor CContact(sCompanyName)
m_sVATNumber = sVATNumber
m_arrEmployees = []
