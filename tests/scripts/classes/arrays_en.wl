// Objects in arrays, read with FOR EACH; a GLOBAL method called on the class; a local object.
cItem is Class
	m_sName is string
	m_nQty is int
END
arr is array of cItem
FOR i = 1 TO 3
	it is cItem("n" + i, i)
	Add(arr, it)
END
arr[2]:Show()
FOR EACH x OF arr
	x:Show()
END
Trace(cItem::Label("total"), ArrayCount(arr))
InProc()

PROCEDURE InProc()
	o is cItem("local", 7)
	o:Bump()
	o:Show()
END

PROCEDURE cItem::Constructor(s, n)
	:m_sName = s
	:m_nQty = n
END
PROCEDURE cItem::Bump()
	:m_nQty *= 10
END
PROCEDURE cItem::Show()
	Trace(:m_sName, :m_nQty)
END
PROCEDURE GLOBAL cItem::Label(s)
	RESULT "[" + s + "]"
END
