// written for the corpus
PROCEDURE WelcomeMessage(sFirstName is string, nMessages is int)
Info("Hello [%sFirstName%], you have [%nMessages%] new message(s).")
