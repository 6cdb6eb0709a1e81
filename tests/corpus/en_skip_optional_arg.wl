// written for the corpus
PROCEDURE SaveReport(sPath is string)
fSaveText(sPath, gsReport, *, foUnicodeText)
ToastDisplay("Report saved", *, toastCenter)
