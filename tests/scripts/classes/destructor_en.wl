// Destructors run when an object goes: at the end of the procedure that declared it, when a
// dynamic object referring to it last is set to Null, at `delete`, when an array drops it,
// and at the end of the script; a derived class's Destructor runs before its base's.
cFile is Class
	m_sName is string
END
cLog is Class
	inherits from cFile
END
PROCEDURE cFile::Constructor(sName is string = "log.txt")
	:m_sName = sName
	Trace("open " + sName)
END
PROCEDURE cFile::Destructor()
	Trace("close " + :m_sName)
END
PROCEDURE cLog::Destructor()
	Trace("flush " + :m_sName)
END
PROCEDURE Work()
	f is cFile("local.txt")
	Trace("working")
END
Work()
Trace("after Work")
p is cFile dynamic = new cFile("dyn.txt")
p = Null
Trace("after Null")
p = new cLog
delete p
Trace("after delete")
arr is array of cFile dynamic
Add(arr, new cFile("a"))
Add(arr, new cFile("b"))
ArrayDeleteAll(arr)
Trace("after ArrayDeleteAll")
g is cFile("global.txt")
Trace("end of script")
