// written for the corpus
// Click BTN_DeleteSelection
nSelected is int = TableSelectCount(TABLE_Documents)
IF nSelected = 0 THEN
	Info("Select at least one document.")
	RETURN
END
IF NOT Confirm(StringBuild("Delete the %1 selected document(s)?", nSelected)) THEN RETURN
FOR i = nSelected _TO_ 1 STEP -1
	nRow is int = TableSelect(TABLE_Documents, i)
	IF HReadSeekFirst(Document, DocumentID, TABLE_Documents[nRow].COL_DocumentID) THEN
		fDelete(Document.Path)
		HDelete(Document)
	END
	TableDelete(TABLE_Documents, nRow)
END
