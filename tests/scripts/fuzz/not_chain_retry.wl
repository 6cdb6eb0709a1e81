// Found by fuzzing: a chain of prefix NOT (or PAS) before an operator whose right side fails.
// The Pratt parser tries that operator again once per NOT of the chain, and the failing right
// side held the next chain: 10 NOTs over 5 levels cost 10^5 parses (seconds for these lines).
// Operands and IN lists now remember where they failed.
b = ( + PAS PAS PAS PAS PAS PAS PAS PAS PAS PAS /[[ PAS PAS PAS PAS PAS PAS PAS PAS PAS PAS /[[ PAS PAS PAS PAS PAS PAS PAS PAS PAS PAS /[[ PAS PAS PAS PAS PAS PAS PAS PAS PAS PAS /[[ PAS PAS PAS PAS PAS PAS PAS PAS PAS PAS variant ] associative
b = NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT x IN ( NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT x IN ( NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT x IN ( NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT x IN ( NOT NOT NOT NOT NOT NOT NOT NOT NOT NOT x IN (  1
