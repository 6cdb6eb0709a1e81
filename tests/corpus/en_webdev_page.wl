// written for the corpus
// Global declarations of PAGE_Order (server code)
PROCEDURE MyPage(nOrderID is int = 0)
IF NOT gbLoggedIn THEN
	PageDisplay(PAGE_Login)
	RETURN
END
IF nOrderID > 0 AND HReadSeekFirst(Order, OrderID, nOrderID) THEN
	FileToPage()
	LBL_Title = "Order #" + Order.OrderNumber
ELSE
	HReset(Order)
	LBL_Title = "New order"
END
