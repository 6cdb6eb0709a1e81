// source: doc.windev.com "Classes, members, methods and properties" (method FileSelection of CFile), written for the corpus
PROCEDURE CFile::FileSelection(sTitle is string = "Select a file") : boolean
sFile is string

sFile = fSelect("", "", sTitle, "All files (*.*)" + TAB + "*.*", "*")
IF sFile = "" THEN RESULT False

m_sLongPath = sFile
m_sLongName = fExtractPath(sFile, fFileName + fExtension)
m_sExtension = fExtractPath(sFile, fExtension)
m_sShortPath = fShortPath(sFile)
RESULT True
