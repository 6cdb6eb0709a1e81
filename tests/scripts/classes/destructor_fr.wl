// Le destructeur en français : `Destructeur`, `libérer`.
cRessource est une Classe
	m_sNom est une chaîne
FIN
PROCÉDURE cRessource::Constructeur(sNom est une chaîne)
	:m_sNom = sNom
FIN
PROCÉDURE cRessource::Destructeur()
	Trace("libération de " + :m_sNom)
FIN
PROCÉDURE Traiter()
	r est une cRessource("locale")
	Trace("traitement")
FIN
Traiter()
p est une cRessource dynamique = allouer une cRessource("dynamique")
libérer p
Trace("fin")
