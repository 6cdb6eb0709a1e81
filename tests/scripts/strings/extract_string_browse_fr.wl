// ExtraitChaîne avec un sens de parcours et les rangs de parcours, écrit comme le code
// WinDev réel (voir extract_string_browse.wl).
s est une chaîne = "2024-11-id42.pdf"
Trace(ExtraitChaîne(s, rangPremier, "-", DepuisDébut), ExtraitChaîne(s, 1, "-", DepuisFin))
p est une chaîne = ExtraitChaîne("a;b;c", rangDernier, ";")
TANTQUE p <> EOT
	Trace(p)
	p = ExtraitChaîne("a;b;c", rangPrécédent, ";")
FIN
ListeProduits est une chaîne = "Paris" + RC + "WEBDEV"
Produit est une chaîne = ListeProduits.ExtraitChaîne(2, RC)
Trace(Produit)
