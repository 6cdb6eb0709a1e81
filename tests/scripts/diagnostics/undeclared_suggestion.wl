sCustomerName is string = "Ann"
Trace("never printed")
Trace(sCustomerNme)
