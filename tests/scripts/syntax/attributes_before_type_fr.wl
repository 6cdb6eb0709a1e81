// La page de PC SOFT sur la déclaration d'une procédure place les attributs d'extension avant
// le type du résultat : `PROCÉDURE Nom(paramètres) <attributs> : type`.
Trace(Crie("bonjour"))

PROCÉDURE Crie(s est une chaîne) <extension> : chaîne
RENVOYER Majuscule(s) + "!"
