// written for the corpus
// Click BTN_Edit
nID is int = TABLE_Customers.COL_CustomerID
IF nID = 0 THEN RETURN
IF Open(WIN_CustomerForm, nID) = True THEN
	TableDisplay(TABLE_Customers, taCurrentRecord)
END
