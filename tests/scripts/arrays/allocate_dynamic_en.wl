// The older dynamic arrays: declared `dynamic array`, then allocated with `new`.
arr is dynamic array
arr = new dynamic array of 5 int
Trace(arr..Count, arr[5])
arr[5] = 12
Trace(arr)
names is array of strings
names = new dynamic array of 3 strings
names[2] = "Bob"
Trace(names)
counts is array of int = new array dynamic of 2 int
Trace(counts)
empty is array of int = new dynamic array of int
Trace(empty..Count)
// Allocating again gives a new array: the old elements are gone.
arr = new dynamic array of 2 int
Trace(arr)
// The count may be an expression.
nCount is int = 2
arr = new dynamic array of nCount * 3 int
Trace(arr..Count)
