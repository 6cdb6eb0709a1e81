// written for the corpus
PROCEDURE HashPassword(sPassword is string, sSalt is string = "") : string
IF sSalt = "" THEN sSalt = GetGUID(guidRaw)
bufHash is Buffer = HashString(HA_SHA_256, sSalt + sPassword)
RESULT sSalt + ":" + BufferToHexa(bufHash, NoGrouping)
