// PC SOFT's examples for the Day, Hour and Millisecond properties, and a Duration's parts.
StartDate is Date = "20011225"
StartDate.Day += 5
Trace(StartDate)
StartDate.Day = 10
Trace(StartDate)
StartDate..Year = 2024
Trace(StartDate, StartDate..DayOfWeek)

StartTime is Time = "1230"
StartTime.Hour += 10
Trace(StartTime)
StartTime.Hour += 10
Trace(StartTime)
StartTime..Minute = 5
StartTime..Second = 7
StartTime..Millisecond = 250
Trace(StartTime, StartTime..Hour, StartTime..Minute, StartTime..Second, StartTime..Millisecond)

dt is DateTime = "20011231235959"
dt..Second += 1
Trace(dt, dt..Year, dt..Month, dt..Day, dt..Hour)

// French names of the members
DébutConférence is Time = "1330"
FinConférence is Time = "1730"
DuréeConférence is Duration = FinConférence - DébutConférence
Trace(DuréeConférence..EnHeures, DuréeConférence..EnMinutes, DuréeConférence..Heure)

TaskDuration is Duration = 3 Min 30s
Trace(TaskDuration, TaskDuration.InSeconds, TaskDuration.Minute, TaskDuration.Second)
TaskDuration.InMinutes = 90
Trace(TaskDuration.Hour, TaskDuration.Minute, TaskDuration.InHours)
Long is Duration = 2 d 5 h 30 min 15 s 20 ms
Trace(Long.Day, Long.Hour, Long.Minute, Long.Second, Long.Millisecond, Long.InHours, Long.InMilliseconds)
Trace(Long)
