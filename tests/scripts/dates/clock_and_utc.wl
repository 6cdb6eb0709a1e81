// The clock functions return typed values that still print as WLanguage's strings; local
// time and UTC convert both ways through the machine's time zone.
d is Date = Today()
Trace(d = DateSys(), Length(d), Length(TimeSys()), Length(DateTimeSys()), Length(SysDateTime()))
Trace(d - Yesterday() = 1 d, DateDuJour() = d, d..Year >= 2025)
now is DateTime = DateTimeSys()
Trace(now >= d, now - d < 1 d, DateTimeSys() - now < 1 min)
dtLocal is DateTime = "202507141230"
Trace(DateTimeUTCToLocal(DateTimeLocalToUTC(dtLocal)) = dtLocal)
Trace(DateHeureUTCVersLocale(DateHeureLocaleVersUTC("202501011200")))
// A new Date variable holds today's date, a Duration zero.
e is Date
du is Duration
Trace(e = Today(), du..InMilliseconds)
