// written for the corpus
PROCEDURE ListSuppliersSQL()
nConnection is int = SQLConnect("SALES", "reader", gsDBPassword, "", "ODBC")
IF nConnection = 0 THEN
	Error("Cannot connect", SQL.MesError)
	RETURN
END
SQLExec("SELECT Name, City FROM Supplier ORDER BY Name", "QRY1")
WHILE SQLFetch("QRY1") = 0
	ListAdd(LIST_Suppliers, SQLGetCol("QRY1", 1) + " (" + SQLGetCol("QRY1", 2) + ")")
END
SQLClose("QRY1")
SQLDisconnect()
