// Position, Replace and StringCount with their options; NoSpace with its options.
s is string = "The cat and the Cat; concatenate"
Trace(Position(s, "cat"), Position(s, "CAT", 1, IgnoreCase), Position(s, "cat", 1, WholeWord))
Trace(Position(s, "cat", 6, IgnoreCase + WholeWord), Position(s, "the", Length(s), FromEnd + IgnoreCase))
Trace(Position(s, "cat", Length(s), FromEnd))
Trace(StringCount(s, "cat"), StringCount(s, "cat", IgnoreCase), StringCount(s, "cat", IgnoreCase + WholeWord))
Trace(Replace(s, "cat", "dog", IgnoreCase + WholeWord))
Trace(ChaîneOccurrence("Aa aA", "aa", SansCasse), Remplace("x X", "x", "y", SansCasse))
Trace("[" + NoSpace("  a   b  ") + "]", "[" + NoSpace("  a   b  ", sscInternal) + "]")
Trace("[" + NoSpace("  a   b  ", sscExternal + sscInternal) + "]", "[" + SansEspace("--a--", sscExtérieur, "-") + "]")
Trace("[" + NoSpace(TAB + " a" + CR) + "]")
