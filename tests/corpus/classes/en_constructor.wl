// source: doc.windev.com "Constructor and Destructor" (syntax), written for the corpus
PROCEDURE PUBLIC Constructor(sName is string, nAge is int = 0)
m_sName = sName
m_nAge = nAge
m_dhCreated = SysDateTime()
