// CommonLength, with the examples of PC SOFT's page 3024045 (English names).
// From the beginning
Trace(CommonLength("ABCDE", "ABXYZ"))
// From the end
Trace(CommonLength("VWXYZ", "ABXYZ", FromEnd))
// Character by character
Trace(CommonLength("New York", "New Yorker"))
// Whole words
Trace(CommonLength("New York", "New York City", WholeWord))
// Case counts unless IgnoreCase
Trace(CommonLength("ABCDE", "ABCdE"))
Trace(CommonLength("ABCDE", "ABCdE", IgnoreCase))
// Options added
Trace(CommonLength("the END", "at the end", FromEnd + IgnoreCase + WholeWord))
s is string = "prefix-one"
Trace(s.Length, CommonLength(s, "prefix-two"))
