// source: help.windev.com "ExceptionThrow (Function)" (click of Button1)
// -- Click of Button1
// Throw an exception 1
ExceptionThrow(1)
