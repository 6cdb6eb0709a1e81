// written for the corpus
COrder is Class
	inherits from CDocument
PUBLIC
	m_sNumber is string
	m_dDate is Date
	m_oCustomer is dynamic CCustomer
	m_arrLines is array of STLine
PROTECTED
	m_mNetTotal is currency
PRIVATE
	m_bModified is boolean
	CONSTANT VAT_RATE = 20
END
