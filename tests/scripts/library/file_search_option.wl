// An option fDir does not know is an error, never ignored.
Trace(fDir("*.txt", frRecursive))
