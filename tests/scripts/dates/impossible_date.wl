// 31 February does not exist.
d is Date = "20250231"
