// ErrorOccurred is reset by each function that can fail; ErrorInfo keeps the last error.
Trace(ErrorOccurred, ErrorInfo(errCode), "[" + ErrorInfo() + "]")
s is string = fLoadText("/nonexistent-wl/missing.txt")
Trace(ErrorOccurred, "[" + s + "]")
Trace(ErrorInfo(errMessage) [= "cannot read", ErrorInfo(errCode) <> 0, ErrorInfo(errSystemCode))
Trace(ErrorInfo(errSystemMessage))
fSaveText("/tmp/wl_golden_error_info.txt", "ok")
Trace(ErrorOccurred)
fDelete("/tmp/wl_golden_error_info.txt")
