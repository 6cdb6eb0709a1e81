// ArrondiSupérieur, avec les exemples de la page 1000019396 de PC SOFT.
ResArrondi est un réel = ArrondiSupérieur(-16.238167, 2) // Renvoie -16.23
Trace(ResArrondi)
Trace(ArrondiSupérieur(3.1), ArrondiSupérieur(3.111, 2), ArrondiSupérieur(1.9), ArrondiSupérieur(-1.9))
// Arrondi d'une Durée
ResArrondiDurée est une Durée
ResArrondiDurée = ArrondiSupérieur(13 min, 5 min) // Renvoie 15 min (0001500000)
Trace(ResArrondiDurée = 15 min, DuréeVersChaîne(ResArrondiDurée, "HH:MM:SS"))
// Arrondi d'une DateHeure
dhMonDateHeure est une DateHeure = "202211041524"
// La page affiche 20221104153100000
Trace("ArrondiSupérieur : " + DateHeureVersChaîne(ArrondiSupérieur(dhMonDateHeure, 7 min)))
