// written for the corpus
// Clic sur BTN_Test
Info ("Début du test")
Trace ("Valeur : ", SAI_Valeur)
SI OuiNon ("Continuer ?") = Oui ALORS
	Info ("Suite du test")
FIN
