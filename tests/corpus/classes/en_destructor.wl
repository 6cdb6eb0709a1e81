// written for the corpus
PROCEDURE Destructor()
IF m_nFileID <> -1 THEN
	fClose(m_nFileID)
	m_nFileID = -1
END
