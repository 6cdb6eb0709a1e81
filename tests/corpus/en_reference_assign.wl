// written for the corpus
PROCEDURE PrepareLines()
arrSource is array of strings = ["a", "b", "c"]
arrRef is array of strings

arrRef <- arrSource
arrRef.Add("d")
Trace(arrSource.Count)
