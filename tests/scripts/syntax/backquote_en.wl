// A one-line string between backquotes (version 2024): a quote inside needs no doubling.
sAnswer is string = `She said "yes"`
Trace(sAnswer)
Trace(`` + "empty before")
