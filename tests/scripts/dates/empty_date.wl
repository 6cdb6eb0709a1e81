// WinDev code assigns "" to a Date to mean "no date" and tests `d = ""`: the empty date
// prints as "", is not DateValid, sorts first; a calculation or a member on it is an error.
PROCÉDURE ChaîneVersDateFR(sDate est une chaîne) : Date
	dRes est une Date
	SI Taille(sDate) <> 10 ALORS RENVOYER ""
	dRes = ChaîneVersDate(sDate, "JJ/MM/AAAA")
	SI PAS DateValide(dRes) ALORS RENVOYER ""
	RENVOYER dRes
FIN
Trace("[" + ChaîneVersDateFR("25/12/2019") + "]", "[" + ChaîneVersDateFR("31/02/2019") + "]", "[" + ChaîneVersDateFR("x") + "]")
d is Date = ""
Trace(d = "", d <> "", DateValid(d), "[" + DateToString(d) + "]", d < "20250101")
d = "20250101"
Trace(d = "", d <> "")
d = ""
WHEN EXCEPTION IN
	Trace(d + 1)
DO
	Trace(ExceptionInfo(errMessage))
END
// A duration compares with a number of milliseconds, as PC SOFT says an integer is one.
du is Duration = 30 min - 1 h
Trace(du < 0, du = -1800000, 2 s > 1999)
