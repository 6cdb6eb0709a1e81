// Replace and StringCount do not take an array of strings in wl: an explicit error, not the
// array read as the text "[an, ar]" that matches nothing.
s is string = "Antananarivo, Madagascar"
Trace(Position(s, ["an", "ar"]))
Trace(Replace(s, ["an", "ar"], "X"))
