// Found by fuzzing: IF blocks left open, each followed by a stray `]`. A statement read whole
// but followed by more on its line was once read again at each level of nesting, which took
// minutes; now the rest of the line is reported and skipped.
IF x
]
IF[
 x
]
IF x
]
IF[
 x
]
IF x
]
IF[
 x
]
IF x
]
IF[
 x
]
IF x
]
IF[
 x
]
IF x
]
IF[
 x
]
IF x
]
IF[
 x
]
IF x
]
IF[
 x
]
IF x
]
IF[
 x
]
IF x
]
IF[
 x
]
IF x
]
IF[
 x
]
IF x
]
IF[
 x
]
y END
