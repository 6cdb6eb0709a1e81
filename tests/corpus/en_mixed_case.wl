// written for the corpus
procedure ProperCase(sName is string)
sRes is string
sWord is string
For Each String sWord Of sName Separated By " "
	if sRes <> "" then sRes += " "
	sRes += Upper(Left(sWord, 1)) + Lower(Middle(sWord, 2))
end
result sRes
