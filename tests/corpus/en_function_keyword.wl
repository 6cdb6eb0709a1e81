// written for the corpus
FUNCTION Clamp(nValue is int, nMin is int, nMax is int): int
IF nValue < nMin THEN RESULT nMin
IF nValue > nMax THEN RESULT nMax
RESULT nValue
