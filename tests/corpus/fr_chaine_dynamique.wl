// written for the corpus
PROCÉDURE MessageBienvenue(sPrénom est une chaîne, nNbMessages est un entier)
sMessage est une chaîne

sMessage = "Bonjour [%sPrénom%], vous avez [%nNbMessages%] nouveau(x) message(s)."
Info(sMessage)
