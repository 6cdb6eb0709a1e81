// written for the corpus
PROCÉDURE DuréeTravail(hArrivée est une Heure, hDépart est une Heure, nPauseMin est un entier = 60) : chaîne
duTravail est une Durée
duTravail = hDépart - hArrivée
duTravail..Minute -= nPauseMin
SI duTravail < 0 ALORS RENVOYER "00:00"
RENVOYER DuréeVersChaîne(duTravail, "HH:MM")
