// written for the corpus
procedure applicableprice(ncustomerid is int, nproductid is int) : currency
mprice is currency
if hreadseekfirst(customerprice, customeridproductid, [ncustomerid, nproductid]) then
	mprice = customerprice.price
else
	if hreadseekfirst(product, productid, nproductid) then
		mprice = product.price
		switch customer.category
			case "VIP": mprice = mprice * 0.9
			case "PRO": mprice = mprice * 0.95
		end
	else
		mprice = 0
	end
end
result mprice
