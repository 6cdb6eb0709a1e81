// s[[i]], s[[i TO j]], s[[i ON n]], s[[i TO]]; characters, never bytes.
s is string = "Grüße, Welt"
Trace(s[[1]], s[[3]], s[[1 TO 5]], s[[8 ON 4]], s[[8 TO]])
Trace("[" + s[[50]] + "]", "[" + s[[5 TO 2]] + "]")
Trace(s[2])
