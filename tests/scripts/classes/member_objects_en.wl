// Members that are objects are built with their owner: their constructors run first,
// then the owner's. An array of N objects holds N objects, each built.
cEngine is Class
	m_nPower is int
END
cCar is Class
	m_oEngine is cEngine
	m_sName is string
END
cTruck is Class
	inherits from cCar
	m_oSpare is cEngine
END

c is cCar
c.m_oEngine.Boost()
Trace(c.m_oEngine.m_nPower)
t is cCar dynamic = new cTruck
Trace(t.m_oEngine.m_nPower)
P()
P()                                     // a new array, new objects, at each run

PROCEDURE P()
	engines is array of 2 cEngine
	engines[1].Boost()
	Trace(engines[1].m_nPower, engines[2].m_nPower)
END

PROCEDURE cEngine::Constructor()
	m_nPower = 100
	Trace("engine built")
END

PROCEDURE cEngine::Boost()
	m_nPower += 10
END

PROCEDURE cCar::Constructor()
	Trace("car built with", m_oEngine.m_nPower)
END

PROCEDURE cTruck::Constructor()
	Trace("truck built with a spare of", m_oSpare.m_nPower)
END
