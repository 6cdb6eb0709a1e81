// written for the corpus
PROCÉDURE ABSTRAITE CExport::Ecrit(sChemin est une chaîne) : booléen
