// written for the corpus
// Clic sur BTN_CopierAdresse
sAdresse est une chaîne
sAdresse = SAI_Rue + RC + SAI_CodePostal + " " + Majuscule(SAI_Ville)
SI SAI_Pays <> "" _ET_ SAI_Pays <> "France" ALORS sAdresse += RC + Majuscule(SAI_Pays)
PressePapier(sAdresse)
ToastAffiche("Adresse copiée", toastCourt)
