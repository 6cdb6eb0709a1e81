// written for the corpus
PROCEDURE CPerson::Age() : int
nAge is int

nAge = Today()..Year - m_dBirth..Year
IF Today()..Month < m_dBirth..Month THEN nAge--
RESULT nAge
