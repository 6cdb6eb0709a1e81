// written for the corpus
PROCEDURE Plural(n is int, sWord is string) : string
RESULT n + " " + sWord + (n > 1 ? "s" ELSE "")
