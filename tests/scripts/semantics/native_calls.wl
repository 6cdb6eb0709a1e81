// Native functions: nested calls, arguments they modify (arrays in variables, in structures
// and in arrays), optional arguments, errors raised inside arguments.
STRUCTURE Basket
	items is array of int
END

Trace(Length(Left(Upper("abcdef"), Length("abc"))), Middle("abcdef", 2), Middle("abcdef", 2, 3))
Trace(Position("abcabc", "c"), Position("abcabc", "c", 4), Position("abc", "z"))
Trace(ExtractString("a;b;c", 2, ";"), ExtractString("a;b;c", 4, ";") = EOT, Replace("a-b-c", "-", "+"))
arr is array of int
FOR i = 1 TO 5
	ArrayAdd(arr, i * i)
END
Trace(arr, ArrayCount(arr))
b is Basket
ArrayAdd(b.items, 4)
ArrayAdd(b.items, 5)
Trace(b.items)
grid is array of array of int
ArrayAdd(grid, arr)
ArrayAdd(grid[1], 36)
Trace(grid, arr)
aa is associative array of int
aa["x"] = 1
aa[5] = 2
Trace(aa["x"], aa[5], aa["5"], aa["missing"], ArrayCount(aa))
WHEN EXCEPTION IN
	Trace(Length(Left("abc", arr[9])))
DO
	Trace("caught:", ExceptionInfo(errMessage))
END
Trace(Val("12") + 1, Val("1.5") * 2, NumToString(3.14159, ".2f"))
