// Invoices due 30 days after the end of the month they were issued in: which are late, by
// how many days, and a reminder line in French. Dates compute as dates (`d + 30`,
// `d2 - d1`, `d..Day`) and format with masks in English or French.
STRUCTURE Invoice
	sCustomer is string
	dIssued is Date
	nAmount is int
END

// A fixed "today" keeps this example's output the same every day; a real script writes
// `dToday is Date = Today()`.
dToday is Date = "20250315"
arrInvoices is array of Invoice
AddInvoice("Dupont", "20250110", 1200)
AddInvoice("Martin", "20250203", 450)
AddInvoice("Bernard", "20250301", 980)

Trace("Today: " + DateToString(dToday, "DDDD D MMMM YYYY") + ", week " + WeekNumber(dToday))
FOR EACH inv OF arrInvoices
	dDue is Date = LastDayOfMonth(inv.dIssued) + 30
	nLate is int = (dToday - dDue)..InDays
	IF nLate > 0 THEN
		Trace("Relance " + inv.sCustomer + " : facture du " + DateVersChaîne(inv.dIssued) + ...
			", échue le " + DateVersChaîne(dDue, "JJJJ J MMMM AAAA") + ", " + nLate + " jours de retard")
	ELSE
		Trace(inv.sCustomer + ": due on " + DateToString(dDue, "DDDD, MMMM D YYYY") + ", in " + -nLate + " days")
	END
END

// A reminder goes out one week before the due date, at 9:00.
dtReminder is DateTime = LastDayOfMonth("20250203") + 30 - 7
dtReminder..Hour = 9
Trace("Reminder: " + DateTimeToString(dtReminder, "DD/MM/YYYY HH:mm"))

PROCEDURE AddInvoice(sCustomer is string, dIssued is Date, nAmount is int)
	inv is Invoice
	inv.sCustomer = sCustomer
	inv.dIssued = dIssued
	inv.nAmount = nAmount
	ArrayAdd(arrInvoices, inv)
END
