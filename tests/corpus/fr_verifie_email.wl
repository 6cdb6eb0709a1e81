// written for the corpus
PROCÉDURE VérifieEmail(sEmail est une chaîne) : booléen
nPosArobase est un entier

sEmail = SansEspace(sEmail)
SI sEmail = "" ALORS RENVOYER Faux

nPosArobase = Position(sEmail, "@")
SI nPosArobase <= 1 ALORS RENVOYER Faux
SI Position(sEmail, ".", nPosArobase) = 0 ALORS RENVOYER Faux
SI Position(sEmail, " ") > 0 ALORS RENVOYER Faux

RENVOYER VérifieExpressionRégulière(sEmail, "[a-zA-Z0-9._%-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}")
