// written for the corpus
OrderStatus is Enumeration
	Draft
	Confirmed
	Delivered
	Cancelled
END

PROCEDURE StatusColor(eStatus is OrderStatus) : int
SWITCH eStatus
	CASE Draft: RESULT LightGray
	CASE Confirmed: RESULT LightBlue
	CASE Delivered: RESULT LightGreen
	OTHER CASE: RESULT LightRed
END
