// PositionOccurrence and Position with an array of strings, replaying the examples of PC SOFT's
// PositionOccurrence page (help.windev.com, "PositionOccurrence (Function)"; the page's text was
// read from a copy in the Nemotron-CC corpus: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1).
// Each Trace is followed by the result the page states.
n is int
n = PositionOccurrence("Antananarivo, Madagascar", "g", 1)
Trace(n) // 19
n = PositionOccurrence("Antananarivo, Madagascar", "zen", 1)
Trace(n) // 0
n = PositionOccurrence("Antananarivo, Madagascar", "n", 1)
Trace(n) // 2
n = PositionOccurrence("Antananarivo, Madagascar", "n", 2)
Trace(n) // 5
// The third "a" from the end; the position counts from the beginning.
n = PositionOccurrence("Antananarivo, Madagascar", "a", 3, FromEnd)
Trace(n) // 18
n = PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 1)
Trace(n) // 4
n = PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 2)
Trace(n) // 6
n = PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 3)
Trace(n) // 8
n = PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 4)
Trace(n) // 23
// Every "a" and "A": 1, 4, 6, 8, 16, 18, 20, 23
MyString is string = "Antananarivo, Madagascar"
MyPosition is int = PositionOccurrence(MyString, "a", firstRank, IgnoreCase)
WHILE MyPosition <> 0
	Trace(MyPosition)
	MyPosition = PositionOccurrence(MyString, "a", nextRank, IgnoreCase)
END
// Every "a", "A", "r" and "R": 1, 4, 6, 8, 9, 16, 18, 20, 23, 24
MyPosition = PositionOccurrence(MyString, ["a", "r"], firstRank, IgnoreCase)
WHILE MyPosition <> 0
	Trace(MyPosition)
	MyPosition = PositionOccurrence(MyString, ["a", "r"], nextRank, IgnoreCase)
END
// The page's array of 2 strings holds two empty strings before the ArrayAdd calls: they
// are never found. (4, 6, 8, 23, as the ranks above say.)
MyArray is array of 2 strings
ArrayAdd(MyArray, "an")
ArrayAdd(MyArray, "ar")
MyPosition = PositionOccurrence(MyString, MyArray, firstRank)
WHILE MyPosition <> 0
	Trace(MyPosition)
	MyPosition = PositionOccurrence(MyString, MyArray, nextRank)
END
// Position with an array: the first of the strings found (what rank 1 gives).
Trace(Position(MyString, MyArray), Position(MyString, ["ar", "an"], 5), Position(MyString, ["an", "ar"], 24, FromEnd))
