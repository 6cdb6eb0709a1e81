// written for the corpus
// Modification of TAB_Card
SWITCH TAB_Card
	CASE 1
		// General tab: nothing to load
	CASE 2
		IF TABLE_Contacts..Occurrence = 0 THEN
			HFilter(Contact, CustomerID, Customer.CustomerID)
			TableDisplay(TABLE_Contacts, taInit)
		END
	CASE 3
		FillOrderTable()
	OTHER CASE
		Trace("Unexpected tab: " + TAB_Card)
END
