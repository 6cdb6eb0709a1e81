// written for the corpus
PROCEDURE ShowCard(nCustomerID is int)
oCard is object CCustomer
oCard:Load(nCustomerID)
oCard:Display()
