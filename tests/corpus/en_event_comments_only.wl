// written for the corpus
// Click BTN_Help
/* Not available yet:
   ShellExecute("https://help.example.com/sales")
*/
