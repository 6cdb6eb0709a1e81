// source: doc.pcsoft.fr "Opérateurs sur les chaînes de caractères" (exemple)
PROCÉDURE DémoOpérateursChaînes()
Texte est une chaîne = "San Francisco"
sRes est une chaîne

sRes = Texte[[5]]                // Retourne "F"
sRes = Texte[[5 À 10]]           // Retourne "Franci"
sRes = Texte[[5 À]]              // Retourne "Francisco"
sRes = Texte[[À 10]]             // Retourne "San Franci"
sRes = Texte[[10 SUR 4]]         // Retourne "isco"
sRes = Texte + " et New York"    // Retourne "San Francisco et New York"
SI Texte [= "San" ALORS Trace(Texte)
SI Texte ~~ "sanfrancisco" ALORS Trace("égalité très souple")
