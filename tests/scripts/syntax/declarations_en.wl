// Declarations as WinDev developers write them: articles, plurals, arrays, sections.
LOCAL
sName is a string = "Zoé"
nCount is an int = 3
a, b are int
arrNames is an array of strings = ["Ann", "Bob"]
arrGrid is array of 3 int
aaAges is an associative array of int
arrOld is a dynamic array
arrNew is array dynamic of real
rRate is real

STAddress is a Structure
	sCity is a string
	nZip is int
END
stHome is STAddress
stHome.sCity = "Lyon"
stHome:nZip = 69000
a = 1 ; b = 2
aaAges["Ann"] = 42
Trace(sName, nCount, a + b, arrNames[2], arrGrid.Count, aaAges["Ann"], arrOld.Count, arrNew.Count)
Trace(stHome.sCity, stHome.nZip, rRate)
// The plural `arrays` as the element type.
aaByDay is associative array of arrays of int
arrDay is array of int = [1, 2]
aaByDay["monday"] = arrDay
Trace(aaByDay["monday"][2])
