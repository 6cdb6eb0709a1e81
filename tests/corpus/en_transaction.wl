// written for the corpus
PROCEDURE ConfirmOrder(nOrderID is int) : boolean
bOK is boolean = True

HTransactionStart()
FOR EACH OrderLine WHERE OrderID = nOrderID
	HReadSeekFirst(Product, ProductID, OrderLine.ProductID)
	IF Product.Stock < OrderLine.Quantity THEN
		bOK = False
		BREAK
	END
	Product.Stock -= OrderLine.Quantity
	IF NOT HModify(Product) THEN
		bOK = False
		BREAK
	END
END

IF bOK THEN
	HTransactionEnd()
ELSE
	HTransactionCancel()
END
RESULT bOK
