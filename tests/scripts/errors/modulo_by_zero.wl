// Modulo by zero is a division by zero.
n is int = 0
Trace(5 % n)
