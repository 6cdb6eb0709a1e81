// written for the corpus
Rights is Combination
	Read
	Write
	Delete
	Admin
END

PROCEDURE CanDelete(cUserRights is Rights) : boolean
RESULT cUserRights[Delete] OR cUserRights[Admin]
