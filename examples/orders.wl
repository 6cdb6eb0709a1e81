// orders.wl — arrays of structures: an order book, totals per customer, a sorted report.

STRUCTURE OrderLine
	sCustomer is string
	sProduct is string
	nQuantity is int
	rUnitPrice is real
END

arrOrders is array of OrderLine

AddOrder("Dupont", "Paper A4", 10, 4.5)
AddOrder("Martin", "Stapler", 1, 12.9)
AddOrder("Dupont", "Ink cartridge", 3, 24)
AddOrder("Bernard", "Paper A4", 25, 4.2)
AddOrder("Martin", "Paper A4", 5, 4.5)

// Totals per customer, in the order customers first appear.
totals is associative array of real
FOR EACH order OF arrOrders
	totals[order.sCustomer] += order.nQuantity * order.rUnitPrice
END

Info("Totals per customer:")
FOR EACH rTotal, sCustomer OF totals
	Trace(Complete(sCustomer, 10), NumToString(rTotal, "8.2f"))
END

// Customers sorted by name.
arrNames is array of string
FOR EACH rTotal, sCustomer OF totals
	ArrayAdd(arrNames, sCustomer)
END
ArraySort(arrNames)
Trace("Customers:", arrNames)

// The largest single line.
nBest is int = 1
FOR i = 2 TO arrOrders.Count
	IF LineTotal(arrOrders[i]) > LineTotal(arrOrders[nBest]) THEN nBest = i
END
Trace("Largest line:", arrOrders[nBest].sCustomer, arrOrders[nBest].sProduct, LineTotal(arrOrders[nBest]))

PROCEDURE AddOrder(sCustomer is string, sProduct is string, nQuantity is int, rUnitPrice is real)
	line is OrderLine
	line.sCustomer = sCustomer
	line.sProduct = sProduct
	line.nQuantity = nQuantity
	line.rUnitPrice = rUnitPrice
	ArrayAdd(arrOrders, line)
END

PROCEDURE LineTotal(line is OrderLine) : real
	RESULT line.nQuantity * line.rUnitPrice
END
