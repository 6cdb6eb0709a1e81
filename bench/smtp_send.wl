// Benchmark script (bench/smtp.sh runs it): sends BENCH_COUNT messages over one SMTP
// session to 127.0.0.1:SMTP_PORT, synchronously or (BENCH_ASYNC=1) asynchronously.

nPort is int = Val(GetEnv("SMTP_PORT"))
nCount is int = Val(GetEnv("BENCH_COUNT"))
bAsync is boolean = GetEnv("BENCH_ASYNC") = "1"

IF NOT EmailStartSMTPSession("bench", "127.0.0.1", nPort, bAsync) THEN
	Error(ErrorInfo())
	RETURN
END
FOR i = 1 TO nCount
	EmailReset()
	Email.Sender = "Bench <bench@example.com>"
	Email.Recipient[1] = "sink@example.org"
	Email.Subject = "Message " + i
	Email.Message = "Hello," + CR + "this is message number " + i + " of the benchmark." + CR
	IF NOT EmailSendMessage("bench") THEN
		Error(ErrorInfo())
		BREAK
	END
END
IF NOT EmailCloseSession("bench") THEN Error(ErrorInfo())
