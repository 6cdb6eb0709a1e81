// DateTimeValid, replaying PC SOFT's DateTimeValid page (https://doc.windev.com/?1000020940):
// each Trace is followed by the result the page states. The page also says the days the
// change to the Gregorian calendar skipped (5 to 14 October 1582) are not valid.
Res is boolean
Res = DateTimeValid("2001122523122222")
Trace(Res) // True
Res = DateTimeValid("200125122312")
Trace(Res) // False
Res = DateTimeValid("200123")
Trace(Res) // False
Res = DateTimeValid("1482122524")
Trace(Res) // False
Trace(DateTimeValid("158210101200"), DateTimeValid("158210041200"), DateTimeValid("158210151200")) // False True True
Trace(DateValid("15821010"), DateValid("15821004"), DateValid("15821015")) // False True True
