// written for the corpus
PROCEDURE LoadPreferences(nUserID is int)
FOR EACH Preference WHERE UserID = nUserID
	SWITCH Preference.Key
		CASE "THEME": gsTheme = Preference.Value
		CASE "LANGUAGE": gnLanguage = Val(Preference.Value)
		CASE "FONT_SIZE"
			gnFontSize = Val(Preference.Value)
			IF gnFontSize < 8 OR gnFontSize > 20 THEN gnFontSize = 10
		OTHER CASE
			// unknown preference: ignored
	END
END
