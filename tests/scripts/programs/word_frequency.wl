// Word frequencies with an associative array, then the top three by count.
sText is string = "the cat and the dog and the bird saw the cat"
counts is associative array of int
nPos is int = 1
sWord is string
FOR i = 1 TO Length(sText) + 1
	sChar is string = sText[[i]]
	IF sChar = " " OR sChar = "" THEN
		IF sWord <> "" THEN counts[sWord]++
		sWord = ""
	ELSE
		sWord += sChar
	END
END
STRUCTURE WordCount
	sWord is string
	nCount is int
END
arrSorted is array of WordCount
FOR EACH n, w OF counts
	wc is WordCount
	wc.sWord = w
	wc.nCount = n
	// Insertion sort: most frequent first, ties in first-seen order.
	nAt is int = arrSorted.Count + 1
	FOR k = 1 TO arrSorted.Count
		IF arrSorted[k].nCount < n THEN
			nAt = k
			BREAK
		END
	END
	ArrayInsert(arrSorted, nAt, wc)
END
FOR i = 1 TO 3
	Trace(i, arrSorted[i].sWord, arrSorted[i].nCount)
END
Trace(counts.Count, "distinct words")
