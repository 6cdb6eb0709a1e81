// An option TailleCommune does not take is an error, never ignored.
Trace(TailleCommune("abc", "abd", 8))
