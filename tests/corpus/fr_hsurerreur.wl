// written for the corpus
PROCÉDURE ActiveGestionErreursHFSQL()
// Les doublons sont gérés par le programme, les autres erreurs par WinDev
HSurErreur("*", hErrDoublon, "")
HSurErreur("*", hErrIntégrité, TraiteErreurIntégrité)
HSurErreur("*", hErrBlocage, "FEN_ErreurBlocage")
