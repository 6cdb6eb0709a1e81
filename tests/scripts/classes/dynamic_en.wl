// Dynamic objects: Null until allocated with `new`, shared by `=` between dynamic
// objects, copied by `=` into an object, `<-` to refer to the same object, `delete`.
cAccount is Class
	m_sOwner is string
	m_nBalance is int
END

PROCEDURE cAccount::Constructor(sOwner is string = "")
	:m_sOwner = sOwner
END

PROCEDURE cAccount::Deposit(n is int)
	:m_nBalance += n
END

p is cAccount dynamic
Trace(p = Null, p <> Null)
IF p = Null THEN p = new cAccount("Ann")
p:Deposit(10)

// Dynamic object = dynamic object: both refer to the same object.
q is dynamic cAccount
q = p
q:Deposit(5)
Trace(p.m_nBalance, q.m_nBalance, p = q)

// Object = dynamic object: the members are copied.
o is cAccount
o = p
o:Deposit(100)
Trace(p.m_nBalance, o.m_nBalance, o.m_sOwner)

// Dynamic object = object: a reference to the object itself.
r is cAccount dynamic = o
r:Deposit(1)
Trace(o.m_nBalance)

// `<-` between objects: the same object.
o2 is cAccount
o2 <- o
o2:Deposit(1000)
Trace(o.m_nBalance, o2.m_nBalance)

// A dynamic member: a chain of objects.
cNode is Class
	m_nValue is int
	m_pNext is cNode dynamic
END
pFirst is cNode dynamic = new cNode
pFirst.m_nValue = 1
pFirst.m_pNext = new cNode
pFirst.m_pNext.m_nValue = 2
nSum is int
pNode is cNode dynamic = pFirst
WHILE pNode <> Null
	nSum += pNode.m_nValue
	pNode = pNode.m_pNext
END
Trace(nSum)
Trace(pFirst)

// delete: the object is destroyed and the variable becomes Null; another reference to
// the object finds it deleted.
delete p
Trace(p = Null, q = Null)
WHEN EXCEPTION IN
	Trace(q.m_nBalance)
DO
	Trace(ExceptionInfo(errMessage))
END

// A method called on Null is a fatal error, caught here.
WHEN EXCEPTION IN
	p:Deposit(1)
DO
	Trace(ExceptionInfo(errMessage))
END
WHEN EXCEPTION IN
	Trace(p.m_nBalance)
DO
	Trace(ExceptionInfo(errMessage))
END
