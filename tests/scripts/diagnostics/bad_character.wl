n is int = 5 $ 3
Trace(n)
