// written for the corpus
PROCEDURE RecomputeStock()
nTotal is int = HNbRec(Product)
nCurrent is int

PROGBAR_Progress..MaxValue = nTotal
HourGlass(True)
FOR EACH Product
	nCurrent++
	Product.Stock = TheoreticalStock(Product.ProductID)
	HModify(Product)
	IF nCurrent % 50 = 0 THEN
		PROGBAR_Progress = nCurrent
		Multitask(-1)
	END
END
HourGlass(False)
Info(nTotal + " products recomputed.")
