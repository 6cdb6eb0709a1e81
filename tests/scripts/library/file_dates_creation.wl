// fDate and fTime give the last modification only: the creation date (fCreation) and the
// last access (fAccess) of PC SOFT's page 3036008 are refused, not answered with another date.
Trace(fDate(fExeDir(), fCreation))
