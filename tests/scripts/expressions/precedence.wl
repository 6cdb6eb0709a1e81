// Precedence, loosest first: AND OR · NOT · comparisons · + - · * / % · ^ · unary -.
Trace(1 + 2 * 3 ^ 2)
Trace(-2 ^ 2)
Trace((1 + 2) * 3)
Trace(2 * 3 = 6 AND 1 + 1 = 2)
Trace(10 - 2 - 3, 64 / 4 / 2, 2 ^ 3 ^ 2)
Trace(1 + 2 < 4, 7 % 4 * 2)
