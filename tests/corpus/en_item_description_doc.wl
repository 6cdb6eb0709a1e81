// source: doc.windev.com "Item Description (Type)" (example), English keywords
PROCEDURE DescribeCustomerFile()
MyItem is Item Description
MyItem1, MyItem2 are Item Descriptions
MyFile is File Description

MyFile.Name = "AFile"
MyFile.Type = hFileNormal
// Description of the "NAME" item
MyItem.Name = "NAME"
MyItem.Type = hItemText
MyItem.Size = 40
MyItem.KeyType = hUniqueKey
// Validates the description of the "NAME" item
HDescribeItem(MyFile, MyItem)
// Validates the description of the data file
HDescribeFile(MyFile)
