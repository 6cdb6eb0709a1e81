// written for the corpus
// Project initialization
GLOBAL
	gsUser is string
	gnLanguage is int = 1
	gbDebug is boolean
	gsSMTPServer is string = "smtp.example.com"

gsUser = SysUserName()
IF InTestMode() THEN gbDebug = True
IF NOT HOpenConnection(MyConnection) THEN
	Error("Cannot connect to the database: " + HErrorInfo())
	EndProgram()
END
