// written for the corpus
// Row selection in TABLE_Products
IF TableSelect(TABLE_Products) = -1 THEN RETURN
IF HReadSeekFirst(Product, ProductID, TABLE_Products.COL_ProductID) THEN
	IMG_Product = Product.Picture
	LBL_Stock = Product.Stock + " in stock"
	LBL_Stock..Color = (Product.Stock <= Product.MinStock ? DarkRed ELSE DarkGreen)
END
