// Pages : DateVersChaîne https://doc.pcsoft.fr/?3027025, DateHeureVersChaîne
// https://doc.pcsoft.fr/fr-FR/?1000025516.
// Les exemples documentés par PC SOFT, noms français : les noms de jours et de mois sont
// en français (en minuscules, la majuscule est forcée par « Jjjj » / « Mmmm »).
Trace(DateVersChaîne("20191225"))
Trace(DateVersChaîne(EntierVersDate(73773)))
Trace(DateVersChaîne("20191225", "MM-JJ-AAAA"))
Trace(DateVersChaîne("20791225", "Le numéro du jour JJ du mois n° MM de l'année AAAA"))
Trace(DateVersChaîne("20031202", "JJJ JJ MMM AAAA"))
Trace(DateVersChaîne("20031202", "JJJJ JJ MMMM AAAA"))
Trace(DateVersChaîne("20031202", "Jjj JJ Mmm AAAA"))
Trace(DateVersChaîne("20031202", "Jjjj JJ Mmmm AAAA"))
Trace(DateHeureVersChaîne("201912251715"))
Trace(DateHeureVersChaîne("201912251715", "MM-JJ-AAAA HH:mm"))
Trace(DateHeureVersChaîne("202012021715", "JJJ JJ MMM AAAA HH:mm"))
Trace(DateHeureVersChaîne("202012021715", "JJJJ JJ MMMM AAAA HH:mm"))
Trace(DateHeureVersChaîne("202012021715", "Jjj JJ Mmm AAAA HH:mm"))
// Un masque aux lettres anglaises passé à une fonction appelée en français
Trace(DateVersChaîne("20250201", "DDDD DD MMMM YYYY"))
Trace(DateVersJourEnLettre("20031202"), DateVersMoisEnLettre("20030815"))
Trace(EntierVersJourEnLettre(73773), EntierVersMoisEnLettre(73773))
Trace(DateVersEntier("20011225"), DateVersNuméroDeSemaine("20011225"), NuméroDeSemaine("20011225"))
Trace(DateValide("20240229"), DateValide("20230229"), HeureValide("2359"))
Trace(DernierJourDuMois("20240210"), PremierJourDuMois("20240210"), AnnéeBissextile(2000))
Trace(DateDifférence("20250201", "20250301"), DateHeureDifférence("199801011215", "199801031300"))
Trace(ChaîneVersDate("25/12/2019", "JJ/MM/AAAA"), ChaîneVersDate("2 décembre 2003", "J MMMM AAAA"))
d is Date = "20250201"
Trace(d..Année, d..Mois, d..Jour, d..JourDeLaSemaine)
d..Jour += 28
Trace(d)
du is Durée = 1 j 2 h
Trace(du..EnHeures, du..Jour, du..Heure)
duRéunion is Durée = 1 h 45 min
Trace(DuréeVersChaîne(duRéunion, "HH:MM"), DuréeVersChaîne(ChaîneVersDurée("+0000130000"), "MM:SS"))
