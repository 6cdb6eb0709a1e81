// `(a, b)` comme valeur (les paramètres d'un thread sur la page du type Thread) : lu, et signalé.
vParamètres est un Variant = ("Premier paramètre", 2)
