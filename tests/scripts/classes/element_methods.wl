// A method that changes its object, called on an array element or a member, changes
// that element; adding an object to an array adds a copy of it.
cItem is Class
	m_n is int
END
cBox is Class
	m_oItem is cItem
END
arr is array of cItem
o is cItem
Add(arr, o)
o.m_n = 10
Add(arr, o)
arr[1]:Bump()
arr[2]:Bump()
Trace(arr[1].m_n, arr[2].m_n, o.m_n)
box is cBox
box.m_oItem:Bump()
box:m_oItem:Bump()
Trace(box.m_oItem.m_n)

PROCEDURE cItem::Bump()
	:m_n++
END
