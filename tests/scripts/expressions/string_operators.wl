// [= starts with, [=] contains, =] ends with.
sFile is string = "report_2026.pdf"
Trace(sFile [= "report", sFile [= "Report", sFile =] ".pdf", sFile [=] "2026")
IF sFile =] ".pdf" _AND_ NOT sFile [=] "draft" THEN Trace("final pdf")
