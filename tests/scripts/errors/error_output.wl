// Error writes to stderr, each argument on its own line; Error() writes the last error.
Error("first", 2)
fLoadText("/nonexistent-wl/file.txt")
Error()
Info("info goes", "to stdout")
