// written for the corpus
PROCEDURE OrderSummary(oOrder is COrder) : string
sRes is string = "Order " + oOrder:m_sNumber + " for " + oOrder:m_oCustomer:m_sName + CR
FOR EACH stLine OF oOrder:m_arrLines
	sRes += stLine.sReference + " x " + stLine.nQuantity + CR
END
RESULT sRes + "Total: " + oOrder:TotalWithTax()
