// GetEnv, CommandLine, dates and times.
Trace(GetEnv("HOME") <> "", "[" + GetEnv("WL_SURELY_NOT_SET_12345") + "]")
Trace("[" + CommandLine() + "]")
d is string = Today()
Trace(Length(d), Val(Left(d, 4)) >= 2024, Val(Middle(d, 5, 2)) <= 12)
t is string = Now()
Trace(Length(t), Val(Left(t, 2)) < 24, Length(DateSys()), Length(TimeSys()))
