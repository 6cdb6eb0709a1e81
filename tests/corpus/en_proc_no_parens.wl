// written for the corpus
PROCEDURE RefreshScreen
TableDisplay(TABLE_Customers, taReExecuteQuery)
LBL_Date = DateToString(Today(), "DDDD DD MMMM YYYY")
