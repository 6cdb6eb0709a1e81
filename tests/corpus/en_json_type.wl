// written for the corpus
PROCEDURE ReadJSONConfig(sPath is string) : boolean
jConfig is JSON
sContent is string = fLoadText(sPath, foUTF8)
IF sContent = "" THEN RESULT False
jConfig = sContent
gsServer = jConfig.server.address
gnPort = jConfig.server.port
FOR EACH vModule OF jConfig.modules
	ArrayAdd(garrModules, vModule.name)
END
RESULT True
