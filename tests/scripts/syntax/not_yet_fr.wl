// Les formes que wl lit sans les exécuter encore, en français.
n1 est un entier sur 8 octets
n2 est un entier sans signe sur 4 octets
s1 est une chaîne fixe sur 20
s2 est une chaîne UNICODE
m est un numérique (2,15)
s3 est une chaîne sur 20
n est un numérique (*)
aa est un tableau associatif (AvecDoublons) d'entiers
