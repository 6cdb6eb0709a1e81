// written for the corpus
// Exit from EDT_ZipCode
IF MySelf <> "" AND Length(MySelf) <> 5 THEN
	MySelf..BackgroundColor = LightRed
	MySelf..ToolTip = "The zip code must contain 5 digits"
ELSE
	MySelf..BackgroundColor = White
END
