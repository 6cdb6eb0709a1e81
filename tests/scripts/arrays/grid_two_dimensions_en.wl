// An array with two dimensions (PC SOFT: "array of 3 by 4 int"; t[i, j] is t[i][j]).
arrSales is array of 3 by 4 int
FOR nRow = 1 TO 3
	FOR nColumn = 1 TO 4
		arrSales[nRow, nColumn] = nRow * 100 + nColumn
	END
END
Trace(arrSales[2, 3], arrSales[2][3], arrSales[3, 4], arrSales[1][1])
arrSales[3][4] += 1000
Trace(arrSales[3, 4])

// The comma form and the bracket form of the declaration (version 17).
arrNames is array of 2, 2 strings
arrNames[1, 2] = "Ann"
arrNames[2, 1] = "Bob"
Trace("[" + arrNames[1, 1] + "]", arrNames[1, 2], arrNames[2, 1])
arrRates is array [2, 3] real
arrRates[2, 3] = 1.5
Trace(arrRates[2, 3] * 2)

// Three dimensions, and an initial value written as nested lists.
arrCube is array of 2 by 2 by 2 int
arrCube[2, 1, 2] = 7
Trace(arrCube[2][1][2], arrCube[1, 1, 1])
arrSquare is array of 2 by 2 int = [[1, 2], [3, 4]]
Trace(arrSquare[1, 2], arrSquare[2, 1])
arrSquare = [[5, 6], [7, 8]]
Trace(arrSquare[2, 2])

// A copy is a copy: changing it leaves the original as it was.
arrCopy is array of 2 by 2 int = arrSquare
arrCopy[1, 1] = 0
Trace(arrSquare[1, 1], arrCopy[1, 1])

// Passed to a procedure.
Trace(Diagonal(arrSquare, 2))

PROCEDURE Diagonal(arrGrid, nSize is int)
	nSum is int
	FOR i = 1 TO nSize
		nSum += arrGrid[i, i]
	END
	RESULT nSum
