// Max and Min compare single values; given an array, wl stops with an error rather than
// answer with the array itself.
Trace(Max(3, 9, 4), Min(3, 9, 4))
Trace(Max("b", "a"), Min(2.5, 1))
tab is array of int = [3, 9, 4]
Trace(Max(tab))
