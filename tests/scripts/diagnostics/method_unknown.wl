arr is array of int
arr.Push(3)
Trace(arr.Size)
