// A multi-line string may be closed by a `]` followed by a comment.
sJSON is string = [
{"id": 5}
] // the closing bracket, then a comment
Trace(sJSON)
