// Binary functions, with PC SOFT's documented examples for the shifts.
Trace(bitLeftShift(4, 1), bitRightShift(4, 2), bitLeftShift(4, 30), bitRightShift(4, 4), bitLeftShift(4, 35))
Trace(BinaryAND(12, 10), BinaryOR(12, 10), BinaryXOR(12, 10), BinaryNOT(0), BinaryNOT(5))
Trace(ETBinaire(6, 3), OUBinaire(6, 3), OUExclusifBinaire(6, 3), NONBinaire(-1))
Trace(bitDécaleGauche(1, 31), bitDécaleDroite(-1, 28), bitLeftShift(4294967296, 1))
Trace(IntToHexa(255), IntToHexa(255, 4), EntierVersHexa(-1), IntToHexa(4294967296))
Trace(HexaToInt("FF"), HexaToInt("0x1A"), HexaVersEntier("7FFFFFFF"))
WHEN EXCEPTION IN
	Trace(BinaryAND(1.5, 1))
DO
	Trace(ExceptionInfo(errMessage))
END
