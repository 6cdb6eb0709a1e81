// source: doc.windev.com "Classes, members, methods and properties" (the CFile class), written for the corpus
CFile is Class
	m_sShortPath is string
	m_sLongPath is string
	m_sExtension is string
	m_sShortName is string
	m_sLongName is string
END
