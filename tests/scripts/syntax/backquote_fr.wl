// Une chaîne sur une ligne entre accents graves (version 2024) : un guillemet n'y est pas doublé.
sRéponse est une chaîne = `Elle a dit "oui"`
Trace(sRéponse)
