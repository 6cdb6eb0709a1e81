// Lambdas (PC SOFT's "Lambdas" page): every form is read whole, so the rest of each line
// is checked; wl does not run them yet and says so once, at the first.
arrNumber is array of int = [3, 8, 5]
pIsEven is Procedure = n => n modulo 2 = 0
pTwice is Procedure = (n) => n * 2
pAdd is Procedure = (n, nSum) => { RESULT n + nSum }
pDone is Procedure = () => { Trace("done") }
ArraySort(arrNumber, asFunction, (a, b) => {
	IF a < b THEN RESULT -1
	RESULT 1
})
