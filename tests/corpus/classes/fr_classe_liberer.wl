// written for the corpus
PROCÉDURE VideCache()
pclElément est un CElémentCache dynamique

POUR TOUT pclElément DE gtabCache
	libérer pclElément
FIN
TableauSupprimeTout(gtabCache)
