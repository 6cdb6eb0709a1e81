// written for the corpus
PROCEDURE GLOBAL CSettings::Instance() : CSettings dynamic
IF CSettings::m_pInstance = Null THEN
	CSettings::m_pInstance = new CSettings()
	CSettings::m_pInstance:Load()
END
RESULT CSettings::m_pInstance
