// written for the corpus
// Double-click TABLE_Customers
nID is int = TABLE_Customers[TABLE_Customers].COL_CustomerID
IF nID = 0 THEN RETURN
Open(WIN_CustomerForm, nID)
