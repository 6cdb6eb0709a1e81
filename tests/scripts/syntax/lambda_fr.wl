// Les lambdas (page « Lambda » de PC SOFT) : chaque forme est lue en entier ; wl ne les
// exécute pas encore et le dit une fois, à la première.
tabNombre est un tableau d'entiers = [3, 8, 5]
pEstPair est une Procédure = n => n modulo 2 = 0
pDouble est une Procédure = (n) => n * 2
pAjoute est une Procédure = (n, nSomme) => { RENVOYER n + nSomme }
TableauTrie(tabNombre, ttFonction, (a, b) => {
	SI a < b ALORS RENVOYER -1
	RENVOYER 1
})
