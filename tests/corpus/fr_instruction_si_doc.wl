// source: doc.pcsoft.fr "Instruction SI" (exemples)
PROCÉDURE CompteParÂge()
PersonneAgée, PersonneAdulte, PersonneEnfant, PersonneBébé sont des entiers

POUR TOUT Client
	SI Client.AgeCalculé > 60 ALORS
		PersonneAgée += 1
	SINON SI Client.AgeCalculé > 18 ALORS
		PersonneAdulte += 1
	SINON SI Client.AgeCalculé > 4 ALORS
		PersonneEnfant += 1
	SINON
		PersonneBébé += 1
	FIN

	// Utilisation de 'DANS'
	SI Client.Ville DANS ("PARIS", "MARSEILLE", "LYON") ALORS
		Info("Vous habitez une des 3 plus grandes villes de France")
	FIN
	// Utilisation de 'PAS x DANS'
	SI PAS Client.Ville DANS ("PARIS", "MARSEILLE", "LYON") ALORS
		Info("Vous n'habitez pas une des 3 plus grandes villes de France")
	FIN
	// Utilisation de 'PAS DANS' (à partir de la version 23)
	SI Client.Ville PAS DANS ("PARIS", "MARSEILLE", "LYON") ALORS
		Info("Vous n'habitez pas une des 3 plus grandes villes de France")
	FIN
FIN
