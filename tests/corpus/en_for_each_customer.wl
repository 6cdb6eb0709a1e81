// written for the corpus
PROCEDURE ListActiveCustomers()
nCount is int
sList is string

FOR EACH Customer ON Name WHERE Active = True
	nCount++
	sList += Customer.Name + CR
END
Info(StringBuild("%1 active customer(s)", nCount), sList)
