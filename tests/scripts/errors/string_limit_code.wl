// Run with --max-string-bytes 30 (string_limit_code.args): appending 27 characters to a
// 4-character text goes past the limit. The error is the same, with the same code, whether
// the variable is a string or a variant; the variable keeps its value.
s is string = "abcd"
WHEN EXCEPTION IN
	s += "abcdefghijklmnopqrstuvwxyz0"
DO
	Trace("string:", ExceptionInfo(errCode), ExceptionInfo(errMessage))
END
v is variant = "abcd"
WHEN EXCEPTION IN
	v += "abcdefghijklmnopqrstuvwxyz0"
DO
	Trace("variant:", ExceptionInfo(errCode), ExceptionInfo(errMessage))
END
Trace(s, v)
