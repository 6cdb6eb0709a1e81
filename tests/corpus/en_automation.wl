// written for the corpus
PROCEDURE ExportToExcel(sPath is string)
xlApp is object Automation "Excel.Application"
xlBook is object Automation dynamic

xlApp>>Visible = False
xlBook = xlApp>>Workbooks>>Add()
xlBook>>Worksheets(1)>>Cells(1, 1)>>Value = "Customer"
xlBook>>SaveAs(sPath)
xlApp>>Quit()
