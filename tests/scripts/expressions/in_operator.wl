// x IN (…) and NOT IN.
s is string = "fr"
Trace(s IN ("fr", "de", "es"), s IN ("en"), 3 IN (1, 2, 3), 4 NOT IN (1, 2))
IF s NOT IN ("en", "us") THEN Trace("not english")
