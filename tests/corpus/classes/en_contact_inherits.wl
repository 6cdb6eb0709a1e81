// written for the corpus
CCompany is Class
	inherits from CContact
	m_sVATNumber is string
	m_arrEmployees is array of CPerson
END
