// written for the corpus
CConnection is Class
	CONSTANT
		DEFAULT_PORT = 4900
		TIMEOUT_SEC = 30
	END
	m_sServer is string
	m_nPort is int = DEFAULT_PORT
	m_bConnected is boolean
END
