// A method that changes its object, called on an array element: wl stops with a clear
// error instead of changing a copy.
cItem is Class
	m_n is int
END
arr is array of cItem
o is cItem
Add(arr, o)
arr[1]:Bump()

PROCEDURE cItem::Bump()
	:m_n++
END
