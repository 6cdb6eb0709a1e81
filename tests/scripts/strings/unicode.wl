// Lengths and positions count characters.
s is string = "naïve café 😀!"
Trace(Length(s), Position(s, "café"), Position(s, "😀"), s[[12]])
Trace(Upper(s), Length(Upper(s)))
Trace(Replace(s, "😀", ":)"))
