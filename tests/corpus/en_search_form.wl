// written for the corpus
// Click BTN_Search
sWhere is string
sSQL is string = "SELECT CustomerID, Name, City FROM Customer"

IF EDT_Name <> "" THEN sWhere += [" AND "] + "Name LIKE '" + Replace(EDT_Name, "'", "''") + "%'"
IF EDT_City <> "" THEN sWhere += [" AND "] + "City = '" + Replace(EDT_City, "'", "''") + "'"
IF CBOX_ActiveOnly = True THEN sWhere += [" AND "] + "Active = 1"
IF sWhere <> "" THEN sSQL += " WHERE " + sWhere

IF NOT HExecuteSQLQuery(QRY_Search, hQueryDefault, sSQL + " ORDER BY Name") THEN
	Error("Search failed", HErrorInfo())
	RETURN
END
TableDisplay(TABLE_Results, taInit)
LBL_Count = TABLE_Results..Occurrence + " customer(s)"
