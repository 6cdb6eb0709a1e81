// written for the corpus
PROCEDURE ClearControls(sPrefix is string, nCount is int)
FOR i = 1 _TO_ nCount
	{sPrefix + i, indControl} = ""
	{sPrefix + i, indControl}..State = Active
END
