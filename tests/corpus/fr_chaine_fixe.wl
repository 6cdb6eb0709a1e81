// written for the corpus
PROCÉDURE PrépareEnregistrementFixe(sCode est une chaîne, sLibellé est une chaîne)
sZoneCode est une chaîne fixe sur 10
sZoneLib est une chaîne fixe sur 40
bufLigne est un Buffer

sZoneCode = sCode
sZoneLib = sLibellé
bufLigne = sZoneCode + sZoneLib + RC
RENVOYER bufLigne
