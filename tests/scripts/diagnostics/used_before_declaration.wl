Trace(nLater)
nLater is int = 1
