// written for the corpus
PROCEDURE YearlyRevenue(nYear is int) : currency
dsRevenue is Data Source
sQuery is string

sQuery = [
	SELECT SUM(TotalAmount) AS Revenue
	FROM Orders
	WHERE YEAR(OrderDate) = %1
]
sQuery = StringBuild(sQuery, nYear)
IF NOT HExecuteSQLQuery(dsRevenue, hQueryDefault, sQuery) THEN
	Error(HErrorInfo())
	RESULT 0
END
IF HReadFirst(dsRevenue) THEN RESULT dsRevenue.Revenue
RESULT 0
