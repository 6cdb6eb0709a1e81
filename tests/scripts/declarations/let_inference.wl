// `let` takes the type of its value.
let n = 10
let r = 2.5
let s = "text"
let b = True
n = "7"
Trace(n + 1)
r = "1.5"
Trace(r * 2)
s = 12
Trace(s + 3)
b = 0
Trace(b)
