Trace("never printed")
BREAK
PROCEDURE P()
	CONTINUE
END
