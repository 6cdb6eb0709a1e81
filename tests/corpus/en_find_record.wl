// source: help.windev.com "Declaring a procedure" (example PROCEDURE Find)
PROCEDURE Find(FileName, Key, Value)
HReadSeek(FileName, Key, Value)
IF HFound() = True THEN
	RESULT True
ELSE
	RESULT False
END
