// Sieve of Eratosthenes with a pre-sized boolean array.
CONSTANT LIMIT = 100
arrComposite is array of 100 boolean
arrPrimes is array of int
FOR i = 2 TO LIMIT
	IF arrComposite[i] THEN CONTINUE
	ArrayAdd(arrPrimes, i)
	FOR j = i * i TO LIMIT STEP i
		arrComposite[j] = True
	END
END
Trace(arrPrimes.Count, "primes up to", LIMIT)
Trace(arrPrimes)
