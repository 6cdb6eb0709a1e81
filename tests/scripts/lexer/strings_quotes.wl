// "" is one quote; backslashes are literal; empty strings.
Trace("He said ""yes""")
Trace("""")
Trace("C:\Users\new\table.txt")
Trace("[" + "" + "]", Length(""))
Trace("tab:" + TAB + "end")
Trace(Length(CR), Length(LF))
