// written for the corpus
PROCEDURE ConfirmDelivery(nDeliveryID is int) : boolean
bOK is boolean = True
nLines is int

IF NOT HReadSeekFirst(Delivery, DeliveryID, nDeliveryID) THEN
	Error("Delivery not found")
	RESULT False
END
IF Delivery.Confirmed THEN RESULT False

HTransactionStart()
FOR EACH DeliveryLine WHERE DeliveryID = nDeliveryID
	IF HReadSeekFirst(Product, ProductID, DeliveryLine.ProductID, hLockWrite) THEN
		Product.Stock += DeliveryLine.QuantityReceived
		IF NOT HModify(Product) THEN
			bOK = False
			BREAK
		END
		nLines++
	ELSE
		bOK = False
		BREAK
	END
END
IF bOK THEN
	Delivery.Confirmed = True
	HModify(Delivery)
	HTransactionEnd()
ELSE
	HTransactionCancel()
END
RESULT bOK
