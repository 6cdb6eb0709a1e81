// Keywords and names compare case-insensitively; messages keep the declared spelling.
nTotal IS int = 3
WHILE ntotal > 0
	NTOTAL--
end
iF nTotal = 0 tHeN TRACE("zero") eLsE trace("other")
sWord Is StRiNg = "Word"
Trace(SWORD, Upper(sword))
