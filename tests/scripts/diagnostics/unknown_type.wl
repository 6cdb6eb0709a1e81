n is integer
s is strng
c is Custmer
STRUCTURE Customer
	sName is string
END
