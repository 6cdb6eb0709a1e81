// Une chaîne multiligne peut être fermée par un `]` suivi d'un commentaire.
sJSON est une chaîne = [
{"id": 5}
] // le crochet fermant, puis un commentaire
Trace(sJSON)
