// written for the corpus
PROCEDURE ExportCustomerJSON(nCustomerID is int) : string
vCustomer is Variant

HReadSeekFirst(Customer, CustomerID, nCustomerID)
IF HOut(Customer) THEN RESULT ""

vCustomer.id = Customer.CustomerID
vCustomer.name = Customer.Name
vCustomer.active = Customer.Active
RESULT VariantToJSON(vCustomer)
