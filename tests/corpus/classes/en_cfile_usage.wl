// written for the corpus
// Click BTN_Browse
oFile is CFile

IF oFile:FileSelection() THEN
	EDT_Path = oFile:m_sLongPath
	LBL_Date = DateToString(oFile:FileDate())
END
