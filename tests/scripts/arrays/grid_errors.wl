// What PC SOFT does not document on arrays with several dimensions is refused before running.
arrGrid is array of 3 by 4 int
Trace(arrGrid[1])
Trace(arrGrid[1, 2, 3])
FOR EACH nValue OF arrGrid
END
Trace(ArrayCount(arrGrid))
Trace(arrGrid..Count)
ArrayAdd(arrGrid, 3)
arrTooMany is array of 1 by 1 by 1 by 1 by 1 by 1 by 1 by 1 by 1 by 1 by 1 int
