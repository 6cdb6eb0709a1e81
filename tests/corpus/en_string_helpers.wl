// written for the corpus
PROCEDURE Slugify(sTitle is string) : string
sSlug is string = Lower(NoSpace(sTitle))
sSlug = Replace(sSlug, " ", "-")
sSlug = Replace(sSlug, "'", "")
WHILE Position(sSlug, "--") > 0
	sSlug = Replace(sSlug, "--", "-")
END
IF sSlug [= "-" THEN sSlug = Middle(sSlug, 2)
IF sSlug =] "-" THEN sSlug = Left(sSlug, Length(sSlug) - 1)
RESULT sSlug
