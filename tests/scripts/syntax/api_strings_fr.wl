// Chaînes des structures de l'API Windows : lues, et signalées car wl ne les exécute pas.
sNom est une chaîne ASCIIZ sur 20
sCode est une chaîne Pascal sur 8
