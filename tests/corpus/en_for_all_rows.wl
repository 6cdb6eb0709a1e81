// written for the corpus
PROCEDURE TotalSelectedRows()
mTotal is currency

FOR ALL SELECTED ROW OF TABLE_Invoices
	mTotal += TABLE_Invoices.COL_Amount
END
LBL_Total = NumToString(mTotal, "12.2f")
