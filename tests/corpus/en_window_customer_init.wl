// written for the corpus
// Initialization of WIN_Customer: receives the customer ID, loads the record, fills the controls
PROCEDURE MyWindow(nCustomerID is int = 0)

IF nCustomerID = 0 THEN
	MyWindow..Title = "New customer"
	HReset(Customer)
	BTN_Delete..State = Grayed
ELSE
	IF NOT HReadSeekFirst(Customer, CustomerID, nCustomerID) THEN
		Error("Customer " + nCustomerID + " not found")
		Close()
		RETURN
	END
	MyWindow..Title = "Customer: " + Customer.Name
END
FileToScreen()

// Fill the country combo from the Country file
ListDeleteAll(COMBO_Country)
FOR EACH Country ON Name
	ListAdd(COMBO_Country, Country.Name, Country.CountryID)
END
COMBO_Country = Customer.CountryID

// Last orders in the table
TableDeleteAll(TABLE_Orders)
FOR EACH Order WHERE CustomerID = nCustomerID
	TableAddLine(TABLE_Orders, Order.Number, Order.OrderDate, Order.Total)
END
TableSort(TABLE_Orders, "-COL_Date")
LIB_NbOrders = TABLE_Orders..Count + " order(s)"
IF TABLE_Orders..Count > 0 THEN TABLE_Orders = 1

EDT_Name..Color = (Customer.Blocked ? LightRed ELSE Black)
ChangeAlias(MyWindow, "EDIT")
