// A fixed array received as a parameter is not assigned as a whole either: the rule is
// checked when it happens, where the declaration is out of sight.
arrDays is fixed array of 2 strings
arrDays[1] = "Monday"
Replace(arrDays)

PROCEDURE Replace(arr)
Trace(arr[1])
arrOther is array of strings = ["x", "y"]
arr = arrOther
