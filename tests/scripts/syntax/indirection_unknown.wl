// An indirection naming no variable stops the program with an error.
nCount is int = 1
sName is string = "nCuont"
Trace({sName})
