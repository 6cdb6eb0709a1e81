// Plusieurs ancêtres : wl signale le second au lieu de deviner.
cA est une Classe
	m_a est un entier
FIN
cB est une Classe
	m_b est un entier
FIN
cC est une Classe
	hérite de cA
	hérite de cB
FIN
Trace("jamais affiché")
