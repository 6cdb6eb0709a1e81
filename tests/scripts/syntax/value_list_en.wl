// `(a, b)` as a value (PC SOFT's Thread type page passes the parameters of a thread this way:
// `ThreadExecute(Proc, ("First parameter", 2))`): read, and reported.
vParameters is Variant = ("First parameter", 2)
