// PC SOFT's procedure declaration page puts the extension attributes before the type of the
// result: `PROCEDURE Name(parameters) <attributes> : type`.
Trace(Shout("hello"))

PROCEDURE Shout(s is string) <extension> : string
RESULT Upper(s) + "!"
