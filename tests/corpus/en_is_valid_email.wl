// written for the corpus
PROCEDURE IsValidEmail(sEmail is string) : boolean
sEmail = NoSpace(sEmail)
IF sEmail = "" THEN RESULT False
IF Position(sEmail, "@") < 2 THEN RESULT False
RESULT MatchRegularExpression(sEmail, "[a-zA-Z0-9._%-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}")
