// written for the corpus
PROCEDURE COrder::AddLine(sRef is string, nQty is int, mPrice is currency) : COrder
stLine is STOrderLine
stLine.sReference = sRef
stLine.nQuantity = nQty
stLine.mUnitPrice = mPrice
ArrayAdd(m_arrLines, stLine)
m_mTotal += nQty * mPrice
RESULT object
