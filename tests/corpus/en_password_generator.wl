// written for the corpus
PROCEDURE GeneratePassword(nLength is int = 12) : string
CONSTANT CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!?#"
sPassword is string
InitRandom()
FOR i = 1 _TO_ nLength
	sPassword += CHARS[[Random(1, Length(CHARS))]]
END
RESULT sPassword
