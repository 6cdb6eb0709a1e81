// written for the corpus
PROCEDURE PostOrder(nOrderID is int) : boolean
req is restRequest
res is restResponse
vBody is Variant

HReadSeekFirst(Order, OrderID, nOrderID)
vBody.number = Order.OrderNumber
vBody.amount = Order.TotalAmount
req.URL = gsAPIURL + "/orders"
req.Method = httpPost
req.ContentType = mimeTypeJSON
req.Header["Authorization"] = "Bearer " + gsAPIToken
req.Content = VariantToJSON(vBody)
res = RESTSend(req)
IF ErrorOccurred THEN RESULT False
SWITCH res.StatusCode
	CASE 200, 201: RESULT True
	CASE 401
		RefreshToken()
		RESULT False
	OTHER CASE
		Trace("Response " + res.StatusCode + ": " + res.Content)
		RESULT False
END
