// A WLanguage function that wl does not provide is reported as such, before anything runs.
Trace("never printed")
ListAdd(LIST_Customers, "Ann")
sText is string = ChaîneInverse("abc")
