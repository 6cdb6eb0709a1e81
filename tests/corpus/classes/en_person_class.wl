// written for the corpus
CPerson is Class
PUBLIC
	m_sLastName is string
	m_sFirstName is string
	m_dBirth is Date
PRIVATE
	m_nID is int
END
