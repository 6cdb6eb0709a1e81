// written for the corpus
// Clic sur BTN_Aide
// TODO : ouvrir l'aide en ligne quand elle sera disponible
// LanceAppliAssociée("https://aide.exemple.fr/gestcom")
