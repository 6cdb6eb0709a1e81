// written for the corpus
PROCEDURE FillOrderTable()
TableDeleteAll(TABLE_Orders)

FOR EACH Order ON OrderDate
	IF Order.Status = "CANCELLED" THEN CONTINUE
	TableAddLine(TABLE_Orders, Order.OrderID, Order.OrderNumber, ...
		DateToString(Order.OrderDate), Order.TotalAmount)
END

LBL_Info..Visible = (TABLE_Orders..Occurrence = 0)
