// source: doc.pcsoft.fr "Instruction BOUCLE" (exemples)
PROCÉDURE LitFichierTexte(NumFic est un entier)
UneLigne est une chaîne

// Sortie selon une condition SI
BOUCLE
	// Lecture d'une ligne du fichier texte
	UneLigne = fLitLigne(NumFic)
	SI UneLigne = EOT ALORS SORTIR
	TraiteLigne(UneLigne)
FIN

// Sortie selon une condition TANTQUE
BOUCLE
	// Lecture d'une ligne du fichier texte
	UneLigne = fLitLigne(NumFic)
	TraiteLigne(UneLigne)
À FAIRE TANTQUE UneLigne <> EOT

// Sortie selon une itération
BOUCLE (10)
	// Lecture d'une ligne du fichier texte
	UneLigne = fLitLigne(NumFic)
	TraiteLigne(UneLigne)
FIN
