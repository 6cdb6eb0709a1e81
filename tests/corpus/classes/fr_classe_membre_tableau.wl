// written for the corpus
CPanier est une Classe
	m_tabArticles est un tableau de STArticle
	m_taQuantités est un tableau associatif d'entiers
	m_mRemise est un monétaire
	m_bValidé est un booléen = Faux
FIN
