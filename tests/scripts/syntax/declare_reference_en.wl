// `x is T <- value`: declared, then assigned by reference (PC SOFT's Control type page
// writes `C is Control <- {s, indControl}`); here between two objects.
CPoint is Class
	x is int
END
pOriginal is CPoint
pOriginal.x = 3
pSame is CPoint <- pOriginal
pSame.x = 5
Trace(pOriginal.x)
