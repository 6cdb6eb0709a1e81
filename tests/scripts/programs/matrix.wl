// Arrays of arrays: a multiplication table and a transposition.
table is array of array of int
FOR i = 1 TO 3
	row is array of int
	FOR j = 1 TO 4
		row.Add(i * j)
	END
	table.Add(row)
END
Trace(table)
transposed is array of array of int
FOR j = 1 TO table[1].Count
	col is array of int
	FOR i = 1 TO table.Count
		col.Add(table[i][j])
	END
	transposed.Add(col)
END
Trace(transposed)
table[2][3] = 0
Trace(table[2], transposed[3])
