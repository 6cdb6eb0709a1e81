// written for the corpus
PROCÉDURE FormateMontant(mMontant est un monétaire, sDevise est une chaîne = "EUR")
LOCAL
	sRes est une chaîne
	nEntier est un entier
	nCentimes est un entier

nEntier = PartieEntière(mMontant)
nCentimes = Arrondi((mMontant - nEntier) * 100, 0)
sRes = NumériqueVersChaîne(nEntier, "d") + "," + NumériqueVersChaîne(nCentimes, "02d")
RENVOYER sRes + " " + sDevise
