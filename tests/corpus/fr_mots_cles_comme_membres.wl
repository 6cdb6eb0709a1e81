// written for the corpus
PROCÉDURE DuréePériode(stPériode est un STPériode) : entier
// Les membres et rubriques portent parfois des noms de mots-clés
SI stPériode.Fin < stPériode.Début ALORS RENVOYER 0
Trace(Commande.Date, Commande.Heure, Produit.Type, Client.Pays, Tarif.Pas)
RENVOYER DateDifférence(stPériode.Début, stPériode.Fin) + 1
