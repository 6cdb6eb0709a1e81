// written for the corpus
PROCEDURE GLOBAL CLogger::Write(sLevel is string, sMessage is string)
sLine is string = DateTimeToString(SysDateTime()) + TAB + sLevel + TAB + sMessage
fAppendLine(CLogger::m_sLogFile, sLine)
IF sLevel = "ERROR" THEN CLogger::m_nErrors++
