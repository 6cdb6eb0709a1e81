// A [ alone at the end of a line opens a multi-line string; ] alone on a line closes it.
sBody is string = [
		Dear customer,

		  your order has shipped.
		Regards
]
Trace(Replace(sBody, CR, "|"))
Trace(StringCount(sBody, CR))
