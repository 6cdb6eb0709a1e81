// Upper, Lower, NoSpace, Complete, Repeat.
Trace(Upper("élan vital"), Lower("ÉCOLE"))
Trace("[" + NoSpace("   padded  ") + "]", "[" + NoSpace("") + "]")
Trace("[" + Complete("ab", 6, "-=") + "]", "[" + Complete("abcdef", 2) + "]")
Trace(Repeat("-", 10), "[" + Repeat("ab", 0) + "]")
