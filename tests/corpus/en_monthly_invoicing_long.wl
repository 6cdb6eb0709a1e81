// written for the corpus
//=====================================================================
// Procedure: GenerateMonthlyInvoices
// Purpose  : creates this month's invoices for every active contract
//=====================================================================
PROCEDURE GenerateMonthlyInvoices(nYear is int, nMonth is int, bDryRun is boolean = False) : int
stPeriod is STPeriod
nCount is int
mGrandTotal is currency
arrErrors is array of strings
sError is string
mNet, mVAT are currency
rVATRate is real

stPeriod.Start = StringToDate(nYear + NumToString(nMonth, "02d") + "01")
stPeriod.End = stPeriod.Start
stPeriod.End.Month++
stPeriod.End.Day--

IF NOT bDryRun THEN HTransactionStart()

FOR EACH Contract WHERE Active = True
	IF Contract.StartDate > stPeriod.End THEN CONTINUE
	IF Contract.EndDate <> "" AND Contract.EndDate < stPeriod.Start THEN CONTINUE

	IF NOT HReadSeekFirst(Customer, CustomerID, Contract.CustomerID) THEN
		ArrayAdd(arrErrors, "Contract " + Contract.Reference + ": customer not found")
		CONTINUE
	END

	mNet = Contract.MonthlyAmount
	IF Contract.StartDate > stPeriod.Start THEN
		mNet = mNet * (DateDifference(Contract.StartDate, stPeriod.End) + 1) / stPeriod.End.Day
	END
	mNet = Round(mNet, 2)

	SWITCH Customer.Country
		CASE "US": rVATRate = 0
		CASE "GB": rVATRate = 20
		OTHER CASE: rVATRate = (Customer.VATNumber = "" ? 20 ELSE 0)
	END
	mVAT = Round(mNet * rVATRate / 100, 2)

	IF bDryRun THEN
		Trace(Customer.Name, mNet, mVAT)
	ELSE
		HReset(Invoice)
		Invoice.CustomerID = Customer.CustomerID
		Invoice.InvoiceDate = stPeriod.End
		Invoice.NetAmount = mNet
		Invoice.VATAmount = mVAT
		IF NOT HAdd(Invoice) THEN
			ArrayAdd(arrErrors, "Contract " + Contract.Reference + ": " + HErrorInfo(hErrMessage))
			CONTINUE
		END
	END
	nCount++
	mGrandTotal += mNet + mVAT
END

IF NOT bDryRun THEN
	IF arrErrors.Count > 0 _AND_ NOT YesNo(Yes, arrErrors.Count + " error(s). Confirm anyway?") THEN
		HTransactionCancel()
		RESULT -1
	END
	HTransactionEnd()
END

FOR EACH sError OF arrErrors
	Trace(sError)
END
Trace(StringBuild("%1 invoice(s), total %2", nCount, mGrandTotal))
RESULT nCount

CASE ERROR:
	IF NOT bDryRun THEN HTransactionCancel()
	Error("Invoicing stopped", ErrorInfo(errFullDetails))
	RESULT -1
