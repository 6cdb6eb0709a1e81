// written for the corpus
PROCEDURE CanEditOrder(nOrderID is int) : boolean
HReadSeekFirst(Order, OrderID, nOrderID)
IF HFound(Order) AND ...
	Order.Status <> "DELIVERED" AND ...
	Order.Status <> "CANCELLED" AND ...
	NOT Order.Locked THEN
	RESULT True
END
RESULT False
