// Each index is checked against its own dimension.
arrGrid is array of 3 by 4 int
arrGrid[3, 4] = 1
Trace(arrGrid[3, 4])
Trace(arrGrid[1, 5])
