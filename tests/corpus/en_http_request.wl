// written for the corpus
PROCEDURE GetExchangeRate(sCurrency is string) : real
req is httpRequest
res is httpResponse
vData is Variant

req.URL = "https://api.example.com/rates?currency=" + sCurrency
req.Method = httpGet
res = HTTPSend(req)
IF ErrorOccurred OR res.StatusCode <> 200 THEN
	Trace("HTTP error: " + ErrorInfo())
	RESULT 0
END
vData = JSONToVariant(res.Content)
RESULT vData.rate
