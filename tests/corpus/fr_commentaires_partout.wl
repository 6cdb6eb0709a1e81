// written for the corpus
//=====================================================================
// Procédure : ArrondiAuCinqCentimes
// Auteur    : JM
// Date      : 12/03/2019
// Objet     : arrondit un montant aux 5 centimes les plus proches
//=====================================================================
PROCÉDURE ArrondiAuCinqCentimes(mMontant est un monétaire) // montant à arrondir
/* On multiplie par 20, on arrondit à l'entier,
   puis on divise par 20 */
mRes est un monétaire // résultat

mRes = Arrondi(mMontant * 20, 0) / 20 // arrondi
RENVOYER mRes // fin
