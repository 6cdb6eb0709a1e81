/* A block comment at the top
   of the file */
x is int = 1 /* inline */ + 1
// x = 100
Trace(x) // trailing
Trace("// not a comment", "/* nor this */")
