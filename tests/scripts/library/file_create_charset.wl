// fCreate's second parameter is not provided: an error, never ignored.
nFile is int = fCreate("x.txt", foUnicode)
