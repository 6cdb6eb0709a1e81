// Forms that exist only inside WinDev parse, and `wl check` says what is missing, once each.
nTotal is int
FOR EACH Customer ON Name WHERE Active = True
	nTotal++
END
FOR EACH Product
	nTotal++
END
FOR ALL SELECTED ROW OF TABLE_Orders
	nTotal++
END
xl is object Automation "Excel.Application"
xl>>Visible = True
