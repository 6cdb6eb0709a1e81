// Comparisons between numbers, strings, and numbers with numeric strings.
Trace(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 = 5, 5 <> 6)
Trace("apple" < "banana", "Zebra" < "apple", "abc" = "abc")
Trace(10 = "10", "9" < 10, 2.0 = 2)
Trace(True = 1, False = 0)
Trace("  Mixed Case  " ~= "mixed case", "a" ~= "b")
