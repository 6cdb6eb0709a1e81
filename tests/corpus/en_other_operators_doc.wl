// source: doc.windev.com "Other operators" (examples: brackets, square brackets, comma, semicolon)
PROCEDURE OperatorsDemo(A1, B1)
MyArray is array of 5 strings
MyExample1, MyExample2 are strings
I, J are int; MyString is string

// Brackets group the elements of an operation
IF (A1-B1)*5 THEN Trace("not zero")
// and hold the parameters of a WLanguage function
dCopyImage(Image1, Image2)

// Square brackets are indexing operators
MyArray[1] = "Smith"
Customer.Address[1] = "1 Main Street"
MyCombo[1] = "Miami"
CheckBox[1] = True
