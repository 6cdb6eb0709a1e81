// Une classe abstraite ne construit pas d'objet ; une méthode ABSTRAITE n'a pas de code.
cForme est une Classe
	m_sNom est une chaîne
FIN
cCercle est une Classe
	hérite de cForme
FIN
f est un cForme
c est un cCercle
p est un cForme dynamique = allouer un cCercle

PROCÉDURE ABSTRAITE cForme::Surface()

PROCÉDURE cCercle::Décris()
	RENVOYER cForme::Surface() + Ancêtre:Surface()
