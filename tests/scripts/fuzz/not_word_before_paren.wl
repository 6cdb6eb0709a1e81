// Found by fuzzing: `PAS(` opened again and again without being closed. `PAS` before an
// operand was once read both as NOT and as a procedure named `pas`, which doubled the work
// at each level (93 s for a line like this in the fuzzer); `PAS` before an operand is now always NOT.
( PAS( PAS ( PAS( PAS ( [[ ]] %( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS( PAS ( [[ [[ [[ -1 [[ ( (
