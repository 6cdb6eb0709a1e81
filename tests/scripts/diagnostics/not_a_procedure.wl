nValue is int = 3
Trace(nValue(2))
