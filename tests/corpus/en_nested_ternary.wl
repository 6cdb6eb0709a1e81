// written for the corpus
PROCEDURE ItemsLabel(n is int) : string
RESULT (n = 0 ? "no items" ELSE (n = 1 ? "one item" ELSE n + " items"))
