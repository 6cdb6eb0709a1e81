// source: doc.windev.com "Classes, members, methods and properties" (method FileDate of CFile), written for the corpus
PROCEDURE CFile::FileDate() : Date
IF m_sLongPath = "" THEN RESULT ""
RESULT fDate(m_sLongPath, "", fModify)
