// written for the corpus
procédure tarifapplicable(nidclient est un entier, nidproduit est un entier) : monétaire
mprix est un monétaire
si hlitrecherchepremier(tarifclient, idclientidproduit, [nidclient, nidproduit]) alors
	mprix = tarifclient.prix
sinon
	si hlitrecherchepremier(produit, idproduit, nidproduit) alors
		mprix = produit.prixht
		selon client.catégorie
			cas "VIP" : mprix = mprix * 0.9
			cas "PRO" : mprix = mprix * 0.95
		fin
	sinon
		mprix = 0
	fin
fin
renvoyer mprix
