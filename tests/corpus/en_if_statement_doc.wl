// source: doc.windev.com "IF statement" (examples), English keywords
PROCEDURE CountByAge()
OldPerson, Adult, Child, Baby are int

FOR EACH Customer
	IF Customer.CalculatedAge > 60 THEN
		OldPerson += 1
	ELSE IF Customer.CalculatedAge > 18 THEN
		Adult += 1
	ELSE IF Customer.CalculatedAge > 4 THEN
		Child += 1
	ELSE
		Baby += 1
	END

	// Use of 'IN'
	IF Customer.City IN ("PARIS", "MARSEILLE", "LYON") THEN
		Info("You live in one of the 3 largest cities in France")
	END
	// Use of 'NOT IN' (from version 23)
	IF Customer.City NOT IN ("PARIS", "MARSEILLE", "LYON") THEN
		Info("You do not live in one of the 3 largest cities in France")
	END
END
