// written for the corpus
PROCÉDURE HacheMotDePasse(sMotDePasse est une chaîne, sSel est une chaîne = "") : chaîne
bufHash est un Buffer

SI sSel = "" ALORS sSel = DonneGUID(guidBrut)
bufHash = HashChaîne(HA_SHA_256, sSel + sMotDePasse)
RENVOYER sSel + ":" + BufferVersHexa(bufHash, SansRegroupement)
