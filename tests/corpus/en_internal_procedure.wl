// written for the corpus
PROCEDURE SortByCity(arrCustomers is array of STCustomer)

	INTERNAL PROCEDURE CompareCity(c1 is STCustomer, c2 is STCustomer) : int
		IF c1.sCity < c2.sCity THEN RESULT -1
		IF c1.sCity > c2.sCity THEN RESULT 1
		RESULT 0
	END

ArraySort(arrCustomers, asFunction, CompareCity)
